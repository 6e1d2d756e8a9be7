"""Title, date, issuer and document number of a document, from its header or its text.

`infer_meta(text, meta)` keeps every value already in meta (the file's own header) and
fills the missing ones from the header title and from the text itself. Hints that a
reader found in the file's markup ('embedded-title', 'embedded-date') are used only when
the text has nothing better, and are removed from the result.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ingest.readers.text import unflatten_one_line
from kg.text import normalize_text, parse_cn_number

# ---------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------

_CN_DIGIT = "〇零○一二两三四五六七八九十"
_YEAR = r"((?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})"
_MONTH = rf"(\d{{1,2}}|[{_CN_DIGIT}]{{1,2}})"
_DAY = rf"(\d{{1,2}}|[{_CN_DIGIT}]{{1,3}})"

FULL_DATE = re.compile(rf"{_YEAR}\s*年\s*{_MONTH}\s*月\s*{_DAY}\s*[日号]")
NUMERIC_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
YEAR_MONTH = re.compile(rf"{_YEAR}\s*年\s*{_MONTH}\s*月(?!\s*[\d{_CN_DIGIT}]{{1,3}}\s*[日号])")
YEAR_ONLY = re.compile(rf"{_YEAR}\s*年(?!\s*[\d{_CN_DIGIT}]{{1,2}}\s*月)(?!代|度)")
NEWS_DATELINE = re.compile(rf"[\u4e00-\u9fff]{{0,12}}?{_MONTH}\s*月\s*{_DAY}\s*日\s*(?:电|讯)")
# "发布日期：2016-07-07"; an information-disclosure table's cells run together without the colon ("发布日期 2021-02-07")
DATE_LABEL = re.compile(r"(?:(?:发布|发文|成文|印发|更新)(?:日期|时间)\s*[:：]?|(?:日期|时间)\s*[:：])\s*")

# a Republican-era year ("民国16年（1927）", "民国二十七年（1938年）", "中华民国二十五年", "民國元年"): 1911 + N, or the
# Western year the text glosses it with
MINGUO_YEAR = re.compile(r"(?:中华)?民[国國]\s*(元|\d{1,2}|[一二三四五六七八九十]{1,3})\s*年"
                         r"(?:\s*[（(]\s*(?:公元)?\s*((?:19)\d{2})\s*年?\s*[）)])?")


def minguo_year(match: re.Match[str]) -> str:
    """The Western year of a ``MINGUO_YEAR`` match ("" when out of the era 1912–1949)."""
    if match.group(2):
        return match.group(2)
    n = 1 if match.group(1) == "元" else _to_int(match.group(1))
    return str(1911 + n) if n and 1 <= n <= 38 else ""


_MINGUO_DATE_LINE = re.compile(rf"[（(]?{MINGUO_YEAR.pattern}\s*{_MONTH}\s*月\s*{_DAY}\s*[日号][）)]?")


def _minguo_date_line(compact: str) -> str:
    """A signing date of the Republican era on its own line: "中华民国二十五年三月十日" → 1936-03-10."""
    m = _MINGUO_DATE_LINE.fullmatch(compact)
    if not m:
        return ""
    year = minguo_year(m)
    return format_date(year, m.group(3), m.group(4)) if year else ""


_DATE_LINE_TAIL = (
    r"(?:星期.|周.)?"
    r"(?:[^（）()，,。；;]{0,40}?(?:通过|印发|发布|批准|公布|颁布|施行|修订|修正|签发|播发|电))?"
)
DATE_LINE = re.compile(
    rf"[（(]?\s*(?:{FULL_DATE.pattern}|{NUMERIC_DATE.pattern})\s*{_DATE_LINE_TAIL}\s*[）)]?"
)

# a signing date of month precision: "（2020年6月）" under a title or at the end, "2019年3月" alone under the signer
MONTH_LINE = re.compile(rf"[（(]\s*{_YEAR}\s*年\s*{_MONTH}\s*月\s*[）)]|{_YEAR}\s*年\s*{_MONTH}\s*月")

_NUMBER_BRACKET_OPEN = r"[〔\[［【(（]"
_NUMBER_BRACKET_CLOSE = r"[〕\]］】)）]"
DOC_NUMBER = re.compile(
    rf"([\u4e00-\u9fff]{{1,10}})\s*{_NUMBER_BRACKET_OPEN}\s*((?:19|20)\d{{2}})\s*{_NUMBER_BRACKET_CLOSE}"
    r"\s*第?\s*(\d{1,5})\s*号"
)
ORDER_NUMBER = re.compile(r"([\u4e00-\u9fff]{2,16}?令)\s*第\s*(\d{1,5})\s*号")
# Words that can stand right before a document-number prefix but are not part of it.
_NUMBER_PREFIX_LEAD = re.compile(
    r".*(?:引作|简称|文号|即|见|为|号|印发|发布|根据|依据|按照|通知|参照|年|月|日)"
)

_ORG_SUFFIX = (
    r"(?:办公厅|办公室|委员会|人民政府|政府|中央|国务院|编办|编委|部|委|局|厅|院|署|会议|大会|"
    r"常委会|法院|检察院|中心|办|组)"
)
ORG_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,30}}?{_ORG_SUFFIX}")
ORG_LIST = re.compile(rf"{ORG_NAME.pattern}(?:[ 、]+{ORG_NAME.pattern})*")
_ISSUED_BY = re.compile(
    r"([^（(，,；;：:]{2,40}?)(?:\s*\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?\s*(?:印发|发布|颁布)"
)
BIANBAN_NAME = re.compile(
    r"(?:^|[，,。；;：:\s])([\u4e00-\u9fff*＊xX]{1,12}?(?:委编办|编委办|编办|机构编制委员会办公室))"
)
_PREPOSITION_START = re.compile(r"^(?:在|由|经|对|向|按|据|根据|和|与|及|从|受|为)")

_DOC_KINDS = r"(?:通知|决定|方案|规定|意见|办法|批复|报告|函|公告|通告|决议|说明|通报|细则|纲要|请示|条例)"
ABOUT_TITLE = re.compile(rf"(.{{0,60}}?)关于.{{2,100}}?的{_DOC_KINDS}")
BOOK_TITLE_LINE = re.compile(r"《([^《》]{2,80})》")
SUBTITLE_LINE = re.compile(r"(?:——|--|—)\s*\S")
_BLOCK_START = re.compile(
    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、]|"
    r"第[一二三四五六七八九十百千\d]+[章节条款]|附件)"
)
_BOILERPLATE = re.compile(
    r"导航|上一[版篇页]|下一[版篇页]|首页|放大|缩小|默认|打印|关闭|分享|返回|来源[:：]|"
    r"^第\s*\d+\s*版|^\W*$|星期[一二三四五六日天]|责任编辑|字号|^【[^】]*】$|"
    r"^(?:归档|发布|发文|生成|成文|更新|印发)?(?:时间|日期)\s*[:：]|"  # a page's date label line, never its title
    # a breadcrumb ("您现在的位置：山西省 > 吕梁市 > 中阳县", "当前位置：文档之家› …"): the page's path, not its title
    r"(?:当前|现在的|您的|所在)位置|[^>›»]+[>›»][^>›»]+[>›»]"
)
_SENTENCE_INSIDE = re.compile(r"[。！？!?]")
_TITLE_JUNK = re.compile(
    r"microsoft|untitled|无标题|\.(?:docx?|pdf|wps)$|^(?:文档|document|新建)\s*\d*$", re.IGNORECASE
)

_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
_HEAD_LINES = 15  # lines at the top where titles, numbers and date lines live
_TAIL_LINES = 6  # lines at the end where the signature and date live
_MAX_TITLE_LENGTH = 80


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def infer_meta(text: str, meta: dict[str, str] | None = None) -> dict[str, str]:
    """Meta with title/date/issuer/number filled in from the header title and the text."""
    result = {key: value for key, value in (meta or {}).items() if value}
    embedded_title = result.pop("embedded-title", "")
    embedded_date = result.pop("embedded-date", "")
    lines = _content_lines(unflatten_one_line(text))  # a flattened web copy: its date line back
    found_title = _title_from_text(lines)
    if "title" not in result:
        title = _choose_title(found_title, embedded_title)
        if title:
            result["title"] = title
    # The header's title (or the one just found) often carries date, number and issuer.
    title = normalize_text(result.get("title", ""), join_cjk_spaces=False)
    if "number" not in result:
        number = _number_in(title) or _number_from_text(lines)
        if number:
            result["number"] = number
    if "issuer" not in result:
        issuer = _issuer_from_title(title) or found_title.issuer or _issuer_from_text(lines)
        if issuer:
            result["issuer"] = issuer
    if "date" not in result:
        date = _date_from(title, lines, text, embedded_date)
        if date:
            result["date"] = date
    return result


def normalize_date(value: str) -> str | None:
    """'2019-3-1', '2019年3月1日', '2019.03', '2019' -> 'YYYY[-MM[-DD]]'; None if not a date."""
    value = normalize_text(value.strip())
    patterns = (
        FULL_DATE,
        NUMERIC_DATE,
        YEAR_MONTH,
        re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})"),
        YEAR_ONLY,
        re.compile(r"((?:19|20)\d{2})"),
    )
    for pattern in patterns:
        match = pattern.fullmatch(value)
        if match:
            return format_date(*match.groups()) or None
    return None


# ---------------------------------------------------------------------------
# Lines
# ---------------------------------------------------------------------------


def _content_lines(text: str) -> list[str]:
    """Non-empty lines, normalized, with single spaces kept between words."""
    normalized = normalize_text(text, join_cjk_spaces=False)
    lines = (_date_digits(_MARKDOWN_HEADING.sub("", line).strip()) for line in normalized.split("\n"))
    return [line for line in lines if line]


# A date typed or scanned with a letter for a digit: "2007年8月l5日" (l for 1), "二00五年六月十七日"
# (Arabic zeros among Chinese numerals), "2019年O3月" (O for 0). Only inside a date's own shape.
_LETTER_ONE = re.compile(r"(?<=[\d年月])[lI](?=\d?\s*[月日号])|(?<=\d)[lI](?=\d)")
_LETTER_ZERO = re.compile(r"(?<=[\d年])[oO](?=\d)|(?<=\d)[oO](?=\d?\s*[年月日])")
_CN_YEAR_WITH_ZEROS = re.compile(r"[一二三四五六七八九〇○零0Oo]{4}(?=\s*年)")


def _date_digits(line: str) -> str:
    if not re.search(r"[年月日]", line):
        return line
    line = _LETTER_ONE.sub("1", line)
    line = _LETTER_ZERO.sub("0", line)
    return _CN_YEAR_WITH_ZEROS.sub(
        lambda m: re.sub(r"[0Oo]", "〇", m.group(0)) if re.search(r"[一二三四五六七八九]", m.group(0)) else m.group(0),
        line)


def _head(lines: list[str]) -> list[str]:
    return lines[:_HEAD_LINES]


def _compact(line: str) -> str:
    return re.sub(r"\s+", "", line)


# ---------------------------------------------------------------------------
# Title
# ---------------------------------------------------------------------------


@dataclass
class _FoundTitle:
    title: str = ""
    issuer: str = ""
    strong: bool = False  # a real title pattern, not just "the first short line"


def _choose_title(found: _FoundTitle, embedded_title: str) -> str:
    embedded = normalize_text(embedded_title, join_cjk_spaces=False).strip()
    if embedded and _TITLE_JUNK.search(embedded):
        embedded = ""
    if found.strong or not embedded:
        return found.title
    return embedded


def _title_from_text(lines: list[str]) -> _FoundTitle:
    head = _head(lines)
    return (
        _about_title(head)
        or _title_with_subtitle(head)
        or _book_title_line(head)
        or _first_title_like_line(head)
        or _FoundTitle()
    )


def _about_title(head: list[str]) -> _FoundTitle | None:
    """'X关于…的通知' line, with issuer lines right above it joined in."""
    for index, line in enumerate(head[:10]):
        match = ABOUT_TITLE.match(line)
        if not match or not _is_title_like(line) or len(line) > _MAX_TITLE_LENGTH + 20:
            continue
        issuer_lines = _org_lines_before(head, index)
        own_issuer = match.group(1).strip()
        if own_issuer and not ORG_LIST.fullmatch(own_issuer):
            continue
        issuers = [*issuer_lines, own_issuer] if own_issuer else issuer_lines
        issuer = " ".join(issuers)
        title = f"{' '.join(issuer_lines)}{line}" if issuer_lines else line
        return _FoundTitle(title=title, issuer=issuer, strong=True)
    return None


def _org_lines_before(head: list[str], index: int) -> list[str]:
    orgs: list[str] = []
    for line in reversed(head[max(0, index - 3) : index]):
        if not _is_org_line(line):
            break
        orgs.insert(0, line)
    return orgs


def _is_org_line(line: str) -> bool:
    return len(line) <= 40 and ORG_LIST.fullmatch(line) is not None


def _title_with_subtitle(head: list[str]) -> _FoundTitle | None:
    for line, following in zip(head, head[1:], strict=False):
        if SUBTITLE_LINE.match(following) and _is_title_like(line) and _is_title_like(following):
            return _FoundTitle(title=f"{line}{following}", strong=True)
    return None


def _book_title_line(head: list[str]) -> _FoundTitle | None:
    for line in head[:5]:
        match = BOOK_TITLE_LINE.fullmatch(line)
        if match:
            return _FoundTitle(title=match.group(1), strong=True)
    return None


def _first_title_like_line(head: list[str]) -> _FoundTitle | None:
    for line in head:
        if _SENTENCE_INSIDE.search(line):
            return None  # the body has started
        bare = line.lstrip("#").strip()
        if len(_compact(bare)) >= 5 and _is_title_like(bare) and not _BOILERPLATE.search(bare):
            return _FoundTitle(title=bare)
    return None


def _is_title_like(line: str) -> bool:
    return (
        len(line) <= _MAX_TITLE_LENGTH
        and not _SENTENCE_INSIDE.search(line)
        and not line.endswith(("，", "；", "：", "、", ",", ";", ":"))
        and DATE_LINE.fullmatch(line) is None
        and _BLOCK_START.match(line) is None
        and _DATED_OPENING.match(line) is None
    )


# "1953年4月，济阳县人民政府设统计科，…" (a printed line cut before its 。): a chronicle entry or a news body's
# opening, never a title
_DATED_OPENING = re.compile(r"^(?:19|20)\d{2}\s*年[^，,。]{0,8}[，,]")


# ---------------------------------------------------------------------------
# Document number
# ---------------------------------------------------------------------------


def _number_in(text: str) -> str:
    """The first document number in text, as '湘办〔2019〕66号' or '国务院令第227号'."""
    match = DOC_NUMBER.search(_compact(text))
    if match:
        prefix = _trim_number_prefix(match.group(1))
        if prefix:
            return f"{prefix}〔{match.group(2)}〕{int(match.group(3))}号"
    order = ORDER_NUMBER.search(_compact(text))
    if order:
        return f"{_trim_number_prefix(order.group(1))}第{int(order.group(2))}号"
    return ""


def _bracketed_line(compact: str) -> str:
    """A whole line in one pair of round brackets, without them; any other line as it is."""
    inner = re.fullmatch(r"[（(]([^（）()]+)[）)]", compact)
    return inner.group(1) if inner else compact


def _trim_number_prefix(prefix: str) -> str:
    lead = _NUMBER_PREFIX_LEAD.match(prefix)
    return prefix[lead.end() :] if lead else prefix


def _number_from_text(lines: list[str]) -> str:
    """A number standing on its own line near the top (not one cited in a sentence), bracketed or not
    ("（某市政发〔2007〕51号）" right under the title)."""
    for line in _head(lines):
        compact = _bracketed_line(_compact(line))
        match = DOC_NUMBER.match(compact) or ORDER_NUMBER.match(compact)
        if match and len(compact) - match.end() <= 12 and not _SENTENCE_INSIDE.search(compact):
            return _number_in(compact)
        # "分类:B类上文〔2024〕1号 关于办理…的复函": a header line giving the number, then the document's title
        match = DOC_NUMBER.search(compact)
        if match and match.start() <= 12 and re.match(r"关于.{4,100}$", compact[match.end():]) and \
                not _SENTENCE_INSIDE.search(compact) and \
                not re.search(r"根据|按照|依据|转发|《", compact[:match.start()]):
            return _number_in(compact[match.start():match.end()])
    return ""


# ---------------------------------------------------------------------------
# Issuer
# ---------------------------------------------------------------------------


def _issuer_from_title(title: str) -> str:
    if not title:
        return ""
    about = ABOUT_TITLE.match(title)
    if about and about.group(1).strip() and ORG_LIST.fullmatch(about.group(1).strip()):
        return _squash_spaces(about.group(1))
    for bracketed in re.findall(r"[（(]([^（）()]*)[）)]", title):
        issued = _issued_by(bracketed)
        if issued:
            return issued
    order = ORDER_NUMBER.search(_compact(title))
    if order:
        return _trim_number_prefix(order.group(1)).removesuffix("令")
    return ""


def _issued_by(fragment: str) -> str:
    for match in _ISSUED_BY.finditer(fragment):
        candidate = _squash_spaces(match.group(1))
        candidate = re.sub(r"^\d{4}年.*?[，,]", "", candidate).strip()
        if ORG_LIST.fullmatch(candidate):
            return candidate
    return ""


def _issuer_from_text(lines: list[str]) -> str:
    return _signature_issuer(lines) or _issuer_in_opening(lines) or _bianban_subject(lines)


def _signature_issuer(lines: list[str]) -> str:
    """Org lines right above the closing date line."""
    tail = lines[-_TAIL_LINES:]
    for index in range(len(tail) - 1, 0, -1):
        if DATE_LINE.fullmatch(tail[index]):
            orgs = _org_lines_before(tail, index)
            return " ".join(orgs)
    return ""


def _issuer_in_opening(lines: list[str]) -> str:
    """'…，中共中央印发了《…》' in the first lines of a news release."""
    for line in lines[:3]:
        match = re.search(r"([^，,。；;：:]{2,40}?)(?:近日)?(?:印发|发布)了?《", line)
        if match:
            candidate = re.sub(r"^.*?(?:电|近日)", "", _squash_spaces(match.group(1))).strip()
            if ORG_LIST.fullmatch(candidate):
                return candidate
    return ""


def _bianban_subject(lines: list[str]) -> str:
    """A 编办 that is the subject of an opening sentence ('石门县委编办坚持…')."""
    for line in lines[:3]:
        for match in BIANBAN_NAME.finditer(line):
            name = match.group(1)
            if not _PREPOSITION_START.match(name):
                return name
    return ""


def _squash_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ---------------------------------------------------------------------------
# Date
# ---------------------------------------------------------------------------


def _date_from(title: str, lines: list[str], text: str, embedded_date: str) -> str:
    """Most trusted date first; a later, more precise date that agrees with it wins."""
    labeled = _labeled_date(lines)
    number_year = _year_of_number(lines) or _year_of_title_number(title)
    if labeled and number_year and labeled[:4] > number_year:
        # a repost: the site's posting stamp ("时间：2016-01-17") is years after the document's own number
        # (鲁政发〔2014〕20号); the document is of its number's year, not of the day it was copied
        labeled = ""
    title_date = _date_in(title)
    accounts_only = False  # a year's accounts with no later day: its years are the period accounted for
    if _BUDGET_TITLE.search(_compact(title)) and title_date:
        # "某中心2022年部门预算公开" with "发布日期：2021-12-21": the budget's year is the year planned for; the day it
        # was published (in that year or the one before) is the document's
        year = int(title_date[:4])
        published = [d for d in (_date_line(lines), labeled) if len(d) == 10 and int(d[:4]) in (year - 1, year)]
        if published:
            title_date = published[0]
    if _PERIOD_REPORT_TITLE.search(_compact(title)):
        # "常州市机关事务管理局2020年工作总结" with "生成日期：2021-01-26": the title's year is the year reported
        # on; the day the report was written or published (a later full date) is the document's
        accounts = _ACCOUNTS_TITLE.search(_compact(title))
        period = accounts.group(1) if accounts else title_date[:4]
        later = [d for d in (_date_line(lines), labeled) if len(d) == 10 and d[:4] > period]
        if title_date and later:
            title_date = later[0]
        elif accounts:
            # "某局2019年决算公开报告" with no later day: a year's final accounts are drawn up after that year ends, so
            # its years are never the report's own date (a later day written in the report still dates it)
            title_date, accounts_only = (later[0] if later else ""), True
            lines = [line for line in lines if not _ACCOUNTS_TITLE.search(_compact(line))]
    candidates = [
        title_date,
        _date_line(lines),
        _dateline_date(lines, title, text),
        labeled,
        _date_in(_title_from_text(lines).title),
        number_year,
        _volume_year(lines),
        embedded_date,
    ]
    chosen = ""
    for candidate in candidates:
        if not candidate:
            continue
        if not chosen or candidate.startswith(chosen) and len(candidate) > len(chosen):
            chosen = candidate
    reported = _reported_date(lines, chosen)
    if reported:
        return reported
    # A report or news item that dates nothing else is of the latest year it speaks of
    # ("2021年，…；2022年上半年又…，目前…" → 2022): year precision beats no date; a news item whose
    # body opens with the full day of that year ("2023年3月12日，…") is of that day.
    if chosen or accounts_only:
        return chosen
    if _undated_dateline(lines):
        return _meeting_day(lines)  # "本网讯 5月18日，…": the item's own day has no year; a year in its body dates a past event
    if _PERIOD_TITLE.search(_compact(title)):
        return ""  # "某市人事机构编制志（1990—2005年）": the years of its text date its entries, not the book
    if _undated_by_genre(lines):
        return ""  # a unit profile, a book's section or entry, an outlet's lead: its years date its content only
    latest = _latest_year(text)
    opening = _opening_day(lines)
    if latest and opening.startswith(latest) and not _later_day(text, opening):
        return opening  # the body opens with the item's own day (or span of days) in the latest year it names
    return latest if _dwells_on(text, latest, _years_counted(text)) else ""


# a budget of a year ("2022年部门预算", "2023年度单位预算公开"): the year planned for
_BUDGET_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?\s*(?:部门|单位)?\s*预算")
# a report on a year ("2020年工作总结", "2019年度工作报告", "2020年上半年工作情况"): the title's year is the period
_PERIOD_REPORT_TITLE = re.compile(r"(?:19|20)\d{2}\s*年(?:度|上半年|下半年|全年)?[\u4e00-\u9fff]{0,12}?"
                                  r"(?:工作总结|总结|工作报告|年度报告|工作情况|述职报告|工作要点|决算|履职情况)")
# a year's final accounts ("2019年决算公开报告", "2020年度部门决算"): always published after that year
_ACCOUNTS_TITLE = re.compile(r"((?:19|20)\d{2})\s*年度?[\u4e00-\u9fff]{0,12}?决算")
# a yearbook's volume line ("2021卷", "《某市年鉴》2019卷", "某省年鉴（2020）"): the book's own year, which the
# entries' years (the events of the year before) do not change
_VOLUME = re.compile(r"^(?:.{0,20}年鉴[》]?\s*)?[（(]?((?:19|20)\d{2})[）)]?\s*(?:年)?卷$|^.{0,20}年鉴\s*[（(]?((?:19|20)\d{2})[）)]?$")


def _volume_year(lines: list[str]) -> str:
    for line in lines[:3]:
        m = _VOLUME.match(_compact(line).lstrip("《"))
        if m:
            return format_date(m.group(1) or m.group(2))
    return ""


_PERIOD_TITLE = re.compile(r"(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]+\s*(?:19|20)\d{2}\s*年?")


def _later_day(text: str, day: str) -> bool:
    """Whether the text tells of a day later than ``day`` in its year ("2012年6月21日，国务院作出…决定。…7月17日，…"):
    the opening day is then history, not the report's own."""
    for m in re.finditer(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日", normalize_text(text)):
        later = format_date(day[:4], m.group(1), m.group(2))
        if later and later > day:
            return True
    return False


_OPENING_DAY = re.compile(r"^(?:本报讯|本网讯|讯)?\s*(?:[（(][^（）()]{0,30}[）)])?\s*((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日"
                          r"(?:上午|下午|晚上|晚)?[，,]")


def _first_body_line(lines: list[str]) -> str:
    """A news item's first body line (the first of its first four lines holding a sentence), compacted; else ""."""
    for line in lines[:4]:
        if _SENTENCE_INSIDE.search(line) or "，" in line:
            return _compact(line)
    return ""


def _opening_day(lines: list[str]) -> str:
    """The full day a news item's first body line opens with ("2023年3月12日，…挂牌"), skipping the title; a span of
    days in one month ("2024年8月5日-9日，评估组…", "2019年3月5日至7日，") gives that month."""
    body = _first_body_line(lines)
    m = _OPENING_DAY.match(body)
    if m:
        return format_date(*m.groups())
    span = _OPENING_SPAN.match(body)
    return format_date(*span.groups()) if span else ""


_OPENING_SPAN = re.compile(r"^(?:本报讯|本网讯|讯)?\s*(?:[（(][^（）()]{0,30}[）)])?\s*((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日?"
                           r"\s*(?:[-—–~～至到])\s*\d{1,2}日[，,]")


_UNDATED_DATELINE = re.compile(r"(?:(?:本报讯|本网讯|本台讯|讯)\s*(?:[（(][^（）()]{0,30}[）)])?\s*|^)(?<![\d年])\d{1,2}月\d{1,2}日"
                               r"(?:上午|下午|晚上|晚)?[，,]")


def _undated_dateline(lines: list[str]) -> bool:
    """A news item whose body opens with a month-day dateline and no year ("本网讯 5月18日，长安区…")."""
    for line in lines[:4]:
        if _UNDATED_DATELINE.search(_compact(line)[:60]):
            return True
        if _SENTENCE_INSIDE.search(line) or "，" in line:
            return False  # only the body's first line: a later "4月18日，…" tells of a later day of a dated item
    return False


_REPORTED = re.compile(r"据[^，,。；;]{2,20}?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:电|报道|消息|讯)")


def _reported_date(lines: list[str], chosen: str) -> str:
    """A repost whose body opens "据中新网4月5日报道，…" (posted later: "发布时间：2018-04-12") is the report
    of that day: the day, with the year of the posting date, when it is not after the posting."""
    if len(chosen) < 4:
        return ""
    for line in lines[:8]:
        match = _REPORTED.search(_compact(line)[:60])
        if match:
            date = format_date(chosen[:4], *match.groups())
            return date if date and date <= chosen.ljust(10, "9") else ""
    return ""


# an entry opens a sentence or a line, after an item mark or a bullet if any ("- 1952年…", "1. 1952年8月7日…",
# "（3）1956年…"), with its year then a comma, or with its month (then a comma or not: "1952年8月7日中央人民政府…")
_ENTRY_START = r"(?:^|[。；\n]|\d[、.．])[ \t]*(?:[-•·*▲][ \t]*|\d{1,2}[、.．][ \t]*|[（(]\d{1,2}[)）][ \t]*)?"
_CHRONICLE_ENTRY = re.compile(_ENTRY_START + r"((?:19|20)\d{2})\s*年(?:(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*[，,]"
                              r"|\s*\d{1,2}\s*月)", re.M)


_MINGUO_ENTRY = re.compile(r"(?:^|(?<=[。；\n]))[ \t]*(?:[-•·*▲][ \t]*)?" + MINGUO_YEAR.pattern, re.M)


def _is_chronicle(text: str) -> bool:
    """A history page (沿革, 大事记, 志): three or more sentences open with their own years, years
    apart ("1956年，…。1959年11月，…。1981年12月，…"). What it dates are its entries, not itself."""
    normalized = normalize_text(text)
    years = {int(m.group(1)) for m in _CHRONICLE_ENTRY.finditer(normalized)}
    # entries opening with a Republican-era year ("民国16年（1927），…", "民国二十八年三月，…") are entries too
    years |= {int(y) for m in _MINGUO_ENTRY.finditer(normalized) if (y := minguo_year(m))}
    # a history in sections headed by their years ("周恩来时期——1952年", "1954年至1978年"): the headings' years too
    years |= {int(y) for line in normalized.split("\n") if _YEAR_HEADING.fullmatch(line.strip())
              for y in re.findall(r"((?:19|20)\d{2})\s*年", line)}
    # a table of bodies, each line a name and its dates in brackets ("信访科（1979年10月设）", "粮食局（1972年2月恢复）")
    years |= {int(m.group(1)) for m in _DATED_BODY_LINE.finditer(normalized)}
    return len(years) >= 3 and max(years) - min(years) >= 5


_DATED_BODY_LINE = re.compile(r"^[ \t]*[\u4e00-\u9fff]{2,24}[（(]\s*((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月)?[^（）()\n]{0,30}?"
                              r"(?:设|建|成立|恢复|撤|改称|更名|合并|分出|组建)", re.M)


_YEAR_HEADING = re.compile(r"[^，。；,;：:！？]{0,12}(?:19|20)\d{2}\s*年(?:\s*[—–\-~～至到]+\s*(?:19|20)\d{2}\s*年)?")


# Genres whose years date their content, never the page (the latest-year fallback gives them no date):
# - a unit profile: the body opens "X（简称Y）是…" with X a body's name, or a "单位概况/机构简介" heading;
# - a book's section or entry: "第十七篇 科技", "第一节 科技机构", a yearbook's "一级目：…" / "【县科协工作概况】";
# - an outlet's lead opening with its tag ("【财新网】…", "【新华网】…"): the site's page carries the date.
_PROFILE_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:局|委员会|协会|學會|协會|協會|会|會|馆|館|中心|办公室|辦公室|院|所|站|队|隊)"
                              r"(?:[（(][^（）()]{1,20}[）)])?(?:是|係|"
                              # "某县疾病预防控制中心始建于1963年", "某市档案馆成立于1959年1月": a unit's history
                              r"(?:始建|创建|創建|成立|建立|組建|组建)(?:于|於)\s*(?:19|20)\d{2}\s*年)")
_PROFILE_HEADING = re.compile(r"^(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?\s*"
                              r"(?:单位|機構|机构|單位|基本)(?:概况|概況|简介|簡介)$")
_BOOK_SECTION = re.compile(r"^第[一二三四五六七八九十百零〇\d]+[篇章节節][^，。,；;：:]{0,16}$|^[一二三四五]级目\s*[:：]")
_BRACKET_LEAD = re.compile(r"^【[^】]{2,20}】")


def _undated_by_genre(lines: list[str]) -> bool:
    head = [_compact(line) for line in _head(lines)]
    if any(_BOOK_SECTION.match(line) or _PROFILE_HEADING.match(line) for line in head):
        return True
    body = _first_body_line(lines)
    if _BRACKET_LEAD.match(body):
        return True
    return bool(_PROFILE_OPENING.match(_BRACKET_LEAD.sub("", body)))


# a year owned by a named body's budget or campaign ("苍溪县林业局2016年部门预算", "郎溪县2013年联合治超2号行动"), or the
# base of a comparison ("较2015年下降"): the period the content is about, not when the text was written
_OWNED_YEAR = re.compile(r"(?:[县市区省镇乡局委办站所队院馆会]|中心)\s*$")
_OWNED_AFTER = re.compile(r"^\s*年\s*(?:度)?\s*[“\"]?[^，。,；;]{0,12}?(?:预算|决算|经费|行动|专项)")
_COMPARED = re.compile(r"(?:较|比|同比|与)\s*$")
# a budget or account year, whoever owns it ("第二部分 2022年部门预算表", "2021年度单位决算"): the fiscal year reported on
_BUDGET_AFTER = re.compile(r"^\s*年\s*(?:度)?\s*(?:部门|单位)?\s*(?:预算|决算)")


def _content_period(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 3):match.start()]
    if _COMPARED.search(before) or _BUDGET_AFTER.match(text[match.end(1):match.end(1) + 12]):
        return True
    return bool(_OWNED_YEAR.search(before) and _OWNED_AFTER.match(text[match.end(1):match.end(1) + 24]))


# after a year, what makes it no time of writing: a deadline with its month ("2019年3月底前", "2020年6月30日前"), a page
# stamp with its clock (a list of other items: "国内新闻精选：2026年02月26日 13:41:58"), a statistic of that year glued to
# its figure ("2023年全县户籍人口46910人", "2022年全市地区生产总值")
_NOT_WRITING_TIME = re.compile(
    r"\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:底|中旬|上旬|下旬|末)?\s*(?:前|以前|之前)"
    r"|\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\d{1,2}:\d{2}"
    r"|\s*(?:末|底)?全(?:国|省|市|县|区|州|旗|镇|乡)[^，。,；;\d]{0,8}?(?:人口|生产总值|GDP|财政收入|面积|产量|增加值)")


_COUNTED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!代|度|前|底前|以来)")


def _counted(text: str, m: re.Match[str]) -> bool:
    """Whether a year may be the time of writing: not a target ("到2035年"), a period's end, a content period, a
    deadline or a founding label's year."""
    return (not re.search(r"(?:到|至|力争|目标|争取|预计|计划)\s*$", text[max(0, m.start() - 4):m.start()])
            and not _YEAR_SPAN.search(text[max(0, m.start() - 12):m.start()])
            and not _content_period(text, m) and not _NOT_WRITING_TIME.match(text, m.end())
            and not _FOUNDING_LABEL.search(text[max(0, m.start() - 10):m.start()]))


def _latest_year(text: str) -> str:
    if _is_chronicle(text):
        return ""
    # ("2012年以来，…": a period since that year; the text is written some time after it)
    years = [int(m.group(1)) for m in _COUNTED_YEAR.finditer(text) if _counted(text, m)]
    years = [y for y in years if y <= dt.date.today().year]
    return str(max(years)) if years else ""


def _years_counted(text: str) -> int:
    """How many distinct years the latest-year fallback reads in the text (see ``_latest_year``)."""
    return len({m.group(1) for m in _COUNTED_YEAR.finditer(text) if _counted(text, m)})


# a report on recent work, speaking from its present ("近年来，…", "目前运行良好")
_PRESENT_FRAME = re.compile(r"近年来|一年来|今年以来|目前")


def _dwells_on(text: str, year: str, years: int = 2) -> bool:
    """A year named once is a year the text passes through (a profile's "2005年12月经…批准", a study's "1983年
    建市较晚", an entry's "2015年5月底，…取消…"), not the year it is written in: a report of its own year names that
    year again and again, or counts its work year by year up to its present ("2021年，…。2022年上半年又…，目前…":
    ``years``, the distinct years the fallback counted, two or more). One past year told once, then the present
    ("2019年2月，挂牌成立X。…目前各站均独立建站"), says nothing of the year that present is (BRIEF 3: a year that
    merely appears in the text is no document date)."""
    if not year:
        return False
    return _mentions(text, int(year)) >= 2 or (years >= 2 and bool(_PRESENT_FRAME.search(text)))


def _mentions(text: str, year: int) -> int:
    """How often a year is named in any form ("2023年", "2023年度", "生态2023行动"), leaving out
    document numbers (某政发〔2012〕3号 dates another document)."""
    return len(re.findall(rf"(?<![\d〔\[［【(（]){year}(?![\d〕\]］】)）])", text))


def _date_in(text: str) -> str:
    if not text:
        return ""
    compact = _compact(text)
    for pattern in (FULL_DATE, NUMERIC_DATE, YEAR_MONTH):
        for match in pattern.finditer(compact):
            date = format_date(*match.groups())
            if date:
                return date
    dateline = NEWS_DATELINE.search(compact)
    year = _year_in(compact)
    if dateline and year:
        return format_date(year, *dateline.groups()) or year
    return year


# "约2014—2017年", "（1990—2005年）", "c. 2009–2010": a period or an estimate, not the document's date
_YEAR_SPAN = re.compile(r"(?:约|大约|估计|c\.\s*|circa\s*|(?:19|20)\d{2}\s*年?\s*[—–\-~～至到]+\s*)$")


def _year_in(text: str) -> str:
    for match in YEAR_ONLY.finditer(text):
        if _YEAR_SPAN.search(text[max(0, match.start() - 12):match.start()]):
            continue
        date = format_date(match.group(1))
        if date:
            return date
    return ""


def _date_line(lines: list[str]) -> str:
    """A line that is only a date: '（2023年9月24日）', a signature date, '2023年09月15日 星期五'."""
    head = _head(lines)
    for line in head:
        promulgated = _promulgation(line)
        if promulgated:
            return promulgated
    tail_start = max(0, len(lines) - _TAIL_LINES)
    for index, line in [*enumerate(head), *((tail_start + k, ln) for k, ln in enumerate(lines[tail_start:]))]:
        compact = _compact(line)
        if DATE_LINE.fullmatch(compact) and not _entry_heading(lines, index) and not _upload_stamp(lines, index):
            date = _date_in(compact)
            if date:
                if index < len(head) and _BARE_DAY.fullmatch(compact):
                    # "2019-03-28" bare under the title of a notice signed "某县人民政府 / 2019年3月25日" at its end:
                    # the site's posting day; the signing day is the document's
                    return _signed_at_end(lines) or date
                return date
        if "民" in compact and (date := _minguo_date_line(compact)):
            return date
    # a month-precision signing line: bracketed under the title ("（2020年6月）"), or bare at the end below the signer
    tail_start = max(0, len(lines) - _TAIL_LINES)
    for index, line in [*enumerate(_head(lines)), *((tail_start + k, ln) for k, ln in enumerate(lines[tail_start:]))]:
        compact = _compact(line)
        # bare, only right below the signing body ("县委机构编制委员会办公室" / "2019年3月"); a table's "2020年12月" cell
        # under "市税务局等，各县、市、区政府" is no signing date
        bare_at_end = index >= tail_start and index > 1 and _is_org_line(_compact(lines[index - 1]))
        if MONTH_LINE.fullmatch(compact) and (compact.startswith(("（", "(")) or bare_at_end):
            date = _date_in(compact)
            if date:
                return date
    for index in range(max(1, len(lines) - _TAIL_LINES), len(lines)):
        # "福建省人民政府" / "2017919": a signing date whose 年/月/日 the page dropped, read when one reading only is a
        # day and it agrees with the document number's year
        if _is_org_line(_compact(lines[index - 1])) and (date := glued_date(_compact(lines[index]))):
            number_year = _year_of_number(lines)
            if not number_year or date.startswith(number_year):
                return date
    for line in head:
        # a gazette's bracket under the title: the document's own number and its day, in either order
        # ("（某府字〔2001〕4号　2001年1月8日）", "（2019年3月5日　某政发〔2019〕7号）")
        numbered = _NUMBER_AND_DAY.fullmatch(_compact(line))
        if numbered and (date := _date_in(numbered.group("day1") or numbered.group("day2"))):
            return date
    for line in head:
        issued = _ISSUER_AND_DATE.fullmatch(_compact(line))
        if issued and (date := _date_in(issued.group(1))):
            return date  # "香港便览 政府的结构 香港特别行政区政府新闻处 2015年4月 |": the issuer and its date on one line
    for line in head:
        # a speech run into one line: its bracketed day right before the salutation ("…的讲话 张三（2015年11月14日）同志们：")
        m = _SPEECH_DAY.search(_compact(line))
        if m and (date := _date_in(m.group(1))):
            return date
    for line in head:
        # a journal repost's byline: the day, then the author ("2019-01-28重庆市委编办")
        m = _DATE_THEN_AUTHOR.fullmatch(_compact(line))
        if m:
            date = format_date(*m.groups())
            if date:
                return date
    return ""


_NUMBER_AND_DAY = re.compile(rf"[（(]\s*(?:(?P<day1>{FULL_DATE.pattern})\s*[,，、]?\s*{DOC_NUMBER.pattern}"
                             rf"|{DOC_NUMBER.pattern}\s*[,，、]?\s*(?P<day2>{FULL_DATE.pattern}))\s*[）)]")
# a day alone on its line, unbracketed, with no act after it (a page's posting day under the title)
_BARE_DAY = re.compile(rf"(?:{FULL_DATE.pattern}|{NUMERIC_DATE.pattern})(?:星期.|周.)?")


def _signed_at_end(lines: list[str]) -> str:
    """The day on the first date line right below a signing body ("某县人民政府" / "2019年3月25日"), however many lines
    of the page's footer follow it."""
    for index in range(1, len(lines)):
        compact = _compact(lines[index])
        if DATE_LINE.fullmatch(compact) and _is_org_line(_compact(lines[index - 1])):
            return _date_in(compact)
    return ""


_SPEECH_DAY = re.compile(rf"[（(]\s*((?:{FULL_DATE.pattern}))\s*[）)]\s*(?:同志们|各位代表|各位领导)")
_ACT = re.compile(rf"(?:{FULL_DATE.pattern})[^（）()，,。；;]{{0,40}}?(?:通过|印发|发布|批准|公布|颁布|施行|修订|修正)")


def glued_date(digits: str) -> str:
    """A full date written in digits alone, its 年/月/日 lost by the page ("2017919" → 2017-09-19, "20181230" →
    2018-12-30); "" when it is no date or reads two ways ("2016112": 1月12日 or 11月2日)."""
    if not re.fullmatch(r"(?:19[4-9]|20[0-3])\d{4,5}", digits):
        return ""
    readings = glued_readings(digits[:4], digits[4:])
    return readings.pop() if len(readings) == 1 else ""


def glued_readings(year: str, month_day: str) -> set[str]:
    """The calendar days a month and day written as one run of digits can be ("112" → 1月12日, 11月2日; no 9月31日)."""
    readings = set()
    for cut in (1, 2):
        month, day = month_day[:cut], month_day[cut:]
        if day and len(day) <= 2 and (reading := format_date(year, month, day)):
            readings.add(reading)
    return readings


def _promulgation(line: str) -> str:
    """A regulation's bracket under its title naming each act with its day ("（2002年10月16日…常务会议审议通过
    2002年10月30日…令第147号公布）"): the day it was promulgated (公布/发布/印发/颁布), else the first act's."""
    compact = _compact(line)
    if not (compact.startswith(("（", "(")) and compact.endswith(("）", ")"))):
        return ""
    acts = list(_ACT.finditer(compact))
    if len(acts) < 2 or sum(len(m.group(0)) for m in acts) < len(compact) - 4:
        return ""
    chosen = next((m for m in reversed(acts) if re.search(r"公布|发布|印发|颁布", m.group(0))), acts[0])
    full = FULL_DATE.match(chosen.group(0))
    return format_date(*full.groups()) if full else ""


def _entry_heading(lines: list[str], index: int) -> bool:
    """A date alone on its line after the body has begun (a sentence line above it), with a sentence right below it
    and no signing body above it, heads an entry of a round-up or chronicle ("…21个省级数据局：" / "2024年1月5日" /
    "江苏省数据局，其官网…"), not the document."""
    if index <= 0 or index + 1 >= len(lines) or _is_org_line(_compact(lines[index - 1])):
        return False
    below = lines[index + 1]
    started = any(_SENTENCE_INSIDE.search(line) or "，" in line for line in lines[:index])
    return started and bool(_SENTENCE_INSIDE.search(below) or "，" in below)


# the fields of a file-sharing page around its upload stamp ("上传人:…", "编号:928920", "18页", "33.20KB", "下载文档")
_FILE_FIELD = re.compile(r"^(?:上传人|上传者|上传时间|编号|下载|文档|大小)|^\d+页$|^\d+(?:\.\d+)?\s*(?:KB|MB|kb|mb|K|M)$")


def _upload_stamp(lines: list[str], index: int) -> bool:
    """A date among a file-sharing page's fields is the day the file was uploaded, not the document's."""
    near = lines[max(0, index - 2):index] + lines[index + 1:index + 3]
    return sum(bool(_FILE_FIELD.search(_compact(line))) for line in near) >= 2


# an issuer and its date on one line at the top ("…香港特别行政区政府新闻处 2015年4月 |", "某县人民政府 2019年3月5日")
_ISSUER_AND_DATE = re.compile(rf".{{0,30}}?(?:处|局|厅|办公室|委员会|政府|编办|中心)((?:{FULL_DATE.pattern}|{YEAR_MONTH.pattern}))"
                              r"[|｜]*")


_DATE_THEN_AUTHOR = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})[\u4e00-\u9fff]{2,20}")


# an information box's field of the body's own founding ("成立日期 | 1953年8月17日", "建立时间：1984年"): the body's date,
# not the page's
# a body's own dates on its record ("成立时间：1984年", an entry card's "起始时间：1949年9月26日" / "终止时间：1955年3月"):
# the body's founding or end, not the page's day
_FOUNDING_LABEL = re.compile(r"(?:成立|建立|设立|组建|始建|创建|创立|挂牌|建馆|建校|起始|终止|撤销|撤并)(?:日期|时间|年份)")
_BYLINE = re.compile(r"来源|稿源|来自|作者|编辑|发布|发表|时间|日期|记者")
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:\d{1,2}:\d{2})?$")
# "2018-09-15 08:02" alone on its line, or followed by a page's widgets ("2019-06-26 15:30:21 字号:", "… 次数:689")
_STAMP = re.compile(r"^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?"
                    r"(?:\s+(?:字号|次数|浏览|阅读|点击|访问|分享|打印|来源|作者|编辑)[^。！？]{0,30})?$")
_ISSUE = re.compile(r"((?:19|20)\d{2})年第[\d一二三四五六七八九十]+期")


def _labeled_date(lines: list[str]) -> str:
    """'发布日期：2016-07-07' and the like; a web page's byline ('来源：川报观察 2019年01月11日
    15:01', '来自：…时间：2020-11-24 09:52'); a date-and-time line written day first
    ('26.10.2018 00:11'); a journal issue ('2008年第10期', year only)."""
    # the day the document was signed, labeled in a disclosure table ("成文日期：2019-03-25" below or above
    # "发布日期：2019-03-28") or a law database's fields ("【公布日期】2001.01.08"), before any posting stamp
    found = _labeled_in(_head(lines), signed_only=True) or _labeled_in(_head(lines))
    if found:
        return found
    # a web page whose navigation runs past the head: only an explicit byline label further down
    for line in lines[_HEAD_LINES:_DEEP_HEAD_LINES]:
        compact = _compact(line)
        if len(compact) <= 60 and _PUBLISHED_LABEL.search(compact):
            found = _labeled_in([line])
            if found:
                return found
    return ""


_DEEP_HEAD_LINES = 40
_PUBLISHED_LABEL = re.compile(r"(?:发布|更新|发文|发稿)(?:日期|时间)\s*[:：]|(?<!会议)(?<!活动)日期\s*[:：]")


# a web page's stamp inside a short line, between a column name and an author:
# "数据相关2019-05-18 18:43:41王新老师", "2015-03-06 05:59马思远"
_STAMP_IN_LINE = re.compile(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_CN_STAMP = re.compile(rf"^{_YEAR}年{_MONTH}月{_DAY}日\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?")
_LABEL_ALONE = re.compile(r"^\W*(?:发布|发文|成文|印发|生成)(?:日期|时间)\s*[:：]\s*$")


# a label naming the day a document was signed or promulgated ("成文日期：", "印发日期", a law database's "【公布日期】",
# "【发布日期】", "【颁布日期】"); a posting or update stamp ("发布时间：", "更新日期") is the page's, a field of another act
# ("【施行日期】", "【实施日期】", "【失效日期】") no date of the document
_SIGNED_LABEL = re.compile(r"(?:成文|印发|签发)(?:日期|时间)\s*[:：]?\s*|【\s*(?:公布|发布|颁布|成文|印发)(?:日期|时间)\s*】\s*[:：]?\s*")


_EFFECT_FIELD = re.compile(r"【?\s*(?:施行|实施|生效|失效)(?:日期|时间)\s*】?\s*[:：]?\s*[\d年月日./\-]*")


def _labeled_in(head: list[str], signed_only: bool = False) -> str:
    for index, line in enumerate(head):
        if signed_only:
            spaced = re.sub(r"\s+", " ", line.strip())
            for label in _SIGNED_LABEL.finditer(spaced):
                rest = spaced[label.end():].strip() or (head[index + 1].strip() if index + 1 < len(head) else "")
                for pattern in (NUMERIC_DATE, FULL_DATE):
                    match = pattern.match(rest)
                    if match and (date := format_date(*match.groups())):
                        return date
            continue
        line = _EFFECT_FIELD.sub(" ", line)  # "【施行日期】2003.07.01": the act's entry into force, not the document
        compact = _compact(line)
        # an information-disclosure table: the label on its line, the date on the next ("• 发文日期:" / "2024年04月06日 16:40")
        if _LABEL_ALONE.match(compact) and index + 1 < len(head):
            nxt = _compact(head[index + 1])
            for pattern in (FULL_DATE, NUMERIC_DATE):
                match = pattern.match(nxt)
                if match and (date := format_date(*match.groups())):
                    return date
        if len(compact) <= 40 and not _SENTENCE_INSIDE.search(compact):
            stamp_in = _STAMP_IN_LINE.search(re.sub(r"\s+", " ", line.strip()))
            if stamp_in and (date := format_date(*stamp_in.groups())):
                return date
        # a byline, not a sentence mentioning 来源/时间 ("此条目需要补充更多来源。（2023年10月16日）", a wiki's maintenance tag)
        if (_BYLINE.search(compact) and len(compact) <= 60 and not _SENTENCE_INSIDE.search(compact)
                and not _FOUNDING_LABEL.search(compact)):
            spaced = re.sub(r"\s+", " ", line.strip())  # keep "2020-11-24 09:52" apart
            for pattern in (FULL_DATE, NUMERIC_DATE):
                match = pattern.search(spaced)
                if match:
                    date = format_date(*match.groups())
                    if date:
                        return date
        # "2018年8月17日23:55:20乡镇职能定位研究报告已关闭评论": a page's stamp, the day glued to its clock time
        cn_stamp = _CN_STAMP.match(compact)
        if cn_stamp and len(compact) <= 60 and (date := format_date(*cn_stamp.groups())):
            return date
        stamp = _STAMP.match(re.sub(r"\s+", " ", line.strip()))  # "2018-09-15 08:02" alone on its line
        if stamp:
            date = format_date(*stamp.groups())
            if date:
                return date
        day_first = _DAY_FIRST.match(compact)
        if day_first:
            date = format_date(day_first.group(3), day_first.group(2), day_first.group(1))
            if date:
                return date
        issue = _ISSUE.search(compact)
        if issue and len(compact) <= 40:
            date = format_date(issue.group(1))
            if date:
                return date
        spaced = re.sub(r"\s+", " ", line.strip())  # keep "2021-02-07 09:54" apart
        for label in DATE_LABEL.finditer(spaced):
            if _FOUNDING_LABEL.search(spaced[max(0, label.start() - 4):label.end()]):
                continue  # "建立时间：1984年": the body's founding, not the page's day
            rest = spaced[label.end() :]
            for pattern in (NUMERIC_DATE, FULL_DATE):
                match = pattern.match(rest)
                if match:
                    date = format_date(*match.groups())
                    if date:
                        return date
    return ""


# "本报讯（记者 王五）3月5日，…", "长城网保定讯(记者 李刚)1月23日,…": the day after the 讯 and its byline
_XUN_DAY = re.compile(r"讯\s*(?:[（(][^（）()]{0,30}[）)])?\s*(\d{1,2})月(\d{1,2})日")


def _dateline_date(lines: list[str], title: str, text: str) -> str:
    """'新华社北京3月21日电' with the year taken from the title or the text; '本报讯（记者…）3月5日，' with the
    year of the title only (a year in the body may date a past event)."""
    for line in lines[:5]:
        xun = _XUN_DAY.search(_compact(line)[:60])
        if xun and not NEWS_DATELINE.search(_compact(line)):
            year = _year_in(_compact(title))
            return format_date(year, *xun.groups()) if year else ""
        match = NEWS_DATELINE.search(_compact(line))
        if not match:
            continue
        year = _year_in(_compact(title)) or _most_mentioned_year(text)
        return format_date(year, *match.groups()) if year else ""
    return ""


def _year_of_title_number(title: str) -> str:
    """The year of the document's own number in its title: opening it ("鲁政发〔2014〕20号《…》") or alone in the
    bracket closing it ("…的通知(岳办发〔2017〕2号)"); a number cited inside the title ("关于转发《…》(国办发〔2018〕5号)
    的通知", "(inferred: it implements 农质发〔2014〕14号)") is another document's."""
    compact = _compact(title)
    own = re.search(rf"[（(]({DOC_NUMBER.pattern})[）)]$", compact) or DOC_NUMBER.match(compact)
    match = re.search(r"〔(\d{4})〕", _number_in(own.group(0))) if own else None
    return format_date(match.group(1)) if match else ""


# "4月25日下午，区委书记…主持召开区委编委2024年第一次会议": the meeting's year dates the opening day
_MEETING_DAY = re.compile(r"^(?:本报讯|本网讯|讯)?\s*(?:[（(][^（）()]{0,30}[）)])?\s*(\d{1,2})月(\d{1,2})日[^。；]{0,60}?"
                          r"((?:19|20)\d{2})年(?:度)?第[一二三四五六七八九十\d]+次[^。；]{0,20}?(?:会议|全会|全体会议|常务会议)")


def _meeting_day(lines: list[str]) -> str:
    m = _MEETING_DAY.match(_first_body_line(lines))
    return format_date(m.group(3), m.group(1), m.group(2)) if m else ""


def _year_of_number(lines: list[str]) -> str:
    """'国办发〔2008〕66号' near the top -> '2008'; a number with its year after a slash on its own line at the top
    ("第13/2025号行政法规", "第2/2021号法律", Macao's numbering) -> '2025'."""
    number = _number_from_text(lines)
    match = re.search(r"〔(\d{4})〕", number)
    if match:
        return format_date(match.group(1))
    for line in _head(lines):
        slashed = _SLASHED_NUMBER.fullmatch(_compact(line))
        if slashed:
            return format_date(slashed.group(1))
    return ""


_SLASHED_NUMBER = re.compile(r"第\d{1,4}/((?:19|20)\d{2})号[\u4e00-\u9fff]{0,6}")


def _most_mentioned_year(text: str) -> str:
    """The year named most often, leaving out targets such as '到2035年'."""
    normalized = normalize_text(text)
    mentions = [
        *re.finditer(rf"(?<![到至止]){_YEAR}\s*年", normalized),
        *NUMERIC_DATE.finditer(normalized),
    ]
    years = Counter(format_date(match.group(1)) for match in mentions)
    years.pop("", None)
    if not years:
        return ""
    top = max(years.values())
    return max(year for year, count in years.items() if count == top)


def format_date(year: str, month: str | None = None, day: str | None = None) -> str:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' from Arabic or Chinese numerals; '' if invalid."""
    year_value = _to_int(year)
    if year_value is None or not 1900 <= year_value <= 2100:
        return ""
    if month is None:
        return f"{year_value:04d}"
    month_value = _to_int(month)
    if month_value is None or not 1 <= month_value <= 12:
        return ""
    if day is None:
        return f"{year_value:04d}-{month_value:02d}"
    day_value = _to_int(day)
    try:
        dt.date(year_value, month_value, day_value or 0)
    except ValueError:
        return ""
    return f"{year_value:04d}-{month_value:02d}-{day_value:02d}"


def _to_int(value: str) -> int | None:
    return int(value) if value.isdigit() and value.isascii() else parse_cn_number(value)
