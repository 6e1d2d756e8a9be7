"""Evidence: the source sentence of a fact, with its document's title and date."""

from __future__ import annotations

from typing import Any

from kg.errors import DocumentNotFound
from kg.model import Provenance
from kg.store import GraphStore


def evidence(store: GraphStore, prov: Provenance) -> dict[str, Any]:
    try:
        doc = store.document(prov.doc_id)
        title, date = doc.title, doc.date
    except DocumentNotFound:
        title, date = "", None
    return {"document": prov.doc_id, "title": title, "date": date, "text": prov.sentence,
            "start": prov.start, "end": prov.end}


def period(valid_from: str | None, valid_to: str | None) -> str:
    """'2018-03 起', '至 2018-03', '2013 至 2018-03' — how staff write a validity period."""
    if valid_from and valid_to:
        return f"{valid_from} 至 {valid_to}"
    if valid_from:
        return f"{valid_from} 起"
    if valid_to:
        return f"至 {valid_to}"
    return "时间不详"
