"""Which units count at a date and in a jurisdiction."""

from __future__ import annotations

from datetime import date

from kg.model import Predicate
from kg.store import GraphStore, existence_holds


def alive(store: GraphStore, unit_id: str, day: date) -> bool:
    """Existing at ``day``; a unit with no dated existence (known only by name) counts."""
    spans = store.facts(unit_id, Predicate.EXISTS)
    return not spans or existence_holds(spans, day)


def known_to_exist(store: GraphStore, unit_id: str, day: date) -> bool:
    """Existing at ``day`` by a dated record (units known only by name do not count)."""
    spans = store.facts(unit_id, Predicate.EXISTS)
    return bool(spans) and existence_holds(spans, day)


def in_jurisdiction(store: GraphStore, unit_id: str, jurisdiction: str | None) -> bool:
    """The unit belongs to ``jurisdiction`` itself. Places below it are not included: an
    office asking about 湖南省 means the province's own units, and 中央 the central ones."""
    if not jurisdiction:
        return True
    unit = store.get_unit(unit_id)
    return unit is not None and unit.jurisdiction == jurisdiction
