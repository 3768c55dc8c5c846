"""Collection KPIs and roll rates through the binding, on the hand-worked
book of tests/kpi_test_book.h. Every figure is checked twice: against the
hand-worked values of tests/kpi_test.cc, and against a naive reference
written here from the book's facts with fractions.Fraction (no relance
arithmetic). Then the merge of a customer split, pandas, options and
errors."""

import calendar
import ctypes
import decimal
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest

import relance
from relance import _native

D = date.fromisoformat
START, END = D("2024-01-01"), D("2024-03-31")

# ---- the book (kpi_test_book.h) ----------------------------------------------

CUSTOMERS = ("A", "B", "C", "D", "E")
CURRENCY = {"A": "EUR", "B": "EUR", "C": "EUR", "D": "USD", "E": "USD"}
# id, customer, kind, document date, due date (None: ages from its date),
# amount, open amount at import
ITEMS = [
    ("A1", "A", "invoice", "2023-11-15", "2023-12-15", "1000.00", "1000.00"),
    ("A2", "A", "invoice", "2024-01-20", "2024-02-19", "2000.00", "2000.00"),
    ("A3", "A", "invoice", "2024-03-10", "2024-04-09", "1500.00", "1500.00"),
    ("B1", "B", "invoice", "2023-12-01", "2023-12-31", "800.00", "800.00"),
    ("B2", "B", "invoice", "2024-02-01", "2024-03-02", "500.00", "500.00"),
    ("BCN", "B", "credit_note", "2024-02-10", None, "-100.00", "-100.00"),
    ("B3", "B", "invoice", "2024-05-01", "2024-05-31", "1000.00", "1000.00"),
    ("C1", "C", "invoice", "2023-10-01", "2023-10-31", "300.00", "300.00"),
    ("C2", "C", "invoice", "2024-03-01", None, "200.00", "200.00"),
    ("C3", "C", "invoice", "2024-02-05", "2024-03-06", "700.00", "250.00"),
    ("D1", "D", "invoice", "2023-11-01", "2023-12-01", "1000.00", "1000.00"),
    ("DF", "D", "fee", "2024-01-20", "2024-01-20", "40.00", "40.00"),
    ("E1", "E", "invoice", "2024-01-10", "2024-02-09", "100.00", "100.00"),
]
# id, customer, value date, amount
PAYMENTS = [
    ("PA1", "A", "2024-01-10", "600.00"), ("PA2", "A", "2024-02-14", "400.00"),
    ("PA3", "A", "2024-02-19", "2000.00"), ("PA4", "A", "2024-04-05", "1500.00"),
    ("PB1", "B", "2024-01-05", "200.00"), ("PB2", "B", "2024-03-20", "400.00"),
    ("PC", "C", "2024-03-25", "50.00"), ("PD", "D", "2024-03-05", "300.00"),
]
# source kind, source id, item, amount, date, reversed on
ALLOCATIONS = [
    ("payment", "PA1", "A1", "600.00", "2024-01-10", None),
    ("payment", "PA2", "A1", "400.00", "2024-02-14", None),
    ("payment", "PA3", "A2", "2000.00", "2024-02-19", None),
    ("payment", "PA4", "A3", "1500.00", "2024-04-05", None),
    ("payment", "PB1", "B1", "200.00", "2024-01-05", "2024-01-25"),
    ("credit_note", "BCN", "B2", "100.00", "2024-02-10", None),
    ("payment", "PB2", "B2", "400.00", "2024-03-20", None),
    ("payment", "PD", "D1", "300.00", "2024-03-05", None),
]
WRITE_OFFS = [("C1", "300.00", "2024-03-15")]
DISPUTES = [("B1", "300.00", "2024-02-01")]


def owner(item_id):
    return next(i[1] for i in ITEMS if i[0] == item_id)


def build(ledger, who=CUSTOMERS):
    """Adds the rows of the customers `who` of the book to `ledger`."""
    items = [i for i in ITEMS if i[1] in who]
    payments = [p for p in PAYMENTS if p[1] in who]
    allocations = [a for a in ALLOCATIONS if owner(a[2]) in who]
    ledger.add_customers(list(who))
    ledger.add_items([i[0] for i in items], [i[1] for i in items], [D(i[3]) for i in items],
                     [D(i[4]) if i[4] else None for i in items], [Decimal(i[5]) for i in items],
                     [CURRENCY[i[1]] for i in items], kinds=[i[2] for i in items],
                     open_amounts=[Decimal(i[6]) for i in items])
    ledger.add_payments([p[0] for p in payments], [p[1] for p in payments],
                        [D(p[2]) for p in payments], [Decimal(p[3]) for p in payments],
                        [CURRENCY[p[1]] for p in payments])
    indexes = ledger.add_allocations([a[1] for a in allocations], [a[2] for a in allocations],
                                     [Decimal(a[3]) for a in allocations],
                                     [D(a[4]) for a in allocations],
                                     sources=[a[0] for a in allocations])
    for index, a in zip(indexes, allocations):
        if a[5]:
            ledger.reverse_allocation(index, D(a[5]))
    for item, amount, on in WRITE_OFFS:
        if owner(item) in who:
            ledger.add_write_offs([item], [Decimal(amount)], [D(on)])
    for item, amount, raised in DISPUTES:
        if owner(item) in who:
            ledger.add_disputes([item], [Decimal(amount)], [D(raised)])
    return ledger


def kpis(who=CUSTOMERS, ledger_customers=CUSTOMERS, **options):
    options.setdefault("retention_window_days", 60)
    with relance.Ledger() as ledger:
        build(ledger, ledger_customers)
        return ledger.kpis(START, END, customers=None if who == CUSTOMERS else list(who),
                           **options)


# ---- the naive reference -------------------------------------------------------

F = Fraction


class Book:
    """The book's facts, queried by brute force with Fractions."""

    def __init__(self, who=CUSTOMERS):
        self.items = [dict(id=i[0], customer=i[1], kind=i[2], doc=D(i[3]),
                           u=D(i[4] or i[3]), amount=F(i[5]), prior=F(i[5]) - F(i[6]),
                           currency=CURRENCY[i[1]]) for i in ITEMS if i[1] in who]
        self.payments = [dict(id=p[0], customer=p[1], on=D(p[2]), amount=F(p[3]),
                              currency=CURRENCY[p[1]]) for p in PAYMENTS if p[1] in who]
        self.allocations = [dict(source=a[0], source_id=a[1], item=a[2], amount=F(a[3]),
                                 on=D(a[4]), reversed=D(a[5]) if a[5] else None)
                            for a in ALLOCATIONS if owner(a[2]) in who]
        self.write_offs = [dict(item=w[0], amount=F(w[1]), on=D(w[2]))
                           for w in WRITE_OFFS if owner(w[0]) in who]

    @staticmethod
    def live(a, day):
        """An allocation counts as of `day`."""
        return a["on"] <= day and not (a["reversed"] and a["reversed"] <= day)

    def open(self, item, day):
        if item["doc"] > day:
            return F(0)
        out = item["amount"] - item["prior"]
        for a in self.allocations:
            if self.live(a, day):
                if a["item"] == item["id"]:
                    out -= a["amount"]
                if a["source_id"] == item["id"]:  # a credit note used
                    out += a["amount"]
        out -= sum(w["amount"] for w in self.write_offs
                   if w["item"] == item["id"] and w["on"] <= day)
        return out

    def unapplied(self, payment, day):
        if payment["on"] > day:
            return F(0)
        return payment["amount"] - sum(a["amount"] for a in self.allocations
                                       if a["source_id"] == payment["id"] and self.live(a, day))

    def debits(self, cur):
        return [i for i in self.items if i["currency"] == cur and i["kind"] != "credit_note"]

    def snapshot(self, cur, day):
        current = sum(self.open(i, day) for i in self.debits(cur) if i["u"] >= day)
        past_due = sum(self.open(i, day) for i in self.debits(cur) if i["u"] < day)
        credits = (sum(self.open(i, day) for i in self.items
                       if i["currency"] == cur and i["kind"] == "credit_note")
                   - sum(self.unapplied(p, day) for p in self.payments if p["currency"] == cur))
        return dict(balance=current + past_due + credits, current=current, past_due=past_due,
                    credits=credits)

    def sales(self, cur, first, last):
        return sum(i["amount"] for i in self.items
                   if i["currency"] == cur and first <= i["doc"] <= last)

    def settled_on(self, item, day):
        """The day the item was settled (None while open as of `day`), and
        whether it was paid (no write-off)."""
        if item["doc"] > day or self.open(item, day) != 0:
            return None, False
        facts = [item["doc"]] if item["prior"] else []
        for a in self.allocations:
            if a["item"] == item["id"]:
                facts += [d for d in (a["on"], a["reversed"]) if d and d <= day]
        offs = [w["on"] for w in self.write_offs if w["item"] == item["id"] and w["on"] <= day]
        return max(facts + offs), not offs

    def figures(self, cur, start=START, end=END, incident_days=30, window=60):
        days = (end - start).days + 1
        b, e = self.snapshot(cur, start - timedelta(1)), self.snapshot(cur, end)
        s = self.sales(cur, start, end)
        out = {
            "dso": (e["balance"] * days, s),
            "best_possible_dso": (e["current"] * days, s),
            "average_days_delinquent": ((e["balance"] - e["current"]) * days, s),
            "collection_effectiveness": ((b["balance"] + s - e["balance"]) * 100,
                                         b["balance"] + s - e["current"]),
        }
        # Settlements: allocations in the period not reversed by its end.
        settled = [(a, i) for a in self.allocations for i in self.debits(cur)
                   if a["item"] == i["id"] and start <= a["on"] <= end
                   and not (a["reversed"] and a["reversed"] <= end)]
        total = sum(a["amount"] for a, _ in settled)
        out["average_days_to_pay"] = (
            sum(a["amount"] * (a["on"] - i["doc"]).days for a, i in settled), total)
        out["average_days_beyond_terms"] = (
            sum(a["amount"] * max(0, (a["on"] - i["u"]).days) for a, i in settled), total)
        # Recovery: each debit item due before the end, from its window start.
        to_collect = collected = F(0)
        for i in self.debits(cur):
            if i["u"] >= end:
                continue
            ws = max(start - timedelta(1), i["u"])
            to_collect += self.open(i, ws)
            for a in self.allocations:
                if a["item"] == i["id"]:
                    collected += a["amount"] * ((ws < a["on"] <= end)
                                                - bool(a["reversed"] and ws < a["reversed"] <= end))
        out["recovery_rate"] = (collected * 100, to_collect)
        # Items paid in full late in the period.
        late = []
        for i in self.debits(cur):
            day, paid = self.settled_on(i, end)
            if day and paid and start <= day <= end and day > i["u"]:
                late.append((i, (day - i["u"]).days))
        out["average_collection_delay"] = (sum(d for _, d in late), len(late))
        out["weighted_collection_delay"] = (sum(i["amount"] * d for i, d in late),
                                            sum(i["amount"] for i, _ in late))
        out["countback_dso"] = self.countback(cur, e["balance"], end)
        return out, b, e

    def countback(self, cur, receivables, end):
        """Walks back month by month from `end` (kpi.h's countback)."""
        def months_back(k):
            y, m = divmod(end.year * 12 + end.month - 1 - k, 12)
            return date(y, m + 1, min(end.day, calendar.monthrange(y, m + 1)[1]))
        remaining, full_days, k = receivables, 0, 1
        if remaining == 0:
            return F(0), F(1)
        while True:
            first, last = months_back(k), months_back(k - 1)
            s_k, d_k = self.sales(cur, first + timedelta(1), last), (last - first).days
            if s_k >= remaining > 0:
                return full_days * s_k + remaining * d_k, s_k
            remaining -= s_k
            full_days += d_k
            k += 1

    def retention(self, start=START, end=END, incident_days=30, window=60):
        retained = lost = undecided = 0
        for c in sorted({i["customer"] for i in self.items}):
            incidents = []
            for i in self.items:
                if i["customer"] != c or i["kind"] == "credit_note" or i["doc"] > end:
                    continue
                t = i["u"] + timedelta(incident_days + 1)
                settled, _ = self.settled_on(i, end)
                if (settled or end) >= t and start <= t <= end:
                    incidents.append(t)
            if not incidents:
                continue
            t = min(incidents)
            # Nothing dated after the end of the period is seen.
            if any(i["customer"] == c and i["kind"] in ("invoice", "installment", "debit_note")
                   and t < i["doc"] <= min(t + timedelta(window), end) for i in self.items):
                retained += 1
            elif t + timedelta(window) <= end:
                lost += 1
            else:
                undecided += 1
        return retained, lost, undecided


def rounded(q, scale=2):
    """A Fraction rounded half-even to `scale` decimals, as a Decimal."""
    n = q * 10**scale
    whole, rest = divmod(n.numerator, n.denominator)
    if 2 * rest > n.denominator or (2 * rest == n.denominator and whole % 2):
        whole += 1
    return Decimal(whole).scaleb(-scale)


def check_figure(figure, numerator, denominator):
    """The figure is the reference's exact fraction, rounded once."""
    if denominator > 0:
        assert figure.status == "defined"
        assert figure.exact == F(numerator) / F(denominator)
        assert figure.value == rounded(F(numerator) / F(denominator))
        assert figure.value.as_tuple().exponent == -2
    else:
        assert figure.status != "defined"
        assert figure.value is None and figure.exact is None
    # The parts are exact: the reference's fraction, whatever the scale.
    if figure.denominator != 0:
        assert F(figure.numerator) / F(figure.denominator) == F(numerator) / F(denominator)


# ---- tests ---------------------------------------------------------------------

@pytest.mark.parametrize("cur", ["EUR", "USD"])
def test_figures_equal_the_naive_reference(cur):
    report = kpis()
    assert report.currencies == ["EUR", "USD"]
    expected, b, e = Book().figures(cur)
    k = report[cur]
    assert k.currency == cur
    for name, (numerator, denominator) in expected.items():
        check_figure(k.figures[name], numerator, denominator)
        assert getattr(k, name) is k.figures[name] and k.figures[name].kpi == name
    for when, snapshot in (("beginning", b), ("ending", e)):
        for part, amount in snapshot.items():
            assert k.amounts[f"{when}_{part}"] == amount
    assert k.late_payment_cash == e["balance"] - e["current"]
    assert k.credit_sales == Book().sales(cur, START, END)
    assert all(isinstance(v, Decimal) for v in k.amounts.values())


def test_hand_worked_values():
    """The numbers of kpi_test.cc HandWorkedEuro / HandWorkedDollar."""
    report = kpis()
    eur, usd = report["EUR"], report["USD"]
    shown = {name: (str(f.numerator), str(f.denominator), f.value)
             for name, f in eur.figures.items()}
    assert shown == {
        "dso": ("227500.00", "4800.00", Decimal("47.40")),
        "countback_dso": ("57300.00", "1100.00", Decimal("52.09")),
        "best_possible_dso": ("136500.00", "4800.00", Decimal("28.44")),
        "average_days_delinquent": ("91000.00", "4800.00", Decimal("18.96")),
        "collection_effectiveness": ("440000.00", "5400.00", Decimal("81.48")),
        "average_days_to_pay": ("150100.00", "3500.00", Decimal("42.89")),
        "average_days_beyond_terms": ("47200.00", "3500.00", Decimal("13.49")),
        "recovery_rate": ("140000.00", "2950.00", Decimal("47.46")),
        "average_collection_delay": ("79", "2", Decimal("39.50")),
        "weighted_collection_delay": ("70000.00", "1500.00", Decimal("46.67")),
    }
    assert eur.dso.exact == Fraction(2500 * 91, 4800)
    assert [str(a) for a in eur.countback_sales] == [
        "1700.00", "1100.00", "2000.00", "800.00", "1000.00", "300.00"]
    assert (eur.ending_balance, eur.ending_current, eur.ending_credits, eur.ending_disputed) == (
        Decimal("2500.00"), Decimal("1500.00"), Decimal("-250.00"), Decimal("300.00"))
    assert (eur.cash_received, eur.written_off, eur.prior_settlements) == (
        Decimal("3650.00"), Decimal("300.00"), Decimal("450.00"))
    assert (eur.to_collect, eur.collected, eur.recovery_written_off, eur.still_open) == (
        Decimal("2950.00"), Decimal("1400.00"), Decimal("300.00"), Decimal("1250.00"))
    assert eur.late_payment_cash == Decimal("1000.00")
    assert usd.dso.value == Decimal("546.00")
    assert usd.countback_dso.value == Decimal("143.00")
    assert usd.average_collection_delay.status == "no_base"
    assert usd.average_collection_delay.value is None
    assert usd.weighted_collection_delay.exact is None
    assert [str(a) for a in usd.countback_sales] == ["0.00", "0.00", "140.00", "0.00", "1000.00"]
    assert eur.dso.title == "DSO" and "credit sales" in eur.dso.definition


@pytest.mark.parametrize("window,incident_days", [(60, 30), (180, 30), (180, 60), (30, 0)])
def test_retention_equals_the_naive_reference(window, incident_days):
    report = kpis(retention_window_days=window, incident_days=incident_days)
    retained, lost, undecided = Book().retention(incident_days=incident_days, window=window)
    r = report.retention
    assert (r.retained, r.lost, r.undecided) == (retained, lost, undecided)
    assert r.customers_with_incident == retained + lost + undecided
    assert r.rate.kpi == "retention_rate"
    check_figure(r.rate, retained * 100, retained + lost)
    if (window, incident_days) == (60, 30):  # kpi_test.cc RetentionAfterIncident
        assert (r.customers_with_incident, r.retained, r.lost, r.undecided) == (4, 2, 1, 1)
        assert r.rate.value == Decimal("66.67")


def test_customer_selection_equals_the_reference_of_that_book():
    report = kpis(who=("A", "C"))
    assert report.customers == ("A", "C")
    assert report.currencies == ["EUR"]
    expected, _, _ = Book(("A", "C")).figures("EUR")
    for name, (numerator, denominator) in expected.items():
        check_figure(report["EUR"].figures[name], numerator, denominator)


def test_merge_of_a_customer_split_equals_the_whole():
    whole = kpis()
    left, right = kpis(who=("A", "D")), kpis(who=("B", "C", "E"))
    merged = left.merge(right)
    assert merged.customers == ("A", "D", "B", "C", "E")
    assert merged.currencies == whole.currencies
    for cur in whole.currencies:
        assert merged[cur].figures == whole[cur].figures
        assert merged[cur].amounts == whole[cur].amounts
        assert merged[cur].countback_sales == whole[cur].countback_sales
    assert merged.retention == whole.retention
    assert merged != whole  # the customer lists differ
    # Two workers with a ledger each: the reports are equal outright.
    a = kpis(ledger_customers=("A", "B", "E"))
    b = kpis(ledger_customers=("C", "D"))
    assert a != whole and a.merge(b) == whole and b.merge(a) == whole
    # Overlapping lists are refused, naming the customer.
    with pytest.raises(relance.InvalidArgumentError, match="'A'"):
        left.merge(kpis(who=("A", "B")))
    with pytest.raises(relance.InvalidArgumentError):
        left.merge(kpis(who=("B",), scale=3))
    with pytest.raises(TypeError):
        left.merge(whole.to_pandas())


def test_options():
    report = kpis(scale=4, rounding=decimal.ROUND_DOWN)
    assert report["EUR"].dso.value == Decimal("47.3958")
    assert report["EUR"].best_possible_dso.value == Decimal("28.4375")
    assert (report.scale, report.rounding) == (4, decimal.ROUND_DOWN)
    assert (report.start, report.end, report.days) == (START, END, 91)
    assert report.customers is None and report.retention_window_days == 60
    days = kpis(countback="days", countback_length=30)
    assert days.countback == "days" and days.countback_length == 30
    assert days["EUR"].countback_dso.exact == Fraction(69000, 1300)
    assert days["EUR"].countback_dso.value == Decimal("53.08")


def test_to_pandas():
    report = kpis()
    df = report.to_pandas()
    assert list(df.columns) == ["currency", "kpi", "title", "value", "status", "numerator",
                                "denominator", "definition"]
    assert len(df) == 2 * 10 + 1
    row = df[(df.currency == "EUR") & (df.kpi == "dso")].iloc[0]
    assert row.value == Decimal("47.40") and row.status == "defined"
    assert row.definition == relance.KpiFigure(None, "defined", 0, 1, "dso").definition
    last = df.iloc[-1]
    assert last.currency is None and last.kpi == "retention_rate"
    assert last.value == Decimal("66.67")
    no_base = df[(df.currency == "USD") & (df.kpi == "average_collection_delay")].iloc[0]
    assert no_base.value is None and no_base.status == "no_base"


def test_roll_rates():
    with relance.Ledger() as ledger:
        build(ledger)
        report = ledger.roll_rates(D("2023-12-31"), END)
    assert report.row_names == ("not_due", "d1_30", "d31_60", "d61_90", "d91_120", "over_120",
                                "new")
    assert report.column_names[-3:] == ("paid", "credited", "written_off")
    assert list(report) == ["EUR", "USD"] and report.basis == "due"
    assert report.buckets == (30, 60, 90, 120) and report.customers is None
    eur = report["EUR"]
    assert [str(x) for x in eur.cells[eur.row_names.index("new")]] == [
        "1500.00", "450.00", "0.00", "0.00", "0.00", "0.00", "2850.00", "100.00", "0.00"]
    assert eur.cell("not_due", "d91_120") == Decimal("800.00") == eur.cell(0, 4)
    assert eur.row_totals["new"] == Decimal("4900.00")
    assert eur.column_totals["paid"] == Decimal("3850.00")
    for name, row in zip(eur.row_names, eur.cells):  # each row's cells sum to its total
        assert sum(row) == eur.row_totals[name]
    rate = eur.rate("new", "paid")
    assert rate.value == Decimal("58.16") and rate.exact == Fraction(2850 * 100, 4900)
    assert eur.rate(0, 4, scale=0).value == Decimal("100")
    assert eur.rate("d31_60", "not_due").status == "no_base"
    df = eur.to_pandas()
    assert df.loc["d1_30", "paid"] == Decimal("1000.00") and df.shape == (7, 9)
    assert report["USD"].cell("d1_30", "over_120") == Decimal("700.00")
    with pytest.raises(KeyError):
        report["JPY"]
    with pytest.raises(KeyError):
        eur.cell("old", "paid")
    with pytest.raises(IndexError):
        eur.cell(7, 0)
    with pytest.raises(relance.InvalidArgumentError):
        eur.rate(0, 0, rounding=relance.ROUND_EXACT)


def test_roll_rates_options():
    with relance.Ledger() as ledger:
        build(ledger)
        report = ledger.roll_rates(D("2023-12-31"), END, buckets=[60], basis="document",
                                   customers=["B"])
        assert report.customers == ("B",) and report.buckets == (60,)
        b = report["EUR"]
        assert b.column_names == ("not_due", "d1_60", "over_60", "paid", "credited",
                                  "written_off")
        assert [str(x) for x in b.cells[1]] == ["0.00", "0.00", "800.00", "0.00", "0.00", "0.00"]
        with pytest.raises(ValueError, match="basis"):
            ledger.roll_rates(START, END, basis="posting")
        with pytest.raises(relance.NotFoundError):
            ledger.roll_rates(START, END, customers=["Z"])
        with pytest.raises(relance.InvalidArgumentError):
            ledger.roll_rates(END, START)


def test_errors_and_life_cycle():
    with relance.Ledger() as ledger:
        build(ledger, ("A",))
        with pytest.raises(relance.InvalidArgumentError, match="before it starts"):
            ledger.kpis(END, START)
        with pytest.raises(relance.InvalidArgumentError, match="argument 'options'"):
            ledger.kpis(START, END, rounding=relance.ROUND_EXACT)
        with pytest.raises(relance.InvalidArgumentError, match="scale"):
            ledger.kpis(START, END, scale=19)
        with pytest.raises(relance.NotFoundError, match="'nobody'"):
            ledger.kpis(START, END, customers=["A", "nobody"])
        with pytest.raises(ValueError, match="countback"):
            ledger.kpis(START, END, countback="weeks")
        with pytest.raises(TypeError):
            ledger.kpis(START, END, customers="A")
        with pytest.raises(TypeError):
            ledger.kpis(START, END, incident_days=1.5)
        report = ledger.kpis(START, END)
    assert "EUR" in report and "USD" not in report and len(report) == 1
    assert repr(report).startswith("<KpiReport 2024-01-01 .. 2024-03-31")
    report.close()
    with pytest.raises(relance.InvalidArgumentError, match="closed"):
        report.currencies
    assert repr(report) == "<KpiReport (closed)>"


def test_struct_sizes_match_the_header():
    """init refuses a size one byte short of the library's struct: the
    ctypes structs are exactly as large as relance.h's."""
    for struct, init in ((_native.relance_kpi_options, _native.relance_kpi_options_init),
                         (_native.relance_roll_rate_options,
                          _native.relance_roll_rate_options_init)):
        s = struct()
        init(ctypes.byref(s), ctypes.sizeof(s))
        with pytest.raises(relance.InvalidArgumentError, match="struct_size"):
            init(ctypes.byref(s), ctypes.sizeof(s) - 1)
    assert ctypes.sizeof(_native.relance_kpi_figure) == 8 + 3 * 24
    assert relance.KPIS[0] == "dso" and relance.KPIS[-1] == "retention_rate"
    assert len(relance.KPI_AMOUNTS) == 23 and "late_payment_cash" in relance.KPI_AMOUNTS
