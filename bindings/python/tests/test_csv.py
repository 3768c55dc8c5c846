"""Ledger.from_csv / to_csv: the bundled sample book loads and round-trips;
a bad file lists every problem with its line and column."""

import datetime
import os
import pathlib

import pytest

import relance

SAMPLE = pathlib.Path(__file__).resolve().parents[3] / "examples" / "data" / "distributor"
day = datetime.date.fromisoformat


def test_sample_round_trips(tmp_path):
    with relance.Ledger.from_csv(SAMPLE) as ledger:
        assert ledger.customer_count == 300
        report = ledger.aging(day("2025-12-31"))
        ledger.to_csv(tmp_path / "copy")
    assert sorted(os.listdir(tmp_path / "copy")) == [
        "allocations.csv", "customers.csv", "disputes.csv", "items.csv", "payments.csv",
        "write_offs.csv"]
    with relance.Ledger.from_csv(str(tmp_path / "copy")) as again:
        assert again.aging(day("2025-12-31")) == report


def test_bad_open_items_file_lists_every_problem(tmp_path):
    path = tmp_path / "open_items.csv"
    path.write_text("customer_id,item_id,document_date,due_date,currency,amount,open_amount\n"
                    "C1,F1,2025-01-10,2025-02-09,EUR,100.00,100.00\n"
                    "C1,F2,2025-02-30,2025-03-01,EUR,100.00,100.00\n"
                    "C2,F3,2025-01-10,,EUR,12.345,12.345\n")
    with pytest.raises(relance.CsvImportError) as caught:
        relance.Ledger.from_csv(path)
    errors = caught.value.errors
    assert [(e.file, e.line, e.column) for e in errors[:2]] == [
        ("open_items.csv", 3, "document_date"), ("open_items.csv", 4, "amount")]
    assert "2025-02-30" in errors[0].reason
    assert isinstance(caught.value, relance.RelanceError)
    assert "open_items.csv:3" in str(caught.value)
    with pytest.raises(relance.CsvImportError) as missing:
        relance.Ledger.from_csv(tmp_path / "nope")
    assert missing.value.status == relance.NotFoundError.status
    with pytest.raises(ValueError):
        relance.Ledger.from_csv(path, max_errors=0)
    with pytest.raises(TypeError):
        relance.Ledger.from_csv(3)
