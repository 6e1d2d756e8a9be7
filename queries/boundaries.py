"""职责分工 statements (``Boundary``) that answer "X怎么分工 / 前后谁管 / 分别由谁负责".

A 三定 or a notice that divides a duty between named units ("县农业农村局负责食用农产品……进入
批发、零售市场前的……；进入……后，由县市场监督管理局监督管理") is the ready answer to a question
about how that duty is split: the units it names, with its sentence. One function, read by
``queries.ask`` (the overlap answerer).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kg.dates import start_of
from kg.index.clause_index import ClauseIndex
from kg.model import Boundary
from kg.store import GraphStore
from queries.evidence import evidence
from queries.scope import in_jurisdiction
from queries.who_handles import _bigrams, _weights

# share of the asked phrase (character pairs weighted by rarity) a statement must say
MIN_COVERAGE = 0.5


def division_of(store: GraphStore, topic: str, index: ClauseIndex | None, *, jurisdiction: str | None = None,
                units: list[str] | None = None, day: date | None = None) -> dict[str, Any] | None:
    """The 职责分工 statement that best says ``topic`` (in ``jurisdiction``; naming every unit
    of ``units`` when given; written by ``day`` when given): ``{"text", "units", "coverage",
    "evidence"}``, the units of every statement of the same sentence together; None when none
    says enough of it."""
    pieces = [p for p in re.split(r"[，,；;。]", topic) if len(p) >= 2]
    wanted_each = [_bigrams(p) for p in pieces]
    if not any(wanted_each):
        return None
    weights = _weights(set().union(*wanted_each), index)
    best: tuple[float, str, str] | None = None
    by_sentence: dict[tuple[str, str], list[Any]] = {}
    for b in store.boundaries():
        if jurisdiction is not None and not any(in_jurisdiction(store, u, jurisdiction) for u in b.units):
            continue
        if day is not None and (written := statement_date(store, b)) is not None and written > day:
            continue
        by_sentence.setdefault((b.prov.doc_id, b.text), []).append(b)
    for (doc, text), group in by_sentence.items():
        named = {u for b in group for u in b.units}
        if units and not set(units) <= named:
            continue
        said = _bigrams(text)
        # the piece of the question it says best ("某县级市动物疫病防控中，定点屠宰管理和屠宰检疫")
        coverage = max(sum(weights[bg] for bg in w & said) / (sum(weights[bg] for bg in w) or 1.0) for w in wanted_each if w)
        if coverage >= MIN_COVERAGE and (best is None or coverage > best[0]):
            best = (coverage, doc, text)
    if best is None:
        return None
    group = by_sentence[(best[1], best[2])]
    ordered = list(dict.fromkeys(u for b in group for u in b.units))
    return {"text": best[2], "units": ordered, "coverage": round(best[0], 4), "evidence": evidence(store, group[0].prov)}


def statement_date(store: GraphStore, statement: Boundary) -> date | None:
    """The day a 职责分工 statement was written: its document's date (None when unknown)."""
    try:
        when = store.document(statement.prov.doc_id).date
    except Exception:  # noqa: BLE001 - a statement whose document is gone has no date
        return None
    return start_of(when) if when else None
