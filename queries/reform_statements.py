"""One reform statement read as a link: "组建Z。……不再保留A、B。" makes Z the successor of A
and B, and A and B the predecessors of Z.

Reform plans write each change as one statement, the unit formed first and the units no longer
kept last, often with no sentence that moves A's duties into Z. Extraction links them at ingest
(``ingest.extractors.links``: the statement's start, one to three units formed in the same
jurisdiction) and the abolish event of A carries them as ``attrs["successors"]``: each formed
unit with the event of the same document that formed it. This module only reads those facts.

Events that already link A to Z (inputs, outputs, duty moves) need none of this: only an
abolish event with no output and no moved duty is linked, of a unit that no forming event of
the document names; and lineage reads these links only for a unit no event links.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kg.identity import merged_events
from kg.model import Event, EventType
from kg.names import one_place
from kg.revcache import RevisionCache


@dataclass(frozen=True)
class StatementLink:
    abolished: str  # unit id
    formed: str  # unit id
    abolish_event: Event  # merged events (as lineage shows them)
    forming_event: Event


def successors_by_statement(store: Any, unit: str) -> list[StatementLink]:
    """Links whose abolished unit is ``unit``: the units its reform statement formed."""
    return _links(store)[0].get(unit, [])


def predecessors_by_statement(store: Any, unit: str) -> list[StatementLink]:
    """Links whose formed unit is ``unit``: the units its reform statement no longer keeps."""
    return _links(store)[1].get(unit, [])


def _build_links(store: Any) -> tuple[dict[str, list[StatementLink]], dict[str, list[StatementLink]]]:
    events = store.events()
    by_sentence: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for e in events:
        by_sentence[(e.prov.doc_id, e.prov.start)].append(e)
    linked = [e for e in events if e.type == EventType.ABOLISH and e.attrs.get("successors")
              and not _duties_given_beside(e, by_sentence)]
    pairs = _paired_in_sentence(store, by_sentence)
    if not linked and not pairs:
        return {}, {}
    by_id = {e.id: e for e in events}
    merged_of: dict[str, Event] = {}
    for event in merged_events(store):
        for source in event.attrs.get("sources", []):
            merged_of[source["event_id"]] = event
    forward: dict[str, list[StatementLink]] = defaultdict(list)
    backward: dict[str, list[StatementLink]] = defaultdict(list)
    paired = {(ab.id, gone) for ab, gone, _, _ in pairs}  # "撤销A，设立B" pairs A with B alone, not its whole statement
    found = [(ab, gone, by_id.get(successor.get("event", "")), successor.get("unit"))
             for ab in linked for successor in ab.attrs["successors"] for gone in ab.inputs
             if (ab.id, gone) not in paired] + pairs
    for ab, gone, forming, new in found:
        if forming is None or not new or store.get_unit(new) is None:
            continue
        link = StatementLink(gone, new, merged_of.get(ab.id, ab), merged_of.get(forming.id, forming))
        if link not in forward[gone]:
            forward[gone].append(link)
            backward[new].append(link)
    return dict(forward), dict(backward)


def _duties_given_beside(abolish: Event, by_sentence: dict[tuple[str, int], list[Event]]) -> bool:
    """"不再保留A，其职责划入B": the sentence that ends A also moves A's duties as a whole (no one
    duty named), so that move says where A went, not the unit its reform statement formed; a named
    duty moved beside it ("将A的X职责划入C；不再保留A") leaves the statement's link (fifteenth session)."""
    return any(e.type == EventType.TRANSFER_DUTY and set(abolish.inputs) & set(e.inputs)
               and not any(m.source in abolish.inputs for m in e.moves)
               for e in by_sentence[(abolish.prov.doc_id, abolish.prov.start)])


# "撤销A，设立B", "撤销A建制，设立B", "撤销A、B，成立C", "撤A设B": in one sentence of a plan or an
# approval (撤乡设镇, 撤镇设街道, a bureau replaced), each unit ended is followed by the one set up
# in its place, before the next 撤销 of the sentence
_ENDING_VERB = re.compile(r"撤销|撤消|撤并|撤(?=[^销消并])")
_FORMING_VERB = r"(?:设立|成立|组建|新设|设置|建立|改设|设)"


def _paired_in_sentence(store: Any, by_sentence: dict[tuple[str, int], list[Event]]) -> list[tuple[Event, str, Event, str]]:
    """(abolish event, unit ended, forming event, unit formed) for each "撤销A，设立B" of one
    sentence the store holds as an abolish event of A with no output and no duty moved, and a
    forming event of B from nothing, both of one place (fifteenth session)."""
    out: list[tuple[Event, str, Event, str]] = []
    for key in sorted(by_sentence):  # never the store's order (the hash seed's)
        group = sorted(by_sentence[key], key=lambda e: e.id)
        sentence = group[0].prov.sentence or ""
        ended = [e for e in group if e.type == EventType.ABOLISH and not e.outputs and not e.moves
                 and not _duties_given_beside(e, by_sentence)]
        formed = [e for e in group if e.type == EventType.ESTABLISH and not e.inputs and not e.moves and e.outputs]
        if not ended or not formed:
            continue
        for ab in ended:
            for gone in ab.inputs:
                at = _written_after(sentence, _names(store, gone), _ENDING_VERB.pattern)
                if at is None:
                    continue
                nxt = _ENDING_VERB.search(sentence, at)
                stop = nxt.start() if nxt else len(sentence)
                placed: list[tuple[int, Event, str]] = []
                for est in formed:
                    for new in est.outputs:
                        where = _written_after(sentence, _names(store, new), _FORMING_VERB, start=at)
                        unit_a, unit_b = store.get_unit(gone), store.get_unit(new)
                        if where is not None and where <= stop and unit_a and unit_b and new != gone \
                                and one_place(unit_a.jurisdiction, unit_b.jurisdiction, store.gazetteer()):
                            placed.append((where, est, new))
                found = [(est, new) for _, est, new in sorted(placed, key=lambda p: (p[0], p[2]))]  # as written
                if len(found) > 1:
                    # "撤销A乡、B乡建制，分别设立A镇、B镇": each with the one of its own name; 分别 with no
                    # such one pairs none
                    own = [(e, n) for e, n in found if _same_stem(store, gone, n)]
                    found = own if own or "分别" in sentence[at:stop] else found
                out.extend((ab, gone, est, new) for est, new in found[:3])
    return out


def _same_stem(store: Any, a: str, b: str) -> bool:
    """Two names opening alike, the level word left out (天桥乡 and 天桥镇, 东城镇 and 东城街道)."""
    first, second = store.get_unit(a), store.get_unit(b)
    return bool(first and second) and len(first.name) >= 3 and second.name.startswith(first.name[:-1][:2])


def _names(store: Any, uid: str) -> list[str]:
    unit = store.get_unit(uid)
    names = {unit.name} if unit else set()
    names |= {f.value for f in store.facts(uid) if f.predicate.value == "name" and f.value}
    return sorted((n for n in names if len(n) >= 2), key=len, reverse=True)


def _written_after(sentence: str, names: list[str], verb: str, start: int = 0) -> int | None:
    """Where one of ``names`` ends in ``sentence`` (from ``start``), written after ``verb`` in the
    same clause (a place or the list before it between them: "撤销A、B"); None when it is not."""
    for name in names:
        m = re.search(r"(?:" + verb + r")[^，,；;。]{0,30}?" + re.escape(name), sentence[start:])
        if m:
            return start + m.end()
    return None


_links = RevisionCache(_build_links).get  # the links of one store, rebuilt when its revision moves
