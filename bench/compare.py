"""relance, SQLite and pandas age the same open-items book, side by side.

    /usr/bin/python3 bench/compare.py [--rows 10000000] [--build build/release]
        [--runs 3] [--cpu 1] [--threads 1] [--no-row-check]

1. Generates the book with relance_book_gen (deterministic; reused when the
   file is there and was made with the same size), by default
   <build>/bench/open_items_<rows>.csv (~69 bytes a row: 690 MB at 10 M).
2. Runs, each in a process of its own on that same file:
   relance  relance_aging_compare: relance::ImportOpenItems (timed import,
            --threads workers, 1 by default), then Age (best of --aging-runs);
   sqlite   bench/peer_aging.py sqlite: load (timed), then one GROUP BY
            customer_id, currency with CASE buckets (best of --runs);
   pandas   bench/peer_aging.py pandas: read_csv (timed), then the np.select
            + groupby aging (best of --runs).
3. Checks that the totals per currency and column (age buckets, disputed,
   unapplied, balance, items; integers in minor units) are identical in the
   three, and (unless --no-row-check) that the per-customer rows are too.
   Exits 1 when anything differs.
4. Prints the times, the ratios to relance and each process's peak memory.

--cpu N pins this script and its children to CPU N (os.sched_setaffinity),
so every engine runs on one core. Needs the release build of the targets
relance_book_gen and relance_aging_compare (`make bench` builds them).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import peer_aging  # noqa: E402  (next to this script)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="items in the book")
    parser.add_argument("--customers", type=int, help="default: rows / 10")
    parser.add_argument("--build", default=os.path.join(HERE, os.pardir, "build", "release"),
                        help="CMake build directory (release)")
    parser.add_argument("--csv", help="default: <build>/bench/open_items_<rows>.csv")
    parser.add_argument("--as-of", default=peer_aging.REFERENCE_AS_OF)
    parser.add_argument("--runs", type=int, default=3, help="aging runs of the peers")
    parser.add_argument("--aging-runs", type=int, default=10, help="aging runs of relance")
    parser.add_argument("--import-runs", type=int, default=1, help="import runs of relance")
    parser.add_argument("--threads", type=int, default=1, help="relance importer threads")
    parser.add_argument("--cpu", type=int, help="pin every engine to this CPU")
    parser.add_argument("--no-row-check", action="store_true",
                        help="compare the per-currency totals only")
    args = parser.parse_args(argv)
    args.customers = args.customers or max(1, args.rows // 10)
    args.bench = os.path.join(args.build, "bench")
    args.csv = args.csv or os.path.join(args.bench, f"open_items_{args.rows}.csv")
    return args


def ensure_book(args):
    """Generates the CSV unless it is there with the same spec."""
    spec_path = args.csv + ".spec"
    spec = f"items {args.rows} customers {args.customers}"
    if os.path.exists(args.csv) and os.path.exists(spec_path):
        with open(spec_path) as f:
            if f.read().startswith(spec + " "):
                return
    generate = [os.path.join(args.bench, "relance_book_gen"), "--items", str(args.rows),
                "--customers", str(args.customers), "--out", args.csv, "--checksum"]
    done = subprocess.run(generate, check=True, capture_output=True, text=True)
    line = done.stderr.strip()  # rows N customers N bytes N fnv1a64 H seconds S
    with open(spec_path, "w") as f:
        f.write(f"{spec} {line}\n")
    print(f"generated {args.csv}: {line}", file=sys.stderr)


def run_json(command):
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"compare.py: {' '.join(command)} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def run_engines(args, rows_dir):
    rows = lambda name: [] if args.no_row_check else [
        "--rows-out", os.path.join(rows_dir, f"{name}.csv")]
    relance = [os.path.join(args.bench, "relance_aging_compare"), "--csv", args.csv,
               "--as-of", args.as_of, "--import-runs", str(args.import_runs),
               "--aging-runs", str(args.aging_runs), "--threads", str(args.threads)]
    results = {"relance": run_json(relance + rows("relance"))}
    for peer in ("sqlite", "pandas"):
        command = [sys.executable, os.path.join(HERE, "peer_aging.py"), peer, "--csv", args.csv,
                   "--as-of", args.as_of, "--runs", str(args.runs)]
        results[peer] = run_json(command + rows(peer))
    return results


def totals_by_currency(result):
    return {t["currency"]: {n: int(t[n]) for n in peer_aging.VALUE_NAMES}
            for t in result["totals"]}


def check_totals(results):
    """Problems found (empty when the three agree)."""
    expected = totals_by_currency(results["relance"])
    problems = []
    for engine in ("sqlite", "pandas"):
        got = totals_by_currency(results[engine])
        if got != expected:
            for currency in sorted(set(got) | set(expected)):
                a, b = expected.get(currency), got.get(currency)
                if a != b:
                    problems.append(f"{engine} {currency}: relance {a} != {engine} {b}")
    return problems


def check_item_count(args, results):
    """Every row of the book is an open item as of its date: all are aged."""
    items = sum(int(t["items"]) for t in results["relance"]["totals"])
    return [] if items == args.rows else [f"relance aged {items} items of {args.rows}"]


def check_rows(rows_dir):
    """Compares the per-customer rows files, byte for byte after sorting."""
    import pandas as pd
    frames = {}
    for engine in ("relance", "sqlite", "pandas"):
        frame = pd.read_csv(os.path.join(rows_dir, f"{engine}.csv"),
                            dtype={"customer_id": str, "currency": str})
        frames[engine] = frame.sort_values(["customer_id", "currency"]).reset_index(drop=True)
    problems = []
    for engine in ("sqlite", "pandas"):
        if not frames[engine].equals(frames["relance"]):
            problems.append(f"{engine}: customer rows differ from relance's")
    return problems, len(frames["relance"])


def best(result, phase):
    """Best (lowest) wall and CPU times of a phase: load or aging."""
    if result["engine"] == "relance" and phase == "load":
        return min(result["import_s"]), min(result["import_cpu_s"])
    unit = "s" if phase == "load" else "ms"
    return min(result[f"{phase}_{unit}"]), min(result[f"{phase}_cpu_{unit}"])


def print_table(args, results):
    size_mb = os.path.getsize(args.csv) / 1e6
    print(f"open-items book: {args.rows:,} items, {args.customers:,} customers, "
          f"{size_mb:,.1f} MB CSV, as of {args.as_of}; one file, one run, one machine"
          + (f", pinned to CPU {args.cpu}" if args.cpu is not None else "")
          + f"; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    relance = results["relance"]
    base_load, base_load_cpu = best(relance, "load")
    base_aging, base_aging_cpu = best(relance, "aging")
    print(f"{'':<9}{'load s':>8}{'(cpu)':>8}{'x relance':>16}{'aging ms':>11}{'(cpu)':>9}"
          f"{'x relance':>14}{'peak MB':>9}")
    for engine, result in results.items():
        load, load_cpu = best(result, "load")
        aging, aging_cpu = best(result, "aging")
        print(f"{engine:<9}{load:>8.2f}{load_cpu:>8.2f}"
              f"{load / base_load:>8.1f}x ({load_cpu / base_load_cpu:.1f}x)"
              f"{aging:>11.1f}{aging_cpu:>9.1f}"
              f"{aging / base_aging:>6.0f}x ({aging_cpu / base_aging_cpu:.0f}x)"
              f"{result['peak_rss_bytes'] / 1e6:>9,.0f}")
    print(f"relance: import with {args.threads} thread(s), ledger resident "
          f"{relance['ledger_rss_bytes'] / 1e6:,.0f} MB; aging best of {len(relance['aging_ms'])}, "
          f"peers best of {args.runs}; times wall-clock, (cpu) the process's CPU time")
    print(f"load = relance ImportOpenItems / SQLite csv rows inserted, converted to cents and "
          f"day numbers, indexed / pandas read_csv (+ {results['pandas']['prep_s']:.2f} s "
          f"to minor units, not counted)")


def main(argv):
    args = parse_args(argv)
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    ensure_book(args)
    with tempfile.TemporaryDirectory(prefix="relance-compare-") as rows_dir:
        results = run_engines(args, rows_dir)
        problems = check_totals(results) + check_item_count(args, results)
        checked = "totals per currency and column"
        if not args.no_row_check:
            row_problems, count = check_rows(rows_dir)
            problems += row_problems
            checked += f" and all {count:,} customer rows"
    print_table(args, results)
    if problems:
        print("MISMATCH:\n  " + "\n  ".join(problems))
        return 1
    currencies = len(results["relance"]["totals"])
    print(f"check: {checked} identical in relance, sqlite and pandas "
          f"({currencies} currencies x {len(peer_aging.VALUE_NAMES)} columns, exact integers)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
