"""Settings read from the environment: one reader of numeric variables for every setting
table (``api.settings``, ``ingest.limits``), so both refuse a bad value with the same message."""

from __future__ import annotations

import os

from kg.errors import KGError


def positive_number(name: str, default: float) -> float:
    """The environment variable ``name`` as a positive number; ``default`` when it is unset or
    blank. A value that is not a number, or not positive, is refused in Chinese."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw)
    except ValueError:
        raise KGError(f"环境变量 {name} 应为数字，当前为“{raw}”") from None
    if value <= 0:
        raise KGError(f"环境变量 {name} 应为正数，当前为“{raw}”")
    return value
