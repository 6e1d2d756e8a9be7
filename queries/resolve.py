"""Finding the unit a user means by a name (or an id)."""

from __future__ import annotations

from datetime import date

from kg.dates import as_of
from kg.errors import AmbiguousName, UnitNotFound
from kg.model import Predicate
from kg.names import CENTRAL, lookup_key, name_variants, place_name
from kg.store import GraphStore
from kg.text import normalize_name
from queries.scope import alive as is_alive


def find_unit(store: GraphStore, name: str, *, jurisdiction: str | None = None, at: str | date | None = None) -> str:
    """The id of the unit ``name`` means. Exact names beat aliases, aliases beat signs;
    units existing at ``at`` beat the others. Several equally good → AmbiguousName.

    >>> find_unit(store, "发改委")            # doctest: +SKIP
    'u_22467aa7b6b7a74c'
    """
    if store.get_unit(name) is not None:
        return name
    candidates = candidate_units(store, name, jurisdiction=jurisdiction)
    if not candidates:
        raise UnitNotFound(f"找不到名为“{name}”的单位" + (f"（行政区划：{jurisdiction}）" if jurisdiction else ""))
    day = as_of(at)
    wanted = normalize_name(name)

    def rank(uid: str) -> tuple[int, int]:
        unit = store.unit(uid)
        names = {normalize_name(unit.name)} | {normalize_name(f.value or "") for f in store.facts(uid, Predicate.NAME)}
        full_names = {normalize_name(store.name_at(uid))} | {normalize_name(unit.jurisdiction + n) for n in names}
        if wanted in names or wanted in full_names:
            quality = 0
        elif any(normalize_name(f.value or "") in (wanted,) for f in store.facts(uid, Predicate.SIGN)):
            quality = 2
        else:
            quality = 1
        alive = 0 if is_alive(store, uid, day) else 1
        return quality, alive

    ranked = sorted(candidates, key=rank)
    best = rank(ranked[0])
    top = [u for u in ranked if rank(u) == best]
    if len(top) > 1:
        raise AmbiguousName(name, [(u, store.name_at(u)) for u in top])
    return top[0]


def candidate_units(store: GraphStore, name: str, *, jurisdiction: str | None = None) -> list[str]:
    gaz = store.gazetteer()
    contexts = [jurisdiction] if jurisdiction else [CENTRAL] + sorted(j.id for j in store.jurisdictions() if j.id != CENTRAL)
    found: set[str] = set()
    for context in contexts:
        assert context is not None
        placed = place_name(name, context, gaz)
        if jurisdiction is None and not placed.explicit and placed.jurisdiction != context:
            continue
        local = store.alias_rules().expand(placed.jurisdiction, placed.local) or placed.local
        for variant in name_variants(local):
            found.update(store.units_by_key(lookup_key(placed.jurisdiction, variant)))
    return sorted(found)
