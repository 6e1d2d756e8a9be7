"""The search index over duty clauses: BM25 + dense vectors, fused by reciprocal rank.

Built from the store's clauses and rebuilt when the store's revision changes. Clause
embeddings come through the content-hash cache, so a rebuild after an ingest embeds only
the new clauses.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

from kg.index.cache import EmbeddingCache
from kg.index.lexical import BM25Index
from kg.index.vectors import VectorIndex

RRF_K = 60


@dataclass
class Hit:
    clause_id: str
    score: float  # fused (reciprocal rank) score
    lexical: float  # BM25 score, 0 when the words do not match
    dense: float  # cosine similarity of the embeddings


class ClauseIndex:
    def __init__(self, ids: list[str], texts: list[str], embedder: Any, *, cache: EmbeddingCache | None = None,
                 vectors: np.ndarray | None = None):
        self.ids = ids
        self.texts = texts
        self.position = {cid: i for i, cid in enumerate(ids)}
        self.embedder = embedder
        self.lexical = BM25Index(texts)
        if vectors is None:
            vectors = embed_passages(embedder, texts, cache)
        self.vectors = vectors
        self.dense = VectorIndex(vectors)

    @property
    def centered(self) -> np.ndarray:
        """Clause vectors minus their mean, renormalized. Clauses share a template (负责全县…
        工作), which puts every pair of them close together in e5's space; removing the
        common direction leaves what a clause is about (see BENCHMARKS.md, calibration)."""
        if getattr(self, "_centered", None) is None:
            if len(self.vectors) == 0:
                self._centered = self.vectors
            else:
                c = self.vectors - self.vectors.mean(axis=0, keepdims=True)
                norms = np.linalg.norm(c, axis=1, keepdims=True)
                self._centered = (c / np.maximum(norms, 1e-9)).astype(np.float32)
        return self._centered

    def search(self, query: str, k: int = 50) -> list[Hit]:
        lexical = self.lexical.top(query, k)
        qvec = self.embedder.embed([query], kind="query")[0]
        dense = self.dense.top(qvec, k)
        fused: dict[int, float] = {}
        for rank, (i, _) in enumerate(lexical):
            fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        for rank, (i, _) in enumerate(dense):
            fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        lex = dict(lexical)
        den = dict(dense)
        hits = []
        for i, score in fused.items():
            cos = den.get(i)
            if cos is None:
                cos = float(self.vectors[i] @ qvec)
            hits.append(Hit(self.ids[i], score, lex.get(i, 0.0), cos))
        hits.sort(key=lambda h: -h.score)
        return hits


def embed_passages(embedder: Any, texts: list[str], cache: EmbeddingCache | None) -> np.ndarray:
    if not texts:
        return np.zeros((0, getattr(embedder, "dim", 1)), dtype=np.float32)
    if cache is None:
        return np.asarray(embedder.embed(texts, kind="passage"), dtype=np.float32)
    return cache.embed(texts, lambda batch: embedder.embed(batch, kind="passage"))


class IndexRegistry:
    """One ClauseIndex per store, rebuilt lazily when the store's revision moves."""

    def __init__(self, embedder: Any, *, use_cache: bool = True):
        self.embedder = embedder
        self.cache = EmbeddingCache(embedder.name) if use_cache else None
        self._lock = threading.Lock()
        self._built: dict[int, tuple[int, ClauseIndex]] = {}

    def index_for(self, store: Any) -> ClauseIndex:
        with self._lock:
            key = id(store)
            current = self._built.get(key)
            if current is not None and current[0] == store.revision:
                return current[1]
            clauses = store.clauses()
            index = ClauseIndex([c.id for c in clauses], [c.text for c in clauses], self.embedder, cache=self.cache)
            self._built[key] = (store.revision, index)
            return index


_default: IndexRegistry | None = None


def default_registry() -> IndexRegistry:
    """The process-wide registry using ``kg.index.embedder.default_embedder()``."""
    global _default
    if _default is None:
        from kg.index.embedder import default_embedder

        embedder = default_embedder()
        _default = IndexRegistry(embedder, use_cache=embedder.name != "hash-ngram-256")
    return _default


def set_default_registry(registry: IndexRegistry | None) -> None:
    global _default
    _default = registry
