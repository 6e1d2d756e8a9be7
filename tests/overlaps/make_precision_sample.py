"""Write tests/overlaps/precision_sample.yaml: a random sample (fixed seed) of the overlap
candidates on the bundled data (sample county + ../shared corpus and seeds), as pairs of
clauses WITHOUT scores, model or rank, for a reader to label yes/no before any bar is chosen.

The pool is every candidate clause pair listed by either model (hash fake, default e5) at a
floor below any bar considered (hash 0.40, e5 0.50), at several dates, in every
jurisdiction; 职责分工 pairs are candidates too. Run once; labels are then written by hand
into the file (label: 是 / 否) and committed before the bars are chosen.

    python3 -m tests.overlaps.make_precision_sample

``--grow N`` (12-06, with the 共同事项 source) draws N more pairs from the pool as it is now, leaving
out the pairs already in the file (seed GROW_SEED), and appends them unlabelled (label: null,
grade: null) for a reader to label the same way before looking at any score:

    python3 -m tests.overlaps.make_precision_sample --grow 19
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "precision_sample.yaml"
SEED = 20261204
GROW_SEED = 20261206
SIZE = 60
DATES = ("2008-06-30", "2013-06-30", "2017-06-30", "2019-06-30", "2024-06-30")
FLOORS = {"hash": 0.40, "model": 0.50}


def pool_key(jurisdiction: str, a_unit: str, a_text: str, b_unit: str, b_text: str) -> tuple[str, ...]:
    (ua, ta), (ub, tb) = sorted(((a_unit, a_text), (b_unit, b_text)))
    return (jurisdiction, ua, ta, ub, tb)


def build_store(where: Path):  # type: ignore[no-untyped-def]
    from ingest.pipeline import ingest_paths
    from kg.paths import shared_dir
    from kg.stores.networkx_store import NetworkxStore

    store = NetworkxStore(where / "kg")
    shared = shared_dir()
    ingest_paths(store, [REPO / "samples" / "示例县", shared / "corpus", shared / "seeds"])
    return store


def candidates(store, kind: str) -> dict[tuple[str, ...], dict]:  # type: ignore[no-untyped-def]
    from kg.index.clause_index import IndexRegistry
    from kg.index.embedder import HashEmbedder, default_embedder
    from queries.overlaps import duplicated_functions

    embedder = HashEmbedder() if kind == "hash" else default_embedder()
    index = IndexRegistry(embedder).index_for(store)
    out: dict[tuple[str, ...], dict] = {}
    for day in DATES:
        result = duplicated_functions(store, at=day, index=index, limit=None, confidence="低", min_score=FLOORS[kind])
        for p in result["pairs"]:
            c = p["clauses"][0]
            a_unit, b_unit = p["units"][0]["name"], p["units"][1]["name"]
            key = pool_key(p["jurisdiction"], a_unit, c["a"]["text"], b_unit, c["b"]["text"])
            out.setdefault(key, {"jurisdiction": p["jurisdiction"], "date": day})
    return out


def _pool(kinds: list[str]) -> dict[tuple[str, ...], dict]:
    with tempfile.TemporaryDirectory() as tmp:
        store = build_store(Path(tmp))
        pool: dict[tuple[str, ...], dict] = {}
        for kind in kinds:
            for key, where in candidates(store, kind).items():
                pool.setdefault(key, where)
        store.close()
    return pool


def grow(size: int) -> None:
    """Append ``size`` unlabelled pairs of today's pool that the file does not hold yet."""
    data = yaml.safe_load(OUT.read_text(encoding="utf-8"))
    have = {pool_key(i["jurisdiction"], i["a"]["unit"], i["a"]["clause"], i["b"]["unit"], i["b"]["clause"])
            for i in data["items"]}
    pool = _pool(["hash", "model"])
    keys = sorted(k for k in pool if k not in have)
    random.Random(GROW_SEED).shuffle(keys)
    start = len(data["items"])
    items = []
    for n, key in enumerate(keys[:size], start + 1):
        jurisdiction, ua, ta, ub, tb = key
        items.append({"id": f"p{n:03d}", "jurisdiction": jurisdiction, "date": pool[key]["date"],
                      "a": {"unit": ua, "clause": ta}, "b": {"unit": ub, "clause": tb}, "label": None, "grade": None})
    with OUT.open("a", encoding="utf-8") as f:
        f.write(f"# 12-06: {len(items)} pairs drawn from today's pool ({len(keys)} pairs not in the file; "
                f"seed {GROW_SEED}), labelled by reading the two clauses before any score was looked at.\n")
        f.write(yaml.safe_dump(items, allow_unicode=True, sort_keys=False, width=1000))
    print(f"pool {len(keys)} new, appended {len(items)} -> {OUT}")


def main() -> None:
    if sys.argv[1:2] == ["--grow"]:
        grow(int(sys.argv[2]))
        return
    kinds = sys.argv[1:] or ["hash", "model"]
    pool = _pool(kinds)
    keys = sorted(pool)
    random.Random(SEED).shuffle(keys)
    items = []
    for n, key in enumerate(keys[:SIZE], 1):
        jurisdiction, ua, ta, ub, tb = key
        items.append({"id": f"p{n:03d}", "jurisdiction": jurisdiction, "date": pool[key]["date"],
                      "a": {"unit": ua, "clause": ta}, "b": {"unit": ub, "clause": tb}, "label": None})
    header = (f"# Precision sample of overlap candidates (pool: {len(keys)} clause pairs; sample: {len(items)}; "
              f"seed {SEED}).\n"
              "# No scores, no model, no rank. label: 是 (a real overlap: the two units carry the same or\n"
              "# nearly the same duty, or a 职责分工 passage divides one duty between them) / 否.\n")
    OUT.write_text(header + yaml.safe_dump({"items": items}, allow_unicode=True, sort_keys=False, width=1000),
                   encoding="utf-8")
    print(f"pool {len(keys)}, sample {len(items)} -> {OUT}")


if __name__ == "__main__":
    main()
