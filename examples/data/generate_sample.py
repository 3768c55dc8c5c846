#!/usr/bin/env python3
"""Writes the bundled sample book: a small French distributor.

Deterministic: the same script writes the same bytes on every machine (its
own seeded random.Random, integer arithmetic on cents, no clock). Run it
from anywhere:

    python3 examples/data/generate_sample.py [OUTPUT_DIR]

The default output is examples/data/distributor/, in relance's canonical CSV
format (docs/csv-format.md): customers, items, payments, allocations,
disputes and write-offs.

The book: about 300 customers (retail, wholesale, hospitality, public
sector), 18 months of invoices (2024-07-01 to 2025-12-31) under the terms
French distributors use (net 30, 45 days end of month computed either way,
60 days), payments that are on time, late, partial or missing according to
each customer's habits, credit notes, disputes, a few write-offs, and a few
customers billed in CHF and GBP. The demo looks at it as of 2025-12-31.
"""

import csv
import datetime
import os
import random
import sys

SEED = 20251231
FIRST_DAY = datetime.date(2024, 7, 1)
LAST_DAY = datetime.date(2025, 12, 31)
CUSTOMERS = 300

TRADES = ["Boulangerie", "Epicerie", "Brasserie", "Hotel", "Garage", "Pharmacie",
          "Fromagerie", "Quincaillerie", "Librairie", "Caviste", "Restaurant", "Fleuriste",
          "Traiteur", "Boucherie", "Cafe", "Supermarche", "Cooperative", "Mairie",
          "College", "Clinique"]
NAMES = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
         "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David",
         "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier",
         "Dupont", "Lambert", "Bonnet", "Francois", "Martinez", "Legrand"]
TOWNS = ["Lyon", "Annecy", "Grenoble", "Chambery", "Valence", "Vienne", "Bourg", "Macon",
         "Roanne", "Geneve", "Lausanne", "Londres"]
FORMS = ["SARL", "SAS", "SA", "EURL", "SNC"]

# Terms of the distributor's price list, with their share of customers.
TERMS = [("net 30", 40), ("eom+45", 20), ("45+eom", 15), ("net 60", 15),
         ("2% 10, net 30", 5), ("net 45", 5)]

# Payment habits: (share of customers, probability an invoice is paid on
# time, mean days late otherwise, probability an invoice stays unpaid).
HABITS = {"prompt": (45, 0.92, 6, 0.002), "average": (35, 0.60, 18, 0.01),
          "slow": (15, 0.25, 45, 0.04), "troubled": (5, 0.10, 90, 0.25)}

DISPUTE_REASONS = ["wrong price", "goods not delivered", "quantity discrepancy",
                   "defective product", "invoice not received", "duplicate invoice"]


def end_of_month(d):
    nxt = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return nxt - datetime.timedelta(days=1)


def due_date(terms, doc):
    rule = terms.split(", ")[-1]
    if rule.startswith("eom+"):
        return end_of_month(doc) + datetime.timedelta(days=int(rule[4:]))
    if rule.endswith("+eom"):
        return end_of_month(doc + datetime.timedelta(days=int(rule[:-4])))
    return doc + datetime.timedelta(days=int(rule[4:]))


def money(cents, currency):
    """Exact text of an amount in minor units."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return "%s%d.%02d" % (sign, cents // 100, cents % 100)


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    x = rng.randrange(total)
    for value, w in weighted:
        if x < w:
            return value
        x -= w
    raise AssertionError("unreachable")


def build(rng):
    customers, items, payments, allocations, disputes, write_offs = [], [], [], [], [], []
    habits = [(name, h[0]) for name, h in HABITS.items()]
    for c in range(CUSTOMERS):
        trade = TRADES[rng.randrange(len(TRADES))]
        town = TOWNS[rng.randrange(len(TOWNS))]
        currency = {"Geneve": "CHF", "Lausanne": "CHF", "Londres": "GBP"}.get(town, "EUR")
        segment = ("public" if trade in ("Mairie", "College") else
                   "hospitality" if trade in ("Brasserie", "Hotel", "Restaurant", "Cafe",
                                              "Traiteur") else
                   "wholesale" if trade in ("Supermarche", "Cooperative") else "retail")
        size = rng.choice([1, 1, 1, 2, 2, 3, 5, 8])
        limit = 5000 * size * 100
        customers.append({
            "customer_id": "CL%04d" % (c + 1),
            "name": "%s %s %s (%s)" % (trade, NAMES[rng.randrange(len(NAMES))],
                                       FORMS[rng.randrange(len(FORMS))], town),
            "segment": segment,
            "credit_limit": money(limit, currency),
            "credit_limit_currency": currency,
            "terms": "net 30" if segment == "public" else pick(rng, TERMS),
            "_currency": currency, "_habit": pick(rng, habits), "_size": size,
        })
    invoice_no, credit_no, payment_no = 0, 0, 0
    days = (LAST_DAY - FIRST_DAY).days + 1
    for cust in customers:
        per_month = cust["_size"] * rng.choice([1, 1, 2])
        count = max(1, int(per_month * 18 * (0.6 + 0.8 * rng.random()) / 4))
        on_time, mean_late, unpaid = HABITS[cust["_habit"]][1:]
        for _ in range(count):
            invoice_no += 1
            doc = FIRST_DAY + datetime.timedelta(days=rng.randrange(days))
            amount = int(rng.lognormvariate(11.0, 0.9)) + 1500  # cents, ~600 EUR median
            amount *= cust["_size"]
            due = due_date(cust["terms"], doc)
            item_id = "FA%06d" % invoice_no
            items.append({"item_id": item_id, "customer_id": cust["customer_id"],
                          "kind": "invoice", "document_date": doc, "due_date": due,
                          "currency": cust["_currency"], "amount": amount,
                          "reference": "BC-%05d" % rng.randrange(100000)})
            open_cents = amount
            # A credit note now and then (returns, price corrections).
            if rng.random() < 0.04:
                credit_no += 1
                part = amount if rng.random() < 0.3 else max(100, amount // rng.choice([4, 5, 10]))
                note_day = min(LAST_DAY, doc + datetime.timedelta(days=rng.randrange(3, 40)))
                note_id = "AV%05d" % credit_no
                items.append({"item_id": note_id, "customer_id": cust["customer_id"],
                              "kind": "credit_note", "document_date": note_day, "due_date": "",
                              "currency": cust["_currency"], "amount": -part,
                              "reference": item_id})
                if rng.random() < 0.8:  # matched; the rest stays on account
                    allocations.append({"source": "credit_note", "source_id": note_id,
                                        "item_id": item_id, "currency": cust["_currency"],
                                        "amount": part, "date": note_day})
                    open_cents -= part
            # A dispute on part of it.
            disputed = rng.random() < 0.03
            if disputed and open_cents > 0:
                raised = min(LAST_DAY, due - datetime.timedelta(days=rng.randrange(0, 20)))
                raised = max(raised, doc)
                cleared = raised + datetime.timedelta(days=rng.randrange(10, 120))
                disputes.append({"item_id": item_id, "currency": cust["_currency"],
                                 "amount": open_cents if rng.random() < 0.5 else open_cents // 3 or 1,
                                 "raised": raised,
                                 "cleared": cleared if cleared <= LAST_DAY and rng.random() < 0.6
                                 else ""})
            if open_cents <= 0:
                continue
            # Payment, per the customer's habits; disputed invoices wait.
            if rng.random() < unpaid or (disputed and rng.random() < 0.5):
                write_day = due + datetime.timedelta(days=180)
                if cust["_habit"] == "troubled" and not disputed and write_day <= LAST_DAY \
                        and rng.random() < 0.3:
                    write_offs.append({"item_id": item_id, "currency": cust["_currency"],
                                       "amount": open_cents, "date": write_day,
                                       "reason": "customer in liquidation"})
                continue
            late = 0 if rng.random() < on_time else int(rng.expovariate(1.0 / mean_late)) + 1
            if "2% 10" in cust["terms"] and late == 0 and rng.random() < 0.5:
                late = -20  # paid early, within the discount period
            paid_on = max(doc, due + datetime.timedelta(days=late - rng.randrange(0, 4)))
            if paid_on > LAST_DAY:
                continue
            parts = [open_cents]
            if rng.random() < 0.08:  # paid in two goes
                first = open_cents // 2
                parts = [first, open_cents - first]
            for k, part in enumerate(parts):
                day = paid_on + datetime.timedelta(days=30 * k)
                if day > LAST_DAY:
                    break
                payment_no += 1
                pay_id = "RG%06d" % payment_no
                extra = 0
                if rng.random() < 0.01:  # an overpayment left on account
                    extra = rng.randrange(100, 5000)
                payments.append({"payment_id": pay_id, "customer_id": cust["customer_id"],
                                 "value_date": day, "currency": cust["_currency"],
                                 "amount": part + extra, "reference": item_id})
                allocations.append({"source": "payment", "source_id": pay_id,
                                    "item_id": item_id, "currency": cust["_currency"],
                                    "amount": part, "date": day})
                open_cents -= part
    return customers, items, payments, allocations, disputes, write_offs


def write(path, columns, rows, amount_columns=()):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(columns)
        for row in rows:
            values = []
            for col in columns:
                v = row[col]
                if col in amount_columns:
                    v = money(v, row.get("currency"))
                elif isinstance(v, datetime.date):
                    v = v.isoformat()
                values.append(v)
            out.writerow(values)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "distributor")
    os.makedirs(target, exist_ok=True)
    customers, items, payments, allocations, disputes, write_offs = build(random.Random(SEED))
    items.sort(key=lambda r: (r["customer_id"], r["document_date"], r["item_id"]))
    payments.sort(key=lambda r: (r["customer_id"], r["value_date"], r["payment_id"]))
    allocations.sort(key=lambda r: (r["date"], r["source_id"], r["item_id"]))
    write(os.path.join(target, "customers.csv"),
          ["customer_id", "name", "segment", "credit_limit", "credit_limit_currency", "terms"],
          customers)
    write(os.path.join(target, "items.csv"),
          ["item_id", "customer_id", "kind", "document_date", "due_date", "currency", "amount",
           "reference"], items, ("amount",))
    write(os.path.join(target, "payments.csv"),
          ["payment_id", "customer_id", "value_date", "currency", "amount", "reference"],
          payments, ("amount",))
    write(os.path.join(target, "allocations.csv"),
          ["source", "source_id", "item_id", "currency", "amount", "date"], allocations,
          ("amount",))
    write(os.path.join(target, "disputes.csv"),
          ["item_id", "currency", "amount", "raised", "cleared"], disputes, ("amount",))
    write(os.path.join(target, "write_offs.csv"),
          ["item_id", "currency", "amount", "date", "reason"], write_offs, ("amount",))
    print("wrote %d customers, %d items, %d payments, %d allocations, %d disputes, "
          "%d write-offs to %s" % (len(customers), len(items), len(payments), len(allocations),
                                   len(disputes), len(write_offs), target))


if __name__ == "__main__":
    main()
