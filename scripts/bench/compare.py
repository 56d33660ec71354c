"""scripts/compare's engine: runs Storyline and its peers on the same labelled files, scores every system with the
same scorer (scoring.py), and prints one table. Run it through scripts/compare, which builds Storyline and the
throwaway virtualenv this needs.

python compare.py --storyline PATH --data DIR [--work DIR] [--json FILE]
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from importlib import metadata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from scoring import read_labelled, read_predictions, score  # noqa: E402

COPY_PEERS = [
    ("datasketch-3", "datasketch LSH, 3-grams, t=0.3"),
    ("datasketch-5", "datasketch LSH, 5-grams, t=0.5"),
    ("rensa-3", "rensa LSH, 3-grams, t=0.3"),
    ("rensa-5", "rensa LSH, 5-grams, t=0.5"),
]
EVENT_PEERS = [
    ("agglomerative", "sklearn TF-IDF agglomerative"),
    ("single-pass", "single-pass TF-IDF centroids"),
]
TASKS = [
    # (task, dataset label, file under the data folder)
    ("copies", "bbc-dev", "bbc-dev/copies.eval.jsonl"),
    ("events", "ecbplus dev", "ecbplus-events/dev.eval.jsonl"),
    ("events", "mstream news", "mstream-news/news.eval.jsonl"),
]
TUNING_FILE = "ecbplus-events/train.eval.jsonl"


def log(message):
    print(message, file=sys.stderr, flush=True)


def hwm(pid):
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return None


def measured(command, stdout_path):
    """Runs a command; returns (exit status, wall seconds, peak resident bytes seen by polling /proc).

    Polling, not wait4's ru_maxrss: a forked child inherits the parent's resident high-water mark, which would
    charge this script's own memory to every system. Systems also report their own VmHWM, which is preferred.
    """
    peak = None
    with open(stdout_path, "w") as out, open(stdout_path + ".err", "w") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        while process.poll() is None:
            peak = hwm(process.pid) or peak
            time.sleep(0.01)
        wall = time.perf_counter() - start
    if process.returncode != 0:
        with open(stdout_path + ".err") as handle:
            log(f"  {' '.join(command[:4])} … failed ({process.returncode}): {handle.read()[-2000:]}")
    return process.returncode, wall, peak or 0


def tune(data, work):
    """Thresholds for the event peers, tuned (in a child process) on the training split, never on a test file."""
    result = os.path.join(work, "tuning.json")
    code, _, _ = measured(
        [sys.executable, os.path.join(HERE, "peers.py"), "tune", os.path.join(data, TUNING_FILE), result],
        result + ".out")
    if code != 0:
        sys.exit("tuning the event peers failed")
    with open(result) as handle:
        tuned = json.load(handle)
    for system, choice in tuned.items():
        log(f"  tuned {system} on {TUNING_FILE}: threshold {choice['threshold']} "
            f"(mean of BCubed F1 and NMI {choice['objective']:.3f})")
    return {system: choice["threshold"] for system, choice in tuned.items()}


def run_storyline(storyline, task, path, work, gold, repeat, min_seconds):
    predictions = os.path.join(work, f"storyline-{task}-{os.path.basename(path)}.predictions.jsonl")
    stdout = predictions + ".out"
    code, wall, peak = measured(
        [storyline, "eval", task, path, "--json", "--predictions", predictions, "--repeat", str(repeat),
         "--min-seconds", str(min_seconds)], stdout)
    if code != 0:
        return None
    with open(stdout) as handle:
        own = json.load(handle)
    scores = score(read_predictions(predictions), gold)
    # The same scorer as the peers'; Storyline's own figure must agree.
    if abs(own["scores"]["pairF1"] - scores["pair_f1"]) > 1e-9 or abs(own["scores"]["nmi"] - scores["nmi"]) > 1e-9:
        log(f"  warning: storyline's own scores differ from scoring.py on {path}")
    return {"system": "storyline", "label": "Storyline", "items": len(gold),
            "seconds": own["seconds"], "wall": wall, "peak": own.get("peakResidentBytes") or peak, "scores": scores}


def run_peer(system, label, path, work, gold, param, repeat, min_seconds):
    predictions = os.path.join(work, f"{system}-{os.path.basename(path)}.predictions.jsonl")
    result = predictions + ".result.json"
    command = [sys.executable, os.path.join(HERE, "peers.py"), system, path, predictions, result,
               "--repeat", str(repeat), "--min-seconds", str(min_seconds)]
    if param is not None:
        command += ["--param", str(param)]
        label = f"{label}, t={param}"
    code, wall, peak = measured(command, predictions + ".out")
    if code != 0:
        return None
    with open(result) as handle:
        own = json.load(handle)
    return {"system": system, "label": label, "items": len(gold), "seconds": own["seconds"], "wall": wall,
            "peak": own.get("peak") or peak, "scores": score(read_predictions(predictions), gold)}


def run_pipeline(storyline, path, work):
    """The whole `storyline analyze` (reading, copies, events, dates, quotes, entities): wall time of the process."""
    code, wall, peak = measured([storyline, "analyze", path, "--json"], os.path.join(work, "analyze.out"))
    return None if code != 0 else {"wall": wall, "peak": peak}


def run_floor(storyline, path, work):
    out = os.path.join(work, "floor.out")
    code, _, peak = measured([storyline, "bench", "floor", path, "--json"], out)
    if code != 0:
        return None
    with open(out) as handle:
        floor = json.load(handle)
    floor["peak"] = floor.get("peakResidentBytes") or peak
    return floor


def combined(rounds):
    """One system's rounds as one entry: the median of their times (each itself a median of runs), the highest
    peak; None when any round failed. The per-round times are kept under "rounds"."""
    if not rounds or any(entry is None for entry in rounds):
        return None
    entry = dict(rounds[0])
    entry["rounds"] = [round_entry["seconds"] for round_entry in rounds]
    entry["seconds"] = statistics.median(entry["rounds"])
    entry["wall"] = statistics.median(round_entry["wall"] for round_entry in rounds)
    entry["peak"] = max(round_entry["peak"] for round_entry in rounds)
    return entry


def rate(row):
    return row["items"] / row["seconds"] if row and row["seconds"] > 0 else 0.0


def quality(task, scores):
    if task == "copies":
        return f"pair F1 {scores['pair_f1']:.3f}"
    return f"B3 F1 {scores['bcubed_f1']:.3f}  NMI {scores['nmi']:.3f}"


def delta(task, mine, theirs):
    if task == "copies":
        return f"F1 {mine['pair_f1'] - theirs['pair_f1']:+.3f}"
    return f"B3 {mine['bcubed_f1'] - theirs['bcubed_f1']:+.3f} NMI {mine['nmi'] - theirs['nmi']:+.3f}"


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as handle:
            memory = f", {int(handle.readline().split()[1]) / 1048576:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("datasketch", "rensa", "scikit-learn", "numpy")
    )
    return (f"{datetime.date.today().isoformat()} · {platform.system()} {platform.release()} · {cpu} · "
            f"{os.cpu_count()} cores{memory} · Python {platform.python_version()} · {versions}")


def table(rows):
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for number, row in enumerate(rows):
        cells = [str(c).rjust(widths[i]) if i in (3, 4, 5, 6) else str(c).ljust(widths[i]) for i, c in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if number == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--storyline", required=True, help="the storyline executable (release build)")
    parser.add_argument("--data", required=True, help="the shared data folder (../shared/data)")
    parser.add_argument("--work", default=None, help="scratch folder for predictions (default: a temporary one)")
    parser.add_argument("--json", default=None, help="also write every measurement to this JSON file")
    parser.add_argument("--repeat", type=int, default=5,
                        help="time every system at least this many times on each file and keep the median (default 5)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="let the systems take turns this many times on each file (default 3); each system's "
                             "time is the median of its rounds, and --repeat and --min-seconds are shared out "
                             "over the rounds")
    parser.add_argument("--min-seconds", type=float, default=1.0,
                        help="and keep timing each system until its runs add up to this many seconds (default 1), "
                             "so that a run of a few milliseconds is timed often enough to be steady")
    args = parser.parse_args()
    work = args.work or os.path.join(os.environ.get("TMPDIR", "/tmp"), f"storyline-compare-{os.getpid()}")
    os.makedirs(work, exist_ok=True)

    log("tuning the event peers on the training split …")
    thresholds = tune(args.data, work)
    header = ["task", "system", "quality", "articles/s", "peak MB", "speed ×", "memory ×", "quality Δ"]
    rows = [header]
    results = {"machine": machine(), "thresholds": thresholds, "tasks": []}
    targets = []
    event_peers = {}  # dataset → system → (peer entry, Storyline entry), for issue 9's targets
    for task, dataset, relative in TASKS:
        path = os.path.join(args.data, relative)
        if not os.path.exists(path):
            log(f"skipping {dataset}: {path} is absent")
            continue
        gold = read_labelled(path)
        name = f"{task} ({dataset}, {len(gold)})"
        peers = COPY_PEERS if task == "copies" else EVENT_PEERS
        # Systems take turns, round after round, so that a slow spell of a shared machine falls on all of them;
        # each keeps the median of its rounds.
        repeat = max(3, -(-args.repeat // args.rounds))
        min_seconds = args.min_seconds / args.rounds
        mine_rounds = []
        peer_rounds = {system: [] for system, _ in peers}
        for turn in range(args.rounds):
            log(f"{name}: round {turn + 1} of {args.rounds}: storyline …")
            mine_rounds.append(run_storyline(args.storyline, task, path, work, gold, repeat, min_seconds))
            for system, label in peers:
                log(f"{name}: round {turn + 1} of {args.rounds}: {system} …")
                peer_rounds[system].append(run_peer(system, label, path, work, gold, thresholds.get(system), repeat,
                                                    min_seconds))
        mine = combined(mine_rounds)
        entries = [combined(peer_rounds[system]) for system, _ in peers]
        pipeline = run_pipeline(args.storyline, path, work)
        floor = run_floor(args.storyline, path, work)
        results["tasks"].append({"task": task, "dataset": dataset, "file": relative, "storyline": mine,
                                 "peers": entries, "pipeline": pipeline, "floor": floor})
        if mine:
            rows.append([name, mine["label"], quality(task, mine["scores"]), f"{rate(mine):.0f}",
                         f"{mine['peak'] / 1048576:.0f}", "", "", ""])
        for entry in entries:
            if not entry:
                continue
            ratio = f"{rate(mine) / rate(entry):.1f}×" if mine and rate(entry) > 0 else "-"
            memory = f"{entry['peak'] / mine['peak']:.1f}×" if mine else "-"
            rows.append(["", entry["label"], quality(task, entry["scores"]), f"{rate(entry):.0f}",
                         f"{entry['peak'] / 1048576:.0f}", ratio, memory,
                         delta(task, mine["scores"], entry["scores"]) if mine else "-"])
            if mine and entry["system"] in ("datasketch-3", "agglomerative"):
                targets.append((name, entry, mine))
            if mine and task == "events":
                event_peers.setdefault(dataset, {})[entry["system"]] = (entry, mine)
        if pipeline:
            items = len(gold)
            rows.append(["", "Storyline analyze (whole pipeline)", "",
                         f"{items / pipeline['wall']:.0f}", f"{pipeline['peak'] / 1048576:.0f}", "", "", ""])
        if floor:
            rows.append(["", "floor: read + split into words", "",
                         f"{floor['articlesPerSecond']:.0f}", f"{floor['peak'] / 1048576:.0f}", "", "", ""])
            if pipeline:
                results["tasks"][-1]["pipeline_over_floor"] = floor["articlesPerSecond"] / (len(gold) / pipeline["wall"])

    print(f"Storyline vs peers — {results['machine']}")
    print(f"Event peer thresholds tuned on {TUNING_FILE}: {thresholds}")
    print(f"articles/s: texts in memory → one group per article (reading and process start excluded); the systems "
          f"take turns {args.rounds} times on each file, each turn timing a system at least "
          f"{max(3, -(-args.repeat // args.rounds))} times and until {args.min_seconds / args.rounds:.2g} s have passed, "
          "and each system's figure is the median of its turns' medians; the whole pipeline row is `storyline "
          "analyze` end to end (wall time of the process, reading included); the floor is `storyline bench floor` "
          "(read the file, find every word).")
    print("peak MB: peak resident memory of the process (VmHWM). speed × = Storyline's articles/s ÷ the peer's; "
          "memory × = the peer's peak ÷ Storyline's; quality Δ = Storyline − peer.")
    print()
    print(table(rows))
    print()
    print("Targets (issue 8):")
    for name, entry, mine in targets:
        speed = rate(mine) / rate(entry) if rate(entry) > 0 else 0
        if name.startswith("copies"):
            better = mine["scores"]["pair_f1"] > entry["scores"]["pair_f1"]
            print(f"  {name}: {speed:.1f}× {entry['system']} articles/s (want ≥ 20×), higher pair F1: "
                  f"{'yes' if better else 'no'} → {'PASS' if speed >= 20 and better else 'FAIL'}")
        else:
            better = mine["scores"]["nmi"] > entry["scores"]["nmi"]
            print(f"  {name}: {speed:.1f}× {entry['system']} articles/s (want ≥ 5×), higher NMI: "
                  f"{'yes' if better else 'no'} → {'PASS' if speed >= 5 and better else 'FAIL'}")
    for entry in results["tasks"]:
        if "pipeline_over_floor" in entry:
            ratio = entry["pipeline_over_floor"]
            print(f"  {entry['task']} ({entry['dataset']}): whole pipeline is {ratio:.1f}× the read-and-split "
                  f"floor (want ≤ 10×) → {'PASS' if ratio <= 10 else 'FAIL'}")
    print_issue9_targets(event_peers)
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(results, handle, indent=2)


def print_issue9_targets(event_peers):
    """Issue 9's own bars: ECB+ dev BCubed F1 ≥ 0.95; MStream News NMI ≥ 0.92, ≥ 50× agglomerative and ≥ 5×
    single-pass articles/s, at higher NMI than each."""
    if not event_peers:
        return
    print("Targets (issue 9):")
    for dataset, systems in event_peers.items():
        mine = next(iter(systems.values()))[1]
        if dataset.startswith("ecbplus"):
            f1 = mine["scores"]["bcubed_f1"]
            print(f"  events ({dataset}): BCubed F1 {f1:.3f} (want ≥ 0.95, input order) → "
                  f"{'PASS' if f1 >= 0.95 else 'FAIL'}")
        if dataset.startswith("mstream"):
            nmi = mine["scores"]["nmi"]
            print(f"  events ({dataset}): NMI {nmi:.3f} (want ≥ 0.92) → {'PASS' if nmi >= 0.92 else 'FAIL'}")
            for system, want in (("agglomerative", 50), ("single-pass", 5)):
                if system not in systems:
                    continue
                entry = systems[system][0]
                speed = rate(mine) / rate(entry) if rate(entry) > 0 else 0
                better = nmi > entry["scores"]["nmi"]
                print(f"  events ({dataset}): {speed:.1f}× {system} articles/s (want ≥ {want}×), higher NMI: "
                      f"{'yes' if better else 'no'} → {'PASS' if speed >= want and better else 'FAIL'}")


if __name__ == "__main__":
    main()
