"""The body a class of units stands for in an answer: "工商部门" of 某省 in 2004 is 某省工商行政管理局.

A 职责分工 text names its parties by their line of work ("环保部门主导，水利部门配合", "农业行政主管
部门负责…", "工商部门负责流通环节"): the graph keeps each such class as written (it names the
bodies of that line at every level, ``kg.short_forms``). Asked which body handles a matter in a
place, staff mean that place's body of the line at the day asked. So an answer naming a class
names instead the ONE unit of the class's place, existing at the day, whose name the class's stem
stands for, best fit first:

1. the stem and a bare suffix (农业 → 农业部 / 农业厅, 水利 → 水利局);
2. the stem and 行政管理 / 监督管理 before the suffix (工商 → 工商行政管理局);
3. an abbreviation of the name (环保 → 环境保护部, 食品药品监管 → 食品药品监督管理局).

A central name is read without 国家 (国家工商行政管理总局); a body inside another candidate (X总局
办公厅) is no candidate; a unit whose dated existence holds at the day comes first, and a unit
known only by name (no dated existence) is one only by the plain stem and suffix. With none at
the day asked, the day the class was written (its document's date, when not after the day asked)
is tried: a 2016 statement's 环保部门 is the body of 2016, by its name at the day asked. Two units
at the best fit, none, or a class written with a level (省级…部门, 各级…) leave the class as it
is: nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date

from kg.dates import start_of
from kg.model import Predicate
from kg.names import CENTRAL
from kg.revcache import RevisionCache
from kg.short_forms import CLASS_HEAD, UNIT_END, abbreviates, class_stems
from kg.store import GraphStore, existence_holds
from queries.evidence import evidence
from queries.scope import alive

_LEVEL = re.compile(r"^(?:省级|市级|县级|区级|乡级|各级|同级|上级|下级|地方|基层|辖区)")
_SUFFIX = ("部", "厅", "局", "总局", "委员会", "委")
_ADMIN = ("行政管理", "监督管理")


def _group_by_place(store: GraphStore) -> dict[str, list[str]]:
    by_place: dict[str, list[str]] = {}
    for unit in store.units():
        by_place.setdefault(unit.jurisdiction, []).append(unit.id)
    return by_place


# The units of each place, built once per store revision: a class is resolved among its own
# place's units, never by a scan of every unit in the store for each class in an answer.
_UNITS_OF_PLACE: RevisionCache[dict[str, list[str]]] = RevisionCache(_group_by_place)


def units_of_place(store: GraphStore, jurisdiction: str) -> list[str]:
    """The unit ids of one place (its own units, not those of the places below it)."""
    return list(_UNITS_OF_PLACE.get(store).get(jurisdiction, ()))


def _local(store: GraphStore, uid: str, day: date) -> str:
    """The unit's name at ``day`` without its place (and a central name without 国家)."""
    unit = store.get_unit(uid)
    name = store.name_at(uid, day)
    if unit is None:
        return name
    if unit.jurisdiction != CENTRAL and name.startswith(unit.jurisdiction):
        return name[len(unit.jurisdiction):]
    return name[2:] if unit.jurisdiction == CENTRAL and name.startswith("国家") else name


def _tier(stem: str, local: str) -> int | None:
    """How well ``local`` fits the class stem: 0 best, None not at all."""
    if not (UNIT_END.search(local) or local.endswith(("部", "总局"))) or CLASS_HEAD.search(local):
        return None
    if any(local == stem + s for s in _SUFFIX):
        return 0
    if any(local == stem + a + s for a in _ADMIN for s in _SUFFIX):
        return 1
    return 2 if abbreviates(stem, local) else None


def _dated_at(store: GraphStore, uid: str, day: date) -> bool:
    spans = [f for f in store.facts(uid, Predicate.EXISTS) if f.valid_from or f.valid_to]
    return bool(spans) and existence_holds(spans, day)


def _body_at(store: GraphStore, unit_id: str, jurisdiction: str, stems: list[str], day: date) -> str | None:
    fits: dict[str, tuple[int, int]] = {}
    names: dict[str, str] = {}
    for other in units_of_place(store, jurisdiction):
        if other == unit_id or not alive(store, other, day):
            continue
        name = _local(store, other, day)
        tier = min((t for t in (_tier(stem, name) for stem in stems) if t is not None), default=None)
        dated = _dated_at(store, other, day)
        if tier is not None and (dated or tier == 0):  # known only by name: the plain name alone
            fits[other] = (0 if dated else 1, tier)
            names[other] = name
    # a body inside another candidate ("市场监督管理总局办公厅") stands for no line of work
    fits = {u: f for u, f in fits.items() if not any(n != names[u] and names[u].startswith(n) for n in names.values())}
    if not fits:
        return None
    best = min(fits.values())
    found = [u for u, f in fits.items() if f == best]
    return found[0] if len(found) == 1 else None


def _written_days(store: GraphStore, uid: str) -> list[date]:
    """The dates of the documents that wrote the class, latest first."""
    days = set()
    for f in store.facts(uid):
        when = (evidence(store, f.prov) or {}).get("date") if f.prov else None
        if when:
            days.add(start_of(str(when)))
    return sorted(days, reverse=True)


def body_of_class(store: GraphStore, uid: str, day: date) -> str | None:
    """The one unit the class ``uid`` stands for at ``day`` (see the module docstring), else None."""
    unit = store.get_unit(uid)
    if unit is None:
        return None
    local = _local(store, uid, day)
    if _LEVEL.match(local):
        return None
    stems = class_stems(local)
    if not stems:
        return None
    for when in [day, *(d for d in _written_days(store, uid) if d <= day)]:
        body = _body_at(store, uid, unit.jurisdiction, stems, when)
        if body is not None:
            return body
    return None
