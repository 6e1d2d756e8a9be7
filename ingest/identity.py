"""Which stored document a file is.

A document is identified by its jurisdiction and its file name: re-ingesting an edited
copy (from any folder) replaces the old version, and two counties' 台账.xlsx stay apart.
"""

from __future__ import annotations

from pathlib import Path

from kg.model import stable_id
from kg.text import normalize_name


def document_id(path: str | Path, jurisdiction: str) -> str:
    return stable_id("doc", normalize_name(jurisdiction), Path(path).name)
