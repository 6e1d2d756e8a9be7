"""历史沿革: where a unit came from and where it and its duties went.

The timeline lists every dated fact and event of the unit. Ancestry follows events
backwards (units merged in, re-formed from, whose duties flowed in), descent forwards.
Whole-unit links (merged, re-formed from, all duties taken over) are followed to any
depth; a source that gave only named duties is listed with those duties but not expanded
further, or one reform would pull in the whole state.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import date
from typing import Any

from kg.dates import as_of, sort_key
from kg.identity import echo_event_ids, merged_events, source_count, sources_label
from kg.model import (
    EVENT_LABELS,
    EVENT_SEMANTICS,
    WHOLE_EVENT_TYPES,
    Event,
    EventType,
    Fact,
    Predicate,
    partial_sources,
)
from kg.names import display_name
from kg.store import GraphStore
from queries.evidence import evidence, period
from queries.reform_statements import predecessors_by_statement, successors_by_statement
from queries.unit_info import describe_event, staffing_history

_WHOLE_TYPES = WHOLE_EVENT_TYPES  # kg.model.EVENT_SEMANTICS
_TIMELINE = {
    Predicate.NAME: "名称",
    Predicate.ALIAS: "简称/曾用名",
    Predicate.SIGN: "牌子",
    Predicate.RANK: "规格",
    Predicate.KIND: "机构类别",
}


def _partial_sources(event: Event) -> set[str]:
    """Inputs that gave named duties only (not their whole selves)."""
    return set(partial_sources(event))


def _unit_flow(event: Event) -> bool:
    """Whether the event's inputs flow into its outputs (组建, 并入, 职责划转 …). A parent
    change (隶属调整: the output is the new parent), a sign, rank, kind or staffing event links
    units without one coming from the other."""
    semantics = EVENT_SEMANTICS.get(EventType(event.type)) if event.type in EventType._value2member_map_ else None
    return semantics is None or semantics.relation in ("exists", "holds")


def _predecessors(event: Event, uid: str) -> list[tuple[str, bool]]:
    """(unit, whole?) pairs that flowed into ``uid`` through ``event``."""
    out: list[tuple[str, bool]] = []
    if _unit_flow(event) and (uid in event.outputs or any(m.target == uid for m in event.moves)):
        partial = _partial_sources(event)
        for src in event.inputs:
            if src == uid:
                continue
            gave = [m for m in event.moves if m.source == src and m.target == uid]
            whole = event.type in _WHOLE_TYPES and src not in partial and uid in event.outputs
            if uid in event.outputs or gave:
                out.append((src, whole))
        for m in event.moves:
            if m.target == uid and m.source and m.source not in event.inputs and m.source != uid:
                out.append((m.source, False))
    return out


def _successors(event: Event, uid: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    if not _unit_flow(event):
        return out
    if uid in event.inputs:
        partial = _partial_sources(event)
        for dst in event.outputs:
            if dst == uid:
                continue
            whole = event.type in _WHOLE_TYPES and uid not in partial
            out.append((dst, whole))
    for m in event.moves:
        if m.source == uid and m.target and m.target != uid and (m.target, False) not in out and (m.target, True) not in out:
            out.append((m.target, False))
    return out


def lineage(store: GraphStore, unit: str, at: str | date | None = None, *, depth: int | None = None) -> dict[str, Any]:
    """The unit's timeline, its ancestry and its descent, with a drawable graph.

    >>> [a["name"] for a in lineage(store, uid)["ancestors"]]   # doctest: +SKIP
    ['国土资源部', '国家海洋局', ...]
    """
    day = as_of(at)
    store.unit(unit)
    events: dict[str, Event] = {}  # every event the walks pass through, by id
    ancestors = _walk(store, unit, _predecessors, depth, events, _statement_predecessors)
    descendants = _walk(store, unit, _successors, depth, events, _statement_successors)
    own_events = sorted(merged_events(store, unit), key=lambda e: sort_key(e.date))
    events.update((e.id, e) for e in own_events)
    return {
        "unit": {"id": unit, "name": store.name_at(unit, day), "jurisdiction": store.unit(unit).jurisdiction},
        "at": day.isoformat(),
        "timeline": timeline(store, unit, own_events),
        "ancestors": [_public(i) for i in ancestors],
        "descendants": [_public(i) for i in descendants],
        "duties_in": _duty_flows(store, own_events, unit, incoming=True),
        "duties_out": _duty_flows(store, own_events, unit, incoming=False),
        "graph": _graph(store, unit, ancestors + descendants, list(events.values())),
    }


def _statement_successors(store: GraphStore, uid: str) -> list[tuple[str, list[Event]]]:
    """Units formed in the reform statement that no longer keeps ``uid`` (with the forming
    event), when no event links them: ``queries.reform_statements``."""
    return [(link.formed, [link.forming_event]) for link in successors_by_statement(store, uid)]


def _statement_predecessors(store: GraphStore, uid: str) -> list[tuple[str, list[Event]]]:
    """Units no longer kept in the reform statement that formed ``uid`` (with the forming
    event first, then the abolishing one)."""
    return [(link.abolished, [link.forming_event, link.abolish_event]) for link in predecessors_by_statement(store, uid)]


def _walk(store: GraphStore, start: str, step: Callable[[Event, str], list[tuple[str, bool]]],
          depth: int | None, seen_events: dict[str, Event],
          by_statement: Callable[[GraphStore, str], list[tuple[str, list[Event]]]] | None = None) -> list[dict[str, Any]]:
    """Units reached from ``start`` through events (``step``) and, where no event links two
    units, through their reform statement (``by_statement``: items marked ``statement``), read
    only for a unit no event links as a whole in that direction (a partial duty move is no
    successor of the whole unit)."""
    found: dict[str, dict[str, Any]] = {}
    queue: deque[tuple[str, int]] = deque([(start, 0)])
    expanded = {start}
    while queue:
        uid, level = queue.popleft()
        if depth is not None and level >= depth:
            continue
        steps: list[tuple[str, bool, list[Event], bool]] = [
            (other, whole, [event], False)
            for event in sorted(merged_events(store, uid), key=lambda e: sort_key(e.date))
            for other, whole in step(event, uid)]
        if by_statement is not None and not any(whole for _, whole, _, _ in steps):
            # only where no event links the unit as a whole: duties moved earlier (卫生部's 2008
            # food-safety duties) do not say where the unit went when a later statement ended it
            steps += [(other, True, via, True) for other, via in by_statement(store, uid)]
        for other, whole, via, stated in steps:
            if other == start or store.get_unit(other) is None:
                continue
            item = found.get(other)
            if item is None:
                item = found[other] = {"id": other, "name": store.name_at(other), "depth": level + 1,
                                       "whole": whole, "via": uid, "event_ids": [], "events": [], "statement": stated}
            item["whole"] = item["whole"] or whole
            item["statement"] = item["statement"] and stated
            for event in via:
                if event.id not in item["event_ids"]:
                    seen_events[event.id] = event
                    item["event_ids"].append(event.id)
                    item["events"].append({"id": event.id, "type": str(event.type),
                                           "label": EVENT_LABELS.get(event.type, str(event.type)), "date": event.date,
                                           "evidence": evidence(store, event.prov),
                                           "sources": event.attrs.get("sources", []),
                                           "source_count": source_count(event)})
            if whole and other not in expanded:
                expanded.add(other)
                queue.append((other, level + 1))
    return sorted(found.values(), key=lambda i: (i["depth"], sort_key(i["events"][0]["date"] if i["events"] else None)))


def _public(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "event_ids"}


def timeline(store: GraphStore, unit: str, events: list[Event]) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    # the facts an event's other reports added (the news' 组建 beside the plan's) are that
    # one event's, shown once through it: the timeline keeps the first source's facts
    echoes = echo_event_ids(events)

    def facts(predicate: Predicate) -> list[Fact]:
        return [f for f in store.facts(unit, predicate) if f.event_id is None or f.event_id not in echoes]

    for predicate, label in _TIMELINE.items():
        for f in facts(predicate):
            entries.append({"date": f.valid_from, "kind": label, "text": f"{label}：{f.value}（{period(f.valid_from, f.valid_to)}）",
                            "evidence": evidence(store, f.prov)})
    for f in facts(Predicate.PARENT):
        parent = store.name_at(f.object) if f.object and store.get_unit(f.object) else "?"
        entries.append({"date": f.valid_from, "kind": "隶属",
                        "text": f"隶属：{parent}（{f.value}，{period(f.valid_from, f.valid_to)}）", "evidence": evidence(store, f.prov)})
    for f in facts(Predicate.EXISTS):
        if f.valid_from:
            entries.append({"date": f.valid_from, "kind": "存续", "text": f"存续：{period(f.valid_from, f.valid_to)}",
                            "evidence": evidence(store, f.prov)})
    for s in staffing_history(store, unit):
        entries.append({"date": s["date"], "kind": "编制", "text": f"编制：{s['kind']}{s['change']}{s['amount']}名",
                        "evidence": s["evidence"]})
    for e in events:
        d = describe_event(store, e)
        ins = "、".join(u["name"] for u in d["inputs"])
        outs = "、".join(u["name"] for u in d["outputs"])
        if e.type is EventType.RENAME and e.attrs.get("old_name") and ins == outs and e.inputs:
            # one record renamed in place: its name before and after, not its name now twice
            jur = store.unit(e.inputs[0]).jurisdiction
            ins = display_name(jur, str(e.attrs["old_name"]))
            outs = display_name(jur, str(e.attrs.get("new_name") or "")) if e.attrs.get("new_name") else outs
        text = f"{d['label']}：{ins}" + (f" → {outs}" if outs else "") + f"（{sources_label(e)}）"
        entries.append({"date": e.date, "kind": "事件", "text": text, "event": d, "evidence": d["evidence"]})
    entries.sort(key=lambda x: sort_key(x["date"]))
    return entries


def _duty_flows(store: GraphStore, events: list[Event], unit: str, *, incoming: bool) -> list[dict[str, Any]]:
    texts = {c.id: c.text for c in store.clauses(m.clause_id for e in events for m in e.moves)}
    flows = []
    for e in events:
        for m in e.moves:
            if (m.target if incoming else m.source) != unit:
                continue
            other = m.source if incoming else m.target
            flows.append({
                "date": e.date, "clause_id": m.clause_id, "text": texts.get(m.clause_id, ""),
                "other": {"id": other, "name": store.name_at(other)} if other and store.get_unit(other) else None,
                "event": e.id, "evidence": evidence(store, e.prov),
            })
    return flows


def _graph(store: GraphStore, unit: str, related: list[dict[str, Any]], events: list[Event]) -> dict[str, Any]:
    """Nodes and edges for drawing: units and events, edges unit → event → unit."""
    nodes = {unit: {"id": unit, "type": "unit", "label": store.name_at(unit), "focus": True}}
    for item in related:
        nodes[item["id"]] = {"id": item["id"], "type": "unit", "label": item["name"], "focus": False}
    edges = []
    for e in events:
        members = [u for u in e.inputs + e.outputs if u in nodes] + [
            x for m in e.moves for x in (m.source, m.target) if x in nodes
        ]
        if len(set(members)) < 1:
            continue
        nodes[e.id] = {"id": e.id, "type": "event", "label": f"{EVENT_LABELS.get(e.type, e.type)} {e.date or ''}".strip(),
                       "date": e.date, "sources": source_count(e), "sources_label": sources_label(e)}
        sources = set(e.inputs) | {m.source for m in e.moves if m.source}
        targets = set(e.outputs) | {m.target for m in e.moves if m.target}
        for u in sources:
            if u in nodes or store.get_unit(u):
                nodes.setdefault(u, {"id": u, "type": "unit", "label": store.name_at(u), "focus": False})
                duties = [m.clause_id for m in e.moves if m.source == u]
                edges.append({"source": u, "target": e.id, "kind": "input", "duties": len(duties)})
        for u in targets:
            if u in nodes or store.get_unit(u):
                nodes.setdefault(u, {"id": u, "type": "unit", "label": store.name_at(u), "focus": False})
                edges.append({"source": e.id, "target": u, "kind": "output"})
    return {"nodes": list(nodes.values()), "edges": edges}
