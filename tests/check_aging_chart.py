"""Test of examples/python/aging_chart.py.

    check_aging_chart.py CHART_SCRIPT BOOK_DIRECTORY OUTPUT_PNG

Runs the script, then checks that OUTPUT_PNG is a PNG image (signature,
IHDR chunk) of a reasonable size, and that the amounts the script says it
plotted (one line per currency: "EUR not_due=... balance=...") are exactly
the totals of the aging report, computed here on their own.
"""

import datetime
import decimal
import os
import pathlib
import struct
import subprocess
import sys

import relance


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check_png(path):
    data = path.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        fail(f"{path} does not start with the PNG signature")
    length, kind, width, height = struct.unpack(">I4sII", data[8:24])
    if kind != b"IHDR" or length != 13:
        fail(f"{path}: the first chunk is {kind!r}, not IHDR")
    if not (400 <= width <= 4000 and 300 <= height <= 3000):
        fail(f"{path}: {width} x {height} pixels")
    if not 10_000 <= len(data) <= 5_000_000:
        fail(f"{path}: {len(data)} bytes")
    if not data.endswith(b"IEND\xaeB`\x82"):
        fail(f"{path} does not end with the IEND chunk")
    print(f"{path}: PNG, {width} x {height} pixels, {len(data)} bytes")


def main():
    script, book, output = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3])
    if output.exists():
        output.unlink()
    run = subprocess.run([sys.executable, script, str(output), book], env=os.environ,
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        fail(f"exit status {run.returncode}\n{run.stdout}{run.stderr}")
    check_png(output)

    plotted = {}
    for line in run.stdout.splitlines():
        code, _, rest = line.partition(" ")
        if "=" in rest:
            plotted[code] = {k: decimal.Decimal(v)
                             for k, v in (pair.split("=") for pair in rest.split())}
    with relance.Ledger.from_csv(book) as ledger, \
            ledger.aging(datetime.date(2025, 12, 31)) as report:
        expected = {
            code: {**dict(zip(report.columns, total.ages)), "disputed": total.disputed,
                   "unapplied": total.unapplied, "balance": total.balance}
            for code, total in report.totals.items()}
    if plotted != expected:
        fail(f"plotted {plotted}\nreport totals {expected}")
    print(f"plotted amounts equal the report totals ({', '.join(expected)})")


if __name__ == "__main__":
    main()
