"""A body's inauguration day dating how the same report says it was formed (seventeenth session).

News of a new body opens with the day it was inaugurated and tells how it was formed in a later sentence that
gives no date of its own:

    "3月18日，青山区社会工作部挂牌成立。……根据改革方案，将区委组织部的有关职责划入，组建区社会工作部。"
    "青山县医疗保障局于3月2日正式揭牌。……县医疗保障局由原县人社局的医保职责整合组建。"

The forming is the inauguration (one body is formed once): the forming event with no date takes the inauguration
day, and a bare establish read from the inauguration sentence (no inputs, no duties) is the same event, so it is
dropped when the forming event names where the body came from. An inauguration of another body, or a forming that
carries a date of its own, changes nothing.
"""

from __future__ import annotations

import re

from kg.model import EventType

from .common import as_name, event_date, name_at_end

# "3月18日，X挂牌成立" / "2021年6月5日 ,X正式揭牌" / "X于3月2日正式挂牌" (上午/下午 may follow the day)
_DAY = r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上|晚)?"
_OPENED = r"(?:正式)?(?:挂牌成立|揭牌成立|挂牌运行|揭牌运行|挂牌|揭牌)"
_DAY_FIRST = re.compile(rf"(?P<day>{_DAY})\s*[，,]?\s*(?P<body>[^，。；！？\n]{{2,40}}?){_OPENED}")
_BODY_FIRST = re.compile(rf"(?P<body>[^，。；！？\n]{{2,40}}?)于\s*(?P<day>{_DAY})\s*{_OPENED}")
_FORMING = (EventType.RE_FORM, EventType.ESTABLISH, EventType.MERGE_INTO)


def inauguration_days(text: str, full, doc_date: str | None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """{full name: day} of the bodies the text says were inaugurated on a written day (one day each: a body
    said inaugurated on two days is left out)."""
    days: dict[str, set[str]] = {}
    for pattern in (_DAY_FIRST, _BODY_FIRST):
        for m in pattern.finditer(text):
            body = m.group("body").strip()
            name = as_name(body) if as_name(body) == body else name_at_end(body)
            day = event_date(m.group("day"), doc_date)
            if name and day and len(day) == 10:
                days.setdefault(full(name), set()).add(day)
    return {name: next(iter(found)) for name, found in days.items() if len(found) == 1}


def date_forming_by_inauguration(events: list, text: str, full, doc_date: str | None) -> list:  # type: ignore[type-arg,no-untyped-def]
    """The events, the undated forming of an inaugurated body dated by its inauguration day, and the bare establish
    of the inauguration sentence dropped when that forming names its sources."""
    days = inauguration_days(text, full, doc_date)
    if not days:
        return events
    sourced: set[str] = set()
    for e in events:
        if e.type not in _FORMING or len(e.outputs) != 1:
            continue
        body = full(e.outputs[0].name)
        if body not in days:
            continue
        has_sources = bool(e.inputs or getattr(e, "duties", None))
        if e.date is None and has_sources:
            e.date = days[body]
        if has_sources and e.date == days[body]:
            sourced.add(body)
    return [e for e in events
            if not (e.type is EventType.ESTABLISH and not e.inputs and not getattr(e, "duties", None)
                    and len(e.outputs) == 1 and full(e.outputs[0].name) in sourced
                    and e.date in (None, days[full(e.outputs[0].name)]))]
