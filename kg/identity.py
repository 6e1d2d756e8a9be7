"""One event, many sources: event statements from different documents that report the
same reform are shown as one event.

Each document keeps its own resolved ``Event`` records (deleting a document removes only
what it stated). This module groups them, on read, into merged events that carry every
source. The rule (docs/identity.md):

* same type; outputs equal or one a subset of the other (inputs likewise; an event without
  outputs must share an input; a sign event must name the same sign); never two events of
  one document;
* dates agree: the same day; or one date only year- or month-precise and the other inside
  it; or a news report dated within ``NEWS_WINDOW_DAYS`` before an official document;
* an undated event joins a group only when exactly one group of the same type has the same
  outputs and a dated source.

The merged event's date is its first source's date, sources ranked by: an explicit day in
the sentence (挂牌/成立 …) over a document's date; official document over news over
yearbook; the more precise date over the less; then the earlier date and the id. Its id is
that source event's id, so an event reported once keeps its id.

>>> [len(e.attrs["sources"]) for e in merged_events(store) if e.type == "establish"]  # doctest: +SKIP
[2, 1, ...]
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from dataclasses import replace
from typing import Any

from kg.dates import end_of, start_of
from kg.model import Document, Event, record_unit_refs

#: how long before an official document a news report of the same reform may be dated
NEWS_WINDOW_DAYS = 60

#: source tiers: official documents first, then news reports, then yearbooks and reviews
OFFICIAL, NEWS, YEARBOOK = 0, 1, 2
_NEWS_TITLE = re.compile(r"报道|新闻|摘要|摘录|客户端|记者")
_YEARBOOK_TITLE = re.compile(r"年鉴|大事记|回顾|综述")


def source_tier(doc: Document | None) -> int:
    """Official (三定, plans, notices, ledgers) 0, news 1, yearbooks and reviews 2. A plan that
    is really a news summary of one ("新闻摘要", "报道摘录") counts as news."""
    if doc is None:
        return NEWS
    if doc.kind == "report" or _YEARBOOK_TITLE.search(doc.title or ""):
        return YEARBOOK
    if doc.kind == "news" or _NEWS_TITLE.search(doc.title or ""):
        return NEWS
    return OFFICIAL


def _precision(value: str | None) -> int:
    return 0 if not value else value.count("-") + 1


def _compatible(a: list[str], b: list[str], *, need_common: bool) -> bool:
    sa, sb = set(a), set(b)
    if need_common and not (sa & sb):
        return False
    return sa <= sb or sb <= sa


class _Source:
    __slots__ = ("event", "doc", "tier", "explicit")

    def __init__(self, event: Event, doc: Document | None):
        self.event = event
        self.doc = doc
        self.tier = source_tier(doc)
        # a day the sentence itself states (挂牌/成立 on …), not the document's own date; a
        # yearbook's "2018年3月" is a summary, not an explicit date
        self.explicit = bool(event.date and _precision(event.date) == 3 and doc is not None
                             and event.date != doc.date)

    def rank(self) -> tuple[Any, ...]:
        """The order sources are trusted in (the first one gives the merged event's date)."""
        d = self.event.date
        return (0 if d else 1, 0 if self.explicit else 1, self.tier, -_precision(d), d or "", self.event.id)


def dates_agree(a: _Source, b: _Source) -> bool:
    da, db = a.event.date, b.event.date
    if not da or not db:
        return False
    if da == db:
        return True
    pa, pb = _precision(da), _precision(db)
    if pa != pb:
        coarse, fine = (da, db) if pa < pb else (db, da)
        if start_of(coarse) <= start_of(fine) <= end_of(coarse):
            return True
    if pa == 3 and pb == 3:
        for news, official in ((a, b), (b, a)):
            if news.tier != OFFICIAL and official.tier == OFFICIAL:
                gap = (start_of(official.event.date or "") - start_of(news.event.date or "")).days
                if 0 <= gap <= NEWS_WINDOW_DAYS:
                    return True
    return False


def same_units(a: Event, b: Event) -> bool:
    """Inputs and outputs compatible (equal, or one a subset of the other)."""
    if a.type != b.type:
        return False
    if a.attrs.get("sign") != b.attrs.get("sign"):
        return False
    if a.outputs or b.outputs:
        if not _compatible(a.outputs, b.outputs, need_common=True):
            return False
        return _compatible(a.inputs, b.inputs, need_common=False)
    return _compatible(a.inputs, b.inputs, need_common=True)


def same_event(a: _Source, b: _Source) -> bool:
    if a.event.prov.doc_id == b.event.prov.doc_id or not same_units(a.event, b.event):
        return False
    return dates_agree(a, b)


def group_events(events: list[Event], documents: dict[str, Document]) -> list[list[_Source]]:
    """Groups of event records that report one event, each group best source first."""
    sources = sorted((_Source(e, documents.get(e.prov.doc_id)) for e in events), key=_Source.rank)
    groups: list[list[_Source]] = []
    by_type: dict[str, list[list[_Source]]] = defaultdict(list)
    for src in sources:
        candidates = by_type[src.event.type]
        if src.event.date:
            chosen = next((g for g in candidates if all(same_event(src, m) for m in g)), None)
        else:
            fits = [g for g in candidates if g[0].event.date and src.event.outputs
                    and set(g[0].event.outputs) == set(src.event.outputs)
                    and all(m.event.prov.doc_id != src.event.prov.doc_id and same_units(src.event, m.event) for m in g)]
            chosen = fits[0] if len(fits) == 1 else None
        if chosen is None:
            chosen = []
            groups.append(chosen)
            candidates.append(chosen)
        chosen.append(src)
    return groups


def _merged(group: list[_Source]) -> Event:
    first = group[0].event
    if len(group) == 1:
        event = replace(first, attrs=dict(first.attrs))
    else:
        inputs = list(dict.fromkeys(u for s in group for u in s.event.inputs))
        outputs = list(dict.fromkeys(u for s in group for u in s.event.outputs))
        moves, seen = [], set()
        for s in group:
            for m in s.event.moves:
                key = (m.clause_id, m.source, m.target)
                if key not in seen:
                    seen.add(key)
                    moves.append(m)
        attrs: dict[str, Any] = {}
        for s in reversed(group):
            attrs.update(s.event.attrs)
        event = replace(first, inputs=inputs, outputs=outputs, moves=moves, attrs=attrs)
    event.attrs["sources"] = [
        {"event_id": s.event.id, "document": s.event.prov.doc_id, "title": s.doc.title if s.doc else "",
         "kind": s.doc.kind if s.doc else None, "date": s.event.date, "document_date": s.doc.date if s.doc else None,
         "text": s.event.prov.sentence, "start": s.event.prov.start, "end": s.event.prov.end}
        for s in group
    ]
    return event


_CACHE: weakref.WeakKeyDictionary[Any, tuple[int, list[Event], dict[str, list[Event]]]] = weakref.WeakKeyDictionary()


def _view(store: Any) -> tuple[list[Event], dict[str, list[Event]]]:
    cached = _CACHE.get(store)
    if cached is not None and cached[0] == store.revision:
        return cached[1], cached[2]
    documents = {d.id: d for d in store.documents()}
    merged = [_merged(g) for g in group_events(store.events(), documents)]
    merged.sort(key=lambda e: (e.date or "", e.id))
    by_unit: dict[str, list[Event]] = defaultdict(list)
    for event in merged:
        for uid in sorted(record_unit_refs("event", event)):
            by_unit[uid].append(event)
    _CACHE[store] = (store.revision, merged, by_unit)
    return merged, by_unit


def merged_events(store: Any, unit_id: str | None = None) -> list[Event]:
    """Events as staff count them: one per real event, ``attrs['sources']`` listing every
    document that reports it (best source first). ``unit_id``: those that concern the unit
    (input, output, duty giver or taker), like ``GraphStore.events``."""
    merged, by_unit = _view(store)
    return list(merged) if unit_id is None else list(by_unit.get(unit_id, []))


def merged_event(store: Any, event_id: str) -> Event | None:
    """The merged event that any of its source events' ids names."""
    for event in _view(store)[0]:
        if event.id == event_id or any(s["event_id"] == event_id for s in event.attrs.get("sources", [])):
            return event
    return None


def echo_event_ids(events: list[Event]) -> set[str]:
    """Ids of the event records that are second (or later) reports of a merged event: the
    facts they added repeat the first source's and are shown once, through the event."""
    return {s["event_id"] for e in events for s in e.attrs.get("sources", [])[1:]}


def source_count(event: Event) -> int:
    return len({s["document"] for s in event.attrs.get("sources", [])}) or 1


def sources_label(event: Event) -> str:
    """"来源：N 份文件", as the unit page, the lineage graph and ``kg show`` write it."""
    return f"来源：{source_count(event)} 份文件"


__all__ = ["NEWS_WINDOW_DAYS", "echo_event_ids", "dates_agree", "group_events", "merged_event", "merged_events",
           "same_event", "source_count", "source_tier", "sources_label"]
