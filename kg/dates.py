"""Partial dates: '2018', '2018-03' or '2018-03-21'.

Documents often give only a year or a month. A partial date is kept as written (a string in
ISO order) and compared through the first and last day it covers. Validity intervals are
half-open: a fact valid from F to T holds on every day d with start(F) <= d < start(T).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from kg.errors import InvalidDate

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_CN_DATE = re.compile(r"^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?(底|初|末)?$")


def parse_partial(value: str | date | None) -> str | None:
    """Normalize a user or document date to 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.

    >>> parse_partial("2018-3")
    '2018-03'
    >>> parse_partial("2017年")
    '2017'
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip().replace("/", "-").replace(".", "-")
    m = _PARTIAL.match(text) or _CN_DATE.match(text)
    if not m:
        raise InvalidDate(f"日期“{value}”无法识别，请写成 2018、2018-03 或 2018-03-21")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        date(int(year), 1, 1)  # year 0 is not a date
        if day:
            return date(int(year), int(month), int(day)).isoformat()
        if month:
            if not 1 <= int(month) <= 12:
                raise ValueError
            return f"{int(year):04d}-{int(month):02d}"
    except ValueError as exc:
        raise InvalidDate(f"日期“{value}”不存在") from exc
    return f"{int(year):04d}"


@lru_cache(maxsize=65536)
def start_of(value: str) -> date:
    """First day a partial date covers (cached: the same few dates recur everywhere)."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def end_of(value: str) -> date:
    """Last day a partial date covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], 12, 31)


def as_of(value: str | date | None) -> date:
    """The day a query is asked about. A partial date means its last day ('2017' = end of 2017);
    no date means today."""
    if value is None or value == "":
        return date.today()
    if isinstance(value, date):
        return value
    normalized = parse_partial(value)
    assert normalized is not None
    return end_of(normalized)


def holds_at(valid_from: str | None, valid_to: str | None, day: date) -> bool:
    """Whether a half-open validity interval contains ``day``. Open ends are unbounded."""
    if valid_from is not None and start_of(valid_from) > day:
        return False
    return not (valid_to is not None and start_of(valid_to) <= day)


def sort_key(value: str | None) -> tuple[int, str]:
    """Order dates with unknown ones first (they mean 'since before the record starts')."""
    return (0, "") if value is None else (1, value)
