"""Shared types of the readers: the document they return and the error they raise."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class RawDocument:
    """A file turned into text.

    text: the body (header lines removed, original line breaks kept, "\\r\\n" -> "\\n").
    meta: title, date ('YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'), issuer, number, source, status,
          and any other '# key: value' header; only keys with a value are present.
    encoding: how the bytes were decoded ('utf-8', 'gb18030', ...; 'binary' for PDF).
    fmt: 'txt', 'md', 'docx', 'pdf' or 'html'.
    gaps: spans in text of missing-text marks such as [……以下原文缺失……].
    sha256: of the bytes that were read (the very version the text comes from).
    """

    path: str
    text: str
    meta: dict[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    fmt: str = "txt"
    gaps: list[tuple[int, int]] = field(default_factory=list)
    sha256: str = ""


class ReadError(Exception):
    """A file that cannot be turned into text; the message is Chinese and names the file."""

    def __init__(self, path: str | Path, reason: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"（第 {line} 行）" if line is not None else ""
        self.message = f"文件 {Path(path).name} 无法读取{where}：{reason}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message
