"""The store as a plain networkx graph: units, clauses and events as nodes, dated edges.
Used by the GraphML export and offered to users as ``NetworkxStore.graph``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from kg.store import GraphStore


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """The store as a plain graph: units, clauses and events as nodes; dated edges."""
    g = nx.MultiDiGraph()
    for unit in store.units():
        g.add_node(unit.id, type="unit", name=store.name_at(unit.id), jurisdiction=unit.jurisdiction)
    for clause in store.clauses():
        g.add_node(clause.id, type="clause", text=clause.text, document=clause.prov.doc_id)
    for event in store.events():
        g.add_node(event.id, type="event", event_type=str(event.type), date=event.date or "",
                   sentence=event.prov.sentence, document=event.prov.doc_id)
        for u in event.inputs:
            g.add_edge(u, event.id, key="input", type="input")
        for u in event.outputs:
            g.add_edge(event.id, u, key="output", type="output")
    for fact in store.facts():
        if fact.object and g.has_node(fact.subject) and g.has_node(fact.object):
            g.add_edge(fact.subject, fact.object, key=fact.id, type=str(fact.predicate), value=fact.value or "",
                       valid_from=fact.valid_from or "", valid_to=fact.valid_to or "", document=fact.prov.doc_id)
    return g
