"""Draws `storyline bench scale --json` output as a PNG (matplotlib), or prints it as a table.

python plot_scale.py SCALE.json OUT.png
python plot_scale.py --table SCALE.json
"""

import json
import sys


def load(path):
    with open(path) as handle:
        return json.load(handle)


def table(report):
    header = ("articles", "µs/art", "doc", "copies", "events", "floor", "art/s", "peak MB", "index B/art",
              "copy F1", "event B3F1", "event NMI")
    rows = [header]
    for c in report["checkpoints"]:
        m = c["micros"]
        peak = c["memory"].get("peakResidentBytes")
        rows.append((str(c["articles"]), f"{m['pipeline']:.1f}", f"{m['document']:.1f}", f"{m['copies']:.1f}",
                     f"{m['events']:.1f}", f"{m['floor']:.1f}", f"{c['articlesPerSecond']:.0f}",
                     f"{peak / 1048576:.0f}" if peak else "-", f"{c['memory']['indexBytesPerArticle']:.0f}",
                     f"{c['copies']['pairF1']:.3f}", f"{c['events']['bcubedF1']:.3f}", f"{c['events']['nmi']:.3f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for number, row in enumerate(rows):
        print("  ".join(cell.rjust(widths[i]) for i, cell in enumerate(row)))
        if number == 0:
            print("  ".join("-" * w for w in widths))
    if report.get("costGrowth") and len(report["checkpoints"]) > 1:
        print(f"per-article cost, largest size ÷ smallest: {report['costGrowth']:.2f}×")


def plot(report, out):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = report["checkpoints"]
    sizes = [c["articles"] for c in points]
    figure, (cost, memory, quality) = plt.subplots(1, 3, figsize=(15, 4.5))

    for key, label in (("pipeline", "pipeline"), ("document", "Document.init"), ("copies", "CopyIndex.add"),
                       ("events", "EventDetector.add"), ("floor", "floor (split words)")):
        cost.plot(sizes, [c["micros"][key] for c in points], marker="o", label=label)
    cost.set(xscale="log", yscale="log", xlabel="articles ingested", ylabel="CPU µs per article (last window)",
             title="Per-article cost")
    cost.legend(fontsize=8)

    memory.plot(sizes, [c["memory"]["indexBytesPerArticle"] for c in points], marker="o",
                label=f"index ({points[-1]['memory']['indexMeasure']})")
    growth = [c["memory"].get("residentGrowthPerArticle") for c in points]
    if all(g is not None for g in growth):
        memory.plot(sizes, growth, marker="o", label="resident growth")
    memory.axhline(2048, color="grey", linestyle="--", linewidth=1, label="2 KB target")
    memory.set(xscale="log", xlabel="articles ingested", ylabel="bytes per article", title="Memory per article")
    memory.legend(fontsize=8)

    quality.plot(sizes, [c["copies"]["pairF1"] for c in points], marker="o", label="copy pair F1")
    quality.plot(sizes, [c["events"]["bcubedF1"] for c in points], marker="o", label="event BCubed F1")
    quality.plot(sizes, [c["events"]["nmi"] for c in points], marker="o", label="event NMI")
    quality.plot(sizes, [c["storylines"]["bcubedF1"] for c in points], marker="o", label="storyline BCubed F1")
    quality.set(xscale="log", ylim=(0, 1.02), xlabel="articles ingested", ylabel="score", title="Quality vs truth")
    quality.legend(fontsize=8)

    stream = report["stream"]
    figure.suptitle(f"storyline bench scale — synthetic stream, seed {stream['seed']}, {stream['spanDays']} days")
    figure.tight_layout()
    figure.savefig(out, dpi=110)


def main(argv):
    if argv and argv[0] == "--table":
        table(load(argv[1]))
    elif len(argv) == 2:
        plot(load(argv[0]), argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
