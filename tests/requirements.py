"""What a test needs from the machine (a Neo4j server, a browser): in CI a missing part
fails the run, never skips it; on a developer machine the test skips with one clear line."""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def unavailable(what: str, reason: str) -> None:
    """Fail (CI) or skip (elsewhere) because ``what`` cannot run here, for ``reason``."""
    first = reason.strip().splitlines()[0] if reason.strip() else "unknown reason"
    if in_ci():
        pytest.fail(f"{what} unavailable (CI=true, so this fails instead of skipping):\n{reason}", pytrace=False)
    pytest.skip(f"{what} unavailable: {first[:300]}")
