"""Sweep the default (中) overlap bar of a model: precision on the labelled sample and dev pair
recall at each bar (a tool, not a test; blind pairs are never read).

Ingests the bundled data (sample county, ../shared corpus and seeds) once into a temporary
store, then for each bar prints precision (listed sample pairs labelled 是) and the dev pairs
the default list holds. Use it when the sample's labels or the corpus change, and write the
chosen bar with its figures into queries/overlap_bars.py and BENCHMARKS.md.

    PYTHONPATH=. python scripts/overlap_sweep.py [--hash] [--bars 0.60 0.62 ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--hash", action="store_true", help="the hash fake instead of the default model")
    ap.add_argument("--bars", type=float, nargs="*", default=[round(0.55 + 0.01 * i, 2) for i in range(21)])
    args = ap.parse_args()

    import queries.overlap_bars as ob
    from kg.index.clause_index import IndexRegistry
    from kg.index.embedder import HashEmbedder, model_embedder
    from tests.overlaps import measure

    with tempfile.TemporaryDirectory() as where:
        store = measure.corpus_store(Path(where))
        embedder = HashEmbedder() if args.hash else model_embedder()
        index = IndexRegistry(embedder, use_cache=True).index_for(store)
        bars = ob.overlap_bars(embedder.name)
        sample = measure.load_sample()
        scores = measure.sample_scores(store, index, sample, bars.low)
        gold = measure.load_gold()["pairs"]
        print(f"{embedder.name}: bars now 高 {bars.high} / 中 {bars.medium} / 低 {bars.low}")
        for bar in args.bars:
            precision, listed = measure.precision_at(sample, scores, bar)
            moved = dataclasses.replace(bars, medium=bar)
            ob._DEFAULT = moved if not args.hash else ob._DEFAULT
            if args.hash:
                ob._BARS["hash-"] = moved
            found = measure.pair_recall(store, index, gold)
            print(f"  中 {bar:.2f}: precision {precision:.2f} ({listed} listed)  dev recall {found.overall}/{found.n}")
        store.close()


if __name__ == "__main__":
    main()
