"""PDF: the text layer, read with pdfminer.six; scanned PDFs are refused with a hint."""

from __future__ import annotations

import io
import re
from pathlib import Path

from ingest.readers.base import RawDocument, ReadError
from ingest.readers.text import display_width, printed_width

_NO_TEXT_LAYER = "PDF 没有文本层（可能是扫描件），请先做文字识别"
_SENTENCE_FINAL = tuple("。！？：；”’）!?:;")
_LINE_STARTS_BLOCK = re.compile(
    r"\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.、．]|"
    r"第[一二三四五六七八九十百千\d]+[章节条款]|附件)"
)
_ONE_CHARACTER = 2  # display columns of one CJK character
_NARROWEST_PAGE = 24  # display columns: a column of 12 CJK characters (a page printed in two) is a page's width


def read_pdf(path: str | Path, data: bytes) -> RawDocument:
    """Bytes of a PDF -> RawDocument; visual line wraps inside paragraphs are joined."""
    if b"%PDF-" not in data[:1024]:
        raise ReadError(path, "不是有效的 PDF 文件（文件头缺少 %PDF 标记），文件可能已损坏或类型不对")
    raw_text = _extract_text(path, data)
    pages = raw_text.rstrip("\x0c").split("\x0c") if raw_text.strip() else []
    text = "\n".join(_clean_page(page) for page in pages).strip("\n")
    if not text.strip():
        raise ReadError(path, _NO_TEXT_LAYER)
    meta = {"pages": str(len(pages))}
    embedded_title = _embedded_title(data)
    if embedded_title:
        meta["embedded-title"] = embedded_title
    return RawDocument(path=str(path), text=text, meta=meta, encoding="binary", fmt="pdf")


def _extract_text(path: str | Path, data: bytes) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return extract_text(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError(path, "PDF 已加密（需要密码），请先解除加密后再导入") from None
    except Exception as exc:  # pdfminer raises many kinds on broken files
        if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
            raise ReadError(path, "PDF 已加密（需要密码），请先解除加密后再导入") from None
        raise ReadError(path, f"PDF 文件已损坏，无法解析（{type(exc).__name__}）") from None


def _embedded_title(data: bytes) -> str:
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser
        from pdfminer.pdftypes import resolve1
        from pdfminer.utils import decode_text

        document = PDFDocument(PDFParser(io.BytesIO(data)))
        for info in document.info:
            title = resolve1(info.get("Title"))
            if isinstance(title, bytes):
                return decode_text(title).strip()
            if isinstance(title, str):
                return title.strip()
    except Exception:
        return ""
    return ""


def _clean_page(page: str) -> str:
    lines = [line.rstrip() for line in page.split("\n")]
    lines = _drop_repeated_blank_lines(lines)
    return "\n".join(_join_wrapped_lines(lines))


def _drop_repeated_blank_lines(lines: list[str]) -> list[str]:
    kept: list[str] = []
    for line in lines:
        if not line.strip() and (not kept or not kept[-1].strip()):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def _join_wrapped_lines(lines: list[str]) -> list[str]:
    """Join a line that fills the page's printed width (``text.printed_width``) with the next one (a visual wrap)."""
    width = printed_width(lines, narrowest=_NARROWEST_PAGE)
    if width is None:
        return lines
    joined: list[str] = []
    previous_line = ""  # the physical line before, not the joined one
    for line in lines:
        if joined and _is_wrapped(previous_line, line, width):
            separator = " " if joined[-1][-1:].isascii() and line.strip()[:1].isascii() else ""
            joined[-1] = joined[-1] + separator + line.strip()
        else:
            joined.append(line)
        previous_line = line
    return joined


def _is_wrapped(previous: str, line: str, width: int) -> bool:
    """A PDF's line is where its text layer broke it: a wrapped one fills the width to within a character."""
    previous = previous.strip()
    return (
        display_width(previous) >= width - _ONE_CHARACTER
        and bool(line.strip())
        and not previous.endswith(_SENTENCE_FINAL)
        and _LINE_STARTS_BLOCK.match(line) is None
    )
