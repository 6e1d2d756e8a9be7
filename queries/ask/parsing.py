"""Reading a question: normalize, take the date out, link names, split compound questions.

Linked unit names become the placeholder ``U`` and places ``J`` in ``Parsed.routed`` (what
the intent classifier reads), so "2017年样例县谁负责草原防火？" is read as "J谁负责草原防火".
A name shaped like a unit's (…局, …部, …委员会, …中心) that the store does not know is kept in
``Parsed.unknown``: the answer then says "没有找到X" instead of answering about another unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from kg.names import CENTRAL
from kg.store import GraphStore
from kg.text import normalize_text
from queries.ask.dates import DateSpec, cn_numerals, extract_date
from queries.resolve import Span, name_index

U = "Ｕ"  # placeholder of a linked unit (or sign) name
J = "Ｊ"  # placeholder of a linked jurisdiction

# a name shaped like a unit's: characters ending in an organization word (not 部门, 办理 …)
_ORG_SUFFIX = (r"(?:委员会办公室|领导小组办公室|委员会|办公室|管理局|总局|总署|中心|协会|集团|事务所|研究院|研究所|"
               r"(?<![布格结大全棋饭赌残僵骗出开终])局(?!面|势|限|长)|部(?!门|分|署|委|级|长|属|制)|委会|委(?!员|托|派)|办(?!理|事|法|公|的|得)|署(?!名)|厅|院|站(?!在)|队|"
               r"办事处|管理处|养护所|管理所|服务所|镇(?!街)|乡(?![村镇里])|街道(?!办)|编办)")
ORG_NAME = re.compile(r"[\u4e00-\u9fff]{2,22}?" + _ORG_SUFFIX)
_LEAD_NOISE = re.compile(r"^(?:年|月|日|请问|请教|我想问一下|我想问|想问一下|想问|问一下|我想知道|想知道|咨询一下|麻烦问下|麻烦问一下|你好|您好|"
                         r"那个|这个|咱们|我们|现在的|现在|目前|当时|当前|如今|原来的|原来|以前的|以前|过去的|之前的|那时的|"
                         r"关于|有关|对于|还有|另外|以及|并且|和|与|及|跟|的|还是|或是|或者|是|"
                         # what happened to a unit, written before the name it went to (并入人社局了吗)
                         r"是不是并入|是否并入|并入了|并入|并到|并进|合并到|合并进|整合到|整合进|划入|划归|改为|更名为|改名为|"
                         # when the unit was made, written before its name (1968年成立的县革委会, 新组建的X局)
                         r"新?(?:成立|设立|组建|设置|新设)的)+")
# (thirteenth session: "X啥时候撤乡设镇的" — 时候 / 时间 after 什么 / 啥 are the question's, no name's start)
_AFTER_QUESTION = re.compile(r".*(?:谁|哪个|哪些|哪家|什么|啥|多少|几个)(?:部门|单位|机构|机关|时候|时间)?(?:来|在|还|都)?"
                             r"(?:加挂|挂|负责|承担|管理|代管|管|领导|是|有|归|由|在|和|与)*")
# words shaped like unit names that name a kind of unit, not a unit
_GENERIC = re.compile(r"^(?:(?:国务院|中央|省政府|市政府|县政府|政府|部委|各部委)?(?:设置|设立|管理|所属|直属)?的)*"  # 部委管理的国家局
                      r"(?:下属|所属|直属|管理的|下面的?|有关|相关|其他|各|哪些|几个|多少个|个|内设的?)?(?:国家局|部委|委办局|内设机构|事业单位|组成部门|直属机构|"
                      r"工作部门|政府部门|司局|处室|科室|股室|二级局|派出机构|办事机构|议事协调机构|部门管理机构|直属特设机构|"
                      r"党委工作机关|工作机关|群团|各部|各局|各委|各办|本部|总部|局|部|委|办|中心|站|队|院|厅|署|"
                      r"乡镇街道|乡镇（街道）|乡镇\(街道\)|乡镇和街道|乡镇|街道|镇街)$")
# a change of a place's level or kind written as a verb and a bare level word, no name: "撤乡设镇",
# "撤乡建镇", "撤乡并镇", "撤镇设街道", "(撤销了哪些镇)改设街道", "改为街道" (thirteenth session)
_LEVEL_CHANGE = re.compile(r"^(?:撤[乡镇县市地区街])?(?:改设|改为|改建为?|改称|设立|新设|设|建|成立|并|并入|合并)(?:乡|镇|街道|街|办事处)$")
# "阿坝乡镇", "某县乡镇街道": the townships of a place as a class, no one unit (thirteenth session)
_TOWNSHIPS_OF = re.compile(r"(?:乡镇|镇街|乡镇街道|乡镇（街道）|乡镇\(街道\))$")
# a bare organization word after a question word ("归哪个办公室", "是哪个委员会"): the question's word
_BARE_SUFFIX = re.compile(r"(?:委员会办公室|领导小组办公室|委员会|办公室|管理局|总局|中心|研究院|研究所|办事处|管理处|管理所)")
_QUESTION_WORDS = ("谁", "哪", "什么", "啥", "几", "多少", "吗", "么", "怎", "如何", "是否", "有没有", "？", "?")


@dataclass
class Parsed:
    original: str
    text: str  # normalized, date removed
    routed: str  # with placeholders
    date_spec: DateSpec | None
    units: list[Span]
    places: list[Span]
    unknown: list[str] = field(default_factory=list)  # unit-shaped names the store does not know
    unknown_places: list[str] = field(default_factory=list)  # place-shaped names the store does not know
    u_texts: list[str] = field(default_factory=list)  # the text behind each U, in order
    # "武汉市汉南区的乡村振兴局": a place written inside a known one that the store does not know
    unknown_subplaces: list[str] = field(default_factory=list)

    def restore(self, fragment: str) -> str:
        """Put the linked names back into a fragment of ``routed``."""
        out, ui, pi = [], 0, 0
        for ch in fragment:
            if ch == U and ui < len(self.u_texts):
                out.append(self.u_texts[ui])
                ui += 1
            elif ch == J and pi < len(self.places):
                out.append(self.places[pi].text)
                pi += 1
            else:
                out.append(ch)
        return "".join(out)


# "湖南那边信访局", "秀山这边的社工部": the side of a place written between it and a name is
# the place's own ("湖南的信访局")
_SIDE = re.compile(r"(?<=[\u4e00-\u9fff])(?:那边|这边|那儿|这儿)(?=[\u4e00-\u9fff])")


def normalize_question(question: str, today: date | None = None) -> str:
    text = normalize_text(question)
    text = re.sub(r"\s+", "", text)
    text = _SIDE.sub("", text)
    text = text.replace(U, "").replace(J, "")
    return cn_numerals(text, today)


# Names of smaller bodies (…科, …股, …所, …站 …): these endings begin ordinary words too (科技,
# 处理, 所有), so such a name counts only right before what a question says about a unit.
_MINOR_UNIT = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:司|处|科|股|站|所|队|馆)"
                         r"(?=负责|管|归|隶属|属于|是|现在|目前|主要|具体|平时|都|还|啥|什么|有多少|有几|编制|级别|"
                         r"的(?:职责|前身|上级|编制|级别|牌子))")


def unit_shaped(text: str) -> list[tuple[int, int, str]]:  # noqa: C901
    """Spans of ``text`` that look like unit names (…局, …委员会 …; …科, …所 before what a
    question asks about a unit), leading noise removed."""
    out = []
    matches = list(ORG_NAME.finditer(text))
    matches += [m for m in _MINOR_UNIT.finditer(text)
                if not any(o.start() < m.end() and m.start() < o.end() for o in matches)]
    for m in sorted(matches, key=lambda m: m.start()):
        start = m.start()
        cut = _AFTER_QUESTION.search(m.group(0))
        if cut:  # "哪个单位加挂国家…委员会": the name starts after the question and its verb
            start += cut.end()
        lead = _LEAD_NOISE.match(text[start : m.end()])
        start += lead.end() if lead else 0
        name = text[start : m.end()]
        if cut and _BARE_SUFFIX.fullmatch(name):
            continue  # "归哪个办公室": the word the question asks with, no name
        if len(name) >= 3 and not any(w in name for w in _QUESTION_WORDS) and not _GENERIC.search(name) \
                and not _LEVEL_CHANGE.match(name) and not _TOWNSHIPS_OF.search(name):
            out.append((start, m.end(), name))
    return out


def generic_routed(text: str) -> str:
    """Unit-shaped names replaced by ``U`` without a store (the classifier's training text)."""
    spans = unit_shaped(text)
    out, cursor = [], 0
    for start, end, _ in spans:
        out.append(text[cursor:start])
        out.append(U)
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def places_before(spans: list[Span], end: int) -> str:
    """The text of a place span ending at ``end`` (a place written right before a name)."""
    for span in spans:
        if span.kind == "place" and span.end == end:
            return span.text
    return ""


def parse(store: GraphStore, question: str, today: date | None = None, places_first: bool = False) -> Parsed:
    """Raises InvalidDate for a date that does not exist (2019年13月). ``places_first``: a name
    that is both a place and a recorded body (威海市, 临泽县) is read as the place."""
    text = normalize_question(question, today)
    spec, rest = extract_date(text, today)
    rest = rest.strip("？?！!。.，,；;：: ")
    spans = _drop_misplaced(name_index(store).scan(rest, places_first), rest, store)
    placed = _second_name_placed(store, rest, spans)
    placed = _government_in_full(store, placed, spans) if placed == rest else placed
    placed = _sub_body_joined(store, placed, spans) if placed == rest else placed
    if placed != rest:
        rest = placed
        spans = _drop_misplaced(name_index(store).scan(rest, places_first), rest, store)
    routed: list[str] = []
    unknown: list[str] = []
    u_texts: list[str] = []
    cursor = 0
    for span in [*spans, None]:
        gap = rest[cursor : span.start if span else len(rest)]
        c = 0
        for start, end, name in unit_shaped(gap):
            if _BUILDING.match(gap, end):
                continue  # "便民服务中心建设谁负责": building or running such a body is a duty, not a unit
            if start == 0 and routed and routed[-1] == J and places_before(spans, cursor):
                name = places_before(spans, cursor) + name  # 中央 + 网信办: one name
            routed.append(gap[c:start])
            routed.append(U)
            unknown.append(name)
            u_texts.append(name)
            c = end
        routed.append(gap[c:])
        if span is not None:
            routed.append(U if span.kind == "unit" else J)
            if span.kind == "unit":
                u_texts.append(span.text)
            cursor = span.end
    text_routed = "".join(routed)
    unknown_places = []
    m = _PLACE_SHAPED.search(text_routed)
    if m and not any(s.kind == "place" for s in spans) and not any(w in m.group(1) for w in _NOT_PLACE):
        unknown_places.append(m.group(1))
        text_routed = text_routed[: m.start(1)] + J + text_routed[m.end(1):]
    subplaces = [m.group(1) for m in _SUBPLACE.finditer(text_routed) if not any(w in m.group(1) for w in _NOT_PLACE)]
    return Parsed(question, rest, text_routed, spec, [s for s in spans if s.kind == "unit"],
                  [s for s in spans if s.kind == "place"], unknown=unknown, u_texts=u_texts, unknown_places=unknown_places,
                  unknown_subplaces=subplaces)


# "武汉市汉南区的乡村振兴局": a county-level place or township after a known place, right before a
# name, that the store does not know (a known one would be a place span of its own)
_SUBPLACE = re.compile(J + r"([\u4e00-\u9fff]{1,4}?(?:自治县|区|县|旗|镇|乡|街道))(?=的?" + U + ")")


# "淮安食药监局和农委…", "黄冈医保局与人社局…": a second name joined to a placed first one,
# written without its place
_JOINER = re.compile(r"(?:和|与|跟|同|及|、)")
_SECOND_NAME = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:委员会|办公室|管理局|局|委|办|厅|中心|站|所|队)")


def _second_name_placed(store: GraphStore, text: str, spans: list[Span]) -> str:
    """``text`` with the place of a placed unit name written before a short name joined to it
    (和/与/跟/、) when that short name is no linked name and, so placed, names units of that
    place only ("淮安食药监局和农委" → "淮安食药监局和淮安农委"); else ``text``."""
    index = name_index(store)
    for i, span in enumerate(spans):
        if span.kind != "unit":
            continue
        joiner = _JOINER.match(text, span.end)
        if not joiner:
            continue
        second = next((s for s in spans if s.start <= joiner.end() < s.end or s.start == joiner.end()), None)
        if second is not None and (second.kind != "unit" or len({store.unit(u).jurisdiction for u, _ in second.candidates
                                                                 if store.get_unit(u) is not None}) <= 1):
            continue  # a linked second name of one place (or a place) is left as written; one of several places is placed
        place = next((s.text for s in spans[:i] if s.kind == "place" and s.end == span.start), "")
        if not place:
            place = next((p for p in sorted(index.places, key=len, reverse=True)
                          if span.text.startswith(p) and len(span.text) > len(p) + 1), "")
        if not place:
            continue
        jurisdiction = index.places.get(place)
        first = {store.unit(u).jurisdiction for u, _ in span.candidates if store.get_unit(u) is not None}
        if jurisdiction is None or first != {jurisdiction}:
            continue
        for m in sorted((m for m in _SECOND_NAME.finditer(text, joiner.end()) if m.start() == joiner.end()),
                        key=lambda m: -len(m.group(0))):
            hits = index.lookup(place + m.group(0))
            if hits and all(store.unit(u).jurisdiction == jurisdiction for u, _ in hits):
                return text[: joiner.end()] + place + text[joiner.end():]
        break
    return text


# "长春市政府办公厅", "县政府办": staff write 政府 for 人民政府 inside a name
_GOVERNMENT_SHORT = re.compile(r"(?<=[市县区州旗盟省镇乡])(?<!人民)政府")


def _government_in_full(store: GraphStore, text: str, spans: list[Span]) -> str:
    """``text`` with 政府 written 人民政府 after a place word when that links more of the
    question to unit names than it did ("长春市政府办公厅" → "长春市人民政府办公厅"); else
    ``text``."""
    if not _GOVERNMENT_SHORT.search(text):
        return text
    full = _GOVERNMENT_SHORT.sub("人民政府", text)
    linked = _drop_misplaced(name_index(store).scan(full), full, store)

    def units(found: list[Span]) -> tuple[int, int]:  # names linked, then characters they cover
        return sum(1 for s in found if s.kind == "unit"), sum(len(s.text) for s in found if s.kind == "unit")

    (n_full, c_full), (n_text, c_text) = units(linked), units(spans)
    # a body of the government is what the words name (人民政府办公厅), not the government's bare
    # word linked alone; the two characters 人民 added do not count as more of the question linked
    body = any(s.kind == "unit" and re.search(r"人民政府.", s.text) for s in linked)
    # "甘肃省政府行政级别", "X市政府的沿革": the government itself asked of its own standing or history, when
    # the store records it as a body (seventeenth session); "X市政府工作部门" stays the place's
    body = body or any(s.kind == "unit" and s.text.endswith("人民政府") and _GOVERNMENT_ITSELF.match(full, s.end) for s in linked)
    return full if body and (n_full > n_text or (n_full == n_text and c_full > c_text + 2)) else text


# what is asked of a government itself: its rank, its history, its founding
_GOVERNMENT_ITSELF = re.compile(r"(?:的)?(?:是|属于)?(?:什么|啥|哪一?)?(?:行政)?(?:级别|规格|层级|沿革|历史沿革|前身|来历|"
                                r"(?:是)?(?:哪年|什么时候|何时)?(?:成立|设立|组建|更名|改名)|驻地)")
# "卫健委的医政医管局", "公安分局里的办公室", "编办下面的综合科": a body named after its parent's
# name and 的 (or 里的, 下面的, 下属的, 内设的, 所属的)
_OF_PARENT = re.compile(r"(?:里|里面|下面|下属|内设|所属)?的")


def _sub_body_joined(store: GraphStore, text: str, spans: list[Span]) -> str:
    """``text`` with the 的 between a linked name and the name after it left out when the two,
    written together, are one linked name reaching past the first ("卫健委的医政医管局" →
    "卫健委医政医管局", a sub-body's form in the store's index); else ``text``."""
    index = name_index(store)
    for span in spans:
        link = _OF_PARENT.match(text, span.end) if span.kind == "unit" else None
        if link is None:
            continue
        joined = text[: span.end] + text[link.end():]
        for found in _drop_misplaced(index.scan(joined), joined, store):
            # the joined name covers the first one and at least two characters of the second
            if found.kind == "unit" and found.start <= span.start and found.end >= span.end + 2:
                return joined
    return text


# what is done to a kind of body, written right after its name: the words make a duty of it
_BUILDING = re.compile(r"的?(?:建设|运行|运营|运维|规划|布局|选址|建管|标准化建设|规范化建设)")


# a place name the store does not know, where a place is expected ("拉萨市有哪些政府工作部门")
# (never opening on a linked name's placeholder: "Ｕ是不是市政府管的" names no place "Ｕ是不是市")
_PLACE_SHAPED = re.compile(r"(?:^|(?<=[在的]))([^\W\d_该本全各每此我某这那ＵＪ][\u4e00-\u9fff]{0,4}?(?:自治区|自治州|自治县|省|市(?!场)|县|区|旗|盟))"
                           r"(?=有|的|现在|目前|一共|共有|共|下设|设|哪|谁|机构|政府|党委|编制|[\u4e00-\u9fff]{0,12}(?:谁|哪))")
_NOT_PLACE = ("还是", "或是", "或者", "市场", "城市", "县级", "市级", "区域", "地区", "社区", "园区", "景区", "省级", "城区", "市区", "郊区", "辖区", "片区",
              "山区", "林区", "牧区", "矿区", "灾区",
              # kinds of area a duty speaks of (主体功能区规划, 自然保护区管理): no place
              "功能区", "保护区", "开发区", "名胜区", "风景区", "示范区", "试验区", "实验区", "先行区", "经济区", "核心区",
              "缓冲区", "集聚区", "聚集区", "行政区", "服务区", "水源区", "生态区", "保税区", "自贸区")
_FUNCTION_CHARS = set("的和与及是在由归管里中下个些哪谁么吗呢了啥现目前")


def _drop_misplaced(spans: list[Span], text: str, store: GraphStore | None = None) -> list[Span]:
    """A place-relative form (市数据局) written after another place's name (宿州市数据局) does
    not name the units of other places: the span is dropped, the whole name stays unknown.
    So does a name written after 国家 (国家林业和草原局) that only local units bear: a national
    body the store does not hold, never a county's bureau of that name."""
    out = []
    for span in spans:
        if span.kind == "unit" and _BARE_SUFFIX.fullmatch(span.text) and re.search(r"(?:哪个|哪些|哪几个|哪一个|什么|啥)$",
                                                                                 text[: span.start]):
            continue  # "归哪个办公室": the question's word, not a body named 办公室
        # (seventeenth session: 国务院 and 中央 as 国家: "国务院扶贫办" when only districts' 扶贫办 are held)
        if span.kind == "unit" and store is not None and text[: span.start].endswith(("国家", "国务院", "中央")) and not any(
                store.unit(u).jurisdiction == CENTRAL for u, _ in span.candidates if store.get_unit(u) is not None):
            continue
        if span.kind == "unit" and _own_county_written(store, text[: span.start], span):
            out.append(span)  # 禹州 + 小吕乡: the township's own document writes "禹州市小吕乡"
            continue
        # 改革 + 卫生部: what happened to a unit, written before its name, is no part of the name
        if span.kind == "unit" and not _EVENT_TAIL.search(text[max(0, span.start - 4) : span.start]):
            before = text[max(0, span.start - 3) : span.start]
            tail = re.search(r"[\u4e00-\u9fff]{1,3}$", before)
            prior = [s for s in spans if s.end == span.start]
            # 矿山 + 安监局, 阳明区 + 疾病预防控制中心: the span is the end of a longer unknown name
            if tail and not prior and tail.group(0)[-1] not in _FUNCTION_CHARS and not _QUESTION_TAIL.search(before) and (
                    tail.group(0)[-1] in "省市县区州旗镇乡" or len(span.text) <= 4):
                continue
            # 阳朔 + 县应急管理局: a level-marked form (县…, 市…) closes the name of a place the store
            # does not know, written right before it; the whole name is unknown, never that unit
            if tail and not prior and span.text[0] in "省市县区州旗" and tail.group(0)[-1] not in _FUNCTION_CHARS \
                    and tail.group(0)[-1] not in _DEICTIC and not _QUESTION_TAIL.search(before):
                continue
            # 拉萨 + 医疗保障局, 南宁的 + 市场监督管理局: a province or city the store holds nothing of,
            # written by its stem right before a name, makes the whole name unknown, never another
            # place's unit of that name
            if not prior and _other_place_before(text[: span.start], span, store):
                continue
        out.append(span)
    return out


def _own_county_written(store: GraphStore | None, before: str, span: Span) -> bool:
    """Whether the name before ``span`` is the county (city) above a township the store holds as a
    place of its own with no place above it recorded, as that township's own documents write it:
    "禹州小吕乡" when a 小吕乡 document writes "禹州市小吕乡" (thirteenth session). A county the
    township's documents never write before it stays unknown ("肥城潮泉镇": not found)."""
    if store is None:
        return False
    lead = re.search(r"[\u4e00-\u9fff]{2,6}$", before)
    if lead is None or lead.group(0)[-1] in _FUNCTION_CHARS:
        return False
    for uid, _ in span.candidates:
        unit = store.get_unit(uid)
        if unit is None or unit.name != unit.jurisdiction:
            continue
        place = next((j for j in store.jurisdictions() if j.id == unit.jurisdiction), None)
        if place is None or place.parent:
            continue
        docs = {f.prov.doc_id for f in store.facts(uid)}
        written: set[str] = set()  # the places its documents write right before its name, and their stems
        for d in sorted(docs):
            for m in re.finditer(r"([\u4e00-\u9fff]{2,8})" + re.escape(unit.name), store.document(d).title + "\n" + store.document(d).text):
                run = m.group(1)
                for i in range(len(run) - 2):
                    if run[-1] in "市县区州旗盟":
                        written.add(run[i:])
                        if len(run) - i - 1 >= 2:
                            written.add(run[i:-1])
        if any(lead.group(0)[-k:] in written for k in range(2, len(lead.group(0)) + 1)):
            return True
    return False


def _other_place_before(before: str, span: Span, store: GraphStore | None) -> bool:
    """Whether ``before`` ends with the stem of a real province or prefecture city (拉萨, 南宁;
    a 的 after it allowed) that none of the span's units lies in."""
    if store is None:
        return False
    from kg.divisions import divisions

    gaz = divisions()
    before = before[:-1] if before.endswith("的") else before
    for length in (4, 3, 2):
        stem = before[-length:]
        if len(stem) < length:
            continue
        places = [d.name for d in gaz.stems.get(stem, []) if d.level in ("省", "市") and not d.renamed_to]
        if len(places) != 1:
            continue
        place = places[0]
        for uid, _ in span.candidates:
            unit = store.get_unit(uid)
            if unit is None or unit.jurisdiction == CENTRAL:
                return False  # a central body after a place's name: "湖南国家…" is not this rule's
            if place in gaz.chain(unit.jurisdiction) or unit.jurisdiction.startswith(stem):
                return False
        return True
    return False


# words before a place-level marker that are no place: 全市, 本县, 该区
_DEICTIC = set("全本该各每此我某这那")
# what happened to a unit, written right before its name: 改革, 撤并, 合并 … (2013年改革卫生部撤了以后)
_EVENT_TAIL = re.compile(r"(?:机构改革|改革|撤并|撤销|合并|组建|重组|调整|成立|设立)$")
_QUESTION_TAIL = re.compile(r"(?:包括|包含|含有|涉及|比如|例如|譬如|有没有|里有|中有|谁|哪个|哪些|哪家|什么|啥|问|请|是|和|与|跟|同|对|把|将|给|向|从|被|让|比|或|及|还|也|都|就|又|再|才|在|于|由|归|管|挂|设|加挂|保留|属于|隶属|代管|主管|领导)$")


# ---------------------------------------------------------------- compound questions

# "A和B" / "A、B" / "A与B": two units asked about together; a relation between them is not two questions
_JOINED = re.compile(U + r"(?:和|与|及|以及|、|跟|同)(" + J + r"?)" + U)
_BETWEEN = re.compile(r"交叉|重叠|重复|冲突|打架|分工|划分|(?:怎么|咋|如何|怎样)分|边界|关系|区别|差别|不同|合署|之间|一样|相同|对比|相比|比较|共同|一起|联合|"
                      r"是不是一(?:个|家|回事)|是一(?:个|家|回事)|"
                      r"合并|整合|组建|合起来|哪个.{0,4}(?:高|大|多|早|晚)")
_OPENING_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)(?=[\u4e00-\u9fff]{2})")


def split_units(parsed: Parsed) -> list[str]:
    """"示例县住房保障服务中心和青山水库管理所现在什么级别" → one question per unit, the
    place the first name opens with kept for the other ("示例县青山水库管理所现在什么级别").
    Only for two names joined by 和/与/、 whose question is not about the pair (交叉, 分工,
    关系, 合署, 合并 …: those ask of both at once). Returns [] when the question is not one."""
    m = _JOINED.search(parsed.routed)
    if not m or _BETWEEN.search(parsed.text):
        return []
    index = parsed.routed[: m.start()].count(U)
    if index + 1 >= len(parsed.u_texts):
        return []
    first, second = parsed.u_texts[index], parsed.u_texts[index + 1]
    joined = re.search(re.escape(first) + r"(?:和|与|及|以及|、|跟|同)([\u4e00-\u9fff]{0,8}?)" + re.escape(second), parsed.text)
    if not joined:
        return []
    place = joined.group(1) or _place_prefix(parsed, first)
    head, tail = parsed.text[: joined.start()], parsed.text[joined.end():]
    date = parsed.date_spec.text if parsed.date_spec is not None else ""
    # "国家林业和草原局和国家药品监督管理局": words before the first name that the second name
    # opens with too are not said again
    head2 = "" if head and (place + second).startswith(head) else head
    return [date + head + first + tail, date + head2 + place + second + tail]


def _place_prefix(parsed: Parsed, name: str) -> str:
    """The place a name opens with (示例县 of 示例县住房保障服务中心), else ""."""
    for span in parsed.places:
        if name.startswith(span.text):
            return span.text
    m = _OPENING_PLACE.match(name)
    return m.group(0) if m else ""


# a space between two Chinese words is a separator as typed ("X前身是啥 挂啥牌子"); a part
# asking nothing ("国家 能源局归谁管") keeps the question whole
_SPLIT = re.compile(r"[，,；;、？?。！!]|以及|并且|另外|此外|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_CUE = re.compile(r"谁|哪|什么|啥|几|多少|吗|么|怎|如何|是否|前身|级别|规格|编制|职数|内设|牌子|隶属|上级|沿革|归|实有|人数|"
                  r"是[\u4e00-\u9fff]{1,14}?还是[\u4e00-\u9fff]|"  # 是县委部门还是政府部门: an either-or question
                  r"([\u4e00-\u9fff])[不没]\1")  # 管不管, 是不是, 有没有: a yes-no question


# a later part that is only the name of what it asks ("X哪年成立的，性质", "X什么级别，主要职责呢"):
# asks that of the first part's subject, though it has no question word
_BARE_ASK = re.compile(r"(?:那|还有|以及|和|及|再|另外)?(?:它的?|其|该单位的?|该局的?)?(?:机构)?"
                       r"(?:性质|类别|机构类别|级别|规格|主要职责|职责|职能|主要职能|编制|人员编制|编制数|领导职数|职数|内设机构|下设机构|"
                       r"前身|上级|上级部门|主管部门|隶属关系|牌子|加挂的?牌子|成立时间|挂牌时间|组建时间|历史沿革|沿革)"
                       r"(?:呢|情况|如何|怎样|怎么样)?")


_BASIS_ONLY = re.compile(r"(?:是)?(?:依据|根据|按照|按)(?:的是)?(?:什么|哪个|哪份|哪一个|哪些|啥)(?:文件|文|规定|批复|通知)?(?:呢|啊)?"
                         r"|(?:文号|出处|来源|依据)(?:是)?(?:什么|多少|哪个|啥)(?:呢|啊)?")


_TIME_WORD = (r"\d{4}年?(?:的)?(?:机构)?改革(?:以|之)?[前后]|现在|目前|如今|当前|眼下|以前|之前|原来|原先|过去|当初|后来|改革前|改革以前|改革之前|改革后|改革以后|改革之后|"
              r"\d{4}年(?:以前|之前|以后|之后|底|初)?")
# a follow-up that names only a time: "现在呢", "那改革后呢", "2020年呢"
_ELLIPSIS = re.compile(r"(?:那|那么|而)?(?P<t>" + _TIME_WORD + r")(?:又|的)?(?:呢|啊|怎么样|怎样|如何|是谁|归谁|是哪个)?(?:呢)?")


# a follow-up that names only another duty: "种养殖环节呢", "那消费环节呢"
_OTHER_TOPIC = re.compile(r"(?:那|那么|而|还有)?(?P<y>[\u4e00-\u9fff、]{2,16}?)(?:又|的)?呢")
# the question word of a 谁负责 question, with what follows it
_WHO_ASKED = re.compile(r"(?:是|由|归|找)?(?:谁|哪个|哪些|哪家|哪几个|哪一个)")


# a follow-up that names only another place of the same level: "乙区的呢", "那丙县呢"
_LEVEL = r"(?:自治县|自治州|街道|区|县|市|镇|乡|旗|州|盟|省)"
_OTHER_PLACE = re.compile(r"(?:那|那么|而|还有)?(?P<p>[\u4e00-\u9fff]{1,5}?" + _LEVEL + r")(?:的|那边|那儿|这边)?(?:又)?(?:呢|怎么样|如何)")


def _place_replaced(question: str, place: str) -> str:
    """The place of ``place``'s level, as long as it, written in ``question`` right before more
    of a name (甲区 of "武汉甲区乡村振兴局在哪挂牌" for 乙区), other than ``place``; else ""."""
    level = re.search(_LEVEL + "$", place)
    if level is None:
        return ""
    stem = len(place) - len(level.group(0))
    shape = r"(?=([\u4e00-\u9fff]{" + str(stem) + "}" + re.escape(level.group(0)) + r")(?=[\u4e00-\u9fff]{2}))"
    for m in re.finditer(shape, question):
        old = m.group(1)
        if old != place and not _CUE.search(old) and not any(ch in _FUNCTION_CHARS for ch in old):
            return old
    return ""


# a follow-up that names only another unit: "Y呢", "那Y的呢", "还有Y呢"
_OTHER_UNIT = re.compile(r"(?:那|那么|而|还有)?(?P<y>[\u4e00-\u9fff]{3,20}?)(?:的)?(?:又)?(?:呢|怎么样|如何)")


def _of_another_unit(question: str, follow: str) -> str:
    """``question`` asked of the unit ``follow`` names instead of its own subject ("X啥级别" +
    "Y呢" → "Y啥级别"): the follow-up is a whole unit-shaped name and nothing else, and the
    question opens with a unit name of its own. "" when not so."""
    m = _OTHER_UNIT.fullmatch(follow)
    if m is None:
        return ""
    other = m.group("y")
    spans = unit_shaped(other)
    if not spans or spans[0][:2] != (0, len(other)) or _CUE.search(other):
        return ""
    subject = _subject(question)
    own = unit_shaped(question)
    if not subject or not own or own[0][0] != 0 or not question.startswith(subject) or subject == other:
        return ""
    return other + question[len(subject):]


def _with_topic(question: str, topic: str, opening_place: Callable[[str], str] | None = None) -> str:
    """``question`` asked of ``topic`` instead: the place it opens with, the topic, then its
    question from the question word on ("某市X以后谁监管" + "Y环节" → "某市Y环节谁监管")."""
    m = _WHO_ASKED.search(question)
    if not m:
        return question
    if opening_place is not None:
        place = opening_place(question)
    else:
        from queries.ask.routing import _places  # the gazetteer's place names (routing imports this module)

        found = _places().match(question)
        place = found.group(0) if found else ""
    return place + topic + question[m.start():]


def _at_time(question: str, time: str) -> str:
    """``question`` asked at ``time``: its own time word replaced, else ``time`` put after its
    subject (or first)."""
    swapped, n = re.subn(_TIME_WORD, time, question, count=1)
    if n:
        return swapped
    subject = _subject(question)
    if subject and question.startswith(subject):
        return subject + time + question[len(subject):]
    return time + question


# a unit name and a bare word for the body over it ("X 隶属", "X的上级单位", "X主管部门？"):
# the question word is left out, the body over X is asked
TERSE_PARENT = re.compile(r"(?:的)?(?:隶属关系|隶属于?|上级单位|上级部门|上级机关|上级|主管部门|主管单位|业务主管单位|"
                          r"归口管理部门|归口部门|管理部门|挂靠单位|归属)(?:是|呢|为)?")


def _bare_tail(words: str) -> bool:
    """A few words typed after a space that only finish the question before ("几个", "多少",
    "是啥"), not a short ask of their own ("啥级别", "什么性质", "归谁管")."""
    return len(words) <= 3 and not _ASK.fullmatch(words)


def _pieces(text: str) -> list[str]:
    """``text`` cut at its separators; a piece asking nothing before 、 is an item of the list
    the next piece asks about ("新经济组织、新社会组织党建以前归谁"), kept with it."""
    tokens = re.split("(" + _SPLIT.pattern + ")", text)
    out: list[str] = []
    glue = False
    for i, token in enumerate(tokens):
        if i % 2:  # a separator
            glue = token == "、" and bool(out) and not _CUE.search(out[-1])
            if not token.strip() and out and i + 1 < len(tokens):
                # "国家卫健委 内设机构 几个": words of one terse question typed apart; a space parts
                # two asks only when the words before ask something and the words after are more
                # than a bare tail (几个, 多少, 是啥); a short tail that is a whole ask of its
                # own (啥级别, 归谁管) is a second question
                glue = not _CUE.search(out[-1]) or _bare_tail(tokens[i + 1].strip("？?！!。. "))
            if glue:
                out[-1] += token
            continue
        if not token.strip("？?！!。. "):
            continue
        if glue and out:
            out[-1] += token
        else:
            out.append(token)
        glue = False
    return out


def split_compound(text: str, opening_place: Callable[[str], str] | None = None) -> list[str]:
    """The parts of a compound question ("X现在有几个内设机构、多少编制？" → "X现在有几个内设机构",
    "X多少编制"). A part without a unit name of its own borrows the first part's subject.
    One part when the pieces are not each a question (a list of duties stays whole).
    ``opening_place`` gives the place a question opens with (the store's place names), for a
    follow-up naming another duty ("…谁监管？种养殖环节呢")."""
    setting = _EARLIER_SETTING.fullmatch(text.strip("？?！!。. "))
    if setting:  # "X原来在A，现在哪个部门管": where X was is the setting; the question is X now
        return [setting.group("x") + setting.group("rest")]
    each = _each_place(text.strip("？?！!。. "), opening_place) or _each_duty(text.strip("？?！!。. "), opening_place)
    if each:  # "甲区和乙区的乡村振兴局分别在哪挂牌", "X的A职责和B职责分别划给了谁": one question each
        return [q for one in each for q in split_compound(one, opening_place)]
    pieces = _pieces(text.strip("？?！!。. "))
    context = ""
    if len(pieces) >= 3 and not _CUE.search(pieces[0]) and all(_CUE.search(p) for p in pieces[1:]):
        # "铁道部撤了以后，国家铁路局是干什么的、归谁管": a leading clause that asks nothing is
        # the setting of the questions, not their subject: its date (2018年改革后，…) holds for
        # every part; a setting without a date is left out
        context, pieces = pieces[0], pieces[1:]
        context = context if extract_date(context)[0] is not None else ""
    # "有几个内设机构，分别是什么": a bare "which ones" after a count is the same question
    merged: list[str] = []
    complete: set[str] = set()  # pieces made whole from the one before: their subject is theirs
    another: set[str] = set()  # of those, the ones asking of another unit ("Y呢"): Y may be a short local name
    for p in pieces:
        if merged and (m := _ELLIPSIS.fullmatch(p)):
            # "X以前归谁？现在呢": the question before, asked at the time this piece names
            p = _at_time(merged[-1], m.group("t"))
            complete.add(p)
        elif merged and (m := _OTHER_PLACE.fullmatch(p)) and (old := _place_replaced(merged[-1], m.group("p"))):
            # "甲区乡村振兴局在哪挂牌？乙区的呢": the question before, of the same body in another place
            p = merged[-1].replace(old, m.group("p"), 1)
            complete.add(p)
        elif merged and (other := _of_another_unit(merged[-1], p)):
            # "X啥级别？Y呢": the question before, of the unit the follow-up names
            p = other
            complete.add(p)
            another.add(p)
        elif merged and (m := _OTHER_TOPIC.fullmatch(p)) and not _CUE.search(m.group("y")) and _WHO_ASKED.search(merged[-1]):
            # "X进入市场以后谁监管？种养殖环节呢": the same question of another duty, in the same place
            p = _with_topic(merged[-1], m.group("y"), opening_place)
            complete.add(p)
        if merged and (re.fullmatch(r"(?:分别|具体|都|各)?(?:是|有)?(?:什么|哪些|哪几个|哪几家|啥)(?:呢|啊)?", p)
                       or _BASIS_ONLY.fullmatch(p)):  # "依据什么文件": the source of the answer before
            merged[-1] += "，" + p
        else:
            merged.append(p)
    pieces = merged
    if len(pieces) == 1:
        # "X行政编制和内设机构": two figures of one unit joined by 和; "X什么级别归谁管": two
        # asks written one after the other
        pieces = _split_figures(pieces[0])
    if len(pieces) == 1:
        pieces = _split_asks(pieces[0])
    if len(pieces) == 2 and (asked := _duty_after_a_setting(pieces[0], pieces[1])):
        return [asked]
    if len(pieces) < 2 or not (_CUE.search(pieces[0]) and all(_CUE.search(p) or _BARE_ASK.fullmatch(p) for p in pieces[1:])):
        return [text]
    first = pieces[0]
    first_spec, undated_first = extract_date(cn_numerals(first))
    # "2019年6月示例县应急管理局实有多少人": the subject is read after the date the part opens with
    subject = _subject(first if first_spec is None else undated_first)
    parts = [first]
    dated = bool(context) or first_spec is not None
    place = _first_place(undated_first, subject, opening_place)
    for piece in pieces[1:]:
        if piece in complete:
            # "示例县林业局还在吗？物价局呢": a short local name in the follow-up is of the first part's place
            parts.append(_local_short_placed(place, piece, opening_place) if piece in another else piece)
            continue
        # "2019年X有几个内设机构，当时/那时候有多少编制": the time word points back to the date of
        # the first part, which the part takes below (or the setting's date, with ``context``)
        if dated and (m := _THEN.match(piece)) and m.end() < len(piece):
            piece = piece[m.end():]
        # "它的编制怎么处理的", "该局级别": the pronoun is the first part's subject
        if subject and (m := re.match(r"^(?:它们|它|其|该单位|该机构|该部门|该局|该委|该办|这个单位|这个局|这个部门)(?:的)?", piece)):
            piece = subject + "的" + piece[m.end():]
        # "从民政局划了几名": a unit after a preposition is the other side, not the subject
        if subject and re.match(r"^(?:从|向|由|给|把|将|和|与|跟|同|对)", piece) and not piece.startswith(subject):
            piece = subject + piece
        if subject and not unit_shaped(piece) and _names_own_duty(piece):
            # "X的前身是啥，现在草原防火谁负责": a later part asking who holds a duty it names is a
            # question of that duty in the first part's place, not of X
            parts.append(place + piece)
            continue
        if subject and not unit_shaped(piece) and not piece.startswith(subject):
            piece = subject + ("的" if not piece.startswith(("的", "是", "有", "归", "由")) else "") + piece
        else:
            # "示例县物价局并入了哪里？发改局是什么级别": a short local name opening a later part
            # is of the place the first part opens with
            piece = _local_short_placed(place, piece, opening_place)
        parts.append(piece)
    # "X2018年的行政编制和领导职数": a date said once holds for the later parts that have none
    spec, _ = extract_date(cn_numerals(parts[0]))
    if spec is not None and not context:
        parts[1:] = [p if extract_date(cn_numerals(p))[0] is not None or _NOW.search(p) else spec.text + p for p in parts[1:]]
    return [_setting_for(context, p) + p for p in parts]


# a setting clause: a dated change of some body, asking nothing ("2008年X三定以后", "2013年组建Y时")
_SETTING_END = re.compile(r"(?:以后|之后|后|时|的时候|以前|之前|前)$")
# who a duty went to or sits with: "A职责划给了哪个部门", "A归谁", "A由哪个单位承担"
_DUTY_WENT = re.compile(r"(?P<t>[\u4e00-\u9fff、]{2,24}?)(?:职责|职能|工作)?(?:又|还|都)?(?:被)?(?:划给|划归|划入|划到|交给|交由|归|由|在)(?:了)?"
                        r"(?:谁|哪个部门|哪个单位|哪家|哪个局|哪个机构|哪些部门|哪几个部门)(?:来)?(?:负责|管|管理|承担|监管|牵头|主管)?(?:了|的)?(?:呢|啊)?")


def _duty_after_a_setting(setting: str, piece: str) -> str:
    """"2008年卫生部三定以后，食品安全综合协调划给了哪个部门" → "2008年食品安全综合协调划给了哪个部门":
    a dated setting that asks nothing, before a question of who got a duty the piece names (no
    unit name of its own), lends the piece its date only; the body in the setting is no subject.
    "" when the pieces are not so."""
    if _CUE.search(setting) or not _SETTING_END.search(setting) or unit_shaped(piece):
        return ""
    day = re.match(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?", cn_numerals(setting))
    if day is None or extract_date(cn_numerals(piece))[0] is not None:
        return ""
    body = cn_numerals(setting)[day.end():]
    if not unit_shaped(body):
        return ""  # "2018年改革后，…": a setting naming no body is the question's own date
    m = _DUTY_WENT.fullmatch(piece) or _OWN_DUTY_ASKED.fullmatch(piece)
    if m is None or _OF_THE_SUBJECT.search(m.group("t")):
        return ""
    # "2019年示例县林业局撤销以后，森林防火归谁": the body's place stays (read after a leading 组建)
    place = _OPENING_PLACE.match(re.sub(r"^(?:重新|新)?(?:组建|成立|设立|撤销|撤并|合并|调整)", "", body))
    return day.group(0) + (place.group(0) if place and not piece.startswith(place.group(0)) else "") + piece


def _local_short_placed(place: str, piece: str, opening_place: Callable[[str], str] | None) -> str:
    """``piece`` with ``place`` put before the short local name it opens with (发改局, 物价局: no
    place, no 国家/中央/省… of its own); ``piece`` as it is otherwise."""
    names = unit_shaped(piece) if place else []
    if names and names[0][0] == 0 and _LOCAL_SHORT.match(names[0][2]) and place not in piece \
            and not _OPENING_PLACE.match(names[0][2]) and (opening_place is None or not opening_place(piece)):
        return place + piece
    return piece


def _setting_for(context: str, part: str) -> str:
    """The leading setting a part takes: whole ("2018年改革后，…"), but only its date for a part
    opening with a unit of its own when the setting names another ("2013年组建国家卫计委时，…？国家
    中医药管理局归谁管理": the part asks of 国家中医药管理局 in 2013, not of the body formed)."""
    if not context or not unit_shaped(context):
        return context
    own = unit_shaped(part)
    duty = _names_own_duty(part) or bool(re.search(r"(?:职责|职能)[^，,。？?]{0,6}?(?:划给|划入|划到|交给|交由|由|归|在)", part))
    if (not own or own[0][0] != 0) and not duty:
        return context
    spec, _ = extract_date(cn_numerals(context))
    return spec.text if spec is not None and spec.kind == "day" else context


# "甲区和乙区的乡村振兴局分别在哪挂牌": two places written before the one name or duty they share
_TWO_PLACES = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,10}?)(?:和|与|跟|、|及|以及)(?P<b>[\u4e00-\u9fff]{2,10}?)"
                         r"(?:两地|两县|两区|两市|两个[县市区])?(?:的)?(?P<rest>[^，,；;]{3,})")
# "X的A职责和B职责分别划给了哪个部门": two duties, 分别 asked of each
_TWO_DUTIES = re.compile(r"(?P<pre>[^，,；;]*?的)?(?P<d1>[^，,；;的和]{2,30}?(?:职责|职能|工作))(?:和|与|、|以及|及)"
                         r"(?P<d2>[^，,；;的和]{2,30}?(?:职责|职能|工作))(?P<rest>(?:又|都|各自|各)?分别[^，,；;]{2,})")
_EACH_WORD = re.compile(r"^(?:又|都|各自|各)?分别|分别(?=在|是|由|归|划|有|属|什么|多少|几)")


# "并入了哪个部门", "后来归哪个部门": a move of the first part's unit, not a duty of its own
_LINEAGE_VERB = re.compile(r"并入|并到|合并|整合|划入|划给|划到|划归|撤|组建|成立|更名|改名|改叫|挂|隶属|后来|去向|变成|归属|转隶")


def _names_own_duty(piece: str) -> bool:
    """"现在草原防火谁负责": the part asks who holds a duty it names itself; not "并入了哪个部门"
    (a move of the first part's unit) nor "编制归谁管" (a figure of it)."""
    m = _OWN_DUTY_ASKED.fullmatch(piece)
    if not m:
        return False
    t = m.group("t")
    if _OF_THE_SUBJECT.search(t):
        return False
    return not (_LINEAGE_VERB.search(t) and not re.search(r"职责|职能|工作", t))


def _each_place(text: str, opening_place: Callable[[str], str] | None) -> list[str]:
    """"甲区和乙区的乡村振兴局分别在哪挂牌" → "甲区乡村振兴局在哪挂牌", "乙区乡村振兴局在哪挂牌": two
    places the store knows, written before what they share; else []."""
    m = _TWO_PLACES.fullmatch(text)
    if not m or opening_place is None:
        return []
    a = m.group("a")
    if opening_place(a) != a:
        return []
    after = text[m.start("b"):]
    for n in range(min(10, len(after) - 3), 1, -1):  # the longest place written second (武昌区, not 武昌)
        b = after[:n]
        if opening_place(b) == b:
            rest = re.sub(r"^(?:两地|两县|两区|两市|两个[县市区])?(?:的)?", "", after[n:])
            rest = _EACH_WORD.sub("", rest, count=1)
            if len(rest) >= 3 and not opening_place(rest) and not re.match(r"哪|谁|是否|有没有|一共|共|合计|加起来", rest):
                return [a + rest, b + rest]
            return []
    return []


def _each_duty(text: str, opening_place: Callable[[str], str] | None = None) -> list[str]:
    """"X的A职责和B职责分别划给了哪个部门" → one question per duty (the place the first duty opens
    with is the second's too); else []."""
    m = _TWO_DUTIES.fullmatch(text)
    if not m:
        return []
    pre, rest = m.group("pre") or "", _EACH_WORD.sub("", m.group("rest"), count=1)
    d1, d2 = m.group("d1"), m.group("d2")
    place = opening_place(d1) if opening_place is not None and not pre else ""
    return [pre + d1 + rest, pre + (place if place and not d2.startswith(place) else "") + d2 + rest]


_NOW = re.compile(r"现在|目前|如今|当前|现今|眼下")
# a part asking who holds a duty it names: "现在草原防火谁负责", "优抚安置归哪个部门管",
# "统筹推进数字经济发展的职责原来在哪个部门"
_TIME_LEAD = r"(?:现在|目前|如今|当前|现今|眼下|原来|原先|以前|之前|过去|当时|那时候?)?"
_OWN_DUTY_ASKED = re.compile(r"(?:那|而|那么)?" + _TIME_LEAD + r"(?P<t>[\u4e00-\u9fff、]{2,24}?)(?:工作|职责|职能|的职责|的职能|这块|这一块)?"
                             + _TIME_LEAD + r"(?:又|还|都)?(?:是|在|由|归|找)?(?:谁|哪个部门|哪个单位|哪家|哪个局|哪个机构|哪些部门|哪几个部门)"
                             r"(?:来|在)?(?:负责|管|管理|承担|监管|牵头|主管|分管|办)?(?:的)?(?:呢|啊|呀)?")
# what a part asks of the first part's unit, not of a duty of its own: 编制, 级别, its parent
_OF_THE_SUBJECT = re.compile(r"编制|职数|级别|规格|牌子|内设|前身|上级|性质|机构|单位|部门|它|其|该|这个|那个|本|"
                             r"^(?:现在|目前|如今|原来|以前|后来|当时)$|^[由归是在找]")
# a unit name written without its place, that a place would open: not 国家…, 中央…, 国务院…
_LOCAL_SHORT = re.compile(r"^(?!国家|中央|国务院|中共|全国|省|市|县|区)[\u4e00-\u9fff]{1,8}(?:局|委|办|中心|站|所|队)$")
# a later part's word for the time the first part names: 当时, 那时候, 那会儿, 彼时
_THEN = re.compile(r"^(?:那|而|那么)?(?:那个时候|那时候|那时|当时|那会儿?|彼时|同一时期|同期)(?:的|，|,)?")
# "X原来在A（管），现在哪个部门管": a statement of where X was, then the question of X now
# (also "X以前是物价局管的，现在找谁": the earlier holder and its verb, without 在/归/由)
_EARLIER_SETTING = re.compile(r"(?P<x>[^，,。？?]{2,30}?)(?:原来|原先|以前|之前|过去|早先)"
                              r"(?:(?:是)?(?:在|归|由)(?P<a>[^，,。？?]{2,20}?)(?:管|负责|管理|承担)?|是(?P<b>[^，,。？?]{2,20}?)(?:管|负责|管理|承担))"
                              r"(?:的)?[，,](?:那)?(?P<rest>(?:现在|目前|如今|眼下)[^，,。？?]*?(?:谁|哪)[^，,。？?]*)")


_FIGURE = re.compile(r"编制|职数|内设机构|级别|规格|牌子|实有|人数")


# a whole ask about one unit: its rank, a figure, its parent, its signs, its predecessor
_ASK = re.compile(r"(?:是)?(?:什么|啥|哪一?)(?:级别|规格|性质|级)(?:的(?:单位|部门|机构|事业单位))?"
                  r"|(?:有|核定|共有)?(?:多少|几个|几名|几块)(?:个)?(?:行政|事业|政法专项)?(?:编制|内设机构|领导职数|职数|牌子)"
                  r"|(?:归|由|是)(?:谁|哪个部门|哪个单位|哪家)(?:来)?(?:管理|管|领导|主管)"
                  r"|(?:加?挂)(?:了)?(?:什么|几块|哪些)牌子|(?:的)?前身是(?:什么|谁|哪个部门|哪个单位)")


def _split_asks(piece: str) -> list[str]:
    """"示例县融媒体中心什么级别归谁管" → "示例县融媒体中心什么级别", "归谁管": two whole asks
    written one right after the other (或 joined by 又/还/还有), nothing else between them;
    one piece when it is not so."""
    asks = list(_ASK.finditer(piece))
    for a, b in zip(asks, asks[1:], strict=False):
        if a.start() > 0 and re.fullmatch(r"(?:又|还|还有|另外|以及)?", piece[a.end() : b.start()]):
            return [piece[: a.end()], piece[b.start():]]
    return [piece]


def _first_place(first: str, subject: str, opening_place: Callable[[str], str] | None) -> str:
    """The place the first part opens with: a place written alone ("示例县，…") or the place
    its leading unit name opens with (示例县 of 示例县物价局), known to the store; else ""."""
    if opening_place is None:
        return ""
    place = opening_place(first)
    if not place and (m := _OPENING_PLACE.match(subject)):
        place = m.group(0) if opening_place(m.group(0)) == m.group(0) else ""
    return place


def _split_figures(piece: str) -> list[str]:
    """"X行政编制和内设机构" → "X行政编制", "内设机构": a figure word right before 和 and one
    right after it; anything else joined by 和 stays one question."""
    for m in re.finditer(r"以及|和|及|与", piece):
        left, right = piece[: m.start()], piece[m.end():]
        if _FIGURE.search(left[-6:]) and _FIGURE.search(right[:8]):
            return [left, right]
    return [piece]


def _subject(piece: str) -> str:
    """The leading unit name of a question part, if any; else what the part is about (the
    words before its question: "示例县草原防火改革前归谁" → "示例县草原防火")."""
    spans = unit_shaped(piece)
    if spans and spans[0][0] <= 6:
        end = spans[0][1]
        if len(spans) > 1 and re.fullmatch(r"和|与|及|、|跟", piece[end : spans[1][0]]):
            end = spans[1][1]  # "A和B分别是几类乡镇，各核定多少编制": both are the subject
        # 示例县委 + 编办: a short name going on is one name
        # (示例县委 + 办公室 too: an office's name is the whole suffix)
        more = re.match(r"(?![和与及的是在有归由])(?:[\u4e00-\u9fff]{1,4}?" + _ORG_SUFFIX + r"|办公室|办公厅)", piece[end:])
        return piece[: end + (more.end() if more else 0)]
    m = re.match(r"^(.{2,30}?)(?:现在|目前|的|是|有|归|由)", piece)
    if m and any(s in m.group(1) for s in ("局", "部", "委", "办", "署", "中心", "厅", "院")):
        return m.group(1)
    m = re.match(r"^(.{2,30}?)(?:\d{2,4}年|改革|以前|之前|以后|之后|现在|目前|当时|归|由|是|谁|哪|在)", piece)
    return m.group(1) if m else ""


# ---------------------------------------------------------------- the topic of 谁负责X

_QW = r"(?:谁|哪个|哪些|哪一个|哪一些|哪几个|哪几家|哪家|哪一|哪里|哪儿|哪|什么|啥|何种|何)"
_ORGW = r"(?:部门|单位|机构|机关|部委|委办局|地方|衙门|口子|条线|系统|办公室|中心|科室|股室|处室|家|局|厅|委|部|署|办|科|股|口)?"  # 口子, 条线: a line of work
_HANDLE = r"(?:负责|承担|主管|管理|管着|管|牵头|履行|分管|主抓|处理|办理|受理|监管|统筹|抓|分头管|分别负责|分头负责)"
# "X是哪个局发的 / 批的 / 审批的": who issues or approves X, the verb after the question word
_ISSUED_BY = r"(?:发放|核发|颁发|签发|审批|批准|发|批|办)的$"
# "X谁发 / 谁批 / 谁定 / 归谁定 / 去哪儿办 / 问谁 / 谁说了算": a one-character verb (or 说了算) right
# after the question word closes the question, with or without 的
_ACTS_AT_END = (r"(?:是|由|归|找|去|到|在)?" + _QW + _ORGW + r"(?:来)?(?:发放|核发|颁发|签发|审批|审核|批准|定价|制定|"
                r"说了算|拍板|发|批|定|审|办|罚|查|收|签)(?:的)?(?:呢|啊|呀)?$")
# "X的主管部门是哪个", "X归口管理部门是？", "X主管部门？": the handling unit named by its role
_ROLE_AT_END = (r"(?:的)?(?:行业主管|业务主管|归口管理|归口|主管|牵头|责任|职能|管理)(?:部门|单位|机关)(?:是|为)?"
                r"(?:哪个|哪家|哪一个|谁|什么|啥)?(?:部门|单位)?(?:呢|啊|呀)?$")
_FRAMES = [
    # "X职责在哪一级 / 归哪个层级": the level that holds X is asked, no part of X (seventeenth session)
    re.compile(r"(?:现在|目前|当时)?(?:是|在|归|属于|由|放在|下放到|下放至)?(?:哪一级|哪一层级|哪个层级|哪个层面|哪级|哪一层)"
               r"(?:政府|部门|机关)?(?:负责|承担|管理|行使|核发|审批|办理)?(?:的)?(?:呢|啊)?$"),
    re.compile(r"(?:是|由)?" + _QW + _ORGW + r"(?:来)?" + _ISSUED_BY),
    re.compile(_ACTS_AT_END),
    re.compile(_ROLE_AT_END),
    re.compile(r"(?:现在|目前|当前|如今|当时|一般|通常)?(?:是|应该|应|该|都|主要|具体)?(?:现由|现归|由|归口|对口|划归|划入|划给|交由|交给|归|属于|找|问|去|向|在|是)?" + _QW + _ORGW
               + r"(?:都|也|还|来|在|主要|具体|现在|目前|分头|分别|一起|共同|负责)?(?:在)?" + _HANDLE + r"?(?:的职责|的事|的工作|职责|的)?(?:呢|啊|呀)?"),
    re.compile(r"^(?:负责|承担|主管|分管|牵头|管理|管)"),
    re.compile(r"的?(?:是|有)$"),
]
TOPIC_PREFIX = re.compile(r"^(?:请问|我想知道|想知道|想问一下|想问|问一下|咨询一下|咨询|请告诉我|告诉我|麻烦问一下|你好|您好|"
                          r"那边|这边|那里|这里|那儿|这儿|那)+")  # "湖北那边X谁管": the place's side
# (and the pointing words staff put inside a matter: "餐饮业食堂这些消费环节", "此类事项", "网吧之类")
TOPIC_NOISE = re.compile(r"到底|究竟|现在|目前|当前|如今|现阶段|眼下|当时|这块|这一块|这事儿?|这摊子?事?|原来|原先|以前|之前|过去|当初|早先|先前|起初"
                         r"|这些|那些|这类|那类|此类|之类|等等")
# "X是哪个部门的活(儿)": whose job X is
_JOB_TAIL = re.compile(r"的活儿?$")
TOPIC_TAIL = re.compile(r"(?:的)?(?:相关)?(?:工作|职责|职能|事项|业务|事务|事情|事|问题|方面|领域|这项|这件事)+$")
# "A和B分别 / 各自 / 又分别": each of the matters before it, asked one by one
EACH_TAIL = re.compile(r"(?:又|都|也)?(?:分别|各自)$")
TOPIC_EDGE = "的是了呢吗啊呀么由归在？?！!。，,、；;：:“”\"' "


def topic_of(parsed: Parsed) -> str:
    """The duty asked about: the question without its question words, places and edges
    ("请问现在森林防火工作由谁来负责" → "森林防火")."""
    text = parsed.routed.replace(J, "")
    # "国家能源委员会办公室的工作由谁承担": the work of a body hosted elsewhere is the topic
    hosted = re.search(U + r"的(?:具体|日常)?工作", text)
    text = _JOB_TAIL.sub("", text.rstrip("？?！!。. "))
    text = TOPIC_PREFIX.sub("", text)
    text = TOPIC_NOISE.sub("", text)
    # "乡镇里市场监管这块归哪个办": the townships' part of a duty ("乡镇里" → "乡镇")
    text = re.sub(r"(?<![\u4e00-\u9fff])(乡镇|镇街|街道|乡|镇)(?:里面|里头|里|上|这一级|一级|的)", r"\1", text)
    for frame in _FRAMES:
        text = frame.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = text.strip(TOPIC_EDGE)
        text = TOPIC_TAIL.sub("", text)
        text = EACH_TAIL.sub("", text)  # "A和B分别由谁负责": 分别 is the question's, no part of B
        text = re.sub(r"^(?:的|是|由|归|关于|有关|对于|在)+", "", text)
    if text == U and hosted:
        text = hosted.group(0)
    return parsed.restore(text) if U in text else text
