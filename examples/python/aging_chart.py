"""A stacked bar chart of the aged balance by bucket and currency, as PNG.

One panel per currency (amounts of different currencies are never put on
one scale): a bar of the open amounts stacked by age, not yet due at the
bottom and over 120 days at the top, the disputed part above them, the
unapplied cash below zero, and a line at the balance. The script prints
the amounts it plotted, exactly, read back from the bars.

    python3 examples/python/aging_chart.py OUTPUT.png [BOOK_DIRECTORY]
"""

import datetime
import decimal
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")  # no display: draw into a file
import matplotlib.pyplot as plt  # noqa: E402

import relance  # noqa: E402

SAMPLE = pathlib.Path(__file__).resolve().parent.parent / "data" / "distributor"


def main():
    output = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else SAMPLE
    as_of = datetime.date(2025, 12, 31)
    with relance.Ledger.from_csv(path) as ledger, ledger.aging(as_of) as report:
        columns, totals = report.columns, report.totals
    stacked = columns + ["disputed"]
    colors = plt.get_cmap("RdYlGn_r")([i / (len(columns) - 1) for i in range(len(columns))])
    colors = list(colors) + ["0.6"]

    figure, axes = plt.subplots(1, len(totals), figsize=(3.2 * len(totals) + 1.6, 5),
                                squeeze=False)
    for ax, (code, total) in zip(axes[0], totals.items()):
        # Bars in minor units (cents): whole numbers, which floats add exactly.
        minor = relance.currency(code).minor_units
        amounts = dict(zip(stacked, [*total.ages, total.disputed]), unapplied=total.unapplied)
        units = {name: int(amount.scaleb(minor)) for name, amount in amounts.items()}
        bottom = 0
        for name, color in zip(stacked, colors):
            ax.bar(code, units[name], bottom=bottom, color=color, label=name, width=0.5)
            bottom += units[name]
        ax.bar(code, units["unapplied"], color="tab:blue", label="unapplied", width=0.5)
        ax.axhline(int(total.balance.scaleb(minor)), color="black", label="balance")
        ax.axhline(0, color="black", linewidth=0.5)
        ax.yaxis.set_major_formatter(lambda y, _: f"{y / 10**minor:,.0f}")
        ax.set_title(f"{code}: balance {total.balance:,}", fontsize=10)
        ax.set_xlim(-0.6, 0.6)
        # What was plotted, read back from the bars, as exact amounts.
        plotted = {bar.get_label(): decimal.Decimal(int(bar.patches[0].get_height()))
                   .scaleb(-minor) for bar in ax.containers}
        assert plotted == amounts, (plotted, amounts)
        print(code, " ".join(f"{name}={amount}" for name, amount in plotted.items()),
              f"balance={total.balance}")
    handles, labels = axes[0][0].get_legend_handles_labels()
    figure.legend(handles[::-1], labels[::-1], loc="center right", fontsize=9)
    figure.suptitle(f"Aged balance as of {as_of} by days past due, per currency")
    figure.tight_layout(rect=(0, 0, 1 - 1.4 / figure.get_figwidth(), 1))
    figure.savefig(output, dpi=100)
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
