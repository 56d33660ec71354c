"""The peers scripts/compare runs against Storyline, each in its own process so its peak memory is its own.

Usage (what compare.py runs): python peers.py SYSTEM INPUT.jsonl PREDICTIONS.jsonl RESULT.json [--param VALUE]
                                                [--repeat N] [--min-seconds S]
                              python peers.py tune TRAIN.jsonl RESULT.json

Every peer reads the labelled file (labels are not used), then times only the work from texts in memory to one
group per article (tokenising, hashing or vectorising included), N times keeping the median (as Storyline's
`eval --repeat`), writes the groups as {"id","group"} lines and its timing as JSON. Scoring happens elsewhere (scoring.py), identically for every system.
"""

import json
import re
import sys
import time

from scoring import UnionFind, read_labelled, write_predictions

WORD = re.compile(r"\w+")


def shingles(text, n):
    words = WORD.findall(text.lower())
    if len(words) < n:
        return [" ".join(words)] if words else [""]
    return [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]


def rensa_bands(threshold, num_perm):
    """Bands for rensa, which needs them to divide num_perm: among the divisors, the one datasketch's own criterion
    (equal-weight false positive + false negative probability at the threshold) likes best."""
    from datasketch.lsh import _false_negative_probability, _false_positive_probability

    def error(bands):
        rows = num_perm // bands
        return _false_positive_probability(threshold, bands, rows) + _false_negative_probability(
            threshold, bands, rows
        )

    return min((b for b in range(1, num_perm + 1) if num_perm % b == 0), key=error)


def datasketch_copies(texts, n, threshold, num_perm=128):
    """datasketch MinHash + MinHashLSH, online: query, verify by estimated Jaccard, insert."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    groups = UnionFind(len(texts))
    hashes = []
    for index, text in enumerate(texts):
        m = MinHash(num_perm=num_perm)
        m.update_batch([s.encode("utf-8") for s in shingles(text, n)])
        for other in lsh.query(m):
            if hashes[other].jaccard(m) >= threshold:
                groups.union(other, index)
        lsh.insert(index, m)
        hashes.append(m)
    return [groups.find(i) for i in range(len(texts))]


def rensa_copies(texts, n, threshold, num_perm=128):
    """rensa RMinHash + RMinHashLSH, the same online query-verify-insert loop as datasketch."""
    from rensa import RMinHash, RMinHashLSH

    bands = rensa_bands(threshold, num_perm)
    lsh = RMinHashLSH(threshold=threshold, num_perm=num_perm, num_bands=bands)
    groups = UnionFind(len(texts))
    hashes = []
    for index, text in enumerate(texts):
        m = RMinHash(num_perm=num_perm, seed=42)
        m.update(shingles(text, n))
        for other in lsh.query(m):
            if other != index and hashes[other].jaccard(m) >= threshold:
                groups.union(other, index)
        lsh.insert(index, m)
        hashes.append(m)
    return [groups.find(i) for i in range(len(texts))]


def vectorizer():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english", sublinear_tf=True)


def agglomerative_events(texts, distance_threshold):
    """TF-IDF + average-link agglomerative clustering on cosine distance, cut at a tuned distance."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.metrics.pairwise import cosine_distances

    matrix = vectorizer().fit_transform(texts)
    distances = cosine_distances(matrix)
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=distance_threshold
    )
    return model.fit_predict(distances).tolist()


def single_pass_events(texts, threshold):
    """Single-pass clustering in stream order: join the most similar TF-IDF centroid if cosine ≥ threshold, else
    open a new cluster (the classic online event-detection baseline). Centroid sums are kept column-major with
    their squared norms updated incrementally, so each article costs O(its terms × clusters), not O(vocabulary):
    the fast way to write this peer, as a user would."""
    import math

    import numpy as np

    matrix = vectorizer().fit_transform(texts).tocsr().astype(np.float32)
    capacity = 256
    sums = np.zeros((matrix.shape[1], capacity), dtype=np.float32)  # term × cluster
    norms = np.zeros(capacity, dtype=np.float32)
    squared = np.zeros(capacity, dtype=np.float64)
    clusters = 0
    labels = []
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    for row in range(matrix.shape[0]):
        columns, values = indices[indptr[row]:indptr[row + 1]], data[indptr[row]:indptr[row + 1]]
        best = -1
        if clusters and len(columns):
            scores = values @ sums[columns, :clusters] / np.maximum(norms[:clusters], 1e-9)
            candidate = int(np.argmax(scores))
            if scores[candidate] >= threshold:
                best = candidate
        if best < 0:
            if clusters == capacity:
                capacity *= 2
                sums = np.concatenate([sums, np.zeros_like(sums)], axis=1)
                norms = np.concatenate([norms, np.zeros_like(norms)])
                squared = np.concatenate([squared, np.zeros_like(squared)])
            best = clusters
            clusters += 1
        column = sums[columns, best]
        squared[best] += 2 * float(column @ values) + float(values @ values)
        sums[columns, best] = column + values
        norms[best] = math.sqrt(max(squared[best], 0.0))
        labels.append(best)
    return labels


SYSTEMS = {
    "datasketch-3": lambda texts, p: datasketch_copies(texts, 3, p if p is not None else 0.3),
    "datasketch-5": lambda texts, p: datasketch_copies(texts, 5, p if p is not None else 0.5),
    "rensa-3": lambda texts, p: rensa_copies(texts, 3, p if p is not None else 0.3),
    "rensa-5": lambda texts, p: rensa_copies(texts, 5, p if p is not None else 0.5),
    "agglomerative": lambda texts, p: agglomerative_events(texts, p),
    "single-pass": lambda texts, p: single_pass_events(texts, p),
}


def tune(source, result):
    """Thresholds for the event peers that maximise mean(BCubed F1, NMI) on a training file."""
    from scoring import cluster_scores

    rows = read_labelled(source)
    texts = [text for _, text, _ in rows]
    gold = [label for _, _, label in rows]
    grids = {
        "agglomerative": [round(0.5 + 0.025 * i, 3) for i in range(20)],
        "single-pass": [round(0.05 + 0.025 * i, 3) for i in range(23)],
    }
    chosen = {}
    for system, grid in grids.items():
        best = None
        for value in grid:
            s = cluster_scores(SYSTEMS[system](texts, value), gold)
            objective = (s["bcubed_f1"] + s["nmi"]) / 2
            if best is None or objective > best[0]:
                best = (objective, value)
        chosen[system] = {"threshold": best[1], "objective": best[0]}
    with open(result, "w") as handle:
        json.dump(chosen, handle)


def main(argv):
    if argv[0] == "tune":
        tune(argv[1], argv[2])
        return
    system, source, predictions, result = argv[:4]
    param = float(argv[argv.index("--param") + 1]) if "--param" in argv else None
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 1
    min_seconds = float(argv[argv.index("--min-seconds") + 1]) if "--min-seconds" in argv else 0.0
    rows = read_labelled(source)
    texts = [text for _, text, _ in rows]
    # Timed `repeat` times and until the runs add up to `min_seconds`, keeping the median, as Storyline's
    # `eval --repeat --min-seconds` does.
    times = []
    while len(times) < max(1, repeat) or (sum(times) < min_seconds and len(times) < 10_000):
        start = time.perf_counter()
        labels = SYSTEMS[system](texts, param)
        times.append(time.perf_counter() - start)
    seconds = sorted(times)[len(times) // 2]
    write_predictions(predictions, [item for item, _, _ in rows], labels)
    with open(result, "w") as handle:
        json.dump({"system": system, "items": len(rows), "seconds": seconds, "param": param, "peak": peak()}, handle)


def peak():
    """Peak resident bytes of this process (VmHWM), or None off Linux."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


if __name__ == "__main__":
    main(sys.argv[1:])
