"""谁负责X: rank units by how well their duty clauses valid at a date match X."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from kg.dates import as_of, holds_at, sort_key, start_of
from kg.index.calibration import relevance_floor
from kg.index.clause_index import ClauseIndex, Hit, default_registry
from kg.model import Predicate
from kg.store import GraphStore
from queries.evidence import evidence, period
from queries.scope import alive, in_jurisdiction


def who_handles(
    store: GraphStore,
    text: str,
    at: str | date | None = None,
    jurisdiction: str | None = None,
    top: int = 10,
    *,
    index: ClauseIndex | None = None,
) -> list[dict[str, Any]]:
    """Units whose clauses valid at ``at`` best match ``text``, best first, each with its
    matching clauses and the clauses' earlier (and later) holders.

    >>> who_handles(store, "草原防火", at="2017")[0]["name"]   # doctest: +SKIP
    '农业部'
    """
    day = as_of(at)
    index = index or default_registry().index_for(store)
    floor = relevance_floor(index.embedder.name)
    hits: list[Hit] = []
    k = max(50, top * 10)
    # widen the candidate pool until enough clauses survive the date/place filter
    while True:
        hits = [h for h in index.search(text, k=k) if h.lexical > 0 or h.dense >= floor]
        per_unit = _group(store, hits, day, jurisdiction, top)
        if len(per_unit) >= top or k >= index.text_count:
            break
        k *= 4
    ranked = sorted(per_unit.values(), key=lambda u: -u["score"])[:top]
    for entry in ranked:
        for clause in entry["clauses"]:
            clause.update(_holders(store, clause["clause_id"], day))
    return ranked


def _group(store: GraphStore, hits: list[Hit], day: date, jurisdiction: str | None, top: int) -> dict[str, dict[str, Any]]:
    """Units holding the hit clauses at ``day``; hits come best first, so once ``top`` units
    are found the rest cannot outrank them (a text held in a thousand places stops early)."""
    units: dict[str, dict[str, Any]] = {}
    seen: dict[str, set[str]] = defaultdict(set)
    ok_unit: dict[str, bool] = {}
    for hit in hits:
        if len(units) >= top:
            break
        for clause_id in hit.clause_ids:
            if len(units) >= top:  # the clauses of one hit tie: the rest cannot outrank these
                break
            for holding in store.facts(object=clause_id, predicate=Predicate.HOLDS):
                uid = holding.subject
                if not holds_at(holding.valid_from, holding.valid_to, day):
                    continue
                if uid not in ok_unit:
                    ok_unit[uid] = alive(store, uid, day) and in_jurisdiction(store, uid, jurisdiction)
                if not ok_unit[uid] or clause_id in seen[uid]:
                    continue
                seen[uid].add(clause_id)
                entry = units.get(uid)
                if entry is None:
                    unit = store.unit(uid)
                    entry = units[uid] = {"id": uid, "name": store.name_at(uid, day), "jurisdiction": unit.jurisdiction,
                                          "score": 0.0, "lexical": 0.0, "dense": 0.0, "clauses": []}
                clause = store.clauses([clause_id])[0]
                entry["clauses"].append({
                    "clause_id": clause_id, "text": clause.text, "role": holding.value, "score": hit.score,
                    "lexical": hit.lexical, "dense": hit.dense, "since": holding.valid_from,
                    "evidence": evidence(store, clause.prov),
                })
                # the best clause decides; further matching clauses add a little
                extra = 0.0 if len(entry["clauses"]) == 1 else hit.score * 0.1
                entry["score"] = max(entry["score"], hit.score) + extra
                entry["lexical"] = max(entry["lexical"], hit.lexical)
                entry["dense"] = max(entry["dense"], hit.dense)
    return units


def _holders(store: GraphStore, clause_id: str, day: date) -> dict[str, Any]:
    earlier, later = [], []
    for h in sorted(store.facts(object=clause_id, predicate=Predicate.HOLDS), key=lambda f: sort_key(f.valid_from)):
        if holds_at(h.valid_from, h.valid_to, day):
            continue
        item = {"id": h.subject, "name": store.name_at(h.subject, day), "valid_from": h.valid_from,
                "valid_to": h.valid_to, "period": period(h.valid_from, h.valid_to), "evidence": evidence(store, h.prov)}
        if h.valid_to is not None and start_of(h.valid_to) <= day:
            earlier.append(item)
        else:
            later.append(item)
    return {"earlier_holders": earlier, "later_holders": later}
