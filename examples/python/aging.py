"""The aged balance of a book from Python: load the canonical CSV files,
age them as of 2025-12-31 and print the totals per currency as a pandas
DataFrame. Prints the same text as examples/c/aging.c and
examples/cpp/aging.cpp.

    python3 examples/python/aging.py [BOOK_DIRECTORY]
"""

import datetime
import pathlib
import sys

import pandas as pd

import relance

SAMPLE = pathlib.Path(__file__).resolve().parent.parent / "data" / "distributor"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else SAMPLE
    as_of = datetime.date(2025, 12, 31)
    try:
        ledger = relance.Ledger.from_csv(path)
    except relance.CsvImportError as error:  # lists every problem found
        sys.exit("\n  ".join([str(error)] + [repr(problem) for problem in error.errors]))
    with ledger, ledger.aging(as_of) as report:
        # One column per currency, one row per report column; amounts are
        # exact Decimals in each currency (never summed across currencies).
        totals = pd.DataFrame(
            {code: [*t.ages, t.disputed, t.unapplied, t.balance, t.items]
             for code, t in report.totals.items()},
            index=report.columns + ["disputed", "unapplied", "balance", "items"])
        print(f"Aged balance as of {report.as_of} (days past due date), per currency")
        print(totals.to_string(col_space=12))


if __name__ == "__main__":
    main()
