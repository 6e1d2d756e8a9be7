"""who_handles latency and duplicated_functions time on synthetic data, with baselines
run side by side in the same process: plain BM25 (rank_bm25) for search and
sentence-transformers' util.paraphrase_mining for duplicates.

    python -m bench.bench_queries --sizes 10000 100000 [--model hash]

Prints a Markdown table to paste into BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from bench.synth import TOPICS, generate
from kg.index.clause_index import ClauseIndex, EmbeddingCache
from kg.stores.networkx_store import NetworkxStore
from queries.overlaps import duplicated_functions
from queries.who_handles import who_handles

QUERIES = [f"谁负责{t}" for t in TOPICS[:20]]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(size: int, directory: Path) -> tuple[NetworkxStore, float]:
    store = NetworkxStore(directory)
    t0 = time.perf_counter()
    for facts, records in generate(size):
        store.replace_document(facts, records)
    return store, time.perf_counter() - t0


def bench(size: int, embedder, baselines: bool) -> dict:  # type: ignore[no-untyped-def]
    out: dict = {"clauses": size}
    with tempfile.TemporaryDirectory() as tmp:
        store, out["load_s"] = load(size, Path(tmp))
        clauses = store.clauses()
        texts = [c.text for c in clauses]
        cache = EmbeddingCache(embedder.name) if embedder.name != "hash-ngram-256" else None
        t0 = time.perf_counter()
        index = ClauseIndex([c.id for c in clauses], texts, embedder, cache=cache)
        out["index_s"] = time.perf_counter() - t0
        who_handles(store, QUERIES[0], index=index)  # warm-up
        lat = []
        for q in QUERIES:
            t0 = time.perf_counter()
            who_handles(store, q, at="2020", jurisdiction=None, top=10, index=index)
            lat.append((time.perf_counter() - t0) * 1000)
        out["who_p50_ms"] = statistics.median(lat)
        out["who_p95_ms"] = float(np.percentile(lat, 95))
        t0 = time.perf_counter()
        result = duplicated_functions(store, at="2020", index=index, limit=None)
        out["dup_s"] = time.perf_counter() - t0
        out["dup_pairs"] = len(result["pairs"])
        out["rss_mb"] = rss_mb()
        if baselines:
            out.update(run_baselines(texts, index))
        store.close()
    gc.collect()
    return out


def run_baselines(texts: list[str], index: ClauseIndex) -> dict:
    from rank_bm25 import BM25Okapi

    from kg.index.lexical import tokenize

    res: dict = {}
    t0 = time.perf_counter()
    bm = BM25Okapi([tokenize(t) for t in texts])
    res["bm25_build_s"] = time.perf_counter() - t0
    lat = []
    for q in QUERIES[:5]:
        t0 = time.perf_counter()
        scores = bm.get_scores(tokenize(q))
        np.argpartition(-scores, 10)[:10]
        lat.append((time.perf_counter() - t0) * 1000)
    res["bm25_p50_ms"] = statistics.median(lat)
    if len(texts) <= 100_000:
        import torch
        from sentence_transformers import util

        t0 = time.perf_counter()
        util.paraphrase_mining_embeddings(torch.from_numpy(index.vectors), top_k=10, max_pairs=500_000)
        res["paraphrase_mining_s"] = time.perf_counter() - t0
    return res


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--model", default=os.environ.get("KG_EMBED_MODEL"))
    parser.add_argument("--no-baselines", action="store_true")
    args = parser.parse_args()
    if args.model:
        os.environ["KG_EMBED_MODEL"] = args.model
    from kg.index.embedder import default_embedder

    embedder = default_embedder()
    print(f"model: {embedder.name}")
    rows = [bench(size, embedder, not args.no_baselines) for size in args.sizes]
    keys = sorted({k for r in rows for k in r}, key=lambda k: list(rows[-1]).index(k) if k in rows[-1] else 99)
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for r in rows:
        print("| " + " | ".join(f"{r[k]:.1f}" if isinstance(r.get(k), float) else str(r.get(k, "")) for k in keys) + " |")


if __name__ == "__main__":
    main()
