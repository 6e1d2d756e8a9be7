"""HTML pages: visible text with block structure kept as line breaks."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ingest.readers.base import RawDocument, ReadError
from ingest.readers.meta import format_date
from ingest.readers.text import decode_bytes

_DROPPED_TAGS = [
    "script",
    "style",
    "nav",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "head",
    "button",
]
_BLOCK_TAGS = [
    "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
]  # fmt: skip
_CELL_TAGS = ["td", "th"]
_PREFORMATTED_TAGS = {"pre", "textarea"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_TITLE_SITE_SEPARATOR = re.compile(r"\s*(?:[_|｜]|\s[-—–]+\s|——)\s*")
_DATE_META_NAMES = {
    "pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime", "date", "dc.date",
    "dc.date.issued", "article:published_time", "og:release_date", "og:published_time",
}  # fmt: skip
_ISO_DATE = re.compile(r"((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})")


def read_html(path: str | Path, data: bytes) -> RawDocument:
    """Bytes of an HTML page -> RawDocument with title and date hints from the markup."""
    markup, encoding = _decode_html(path, data)
    soup = _parse(path, markup)
    meta = _embedded_meta(soup)
    text = _visible_text(soup)
    if not text.strip():
        raise ReadError(path, "网页里没有可读的正文文字")
    return RawDocument(path=str(path), text=text, meta=meta, encoding=encoding, fmt="html")


def _decode_html(path: str | Path, data: bytes) -> tuple[str, str]:
    declared = _declared_charset(data)
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    return decode_bytes(path, data)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    charset = match.group(1).decode("ascii").lower()
    return "gb18030" if charset in {"gb2312", "gbk", "gb_2312-80", "x-gbk"} else charset


def _parse(path: str | Path, markup: str) -> Any:
    from bs4 import BeautifulSoup

    from ingest import limits

    limits.check_html_depth(Path(path).name, markup, limits.current())

    try:
        return BeautifulSoup(markup, "html.parser")
    except Exception as exc:  # html.parser is lenient; this is a last resort
        raise ReadError(path, f"网页无法解析（{type(exc).__name__}）") from None


def _embedded_meta(soup: Any) -> dict[str, str]:
    meta: dict[str, str] = {}
    title = _page_title(soup)
    if title:
        meta["embedded-title"] = title
    date = _meta_date(soup)
    if date:
        meta["embedded-date"] = date
    return meta


def _page_title(soup: Any) -> str:
    heading = soup.find("h1")
    heading_text = _squash(heading.get_text(" ")) if heading else ""
    if 4 <= len(heading_text) <= 120:
        return heading_text
    title_tag = soup.find("title")
    title_text = _squash(title_tag.get_text(" ")) if title_tag else ""
    parts = [part for part in _TITLE_SITE_SEPARATOR.split(title_text) if part]
    if not parts:
        return ""
    return parts[0] if len(parts[0]) >= 4 else max(parts, key=len)


def _meta_date(soup: Any) -> str:
    for tag in soup.find_all("meta"):
        name = (tag.get("name") or tag.get("property") or tag.get("itemprop") or "").lower()
        if name in _DATE_META_NAMES:
            match = _ISO_DATE.search(tag.get("content") or "")
            if match:
                found = format_date(*match.groups())  # "" for a day that does not exist
                if found:
                    return found
    return ""


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _visible_text(soup: Any) -> str:
    from bs4.element import CData, NavigableString, PreformattedString

    for tag in soup(_DROPPED_TAGS):
        tag.decompose()
    # Comments, <!DOCTYPE>, <?xml?> and other declarations are not visible text.
    for node in soup.find_all(
        string=lambda s: isinstance(s, PreformattedString) and not isinstance(s, CData)
    ):
        node.extract()
    for node in list(soup.find_all(string=True)):
        if isinstance(node, NavigableString) and not _inside_preformatted(node):
            node.replace_with(re.sub(r"\s+", " ", str(node)))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    for cell in soup.find_all(_CELL_TAGS):
        cell.insert_after("\t")
    lines = (line.strip(" \t") for line in soup.get_text().split("\n"))
    return "\n".join(line for line in lines if line)


def _inside_preformatted(node: Any) -> bool:
    return any(parent.name in _PREFORMATTED_TAGS for parent in node.parents)
