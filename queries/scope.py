"""Which units count at a date and in a jurisdiction."""

from __future__ import annotations

from datetime import date

from kg.model import Predicate
from kg.names import CENTRAL
from kg.revcache import RevisionCache
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
    office asking about 湖南省 means the province's own units, and 中央 the central ones. A
    unit filed under 中央 whose name writes a known place (中共秀山自治县委社会工作部) is of
    that place (``misfiled_places``)."""
    if not jurisdiction:
        return True
    unit = store.get_unit(unit_id)
    if unit is None:
        return False
    if unit.jurisdiction == CENTRAL:
        placed = misfiled_places(store).get(unit_id)
        if placed is not None:
            return placed == jurisdiction
    return unit.jurisdiction == jurisdiction


def _misfiled(store: GraphStore) -> dict[str, str]:
    places = sorted((j.name for j in store.jurisdictions() if j.id != CENTRAL and len(j.name) >= 3 and j.name == j.id),
                    key=len, reverse=True)
    out: dict[str, str] = {}
    for unit in store.units():
        if unit.jurisdiction == CENTRAL:
            found = next((p for p in places if p in unit.name), None)
            if found is not None:
                out[unit.id] = found
    return out


_MISFILED: RevisionCache[dict[str, str]] = RevisionCache(_misfiled)


def misfiled_places(store: GraphStore) -> dict[str, str]:
    """Units filed under 中央 whose name writes a place the store knows (a local body whose
    document was not read as local) → that place, the longest written; kept per store revision."""
    return _MISFILED.get(store)
