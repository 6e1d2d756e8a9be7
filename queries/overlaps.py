"""职责交叉重叠: units valid at the same date and place whose clauses say the same thing.

Candidates come from approximate nearest neighbours over clause embeddings and from
MinHash for copy-paste clauses; there is no all-pairs loop. A pair is not reported when
the two units are one and its own internal division, and pairs where one unit leads
(牵头) and the other takes part (参与/配合) are kept apart from true duplicates. Pairs
that a 职责分工 statement settles are marked.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import numpy as np

from kg.dates import as_of, holds_at
from kg.index.calibration import duplicate_bar
from kg.index.clause_index import ClauseIndex, default_registry
from kg.model import Predicate
from kg.store import GraphStore
from queries.evidence import evidence
from queries.scope import alive, in_jurisdiction
from queries.unit_info import parent_chain

LEAD = {"牵头"}
SUPPORT = {"参与", "配合", "协助", "协同"}
NEIGHBOURS = 10


def duplicated_functions(
    store: GraphStore,
    at: str | date | None = None,
    jurisdiction: str | None = None,
    min_score: float | None = None,
    *,
    index: ClauseIndex | None = None,
    include_lead_support: bool = False,
    limit: int | None = 200,
) -> dict[str, Any]:
    """Pairs and groups of units whose duty clauses valid at ``at`` say the same thing.

    >>> duplicated_functions(store, jurisdiction="示例县")["pairs"][0]["units"]   # doctest: +SKIP
    [{'id': ..., 'name': '示例县自然资源局'}, {'id': ..., 'name': '示例县林业局'}]
    """
    day = as_of(at)
    index = index or default_registry().index_for(store)
    threshold = duplicate_bar(index.embedder.name) if min_score is None else min_score
    holders = _active_holders(store, index, day, jurisdiction)
    # Overlap is a question inside one jurisdiction (the same clause in two counties is
    # no overlap), so candidates are generated per jurisdiction: small blocks, no global ANN.
    by_place: dict[str, set[int]] = defaultdict(set)
    place_of = {u.id: u.jurisdiction for u in store.units()}
    for pos, held in holders.items():
        for uid, _ in held:
            by_place[place_of[uid]].add(pos)
    pairs: list[tuple[int, int, float, str]] = []
    for positions in by_place.values():
        pairs.extend(_candidates(index, np.array(sorted(positions), dtype=np.int64), threshold))
    boundaries = _boundary_pairs(store)
    unit_pairs: dict[tuple[str, str], dict[str, Any]] = {}
    internal_cache: dict[tuple[str, str], bool] = {}
    for i, j, score, how in pairs:
        for ua, role_a in holders.get(i, []):
            for ub, role_b in holders.get(j, []):
                if ua == ub or place_of[ua] != place_of[ub]:
                    continue
                a, b = sorted((ua, ub))
                key = (a, b)
                if key not in internal_cache:
                    internal_cache[key] = _internal(store, a, b, day)
                if internal_cache[key]:
                    continue
                lead_support = bool(({role_a, role_b} & LEAD) and ({role_a, role_b} & SUPPORT))
                if lead_support and not include_lead_support:
                    continue
                (ca, ra), (cb, rb) = ((i, role_a), (j, role_b)) if a == ua else ((j, role_b), (i, role_a))
                entry = unit_pairs.get(key)
                if entry is None:
                    entry = unit_pairs[key] = {
                        "units": [{"id": a, "name": store.name_at(a, day)}, {"id": b, "name": store.name_at(b, day)}],
                        "score": 0.0, "lead_support": False, "settled": key in boundaries,
                        "settled_by": [evidence(store, p) for p in boundaries.get(key, [])], "clauses": [],
                    }
                entry["score"] = max(entry["score"], score)
                entry["lead_support"] = entry["lead_support"] or lead_support
                entry["clauses"].append(_clause_pair(store, index, ca, ra, cb, rb, score, how))
    result = sorted(unit_pairs.values(), key=lambda p: -p["score"])
    for p in result:
        p["clauses"].sort(key=lambda c: -c["score"])
    if limit is not None:
        result = result[:limit]
    return {"at": day.isoformat(), "jurisdiction": jurisdiction, "min_score": threshold, "pairs": result,
            "groups": _groups(result)}


def _active_holders(store: GraphStore, index: ClauseIndex, day: date, jurisdiction: str | None) -> dict[int, list[tuple[str, str | None]]]:
    holders: dict[int, list[tuple[str, str | None]]] = defaultdict(list)
    ok_unit: dict[str, bool] = {}
    for h in store.facts(predicate=Predicate.HOLDS):
        if h.object is None or not holds_at(h.valid_from, h.valid_to, day):
            continue
        pos = index.position.get(h.object)
        if pos is None:
            continue
        if h.subject not in ok_unit:
            ok_unit[h.subject] = alive(store, h.subject, day) and in_jurisdiction(store, h.subject, jurisdiction)
        if ok_unit[h.subject]:
            holders[pos].append((h.subject, h.value))
    return holders


def _candidates(index: ClauseIndex, positions: np.ndarray, threshold: float) -> list[tuple[int, int, float, str]]:
    """Clause pairs of one jurisdiction that may say the same thing, from nearest neighbours
    over centered vectors and MinHash over wording. Work is done per unique text."""
    if len(positions) < 2:
        return []
    from kg.index.minhash import candidate_pairs, estimated_jaccard
    from kg.index.vectors import VectorIndex

    texts, inverse = np.unique(index.text_of_clause[positions], return_inverse=True)
    members: dict[int, list[int]] = defaultdict(list)
    for pos, t in zip(positions.tolist(), inverse.tolist(), strict=True):
        members[t].append(pos)
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for group in members.values():  # the very same text held twice
        for a_i, a in enumerate(group):
            for b in group[a_i + 1 :]:
                best[(min(a, b), max(a, b))] = (1.0, "文字雷同")
    if len(texts) >= 2:
        centered = index.text_centered[texts]
        nbr, sims = VectorIndex(centered).neighbours(NEIGHBOURS)
        text_pairs: dict[tuple[int, int], tuple[float, str]] = {}
        rows, cols = np.nonzero(sims >= threshold)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            key = (min(r, int(nbr[r, c])), max(r, int(nbr[r, c])))
            text_pairs[key] = max(text_pairs.get(key, (0.0, "")), (float(sims[r, c]), "语义相近"))
        sig = index.text_signatures[texts]
        pairs = candidate_pairs(sig)
        for (r, c), jv in zip(pairs.tolist(), estimated_jaccard(sig, pairs).tolist(), strict=True):
            if jv < 0.6:
                continue
            score = float(centered[r] @ centered[c])
            if jv >= 0.8:  # near-identical wording says more than any cosine
                text_pairs[(r, c)] = (max(score, text_pairs.get((r, c), (0.0, ""))[0]), "文字雷同")
            elif score >= threshold:
                text_pairs[(r, c)] = max(text_pairs.get((r, c), (0.0, "")), (score, "语义相近"))
        for (r, c), found in text_pairs.items():
            for a in members[r]:
                for b in members[c]:
                    best[(min(a, b), max(a, b))] = found
    return [(i, j, score, how) for (i, j), (score, how) in best.items()]


def _internal(store: GraphStore, a: str, b: str, day: date) -> bool:
    """One unit is (transitively) an internal division or sub-unit of the other."""
    chain_a = {c["id"] for c in parent_chain(store, a, day)}
    chain_b = {c["id"] for c in parent_chain(store, b, day)}
    return b in chain_a or a in chain_b


def _boundary_pairs(store: GraphStore) -> dict[tuple[str, str], list[Any]]:
    out: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for b in store.boundaries():
        for x in b.units:
            for y in b.units:
                if x < y:
                    out[(x, y)].append(b.prov)
    return out


def _clause_pair(store: GraphStore, index: ClauseIndex, ca: int, ra: str | None, cb: int, rb: str | None,
                 score: float, how: str) -> dict[str, Any]:
    clauses = {c.id: c for c in store.clauses([index.ids[ca], index.ids[cb]])}
    a, b = clauses[index.ids[ca]], clauses[index.ids[cb]]
    return {
        "score": round(score, 4), "match": how,
        "a": {"clause_id": a.id, "text": a.text, "role": ra, "evidence": evidence(store, a.prov)},
        "b": {"clause_id": b.id, "text": b.text, "role": rb, "evidence": evidence(store, b.prov)},
    }


def _groups(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Connected groups of three or more units linked by duplicate clauses."""
    import networkx as nx

    g = nx.Graph()
    for p in pairs:
        if p["lead_support"]:
            continue
        a, b = p["units"]
        g.add_edge(a["id"], b["id"])
        g.nodes[a["id"]]["name"] = a["name"]
        g.nodes[b["id"]]["name"] = b["name"]
    groups = []
    for comp in nx.connected_components(g):
        if len(comp) >= 3:
            groups.append({"units": sorted(({"id": u, "name": g.nodes[u]["name"]} for u in comp), key=lambda x: x["name"])})
    return groups
