"""Whole-store export: JSON (records), GraphML (the networkx projection), JSON-LD (W3C ORG)."""

from __future__ import annotations

import io
from typing import Any

import networkx as nx

from kg.graph import to_networkx
from kg.model import EVENT_LABELS, Predicate, to_dict
from kg.store import GraphStore

ORG_CONTEXT = {
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "time": "http://www.w3.org/2006/time#",
    "kg": "https://bianzhi-kg.example/ns#",
    "name": "skos:prefLabel",
    "altName": "skos:altLabel",
    "subOrganizationOf": {"@id": "org:subOrganizationOf", "@type": "@id"},
    "originalOrganization": {"@id": "org:originalOrganization", "@type": "@id"},
    "resultingOrganization": {"@id": "org:resultingOrganization", "@type": "@id"},
    "changedBy": {"@id": "org:changedBy", "@type": "@id"},
    "purpose": "org:purpose",
    "classification": "org:classification",
    "date": "dct:date",
    "source": "dct:source",
}


def _by_id(items: list[Any]) -> list[Any]:
    return sorted(items, key=lambda x: x.id)


def export_json(store: GraphStore) -> dict[str, Any]:
    """Every record, each list in id order, so two stores holding the same graph export the
    same bytes whatever order their documents were ingested in."""
    return {
        "documents": [{k: v for k, v in to_dict(d).items() if k != "text"} for d in _by_id(store.documents())],
        "jurisdictions": to_dict(_by_id(store.jurisdictions())),
        "units": to_dict(_by_id(store.units())),
        "clauses": to_dict(_by_id(store.clauses())),
        "facts": to_dict(_by_id(store.facts())),
        "events": to_dict(_by_id(store.events())),
        "boundaries": to_dict(_by_id(store.boundaries())),
    }


def export_graphml(store: GraphStore) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(store), buffer)
    return buffer.getvalue().decode("utf-8")


def export_jsonld(store: GraphStore) -> dict[str, Any]:
    graph: list[dict[str, Any]] = []
    for unit in store.units():
        node: dict[str, Any] = {"@id": f"kg:{unit.id}", "@type": "org:Organization", "name": store.name_at(unit.id),
                                "kg:jurisdiction": unit.jurisdiction}
        alt = [f.value for f in store.facts(unit.id) if f.predicate in (Predicate.ALIAS, Predicate.SIGN) and f.value]
        if alt:
            node["altName"] = sorted(set(alt))
        parents = [f for f in store.facts(unit.id, Predicate.PARENT) if f.object]
        if parents:
            node["subOrganizationOf"] = [f"kg:{f.object}" for f in parents]
            node["kg:parentPeriods"] = [
                {"org:organization": f"kg:{f.object}", "kg:relation": f.value, "kg:validFrom": f.valid_from,
                 "kg:validTo": f.valid_to} for f in parents
            ]
        kinds = sorted({f.value for f in store.facts(unit.id, Predicate.KIND) if f.value})
        if kinds:
            node["classification"] = kinds
        duties = [c.text for c in store.clauses(f.object for f in store.facts(unit.id, Predicate.HOLDS) if f.object)]
        if duties:
            node["purpose"] = duties
        graph.append(node)
    for event in store.events():
        graph.append({
            "@id": f"kg:{event.id}",
            "@type": "org:ChangeEvent",
            "kg:eventType": str(event.type),
            "skos:prefLabel": EVENT_LABELS.get(event.type, str(event.type)),
            "date": event.date,
            "originalOrganization": [f"kg:{u}" for u in event.inputs],
            "resultingOrganization": [f"kg:{u}" for u in event.outputs],
            "source": {"@id": f"kg:{event.prov.doc_id}", "prov:value": event.prov.sentence},
        })
    return {"@context": ORG_CONTEXT, "@graph": graph}
