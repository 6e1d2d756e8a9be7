"""The search index over duty clauses: BM25 + dense vectors, fused by reciprocal rank.

Built from the store's clauses and rebuilt when the store's revision changes. Clause
embeddings come through the content-hash cache, so a rebuild after an ingest embeds only
the new clauses.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kg.index.cache import EmbeddingCache
from kg.index.clause_mean import centre_of
from kg.index.lexical import BM25Index
from kg.index.vectors import VectorIndex
from kg.revcache import RevisionCache

RRF_K = 60


@dataclass
class Hit:
    text_index: int  # which unique clause text matched
    score: float  # fused (reciprocal rank) score
    lexical: float  # BM25 score, 0 when the words do not match
    dense: float  # cosine similarity of the embeddings
    index: ClauseIndex = field(repr=False, compare=False)

    @property
    def clause_ids(self) -> list[str]:
        """Every clause with that text (expanded only when asked: a text can stand in a
        thousand places and most hits are never looked at)."""
        return self.index.clause_ids_of_text(self.text_index)

    @property
    def clause_id(self) -> str:
        """The first clause with that text."""
        return self.index.ids[int(self.index.first_clause_of_text[self.text_index])]


class ClauseIndex:
    """Search over clause texts. The same text recurs across thousands of places (county
    三定 are near-copies), so BM25, embeddings and MinHash are built over the unique
    texts and a hit expands to every clause that says it."""

    def __init__(self, ids: list[str], texts: list[str], embedder: Any, *, cache: EmbeddingCache | None = None,
                 vectors: np.ndarray | None = None):
        self.ids = ids
        self.texts = texts
        self.position = {cid: i for i, cid in enumerate(ids)}
        self.embedder = embedder
        text_id: dict[str, int] = {}
        self.text_of_clause = np.fromiter((text_id.setdefault(t, len(text_id)) for t in texts), dtype=np.int64,
                                          count=len(texts))
        self.unique_texts = list(text_id)
        order = np.argsort(self.text_of_clause, kind="stable")
        bounds = np.searchsorted(self.text_of_clause[order], np.arange(len(self.unique_texts) + 1))
        self._clauses_of_text = [order[bounds[i]:bounds[i + 1]] for i in range(len(self.unique_texts))]
        self.first_clause_of_text = order[bounds[:-1]] if len(order) else np.zeros(0, dtype=np.int64)
        self.lexical = BM25Index(self.unique_texts)
        if vectors is None:
            vectors = embed_passages(embedder, self.unique_texts, cache)
        self.text_vectors = np.asarray(vectors, dtype=np.float32)
        self.dense = VectorIndex(self.text_vectors)
        self._centered: np.ndarray | None = None
        self.centre = ""  # where the centre of text_centered comes from (set when first built)
        self._ids_of_text: dict[int, list[str]] = {}
        self._queries: dict[str, np.ndarray] = {}
        # a store that runs vector search itself (Neo4j's vector index) answers the dense part
        self.native: Any = None
        self._signatures: np.ndarray | None = None

    def clause_ids_of_text(self, text_index: int) -> list[str]:
        cached = self._ids_of_text.get(text_index)
        if cached is None:
            cached = self._ids_of_text[text_index] = [self.ids[i] for i in self._clauses_of_text[text_index]]
        return cached

    @property
    def vectors(self) -> np.ndarray:
        """One vector per clause (a view built on demand from the per-text vectors)."""
        return self.text_vectors[self.text_of_clause]

    @property
    def text_centered(self) -> np.ndarray:
        """Text vectors minus the model's fixed clause mean, renormalized. Clauses share a
        template (负责全县…工作), which puts every pair of them close together in e5's space;
        removing the common direction leaves what a clause is about. The mean is the model's
        over a fixed reference set (kg.index.clause_mean), so a pair's score does not move when
        documents are added; a model without one is centred on this store's mean (logged)."""
        if self._centered is None:
            if len(self.text_vectors) == 0:
                self._centered = self.text_vectors
            else:
                mean, self.centre = centre_of(self.embedder.name, self.text_vectors)
                c = self.text_vectors - mean[None, :]
                norms = np.linalg.norm(c, axis=1, keepdims=True)
                self._centered = (c / np.maximum(norms, 1e-9)).astype(np.float32)
        return self._centered

    @property
    def centered(self) -> np.ndarray:
        return self.text_centered[self.text_of_clause]

    @property
    def text_signatures(self) -> np.ndarray:
        """MinHash signatures of the unique texts (for copy-paste detection)."""
        if self._signatures is None:
            from kg.index.minhash import signatures

            self._signatures = signatures(self.unique_texts)
        return self._signatures

    def search(self, query: str, k: int = 50) -> list[Hit]:
        """Texts best matching ``query`` (at most k), fused by reciprocal rank."""
        lexical = self.lexical.top(query, k)
        qvec = self.query_vector(query)
        dense = self._native_top(qvec, k) if self.native is not None else self.dense.top(qvec, k)
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
                cos = float(self.text_vectors[i] @ qvec)
            hits.append(Hit(i, score, lex.get(i, 0.0), cos, self))
        hits.sort(key=lambda h: -h.score)
        return hits

    def _native_top(self, qvec: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Dense candidates found by the store's own vector index, as (text index, cosine).
        The cosine is recomputed here from the same vectors, so both backends score alike
        (Neo4j's float32 scores differ in the last digits)."""
        texts: set[int] = set()
        for clause_id, _ in self.native.search_clauses(qvec, k * 4):
            pos = self.position.get(clause_id)
            if pos is not None:
                texts.add(int(self.text_of_clause[pos]))
        scored = [(t, float(self.text_vectors[t] @ qvec)) for t in texts]
        return sorted(scored, key=lambda tc: (-tc[1], tc[0]))[:k]

    def query_vector(self, query: str) -> np.ndarray:
        """The query's embedding; the last few hundred are kept (staff ask the same
        questions again, and the web page asks once per view)."""
        cached = self._queries.get(query)
        if cached is None:
            cached = self.embedder.embed([query], kind="query")[0]
            if len(self._queries) >= 512:
                # requests run on several threads: another may have just evicted
                with contextlib.suppress(StopIteration, RuntimeError):
                    self._queries.pop(next(iter(self._queries)), None)
            self._queries[query] = cached
        return cached

    @property
    def text_count(self) -> int:
        return len(self.unique_texts)


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
        self._built: RevisionCache[ClauseIndex] = RevisionCache(self._build)

    def index_for(self, store: Any) -> ClauseIndex:
        return self._built.get(store)

    def _build(self, store: Any) -> ClauseIndex:
        clauses = store.clauses()
        index = ClauseIndex([c.id for c in clauses], [c.text for c in clauses], self.embedder, cache=self.cache)
        if getattr(store, "native_vector_search", False):
            _share_vectors(store, index)
        return index


def _share_vectors(store: Any, index: ClauseIndex) -> None:
    """Give a store with its own vector index (Neo4j) the embeddings it lacks, then let it
    answer the dense part of search. Duplicate detection stays in process: it works in
    per-jurisdiction blocks, where one index round trip per clause would only be slower."""
    missing = [cid for cid, _ in store.clauses_without_embedding() if cid in index.position]
    if missing:
        rows = index.text_of_clause[[index.position[cid] for cid in missing]]
        store.store_clause_embeddings(missing, index.text_vectors[rows])
    index.native = store


_default: IndexRegistry | None = None


def default_registry() -> IndexRegistry:
    """The process-wide registry using ``kg.index.embedder.default_embedder()``."""
    global _default
    if _default is None:
        from kg.index.embedder import HashEmbedder, default_embedder

        embedder = default_embedder()
        _default = IndexRegistry(embedder, use_cache=not isinstance(embedder, HashEmbedder))
    return _default


def set_default_registry(registry: IndexRegistry | None) -> None:
    global _default
    _default = registry
