"""MinHash with LSH banding, vectorized with numpy, for copy-paste duty clauses.

Clauses copied between 三定 documents differ by a few characters; character 3-gram
shingles and MinHash find them in near-linear time, independently of the embedding model.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

_PRIME = np.uint64((1 << 61) - 1)
_MASK32 = np.uint64(0xFFFFFFFF)


def shingles(text: str, n: int = 3) -> np.ndarray:
    text = "".join(ch for ch in text if not ch.isspace())
    if len(text) <= n:
        grams = [text]
    else:
        grams = [text[i : i + n] for i in range(len(text) - n + 1)]
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in set(grams)), dtype=np.uint64)


def signatures(texts: Sequence[str], num_perm: int = 64, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    a = rng.integers(1, (1 << 31) - 1, size=num_perm, dtype=np.uint64)
    b = rng.integers(0, (1 << 31) - 1, size=num_perm, dtype=np.uint64)
    out = np.empty((len(texts), num_perm), dtype=np.uint32)
    for i, text in enumerate(texts):
        sh = shingles(text)
        # (a*x + b) mod p, truncated to 32 bits; x < 2^32 and a < 2^31 keep it inside uint64
        hashed = ((sh[:, None] * a[None, :] + b[None, :]) % _PRIME) & _MASK32
        out[i] = hashed.min(axis=0)
    return out


def candidate_pairs(sig: np.ndarray, bands: int = 16) -> np.ndarray:
    """Index pairs (i < j) that share at least one band: shape (m, 2), unique."""
    n, num_perm = sig.shape
    rows = num_perm // bands
    found: list[np.ndarray] = []
    for band in range(bands):
        block = np.ascontiguousarray(sig[:, band * rows : (band + 1) * rows])
        keys = block.view(np.dtype((np.void, block.dtype.itemsize * rows))).ravel()
        order = np.argsort(keys, kind="stable")
        sorted_keys = keys[order]
        boundaries = np.flatnonzero(sorted_keys[1:] != sorted_keys[:-1]) + 1
        starts = np.concatenate(([0], boundaries))
        ends = np.concatenate((boundaries, [n]))
        for s, e in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
            members = np.sort(order[s:e])
            if len(members) > 50:  # a boilerplate bucket: keep neighbours only
                pairs = np.stack([members[:-1], members[1:]], axis=1)
            else:
                ii, jj = np.triu_indices(len(members), k=1)
                pairs = np.stack([members[ii], members[jj]], axis=1)
            found.append(pairs)
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(found).astype(np.int64), axis=0)


def estimated_jaccard(sig: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    if len(pairs) == 0:
        return np.zeros(0, dtype=np.float32)
    return (sig[pairs[:, 0]] == sig[pairs[:, 1]]).mean(axis=1).astype(np.float32)
