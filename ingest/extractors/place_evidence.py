"""What names a document's place and what does not (tenth session; used by ``detect_jurisdiction``).

Not the document's place:
- a postal address ("地址：北京市宣武门西大街26号"): where an office sits, not what the text is about;
- a central body named only as the author of a cited document ("根据国家编委1963年7月26日《…》", "中央人民政府1950年6月
  13日颁发了《…》"): a provincial annal citing the centre is not a central document.

The document's place:
- the book an excerpt is taken from ("内容出处：《晋江市志》", "《邵阳县志 1978—2002》"): the book's place;
- a county outlet's report ("秀山网讯 3月1日，县卫生健康委员会…", "信息来源：武义新闻网" with "我县…"): the one county
  of that stem, when the text writes its own bodies relative to the county level;
- a text of the Taiwan authorities' executive (行政院 with 立法院, its 部会, 组织改造): 台湾省;
- a text writing its bodies relative to the district or county level ("组建区卫生健康委员会…区民政局…") that names in
  full one place of that level, inside the place found ("《某市甲区机构改革方案》"): that district or county
  (eleventh session, ``relative_level_place``);
- a text writing its bodies relative to the city level ("市公安局", "市城乡建设委员会") that names its city only by the
  one-character short form of the bodies stationed there ("市直各单位、驻宛各单位", "中央、省驻岳单位", "联系驻汴金融
  机构"), inside the province found or with no place found: that city (seventeenth session, ``station_short_place``);
- a county written after the stem of its province or city, by its own stem ("山西娄烦", "广东阳西") or in full
  ("甘肃天祝县", "广东清远佛冈县"): that county, written in full (eleventh session, ``counties_after_upper_stem``,
  ``after_upper_stem``).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.divisions import divisions

from .common import find_names

_ADDRESS = re.compile(r"(?:通讯地址|联系地址|办公地址|地址|住址)\s*[:：][^，,；;。）)\n]{0,40}")


def without_addresses(text: str) -> str:
    """The text with postal addresses blanked (same length)."""
    return _ADDRESS.sub(lambda m: " " * len(m.group(0)), text)


# a cited basis up to its last document title in the sentence, or a body with a date issuing a cited document
_CITED_BASIS = re.compile(r"(?:根据|按照|依据|依照|参照|遵照)[^。；;]*》(?:[^。；;]{0,6}精神)?")
_CITED_ISSUER = re.compile(r"[\u4e00-\u9fff]{2,16}(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:颁发|印发|发布|公布|下发)了?《[^》]{1,80}》")


def without_citations(text: str) -> str:
    """The text with cited bases and the issuers of cited documents blanked (same length)."""
    text = _CITED_BASIS.sub(lambda m: " " * len(m.group(0)), text)
    return _CITED_ISSUER.sub(lambda m: " " * len(m.group(0)), text)


# a roster's header row naming its people's native places ("姓名 | 籍贯 | 职务 | 任职时间"): the places in its rows are
# where its officials come from ("四川纳溪", "山西阳曲"), not the page's place
_NATIVE_HEADER = re.compile(r"\|?\s*(?:籍贯|出生地|原籍)\s*\|")


def without_rosters(text: str) -> str:
    """The text with the rows of a roster that has a native-place column blanked (same length): from its header row
    to the first line that is no table row."""
    lines = text.split("\n")
    inside = False
    for k, line in enumerate(lines):
        if "|" not in line:
            inside = False
            continue
        if _NATIVE_HEADER.search(line):
            inside = True
        if inside:
            lines[k] = " " * len(line)
    return "\n".join(lines)


_SOURCE_BOOK = re.compile(r"《([^《》]{2,30}?(?:志|年鉴))(?:\s*[\d—–\-～~（(）)]*)?》")
_SOURCE_LINES = 25


def source_book_place(text: str) -> str | None:
    """The place of the book a page says it is taken from: a 《…志》/《…年鉴》 whose name opens with a real place, in the
    page's first lines (a library's record: "内容出处: 《晋江市志》"); several different places: none."""
    gaz = divisions()
    head = "\n".join(text.split("\n")[:_SOURCE_LINES])
    places = set()
    for m in _SOURCE_BOOK.finditer(head):
        name = m.group(1)
        for length in range(min(12, len(name) - 1), 1, -1):
            if gaz.is_place(name[:length]) and gaz.level(name[:length]) != "乡镇":
                places.add(name[:length])
                break
    return places.pop() if len(places) == 1 else None


_OUTLET = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:网讯|新闻网|新闻|日报|电视台|融媒体中心|融媒)")
_COUNTY_OWN = re.compile(r"我县|本县|全县|县委|县政府|县人民政府")


def outlet_county(text: str) -> str | None:
    """"秀山网讯 …县卫生健康委员会…", "信息来源：武义新闻网" + "我县…": the one county-level division whose stem names the
    outlet, when the text writes its own bodies relative to the county level; none when the stem is of several
    divisions or of a province or city (those are read elsewhere)."""
    if not _COUNTY_OWN.search(text):
        return None
    gaz = divisions()
    found = set()
    for m in _OUTLET.finditer(text[:3000]):
        stem = m.group(1)
        for start in range(len(stem) - 1):
            options = [d for d in gaz.stems.get(stem[start:], []) if not d.renamed_to]
            if len(options) == 1 and options[0].level == "县":
                found.add(options[0].name)
                break
    return found.pop() if len(found) == 1 else None


_TAIWAN_EXECUTIVE = re.compile(r"行政院|(?<![\u4e00-\u9fff])政院")
_TAIWAN_CONTEXT = re.compile(r"立法院|部会|台湾|台北|组织改造|组改|中华民国")
_MAINLAND_CENTRE = re.compile(r"国务院|中共中央|党中央|全国人民代表大会")


def taiwan_executive(text: str) -> bool:
    """A text of the Taiwan authorities' executive: 行政院 with its 立法院, 部会 or reorganization, no mainland centre."""
    return bool(_TAIWAN_EXECUTIVE.search(text) and _TAIWAN_CONTEXT.search(text) and not _MAINLAND_CENTRE.search(text))


_RELATIVE_LEVELS = {"区": ("区",), "县": ("县", "旗"), "镇": ("镇",), "乡": ("乡",), "街": ("街道",)}


def relative_level_place(text: str, found: str | None, places: list[str]) -> str | None:
    """"根据《某市甲区机构改革方案》，将区卫生和计划生育委员会的职责……组建区卫生健康委员会", "肥城市潮泉镇组建镇综合
    行政执法队，作为镇政府所属…": a text that writes two or more bodies relative to the district, county or township
    level names as its place the one place of that level it writes in full, when that lies inside the place found
    (the city or county the chain opens with). Several places of that level, the one found among them, all in one
    city the text writes in full (a city's report comparing its districts): that city. Otherwise nothing."""
    if not found or found == "中央":
        return None
    said = Counter(n[0] for _, _, n in find_names(text[:5000]) if len(n) >= 3 and n[0] in _RELATIVE_LEVELS)
    gaz = divisions()
    for level, count in said.most_common():
        if count < 2:
            break
        township = level in "镇乡街"
        own = {p for p in places if p.endswith(_RELATIVE_LEVELS[level])
               and gaz.level(p) == ("乡镇" if township else "县")}
        if len(own) == 1:
            place = own.pop()
            parent = gaz.parent(place, near=(found,))  # 和平区 of 天津市, not of 沈阳市
            if place != found and parent and found in gaz.chain(parent):
                return place
        elif found in own:
            # "甲区设区城市管理局…乙区设区城市管理局…": districts compared in their city's report; the city
            # written in full is the place, not the one district named most
            parents = {gaz.parent(p, near=tuple(places)) for p in own}
            if len(parents) == 1 and (city := parents.pop()) in places:
                return city
    return None


# the level a body written relative to it names, and the level words of a place of that level written in full
_MARKER_LEVELS = {"省": ("省", "自治区"), "市": ("市",), "县": ("县", "旗"), "区": ("区",)}
# a level character that opens a word, no marker: 市场, 市政, 省级, 县域 …
_MARKER_OPENS_WORD = re.compile(r"^(?:市[场政容民级直辖]|省[级直内]|县[级域直城]|区[域级直内])")


def only_place_of_its_bodies(text: str, places: list[str]) -> str | None:
    """"某市政府机构改革方案近日公布…组建市X局、市Y局…不再保留市Z局…": a text
    that names its place in full once and then writes three or more bodies relative to that place's level (市X, 县X,
    区X, 省X) is of that place, when it is the one place of that level the text writes in full (seventeenth session;
    for a text in which no place stands out by itself)."""
    said = Counter(n[0] for _, _, n in find_names(text[:5000])
                   if len(n) >= 3 and n[0] in _MARKER_LEVELS and not _MARKER_OPENS_WORD.match(n))
    for level, count in said.most_common(1):
        if count < 3:
            return None
        own = {p for p in places if p.endswith(_MARKER_LEVELS[level]) and divisions().is_place(p)}
        if len(own) == 1:
            return own.pop()
    return None


# "驻X各单位", "中央、省驻X单位", "驻X部队", "驻X金融监管机构": bodies stationed in a city, the city written by one
# character (its first, or the old name the city is known by); only before a word naming bodies (驻锡 is a monk's
# residence, 驻防 a garrison, 驻马店 a city written in full); a word of 驻 is never a city's character (驻防部队,
# 驻村单位, 驻外机构, 驻港部队, 驻市单位)
_STATIONED = re.compile(r"驻([^防守扎训留足地点村厂场站外军在会企校区县市省镇乡港\W\d\sA-Za-z])(?=各|单位|部队|驻军|武警|机构|企业|金融|银行|高校|院校|中央|省属|省直|央企|有关)")
# cities known by an old one-character name rather than their first character
_CITY_OLD_NAMES = {"汴": "开封市", "宛": "南阳市", "蓉": "成都市", "榕": "福州市", "穗": "广州市", "邕": "南宁市",
                   "筑": "贵阳市", "甬": "宁波市", "并": "太原市", "锡": "无锡市", "汉": "武汉市", "鹭": "厦门市"}


@lru_cache(maxsize=1)
def _cities_by_initial() -> dict[str, tuple[tuple[str, str], ...]]:
    """Prefecture cities (…市) by their first character, with their province."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, rows in divisions().by_name.items():
        for d in rows:
            if d.name == name and d.level == "市" and not d.renamed_to and name.endswith("市"):
                out.setdefault(name[0], []).append((name, d.parent))
    return {k: tuple(sorted(set(v))) for k, v in sorted(out.items())}


def station_short_place(text: str, found: str | None) -> str | None:
    """"各县区人民政府，市直各部门，驻宛各单位：…市住房和城乡建设局负责…；市交通运输局…": a text writing two or more
    bodies relative to the city level (more than to the province level) whose stationed bodies are written "驻X…"
    with X one prefecture city's first character (or the old name it is known by) is of that city, when the city lies
    in the province found (or no place was found and X names one city of the country). Several cities: none."""
    if found and divisions().level(found) != "省":
        return None
    said = Counter(n[0] for _, _, n in find_names(text[:5000]) if len(n) >= 3)
    if said["市"] < 2 or said["市"] <= said["省"]:
        return None
    gaz = divisions()
    cities = set()
    for m in _STATIONED.finditer(text):
        char = m.group(1)
        options = {name for name, parent in _cities_by_initial().get(char, ()) if not found or parent == found}
        old = _CITY_OLD_NAMES.get(char)
        if old and (not found or gaz.parent(old) == found):
            options.add(old)
        if len(options) == 1:
            cities |= options
    return cities.pop() if len(cities) == 1 else None


_UPPER_STEM_LENGTHS = (2, 3)
_LOWER_STEM_LENGTHS = (3, 2)
_NOT_A_PLACE_AFTER_STEM = re.compile(r"^(?:大学|学院|银行|公司|集团|路|街|大道|日报|电视台|广播)")


def after_upper_stem(text: str, start: int, place: str) -> bool:
    """Whether the text right before ``start`` is the stem of a province or city containing ``place``
    ("甘肃天祝县", "广东清远佛冈县"): the county is then written in full, not as the tail of another word."""
    gaz = divisions()
    for upper in gaz.chain(place)[1:]:
        stem = next((d.short for d in gaz.get(upper) if d.short and d.short != upper), "") or upper[:2]
        if len(stem) >= 2 and text[max(0, start - len(stem)):start] == stem:
            return True
    return False


def counties_after_upper_stem(text: str) -> list[tuple[int, str]]:
    """"山西娄烦将农业农村局…合并", "广东阳西将…": a county named by its stem right after the stem of its province or
    city (the one county of that stem inside it) with its start; not before 大学/银行/路 … (a school, a street)."""
    gaz = divisions()
    out: list[tuple[int, str]] = []
    for i in range(len(text) - 3):
        for n in _UPPER_STEM_LENGTHS:
            uppers = [d for d in gaz.stems.get(text[i:i + n], []) if d.level in ("省", "市") and not d.renamed_to]
            if len(uppers) != 1:
                continue
            for m in _LOWER_STEM_LENGTHS:
                lows = [d for d in gaz.stems.get(text[i + n:i + n + m], []) if d.level == "县" and not d.renamed_to
                        and uppers[0].name in gaz.chain(d.parent)]
                rest = text[i + n + m:]
                if len(lows) == 1 and not _NOT_A_PLACE_AFTER_STEM.match(rest) and not gaz.is_place(
                        text[i + n:i + n + m + 1]) and not rest.startswith(lows[0].name[m:] or "\0"):
                    out.append((i + n, lows[0].name))
                    break
    return out


# A body of the text's own level written by its level word alone ("市委", "市政府", "县人大"), or the author's own
# place said so ("我市", "本县", "全省"); Simplified or Traditional.
_LEVEL_CHARS = {"省": "省", "市": "市", "县": "县縣"}
_LEVEL_ENDS = {"省": ("省", "自治区"), "市": ("市",), "县": ("县",)}
# a stem starting another word: a school, a firm, a street (洛阳师范学院, 南充银行), an office kept in that city by
# another (北京联络处, 驻京办事处), or the place written in full
_STEM_WORD_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:大学|學院|学院|银行|銀行|集团|集團|公司|联络处|聯絡處|办事处|辦事處|代表处)|路|街|大道|公园|号|[省市县縣区區州镇鎮乡鄉])")
_COMMON_WORD_STEMS = {"大同", "来宾", "安康", "白银", "普洱", "黄山", "吉安", "和平", "新城", "城关", "长安", "永安",
                      "太平", "东方", "建设", "开发", "发展", "中山", "文化", "朝阳", "光明", "宁安", "平安"}


def _own_level(text: str) -> str | None:
    """The level the text writes its own bodies at: the one of 省/市/县 said most often by its word alone
    (twice at least, more than any other)."""
    counts = {}
    for level, chars in _LEVEL_CHARS.items():
        pattern = (rf"[我本全][{chars}]|(?:^|(?<=[^\u4e00-\u9fff]|[、和与與及据據实實照由经經向对對在将將的为為府委]))[{chars}]"
                   rf"(?:委|政府|人大|政协|政協|纪委|紀委)")
        counts[level] = len(re.findall(pattern, text, flags=re.M))
    best = max(counts, key=lambda k: counts[k])
    if counts[best] < 2 or sum(1 for n in counts.values() if n == counts[best]) > 1:
        return None
    return best


def relative_stem_place(title: str, text: str) -> str | None:
    """"市委…市政府…为开封…贡献力量", "市卫生健康委…健康北京建设", "市政协…义乌全面打造…义乌发展经验": a text that names no
    place in full, writes its own bodies by their level word alone (市委, 市政府, 我市, 全市) and names one place of
    that level by its stem is of that place. A province or prefecture city counts when named once, a county-level
    place (a county-level city's stem is often a word too) when named twice; none or several such places: unknown."""
    level = _own_level(title + "\n" + text)
    if level is None:
        return None
    gaz = divisions()
    ends = _LEVEL_ENDS[level]
    found: dict[str, int] = {}
    whole = title + "\n" + text
    for stem, rows in gaz.stems.items():
        if stem in _COMMON_WORD_STEMS or stem not in whole:
            continue
        places = {d.name for d in rows if not d.renamed_to and d.name.endswith(ends)}
        if len(places) != 1:
            continue  # no place of that level, or several sharing the stem
        place = places.pop()
        hits = sum(1 for m in re.finditer(re.escape(stem), whole) if not _STEM_WORD_AFTER.match(whole, m.end()))
        top = gaz.level(place) in ("省", "市")
        if hits >= (1 if top else 2):
            found[place] = hits
    # a stem inside a longer one ("义乌" inside nothing else; "吉林" inside "吉林省" was already excluded above)
    return next(iter(found)) if len(found) == 1 else None


# 撤A设B of one township, said of it (Simplified after normalization): "撤销小吕乡设立小吕镇", "撤销天桥乡建制，设置天桥镇",
# "撤销东孚镇,设立东孚街道办事处", "小吕乡撤乡建镇", "东孚撤镇设街道", "城关镇改设为城关街道"
_TOWNSHIP_WORD = r"(?:镇|乡|街道|苏木)"
_TOWNSHIP_CHANGE = re.compile(
    r"撤销(?P<old>[\u4e00-\u9fff]{2,8}?" + _TOWNSHIP_WORD + r")(?:建制)?[，,、\s]*(?:并|后)?"
    r"(?:设立|设置|建立|改设为?|改为|成立|组建|新设)(?P<new>[\u4e00-\u9fff]{2,8}?" + _TOWNSHIP_WORD + r")(?:办事处)?"
    r"|(?P<old2>[\u4e00-\u9fff]{2,8}?" + _TOWNSHIP_WORD + r")(?:建制)?(?:改设为?|改为|更名为|改称)"
    r"(?P<new2>[\u4e00-\u9fff]{2,8}?" + _TOWNSHIP_WORD + r")(?:办事处)?"
)
_LEVEL_CHANGE = re.compile(r"撤(乡|镇)(?:建|设|改)(镇|街道|街)")


def township_newest_form(place: str, text: str) -> str | None:
    """The newest form of the township a text is about when the text turns it into another (BRIEF 2: the place in its
    newest form): "同意甲县撤销乙乡设立乙镇" in 乙乡's text → 乙镇; "乙乡撤乡建镇" with no new name written →
    the same stem with the new level word (乙镇); "丙撤镇设街道" → 丙街道. Only one new form for that township
    (two would be a split): none otherwise, and none for a place that is no township."""
    gaz = divisions()
    m = re.fullmatch(r"([\u4e00-\u9fff]{2,8}?)(镇|乡|街道|苏木)", place)
    if not m or gaz.level(place) not in ("乡镇", ""):
        return None
    stem = m.group(1)
    found = set()
    for change in _TOWNSHIP_CHANGE.finditer(text):
        old, new = change.group("old") or change.group("old2"), change.group("new") or change.group("new2")
        # "撤销凤冈县天桥乡建制": the township, its county written before it
        if (old == place or old.endswith(place) and gaz.is_place(old[:-len(place)])) and new != place:
            found.add(new)
    for level in _LEVEL_CHANGE.finditer(text):
        before = text[max(0, level.start() - len(place)):level.start()]
        if (before == place or before.endswith(stem)) and m.group(2) == level.group(1):
            found.add(stem + ("街道" if level.group(2).startswith("街") else level.group(2)))
    return found.pop() if len(found) == 1 else None
