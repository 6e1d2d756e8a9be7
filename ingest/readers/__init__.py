"""Readers: a file's bytes -> RawDocument (text + metadata).

`read_file` picks the reader from the file's content first (a .txt that is really a
.docx is read as .docx) and from its extension second, fills in title/date/issuer/number
from the text when the file has no header for them, and applies the caller's overrides.
Every failure is a ReadError with a Chinese message naming the file.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

from ingest.readers.base import RawDocument, ReadError
from ingest.readers.docx import read_docx
from ingest.readers.html import read_html
from ingest.readers.meta import infer_meta, normalize_date
from ingest.readers.pdf import read_pdf
from ingest.readers.text import decode_bytes, read_text
from kg.text import GAP_MARK

__all__ = ["SUPPORTED_SUFFIXES", "RawDocument", "ReadError", "find_gaps", "read_file"]

_FORMAT_BY_SUFFIX = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_FORMAT_BY_SUFFIX)

_READERS: dict[str, Callable[[Path, bytes], RawDocument]] = {
    "txt": lambda path, data: read_text(path, data, "txt"),
    "md": lambda path, data: read_text(path, data, "md"),
    "docx": read_docx,
    "pdf": read_pdf,
    "html": read_html,
}

_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta")
_SUPPORTED_LIST = "、".join(SUPPORTED_SUFFIXES)


def read_file(path: str | Path, *, overrides: Mapping[str, object] | None = None) -> RawDocument:
    """Read one document; overrides (e.g. date, jurisdiction, title) win over everything."""
    file_path = Path(path)
    data = _read_bytes(file_path)
    fmt = _detect_format(file_path, data)
    document = _READERS[fmt](file_path, data)
    document.path = str(file_path)
    document.meta = infer_meta(document.text, document.meta)
    _apply_overrides(document, overrides or {})
    document.gaps = find_gaps(document.text)
    document.sha256 = hashlib.sha256(data).hexdigest()
    return document


def find_gaps(text: str) -> list[tuple[int, int]]:
    """Spans of missing-text marks such as [……] or [……以下原文缺失……]."""
    return [(match.start(), match.end()) for match in GAP_MARK.finditer(text)]


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "文件不存在，请检查路径") from None
    except IsADirectoryError:
        raise ReadError(path, "这是一个文件夹，不是文件") from None
    except PermissionError:
        raise ReadError(path, "没有读取这个文件的权限") from None
    except OSError as exc:
        raise ReadError(path, f"读取文件失败（{exc.strerror or type(exc).__name__}）") from None
    if not data:
        raise ReadError(path, "文件是空的（0 字节）")
    return data


def _detect_format(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    declared = _FORMAT_BY_SUFFIX.get(suffix)
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        return _zip_format(path, data, declared)
    _refuse_known_binary(path, data)
    if declared in ("pdf", "docx"):
        raise ReadError(path, _wrong_content_reason(declared))
    if _looks_like_html(data):
        return "html"
    if declared is not None:
        return declared
    return _unknown_suffix_format(path, data, suffix)


def _zip_format(path: Path, data: bytes, declared: str | None) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            is_word = "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        if declared == "docx":
            return "docx"  # the docx reader explains the damage
        raise ReadError(path, "这是一个已损坏的 ZIP/Office 文件，无法读取") from None
    if is_word:
        return "docx"
    raise ReadError(path, "这是 ZIP 压缩包（或 .xlsx/.pptx 等），不是可导入的文档；请解压或另存为 .docx/.txt")


def _refuse_known_binary(path: Path, data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        raise ReadError(path, "这是旧版 Office 文件（.doc/.xls），暂不支持；请另存为 .docx 后再导入")
    if data.startswith(b"{\\rtf"):
        raise ReadError(path, "RTF 格式暂不支持，请另存为 .docx 或 .txt 后再导入")
    if data.startswith(_IMAGE_MAGIC):
        raise ReadError(path, "这是图片文件，没有文字；请先做文字识别（OCR）后再导入")


def _wrong_content_reason(declared: str) -> str:
    if declared == "pdf":
        return "不是有效的 PDF 文件（文件头缺少 %PDF 标记），文件可能已损坏或扩展名不对"
    return "不是有效的 Word（.docx）文件（内容不是 ZIP 格式），可能已损坏，或是旧版 .doc 改了扩展名"


def _looks_like_html(data: bytes) -> bool:
    start = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(_HTML_STARTS):
        return b"<html" in data[:4096].lower() or b"<body" in data[:65536].lower()
    return False


def _unknown_suffix_format(path: Path, data: bytes, suffix: str) -> str:
    try:
        decode_bytes(path, data)
    except ReadError:
        shown = suffix or "（无扩展名）"
        raise ReadError(path, f"不支持的文件类型 {shown}；支持的类型：{_SUPPORTED_LIST}") from None
    return "txt"


def _apply_overrides(document: RawDocument, overrides: Mapping[str, object]) -> None:
    for key, value in overrides.items():
        if value is None or str(value).strip() == "":
            continue
        text_value = str(value).strip()
        if key == "date":
            date = normalize_date(text_value)
            if date is None:
                raise ReadError(
                    document.path,
                    f"指定的日期“{text_value}”格式不正确，应为 YYYY、YYYY-MM 或 YYYY-MM-DD",
                )
            text_value = date
        document.meta[key] = text_value
