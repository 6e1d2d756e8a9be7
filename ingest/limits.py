"""Limits on what one file may cost to read: size, zip expansion, HTML nesting, table rows
and time. The same limits hold for `kg ingest` and for uploads; each refusal names the file,
the limit and the setting that changes it, in Chinese.

| setting | meaning | default |
| --- | --- | --- |
| ``KG_MAX_FILE_MB`` | largest file read, in MB | 20 |
| ``KG_MAX_UNZIPPED_MB`` | .docx / .xlsx: largest total size of the members once unpacked, in MB | 200 |
| ``KG_MAX_ZIP_RATIO`` | .docx / .xlsx: largest unpacked / packed size ratio of a member | 100 |
| ``KG_MAX_HTML_DEPTH`` | deepest nesting of HTML elements | 256 |
| ``KG_MAX_ROWS`` | most rows of a table or ledger (all sheets together) | 50000 |
| ``KG_MAX_SECONDS_PER_FILE`` | time budget for reading and extracting one file, in seconds | 300 |

The zip members are judged from the sizes the archive declares, before anything is
unpacked; the time budget is checked between the steps of reading and extraction and inside
the readers' loops (it does not interrupt a step that is running).
"""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from kg.env import positive_number
from kg.errors import KGError

MB = 1024 * 1024


class LimitExceeded(KGError):
    """A file over one of the limits; the message names the file, the limit and the setting."""

    code = "limit_exceeded"


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 20
    max_unzipped_mb: float = 200
    max_zip_ratio: float = 100
    max_html_depth: int = 256
    max_rows: int = 50000
    max_seconds: float = 300  # wall time: a 20 MB text on a busy two-core machine needs minutes

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_file_mb=positive_number("KG_MAX_FILE_MB", cls.max_file_mb),
            max_unzipped_mb=positive_number("KG_MAX_UNZIPPED_MB", cls.max_unzipped_mb),
            max_zip_ratio=positive_number("KG_MAX_ZIP_RATIO", cls.max_zip_ratio),
            max_html_depth=int(positive_number("KG_MAX_HTML_DEPTH", cls.max_html_depth)),
            max_rows=int(positive_number("KG_MAX_ROWS", cls.max_rows)),
            max_seconds=positive_number("KG_MAX_SECONDS_PER_FILE", cls.max_seconds),
        )


@dataclass
class _Current:
    name: str
    limits: Limits
    deadline: float


_CURRENT: ContextVar[_Current | None] = ContextVar("kg_ingest_limits", default=None)


@contextmanager
def reading(path: str | Path, limits: Limits) -> Iterator[None]:
    """The limits of the file being read (readers ask ``current()``), and its time budget."""
    token = _CURRENT.set(_Current(Path(path).name, limits, time.monotonic() + limits.max_seconds))
    try:
        yield
    finally:
        _CURRENT.reset(token)


def current() -> Limits:
    state = _CURRENT.get()
    return state.limits if state is not None else Limits.from_env()


def check_time(step: str = "") -> None:
    """Raise when the file being read is over its time budget."""
    state = _CURRENT.get()
    if state is not None and time.monotonic() > state.deadline:
        where = f"（{step}）" if step else ""
        raise LimitExceeded(f"{state.name}：读取和提取超过时间上限 {state.limits.max_seconds:g} 秒{where}，"
                            f"未导入（设置 KG_MAX_SECONDS_PER_FILE）")


def _mb(n: float) -> str:
    return f"{n / MB:.1f} MB" if n >= MB / 10 else f"{n / 1024:.0f} KB"


def check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_file_mb * MB:
        raise LimitExceeded(f"{name}：文件大小 {_mb(size)} 超过上限 {limits.max_file_mb:g} MB，未导入"
                            f"（设置 KG_MAX_FILE_MB）")


def check_zip(name: str, source: str | Path | object, limits: Limits) -> None:
    """A .docx / .xlsx (any zip) judged by its declared member sizes, before unpacking."""
    try:
        with zipfile.ZipFile(source) as archive:  # type: ignore[arg-type]
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a readable zip: the reader explains the damage
    total = 0
    for info in members:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MB and ratio > limits.max_zip_ratio:
            raise LimitExceeded(
                f"{name}：压缩包成员 {info.filename} 解压后 {_mb(info.file_size)}，是压缩大小的 {ratio:.0f} 倍，"
                f"超过上限 {limits.max_zip_ratio:g} 倍（疑似压缩炸弹），未导入（设置 KG_MAX_ZIP_RATIO）")
    if total > limits.max_unzipped_mb * MB:
        raise LimitExceeded(f"{name}：解压后共 {_mb(total)}，超过上限 {limits.max_unzipped_mb:g} MB，未导入"
                            f"（设置 KG_MAX_UNZIPPED_MB）")


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "keygen", "command", "basefont", "frame", "isindex", "spacer"}
# elements that a new sibling of the same name closes (<p>a<p>b, <li>, table cells)
_SELF_CLOSING_SIBLINGS = {"p", "li", "dt", "dd", "tr", "td", "th", "option"}


def check_html_depth(name: str, markup: str, limits: Limits) -> None:
    """Refuse markup nested deeper than the limit (parsing it costs time and memory far
    beyond its size), from a scan of its tags before it is parsed."""
    depth = 0
    stack: list[str] = []
    cap = limits.max_html_depth
    for k, m in enumerate(_TAG.finditer(markup)):
        closing, tag, self_closed = m.group(1), m.group(2).lower(), m.group(3)
        if closing:
            if tag in stack:
                while stack and stack.pop() != tag:
                    pass
            depth = len(stack)
            continue
        if self_closed or tag in _VOID:
            continue
        if tag in _SELF_CLOSING_SIBLINGS and stack and stack[-1] == tag:
            stack.pop()
        stack.append(tag)
        depth = len(stack)
        if depth > cap:
            raise LimitExceeded(f"{name}：网页元素嵌套超过上限 {cap} 层，未导入（设置 KG_MAX_HTML_DEPTH）")
        if k % 4096 == 0:
            check_time("解析网页")


def check_rows(name: str, rows: int) -> None:
    limit = current().max_rows
    if rows > limit:
        raise LimitExceeded(f"{name}：表格共 {rows} 行，超过上限 {limit} 行，未导入（设置 KG_MAX_ROWS）")
