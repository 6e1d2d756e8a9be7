"""Vector search over L2-normalized embeddings: exact below a size, HNSW above it."""

from __future__ import annotations

import numpy as np

EXACT_LIMIT = 50_000


class VectorIndex:
    def __init__(self, vectors: np.ndarray, *, exact_limit: int = EXACT_LIMIT, ef: int = 128):
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.size = len(self.vectors)
        self._hnsw = None
        if self.size > exact_limit:
            import hnswlib

            index = hnswlib.Index(space="ip", dim=self.vectors.shape[1])
            index.init_index(max_elements=self.size, ef_construction=200, M=16)
            index.add_items(self.vectors, np.arange(self.size))
            index.set_ef(ef)
            self._hnsw = index

    def top(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        if self.size == 0:
            return []
        k = min(k, self.size)
        q = np.asarray(query, dtype=np.float32).reshape(1, -1)
        if self._hnsw is not None:
            labels, distances = self._hnsw.knn_query(q, k=k)
            return [(int(i), float(1.0 - d)) for i, d in zip(labels[0], distances[0], strict=True)]
        scores = self.vectors @ q[0]
        part = np.argpartition(-scores, k - 1)[:k] if k < self.size else np.arange(self.size)
        order = part[np.argsort(-scores[part], kind="stable")]
        return [(int(i), float(scores[i])) for i in order]

    def neighbours(self, k: int, batch: int = 4096) -> tuple[np.ndarray, np.ndarray]:
        """For every vector, its k nearest others: (indices, similarities), each (n, k)."""
        k = min(k, max(self.size - 1, 0))
        if k == 0:
            return np.zeros((self.size, 0), dtype=np.int64), np.zeros((self.size, 0), dtype=np.float32)
        if self._hnsw is not None:
            labels, distances = self._hnsw.knn_query(self.vectors, k=k + 1)
            return labels[:, 1:].astype(np.int64), (1.0 - distances[:, 1:]).astype(np.float32)
        idx = np.zeros((self.size, k), dtype=np.int64)
        sims = np.zeros((self.size, k), dtype=np.float32)
        for start in range(0, self.size, batch):
            block = self.vectors[start : start + batch] @ self.vectors.T
            rows = np.arange(block.shape[0])
            block[rows, rows + start] = -np.inf
            part = np.argpartition(-block, k - 1, axis=1)[:, :k]
            vals = np.take_along_axis(block, part, axis=1)
            order = np.argsort(-vals, axis=1)
            idx[start : start + batch] = np.take_along_axis(part, order, axis=1)
            sims[start : start + batch] = np.take_along_axis(vals, order, axis=1)
        return idx, sims
