"""Counts of a place's bodies by class ("X县政府有几个工作部门", "X市设置党政机构多少个", "县委工作机关几个"):
the STAFFING rows of a class kind (政府工作部门 on the government, 党委机构 on the party committee, 党政机构 on
the place itself; tests/gold/README.md) recorded at or before the day asked. Nothing else is counted: the
units of a kind the graph happens to hold are not the number a document states."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kg.dates import start_of
from kg.model import BODY_KINDS, Predicate

__all__ = ["BODY_CUES", "BODY_KINDS", "asked_kind", "body_count_rows"]

# the words of a question asking for such a count (a mode of the staffing intent)
BODY_CUES = ("工作部门", "党政机构", "党政机关", "党委机构", "党委工作机关", "委工作机关", "政府机构", "政府部门",
             "党委工作部门")


def asked_kind(text: str) -> str:
    if "党政" in text:
        return "党政机构"
    if re.search(r"(?:党委|[省市县区州旗]委)(?:工作)?(?:机关|机构|部门)", text):
        return "党委机构"
    return "政府工作部门"


def body_count_rows(store: Any, kind: str, place: str | None, units: list[str], day: date) -> list[Any]:
    """The facts of ``kind`` whose subject is one of ``units`` or, failing that, the place (or one of
    its bodies), dated at or before ``day`` (undated first), oldest first."""
    facts = [f for f in store.facts(predicate=Predicate.STAFFING) if f.value == kind
             and (f.valid_from is None or start_of(f.valid_from) <= day)]
    mine = [f for f in facts if f.subject in units]
    if not mine and place:
        mine = [f for f in facts if f.subject == place or (store.get_unit(f.subject) is not None
                                                           and store.get_unit(f.subject).jurisdiction == place)]
    return sorted(mine, key=lambda f: (f.valid_from is not None, str(f.valid_from or "")))
