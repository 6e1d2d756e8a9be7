"""Everything known about one unit at a date: names, signs, rank, kind, parent chain,
duties, staffing and events, each with its source."""

from __future__ import annotations

from datetime import date
from typing import Any

from kg.dates import as_of, holds_at, sort_key
from kg.identity import echo_event_ids, merged_events, source_count, sources_label
from kg.model import EVENT_LABELS, Event, EventType, Fact, Predicate
from kg.store import GraphStore, existence_holds
from queries.evidence import evidence, period
from queries.scope import alive


def _dated(store: GraphStore, fact: Fact, **more: Any) -> dict[str, Any]:
    return {
        "value": fact.value,
        "valid_from": fact.valid_from,
        "valid_to": fact.valid_to,
        "period": period(fact.valid_from, fact.valid_to),
        "evidence": evidence(store, fact.prov),
        **more,
    }


def _history(store: GraphStore, uid: str, predicate: Predicate, echoes: set[str] | None = None) -> list[dict[str, Any]]:
    """The predicate's dated values; ``echoes``: event ids whose facts repeat another report
    of the same event (``kg.identity.echo_event_ids``), left out."""
    facts = sorted((f for f in store.facts(uid, predicate) if not echoes or f.event_id not in echoes),
                   key=lambda f: sort_key(f.valid_from))
    return [_dated(store, f) for f in facts]


def parent_at(store: GraphStore, uid: str, day: date) -> Fact | None:
    current = store.facts_at(uid, Predicate.PARENT, day)
    if not current:
        return None
    current.sort(key=lambda f: sort_key(f.valid_from))
    return current[-1]


def former_parent(store: GraphStore, uid: str, fact: Fact) -> tuple[str, str, Fact] | None:
    """The unit that managed ``uid`` before the parent change that began ``fact``, when the
    change's sentence names it ("国家卫生健康委员会代管的中国老龄协会改由民政部代管", "将原由市政府办公室
    管理的市地方志办公室改由市档案馆管理"): extraction records it on the change's transfer_unit event
    (``attrs["former_parent"]``, ``ingest.extractors.links``). ``fact`` is the change's parent
    fact, or the unit fact its sentence states. Returns (unit id, relation as written, fact) or
    None: no such event, or none that names a former parent."""
    for event in store.events(uid):
        if event.type != EventType.TRANSFER_UNIT or uid not in event.inputs:
            continue
        if fact.event_id != event.id and (fact.event_id or fact.prov.doc_id != event.prov.doc_id
                                          or fact.prov.start != event.prov.start):
            continue  # another change, or not the one stated in the fact's sentence
        old = event.attrs.get("former_parent")
        if old and old != uid and old != fact.object and store.get_unit(old) is not None:
            return old, event.attrs.get("former_relation") or "管理", fact
    return None


def parent_chain(store: GraphStore, uid: str, day: date) -> list[dict[str, Any]]:
    chain, seen = [], {uid}
    fact = parent_at(store, uid, day)
    while fact is not None and fact.object and fact.object not in seen:
        seen.add(fact.object)
        chain.append({"id": fact.object, "name": store.name_at(fact.object, day), "relation": fact.value,
                      "evidence": evidence(store, fact.prov)})
        fact = parent_at(store, fact.object, day)
    return chain


def children_at(store: GraphStore, uid: str, day: date) -> list[dict[str, Any]]:
    out = []
    for fact in store.facts(object=uid, predicate=Predicate.PARENT):
        current = holds_at(fact.valid_from, fact.valid_to, day) and parent_at(store, fact.subject, day) == fact
        if current and alive(store, fact.subject, day):
            out.append({"id": fact.subject, "name": store.name_at(fact.subject, day), "relation": fact.value})
    return sorted(out, key=lambda c: c["name"])


def duties_at(store: GraphStore, uid: str, day: date | None) -> list[dict[str, Any]]:
    """Clauses held at ``day`` (every clause ever held when None), each with its holders."""
    holdings = store.facts(uid, Predicate.HOLDS)
    if day is not None:
        holdings = [h for h in holdings if holds_at(h.valid_from, h.valid_to, day)]
    clauses = {c.id: c for c in store.clauses(h.object for h in holdings if h.object)}
    out = []
    for h in sorted(holdings, key=lambda h: (clauses[h.object].item or 0, h.object) if h.object in clauses else (0, "")):
        clause = clauses.get(h.object or "")
        if clause is None:
            continue
        out.append({
            "clause_id": clause.id,
            "text": clause.text,
            "category": clause.category,
            "role": h.value,
            "valid_from": h.valid_from,
            "valid_to": h.valid_to,
            "period": period(h.valid_from, h.valid_to),
            "evidence": evidence(store, clause.prov),
        })
    return out


def describe_event(store: GraphStore, event: Event, *, day: date | None = None) -> dict[str, Any]:
    def named(ids: list[str]) -> list[dict[str, str]]:
        return [{"id": u, "name": store.name_at(u, day)} for u in ids if store.get_unit(u)]

    clause_text = {c.id: c.text for c in store.clauses(m.clause_id for m in event.moves)}
    return {
        "id": event.id,
        "type": str(event.type),
        "label": EVENT_LABELS.get(event.type, str(event.type)),
        "date": event.date,
        "inputs": named(event.inputs),
        "outputs": named(event.outputs),
        "moves": [
            {
                "clause_id": m.clause_id,
                "text": clause_text.get(m.clause_id, ""),
                "from": store.name_at(m.source, day) if m.source and store.get_unit(m.source) else None,
                "to": store.name_at(m.target, day) if m.target and store.get_unit(m.target) else None,
            }
            for m in event.moves
        ],
        "attrs": event.attrs,
        "evidence": evidence(store, event.prov),
        "sources": event.attrs.get("sources", []),
        "source_count": source_count(event),
        "sources_label": sources_label(event),
    }


def staffing_history(store: GraphStore, uid: str) -> list[dict[str, Any]]:
    facts = sorted(store.facts(uid, Predicate.STAFFING), key=lambda f: sort_key(f.valid_from))
    return [
        {
            "kind": f.value,
            "change": f.extra.get("change"),
            "amount": f.amount,
            "date": f.valid_from,
            "funding": f.extra.get("funding"),
            "level": f.extra.get("level"),
            "counterpart": store.name_at(f.extra["counterpart"]) if f.extra.get("counterpart") and store.get_unit(f.extra["counterpart"]) else None,
            "evidence": evidence(store, f.prov),
        }
        for f in facts
    ]


def unit_profile(store: GraphStore, uid: str, at: str | date | None = None) -> dict[str, Any]:
    """The unit page: what holds at ``at`` plus the full dated history.

    >>> unit_profile(store, "u_16b422234c14050a")["name"]   # doctest: +SKIP
    '自然资源部'
    """
    day = as_of(at)
    unit = store.unit(uid)
    exists = store.facts(uid, Predicate.EXISTS)
    events = sorted(merged_events(store, uid), key=lambda e: sort_key(e.date))
    echoes = echo_event_ids(events)
    shown = [f for f in exists if f.event_id not in echoes]
    return {
        "id": uid,
        "name": store.name_at(uid, day),
        "jurisdiction": unit.jurisdiction,
        "at": day.isoformat(),
        "exists": existence_holds(exists, day) if exists else None,
        "existence": [_dated(store, f) for f in sorted(shown, key=lambda f: sort_key(f.valid_from))],
        "kind": store.value_at(uid, Predicate.KIND, day),
        "rank": store.value_at(uid, Predicate.RANK, day),
        "names": _history(store, uid, Predicate.NAME, echoes),
        "aliases": _history(store, uid, Predicate.ALIAS, echoes),
        "signs": _history(store, uid, Predicate.SIGN, echoes),
        "ranks": _history(store, uid, Predicate.RANK, echoes),
        "kinds": _history(store, uid, Predicate.KIND, echoes),
        "parents": [
            _dated(store, f, parent_id=f.object, parent=store.name_at(f.object) if f.object else None)
            for f in sorted(store.facts(uid, Predicate.PARENT), key=lambda f: sort_key(f.valid_from))
            if f.event_id not in echoes
        ],
        "parent_chain": parent_chain(store, uid, day),
        "children": children_at(store, uid, day),
        "duties": duties_at(store, uid, day),
        "staffing": staffing_history(store, uid),
        "events": [describe_event(store, e) for e in events],
        "boundaries": [
            {"units": [store.name_at(u) for u in b.units if store.get_unit(u)], "text": b.text,
             "evidence": evidence(store, b.prov)}
            for b in store.boundaries(uid)
        ],
    }


def units_at(store: GraphStore, at: str | date | None = None, jurisdiction: str | None = None,
             kind: str | None = None) -> list[dict[str, Any]]:
    """Units existing at ``at`` (units with no dated existence are listed too)."""
    day = as_of(at)
    out = []
    for unit in store.units():
        if jurisdiction and unit.jurisdiction != jurisdiction:
            continue
        if not alive(store, unit.id, day):
            continue
        unit_kind = store.value_at(unit.id, Predicate.KIND, day)
        if kind and unit_kind != kind:
            continue
        parent = parent_at(store, unit.id, day)
        out.append({
            "id": unit.id,
            "name": store.name_at(unit.id, day),
            "jurisdiction": unit.jurisdiction,
            "kind": unit_kind,
            "rank": store.value_at(unit.id, Predicate.RANK, day),
            "parent": store.name_at(parent.object, day) if parent and parent.object else None,
        })
    return sorted(out, key=lambda u: (u["jurisdiction"], u["name"]))
