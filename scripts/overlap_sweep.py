"""Sweep the overlap bars of a model: precision on the labelled sample and dev pair recall at
each default (中) bar, and the sample pairs at or above each high (高, duplicate) bar (a tool,
not a test; blind pairs are never read).

Ingests the bundled data (sample county, ../shared corpus and seeds) once into a temporary
store, then for each 中 bar prints precision (listed sample pairs labelled 是) and the dev pairs
the default list holds; for each 高 bar, the sample pairs whose own clause score reaches it
(pairs a reform gathered counted by their score, not as listed) and how many are 是 and 重复.
Use it when the sample's labels, the corpus or the centring change, and write the chosen bars
with their figures into queries/overlap_bars.py and docs/overlaps.md.

    PYTHONPATH=. python scripts/overlap_sweep.py [--hash] [--bars 0.60 0.62 ...] [--high 0.70 0.72 ...]
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
    ap.add_argument("--high", type=float, nargs="*", default=[round(0.66 + 0.02 * i, 2) for i in range(13)])
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
        low = min([bars.low, *args.bars, *args.high])
        scores = measure.sample_scores(store, index, sample, low)
        own = measure.sample_scores(store, index, sample, low, gathered_listed=False)
        gold = measure.load_gold()["pairs"]
        _ = index.text_centered
        print(f"{embedder.name}: bars now 高 {bars.high} / 中 {bars.medium} / 低 {bars.low}; centre: {index.centre}")
        for bar in args.high:
            above = [i for i in sample if own.get(i["id"]) is not None and own[i["id"]] >= bar]  # type: ignore[operator]
            yes = sum(i["label"] == "是" for i in above)
            dup = sum(i["grade"] == "重复" for i in above)
            print(f"  高 {bar:.2f}: {len(above)} sample pairs at or above, {yes} 是, {dup} 重复")
        for bar in args.bars:
            precision, listed = measure.precision_at(sample, scores, bar)
            moved = dataclasses.replace(bars, medium=bar)
            if args.hash:
                ob._BARS["hash-"] = moved
            else:
                ob._DEFAULT = moved
            found = measure.pair_recall(store, index, gold)
            print(f"  中 {bar:.2f}: precision {precision:.2f} ({listed} listed)  dev recall {found.overall}/{found.n}"
                  f"  top20 {found.top20}/{found.n}")
        store.close()


if __name__ == "__main__":
    main()
