"""The day a document speaks from, for facts it records without a date of their own."""

from __future__ import annotations

import re
from datetime import date

from kg.dates import start_of
from kg.store import GraphStore

# a year the text names: "2018年11月05日", "1988年撤区并乡", a number "新发〔2019〕2号" / "[2019]"
_YEAR_TOLD = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)|[〔\[［（(]((?:19|20)\d{2})[〕\]］）)]")


def document_day(store: GraphStore, doc_id: str) -> date | None:
    """The document's date; for an undated document, the first year its title covers (an
    undated ledger "（2015—2025年）"), else the earliest year its text names; None when nothing
    dates it."""
    try:
        doc = store.document(doc_id)
    except Exception:  # a fact whose document is gone: no date to hold it to
        return None
    raw = doc.date
    if not raw:
        years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", doc.title or "")] or years_told(doc.text)
        return date(min(years), 1, 1) if years else None
    try:
        return start_of(raw)
    except Exception:
        return None


class DocumentDays:
    """``document_day`` of each document, read once per query (many facts of one answer share a
    document)."""

    def __init__(self, store: GraphStore) -> None:
        self._store = store
        self._days: dict[str, date | None] = {}

    def __call__(self, doc_id: str) -> date | None:
        if doc_id not in self._days:
            self._days[doc_id] = document_day(self._store, doc_id)
        return self._days[doc_id]


def years_told(text: str) -> list[int]:
    """The years an undated document's text speaks of ("辽宁日报 2018年11月05日", "1988年撤区并乡",
    "新发〔2019〕2号"): the earliest is the first it can tell about, so an undated fact it records
    is no answer before then."""
    return [int(a or b) for a, b in _YEAR_TOLD.findall(text or "")]
