"""The one scorer every system in scripts/compare goes through: predicted groups against gold labels.

Definitions match Storyline's ClusterScores (and scikit-learn where it has them): pairwise precision/recall/F1
over item pairs put together, BCubed precision/recall/F1 averaged over items, and NMI with arithmetic-mean
normalisation (scikit-learn's default).
"""

import json
import math
from collections import Counter


def read_labelled(path):
    """Records (id, text, label) of a labelled JSON Lines file, in file order."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.strip()
            if not line:
                continue
            record = json.loads(line)
            stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            rows.append((str(record.get("id", f"{stem}:{number}")), record["text"], str(record["label"])))
    return rows


def read_predictions(path):
    """{id: group} from a JSON Lines file of {"id", "group"}."""
    groups = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                groups[str(record["id"])] = str(record["group"])
    return groups


def write_predictions(path, ids, groups):
    with open(path, "w", encoding="utf-8") as handle:
        for item, group in zip(ids, groups):
            handle.write(json.dumps({"id": item, "group": str(group)}) + "\n")


def score(predicted_by_id, gold_rows):
    """Scores {id: group} against [(id, text, label)]. Items without a prediction count as singletons."""
    predicted = [predicted_by_id.get(item, f"missing:{item}") for item, _, _ in gold_rows]
    gold = [label for _, _, label in gold_rows]
    return cluster_scores(predicted, gold)


def cluster_scores(predicted, gold):
    n = len(gold)
    joint = Counter(zip(predicted, gold))
    p_sizes = Counter(predicted)
    g_sizes = Counter(gold)

    def pairs(k):
        return k * (k - 1) / 2

    together = sum(pairs(c) for c in joint.values())
    predicted_pairs = sum(pairs(c) for c in p_sizes.values())
    gold_pairs = sum(pairs(c) for c in g_sizes.values())
    pair_p = together / predicted_pairs if predicted_pairs else 1.0
    pair_r = together / gold_pairs if gold_pairs else 1.0

    bp = sum(joint[(p, g)] / p_sizes[p] for p, g in zip(predicted, gold)) / n if n else 1.0
    br = sum(joint[(p, g)] / g_sizes[g] for p, g in zip(predicted, gold)) / n if n else 1.0

    mutual = sum(c / n * math.log(n * c / (p_sizes[p] * g_sizes[g])) for (p, g), c in joint.items())

    def entropy(sizes):
        return -sum(s / n * math.log(s / n) for s in sizes.values())

    hp, hg = entropy(p_sizes), entropy(g_sizes)
    nmi = 1.0 if hp == 0 and hg == 0 else (mutual / ((hp + hg) / 2) if hp + hg > 0 else 0.0)
    return {
        "items": n,
        "predicted_clusters": len(p_sizes),
        "gold_clusters": len(g_sizes),
        "pair_precision": pair_p,
        "pair_recall": pair_r,
        "pair_f1": harmonic(pair_p, pair_r),
        "bcubed_precision": bp,
        "bcubed_recall": br,
        "bcubed_f1": harmonic(bp, br),
        "nmi": nmi,
    }


def harmonic(a, b):
    return 0.0 if a + b == 0 else 2 * a * b / (a + b)


class UnionFind:
    """Disjoint sets over 0..n-1: copy pairs into copy groups."""

    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
