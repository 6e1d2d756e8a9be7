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

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from kg.identity import merged_events
from kg.model import Event, EventType
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
    linked = [e for e in events if e.type == EventType.ABOLISH and e.attrs.get("successors")]
    if not linked:
        return {}, {}
    by_id = {e.id: e for e in events}
    merged_of: dict[str, Event] = {}
    for event in merged_events(store):
        for source in event.attrs.get("sources", []):
            merged_of[source["event_id"]] = event
    forward: dict[str, list[StatementLink]] = defaultdict(list)
    backward: dict[str, list[StatementLink]] = defaultdict(list)
    for ab in linked:
        for successor in ab.attrs["successors"]:
            forming, new = by_id.get(successor.get("event", "")), successor.get("unit")
            if forming is None or not new or store.get_unit(new) is None:
                continue
            for gone in ab.inputs:
                link = StatementLink(gone, new, merged_of.get(ab.id, ab), merged_of.get(forming.id, forming))
                if link not in forward[gone]:
                    forward[gone].append(link)
                    backward[new].append(link)
    return dict(forward), dict(backward)


_links = RevisionCache(_build_links).get  # the links of one store, rebuilt when its revision moves
