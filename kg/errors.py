"""The small exception hierarchy shared by every layer.

Every error carries a Chinese message for users (``message``); ``str(err)`` is that message,
so the CLI and the API can show it as it is, without a stack trace.
"""

from __future__ import annotations


class KGError(Exception):
    """Base of all bianzhi-kg errors. ``code`` is stable and used by the HTTP API."""

    code = "kg_error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UnitNotFound(KGError):
    code = "unit_not_found"


class AmbiguousName(KGError):
    """A name matches several units; the candidates are listed, never guessed."""

    code = "ambiguous_name"

    def __init__(self, name: str, candidates: list[tuple[str, str]]):
        listed = "；".join(f"{label}（{uid}）" for uid, label in candidates)
        super().__init__(f"名称“{name}”对应多个单位，请指明：{listed}")
        self.name = name
        self.candidates = candidates


class DocumentNotFound(KGError):
    code = "document_not_found"


class InvalidDate(KGError):
    code = "invalid_date"


class IngestError(KGError):
    """A file could not be ingested. ``path``/``line`` say where, ``message`` says what."""

    code = "ingest_error"

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.path = path
        self.line = line


class StoreError(KGError):
    code = "store_error"


class BackendUnavailable(KGError):
    code = "backend_unavailable"
