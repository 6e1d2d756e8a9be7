"""Plain text and Markdown: decode the bytes reliably, split off the '# key: value' header."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import zhconv

from ingest.readers.base import RawDocument, ReadError
from kg.text import is_cjk

# Share of characters that may be control / private-use / unassigned in real text.
_MAX_BAD_CHAR_SHARE = 0.01
# Share of CJK characters that must be common (GB2312 after simplification) to trust
# a guessed encoding: real Chinese text is far above, mis-decoded bytes far below.
_MIN_COMMON_CJK_SHARE = 0.85
# Broken bytes tolerated in an otherwise valid UTF-8/GB18030 file (shown as U+FFFD).
_MAX_DAMAGED_CHARS = 3
_MAX_DAMAGED_SHARE = 0.001
# Characters looked at when judging a guessed decoding.
_QUALITY_SAMPLE = 100_000

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_BOM_ENCODING_NAMES = {
    "utf-8-sig": "utf-8-sig",
    "utf-16-be": "utf-16",
    "utf-16-le": "utf-16",
    "utf-32-be": "utf-32",
    "utf-32-le": "utf-32",
}
_ALLOWED_CONTROLS = set("\t\n\r\x0c\x0b")


# ---------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------


def decode_bytes(path: str | Path, data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; return (text, encoding name) or raise ReadError."""
    if _is_blank(data):
        raise ReadError(path, "文件是空的，没有任何文字内容")
    bom_result = _decode_with_bom(path, data)
    if bom_result is not None:
        return bom_result
    if b"\x00" in data:
        return _decode_with_nul_bytes(path, data)
    utf8_text, utf8_error = _try_decode(data, "utf-8")
    if utf8_text is not None and _bad_char_share(utf8_text) <= _MAX_BAD_CHAR_SHARE:
        return utf8_text, "utf-8"
    gb_text, gb_error = _try_decode(data, "gb18030")
    if gb_text is not None and _text_quality(gb_text) >= _MIN_COMMON_CJK_SHARE:
        return gb_text, "gb18030"
    damaged = _decode_with_few_damaged_bytes(data)
    if damaged is not None:
        return damaged
    guessed = _best_guess(data)
    if guessed is not None:
        return guessed
    if utf8_text is None and gb_text is None:
        failure_at = max(e for e in (utf8_error, gb_error) if e is not None)
        raise ReadError(
            path,
            "有无法识别的字节，既不是有效的 UTF-8，也不是有效的 GBK/GB18030 编码（文件可能已损坏或是二进制文件）",
            line=data[:failure_at].count(b"\n") + 1,
        )
    raise ReadError(path, "文件内容不像文字（可能是二进制文件或编码错误导致的乱码）")


def _is_blank(data: bytes) -> bool:
    for bom, _ in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
            break
    return not data.replace(b"\x00", b"").strip()


def _decode_with_bom(path: str | Path, data: bytes) -> tuple[str, str] | None:
    for bom, codec in _BOMS:
        if not data.startswith(bom):
            continue
        payload = data[len(bom) :]
        try:
            text = payload.decode(codec.removesuffix("-sig") if codec == "utf-8-sig" else codec)
        except UnicodeDecodeError as exc:
            raise ReadError(
                path,
                f"文件以 {_BOM_ENCODING_NAMES[codec].upper()} 标记开头，但内容不是有效的该编码（文件可能已损坏）",
                line=payload[: exc.start].count(b"\n") + 1,
            ) from None
        if _bad_char_share(text) > _MAX_BAD_CHAR_SHARE:
            raise ReadError(path, "文件内容不像文字（含有大量控制字符），可能是二进制文件")
        return text, _BOM_ENCODING_NAMES[codec]
    return None


def _decode_with_nul_bytes(path: str | Path, data: bytes) -> tuple[str, str]:
    """NUL bytes: UTF-16 without a byte order mark, or binary."""
    if len(data) % 2 == 0:
        for codec in ("utf-16-le", "utf-16-be"):
            text, _ = _try_decode(data, codec)
            if text is not None and _text_quality(text) >= _MIN_COMMON_CJK_SHARE:
                return text, "utf-16"
    raise ReadError(path, "这不是文本文件（含有二进制内容），请确认文件类型")


def _try_decode(data: bytes, codec: str) -> tuple[str | None, int | None]:
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as exc:
        return None, exc.start


def _decode_with_few_damaged_bytes(data: bytes) -> tuple[str, str] | None:
    """UTF-8 or GB18030 with a few broken bytes (e.g. a copy cut in the middle of a character).

    The broken bytes become U+FFFD; the rest of the text is intact.
    """
    for codec in ("utf-8", "gb18030"):
        text = data.decode(codec, errors="replace")
        damaged = text.count("\ufffd")
        if damaged > max(_MAX_DAMAGED_CHARS, len(text) * _MAX_DAMAGED_SHARE):
            continue
        if codec == "utf-8" or _text_quality(text.replace("\ufffd", "")) >= _MIN_COMMON_CJK_SHARE:
            return text, codec
    return None


def _best_guess(data: bytes) -> tuple[str, str] | None:
    """Big5 and whatever charset-normalizer proposes, if the result reads as real text."""
    candidates: list[tuple[str, str]] = []
    big5_text, _ = _try_decode(data, "big5")
    if big5_text is not None:
        candidates.append((big5_text, "big5"))
    candidates.extend(_charset_normalizer_guesses(data))
    scored = [(_text_quality(text), text, codec) for text, codec in candidates]
    scored = [entry for entry in scored if entry[0] >= _MIN_COMMON_CJK_SHARE]
    if not scored:
        return None
    _, text, codec = max(scored, key=lambda entry: entry[0])
    return text, codec


def _charset_normalizer_guesses(data: bytes) -> list[tuple[str, str]]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        return []
    guesses = []
    for match in list(from_bytes(data))[:5]:
        guesses.append((str(match), match.encoding.replace("_", "-")))
    return guesses


def _bad_char_share(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if _is_bad_char(ch))
    return bad / len(text)


def _is_bad_char(ch: str) -> bool:
    if ch in _ALLOWED_CONTROLS:
        return False
    if ch == "\ufffd":
        return True
    return unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")


def _text_quality(text: str) -> float:
    """0..1: how much text looks like real writing rather than mis-decoded bytes."""
    text = text[:_QUALITY_SAMPLE]
    if not text.strip() or _bad_char_share(text) > _MAX_BAD_CHAR_SHARE:
        return 0.0
    cjk_chars = [ch for ch in zhconv.convert(text, "zh-cn") if is_cjk(ch)]
    if cjk_chars:
        return sum(1 for ch in cjk_chars if _is_common_hanzi(ch)) / len(cjk_chars)
    return 1.0 if _looks_like_latin_text(text) else 0.0


def _looks_like_latin_text(text: str) -> bool:
    """Text without Chinese: plausible only as ASCII with some Latin letters and punctuation."""
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if len(non_ascii) > 0.3 * len(text):
        return False
    return all(_is_latin_or_punct(ch) for ch in non_ascii)


def _is_latin_or_punct(ch: str) -> bool:
    code = ord(ch)
    if 0x2000 <= code <= 0x206F or ch in "\u00a0€":
        return True
    return 0xC0 <= code <= 0x24F and unicodedata.category(ch).startswith("L")


def _is_common_hanzi(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------------------
# Header
# ---------------------------------------------------------------------------

_HEADER_LINE = re.compile(r"#[ \t]*([A-Za-z][A-Za-z0-9_-]*)[ \t]*[:：][ \t]*(.*?)[ \t]*")
_FRONT_MATTER_FENCE = "---"
_FRONT_MATTER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*?)[ \t]*")


def unify_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """('# key: value' lines at the top -> meta, rest of the text -> body)."""
    meta, body = _split_hash_header(text)
    if not meta:
        meta, body = _split_front_matter(text)
    return meta, body


def _split_hash_header(text: str) -> tuple[dict[str, str], str]:
    meta: dict[str, str] = {}
    lines = text.split("\n")
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1  # blank lines before the header
    offset = sum(len(line) + 1 for line in lines[:index])
    header_lines = 0
    for line in lines[index:]:
        match = _HEADER_LINE.fullmatch(line)
        if match is None:
            break
        _add_meta(meta, match.group(1), match.group(2))
        offset += len(line) + 1
        header_lines += 1
    if header_lines == 0:
        return {}, text
    return meta, text[min(offset, len(text)) :]


def _split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML-like front matter (--- / key: value / ---) as written in Markdown files."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FRONT_MATTER_FENCE:
        return {}, text
    meta: dict[str, str] = {}
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        offset += len(line) + 1
        if line.strip() == _FRONT_MATTER_FENCE:
            return (meta, text[min(offset, len(text)) :]) if meta else ({}, text)
        match = _FRONT_MATTER_LINE.fullmatch(line)
        if match is None:
            return {}, text
        _add_meta(meta, match.group(1), match.group(2).strip("'\""))
    return {}, text


def _add_meta(meta: dict[str, str], key: str, value: str) -> None:
    key = key.lower().replace("_", "-")
    if not value:
        return
    meta[key] = f"{meta[key]}\n{value}" if key in meta else value


# ---------------------------------------------------------------------------
# Reader
# ---------------------------------------------------------------------------


_FLAT_MIN_CHARS = 200  # a line this long with spaced parts is a flattened page (or a flattened part of one)
_FLAT_MIN_SPACES = 5
_FLAT_SPACE = re.compile(r"(?<=[^\sA-Za-z0-9.,;:])[ \u3000]+(?=[^\sA-Za-z0-9])")


# in a text of several lines, a long line is a flattened part only where its spaces stand at a sentence's end
# or before an item or article mark ("…工作。 (二)开展…", "…职能 (一)…"); a stray space inside words is no break
_PART_SPACE = re.compile(r"(?<=[。；！？;!?])[ \u3000]+(?=\S)|"
                         r"(?<=[^\sA-Za-z0-9])[ \u3000]+(?=[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十百]+条)")
# a short section heading then its text on the same line: "二、人员情况 科协是…"
_PART_MIN_CHARS = 120  # the breaks are surer than in a one-line text (punctuation or a mark at each), so shorter parts count
_HEADING_SPACE = re.compile(r"(?<=^[一二三四五六七八九十]、)([^\s，。；]{2,12})[ \u3000]+(?=[^\sA-Za-z0-9])", re.M)


def unflatten_one_line(text: str) -> str:
    """A web copy of an official document may lose its line breaks and keep a space where each
    was ("…的通知 长府办发〔2019〕12号 各县(市)、区人民政府: … 二、主要职责 (一)负责…"): a
    text of one long line with several spaces between Chinese parts gets its lines back (a space
    next to a Latin letter or a digit stays: "47 号", "GDP 增长"). A page may be flattened only in
    part (a budget page's sections run together on one line between a title line and a dated
    footer): there each long line is judged on its own, and only spaces at a sentence's end or
    before an item mark break it. Used by extraction and by the date/title reading; the reader
    keeps the file's text verbatim. Length-preserving: the first space of each run becomes the
    line break, so offsets hold."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) == 1:
        if len(lines[0]) < _FLAT_MIN_CHARS or len(_FLAT_SPACE.findall(lines[0])) < _FLAT_MIN_SPACES:
            return text
        return _FLAT_SPACE.sub(_broken, text)
    return "\n".join(_unflatten_part(line) for line in text.split("\n"))


def _broken(m: re.Match[str]) -> str:
    return "\n" + m.group(0)[1:]


def _unflatten_part(line: str) -> str:
    if len(line.strip()) < _PART_MIN_CHARS or len(_PART_SPACE.findall(line.strip())) < _FLAT_MIN_SPACES:
        return line
    out = _PART_SPACE.sub(_broken, line)
    return _HEADING_SPACE.sub(lambda m: m.group(1) + "\n" + m.group(0)[len(m.group(1)) + 1:], out)


# A printed page (a PDF's text layer, a yearbook or annals copied line by line) fills one display width: a CJK
# character takes two columns, a half-width one one; 20 to 60 CJK characters a line. A web page or a text written a
# line per paragraph has lines of every length (most far short of its third-longest line, or far past 60 characters)
# and no page width.
_PRINTED_WIDTH = (40, 120)  # columns; a PDF's page, printed for sure, may be narrower (a column of a page of two)
_PRINTED_SLACK = 8  # the longest line may pass the page's width by a few half-width columns
_PRINTED_MIN_LINES = 6


def display_width(line: str) -> int:
    """The columns a line takes on a printed page, its edges' spaces aside: two for a CJK character, one for the rest."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line.strip())


def printed_width(lines: list[str], narrowest: int = _PRINTED_WIDTH[0]) -> int | None:
    """The display width the full lines of a printed page fill (its third-longest line: a title or a stray long line
    aside); None when the lines are no printed page (too few, narrower than ``narrowest`` columns or too wide, or a
    line far past the others)."""
    filled = sorted((w for w in map(display_width, lines) if w), reverse=True)
    if len(filled) < _PRINTED_MIN_LINES:
        return None
    width = filled[2]
    if not narrowest <= width <= _PRINTED_WIDTH[1] or filled[0] > width + _PRINTED_SLACK:
        return None
    return width


def read_text(path: str | Path, data: bytes, fmt: str = "txt") -> RawDocument:
    """Bytes of a .txt/.md file -> RawDocument (meta from the header only)."""
    text, encoding = decode_bytes(path, data)
    text = unify_newlines(text.lstrip("\ufeff"))
    meta, body = split_header(text)
    if not body.strip():
        raise ReadError(path, "文件只有开头的元数据行（# key: value），没有正文")
    return RawDocument(path=str(path), text=body, meta=meta, encoding=encoding, fmt=fmt)
