"""The organization tree at a date, and what changed between two dates."""

from __future__ import annotations

from datetime import date
from typing import Any

from kg.dates import as_of, start_of
from kg.model import EVENT_LABELS, Predicate
from kg.store import GraphStore
from queries.evidence import evidence
from queries.scope import in_jurisdiction, known_to_exist
from queries.unit_info import children_at, describe_event, parent_at


def org_chart(store: GraphStore, root: str | None = None, at: str | date | None = None,
              jurisdiction: str | None = None) -> dict[str, Any]:
    """The tree under ``root`` (a unit id) at ``at``; without a root, every unit with no
    parent at that date in the jurisdiction is a top node.

    >>> org_chart(store, root=uid, at="2020")["tree"][0]["children"][0]["name"]   # doctest: +SKIP
    '自然资源部办公厅'
    """
    day = as_of(at)
    if root is not None:
        store.unit(root)
        roots = [root]
    else:
        roots = [
            u.id for u in store.units()
            if in_jurisdiction(store, u.id, jurisdiction) and known_to_exist(store, u.id, day)
            and parent_at(store, u.id, day) is None
        ]
    tree = [_node(store, uid, day, None, set()) for uid in roots]
    tree.sort(key=lambda n: n["name"])
    return {"at": day.isoformat(), "root": root, "jurisdiction": jurisdiction, "tree": tree}


def _node(store: GraphStore, uid: str, day: date, relation: str | None, seen: set[str]) -> dict[str, Any]:
    seen = seen | {uid}
    children = [c for c in children_at(store, uid, day) if c["id"] not in seen]
    return {
        "id": uid,
        "name": store.name_at(uid, day),
        "kind": store.value_at(uid, Predicate.KIND, day),
        "rank": store.value_at(uid, Predicate.RANK, day),
        "relation": relation,
        "children": [_node(store, c["id"], day, c["relation"], seen) for c in children],
    }


def diff(store: GraphStore, date_a: str | date, date_b: str | date, jurisdiction: str | None = None) -> dict[str, Any]:
    """Units added, abolished, renamed, moved and re-ranked between two dates; the duties
    and staffing that moved; every change with its event and source."""
    a, b = as_of(date_a), as_of(date_b)
    if a > b:
        a, b = b, a
    units = [u for u in store.units() if in_jurisdiction(store, u.id, jurisdiction)]
    before = {u.id for u in units if known_to_exist(store, u.id, a)}
    after = {u.id for u in units if known_to_exist(store, u.id, b)}

    def label(uid: str, day: date) -> dict[str, str]:
        return {"id": uid, "name": store.name_at(uid, day)}

    renamed, moved, reranked = [], [], []
    for uid in sorted(before & after):
        if store.name_at(uid, a) != store.name_at(uid, b):
            renamed.append({"id": uid, "from": store.name_at(uid, a), "to": store.name_at(uid, b)})
        pa, pb = parent_at(store, uid, a), parent_at(store, uid, b)
        if (pa.object if pa else None) != (pb.object if pb else None):
            moved.append({"id": uid, "name": store.name_at(uid, b),
                          "from": store.name_at(pa.object, a) if pa and pa.object else None,
                          "to": store.name_at(pb.object, b) if pb and pb.object else None})
        ra, rb = store.value_at(uid, Predicate.RANK, a), store.value_at(uid, Predicate.RANK, b)
        if ra != rb:
            reranked.append({"id": uid, "name": store.name_at(uid, b), "from": ra, "to": rb})
    events = [e for e in store.events() if e.date and a < start_of(e.date) <= b
              and any(in_jurisdiction(store, u, jurisdiction) for u in e.inputs + e.outputs)]
    events.sort(key=lambda e: e.date or "")
    described = [describe_event(store, e, day=b) for e in events]
    duties_moved = [
        {"date": d["date"], "text": m["text"], "from": m["from"], "to": m["to"], "evidence": d["evidence"]}
        for d in described for m in d["moves"]
    ]
    staffing = []
    for u in units:
        for f in store.facts(u.id, Predicate.STAFFING):
            if f.valid_from and a < start_of(f.valid_from) <= b:
                staffing.append({"unit": store.name_at(u.id, b), "kind": f.value, "change": f.extra.get("change"),
                                 "amount": f.amount, "date": f.valid_from, "evidence": evidence(store, f.prov)})
    staffing.sort(key=lambda s: str(s["date"] or ""))
    return {
        "from": a.isoformat(), "to": b.isoformat(), "jurisdiction": jurisdiction,
        "added": sorted((label(u, b) for u in after - before), key=lambda x: x["name"]),
        "abolished": sorted((label(u, a) for u in before - after), key=lambda x: x["name"]),
        "renamed": renamed, "moved": moved, "rank_changed": reranked,
        "duties_moved": duties_moved, "staffing": staffing,
        "events": [{"date": d["date"], "label": EVENT_LABELS.get(e.type, str(e.type)),
                    "inputs": d["inputs"], "outputs": d["outputs"], "evidence": d["evidence"]} for e, d in zip(events, described, strict=True)],
    }
