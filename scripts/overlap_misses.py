"""Why DEV overlap gold pairs are missed (a diagnostic, not a test).

    PYTHONPATH=. python3 scripts/overlap_misses.py [--model] [--store DIR] [--all]

Builds the bundled store once (the folders tests/test_overlaps_gold.py uses; kept in DIR and
reopened on the next run), then for each DEV pair of tests/overlaps/gold.yaml (the file is
filtered to ``split: dev`` in code; blind items are never printed) says whether it is listed
and, when not, why: a unit not resolved, a gold clause not in the store (extraction gap),
a clause not held by the unit at the date, the clause pair's score below the bar (with
score and shared words), not a candidate (nearest neighbours), or ranked below the top 20;
then, for each DEV reform sentence of the gold (``stated``) not found in the overlap history,
whether its units resolve and which gathering events its document yields.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _store(where: Path):  # type: ignore[no-untyped-def]
    from kg.stores.networkx_store import NetworkxStore
    from tests.overlaps import measure

    if (where / "kg").exists():
        return NetworkxStore(where / "kg")
    where.mkdir(parents=True, exist_ok=True)
    return measure.corpus_store(where)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", action="store_true", help="the default model instead of the hash fake")
    ap.add_argument("--store", default="/tmp/ovl2_store", help="where the bundled store is kept")
    ap.add_argument("--all", action="store_true", help="print found pairs too")
    args = ap.parse_args()

    from kg.dates import as_of
    from kg.index.clause_index import IndexRegistry
    from kg.index.embedder import HashEmbedder, default_embedder
    from queries.overlap_bars import overlap_bars
    from queries.overlaps import _active_holders, _shared_words, duplicated_functions
    from tests.overlaps import measure

    store = _store(Path(args.store))
    index = IndexRegistry(default_embedder() if args.model else HashEmbedder(), use_cache=args.model).index_for(store)
    bars = overlap_bars(index.embedder.name)
    print(f"model {index.embedder.name}; bars 高 {bars.high} 中 {bars.medium} 低 {bars.low}")
    gold = [g for g in measure.load_gold(("dev",))["pairs"] if g.get("split", "dev") == "dev"]
    classes: Counter[str] = Counter()
    top_classes: Counter[str] = Counter()
    cache: dict[tuple, list] = {}
    for g in gold:
        jur, at = g.get("jurisdiction"), str(g["date"]) if g.get("date") is not None else None
        key = (jur, at)
        if key not in cache:
            cache[key] = duplicated_functions(store, at=at, jurisdiction=jur, index=index, limit=None,
                                              include_lead_support=True)["pairs"]
        overall = measure.pair_listed(store, cache[key], g)
        topical = duplicated_functions(store, at=at, jurisdiction=jur, index=index, limit=None, confidence="低",
                                       include_lead_support=True, topic=g.get("topic") or None)["pairs"]
        rank = next((n for n in range(len(topical)) if measure.pair_listed(store, topical[n:n + 1], g)), None)
        top = rank is not None and rank < 20
        if overall and top and not args.all:
            classes["found"] += 1
            top_classes["found"] += 1
            continue
        why = _why(store, index, bars, g, at, jur, _active_holders, _shared_words, as_of, measure, cache[key])
        cls = "found" if overall else why[0]
        classes[cls] += 1
        tcls = "found" if top else (f"ranked below 20 (rank {rank} of {len(topical)})" if rank is not None
                                    else "topic view: " + why[0])
        top_classes["found" if top else ("ranked below 20" if rank is not None else "topic: " + why[0])] += 1
        print(f"\n{g['id']} [{jur} {at}] topic={g.get('topic')} overall={'Y' if overall else 'n'} "
              f"top20={'Y' if top else 'n'} ({tcls})")
        print(f"  A {g['a']['unit']}: {g['a']['clause']}")
        print(f"  B {g['b']['unit']}: {g['b']['clause']}")
        for line in why[1:]:
            print("   ", line)
    print("\noverall:", dict(classes))
    print("top20:", dict(top_classes))
    _stated_misses(store, measure)


def _stated_misses(store, measure) -> None:  # type: ignore[no-untyped-def]
    """Why DEV reform sentences (gold ``stated``) are missed: a gold unit not resolved, the
    sentence's document holding no dated gathering event, or events naming other givers."""
    from queries.overlap_history import GATHERING

    gold = measure.load_gold(("dev",))["stated"]
    missed = set(measure.stated_recall(store, gold).missed)
    docs = list(store.documents())
    for g in gold:
        if str(g.get("id")) not in missed:
            continue
        jur = g.get("jurisdiction")
        print(f"\n{g['id']} [{jur} before {g.get('date_before')}] {g['file']}: {g['sentence'][:60]}…")
        for name in g.get("units") or []:
            ids = measure._unit_ids(store, name, jur) or measure._unit_ids(store, name, None)
            print(f"    unit {name}: {'resolved' if ids else 'not resolved'}")
        doc = [d for d in docs if d.path and d.path.endswith(g["file"].split("/")[-1])]
        events = [e for d in doc for e in store.events() if e.prov.doc_id == d.id and e.type in GATHERING]
        if not doc:
            print("    document not in the store")
        elif not events:
            print(f"    no gathering event read from the document (dated {doc[0].date})")
        for e in events:
            givers = sorted({store.unit(u).name for u in e.inputs} | {store.unit(m.source).name for m in e.moves if m.source})
            receivers = sorted({store.unit(u).name for u in e.outputs})
            print(f"    {e.type.value} {e.date or 'undated'}: {givers} -> {receivers}")


def _why(store, index, bars, g, at, jur, active_holders, shared_words, as_of, measure, listed):  # type: ignore[no-untyped-def]
    lines: list[str] = []
    ids = [measure._unit_ids(store, g[s]["unit"], jur) for s in ("a", "b")]
    day = as_of(at)
    holders = active_holders(store, index, day, jur)
    for s in ("a", "b"):
        if not any(measure.same_text(g[s]["clause"], t) for t in index.unique_texts):
            # a 职责分工 statement is no clause: does one name the two units?
            named = [b for b in store.boundaries() if all(measure.same_text(g[x]["clause"], b.text) or
                                                          g[x]["clause"][:12] in b.text for x in ("a", "b"))]
            if not named:
                return [f"extraction gap ({s} clause not in the store)"]
            names = [[store.unit(u).name for u in b.units] for b in named]
            if not all(ids):
                return ["division statement in the store, unit not resolved",
                        f"ids a={sorted(ids[0])} b={sorted(ids[1])}; statement names {names}"]
            both = [b for b in named if set(b.units) & ids[0] and set(b.units) & ids[1]]
            if not both:
                return ["division statement does not name both resolved units", f"statement names {names}"]
            alive = {u: (store.unit(u).jurisdiction, store.name_at(u, day)) for b in both for u in b.units}
            return ["division statement names both units, pair not listed (date/place/filters)",
                    f"doc dates {[store.document(b.prov.doc_id).date for b in both]}; units {alive}"]
    if not all(ids):
        held = {s: sorted({store.unit(u).name for p, t in enumerate(index.texts) if measure.same_text(g[s]["clause"], t)
                           for u, _ in holders.get(p, [])}) for s in ("a", "b")}
        return ["unit not resolved", f"ids a={sorted(ids[0])} b={sorted(ids[1])}; clause held at date by {held}"]
    pos: list[list[int]] = []
    for s, uids in zip(("a", "b"), ids, strict=True):
        matching = [p for p, t in enumerate(index.texts) if measure.same_text(g[s]["clause"], t)]
        if not matching:
            return [f"extraction gap ({s} clause not in the store)"] + lines
        held = [p for p in matching if any(u in uids for u, _ in holders.get(p, []))]
        if not held:
            owners = sorted({u for p in matching for u, _ in holders.get(p, [])})
            return [f"clause {s} not held by the unit at the date",
                    f"held at date by {[store.unit(u).name for u in owners]}"] + lines
        pos.append(held)
    best = max((float(index.centered[i] @ index.centered[j]), i, j) for i in pos[0] for j in pos[1])
    score, i, j = best
    roles = ([r for u, r in holders[i] if u in ids[0]], [r for u, r in holders[j] if u in ids[1]])
    words = shared_words(index.texts[i], index.texts[j])
    lines.append(f"score {score:.3f} roles {roles} shared {words}")
    mine = [p for p in listed if {u["id"] for u in p["units"]} & ids[0] and {u["id"] for u in p["units"]} & ids[1]]
    if mine:
        p = mine[0]
        lines.append(f"units listed ({p['source']}, score {p['score']:.3f}, {len(p['clauses'])} clause pairs) "
                     f"but not with the gold clauses; first: {p['clauses'][0]['a']['text'][:30]} | "
                     f"{p['clauses'][0]['b']['text'][:30]}")
        return ["units listed, other clauses"] + lines
    if score < bars.medium:
        later = _gathered_later(store, index.ids[i], index.ids[j], day)
        if later:
            lines.append(f"a later reform gathered both clauses: {later} (listed under stated, not as a pair)")
            return ["score below the default bar; stated by a later reform"] + lines
        return ["score below the default bar"] + lines
    return ["not a candidate above the bar (neighbours/filters)"] + lines


def _gathered_later(store, a: str, b: str, day) -> str:  # type: ignore[no-untyped-def]
    """A reform after ``day`` moving both clauses into one unit (an overlap the document states)."""
    from kg.dates import start_of

    for e in store.events():
        if e.date and start_of(e.date) > day and {a, b} <= {m.clause_id for m in e.moves}:
            return f"{e.type.value} {e.date} -> {[store.unit(u).name for u in e.outputs]}"
    return ""


if __name__ == "__main__":
    main()
