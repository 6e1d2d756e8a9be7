"""Which units count at a date and in a jurisdiction."""

from __future__ import annotations

from datetime import date

from kg.model import Predicate
from kg.store import GraphStore


def alive(store: GraphStore, unit_id: str, day: date) -> bool:
    """Existing at ``day``; a unit with no dated existence (known only by name) counts."""
    if not store.facts(unit_id, Predicate.EXISTS):
        return True
    return store.exists_at(unit_id, day)


def in_jurisdiction(store: GraphStore, unit_id: str, jurisdiction: str | None) -> bool:
    """The unit belongs to ``jurisdiction`` or to a place under it."""
    if not jurisdiction:
        return True
    unit = store.get_unit(unit_id)
    if unit is None:
        return False
    if unit.jurisdiction == jurisdiction:
        return True
    return jurisdiction in store.gazetteer().ancestors(unit.jurisdiction)
