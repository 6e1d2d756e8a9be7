"""The date a question asks about, in every form staff write it.

Absolute: 2017年, 二〇一七年, 17年 (two digits: 20xx up to this year, else 19xx; 08年以前,
98年之前 and 19年以前 too, while 3年前, 10年以前 and 十九年前 count years back), 2018年3月,
2018年3月21日, 2022年底, 2019年初, 2020-06, 2018年以前. Relative to an injectable "today":
今年, 去年, 前年, 明年, 三年前 / 3年前 / 两年前. Reform-relative: 改革前, 改革以后, 2018年改革前,
2013年机构改革后 (the answerer sets the day from the reform that touched the unit or duty).

>>> extract_date("2022年底谁负责草原防火")[0].value
datetime.date(2022, 12, 31)
>>> extract_date("三年前谁负责草原防火", today=date(2026, 12, 1))[0].value
datetime.date(2023, 12, 1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.dates import as_of
from kg.errors import InvalidDate

_CN_DIGITS = {"〇": "0", "零": "0", "○": "0", "Ｏ": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
              "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
_CN_YEAR = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})(?=年)")
_CN_YEAR2 = re.compile(r"(?<![\d〇零○Ｏ一二三四五六七八九十])([〇零○一二三四五六七八九]{2})(?=年(?!前|以前|之前|后|以后|之后))")
_CN_YEAR2_ZERO = re.compile(r"(?<![\d〇零○Ｏ一二三四五六七八九十])([〇零○][〇零○一二三四五六七八九])(?=年)")  # 〇八年以前
_CN_MONTH = re.compile(r"(?<=年)(十[一二]?|[一二三四五六七八九])(?=月)")
_CN_DAY = re.compile(r"(?<=月)(三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?=[日号])")
_CN_COUNT = re.compile(r"([二三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])(?=年(?:前|以前|之前))")
_TWO_DIGIT_YEAR = re.compile(r"(?<![\d])(\d{2})(?=\s*年)(?!\s*年(?:前|以前|之前|来|里|内|间))")
# "08年以前", "98年之前": a two-digit number written with a leading zero, or one no count of
# years reaches back to (50 and up), is a year even before 前/以前/之前 ("3年前", "10年以前"
# stay counts of years)
# "51年内丘县…", "09年内蒙古…", "98年来宾市…": a two-digit year glued to a place whose first
# character reads as a time word after 年 (年内, 年来, 年前, 年里, 年间) is still a year when what
# follows 年 is a place of the gazetteer (its full name, or a province's or city's stem); a count
# ("5年内", "近10年来") is followed by no place
_TWO_DIGIT_YEAR_GLUED = re.compile(r"(?<![\d近这多])(\d{2})(?=\s*年[内来前里间])")
_TWO_DIGIT_YEAR_BEFORE = re.compile(r"(?<![\d])(0\d|[5-9]\d)(?=\s*年(?:以前|之前|前)(?!身))")
# "19年以前", "17年之前", "23年前" typed in Arabic digits: a year of this century up to this one
# that no one counts back by (counts of years are small or round: 3年前, 10年以前, 20年前) is a
# year; written in Chinese numerals ("十九年前") it stays a count
_RECENT_YEAR_BEFORE = re.compile(r"(?<![\d])(1[1-9]|2\d)(?=\s*年(?:以前|之前|前)(?!身))")

# the Republic's years as local chronicles write them: 民国31年, 民国三十一年, 中华民国二十四年, 民国元年
# (year N of the Republic is 1911 + N)
_MINGUO = re.compile(r"(?:中华)?民国\s*(\d{1,2}|元|[一二三四五六七八九]?十?[一二三四五六七八九]?)\s*年")

_REFORM_WORDS = r"(?:机构改革|改革|调整|重组|组建|成立|合并|撤并|整合|划转|改制)"
# "2013年三定出台前", "2018年改革方案印发以后": the plan's issuing words between the reform word and 前/后
_ISSUED = r"(?:方案|规定|文件)?(?:出台|印发|下发|实施|施行|公布|发布|落地|批复|批准)?"
_WHOSE = r"(?:国务院|中央|国家|党和国家|全国|省|市|县|区|地方|乡镇|省级|市级|县级)?"
# the time a unit was set up ("X刚组建时编制多少"): the answerer reads the date from the unit
_FOUNDING = re.compile(r"(?:刚|最初|当初)?(?:组建|成立|设立|挂牌|揭牌|合并|整合|重组|新设)(?:的)?(?:时候|时(?!间)|之初|初期|当时)")

# a five-year plan's period: 十三五期间, “十二五”时期, 十四五以来 (the third plan began in 1966; each
# later one five years on)
_PLAN = re.compile(r"[“\"「]?(?<![一二三四五六七八九十])(?P<n>十[一二三四五]?|[一二三四五六七八九])五[”\"」]?(?:规划|计划)?(?P<tail>期间|时期|时候|那会儿?|以来|末期?|初期?|开局|时(?!间))")
# a span of years: 2010年到2015年之间, 2010年至2015年, 2010到2015年, 2010—2015年, 2010-2015年间
_SPAN = re.compile(r"(?<!\d)(\d{4})\s*年?\s*(?:到|至|～|~|—|–|-|－)\s*(\d{4})\s*年?(?:之间|期间|间|这段时间|那几年|这几年)?")

# a decade: 90年代 (cn_numerals makes it 1990年代), 上世纪八十年代, 2000年代
_DECADE = re.compile(r"(?:上世纪|上个世纪|20世纪|二十世纪)?(?:(\d{3})0|([一二三四五六七八九])十)\s*年代(?![表管理办为替行码号])(?:初期?|中期|末期?|中后期)?")

# the days staff date the country's turns by (seventeenth session): a Party congress (党的十八大), the plenum that
# decided a round of institutional reform (十九届三中全会), 改革开放 (the third plenum of 1978), the founding of the
# PRC (新中国成立, 建国); each its opening day
_MILESTONES = {
    "十五大": date(1997, 9, 12), "十六大": date(2002, 11, 8), "十七大": date(2007, 10, 15), "十八大": date(2012, 11, 8),
    "十九大": date(2017, 10, 18), "二十大": date(2022, 10, 16),
    "十一届三中全会": date(1978, 12, 18), "十七届二中全会": date(2008, 2, 25), "十八届二中全会": date(2013, 2, 26),
    "十八届三中全会": date(2013, 11, 9), "十九届三中全会": date(2018, 2, 26), "二十届二中全会": date(2023, 2, 26),
    "改革开放": date(1978, 12, 18), "新中国成立": date(1949, 10, 1), "建国": date(1949, 10, 1),
}
_MILESTONE = re.compile(r"(?:党的)?(?P<m>" + "|".join(sorted(_MILESTONES, key=len, reverse=True)) + r")"
                        r"(?:召开)?(?P<tail>以前|之前|前(?!身)|以后|之后|后(?!来)|以来|初期|初|时期|时(?!间)|的时候|那时候?|那会儿?)")

_DATE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("milestone", _MILESTONE),
    ("plan", _PLAN),
    ("decade", _DECADE),
    ("span", _SPAN),
    ("before_reform_year", re.compile(r"(\d{4})\s*年?(?:的)?" + _WHOSE + r"(?:机构)?改革(?:以|之)?前")),
    ("after_reform_year", re.compile(r"(\d{4})\s*年?(?:的)?" + _WHOSE + r"(?:机构)?改革(?:以|之)?后")),
    # "2018年改革时 / 机构改革的时候 / 改革中": what the reform of that year set up, as after it
    ("after_reform_year", re.compile(r"(\d{4})\s*年?(?:的)?" + _WHOSE + r"(?:机构)?改革(?:时(?!间)|的时候|当时|中)")),
    # 2008年卫生部三定调整后: the year, a few words, the reform word
    ("before_reform_year", re.compile(r"(\d{4})\s*年([^，,。？?\d]{0,10}?)(?:机构改革|改革|三定|调整|重组|组建)" + _ISSUED + r"(?:以|之)?前")),
    ("after_reform_year", re.compile(r"(\d{4})\s*年([^，,。？?\d]{0,10}?)(?:机构改革|改革|三定|调整|重组|组建)" + _ISSUED + r"(?:以|之)?后")),
    ("before_reform", re.compile(_REFORM_WORDS + r"(?:以|之)?前")),
    # "X撤销前编制多少", "X并入Y之前归谁管": the day before the unit's own last change
    ("before_reform", re.compile(r"(?:被)?(?:撤销|撤掉|撤消|(?:并入|并到|合并到)[^，,。？?]{0,12}?|不再保留)(?:以|之)?前(?!身)")),
    ("after_reform", re.compile(_REFORM_WORDS + r"(?:以|之)?后")),
    ("after_reform", re.compile(r"机构改革(?:时(?!间)|的时候)")),
    ("years_ago", re.compile(r"(?<!\d)(\d{1,2})\s*年(?:以|之)?前(?:的时候|那时候|那时|时|那会儿?)?")),
    ("day", re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](以前|之前|前(?!身)|以后|之后|后(?!来)|起)?")),
    ("month", re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?(初|底|末|中旬|上旬|下旬|以前|之前|前(?!身)|以后|之后|后(?!来)|起)?")),
    ("iso", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)")),
    ("year", re.compile(r"(\d{4})\s*年(?:度)?(年初|年底|年末|年中|初|底|末|上半年|下半年|前后|左右|以前|之前|前|以后|之后|后)?(?:的时候|时候|那时候|那个时候|那时|时|那会儿?|的)?")),
    ("relative", re.compile(r"(大前年|去年|前年|今年|明年|(?<![改革以之])后年)(年初|年底|年末|年中|初|底|末|上半年|下半年)?(?:的时候|时候|那时候|那时|时|那会儿?)?")),
]


@dataclass
class DateSpec:
    kind: str  # "day" (value set) | "before_reform" | "after_reform" | "founding" (the unit's own start)
    value: date | None = None
    year: int | None = None
    text: str = ""
    period: bool = False  # a span of time read at one day (十三五期间, 2010年到2015年之间)
    start: date | None = None  # a span's first day (its last is ``value``): "期间先后" is asked over the whole span


def cn_numerals(text: str, today: date | None = None) -> str:
    """Chinese numerals in dates become digits; two-digit years become four (17年 → 2017年)."""
    today = today or date.today()

    def digits(m: re.Match[str]) -> str:
        return "".join(_CN_DIGITS[c] for c in m.group(1))

    def small(m: re.Match[str]) -> str:
        s = m.group(1)
        if s.startswith("十"):
            return str(10 + (int(_CN_DIGITS[s[1]]) if len(s) > 1 else 0))
        if "十" in s:
            head, _, tail = s.partition("十")
            return str(int(_CN_DIGITS[head]) * 10 + (int(_CN_DIGITS[tail]) if tail else 0))
        return _CN_DIGITS[s]

    def century(m: re.Match[str]) -> str:
        yy = int(m.group(1))
        return str(2000 + yy if yy <= today.year % 100 else 1900 + yy)

    def minguo(m: re.Match[str]) -> str:
        n = m.group(1)
        year = int(n) if n.isdigit() else 1 if n == "元" else _cn_small(n)
        return f"{1911 + year}年" if year > 0 else m.group(0)

    def recent(m: re.Match[str]) -> str:
        yy = int(m.group(1))
        return str(2000 + yy) if yy % 5 and yy <= today.year % 100 else m.group(1)

    text = _MINGUO.sub(minguo, text)  # before two-digit years are read as 19xx / 20xx
    text = _RECENT_YEAR_BEFORE.sub(recent, text)  # before Chinese counts become digits
    text = _CN_YEAR.sub(digits, text)
    text = _CN_YEAR2.sub(digits, text)
    text = _CN_YEAR2_ZERO.sub(digits, text)
    text = _CN_COUNT.sub(small, text)
    text = _CN_MONTH.sub(small, text)
    text = _CN_DAY.sub(small, text)
    def glued(m: re.Match[str]) -> str:
        after = m.string[m.end():].lstrip()[1:]  # the text after 年
        return century(m) if _place_opens(after) else m.group(1)

    text = _TWO_DIGIT_YEAR_GLUED.sub(glued, text)
    text = _TWO_DIGIT_YEAR_BEFORE.sub(century, text)
    return _TWO_DIGIT_YEAR.sub(century, text)


def _place_opens(text: str) -> bool:
    """Whether ``text`` opens with a place: its full name, or a province's or prefecture city's stem."""
    from kg.divisions import divisions

    gaz = divisions()
    return gaz.place_prefix(text) is not None or any(gaz.by_stem(text[:n]) for n in (3, 2))


def extract_date(text: str, today: date | None = None) -> tuple[DateSpec | None, str]:
    """The date a question asks about, and the question without it. ``text`` should have
    gone through ``cn_numerals`` (``parse`` does it)."""
    today = today or date.today()
    founding = _FOUNDING.search(text)
    if founding and not re.search(r"\d{4}\s*年|\d{1,2}\s*年(?:以|之)?前|去年|前年|今年", text) and not _MILESTONE.search(text):
        # the words stay in the question: they also say what is asked (组建时整合了哪些单位)
        return DateSpec("founding", text=founding.group(0)), text
    for kind, rx in _DATE_RULES:
        m = rx.search(text)
        if not m:
            continue
        rest = (text[: m.start()] + text[m.end():]).strip()
        if kind in ("before_reform_year", "after_reform_year"):
            if m.lastindex and m.lastindex >= 2:  # keep the words between the year and the reform word
                rest = (text[: m.start()] + m.group(2) + text[m.end():]).strip()
            return DateSpec(kind.removesuffix("_year"), year=int(m.group(1)), text=m.group(0)), rest
        if kind in ("before_reform", "after_reform"):
            return DateSpec(kind, text=m.group(0)), rest
        try:
            if kind == "milestone":
                # before it: the day before; at it: its day; after it: the end of its year (as "2018年以后");
                # 以来: today, over the span since; 初期: the end of the next year
                day, tail = _MILESTONES[m.group("m")], m.group("tail")
                first_day = day
                value = (day - timedelta(days=1) if tail in ("以前", "之前", "前") else today if tail == "以来"
                         else date(day.year + 1, 12, 31) if tail.startswith("初") else date(day.year, 12, 31)
                         if tail in ("以后", "之后", "后") else day)
                value = min(value, today)
            elif kind == "plan":
                # read at the period's last day (as a year is), its first for 初 / 开局
                start = _plan_start(m.group("n"))
                first_day = date(start, 1, 1)
                tail = m.group("tail")
                value = date(start, 1, 1) if tail.startswith(("初", "开局")) else today if tail == "以来" else date(start + 4, 12, 31)
                value = min(value, today)
            elif kind == "decade":
                # read at its last day, as a span of years is; 初 at its first, 中 at its middle
                start = int(m.group(1)) * 10 if m.group(1) else 1900 + 10 * _cn_small(m.group(2))
                first_day = date(start, 1, 1)
                tail = m.group(0)[m.group(0).index("年代") + 2:]
                value = min(date(start, 1, 1) if tail.startswith("初") else date(start + 5, 6, 30) if tail == "中期"
                            else date(start + 9, 12, 31), today)
            elif kind == "span":
                # a span of years is read at its last day, as a single year is
                first, last = int(m.group(1)), int(m.group(2))
                if last < first:
                    raise ValueError
                first_day = date(first, 1, 1)
                value = min(date(last, 12, 31), today)
            elif kind == "years_ago":
                n = int(m.group(1))
                try:
                    value = today.replace(year=today.year - n)
                except ValueError:  # 29 February
                    value = today.replace(year=today.year - n, day=28)
            elif kind == "day":
                value = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if m.group(4) in ("以前", "之前", "前"):  # 2013年7月4日以前: the day before
                    value -= timedelta(days=1)
            elif kind == "month":
                year, month = int(m.group(1)), int(m.group(2))
                base = as_of(f"{year}-{month:02d}")
                tail = m.group(3) or ""
                if tail in ("以前", "之前", "前"):  # 2013年7月以前: the last day of June
                    value = date(year, month, 1) - timedelta(days=1)
                else:
                    value = {"初": date(year, month, 1), "上旬": date(year, month, 10),
                             "中旬": date(year, month, 20)}.get(tail, base)
            elif kind == "iso":
                value = as_of("-".join(g for g in m.groups() if g))
            elif kind == "year":
                value = _year_day(int(m.group(1)), m.group(2) or "")
            else:
                year = today.year - {"去年": 1, "前年": 2, "大前年": 3, "今年": 0, "明年": -1, "后年": -2}[m.group(1)]
                value = _year_day(year, m.group(2) or "")
                value = min(value, today) if year <= today.year else value  # 明年: a year still to come
        except (ValueError, InvalidDate, KeyError):
            raise InvalidDate(f"问题中的日期“{m.group(0)}”不存在，请检查") from None
        if not 1900 <= value.year <= 2100:
            raise InvalidDate(f"问题中的日期“{m.group(0)}”超出可查询的范围") from None
        period = kind in ("plan", "span", "decade") or kind == "milestone" and m.group("tail") in ("以来", "初期", "初", "时期")
        return DateSpec("day", value=value, text=m.group(0), period=period,
                        start=min(first_day, value) if period else None), rest
    return None, text


def _plan_start(numeral: str) -> int:
    """The first year of the n-th five-year plan (一五 1953, 二五 1958, 三五 1966 … 十三五 2016)."""
    n = _cn_small(numeral)
    return 1953 + 5 * (n - 1) if n <= 2 else 1966 + 5 * (n - 3)


def _cn_small(s: str) -> int:
    """一 … 九十九 as a number."""
    if "十" not in s:
        return int(_CN_DIGITS[s]) if len(s) == 1 else -1
    head, _, tail = s.partition("十")
    return (int(_CN_DIGITS[head]) if head else 1) * 10 + (int(_CN_DIGITS[tail]) if tail else 0)


def _year_day(year: int, tail: str) -> date:
    if tail in ("初", "年初"):
        return date(year, 1, 1)
    if tail in ("上半年", "年中"):
        return date(year, 6, 30)
    if tail in ("前", "以前", "之前"):
        return date(year - 1, 12, 31)
    return date(year, 12, 31)


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def cn_partial(raw: str | None, unknown: str = "日期不详") -> str:
    """A stored (possibly partial) date as staff write it: 2021-05-13 → 2021年5月13日,
    2021-03 → 2021年3月, 2018 → 2018年; anything else as it is."""
    if not raw:
        return unknown
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", str(raw).strip())
    if not m:
        return str(raw)
    year, month, day = m.groups()
    return f"{year}年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")


# "2013年7月以前", "2015年之前", "2019年3月前": a written date the question asks before (not "三年前")
_BEFORE_A_WRITTEN_DATE = re.compile(r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:以前|之前|前)$")


def before_a_written_date(spec: DateSpec | None) -> bool:
    """The question asks before a date it writes ("2013年7月以前谁负责X"): the asker expects a
    change at that date, so a move recorded without a date is read as that change."""
    return spec is not None and spec.kind == "day" and not spec.period and bool(_BEFORE_A_WRITTEN_DATE.search(spec.text))
