"""The ledger and aging through the binding: the hand-worked book of
tests/aging_test.cc (same numbers), numpy and pandas columns, an aging
recomputed with a pandas groupby on a random book, the merge of two
partitions, matching, statements and errors."""

import ctypes
import random
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import relance
from relance import _columns

AS_OF = date(2025, 6, 30)


def hand_worked_book(ledger, customers=("ACME", "BETA")):
    """ACME in EUR and BETA in JPY, as in aging_test.cc HandWorkedBook."""
    ledger.add_customers(list(customers), names=[c.title() for c in customers])
    if "ACME" in customers:
        ledger.add_items(
            ["F1", "F2", "F3", "F4", "F5", "A1"], ["ACME"] * 6,
            [date(2025, 6, 15), date(2025, 5, 11), date(2025, 1, 30), date(2025, 5, 1),
             date(2025, 7, 1), date(2025, 6, 1)],
            [date(2025, 7, 15), date(2025, 6, 10), date(2025, 3, 1), None, date(2025, 7, 31),
             None],
            [Decimal("1000.00"), Decimal("500"), "300", "200", Decimal("999.00"), Decimal("-50")],
            "EUR", kinds=["invoice"] * 5 + ["credit_note"])
        ledger.add_payments(["P1"], ["ACME"], [date(2025, 6, 20)], [Decimal("120.00")], ["EUR"])
        assert ledger.add_allocations(["P1"], ["F2"], [Decimal("70")],
                                      [date(2025, 6, 20)]) == range(0, 1)
        ledger.add_disputes(["F3"], [Decimal("100")], [date(2025, 4, 1)])
    if "BETA" in customers:
        ledger.add_items(["G1"], ["BETA"], [date(2025, 5, 1)], [date(2025, 5, 31)],
                         ["10000"], ["JPY"])


def amounts(row):
    """A row's Decimals as strings: ages..., disputed, unapplied, balance."""
    return [str(x) for x in (*row.ages, row.disputed, row.unapplied, row.balance)]


def test_hand_worked_book():
    with relance.Ledger() as ledger:
        hand_worked_book(ledger)
        assert (ledger.customer_count, ledger.item_count, ledger.payment_count,
                ledger.allocation_count) == (2, 7, 1, 1)
        report = ledger.aging(AS_OF)
        assert report.columns == ["not_due", "d1_30", "d31_60", "d61_90", "d91_120", "over_120"]
        acme, beta = report.rows
        assert (acme.customer_id, acme.currency, acme.items) == ("ACME", "EUR", 5)
        assert amounts(acme) == ["1000.00", "430.00", "200.00", "0.00", "0.00", "200.00",
                                 "100.00", "-100.00", "1830.00"]
        assert (beta.customer_id, beta.currency, beta.items) == ("BETA", "JPY", 1)
        assert amounts(beta) == ["0", "10000", "0", "0", "0", "0", "0", "0", "10000"]
        assert list(report.totals) == ["EUR", "JPY"]
        assert report.totals["EUR"] == acme._replace(customer_id=None)
        assert (report.as_of, report.buckets, report.basis) == (AS_OF, (30, 60, 90, 120), "due")

        by_doc = ledger.aging(AS_OF, buckets=(45, 90), basis="document")
        assert by_doc.columns == ["not_due", "d1_45", "d46_90", "over_90"]
        assert [amounts(r) for r in by_doc.rows] == [
            ["0.00", "1000.00", "630.00", "200.00", "100.00", "-100.00", "1830.00"],
            ["0", "0", "10000", "0", "0", "0", "10000"]]

        before = ledger.aging(date(2025, 6, 19)).rows[0]
        assert before.ages[1] == Decimal("500.00") and before.unapplied == Decimal("-50.00")

        assert ledger.balance("ACME", AS_OF) == {"EUR": Decimal("1830.00")}
        assert ledger.unapplied_cash("ACME", AS_OF) == {"EUR": Decimal("50.00")}
        assert ledger.open_amount("F2", AS_OF) == Decimal("430.00")
        assert ledger.open_amount("F2", date(2025, 6, 19)) == Decimal("500.00")
        assert ledger.unapplied("P1", AS_OF) == Decimal("50.00")
        assert ledger.disputed("F3", AS_OF) == Decimal("100.00")


def test_statement_has_a_running_balance():
    with relance.Ledger() as ledger:
        hand_worked_book(ledger)
        statement = ledger.statement("ACME", date(2025, 6, 1), AS_OF)["EUR"]
    assert statement.opening == Decimal("1000.00") and statement.closing == Decimal("1830.00")
    assert [(s.date.day, s.kind, s.id, str(s.debit), str(s.credit), str(s.balance))
            for s in statement.lines] == [
        (1, "item", "A1", "0.00", "50.00", "950.00"),
        (15, "item", "F1", "1000.00", "0.00", "1950.00"),
        (20, "payment", "P1", "0.00", "120.00", "1830.00")]


def test_auto_match_and_reversal():
    with relance.Ledger() as ledger:
        ledger.add_customers(["C"])
        ledger.add_items(["I1", "I2"], ["C", "C"], [date(2025, 1, 10)] * 2, None,
                         ["100.00", "50.00"], "EUR", references=[None, "INV-2"])
        ledger.add_payments(["P"], ["C"], [date(2025, 2, 1)], ["50.00"], "EUR",
                            references=["INV-2"])
        (made,) = ledger.auto_match()
        assert made == relance.Allocation(0, "payment", "P", "I2", Decimal("50.00"), "EUR",
                                          date(2025, 2, 1), None)
        ledger.reverse_allocation(0, date(2025, 3, 1))
        assert ledger.allocation(0).reversed == date(2025, 3, 1)
        assert ledger.open_amount("I2", date(2025, 3, 1)) == Decimal("50.00")
        # Matched again, from the day the reversal freed the cash.
        (again,) = ledger.auto_match()
        assert again == relance.Allocation(1, "payment", "P", "I2", Decimal("50.00"), "EUR",
                                           date(2025, 3, 1), None)
        assert ledger.auto_match() == []
        ledger.add_write_offs(["I1"], ["0.99"], [date(2025, 4, 1)], reasons=["rounding"])
        assert ledger.open_amount("I1", date(2025, 4, 1)) == Decimal("99.01")


def random_book(seed, customers=40, items=400):
    """Tables of a random book: customers, items (credit notes, items without
    due date, items after the as-of date), payments with one allocation
    each, disputes. Amounts are int64 minor units."""
    rng = random.Random(seed)
    day0 = date(2025, 1, 1)
    ids = [f"C{k:03d}" for k in range(customers)]
    code = {c: rng.choice(["EUR", "EUR", "JPY", "USD"]) for c in ids}
    rows = []
    for k in range(items):
        c = rng.choice(ids)
        doc = day0 + timedelta(days=rng.randrange(220))
        credit = rng.random() < 0.1
        due = None if credit or rng.random() < 0.1 else doc + timedelta(days=rng.randrange(91))
        amount = -rng.randrange(1, 50000) if credit else rng.randrange(1, 500000)
        rows.append((f"I{k:04d}", c, doc, due, amount, code[c], credit))
    it = pd.DataFrame(rows, columns=["id", "customer", "doc", "due", "amount", "currency",
                                     "credit"])
    it["kind"] = np.where(it.credit, "credit_note", "invoice")
    debit = it[~it.credit].sample(frac=0.5, random_state=seed).reset_index(drop=True)
    pay = pd.DataFrame({
        "id": [f"P{k:04d}" for k in range(len(debit))], "customer": debit.customer,
        "date": [d + timedelta(days=rng.randrange(60)) for d in debit.doc],
        "amount": [a + rng.randrange(0, 3000) for a in debit.amount],
        "currency": debit.currency, "item": debit.id,
        "part": [rng.randrange(1, a + 1) for a in debit.amount]})
    disputed = it[~it.credit].sample(frac=0.05, random_state=seed + 1)
    disputes = pd.DataFrame({"item": disputed.id, "raised": disputed.doc + timedelta(days=5),
                             "amount": [rng.randrange(1, a + 1) for a in disputed.amount]})
    return pd.Series(ids), it, pay, disputes


def load(ledger, book, keep=lambda customer: True):
    """Loads the part of a book whose customers pass `keep`, from pandas
    columns (dates as datetime64, amounts as int64 minor units)."""
    customers, it, pay, disputes = book
    it = it[it.customer.map(keep)]
    pay = pay[pay.customer.map(keep)]
    disputes = disputes[disputes.item.isin(it.id)]
    ledger.add_customers(customers[customers.map(keep)])
    ledger.add_items(it.id, it.customer, pd.to_datetime(it.doc), pd.to_datetime(it.due),
                     it.amount.astype(np.int64), it.currency, kinds=it.kind)
    ledger.add_payments(pay.id, pay.customer, pd.to_datetime(pay.date),
                        pay.amount.to_numpy(np.int64), pay.currency)
    ledger.add_allocations(pay.id, pay.item, pay.part.to_numpy(np.int64),
                           pd.to_datetime(pay.date))
    ledger.add_disputes(disputes.item, disputes.amount.to_numpy(np.int64),
                        pd.to_datetime(disputes.raised))


def pandas_aging(book, as_of):
    """The aged balance computed with pandas alone, in minor units."""
    _, it, pay, disputes = book
    it = it[it.doc <= as_of].copy()
    applied = pay[pay.date <= as_of].groupby("item").part.sum()
    it["open"] = it.amount - it.id.map(applied).fillna(0).astype(np.int64)
    dispute = disputes[disputes.raised <= as_of].set_index("item").amount
    it["disputed"] = np.minimum(it.id.map(dispute).fillna(0).astype(np.int64), it.open)
    it.loc[it.credit, "disputed"] = 0
    basis = it.due.where(it.due.notna(), it.doc)
    late = np.array([(as_of - b).days for b in basis])
    undisputed = np.where(it.credit, 0, it.open - it.disputed)
    names = ["not_due", "d1_30", "d31_60", "d61_90", "d91_120", "over_120"]
    bucket = np.digitize(late, [1, 31, 61, 91, 121])
    for k, name in enumerate(names):
        it[name] = np.where(bucket == k, undisputed, 0)
    it["unapplied"] = np.where(it.credit, it.open, 0)
    it["items"] = (it.open != 0).astype(np.int64)
    received = pay[pay.date <= as_of].copy()
    received["unapplied"] = -(received.amount - received.part)
    frame = pd.concat([it, received[["customer", "currency", "unapplied"]]]).fillna(0)
    columns = names + ["disputed", "unapplied", "items"]
    out = frame.groupby(["customer", "currency"])[columns].sum().astype(np.int64)
    out = out[(out["items"] > 0) | (out.unapplied != 0)]
    out.insert(8, "balance", out[names + ["disputed", "unapplied"]].sum(axis=1))
    return out.reset_index().rename(columns={"customer": "customer_id"})


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_aging_equals_a_pandas_groupby(seed):
    book = random_book(seed)
    with relance.Ledger() as ledger:
        load(ledger, book)
        for as_of in (date(2025, 3, 31), AS_OF, date(2025, 12, 31)):
            got = ledger.aging(as_of).to_pandas(minor_units=True)
            expected = pandas_aging(book, as_of)
            assert len(got) > 10
            pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_merge_of_two_partitions_equals_the_whole():
    book = random_book(7)
    even = lambda c: int(c[1:]) % 2 == 0  # noqa: E731
    with relance.Ledger() as whole, relance.Ledger() as a, relance.Ledger() as b:
        load(whole, book)
        load(a, book, even)
        load(b, book, lambda c: not even(c))
        merged = a.aging(AS_OF).merge(b.aging(AS_OF))
        report = whole.aging(AS_OF)
        assert merged == report and merged.rows == report.rows
        assert merged.totals == report.totals
        assert a.aging(AS_OF) != report
        with pytest.raises(relance.InvalidArgumentError, match="C000"):
            merged.merge(a.aging(AS_OF))
        with pytest.raises(relance.InvalidArgumentError):
            a.aging(AS_OF).merge(b.aging(AS_OF, buckets=(30,)))
        with pytest.raises(TypeError, match="can only merge another AgingReport, not dict"):
            report.merge({})
        assert (report == {}) is False


def test_decimal_to_pandas_is_exact_in_each_currency():
    with relance.Ledger() as ledger:
        hand_worked_book(ledger)
        frame = ledger.aging(AS_OF).to_pandas()
    assert list(frame.columns) == ["customer_id", "currency", "not_due", "d1_30", "d31_60",
                                   "d61_90", "d91_120", "over_120", "disputed", "unapplied",
                                   "balance", "items"]
    assert frame.balance.tolist() == [Decimal("1830.00"), Decimal("10000")]
    assert frame["items"].tolist() == [5, 1]


def test_numpy_columns_are_passed_without_copy():
    amounts_ = np.array([100, 200], dtype=np.int64)
    pointer, _ = _columns.amounts(amounts_, "amount", None)
    assert ctypes.cast(pointer, ctypes.c_void_p).value == amounts_.ctypes.data
    days = np.array([20000, 20001], dtype=np.int32)
    pointer, _ = _columns.dates(days, "dates")
    assert ctypes.cast(pointer, ctypes.c_void_p).value == days.ctypes.data
    strided = np.arange(4, dtype=np.int64)[::2]  # not contiguous: copied
    pointer, keep = _columns.amounts(strided, "amount", None)
    assert list(keep) == [0, 2]


def test_numpy_and_list_inputs_give_the_same_ledger():
    docs = np.array(["2025-05-01", "2025-06-01", "2025-06-20"], dtype="datetime64[D]")
    with relance.Ledger() as from_numpy, relance.Ledger() as from_lists:
        for ledger in (from_numpy, from_lists):
            ledger.add_customers(np.array(["A", "B"], dtype=object))
        from_numpy.add_items(np.array(["X", "Y", "Z"]), np.array(["A", "B", "A"]), docs,
                             np.array(["2025-05-31", "NaT", "2025-07-20"],
                                      dtype="datetime64[D]"),
                             np.array([12345, 500, 100], dtype=np.int64),
                             np.array(["EUR", "JPY", "EUR"]))
        from_lists.add_items(["X", "Y", "Z"], ["A", "B", "A"], docs.astype(object).tolist(),
                             [date(2025, 5, 31), None, date(2025, 7, 20)],
                             [Decimal("123.45"), relance.Money(500, "JPY"), "1.00"],
                             pd.Series(["EUR", "JPY", "EUR"]))
        assert from_numpy.aging(AS_OF) == from_lists.aging(AS_OF)
        from_numpy.add_payments(["P"], ["A"], docs[2:].view(np.int64).astype(np.int32),
                                np.array([5], dtype=np.int32), "EUR")
        assert from_numpy.unapplied("P", AS_OF) == Decimal("0.05")
        # A nullable pandas integer column is minor units too.
        from_numpy.add_payments(["Q"], ["A"], [AS_OF], pd.Series([7], dtype="Int64"), "EUR")
        assert from_numpy.unapplied("Q", AS_OF) == Decimal("0.07")


def test_a_bad_row_names_the_row_and_adds_nothing():
    with relance.Ledger() as ledger:
        hand_worked_book(ledger)
        args = (["X1", "X2", "F1"], ["ACME"] * 3, [date(2025, 6, 1)] * 3, None,
                ["1", "2", "3"], "EUR")
        with pytest.raises(relance.AlreadyExistsError,
                           match=r"^relance_ledger_add_items: row 2: .*F1"):
            ledger.add_items(*args)
        with pytest.raises(relance.InvalidArgumentError, match="row 1: argument 'kinds': 9"):
            ledger.add_items(["X1", "X2"], ["ACME"] * 2, [date(2025, 6, 1)] * 2, None,
                             ["1", "2"], "EUR", kinds=[0, 9])
        with pytest.raises(relance.NotFoundError, match="row 1: currencies"):
            ledger.add_items(["X1", "X2"], ["ACME"] * 2, [date(2025, 6, 1)] * 2, None,
                             ["1", "2"], ["EUR", "EUX"])
        with pytest.raises(relance.InexactError, match="row 1: amount 0.005"):
            ledger.add_payments(["Q1", "Q2"], ["ACME"] * 2, [date(2025, 6, 1)] * 2,
                                ["1", "0.005"], "EUR")
        with pytest.raises(relance.InvalidArgumentError, match="row 0: .*more than is open"):
            ledger.add_write_offs(["F2"], ["430.01"], [AS_OF])
        # Two rows that together over-settle F2 (430.00 open): the second is named.
        with pytest.raises(relance.InvalidArgumentError) as error:
            ledger.add_allocations(["P1", "P1"], ["F2", "F2"], ["30", "30"],
                                   [date(2025, 6, 21), date(2025, 6, 22)])
        assert str(error.value) == (
            "relance_ledger_add_allocations: row 1: allocation of 30.00 EUR on 2025-06-22 takes "
            "more than is unapplied: payment \"P1\" would have -10.00 EUR unapplied on "
            "2025-06-22 (20.00 EUR unapplied on that date before this row; amount 120.00 EUR)")
        assert ledger.allocation_count == 1
        assert ledger.unapplied("P1", AS_OF) == Decimal("50.00")
        assert ledger.item_count == 7 and ledger.payment_count == 1
        assert ledger.open_amount("F2", AS_OF) == Decimal("430.00")


def test_argument_errors():
    with relance.Ledger() as ledger:
        ledger.add_customers(["A"])
        with pytest.raises(relance.InvalidArgumentError, match="column amounts has 1 entries"):
            ledger.add_items(["X", "Y"], ["A", "A"], [AS_OF] * 2, None, ["1"], "EUR")
        with pytest.raises(TypeError, match="float"):
            ledger.add_items(["X"], ["A"], [AS_OF], None, np.array([1.5]), "EUR")
        with pytest.raises(TypeError, match="row 0: amount must be"):
            ledger.add_items(["X"], ["A"], [AS_OF], None, [1.5], "EUR")
        with pytest.raises(relance.InvalidArgumentError, match="not a whole day"):
            ledger.add_items(["X"], ["A"], np.array(["2025-01-01T12"], dtype="datetime64[h]"),
                             None, ["1"], "EUR")
        with pytest.raises(relance.InvalidArgumentError, match="NaT"):
            ledger.add_items(["X"], ["A"], np.array(["NaT"], dtype="datetime64[D]"), None,
                             ["1"], "EUR")
        with pytest.raises(TypeError, match="ambiguous"):
            ledger.add_items(["X"], ["A"], [AS_OF], None, [1250], "EUR")
        with pytest.raises(relance.InexactError, match="row 0"):
            ledger.add_items(["X"], ["A"], [AS_OF], None, [Decimal("1E-999999")], "EUR")
        with pytest.raises(relance.RelanceOverflowError, match="row 0"):
            ledger.add_items(["X"], ["A"], [AS_OF], None, [Decimal("1E999999")], "EUR")
        with pytest.raises(relance.InvalidArgumentError, match="missing values"):
            ledger.add_items(["X"], ["A"], [AS_OF], None, pd.Series([None], dtype="Int64"),
                             "EUR")
        with pytest.raises(relance.NotFoundError, match="unknown item 'nope'"):
            ledger.add_disputes(["nope"], ["1.00"], [AS_OF])
        with pytest.raises(relance.NotFoundError):
            ledger.open_amount("nope", AS_OF)
        with pytest.raises(ValueError, match="unknown aging basis"):
            ledger.aging(AS_OF, basis="invoice")
        with pytest.raises(relance.InvalidArgumentError, match="bucket bound 1"):
            ledger.aging(AS_OF, buckets=(30, 30))
    with pytest.raises(relance.InvalidArgumentError, match="closed"):
        ledger.item_count


def test_reports_outlive_their_ledger_and_close():
    ledger = relance.Ledger()
    hand_worked_book(ledger)
    report = ledger.aging(AS_OF)
    ledger.close()
    with report:
        assert len(report) == 2 and report.totals["JPY"].balance == Decimal("10000")
    with pytest.raises(relance.InvalidArgumentError, match="the aging report is closed"):
        len(report)
    assert repr(report) == "<AgingReport (closed)>"
