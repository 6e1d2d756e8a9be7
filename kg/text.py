"""Text normalization shared by the whole project.

Everything here is a pure function. The central one is `normalize_with_map`, which
returns the normalized text together with, for every normalized character, its offset
in the original string, so that spans found on normalized text can point back to the
original document.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import zhconv

__all__ = [
    "GAP_MARK",
    "is_cjk",
    "is_cjk_punct",
    "normalize_name",
    "normalize_text",
    "normalize_with_map",
    "original_span",
    "parse_cn_number",
    "split_sentences",
]

# ---------------------------------------------------------------------------
# Character classes
# ---------------------------------------------------------------------------

_CJK_RANGES = (
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # Unified ideographs
    (0xF900, 0xFAFF),  # Compatibility ideographs
    (0x20000, 0x2FA1F),  # Extensions B-F and compatibility supplement
)


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph (and 〇)."""
    code = ord(ch)
    return ch == "〇" or any(lo <= code <= hi for lo, hi in _CJK_RANGES)


_CJK_PUNCT_EXTRA = set("“”‘’…—·")


def is_cjk_punct(ch: str) -> bool:
    """True for CJK / full-width punctuation such as ，。、；：（）《》“”."""
    code = ord(ch)
    return (
        0x3000 < code <= 0x303F
        or 0xFF01 <= code <= 0xFF0F
        or 0xFF1A <= code <= 0xFF20
        or 0xFF3B <= code <= 0xFF40
        or 0xFF5B <= code <= 0xFF65
        or ch in _CJK_PUNCT_EXTRA
    )


def _is_cjkish(ch: str) -> bool:
    return is_cjk(ch) or is_cjk_punct(ch)


# ---------------------------------------------------------------------------
# Step 1: one character at a time
# ---------------------------------------------------------------------------

_NEWLINE_CHARS = {"\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"}
_DROPPED_CHARS = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_SPACE_CHARS = {"\t", "\u00a0", "\u3000", "\u202f", "\u205f", "\u1680"} | {
    chr(c) for c in range(0x2000, 0x200B)
}
# Full-width symbols that are not Chinese punctuation: map to ASCII.
_FULLWIDTH_SYMBOLS_TO_ASCII = set("％＃＆＊＋／＜＝＞＠＼＾＿｀｜＄")
_DASH_TO_HYPHEN = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\ufe63", "\uff0d"}
_DASH_TO_EM = {"\u2015", "\u2500", "\u2501", "\ufe58", "\u2e3b"}
_CHAR_REPLACEMENTS = {
    "「": "“",
    "」": "”",
    "『": "‘",
    "』": "’",
    "〝": "“",
    "〞": "”",
    "〟": "”",
    "„": "“",
    "‟": "“",
    "＂": '"',
    "＇": "'",
    "⋯": "…",
    "\u2e3a": "——",  # two-em dash
    "｡": "。",
    "､": "、",
    "｢": "“",
    "｣": "”",
}


def _map_char(ch: str) -> str:
    """Normalized replacement for one character ('' drops it)."""
    if ch in _NEWLINE_CHARS:
        return "\n"
    if ch in _DROPPED_CHARS:
        return ""
    if ch in _SPACE_CHARS:
        return " "
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    if ch in _FULLWIDTH_SYMBOLS_TO_ASCII:
        return chr(code - 0xFEE0)
    if ch in _DASH_TO_HYPHEN:
        return "-"
    if ch in _DASH_TO_EM:
        return "—"
    if ch in _CHAR_REPLACEMENTS:
        return _CHAR_REPLACEMENTS[ch]
    # Kangxi radicals / CJK radicals (frequent in PDF text layers) and
    # compatibility ideographs: NFKC gives the ordinary ideograph.
    if 0x2E80 <= code <= 0x2FDF or 0xF900 <= code <= 0xFAFF:
        return unicodedata.normalize("NFKC", ch)
    return ch


Items = list[tuple[str, int]]  # (normalized char, offset in the original)


def _map_chars(s: str) -> Items:
    items: Items = []
    for i, ch in enumerate(s):
        if ch == "\r" and i + 1 < len(s) and s[i + 1] == "\n":
            continue  # "\r\n" becomes the "\n" that follows
        for out in _map_char(ch):
            items.append((out, i))
    return items


# ---------------------------------------------------------------------------
# Step 2: traditional -> simplified
# ---------------------------------------------------------------------------


# A copy that glosses every character of a Traditional text with its Simplified form or its
# pinyin, as machine-converted pages do: "國家數(shù)據(jù)局", "國(guo)務院(yuan)", "衛(wei)(wei)生".
# The gloss is dropped (its characters map to nothing), so the name reads whole. Only glosses
# right after an ideograph count; a pinyin gloss is lower-case syllables only ("(WTO)", "(A)" stay),
# and pinyin glosses count only when the text holds two or more of them.
_PINYIN_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,3}(?:ng|n|r)?"
)
_GLOSS = re.compile(r"[(（]([^()（）\n]{1,6})[)）]")


def _gloss_at(text: str, i: int, base: str, pinyin_ok: bool) -> int:
    """Length of a gloss starting at text[i] (0 when there is none) for the ideograph base before it."""
    m = _GLOSS.match(text, i)
    if not m or not base or not is_cjk(base):
        return 0
    inner = m.group(1)
    if len(inner) == 1 and is_cjk(inner) and inner != base and zhconv.convert(base, "zh-cn") == inner:
        return m.end() - i
    if pinyin_ok and _PINYIN_SYLLABLE.fullmatch(inner):
        return m.end() - i
    return 0


def _drop_script_glosses(items: Items) -> Items:
    text = "".join(ch for ch, _ in items)
    if "(" not in text and "（" not in text:
        return items
    pinyin_ok = sum(1 for k in range(1, len(text)) if text[k] in "(（" and _gloss_at(text, k, text[k - 1], True)) >= 2
    out: Items = []
    i, base = 0, ""
    while i < len(items):
        skip = _gloss_at(text, i, base, pinyin_ok) if text[i] in "(（" else 0
        if skip:
            i += skip  # "衛(wei)(wei)": a repeated gloss goes too, the base ideograph stays
            continue
        base = text[i]
        out.append(items[i])
        i += 1
    return out


def _to_simplified(items: Items) -> Items:
    text = "".join(ch for ch, _ in items)
    converted = zhconv.convert(text, "zh-cn")
    if len(converted) == len(text):
        return [(c, orig) for c, (_, orig) in zip(converted, items, strict=True)]
    # Rare length change from a phrase rule: fall back to per-line, then per-char.
    result: Items = []
    line: Items = []
    for item in [*items, ("\n", -1)]:
        if item[0] != "\n":
            line.append(item)
            continue
        result.extend(_simplify_line(line))
        if item[1] >= 0:
            result.append(item)
        line = []
    return result


def _simplify_line(line: Items) -> Items:
    text = "".join(ch for ch, _ in line)
    converted = zhconv.convert(text, "zh-cn")
    if len(converted) == len(text):
        return [(c, orig) for c, (_, orig) in zip(converted, line, strict=True)]
    out: Items = []
    for ch, orig in line:
        out.extend((c, orig) for c in zhconv.convert(ch, "zh-cn"))
    return out


# ---------------------------------------------------------------------------
# Step 3: punctuation that depends on context
# ---------------------------------------------------------------------------

_ASCII_TO_CJK_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}


def _char_at(items: Items, i: int) -> str:
    return items[i][0] if 0 <= i < len(items) else ""


def _neighbor(items: Items, i: int, step: int) -> str:
    """Nearest character from i in direction step, skipping spaces."""
    j = i + step
    while 0 <= j < len(items) and items[j][0] == " ":
        j += step
    return _char_at(items, j)


def _fix_context_punct(items: Items) -> Items:
    items = _fix_straight_double_quotes(items)
    items = _fix_parentheses(items)
    out = list(items)
    for i, (ch, orig) in enumerate(items):
        before, after = _neighbor(items, i, -1), _neighbor(items, i, 1)
        if ch in _ASCII_TO_CJK_PUNCT and _is_cjk_separator_context(ch, before, after):
            out[i] = (_ASCII_TO_CJK_PUNCT[ch], orig)
        elif ch == "．" and before.isdigit() and after.isdigit():
            out[i] = (".", orig)
    return out


def _is_cjk_separator_context(ch: str, before: str, after: str) -> bool:
    before_cjk = bool(before) and _is_cjkish(before)
    after_cjk = bool(after) and _is_cjkish(after)
    if ch in "?!":
        return before_cjk
    if before_cjk and (after_cjk or after.isdigit()):
        return True
    return (before.isdigit() or before in "%％") and after_cjk  # "占50.8%,节余…": a comma after a percentage


def _fix_straight_double_quotes(items: Items) -> Items:
    """'"' pairs in a line with Chinese text become “ and ”, alternating."""
    out = list(items)
    start = 0
    for end in range(len(items) + 1):
        if end < len(items) and items[end][0] != "\n":
            continue
        line = items[start:end]
        if any(is_cjk(ch) for ch, _ in line):
            opening = True
            for k, (ch, orig) in enumerate(line):
                if ch == '"':
                    out[start + k] = ("“" if opening else "”", orig)
                    opening = not opening
        start = end + 1
    return out


def _fix_parentheses(items: Items) -> Items:
    """Half-width ( ) in Chinese context become （ ）."""
    out = list(items)
    pairs, lone = _match_half_parens(items)
    for open_i, close_i in pairs:
        inner_has_cjk = any(_is_cjkish(ch) for ch, _ in items[open_i + 1 : close_i])
        if inner_has_cjk or _has_cjkish_at(items, open_i - 1) or _has_cjkish_at(items, close_i + 1):
            out[open_i] = ("（", items[open_i][1])
            out[close_i] = ("）", items[close_i][1])
    for i in lone:
        if _has_cjkish_at(out, i - 1) or _has_cjkish_at(out, i + 1):
            out[i] = ("（" if items[i][0] == "(" else "）", items[i][1])
    return out


def _has_cjkish_at(items: Items, i: int) -> bool:
    ch = _char_at(items, i)
    return bool(ch) and _is_cjkish(ch)


def _match_half_parens(items: Items) -> tuple[list[tuple[int, int]], list[int]]:
    """Matched ( ) pairs within a line, and the unmatched ones."""
    pairs: list[tuple[int, int]] = []
    lone: list[int] = []
    stack: list[int] = []
    for i, (ch, _) in enumerate(items):
        if ch == "\n":
            lone.extend(stack)
            stack = []
        elif ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                pairs.append((stack.pop(), i))
            else:
                lone.append(i)
    lone.extend(stack)
    return pairs, lone


# ---------------------------------------------------------------------------
# Step 4: whitespace
# ---------------------------------------------------------------------------


def _is_tight(ch: str) -> bool:
    """Characters that never need a space next to a CJK character."""
    return _is_cjkish(ch) or ch.isdigit()


def _collapse_spaces(items: Items, join_cjk_spaces: bool) -> Items:
    out: Items = []
    i, n = 0, len(items)
    while i < n:
        ch = items[i][0]
        if ch != " ":
            out.append(items[i])
            i += 1
            continue
        j = i
        while j < n and items[j][0] == " ":
            j += 1
        before = out[-1][0] if out else "\n"
        after = items[j][0] if j < n else "\n"
        at_line_edge = before == "\n" or after == "\n"
        cjk_on_both_sides = (
            _is_tight(before) and _is_tight(after) and (_is_cjkish(before) or _is_cjkish(after))
        )
        if not at_line_edge and not (join_cjk_spaces and cjk_on_both_sides):
            out.append((" ", items[i][1]))
        i = j
    return out


# ---------------------------------------------------------------------------
# Public normalization API
# ---------------------------------------------------------------------------


def normalize_with_map(s: str, *, join_cjk_spaces: bool = True) -> tuple[str, list[int]]:
    """Normalize s; return (text, offsets) where offsets[i] is the index in s of text[i].

    join_cjk_spaces=False keeps one space between CJK words ("中共中央办公厅 国务院办公厅")
    instead of removing it.
    """
    items = _map_chars(s)
    items = _drop_script_glosses(items)
    items = _to_simplified(items)
    items = _fix_context_punct(items)
    items = _collapse_spaces(items, join_cjk_spaces)
    return "".join(ch for ch, _ in items), [orig for _, orig in items]


def normalize_text(s: str, *, join_cjk_spaces: bool = True) -> str:
    """Normalize width, spaces, dashes, quotes and script (traditional -> simplified).

    Cached: extraction normalizes the same names thousands of times per document and the same
    document text in several readers (the result is an immutable string). Long texts get a cache
    of their own, a few entries deep, so a server ingesting many documents keeps only the last few."""
    if len(s) <= _SHORT_TEXT:
        return _normalize_short(s, join_cjk_spaces)
    return _normalize_long(s, join_cjk_spaces)


_SHORT_TEXT = 256


@lru_cache(maxsize=65536)
def _normalize_short(s: str, join_cjk_spaces: bool) -> str:
    return normalize_with_map(s, join_cjk_spaces=join_cjk_spaces)[0]


@lru_cache(maxsize=8)
def _normalize_long(s: str, join_cjk_spaces: bool) -> str:
    return normalize_with_map(s, join_cjk_spaces=join_cjk_spaces)[0]


def occurrences(text: str, word: str) -> Iterator[int]:
    """Start of each occurrence of ``word`` in ``text``, left to right, not overlapping (as
    ``re.finditer(re.escape(word), text)`` finds them, without a pattern compiled per word: patterns
    built per name or place fill Python's regex cache and make every shared pattern compile again)."""
    if not word:
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a span [start, end) of normalized text back to the original string."""
    if start >= end:
        pos = offsets[start] if start < len(offsets) else (offsets[-1] + 1 if offsets else 0)
        return pos, pos
    return offsets[start], offsets[end - 1] + 1


_NAME_EDGE_PUNCT = " ，。、；：,.;:!！?？·"
_WRAPPING_PAIRS = {
    "“": "”",
    "‘": "’",
    '"': '"',
    "'": "'",
    "《": "》",
    "〈": "〉",
    "（": "）",
    "【": "】",
    "[": "]",
    "［": "］",
    "〔": "〕",
    "{": "}",
    "｛": "｝",
}


@lru_cache(maxsize=65536)
def normalize_name(s: str) -> str:
    """Canonical form of a unit name: normalized, no whitespace, no wrapping quotes/brackets."""
    name = re.sub(r"\s+", "", normalize_text(s))
    while True:
        stripped = name.strip(_NAME_EDGE_PUNCT)
        stripped = _strip_wrapping_pair(stripped)
        if stripped == name:
            return name
        name = stripped


def _strip_wrapping_pair(name: str) -> str:
    if len(name) < 2 or name[0] not in _WRAPPING_PAIRS:
        return name
    opening, closing = name[0], _WRAPPING_PAIRS[name[0]]
    if name[-1] != closing:
        return name
    if opening == closing:
        return name[1:-1] if name.count(opening) == 2 else name
    depth = 0
    for i, ch in enumerate(name):
        depth += (ch == opening) - (ch == closing)
        if depth == 0 and i < len(name) - 1:
            return name  # "（一）…（二）": the first bracket closes early
    return name[1:-1]


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
_CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_CN_TENS = {"廿": 20, "卅": 30}

_ARABIC_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_ARABIC_WITH_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+")
_NUMBER_TOKEN = re.compile(r"\d+(?:\.\d+)?|.")


def parse_cn_number(s: str) -> int | None:
    """Integer value of an Arabic or Chinese numeral ("18", "十八", "1.2万"), else None."""
    if not isinstance(s, str):
        return None
    text = re.sub(r"\s+", "", normalize_text(s))
    if not text:
        return None
    if _ARABIC_WITH_GROUPS.fullmatch(text):
        return int(text.replace(",", ""))
    if len(text) > 1 and all(ch in _CN_DIGITS for ch in text):
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))  # 二〇一九 -> 2019
    value = _parse_with_units(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def _parse_with_units(text: str) -> Decimal | None:
    total = Decimal(0)  # value of completed 万/亿 groups
    section = Decimal(0)  # value below the current big unit
    pending: Decimal | None = None  # a digit waiting for its unit
    last_small_unit = 10**5
    last_unit = 0  # most recent unit of any size, for "三千五" = 3500
    zero_since_unit = False
    seen_any = False
    for token in _NUMBER_TOKEN.findall(text):
        if token[0].isdigit():
            if pending is not None:
                return None
            try:
                pending = Decimal(token)
            except InvalidOperation:
                return None
        elif token in _CN_DIGITS:
            if pending is not None and pending != 0:
                return None
            pending = Decimal(_CN_DIGITS[token])
            zero_since_unit = zero_since_unit or pending == 0
        elif token in _CN_TENS:
            if pending is not None or last_small_unit <= 10:
                return None
            section += _CN_TENS[token]
            last_small_unit = 10
        elif token in _CN_SMALL_UNITS:
            unit = _CN_SMALL_UNITS[token]
            if unit >= last_small_unit or (pending is None and unit != 10):
                return None
            section += (pending if pending is not None else 1) * unit
            pending, last_small_unit, last_unit, zero_since_unit = None, unit, unit, False
        elif token in _CN_BIG_UNITS:
            group = section + (pending or 0)
            if group == 0 and total == 0:
                return None
            unit = _CN_BIG_UNITS[token]
            total = (total + group) * unit if unit > 10_000 else total + group * unit
            section, pending, last_small_unit = Decimal(0), None, 10**5
            last_unit, zero_since_unit = unit, False
        else:
            return None
        seen_any = True
    if not seen_any:
        return None
    if pending is not None and last_unit >= 100 and not zero_since_unit:
        pending *= last_unit // 10  # abbreviated tail: 三千五 = 3500, 一万二 = 12000
    return total + section + (pending or 0)


# ---------------------------------------------------------------------------
# Sentences
# ---------------------------------------------------------------------------

_SENTENCE_END = set("。！？!?")
_OPENERS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "「": "」", "『": "』", "【": "】"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_TRAILING_CLOSERS = set("”’）)》」』】")
_QUOTE_CLOSERS = set("”’」』")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of sentences in text.

    A sentence ends at 。！？ (outside quotes and brackets) or at a line break; the
    spans exclude surrounding whitespace and empty sentences are skipped.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    stack: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            _add_span(spans, text, start, i)
            start, stack = i + 1, []
        elif ch in _OPENERS:
            stack.append(_OPENERS[ch])
        elif ch in _CLOSERS:
            if ch in stack:
                while stack and stack.pop() != ch:
                    pass
                # “……。” ends the sentence at the closing quote (not at a closing bracket).
                if not stack and ch in _QUOTE_CLOSERS and i > 0 and text[i - 1] in _SENTENCE_END:
                    start = i = _end_sentence(spans, text, start, i + 1)
                    continue
        elif ch in _SENTENCE_END and not stack:
            start = i = _end_sentence(spans, text, start, i + 1)
            continue
        i += 1
    _add_span(spans, text, start, n)
    return spans


def _end_sentence(spans: list[tuple[int, int]], text: str, start: int, end: int) -> int:
    """Close the sentence at end, taking in trailing terminators and closers; return its end."""
    while end < len(text) and (text[end] in _SENTENCE_END or text[end] in _TRAILING_CLOSERS):
        end += 1
    _add_span(spans, text, start, end)
    return end


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# ---------------------------------------------------------------------------
# Missing-text marks
# ---------------------------------------------------------------------------

_ELLIPSIS = r"(?:…|⋯|\.{3}|。{3})"
_OPEN_BRACKET = r"[\[［【]"
_CLOSE_BRACKET = r"[\]］】]"
_OMISSION_WORD = r"(?:原文缺失|缺失|缺页|残缺|省略|从略|以下略|以上略|下略|中略|后略|前略|略去|此处略)"

GAP_MARK = re.compile(
    # [……], [……以下原文缺失……], 【……中间原文缺失……】
    rf"{_OPEN_BRACKET}\s*{_ELLIPSIS}[^\]］】\n]{{0,200}}?{_CLOSE_BRACKET}"
    # [以下原文缺失], 【中间缺失】, （以下略）, （此处省略）
    rf"|[\[［【(（][^\]］】()（）\n]{{0,40}}?{_OMISSION_WORD}[^\]］】()（）\n]{{0,40}}?[\]］】)）]"
    # ……（略）, （略）, （附件略）
    rf"|(?:{_ELLIPSIS}+\s*)?[(（]\s*(?:附件|下文|全文)?略\s*[)）]"
)
