"""A book aged in partitions on a Dask cluster, the partial reports merged.

The book is split by customer into partitions (every fact of a customer --
items, payments, allocations, disputes, write-offs -- in the same one), each
partition is loaded into its own relance.Ledger and aged on a worker of a
dask.distributed LocalCluster, and the partial reports are merged with
AgingReport.merge. Aging is per customer and the sums are exact decimals, so
the merged report equals the report of the whole book aged in one process:
the script checks it (exit status 1 otherwise).

    python3 examples/python/dask_aging.py [BOOK_DIRECTORY] [PARTITIONS]

The cluster runs its workers as threads of this process (processes=False):
an AgingReport holds a native handle and does not pickle, and the threads
share it without copying (relance releases the GIL in every call, and
reports are immutable). With worker processes, return report.rows (named
tuples of Decimals) instead and add them up per currency in the client.
"""

import datetime
import functools
import logging
import pathlib
import sys

import pandas as pd
from dask.distributed import Client, LocalCluster

import relance

AS_OF = datetime.date(2025, 12, 31)
FILES = ("customers", "items", "payments", "allocations", "disputes", "write_offs")


def read_book(directory):
    """The canonical CSV files as DataFrames of text: amounts stay exact
    strings ("1250.50"), empty fields are NaN."""
    return {name: pd.read_csv(directory / f"{name}.csv", dtype=str) for name in FILES}


def split_by_customer(book, count):
    """`count` books over disjoint sets of customers. Facts that name an
    item (allocations, disputes, write-offs) follow the item's customer."""
    customers = book["customers"]["customer_id"]
    part_of_customer = pd.Series(range(len(customers)), index=customers) % count
    part_of_item = book["items"].set_index("item_id")["customer_id"].map(part_of_customer)
    part_of_row = {
        "customers": book["customers"]["customer_id"].map(part_of_customer),
        "items": book["items"]["customer_id"].map(part_of_customer),
        "payments": book["payments"]["customer_id"].map(part_of_customer),
        **{name: book[name]["item_id"].map(part_of_item)
           for name in ("allocations", "disputes", "write_offs")},
    }
    return [{name: book[name][part_of_row[name] == k] for name in FILES}
            for k in range(count)]


def dates(column):
    return pd.to_datetime(column, format="%Y-%m-%d").to_numpy()  # NaT where empty


def load(book):
    """A relance.Ledger of one book, through the bulk calls."""
    ledger = relance.Ledger()
    c, i, p = book["customers"], book["items"], book["payments"]
    limits = [None if pd.isna(amount) else (amount, code)
              for amount, code in zip(c.credit_limit, c.credit_limit_currency)]
    ledger.add_customers(c.customer_id, names=c.name, segments=c.segment,
                         credit_limits=limits, terms=c.terms)
    ledger.add_items(i.item_id, i.customer_id, dates(i.document_date), dates(i.due_date),
                     i.amount, i.currency, kinds=i.kind, references=i.reference)
    ledger.add_payments(p.payment_id, p.customer_id, dates(p.value_date), p.amount,
                        p.currency, references=p.reference)
    a, d, w = book["allocations"], book["disputes"], book["write_offs"]
    ledger.add_allocations(a.source_id, a.item_id, a.amount, dates(a.date), sources=a.source)
    ledger.add_disputes(d.item_id, d.amount, dates(d.raised), dates(d.cleared))
    ledger.add_write_offs(w.item_id, w.amount, dates(w.date), reasons=w.reason)
    return ledger


def age(book):
    """The aging report of one partition (runs on a worker)."""
    with load(book) as ledger:
        return ledger.aging(AS_OF)


def main():
    here = pathlib.Path(__file__).resolve().parent
    directory = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else \
        here.parent / "data" / "distributor"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 4

    book = read_book(directory)
    partitions = split_by_customer(book, count)
    print(f"Book split by customer into {count} partitions:")
    for k, part in enumerate(partitions):
        print(f"  partition {k}: {len(part['customers'])} customers, "
              f"{len(part['items'])} items, {len(part['payments'])} payments")

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        reports = client.gather(client.map(age, partitions))
    merged = functools.reduce(relance.AgingReport.merge, reports)

    # The whole book in one process, through the CSV importer this time.
    with relance.Ledger.from_csv(directory) as ledger:
        whole = ledger.aging(AS_OF)
    print(f"Aged as of {AS_OF} on a Dask LocalCluster; {len(reports)} partial reports "
          f"({' + '.join(str(len(r)) for r in reports)} rows) merged into {len(merged)} rows")
    for code, total in merged.totals.items():
        print(f"  {code} balance {total.balance}, {total.items} open items")
    print("merged report == single-process report:", merged == whole)
    return 0 if merged == whole else 1


if __name__ == "__main__":
    sys.exit(main())
