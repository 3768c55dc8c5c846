"""The bundled sample book aged by relance equals an aging computed here
from the raw CSV files with plain Python and Decimal (no relance code), as
of several dates: the independent check behind the CLI's expected output."""

import collections
import csv
import datetime
import decimal
import pathlib

import pytest

import relance

SAMPLE = pathlib.Path(__file__).resolve().parents[3] / "examples" / "data" / "distributor"
D = decimal.Decimal
day = datetime.date.fromisoformat


def rows(name):
    with open(SAMPLE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def reference_aging(as_of, bounds=(30, 60, 90, 120)):
    items, payments = rows("items.csv"), rows("payments.csv")
    allocations, write_offs, disputes = rows("allocations.csv"), rows("write_offs.csv"), rows("disputes.csv")
    open_ = {i["item_id"]: D(i["amount"]) for i in items if day(i["document_date"]) <= as_of}
    unapplied = {p["payment_id"]: D(p["amount"]) for p in payments if day(p["value_date"]) <= as_of}
    for a in allocations:
        if day(a["date"]) > as_of or (a.get("reversed_on") and day(a["reversed_on"]) <= as_of):
            continue
        open_[a["item_id"]] -= D(a["amount"])
        if a["source"] == "credit_note":
            open_[a["source_id"]] += D(a["amount"])
        else:
            unapplied[a["source_id"]] -= D(a["amount"])
    for w in write_offs:
        if day(w["date"]) <= as_of:
            open_[w["item_id"]] -= D(w["amount"])
    latest = {}
    for x in disputes:
        if day(x["raised"]) <= as_of and (x["item_id"] not in latest or
                                          day(x["raised"]) >= day(latest[x["item_id"]]["raised"])):
            latest[x["item_id"]] = x
    table = collections.defaultdict(lambda: [D(0)] * (len(bounds) + 5) + [0])
    for i in items:
        o = open_.get(i["item_id"], D(0))
        if o == 0:
            continue
        row = table[(i["customer_id"], i["currency"])]
        row[-1] += 1
        if o < 0:
            row[len(bounds) + 3] += o
            continue
        x = latest.get(i["item_id"])
        disputed = D(0)
        if x is not None and (not x["cleared"] or day(x["cleared"]) > as_of):
            disputed = min(D(x["amount"]), o)
        basis = day(i["due_date"] or i["document_date"])
        late = (as_of - basis).days
        bucket = 0 if late <= 0 else 1 + sum(late > b for b in bounds)
        row[bucket] += o - disputed
        row[len(bounds) + 2] += disputed
    for p in payments:
        u = unapplied.get(p["payment_id"], D(0))
        if u:
            table[(p["customer_id"], p["currency"])][len(bounds) + 3] -= u
    for row in table.values():
        row[len(bounds) + 4] = sum(row[:len(bounds) + 4])
    return dict(table)


@pytest.mark.parametrize("as_of", ["2024-12-31", "2025-06-30", "2025-12-31"])
def test_sample_aging_matches_a_plain_python_reference(as_of):
    with relance.Ledger.from_csv(SAMPLE) as ledger:
        report = ledger.aging(day(as_of))
    got = {(r.customer_id, r.currency): [*r.ages, r.disputed, r.unapplied, r.balance, r.items]
           for r in report.rows}
    assert got == reference_aging(day(as_of))
