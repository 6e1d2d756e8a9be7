"""One answerer per intent, each registered against ``Intent`` (``ANSWERERS``).

An answerer runs the query functions (``queries.who_handles``, ``queries.lineage``,
``queries.unit_info``, ``queries.staffing``, ``queries.overlaps``, ``queries.orgchart``) and
puts the result in one Chinese paragraph with the units that answer (best first) and the
source sentences. Nothing is said that the store does not hold: when it cannot answer, the
answer says so and ``units`` is empty.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from kg.abbrev import abbreviations
from kg.dates import holds_at, sort_key, start_of
from kg.model import EVENT_SEMANTICS, EventType, Predicate
from kg.names import CENTRAL, display_name, guess_level, place_stem
from kg.short_forms import CLASS_HEAD
from kg.store import GraphStore
from kg.text import normalize_name, normalize_text
from queries.ask.body_counts import BODY_KINDS, asked_kind, body_count_in_staffing, body_count_rows
from queries.ask.dates import DateSpec, before_a_written_date, cn_date, cn_partial
from queries.ask.intents import HELP, Intent
from queries.ask.parsing import J, Parsed, U
from queries.ask.routing import _PARENT_YES_NO, DUTY_HANDED, Route
from queries.class_bodies import body_of_class, units_of_place
from queries.evidence import evidence as evidence_of
from queries.evidence import period
from queries.resolve import Span, name_index, one_body_recorded_twice
from queries.scope import alive, in_jurisdiction
from queries.unit_info import former_parent

MAX_UNITS = 10
MAX_LIST = 60  # units of an org-chart answer ("示例县有哪些政府工作部门": every one of them)
MAX_EVIDENCE = 8
WHO_TOP = 5  # units a who-handles answer names (the same list GET /who-handles?top=5 gives)
WHO_TOP_ALL = 10  # for "哪几个/分别": every holder

ANSWERERS: dict[Intent, Callable[[Context], dict[str, Any]]] = {}


def answers(intent: Intent) -> Callable[[Callable[[Context], dict[str, Any]]], Callable[[Context], dict[str, Any]]]:
    """Register the answerer of ``intent`` (one per intent)."""
    def register(fn: Callable[[Context], dict[str, Any]]) -> Callable[[Context], dict[str, Any]]:
        assert intent not in ANSWERERS, f"two answerers for {intent}"
        ANSWERERS[intent] = fn
        return fn
    return register


def result_dict(intent: str, answer: str, obj: _Answer | None, day: date, routed: Route | None,
                ctx: Context | None = None) -> dict[str, Any]:
    return {
        "intent": str(intent),
        "answer": answer,
        "units": obj.units if obj else [],
        "evidence": obj.evidence if obj else [],
        "at": day.isoformat(),
        "confidence": round(routed.confidence, 3) if routed else 0.0,
        "suggestions": ctx.suggestions if ctx else [],
        "topic": (routed.topic if routed else None) or (ctx.sign if ctx else None),
    }


# two bodies asked about as a pair ("A和B怎么分工"), not as alternatives ("归A还是B")
_PAIR_JOINED = re.compile(U + r"(?:和|与|跟|同|及)" + J + "?" + U)

# a question that asks for duplicated duties as such (pairs of units), not for the holders of a duty
_OVERLAP_WORDS = re.compile(r"交叉|重叠|重复|冲突|打架|多头")
# what is not the duty in "X哪些部门都有职责 / 分别由谁负责 / 哪两个部门一起"
_HOLDERS_NOISE = re.compile(r"(?:哪|几)?[两二三四五六七八九几多]个(?:部门|单位|机构|局)|一起|共同|分别|分头|各自|怎么分工|如何分工|"
                            r"职责分工|怎么分段|怎么分|怎么划|分工")
_HOLDERS_TAIL = re.compile(r"(?:是|由|谁|有|负责|职责|管|建的|建|的|都|在|呢|啊)+$")


def _holders_topic(topic: str) -> str:
    pieces = [_HOLDERS_TAIL.sub("", _HOLDERS_NOISE.sub("", p)) for p in re.split(r"[，,；;]", topic)]
    return "".join(p for p in pieces if len(p) >= 2)


# "X管不管Y", "Y归X管吗", "X还负责Y吗": a yes-no question about one unit and a duty
_YES_NO = re.compile(r"([管负])不\1|是不是|吗$|么$")
_DOES_FRAME = re.compile(r"现在|目前|如今|还|也|都|仍然|仍|归|由|是|的|在|吗|么|呢|不|管|负责|承担|牵头|它们|它|其|这块|这项|职责|工作")


# a question about the duties of the unit it opens with ("X负责什么", "县里的X主要管哪些事")
_ASKS_DUTIES_OF_SUBJECT = re.compile(rf"^{J}?{U}(?:现在|目前|主要|具体|平时|都)*(?:负责|管|干|做|承担)(?:些|的是)?(?:什么|啥|哪些)")


def _does_topic(parsed: Parsed) -> str:
    """The duty of a yes-no question about one named unit, or "" when it is not one."""
    if len(parsed.units) != 1 or parsed.unknown or parsed.routed.count(U) != 1:
        return ""
    text = parsed.routed.strip("？?！!。，, ")
    if not _YES_NO.search(text) or re.search(r"谁|哪|什么|啥|几|多少|上级|上面|隶属|代管|牌子|级别|规格|编制|还在|存在|撤|并入|前身", text):
        return ""
    if not re.search(r"管|负责|承担|牵头", text):
        return ""
    topic = _DOES_FRAME.sub("", text.replace(U, "").replace(J, ""))
    return parsed.restore(topic) if len(topic) >= 3 else ""


# a question about how a unit was set up (its founding event), whatever came in later
# "十三五期间X先后归哪些单位 / 期间都由哪些部门负责": the whole span asked, not its last day
# a holder today whose best clause covers less of the asked duty than this touches it only; a body
# gone since whose clause covers this much (and twice as much) is the one the question means
WEAK_COVERAGE = 0.3
STRONG_COVERAGE = 0.5
_TODAY_ASKED = re.compile(r"现在|目前|当前|如今|眼下|现今")


def says_more(now: float, before: float) -> bool:
    """Today's best holder covers ``now`` of the asked duty, a gone one ``before``: the gone one is
    meant when today's only touches the duty and the gone one says it (twice as much at least)."""
    return now < WEAK_COVERAGE and before >= max(2 * now, STRONG_COVERAGE)


_OVER_SPAN = re.compile(r"先后|历任|陆续|都归|分别归|变过|变化|换过|哪些单位|哪几个单位|哪些部门|哪几个部门|几次|哪几家|都由|都是")
# "X由哪些单位重新组建 / 重新组建时整合了哪些部门": the old X is among the sources
_REFOUNDED_ASKED = re.compile(r"重新组建|重组")
_FOUNDING_ASKED = re.compile(r"组建|成立时|设立时|合并而成|合并组建|整合而成")
# a question about how a duty is divided between units: a 职责分工 statement answers it
# (thirteenth session: "X是哪几个部门分头管的" — 分头, each body its own part, as 分别)
_DIVISION_ASKED = re.compile(r"分工|分段|前后|分别|分头|各自|主导|怎么分|如何分|怎么划|如何划|界限|边界|管还是|负责还是")
_DIVISION_NOISE = re.compile(r"(?:各个|各有关|各相关|各|相关|有关)(?:部门|单位|机构|方面)|"  # "X各部门是怎么分段监管的"
                             r"(?:哪|几)?[两二三四五六七八九几多]个(?:部门|单位|机构|局)|一起|共同|分别|分头|各自|职责分工|怎么分工|如何分工|"
                             r"怎么分段|怎么分|如何分|怎么划|如何划|分工|分段|前后|主导|牵头|到底|还是|谁|由|负责|管|怎么|如何|"
                             r"有没有|是否|是|的|呢|吗|啊|哪个|哪些|部门|单位")
# the office of a coordinating body, and what its host's clause says of the body's work
_BODY_OFFICE = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,30}?(?:委员会|领导小组|指挥部|工作组))(?:办公室|办)(?!公|理|法|事)")
_BODY_WORK = re.compile(r"日常工作|具体工作|办事机构|办公室工作")
# the question asks over time ("这几年设在哪些部门", "以前设在哪")
_OVER_TIME = re.compile(r"这几年|这些年|历年|先后|曾经|以前|之前|原来|哪些部门|哪几个部门|变过|变化")
_ASKS_HOST = re.compile(r"设在|设于|在哪|挂在|放在|哪个部门|哪个单位|哪个局|由谁|归谁|谁管|谁承担")
_PLACE_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|旗|盟))?(?:委|政府|人民政府)?(?:的)?")
# "依据什么文件 / 根据哪个文件 / 文号是多少": the source of a figure is asked
_ASKS_BASIS = re.compile(r"依据|根据|文件|文号|发文|出处|来源")
# a question about where a sign hangs, not which signs a unit carries
# "其行政职责 / 企业职责 / 执法职能由哪些单位承担": a kind of duty asked of where a body's duties went
_DUTY_KINDS = r"行政|企业|事业|经营|执法|审批|监管"
_DUTY_KIND_ASKED = re.compile(r"(?:(?:" + _DUTY_KINDS + r")(?:和|与|及|、)?)+(?:方面的|类的?|性)?(?:职责|职能)")
# "X的牌子还挂着吗 / 还保留吗 / 摘了没有": whether a sign still hangs (a yes-no question of its carrier)
_STILL_HUNG = re.compile(r"(?:还|仍然|仍|依然|依旧)(?:在)?(?:挂着?|保留着?|留着|在|有)(?:吗|么|嘛|没有?|不)|"
                         r"(?:摘|撤|取消|拿)(?:了|掉了?|下来了?)(?:吗|么|没有?)")
_ASKS_WHERE = re.compile(r"挂在|挂哪|在哪|哪个单位|哪个部门|哪个局|哪个部|谁")
# words that ask about the time before the last change, with no date ("X原来归谁管")
# "X的编制从哪划来的 / 哪个单位划过来的 / 编制来源": where X's posts came from
_POSTS_FROM = re.compile(r"编制.{0,6}(?:从|由)哪|编制.{0,4}(?:哪个|哪些|哪家)(?:单位|部门|局)?(?:划|调|转)|编制(?:的)?来源|"
                         r"(?:从|由)哪.{0,4}(?:划|调|转).{0,4}编制")
# "X哪年升格的 / 调整为直属机构 / 改隶": when a change of the unit, not its founding, is asked
_CHANGE_ASKED = re.compile(r"升格|升级|降格|降级|调整为|改为|转为|改设为|更名|改名|改称|改叫|改隶|划归|改由|改成|变成|升为|改组为|改建为")
# "X现在叫什么 / 现名 / 改叫什么": the name now is asked (X itself when it kept its name)
_NAME_NOW_ASKED = re.compile(r"(?:现在|如今|目前|后来|现)(?:改)?(?:叫|名|称)|改叫|改名(?:叫|为)?(?:什么|啥)")
_EARLIER = re.compile(r"原来|原先|以前|之前|过去|当初|早先|先前|起初")


# "X挂什么牌子", "X加挂哪个 / 哪块 / 哪几块牌子", "X的牌子有哪些": the signs X carries are asked
_SIGNS_ASKED = re.compile(r"(?:什么|哪些|哪几块?|哪个|哪块|哪一块|几块|几个|多少块?|啥)(?:的)?牌子|牌子(?:有|是)(?:哪|什么|啥)")


# "X县给乡镇卫生院核增了多少编制", "为中小学调剂了多少编制", "向基层下达": the bodies a place's change went to
_RECIPIENT_RX = re.compile(r"(?:给|为|向)(?P<who>[^，,。？?给为向]{2,14}?)(?:新)?(?:核增|核减|调剂|下达|增加|增核|划转|收回|精简|减少|调配|补充)")


def _recipient(text: str) -> str | None:
    m = _RECIPIENT_RX.search(text)
    return m.group("who") if m else None


def _names_recipient(sentence: str, who: str) -> bool:
    """The sentence names the bodies asked about: the whole phrase, or its last three characters
    (乡镇卫生院 → 卫生院, 乡镇中心幼儿园 → 幼儿园)."""
    return who in sentence or len(who) >= 3 and who[-3:] in sentence


# the stages of a product's chain a division of supervision names ("豆芽菜生产环节的监管由农业局负责，流通环节的
# 监管由市场监管局负责"; 种植养殖环节, 生产加工环节, 餐饮消费环节, 进口环节)
_STAGE = re.compile(r"(种植|养殖|生产加工|生产|加工|收购|贮藏|储存|运输|批发|零售|流通|销售|餐饮|消费|进口|出口|使用|屠宰)(?:环节|阶段|领域)")


def _stage_asked_first(results: list[dict[str, Any]], topic: str) -> list[dict[str, Any]]:
    """"X流通环节归谁监管": a holder whose clause names the stage asked comes before one whose
    clause names only another stage of X (the product named matches both) (fifteenth session)."""
    asked = {m.group(1) for m in _STAGE.finditer(topic)}
    if not asked or len(results) < 2:
        return results

    def rank(r: dict[str, Any]) -> int:
        said = {m.group(1) for c in r["clauses"][:1] for m in _STAGE.finditer(c.get("text") or "")}
        return 0 if said & asked else 2 if said else 1

    return sorted(results, key=rank)


def _named_duty(parsed: Parsed) -> str | None:
    """The duty a question names after its unit: "X的指导城市客运职责是从哪划过来的" → 指导城市客运."""
    if not parsed.u_texts:
        return None
    m = re.search(re.escape(parsed.u_texts[0]) + r"(?:的|原有的|现在的)(?P<d>[^，,。？?的]{2,30}?)(?:相关)?(?:职责|职能)", parsed.text)
    return m.group("d") if m else None


def _duty_overlap(named: str, text: str) -> float:
    """The share of the named duty's character pairs found in a moved duty's text."""
    pairs = {named[i:i + 2] for i in range(len(named) - 1)}
    return sum(p in text for p in pairs) / len(pairs) if pairs else 0.0


def _sign_text(parsed: Parsed) -> str | None:
    if parsed.units:
        return parsed.units[0].text
    m = re.search(r"(?:加挂|保留|挂)?(?P<z>[^，。？?]{2,30}?)(?:的)?(?:牌子|这块牌子)", parsed.text)
    if m:
        z = re.sub(r"^(?:请问|哪个单位|哪个部门|谁|现在|目前)+", "", m.group("z"))
        return z or None
    return None


def _overlap_topic(parsed: Parsed) -> str | None:
    m = re.search(r"(?:在|关于|对于)?(?P<t>[^，。？?]{2,20}?)(?:方面|领域|工作|职责上|上)", parsed.routed)
    if not m:
        return None
    topic = m.group("t")
    topic = re.sub(r"^(?:哪些|哪个|有没有|是否|有|Ｊ)+", "", topic).replace(U, "")
    return topic if len(topic) >= 2 else None



# the changes a place's staffing records name ("收回了多少", "下达了多少")
_STAFFING_CHANGE = re.compile(r"收回|核增|核减|划转|调剂|下达|精简")


class _Answer:
    def __init__(self, store: GraphStore, day: date):
        self.store = store
        self.day = day
        self.units: list[dict[str, Any]] = []
        self.evidence: list[dict[str, Any]] = []
        self.limit = MAX_UNITS  # a list asked for (有哪些部门) names every member: MAX_LIST

    def unit(self, uid: str, score: float = 1.0, *, day: date | None = None, name: str | None = None) -> None:
        unit = self.store.get_unit(uid)
        if unit is not None and CLASS_HEAD.search(unit.name):
            # "工商部门" in an answer: the place's one body of that line at the day (queries.class_bodies)
            body = body_of_class(self.store, uid, day or self.day)
            if body is not None:
                uid, unit, name = body, self.store.get_unit(body), None
        if any(u["id"] == uid for u in self.units) or len(self.units) >= self.limit:
            return
        if unit is None:
            return
        self.units.append({"id": uid, "name": name or self.store.name_at(uid, day or self.day),
                           "jurisdiction": unit.jurisdiction, "score": round(float(score), 4)})

    def place(self, name: str) -> None:
        """A place as the subject of the answer's figure ("徽县设党政机构29个", "石门县编制池余…"): a
        count or total of a whole place names the place, not one of its bodies; listed like a unit
        (id = the place, as the facts of a place are filed) with ``kind`` "place" (no unit page)."""
        if not name or any(u["id"] == name for u in self.units) or len(self.units) >= self.limit:
            return
        self.units.append({"id": name, "name": name, "jurisdiction": name, "score": 1.0, "kind": "place"})

    def cite(self, ev: dict[str, Any] | None) -> None:
        if not ev or not ev.get("text"):
            return
        item = {"document": ev.get("document"), "title": ev.get("title") or "", "date": ev.get("date"),
                "text": ev.get("text")}
        if item not in self.evidence and len(self.evidence) < MAX_EVIDENCE:
            self.evidence.append(item)

    def cite_prov(self, prov: Any) -> None:
        self.cite(evidence_of(self.store, prov))


def _name(store: GraphStore, uid: str | None, day: date | None = None) -> str:
    if uid is None or store.get_unit(uid) is None:
        return "（不详）"
    return store.name_at(uid, day)


# the day a body's sign went up is asked ("哪天挂牌", "揭牌时间")
_HUNG_ASKED = re.compile(r"挂牌|揭牌")
# a day written without its year ("11月3日", "3月6日上午"), as news items date what they report
_MONTH_DAY = re.compile(r"(?<![\d年〇一二三四五六七八九十])(\d{1,2})月(\d{1,2})日")
# how a news item says a body was set up
_SET_UP_WORDS = re.compile(r"挂牌|揭牌|成立|组建|设立")
# the date a news item is dated by, written at its head ("辽宁日报 2018年11月05日", "湖北日报 2018-11-22")
_DATELINE = re.compile(r"((?:19|20)\d{2})(?:年|-|/|\.)(\d{1,2})(?:月|-|/|\.)(\d{1,2})日?")


def _day_written(store: GraphStore, ev: dict[str, Any], name: str) -> tuple[str, str, int | None, str] | None:
    """The day a body was set up, when the founding has no date but its document writes the day
    without the year ("11月3日,省药品监督管理局正式挂牌成立", in a news item whose founding sentence
    may be another one): (the sentence that writes the day, "11月3日", its year or None, the
    dateline the year is read from). The year is the document's own date's, or the dateline's
    written at its head, when the day falls on or before it; else None (never guessed)."""
    try:
        doc = store.document(ev.get("document") or "")
    except Exception:  # noqa: BLE001 - a document gone: nothing to read
        return None
    text = doc.text or ""
    place_free = re.sub(r"^.{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|旗)", "", name)
    forms = [f for f in {name, place_free} if len(f) >= 3]
    said = (ev.get("text") or "").strip()
    sentences = [said] + [s.strip() for s in re.split(r"[。！？\n]", text) if s.strip()]
    found = next((s for s in sentences if _MONTH_DAY.search(s) and _SET_UP_WORDS.search(s) and any(f in s for f in forms)), None)
    if found is None:
        return None
    m = _MONTH_DAY.search(found)
    assert m is not None
    month, day = int(m.group(1)), int(m.group(2))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    dated: tuple[int, int, int, str] | None = None
    if doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date):
        y, mo, d = (int(x) for x in doc.date.split("-"))
        dated = (y, mo, d, f"{y}年{mo}月{d}日")
    elif (head := _DATELINE.search(text[:200])) is not None:
        dated = (int(head.group(1)), int(head.group(2)), int(head.group(3)), head.group(0))
    year = dated[0] if dated is not None and (month, day) <= (dated[1], dated[2]) else None
    return found, f"{month}月{day}日", year, dated[3] if dated is not None else ""


# "A和B分别由谁负责": a holder of one matter is kept when its fit reaches this share of the best one's
_EACH_ONE_SHARE = 0.9


def _pairs(text: str) -> set[str]:
    clean = re.sub(r"[\W_]", "", text)
    return {clean[i : i + 2] for i in range(len(clean) - 1)}


def _in_context(results: list[dict[str, Any]], item: str, items: list[str]) -> list[dict[str, Any]]:
    """The holders of a later one of several matters asked together ("动物疫情处置方案和具体处置措施分别由
    谁负责"): the words of the matters written before it that it lacks (动物疫情) are its setting, carried
    over; when some holder's clause says one of them and another's says none ("现场处置措施" of a mine
    inspectorate), the first is kept; else every holder. The first matter is taken as written."""
    earlier = items[: items.index(item)] if item in items else []
    context = set().union(*(_pairs(i) for i in earlier)) - _pairs(item) if earlier else set()
    if not context or len(results) < 2:
        return results
    said = [r for r in results if r["clauses"] and context & _pairs(r["clauses"][0]["text"])]
    return said or results


def _src(ev: dict[str, Any] | None) -> str:
    if not ev:
        return ""
    title = ev.get("title")
    return f"（见《{title}》）" if title else ""


def _quoted(evs: list[dict[str, Any] | None], limit: int = 2) -> str:
    """The source sentences of a figure, quoted as staff cite them ("原文：“……”（见《…》）"):
    the wording of a quota ("4正4副", "九个司", "示例县编委〔2020〕5号") is part of the answer."""
    seen: dict[str, dict[str, Any]] = {}
    for ev in evs:
        sentence = (ev or {}).get("text") or ""
        if sentence.strip() and sentence.strip() not in seen:
            seen[sentence.strip()] = ev  # type: ignore[assignment]
    quoted = [f"“{t.rstrip('。')}”{_src(ev)}" for t, ev in list(seen.items())[:limit]]
    return ("原文：" + "；".join(quoted) + "。") if quoted else ""


# a kind of body counted or asked for by its members ("哪几个农机站", "有几个办事处")
# "省级数据局", "各省的医保局", "哪些省份的数据局": a kind of body at the level of provinces, no place named
_LEVEL_CLASS = re.compile(r"(?:省级|省一级|省级层面的?|各省(?:份|区市|、自治区、直辖市)?(?:的)?|哪些省(?:份)?(?:的)?|全国各省(?:的)?)"
                          r"(?P<kind>[\u4e00-\u9fff]{2,12})$")
_KIND_COUNTED = re.compile(r"(?:哪几个|哪几家|哪些|几个|几家|多少个|多少家)" + U)


def _written_at(fact: Any, name: str) -> tuple[str, int, int, str]:
    """Where a fact is written (document, sentence, the unit's name within the sentence; a
    name the sentence does not write last), then the unit: an order that never follows the
    hash seed."""
    prov = fact.prov
    if prov is None:
        return ("", 0, 0, fact.subject)
    at = (prov.sentence or "").find(name) if name else -1
    return (prov.doc_id, prov.start, at if at >= 0 else len(prov.sentence or ""), fact.subject)


# "X副局长什么级别", "X局长是什么级别的干部", "X一把手什么级别": a post of the body's heads
_POST_ASKED = re.compile(r"一把手|正职|副职|副?(?:局长|主任|部长|厅长|处长|科长|所长|站长|队长|馆长|院长|署长|镇长|乡长|场长|社长|书记)")


def _post_rank(rank: str, post: str) -> str:
    """The level of the post asked, read from the body's rank: a body's 规格 is its head's level, and
    the deputies of a 正X级 body are 副X级; a deputy of a body of another rank is not guessed."""
    deputy = post.startswith("副")
    if not deputy:
        return f"机构规格即其正职领导的级别：{post}为{rank}。"
    if rank.startswith("正") and len(rank) > 1:
        return f"机构规格是其正职领导的级别，副职领导（{post}）一般相应为副{rank[1:]}。"
    return f"文件没有写明副职领导（{post}）的级别。"


def _first_dated(store: GraphStore, uid: str) -> str | None:
    """The earliest date any fact of the unit begins (None when none is dated)."""
    dated = [f.valid_from for f in store.facts(uid) if f.valid_from]
    return min(dated, key=sort_key) if dated else None


def _when(day: date, explicit: bool) -> str:
    return f"{cn_date(day)}" if explicit else "目前"


class Context:
    def __init__(self, store: GraphStore, parsed: Parsed, routed: Route, base_day: date, explicit: bool, index: Any):
        self.store = store
        self.parsed = parsed
        self.route = routed
        self.index = index
        self.day = base_day
        self.explicit = explicit
        self.date_note = ""
        spec = parsed.date_spec
        if spec is not None and spec.kind == "day" and spec.value is not None:
            self.day, self.explicit = spec.value, True
            if spec.period:  # 十三五期间, 2010年到2015年之间: the day the period is read at
                self.date_note = f"（“{spec.text}”按{cn_date(spec.value)}计）"
        self.answer_obj = _Answer(store, self.day)
        self.jurisdiction = self._jurisdiction()
        self.sign = _sign_text(parsed) if routed.mode == "sign" else None
        self.suggestions: list[str] = []
        self.low_confidence = False
        self.twins: dict[str, list[str]] = {}  # a body recorded twice: its chosen record → the others
        self.subject: str | None = None  # the unit the question asks about (``_main_unit``)

    # -- helpers
    def _jurisdiction(self) -> str | None:
        spans = [s for s in self.parsed.places if s.place]
        if not spans:
            return None
        first = spans[0]
        for nxt in spans[1:]:  # "武汉洪山区", "示例市示例县": the smaller place written after its city
            if nxt.start != first.end:
                break
            first = nxt
        return first.place

    def _index(self) -> Any:
        if self.index is None:
            from kg.index.clause_index import default_registry

            self.index = default_registry().index_for(self.store)
        return self.index

    def _pick(self, span: Span) -> tuple[str | None, list[str]]:
        """The unit a linked span means: best name quality, then the question's place, then
        existing at the date. Returns (unit, []) or (None, tied candidates)."""
        store, day = self.store, self.day
        cands = span.candidates
        jurisdiction = self.jurisdiction
        if jurisdiction and not any(in_jurisdiction(store, u, jurisdiction) for u, _ in cands):
            own = [(u, q) for u, q in cands
                   if store.unit(u).jurisdiction != CENTRAL and span.text.startswith(store.unit(u).jurisdiction)]
            # a branch named for the place asked about (生态环境局示例县分局 of 示例市, asked as 示例县的生态环境分局)
            own = own or [(u, q) for u, q in cands if jurisdiction != CENTRAL and jurisdiction in store.unit(u).name]
            # "市委编办给示例县调剂…": a name marked with a higher level (市, 省) is of the place above
            above = _place_above(store, jurisdiction, span.text[:1])
            own = own or [(u, q) for u, q in cands if above and store.unit(u).jurisdiction == above]
            if own:  # "武汉江岸区乡村振兴局": a name that writes its own place (江岸区) is of that place
                cands, jurisdiction = own, None
        best_q = min(q for _, q in cands)
        pool = [u for u, q in cands if q == best_q]
        if jurisdiction and jurisdiction != CENTRAL and not any(in_jurisdiction(store, u, jurisdiction) for u, _ in cands):
            # "武汉市乡村振兴局" when only another place's 乡村振兴局 is known: not that unit
            return None, []
        if len(pool) > 1 and jurisdiction:
            local = [u for u in pool if in_jurisdiction(store, u, jurisdiction)]
            pool = local or pool
        if len(pool) > 1 and not self.jurisdiction and self.parsed.units and span is not self.parsed.units[0]:
            # "示例县委社会工作部从民政局划了几名": a short name after a unit of one place is of that place
            first, _ = self._pick(self.parsed.units[0])
            anchor = store.unit(first).jurisdiction if first else None
            if anchor and anchor != CENTRAL:
                pool = [u for u in pool if store.unit(u).jurisdiction == anchor] or pool
        if len(pool) > 1 and not self.jurisdiction:
            central = [u for u in pool if store.unit(u).jurisdiction == CENTRAL]
            pool = central or pool
        if len(pool) > 1:
            living = [u for u in pool if alive(store, u, day)]
            pool = living or pool
        if len(pool) > 1:
            exact = [u for u in pool if normalize_name(store.name_at(u)) == span.text]
            pool = exact or pool
        if len(pool) > 1 and (same := one_body_recorded_twice(store, pool, day)):
            self.twins[same] = [u for u in pool if u != same]
            pool = [same]
        if len(pool) > 1:
            return None, pool
        return pool[0], []

    def _body_facts(self, uid: str, predicate: Predicate) -> list[Any]:
        """The unit's facts of ``predicate``; for a body recorded twice (``twins``), those of
        the other record when this one has none."""
        for source in [uid, *self.twins.get(uid, [])]:
            facts = self.store.facts(source, predicate)
            if facts:
                return facts
        return self._facts_since_restored(uid, predicate)

    def _facts_since_restored(self, uid: str, predicate: Predicate) -> list[Any]:
        """"1984年撤销，1985年又恢复，与县档案馆合署办公": a body restored under its old name is a
        record of its own, while the sentence's facts may be filed on the ended record. Those
        facts of an earlier record of the same name and place, ended by the day the restored one
        began, dated from that day on, are the restored body's (fifteenth session)."""
        store = self.store
        unit = store.unit(uid)
        starts = [f.valid_from for f in store.facts(uid, Predicate.EXISTS) if f.valid_from]
        starts += [e.date for e in store.events(uid) if e.date and uid in e.outputs
                   and e.type in (EventType.ESTABLISH, EventType.RE_FORM)]
        if not starts:
            return []
        began = min(start_of(d) for d in starts)
        out: list[Any] = []
        for other in store.units():
            if other.id == uid or other.jurisdiction != unit.jurisdiction or normalize_name(other.name) != normalize_name(unit.name):
                continue
            ends = [start_of(f.valid_to) for f in store.facts(other.id, Predicate.EXISTS) if f.valid_to]
            ends += [start_of(e.date) for e in store.events(other.id) if e.date and other.id in e.inputs
                     and e.type in (EventType.ABOLISH, EventType.MERGE_INTO)]
            if not ends or min(ends) > began:
                continue
            out += [f for f in store.facts(other.id, predicate) if f.valid_from and start_of(f.valid_from) >= began]
        return out

    def _units(self) -> list[str]:
        out = []
        for span in self.parsed.units:
            uid, _ = self._pick(span)
            if uid and uid not in out:
                out.append(uid)
        return out

    def _main_unit(self) -> tuple[str | None, str | None]:
        """(unit id, message when it cannot be chosen)."""
        if self.parsed.unknown and (not self.parsed.units or self.parsed.routed.index(U) < self._first_known_u()):
            return None, self._not_found(self.parsed.unknown[0])
        if not self.parsed.units:
            return None, "没有在问题中找到单位名称。请写出单位的全称或常用简称。"
        span = self.parsed.units[0]
        uid, tied = self._pick(span)
        if uid is None and not tied:
            return None, self._not_found(f"{self._place_text()}{span.text}")
        if uid is None:
            listed = "、".join(f"{_name(self.store, u)}" for u in tied[:8])
            return None, f"“{span.text}”对应多个单位：{listed}。请在问题中写明是哪个地方的单位。"
        self.subject = uid
        return uid, None

    def _place_text(self) -> str:
        return self.parsed.places[0].text if self.parsed.places else ""

    def _first_known_u(self) -> int:
        """Position in ``routed`` of the first U that is a linked (known) name."""
        positions = [i for i, ch in enumerate(self.parsed.routed) if ch == U]
        known = set(self.parsed.u_texts) - set(self.parsed.unknown)
        for pos, text in zip(positions, self.parsed.u_texts, strict=False):
            if text in known:
                return pos
        return len(self.parsed.routed)

    def _not_found(self, name: str) -> str:
        """"没有找到X"; when a known name differs by one character, offer it as a question."""
        index = name_index(self.store)
        place = _unknown_place(name, index)
        # a suggestion keeps the place written: 房县医保局 is not 县医保局, 示例县审计局 not 示例县卫计局's place
        near = [form for form in index.near(name) if _same_place_written(name, form)]
        if near and not place:
            self.suggestions = [self.parsed.original.replace(name, form) for form in near]
            self.low_confidence = True
            return f"没有找到“{name}”。您是不是要问：" + "；".join(f"“{s}”" for s in self.suggestions) + "？"
        if place:
            return f"没有找到“{name}”：已导入的文件中没有{place}的记录。"
        return f"没有找到“{name}”：已导入的文件中没有这个单位。"

    def _apply_reform_date(self, uids: list[str], clause_ids: list[str] | None = None) -> None:
        """Set the date for 改革前/改革后 from the latest reform touching the units or clauses."""
        spec = self.parsed.date_spec
        if spec is not None and spec.kind == "founding":
            self._apply_founding_date(uids)
            return
        if spec is None or spec.kind not in ("before_reform", "after_reform"):
            return
        dates: list[str] = []
        for uid in uids:
            for e in self.store.events(uid):
                if e.date and e.type != EventType.STAFFING_CHANGE and (spec.year is None or e.date.startswith(str(spec.year))):
                    dates.append(e.date)
            if self.route.intent is Intent.STAFFING:  # "调整前编制": an adjustment of posts is the change asked about
                dates += [f.valid_from for f in self.store.facts(uid, Predicate.STAFFING) if f.valid_from
                          and f.extra.get("change") in ("核增", "核减", "划入", "划出", "划转")
                          and (spec.year is None or f.valid_from.startswith(str(spec.year)))]
        for cid in clause_ids or []:  # best first: the first clause that moved sets the date
            holdings = self.store.facts(object=cid, predicate=Predicate.HOLDS)
            starts = sorted({h.valid_from for h in holdings if h.valid_from}, key=sort_key)
            moved = [d for d in starts if spec.year is None or d.startswith(str(spec.year))] if len(holdings) > 1 else []
            if moved:
                dates.extend(moved)
                break
        if not dates:
            if spec.year is not None:
                self.day = date(spec.year, 1, 1) - timedelta(days=1) if spec.kind == "before_reform" else date(spec.year, 12, 31)
                self.explicit = True
                self.date_note = f"（没有找到{spec.year}年的改革记录，按{cn_date(self.day)}回答）"
            else:
                self.date_note = "（没有找到相关的改革记录，按当前日期回答）"
            self.answer_obj.day = self.day
            return
        latest = max(dates, key=lambda d: start_of(d))
        event_day = start_of(latest)
        self.day = event_day - timedelta(days=1) if spec.kind == "before_reform" else event_day
        self.explicit = True
        word = "之前" if spec.kind == "before_reform" else "之后"
        self.date_note = f"（“{spec.text}”按{latest}的改革{word}计，即{cn_date(self.day)}）"
        self.answer_obj.day = self.day

    def _apply_founding_date(self, uids: list[str]) -> None:
        """"X刚组建时": the day the first unit asked about was set up (its founding event, else
        the start of its existence)."""
        starts: list[str] = []
        for uid in uids[:1]:
            starts = [e.date for e in self.store.events(uid) if e.date and uid in e.outputs
                      and e.type in (EventType.ESTABLISH, EventType.RE_FORM)]
            starts += [f.valid_from for f in self.store.facts(uid, Predicate.EXISTS) if f.valid_from]
        if not starts:
            self.date_note = "（没有找到该单位组建的日期，按当前日期回答）"
            return
        first = min(starts, key=lambda d: start_of(d))
        self.day, self.explicit = start_of(first), True
        self.date_note = f"（“{self.parsed.date_spec.text if self.parsed.date_spec else ''}”按组建日期{cn_partial(first)}计）"
        self.answer_obj.day = self.day

    def _outside_existence(self, uid: str, intent: str, what: str) -> dict[str, Any] | None:
        """A fact of a unit asked at a date the question names, when the unit did not exist then:
        before its first record ("1985年国家数据局归谁管": nothing is recorded then, with its
        founding), after its end ("2020年示例县工商局有多少编制": gone, with its end, the sentence
        and where it went), or set up on a day never recorded ("组建" with no date): no unit is
        the answer. A whole year asked in which the unit ended is answered at its last day.
        None when the unit existed at the date (or no date was asked)."""
        spec = self.parsed.date_spec
        if not self.explicit or spec is not None and spec.kind != "day":
            return None  # 改革前, 组建时: a day read from the unit's own events, never outside it
        store, day = self.store, self.day
        name = store.name_at(uid, day)
        spans = store.facts(uid, Predicate.EXISTS)
        founding = sorted((e for e in store.events(uid) if uid in e.outputs
                           and e.type in (EventType.ESTABLISH, EventType.RE_FORM)), key=lambda e: sort_key(e.date))
        when = cn_date(day)
        if spans and not alive(store, uid, day):
            ends = sorted(start_of(f.valid_to) for f in spans if f.valid_to and start_of(f.valid_to) <= day)
            if ends and spec is not None and re.fullmatch(r"\d{4}年(?:度)?(?:的时候|时候|时|的)?", spec.text or "") \
                    and ends[-1].year == day.year and alive(store, uid, ends[-1] - timedelta(days=1)):
                # "2019年X啥级别" for a unit that ended in 2019: the year asked is answered at its last day
                self.day = ends[-1] - timedelta(days=1)
                self.answer_obj.day = self.day
                self.date_note = f"（{name}于{cn_partial(ends[-1].isoformat())}不再存续，按{cn_date(self.day)}回答）"
                return None
            if ends:
                return self._cannot(intent, f"{name}在{when}已不存在：" + self._ending_of(uid) + f"因此没有它在{when}的{what}记录。")
            if not any(e.date for e in founding) and not any(f.valid_from for f in spans):
                # known only from a document's date (an adjustment of its posts in 2019): it may well
                # have existed before; the answerers say what the records before that give
                return None
            first = self._first_record(uid, spans, founding)
            return self._cannot(intent, f"{when}还没有{name}：{first}没有它在{when}的{what}记录。")
        dated = any(f.valid_from or f.valid_to or f.extra.get("attested") for f in store.facts(uid))
        set_up = [e for e in founding if e.type is EventType.ESTABLISH]  # a re-formed unit existed before it
        if set_up and not dated and not any(e.date for e in founding):
            e = set_up[0]
            self.answer_obj.cite_prov(e.prov)
            said = (e.prov.sentence or "").strip() if e.prov else ""
            quote = f"（“{said.rstrip('。')}”{_src(evidence_of(store, e.prov))}）" if said and len(said) <= _QUOTE_MAX else ""
            return self._cannot(intent, f"文件没有记录{name}设立的日期{quote}，无法确认它在{when}是否已经设立，"
                                        f"因此不回答它在{when}的{what}。")
        return None

    def _ending_of(self, uid: str) -> str:
        """"它于2019年3月不再保留（“…”），其职责整体划入Z。": how the unit ended and where it went."""
        from queries.lineage import lineage

        store, out = self.store, self.answer_obj
        ending = sorted((e for e in store.events(uid) if uid in e.inputs and e.type in (EventType.ABOLISH, EventType.MERGE_INTO)),
                        key=lambda e: sort_key(e.date)) or sorted(
            (e for e in store.events(uid) if uid in e.inputs and e.type in (EventType.ESTABLISH, EventType.RE_FORM)),
            key=lambda e: sort_key(e.date))
        ends = [f for f in store.facts(uid, Predicate.EXISTS) if f.valid_to]
        text = ""
        if ending:
            e = ending[-1]
            out.cite_prov(e.prov)
            said = (e.prov.sentence or "").strip() if e.prov else ""
            label = EVENT_SEMANTICS[e.type].label if e.type in EVENT_SEMANTICS else e.type.value
            if e.type in (EventType.ESTABLISH, EventType.RE_FORM):
                label = "整合组建" + "、".join(_name(store, o) for o in e.outputs[:2])
            quote = f"：“{said.rstrip('。')}”" if said and len(said) <= _QUOTE_MAX else ""
            text = f"它于{cn_partial(e.date)}{label}{quote}{_src(evidence_of(store, e.prov))}。"
        elif ends:
            f = max(ends, key=lambda f: sort_key(f.valid_to))
            out.cite_prov(f.prov)
            text = f"它于{cn_partial(f.valid_to)}不再存续{_src(evidence_of(store, f.prov))}。"
        last = max((start_of(f.valid_to) for f in ends), default=self.day)
        heirs = [d for d in lineage(store, uid, last)["descendants"] if d["depth"] == 1]
        chosen = [d for d in heirs if d["whole"]] or heirs
        if chosen:
            text += _successor_sentence([d for d in chosen if d["whole"]]) if any(d["whole"] for d in chosen) else (
                "部分职责划给" + "、".join(d["name"] for d in chosen[:4]) + "。")
        return text + self._kept_sign(uid)

    def _not_yet_before_reform(self, uid: str) -> dict[str, Any] | None:
        """"改革前示例县有应急管理局吗": 改革前 is read from the unit's own reform, so for a unit
        that reform set up the day falls before its dated founding: it did not exist yet (no unit
        is the answer), with its founding. None otherwise (a unit alive then, or one that ended)."""
        spec = self.parsed.date_spec
        if spec is None or spec.kind != "before_reform" or alive(self.store, uid, self.day):
            return None
        store = self.store
        spans = store.facts(uid, Predicate.EXISTS)
        founding = sorted((e for e in store.events(uid) if uid in e.outputs
                           and e.type in (EventType.ESTABLISH, EventType.RE_FORM)), key=lambda e: sort_key(e.date))
        starts = [start_of(e.date) for e in founding if e.date] + [start_of(f.valid_from) for f in spans if f.valid_from]
        if not starts or min(starts) <= self.day:
            return None
        first = self._first_record(uid, spans, founding)
        name = store.name_at(uid, min(starts))
        return self._cannot(Intent.UNIT_INFO.value, f"{cn_date(self.day)}还没有{name}：{first}没有它的存续记录。" + self.date_note)

    def _first_record(self, uid: str, spans: list[Any], founding: list[Any]) -> str:
        """"它于2023年10月25日组建（“…”）。": the unit's founding or first dated record."""
        store = self.store
        dated = [e for e in founding if e.date]
        if dated:
            e = dated[0]
            self.answer_obj.cite_prov(e.prov)
            said = (e.prov.sentence or "").strip() if e.prov else ""
            quote = f"：“{said.rstrip('。')}”" if said and len(said) <= _QUOTE_MAX else ""
            return f"它于{cn_partial(e.date)}设立{quote}{_src(evidence_of(store, e.prov))}，此前"
        starts = sorted((f for f in spans if f.valid_from), key=lambda f: sort_key(f.valid_from))
        if starts:
            f = starts[0]
            self.answer_obj.cite_prov(f.prov)
            return f"它自{cn_partial(f.valid_from)}起存续{_src(evidence_of(store, f.prov))}，此前"
        return ""

    def _done(self, intent: str, answer: str) -> dict[str, Any]:
        return result_dict(intent, answer + self.date_note if self.date_note and answer else answer,
                           self.answer_obj, self.day, self.route, self)

    def _cannot(self, intent: str, message: str) -> dict[str, Any]:
        self.answer_obj.units = []
        return result_dict(intent, message, self.answer_obj, self.day, self.route, self)

    # -- dispatch
    def answer(self) -> dict[str, Any]:
        intent = self.route.intent
        if self.parsed.unknown and not self.parsed.units and intent in (Intent.LINEAGE, Intent.STAFFING, Intent.ORGCHART):
            # "X委员会办公室这几年/先后设在哪些部门", however the words route it: an office the
            # store knows only through the duty clause of its host
            hosted = self._office_host()
            if hosted is not None:
                return hosted
        if len(self.parsed.unknown) + len(self.parsed.units) == 1 and intent in (Intent.ORGCHART, Intent.STAFFING, Intent.LINEAGE):
            members = self._members_of_level()
            if members is not None:
                return members
        if self.parsed.unknown and not self.parsed.units and intent in (Intent.ORGCHART, Intent.STAFFING):
            members = self._members_of_kind()
            if members is not None:
                return members
        if self.parsed.unknown and not self.parsed.units and intent is Intent.STAFFING and self.jurisdiction \
                and (who := _recipient(self.parsed.text)) and self.parsed.unknown[0] in who:
            # "X县给乡镇卫生院核增了多少编制": a class of bodies the place's record names, no one unit
            return self._place_staffing(self.jurisdiction)
        if self.parsed.unknown and not self.parsed.units and intent in (Intent.ORGCHART, Intent.STAFFING, Intent.OVERLAP):
            return self._cannot(intent, self._not_found(self.parsed.unknown[0]))
        if self.parsed.unknown and not self.parsed.units and _ASKS_DUTIES_OF_SUBJECT.match(self.parsed.routed):
            # "X负责什么" about a unit the store does not hold: never the holders of the words "X负责"
            return self._cannot(Intent.UNIT_INFO, self._not_found(self.parsed.unknown[0]))
        if self.parsed.unknown_subplaces and intent is not Intent.UNKNOWN:
            # "武汉市汉南区的乡村振兴局挂在哪": nothing of that place is held; never the city's others
            place = self.parsed.unknown_subplaces[0]
            return self._cannot(intent, f"没有找到{place}的记录：已导入的文件中没有这个地方的单位。")
        if self.parsed.unknown_places and not self.parsed.units and intent in (
                Intent.WHO_HANDLES, Intent.ORGCHART, Intent.STAFFING, Intent.OVERLAP):
            place = self.parsed.unknown_places[0]
            return self._cannot(intent, f"没有找到{place}的记录：已导入的文件中没有这个地方的单位。")
        if intent in (Intent.OVERLAP, Intent.WHO_HANDLES, Intent.PARENT) and _DIVISION_ASKED.search(self.parsed.text):
            divided = self._division_statement()
            if divided is not None:
                return divided
        if intent in (Intent.LINEAGE, Intent.STAFFING, Intent.UNIT_INFO) and self.parsed.units \
                and _POSTS_FROM.search(self.parsed.text):
            # "X的编制从哪划来的": the units whose posts were transferred to X, however it routes
            moved_in = self._staffing_moved_in()
            if moved_in is not None:
                return moved_in
        if intent in (Intent.PARENT, Intent.WHO_HANDLES, Intent.UNIT_INFO) and self.route.rule != "parent_yes_no":
            # ("X是不是市政府管的" asks X's manager, not whether X handles "市政府")
            topic = _does_topic(self.parsed)
            if topic:
                return self._does_handle(topic)
        if intent is Intent.UNKNOWN:
            if self.parsed.units or self.parsed.unknown:
                msg = "抱歉，没有理解这个问题想问单位的哪方面。"
            else:
                msg = "抱歉，没有理解这个问题，或问题中没有可以查询的单位、职责。"
            return self._cannot(Intent.UNKNOWN, msg + HELP)
        return ANSWERERS[intent](self)

    def _members_of_level(self) -> dict[str, Any] | None:
        """"省级数据局都有哪些", "各省的医疗保障局有哪几个", "2024年以来成立的省级数据局": a kind of body
        asked for at one level across places, no place named: the units of every province-level place
        (the gazetteer's provinces, regions and municipalities; 新疆生产建设兵团, whose bodies the
        documents name "兵团X") whose names at the date hold the kind's words and end as it does
        (数据局: 数据和政务服务局, 政务服务与数据管理局), alive at the date; with a founding word and a
        year written, those founded in or after that year (an undated founding is kept). None when the
        question is no such one or no unit is found."""
        if self.jurisdiction:
            return None
        if self.parsed.unknown:
            m = _LEVEL_CLASS.search(self.parsed.unknown[0])
            kind = m.group("kind") if m is not None else ""
        else:  # "各省的医疗保障局": a name some place's body bears, written after the level
            span = self.parsed.units[0]
            kind = span.text if _LEVEL_CLASS.search(self.parsed.text[: span.start] + span.text) else ""
        if not kind:
            return None
        tail = re.search(r"(?:管理局|局|厅|委员会|委|办公室|办|中心)$", kind)
        if tail is None or len(kind) - len(tail.group(0)) < 2:
            return None
        core, suffix = kind[: tail.start()], tail.group(0)
        store, day = self.store, self.day
        from kg.divisions import divisions

        gaz = divisions()
        provinces = {j.id for j in store.jurisdictions() if any(d.level == "省" for d in gaz.by_name.get(j.id, []))}
        since = None
        spec = self.parsed.date_spec
        if spec is not None and spec.value is not None and re.search(r"成立|组建|设立|挂牌|新设|新建", self.parsed.text):
            since = date(spec.value.year, 1, 1)
        members = []
        for unit in store.units():
            own = unit.jurisdiction in provinces or (unit.jurisdiction == CENTRAL and unit.name.startswith(("兵团", "新疆生产建设兵团")))
            if not own or not alive(store, unit.id, day):
                continue
            name = normalize_name(store.name_at(unit.id, day)).removeprefix(unit.jurisdiction)
            if core not in name or not name.endswith(suffix):
                continue
            first = _first_dated(store, unit.id)
            if since is not None and first and start_of(first) < since:
                continue
            members.append(unit.id)
        if not members:
            return None
        members.sort(key=lambda u: (sort_key(_first_dated(store, u)), store.name_at(u, day)))
        self.answer_obj.limit = MAX_LIST
        listed = self._members_listed(members, day, Predicate.EXISTS)
        when = f"{since.year}年以来成立的" if since else ""
        return self._done(self.route.intent, f"{_when(day, self.explicit)}，已记录的{when}省级{kind}（含名称不同的同类机构）"
                                             f"共{len(members)}个：{listed}。")

    def _members_listed(self, members: list[str], day: date, cited: Predicate) -> str:
        """The members as the answer's units, the first ones cited by their ``cited`` fact (else any fact of
        theirs); returns their names at the day, joined for the answer's text."""
        out, store = self.answer_obj, self.store
        for uid in members:
            out.unit(uid, day=day)
        for uid in members[:MAX_EVIDENCE]:
            facts = store.facts(uid, cited) or store.facts(uid)
            if facts:
                out.cite_prov(facts[0].prov)
        return "、".join(store.name_at(u, day) for u in members)

    def _members_of_kind(self) -> dict[str, Any] | None:
        """"<place>新设了哪几个农机站", "<place>有几个办事处": a kind of body counted or listed in a
        place, written by the last words of its members' names or of their short forms (农机站:
        大坝农业机械管理站 → 大坝农机站): the place's own units so named at the date; None when the
        place has none (the word is then no body it holds: "没有找到")."""
        kind = self.parsed.unknown[0] if len(self.parsed.unknown) == 1 else ""
        if not kind or not self.jurisdiction or self.jurisdiction == CENTRAL or not _KIND_COUNTED.search(self.parsed.routed):
            return None
        store, day = self.store, self.day
        members = []
        for uid in units_of_place(store, self.jurisdiction):
            name = normalize_name(store.name_at(uid, day)).removeprefix(self.jurisdiction)  # 大坝农业机械管理站
            if name != kind and alive(store, uid, day) \
                    and (name.endswith(kind) or any(form.endswith(kind) for form in abbreviations(name))):
                members.append(uid)
        if not members:
            return None
        members.sort(key=lambda u: (sort_key(_first_dated(store, u)), store.name_at(u, day)))
        listed = self._members_listed(members, day, Predicate.NAME)
        place = self._place_text() or self.jurisdiction
        return self._done(self.route.intent, f"{_when(day, self.explicit)}，{place}的{kind}共{len(members)}个：{listed}。")

    def _division_statement(self) -> dict[str, Any] | None:
        """"X怎么分工 / 进市场前后谁管 / A和B分别负责什么 / 归A管还是B管": the 职责分工 statement
        that says X (queries.boundaries), with the units it names; None when none says it."""
        from queries.boundaries import division_of

        topic = _DIVISION_NOISE.sub("", self.parsed.restore(self.parsed.routed.replace(J, "")))
        uids = self._units()
        found = division_of(self.store, topic, self._index(), jurisdiction=self.jurisdiction,
                            units=uids if len(uids) == len(self.parsed.units) else None,
                            day=self.day if self.explicit or self.parsed.date_spec is not None else None)
        if found is None:
            return None
        units = list(found["units"])
        if len(uids) >= 2 and len(uids) == len(self.parsed.units) and set(uids) <= set(units) \
                and _PAIR_JOINED.search(self.parsed.routed):
            # "A和B怎么划分": the two bodies asked about, not every body the statement also names
            # (the quote still shows them); "归A管还是B管" asks who holds it: every body named
            units = list(dict.fromkeys(uids))
        for uid in units:
            self.answer_obj.unit(uid)
        self.answer_obj.cite(found["evidence"])
        names = "、".join(_name(self.store, u, self.day) for u in units)
        return self._done(Intent.OVERLAP, f"{names}之间有职责分工规定：“{found['text'].rstrip('。')}”{_src(found['evidence'])}。")

    def _does_handle(self, topic: str) -> dict[str, Any]:
        """"X管不管Y / Y归X管吗 / X还负责Y吗": the holders of Y in X's place at the date, X first
        when it is one of them (yes), else the units that are (no)."""
        from queries.who_handles import who_handles

        uid, problem = self._main_unit()
        if uid is None:
            return self._cannot(Intent.WHO_HANDLES, problem or "")
        store, out = self.store, self.answer_obj
        unit = store.unit(uid)
        self._apply_reform_date([uid])
        name = store.name_at(uid, self.day)
        place = unit.jurisdiction
        when = _when(self.day, self.explicit)
        results = who_handles(store, topic, at=self.day, jurisdiction=place, top=WHO_TOP_ALL, index=self._index())
        mine = [r for r in results if r["id"] == uid]
        if mine:
            clause = mine[0]["clauses"][0]
            out.unit(uid, mine[0]["fit"])
            out.cite(clause["evidence"])
            others = [r for r in results if r["id"] != uid][:3]
            for r in others:
                out.unit(r["id"], r["fit"])
            also = ("相关的还有" + "、".join(r["name"] for r in others) + "。") if others else ""
            return self._done(Intent.WHO_HANDLES, f"是。{when}{name}负责“{topic}”：“{clause['text']}”{_src(clause['evidence'])}。{also}")
        if not results:
            return self._cannot(Intent.WHO_HANDLES, f"{when}没有找到{name}或{place}其他单位负责“{topic}”的职责条文。")
        for r in results[:WHO_TOP]:
            out.unit(r["id"], r["fit"])
            out.cite(r["clauses"][0]["evidence"])
        best = results[0]
        return self._done(Intent.WHO_HANDLES, f"没有找到{name}负责“{topic}”的记录；{when}负责的是{best['name']}："
                          f"“{best['clauses'][0]['text']}”{_src(best['clauses'][0]['evidence'])}。")

    # -- who handles
    @answers(Intent.WHO_HANDLES)
    def _a_who_handles(self) -> dict[str, Any]:
        from queries.who_handles import expand_duty_short_forms, relevant_clause_ids, who_handles

        index = self._index()
        topic = expand_duty_short_forms(self.route.topic or "", index)  # 新农合 → 新型农村合作医疗
        topic = re.sub(r"先后|陆续", "", topic) or topic  # "X先后由哪些部门负责": the duty is X
        if self.route.rule == "within_body":
            return self._within_body(topic, index)
        self._earlier_is_before_reform()
        place = self.jurisdiction
        if place is None and self.route.rule == "duty_handed" and (giver := self._units()[:1]):
            place = self.store.unit(giver[0]).jurisdiction  # "白城住建局的X职责划给了谁": X in the giver's place
        elif place is None and len(self.parsed.units) == 1 and self.parsed.u_texts \
                and (own := re.match(re.escape(self.parsed.u_texts[0]) + r"(?:的|原来的|原有的|以前的)(?P<duty>.{2,})$", topic)) \
                and len(named := self._units()) == 1 and self.store.unit(named[0]).jurisdiction != CENTRAL:
            # "示例县林业局的森林防火由哪个部门负责": a local body's duty asked as "X的Y" keeps the answer in
            # X's place, the duty Y itself, never another place's body (thirteenth session)
            place, topic = self.store.unit(named[0]).jurisdiction, own.group("duty")
        every = bool(re.search(r"哪几|哪些|分别|分头|各自|都有谁|都有哪", self.parsed.text))
        # "A和B分别由哪个部门负责": with 分别 / 各自 a 和 (与, 及) joins two matters too (seventeenth session)
        joiners = r"、|以及|和|与|及" if re.search(r"分别|各自", self.parsed.text) else r"、|以及"
        items = [t for t in re.split(joiners, topic) if len(t) >= 2]
        if every and len(items) >= 2:
            # the giver's place too: "X组建时把A、B职责划给了哪些部门" (fifteenth session)
            each = self._each_duty(items, index, place)
            if each is not None:
                return each
        if self.parsed.date_spec and self.parsed.date_spec.kind in ("before_reform", "after_reform"):
            # no place asked: central clauses answer first, so a central reform sets the day when one moved X
            central = relevant_clause_ids(topic, index, limit=5, store=self.store, jurisdiction=CENTRAL) if place is None else []
            moved = [c for c in central if len({h.subject for h in self.store.facts(object=c, predicate=Predicate.HOLDS)}) > 1]
            self._apply_reform_date([], moved or relevant_clause_ids(topic, index, limit=5, store=self.store,
                                                                     jurisdiction=self.jurisdiction))
        # "改革前/原来X在哪个部门" with no dated reform found: an undated move of X is the reform asked about
        undated_before = (self.parsed.date_spec is not None and self.parsed.date_spec.kind == "before_reform"
                          and self.parsed.date_spec.year is None and not self.explicit)
        # "2013年7月以前谁负责X" when X's move has no date: the move is the change the date points at
        undated_before = undated_before or before_a_written_date(self.parsed.date_spec)
        results = who_handles(self.store, topic, at=self.day, jurisdiction=place, top=WHO_TOP_ALL if every else WHO_TOP,
                              index=index)
        where = "" if not place else ("中央" if place == CENTRAL else place)
        if not results and self.parsed.date_spec is None and not self.explicit:
            # nobody holds it now: the last date someone did, said as such
            for last in self._last_held(topic, index):
                earlier = who_handles(self.store, topic, at=last, jurisdiction=place, top=WHO_TOP_ALL if every else WHO_TOP,
                                      index=index)
                if earlier:
                    results = earlier
                    self.date_note = f"（目前没有单位的职责条文与之相符；以上是{cn_date(last)}的记录）"
                    self.day, self.explicit = last, True
                    break
        elif results and self.parsed.date_spec is None and not self.explicit:
            results = self._better_held_before(results, topic, index, place, every)
        if results and DUTY_HANDED.search(self.parsed.routed):
            # "A的X职责划给了谁": A gave X away; the answer is who took it, never A itself
            givers = set(self._units()[:1])
            written = self.parsed.u_texts[0].replace("人民政府", "政府") if self.parsed.u_texts else ""
            results = [r for r in results if r["id"] not in givers
                       and not (written and r["name"].replace("人民政府", "政府").endswith(written))] or results
        results = _stage_asked_first(results, topic)
        when = _when(self.day, self.explicit)
        if not results and place and place != CENTRAL and not every:
            results = self._held_above(topic, place, index)
        if not results:
            return self._cannot(Intent.WHO_HANDLES, f"{when}{where}没有找到负责“{topic}”的单位：已导入的文件中没有与之相符的职责条文。"
                                + self.date_note)
        self.answer_obj.day = self.day
        if undated_before and not every and (moved := self._undated_move(results[0], topic, where)) is not None:
            return moved
        spec = self.parsed.date_spec
        if spec is not None and spec.period and spec.start and _OVER_SPAN.search(self.parsed.text):
            # "十三五期间X先后由哪些部门负责": every holder of the best clause within the span, in order
            clause = results[0]["clauses"][0]
            chain = [h for h in clause.get("earlier_holders") or []
                     if not h.get("valid_to") or start_of(h["valid_to"]) > spec.start]
            began = next((h["valid_to"] for h in reversed(chain) if h.get("valid_to")), None)
            chain.append({"id": results[0]["id"], "name": results[0]["name"], "period": f"{began} 起" if began else "期间",
                          "evidence": clause["evidence"]})
            for h in chain:
                self.answer_obj.unit(h["id"])
                self.answer_obj.cite(h["evidence"])
            self.date_note = ""
            said = "；".join(f"{h['name']}（{h['period']}）" for h in chain)
            return self._done(Intent.WHO_HANDLES, f"{spec.text}（{cn_date(spec.start)}至{cn_date(self.day)}），{where}“{topic}”"
                              f"先后由：{said}{_src(clause['evidence'])}。")
        for r in results:
            self.answer_obj.unit(r["id"], r["fit"])
            self.answer_obj.cite(r["clauses"][0]["evidence"])
        best = results[0]
        clause = best["clauses"][0]
        role = f"（{clause['role']}）" if clause.get("role") else ""
        if every and len(results) > 1:
            listed = "；".join(f"{r['name']}：“{r['clauses'][0]['text']}”" for r in results)
            parts = [f"{when}{where}负责“{topic}”的有{len(results)}个单位：{listed}。"]
        else:
            parts = [f"{when}{where}负责“{topic}”的主要是{best['name']}{role}：“{clause['text']}”{_src(clause['evidence'])}。"]
            others = results[1:]
            if others:
                levels: dict[str, list[str]] = defaultdict(list)
                for r in others:
                    levels[r["jurisdiction"]].append(r["name"])
                if place is None and len(levels) > 1:
                    parts.append("相关的还有（按层级）：" + "；".join(f"{j}：{'、'.join(n)}" for j, n in levels.items()) + "。")
                else:
                    parts.append("相关的还有" + "、".join(r["name"] for r in others) + "。")
        earlier = list({h["name"]: h for h in clause.get("earlier_holders") or []}.values())
        if earlier:
            parts.append("该职责此前由" + "、".join(f"{h['name']}（{h['period']}）" for h in earlier[-3:]) + "承担。")
            for h in earlier[-2:]:
                self.answer_obj.cite(h["evidence"])
        later = list({h["name"]: h for h in clause.get("later_holders") or []}.values())
        if later:
            parts.append("此后改由" + "、".join(f"{h['name']}（{h['period']}）" for h in later[:3]) + "承担。")
        parts.append(self._partners_named(results, topic))
        return self._done(Intent.WHO_HANDLES, "".join(parts))

    def _within_body(self, topic: str, index: Any) -> dict[str, Any]:
        """"X里Y归哪个部门 / X的Y由哪个科室负责": the holders of Y among X's divisions (any depth) at
        the date, best first; X itself when it holds Y and no division of it is recorded to; never
        a body outside X (thirteenth session)."""
        from queries.unit_info import children_at
        from queries.who_handles import who_handles

        uid, problem = self._main_unit()
        if uid is None:
            return self._cannot(Intent.WHO_HANDLES, problem or "")
        self._apply_reform_date([uid])
        store, day = self.store, self.day
        name = store.name_at(uid, day)
        inside: list[str] = []
        todo = [uid]
        while todo:
            for child in children_at(store, todo.pop(), day):
                if child["id"] not in inside and child["id"] != uid:
                    inside.append(child["id"])
                    todo.append(child["id"])
        when = _when(day, self.explicit)
        results = who_handles(store, topic, at=day, jurisdiction=store.unit(uid).jurisdiction, top=max(WHO_TOP_ALL, 3 * len(inside)),
                              index=index) if inside or store.facts(uid, Predicate.HOLDS) else []
        held = [r for r in results if r["id"] in inside]
        if held:
            for r in held[:WHO_TOP]:
                self.answer_obj.unit(r["id"], r["fit"])
                self.answer_obj.cite(r["clauses"][0]["evidence"])
            best = held[0]
            clause = best["clauses"][0]
            also = ("相关的还有" + "、".join(r["name"] for r in held[1:WHO_TOP]) + "。") if len(held) > 1 else ""
            return self._done(Intent.WHO_HANDLES, f"{when}{name}内负责“{topic}”的是{best['name']}：“{clause['text']}”"
                              f"{_src(clause['evidence'])}。{also}")
        own = [r for r in results if r["id"] == uid]
        if own:
            clause = own[0]["clauses"][0]
            self.answer_obj.unit(uid, own[0]["fit"])
            self.answer_obj.cite(clause["evidence"])
            return self._done(Intent.WHO_HANDLES, f"{when}{name}负责“{topic}”：“{clause['text']}”{_src(clause['evidence'])}；"
                              "已导入的文件没有写明由它的哪个内设机构承担。")
        if not inside:
            return self._cannot(Intent.WHO_HANDLES, f"{when}没有找到{name}的内设机构或下属单位的记录，也没有它负责“{topic}”的职责条文。")
        return self._cannot(Intent.WHO_HANDLES, f"{when}没有找到{name}的内设机构或下属单位负责“{topic}”的职责条文。")

    def _undated_move(self, best: dict[str, Any], topic: str, where: str) -> dict[str, Any] | None:
        """"黄冈市医疗救助改革以前在哪个部门" when the move of the duty has no date ("将市民政局的
        医疗救助职责划入市医疗保障局" in an undated news item): the holders the move took it from
        are the answer, the holder now after them; None when the duty was never moved."""
        clause = best["clauses"][0]
        earlier = [h for h in {h["id"]: h for h in clause.get("earlier_holders") or []}.values()
                   if not h.get("valid_to") and h["id"] != best["id"]]
        if not earlier:
            return None
        for h in earlier:
            self.answer_obj.unit(h["id"], 1.0)
            self.answer_obj.cite(h["evidence"])
        self.answer_obj.unit(best["id"], 0.5)
        self.answer_obj.cite(clause["evidence"])
        names = "、".join(h["name"] for h in earlier)
        word = self.parsed.date_spec.text if self.parsed.date_spec else "改革前"
        return self._done(Intent.WHO_HANDLES, f"{word}{where}负责“{topic}”的是{names}{_src(earlier[0]['evidence'])}；"
                          f"此后（日期不详）改由{best['name']}承担：“{clause['text']}”{_src(clause['evidence'])}。")

    def _held_above(self, topic: str, place: str, index: Any) -> list[dict[str, Any]]:
        """A place's matter that no body of the place holds at the date, held by a body of the place
        above whose clause names the place ("示例县行政区域内部分建设项目用地预审与选址意见书核发职责" of the
        city's bureau, before it was handed down to the county): that body, said as of the level
        above; else []. A clause of the place above that does not name the place is never taken
        for the place's own (seventeenth session)."""
        from queries.who_handles import who_handles

        above = _place_above(self.store, place, "市") or _place_above(self.store, place, "省")
        if above is None:
            return []
        stem = place_stem(place)
        found = [r for r in who_handles(self.store, topic, at=self.day, jurisdiction=above, top=WHO_TOP, index=index)
                 if r["clauses"] and (place in r["clauses"][0]["text"] or (len(stem) >= 2 and stem in r["clauses"][0]["text"]))]
        if found:
            self.date_note += f"（{place}的这项职责当时由上一级{above}的单位承担）"
        return found

    def _each_duty(self, items: list[str], index: Any, place: str | None = None) -> dict[str, Any] | None:
        """"A、B、C是哪几个部门分头管的": each duty's holder (at its own reform date when 改革前
        is asked), together; None when no duty has a holder. ``place``: the place the question
        settled on (a giver's: "X把A、B职责划给了哪些部门"), else the place it names."""
        from queries.who_handles import relevant_clause_ids, who_handles

        place = place or self.jurisdiction
        base, base_explicit = self.day, self.explicit
        found: list[tuple[str, dict[str, Any], date]] = []
        for item in items:
            self.day, self.explicit, self.date_note = base, base_explicit, ""
            if self.parsed.date_spec and self.parsed.date_spec.kind in ("before_reform", "after_reform"):
                self._apply_reform_date([], relevant_clause_ids(item, index, limit=5, store=self.store, jurisdiction=place))
            results = _in_context(who_handles(self.store, item, at=self.day, jurisdiction=place, top=WHO_TOP, index=index),
                                  item, items)
            if results and re.search(r"分别|各自", self.parsed.text):
                # "A和B分别由谁负责": the holder of each, not every body touching it (分头 keeps them all)
                results = [r for r in results if r["fit"] >= _EACH_ONE_SHARE * results[0]["fit"]]
            for r in results:  # every holder of each duty (分头管: several may share one)
                found.append((item, r, self.day))
        self.date_note = ""
        if not found:
            self.day, self.explicit = base, base_explicit
            return None
        lines = []
        for item, r, day in found:
            clause = r["clauses"][0]
            self.answer_obj.unit(r["id"], r["fit"], day=day)
            self.answer_obj.cite(clause["evidence"])
            lines.append(f"“{item}”：{_when(day, self.explicit or day != base)}{r['name']}（“{clause['text']}”）")
        missing = [i for i in items if i not in {f[0] for f in found}]
        tail = f"没有找到负责“{'、'.join(missing)}”的单位。" if missing else ""
        self.day = found[0][2]
        return self._done(Intent.WHO_HANDLES, "；".join(lines) + "。" + tail)

    def _better_held_before(self, results: list[dict[str, Any]], topic: str, index: Any, place: str | None,
                            every: bool) -> list[dict[str, Any]]:
        """"动漫产业基地建设谁负责" (no date) when today's holders only touch the matter (a clause sharing
        a word or two) and a body now gone held a clause that says it: that body, at the last day it
        held it, said as such; else ``results`` unchanged."""
        from queries.who_handles import who_handles

        now = max(r.get("coverage", 0.0) for r in results)
        if now >= WEAK_COVERAGE or _TODAY_ASKED.search(self.parsed.text):
            return results  # "现在谁负责X" asks today whatever the fit
        for last in self._last_held(topic, index):
            earlier = who_handles(self.store, topic, at=last, jurisdiction=place, top=WHO_TOP_ALL if every else WHO_TOP,
                                  index=index)
            if earlier and says_more(now, max(r.get("coverage", 0.0) for r in earlier)):
                self.date_note = f"（目前的职责条文只是部分相符；以上是{cn_date(last)}的记录）"
                self.day, self.explicit = last, True
                return earlier
        return results

    def _last_held(self, topic: str, index: Any) -> list[date]:
        """The last days clauses matching ``topic`` (in the place asked about) were held, latest
        first (at most five): the end of each holding, or of its holder."""
        from queries.who_handles import relevant_clause_ids

        ends: list[date] = []
        for cid in relevant_clause_ids(topic, index, k=20, limit=5, store=self.store, jurisdiction=self.jurisdiction):
            for h in self.store.facts(object=cid, predicate=Predicate.HOLDS):
                end = h.valid_to or max((f.valid_to for f in self.store.facts(h.subject, Predicate.EXISTS) if f.valid_to),
                                        key=lambda d: start_of(d), default=None)
                if end is not None:
                    ends.append(start_of(end) - timedelta(days=1))
        return sorted({d for d in ends if d < self.day}, reverse=True)[:5]

    # -- lineage
    @answers(Intent.LINEAGE)
    def _a_lineage(self) -> dict[str, Any]:
        from queries.lineage import lineage

        if self.route.mode == "class" and not self.parsed.units and self.jurisdiction:
            return self._class_history(self.jurisdiction)
        if self.route.mode == "place_events" and not self.parsed.units and self.jurisdiction:
            return self._place_events(self.jurisdiction)
        uid, problem = self._main_unit()
        if uid is None:
            return self._cannot("lineage", problem or "")
        self._apply_reform_date([uid])
        store, day, out = self.store, self.day, self.answer_obj
        lin = lineage(store, uid, day)
        asked = self.parsed.units[0].text
        name = store.name_at(uid, day)
        mode = self.route.mode
        if mode == "old_name" and self.route.rule == "called_then":
            return self._called_then(uid, name, asked, lin)
        if mode == "old_name":
            return self._old_name(uid, asked, lin)
        if mode == "together" and len(self._units()) >= 2:
            return self._merged_together(self._units(), lin)
        if mode == "from2":
            return self._roots_of_roots(uid, name, lin)
        if mode in ("from", "together"):
            return self._ancestors(uid, name, lin)
        if mode == "to":
            return self._descendants(uid, asked, lin)
        if mode == "when":
            return self._when_event(uid, name, lin)
        # history: the unit, its roots and heirs, and its dated events
        out.unit(uid)
        events = [t for t in lin["timeline"] if t["kind"] == "事件"]
        for item in lin["ancestors"] + lin["descendants"]:
            if item["depth"] == 1:
                out.unit(item["id"], 0.8 if item["whole"] else 0.5)
        if not events and not lin["ancestors"] and not lin["descendants"]:
            return self._cannot("lineage", f"没有找到{name}的沿革记录。")
        lines = [f"{name}的历史沿革："]
        for t in events[:10]:
            lines.append(f"{cn_partial(t['date'])}，{t['text']}{_src(t['evidence'])}；")
            out.cite(t["evidence"])
        if not events:
            lines.append("没有记录到该单位自身的变更事件；")
        if lin["ancestors"]:
            lines.append("来源：" + "、".join(a["name"] for a in lin["ancestors"][:8]) + "；")
        if lin["descendants"]:
            lines.append("去向：" + "、".join(d["name"] for d in lin["descendants"][:8]) + "；")
        return self._done("lineage", "".join(lines).rstrip("；") + "。")

    def _when_event(self, uid: str, name: str, lin: dict[str, Any]) -> dict[str, Any]:
        """"X什么时候成立/撤销的": the dated event that began (or ended) the unit."""
        out = self.answer_obj
        ending = bool(re.search(r"撤销|撤并|不再保留|取消|撤掉|撤了|撤的|没了|没的|合并|并入|并到|并进|并掉|整合进|撤", self.parsed.text))
        if not ending and _CHANGE_ASKED.search(self.parsed.text) and (changed := self._when_changed(uid, name, lin)) is not None:
            return changed  # "X哪年升格的 / 哪年调整为直属机构 / 什么时候改隶的"
        wanted = ("abolish", "merge_into") if ending else ("establish", "re_form", "rename", "upgrade")
        events = [t for t in lin["timeline"] if t["kind"] == "事件" and t["event"]["type"] in wanted
                  and any(o["id"] == uid for o in (t["event"]["inputs"] if ending else t["event"]["outputs"]))]
        if not events:
            first = sorted((f for f in self.store.facts(uid, Predicate.EXISTS)),
                           key=lambda f: sort_key(f.valid_to if ending else f.valid_from))
            dated = [f for f in first if (f.valid_to if ending else f.valid_from)]
            if not dated:
                what = "撤销" if ending else "成立"
                return self._cannot(Intent.LINEAGE, f"没有找到{name}{what}时间的记录。")
            f = dated[0]
            out.unit(uid)
            out.cite_prov(f.prov)
            when = f.valid_to if ending else f.valid_from
            return self._done(Intent.LINEAGE, f"{name}{'于' + cn_partial(when) + ('不再存续' if ending else '起存续')}"
                              f"{_src(evidence_of(self.store, f.prov))}。")
        if not ending and _HUNG_ASKED.search(self.parsed.text):
            # "X哪天挂牌的": the day the sign went up, often weeks after the plan that formed X ("组建X" in
            # March, "新组建的X16日正式挂牌" in April): a founding whose sentence says 挂牌 answers first
            hung = [t for t in events if _HUNG_ASKED.search(t["evidence"].get("text") or "")]
            events = hung + [t for t in events if t not in hung]
        t = events[0] if not ending else events[-1]
        heirs = [d for d in lin["descendants"] if d["depth"] == 1] if ending else []
        heirs = [d for d in heirs if d["whole"]] or heirs
        for d in heirs[:3]:  # "X哪年撤的": the year, and the unit that took it over (BRIEF: 撤销了吗 → the successor)
            out.unit(d["id"], 1.0)
        out.unit(uid)
        out.cite(t["evidence"])
        went = ("，同一改革事项组建了" if heirs[0].get("statement") else f"，{'整体' if heirs[0]['whole'] else '部分职责'}划入"
                ) + "、".join(d["name"] for d in heirs[:3]) if heirs else ""
        said = (t["evidence"].get("text") or "").strip()
        if not t["date"] and not ending and (day := _day_written(self.store, t["evidence"], name)) is not None:
            # "11月3日,省药品监督管理局正式挂牌成立" in a news item: the day as written, its year from the
            # item's own dateline when it has one (seventeenth session)
            sentence, month_day, year, dateline = day
            out.cite({**t["evidence"], "text": sentence})
            label = "挂牌" if _HUNG_ASKED.search(self.parsed.text) and _HUNG_ASKED.search(sentence) else t["event"]["label"]
            when = (f"{year}年{month_day}{label}（原文只写“{month_day}”，年份按文件所署日期{dateline}推定）"
                    if year else f"{month_day}{label}（文件没有写明年份）")
            return self._done(Intent.LINEAGE, f"{name}于{when}，原文：“{sentence.rstrip('。')}”{_src(t['evidence'])}{went}。"
                              + self._kept_sign(uid))
        if not t["date"] and said and len(said) <= _QUOTE_MAX:
            # the day is not recorded (a news item giving "5月24日" with no year): the sentence says what is known
            return self._done(Intent.LINEAGE, f"{name}{t['event']['label']}的日期没有完整记录，原文：“{said.rstrip('。')}”"
                              f"{_src(t['evidence'])}{went}。" + self._kept_sign(uid))
        label = "挂牌" if not ending and _HUNG_ASKED.search(self.parsed.text) and _HUNG_ASKED.search(said) else t["event"]["label"]
        return self._done(Intent.LINEAGE, f"{name}于{cn_partial(t['date'])}{label}{went}{_src(t['evidence'])}。"
                          + self._kept_sign(uid))

    def _when_changed(self, uid: str, name: str, lin: dict[str, Any]) -> dict[str, Any] | None:
        """"X哪年升格的 / 调整为直属机构 / 更名的 / 改隶的": the dated event that changed the unit's
        rank, kind, name or parent, else the dated start of a later rank or kind; None when none."""
        out = self.answer_obj
        text = self.parsed.text
        types = {"upgrade", "downgrade"} if re.search(r"升格|升级|降格|降级|规格", text) else set()
        types |= {"rename"} if re.search(r"更名|改名|改称|改叫", text) else set()
        types |= {"transfer_unit"} if re.search(r"改隶|划归|改由|隶属", text) else set()
        types = types or {"change_kind", "upgrade", "downgrade", "transfer_unit", "rename"}
        events = [t for t in lin["timeline"] if t["kind"] == "事件" and t["event"]["type"] in types and t["date"]
                  and any(o["id"] == uid for o in t["event"]["inputs"] + t["event"]["outputs"])]
        if len(self.parsed.u_texts) >= 2:
            # "X是哪年改成Y的": the change whose sentence writes Y, of X's several changes (fifteenth session)
            events = [t for t in events if self.parsed.u_texts[1] in (t["evidence"].get("text") or "")] or events
        if events:
            t = events[-1]
            out.unit(uid)
            out.cite(t["evidence"])
            return self._done(Intent.LINEAGE, f"{name}于{cn_partial(t['date'])}{t['event']['label']}{_src(t['evidence'])}。")
        predicates = [Predicate.RANK] if "upgrade" in types and len(types) <= 2 else [Predicate.KIND, Predicate.RANK]
        for predicate in predicates:
            facts = sorted((f for f in self._body_facts(uid, predicate) if f.valid_from), key=lambda f: sort_key(f.valid_from))
            if len(facts) > 1 or facts and any(f.valid_to for f in self._body_facts(uid, predicate)):
                f = facts[-1]
                out.unit(uid)
                out.cite_prov(f.prov)
                label = "规格" if predicate is Predicate.RANK else "机构类别"
                return self._done(Intent.LINEAGE, f"{name}自{cn_partial(f.valid_from)}起{label}为{f.value}"
                                  f"{_src(evidence_of(self.store, f.prov))}。")
        return None

    def _ancestors(self, uid: str, name: str, lin: dict[str, Any]) -> dict[str, Any]:
        out = self.answer_obj
        direct = [a for a in lin["ancestors"] if a["depth"] == 1]
        deeper = [a for a in lin["ancestors"] if a["depth"] > 1]
        if not direct:
            founding = [t for t in lin["timeline"] if t["kind"] == "事件" and t["event"]["type"] in ("establish", "re_form")
                        and any(o["id"] == uid for o in t["event"]["outputs"])]
            if founding and self._old_name_kept_as_sign(uid) is not None:
                return self._old_name(uid, name, lin)  # founded under a new name, the old one kept as its sign
            if founding:
                t = founding[0]
                out.cite(t["evidence"])
                return self._cannot("lineage", f"{name}于{cn_partial(t['date'])}组建{_src(t['evidence'])}，但文件没有写明由哪些单位组建，"
                                    "因此没有找到它的前身。")
            if self._former_names(uid) or self._renamed_from(uid) is not None:
                # 前身 of a renamed unit: itself under its former name (a dated name, or the old
                # name of a rename event: "将A…并更名为B")
                return self._old_name(uid, name, lin)
            return self._cannot("lineage", f"没有找到{name}的前身或职责来源的记录。")
        if "前身" in self.parsed.text and not (self.explicit and self.parsed.date_spec is not None):
            # "X的前身是什么" of a unit renamed before anything was merged into it (县农业局更名为
            # 县农业农村局，后来县乡村振兴局并入): the former name is its 前身, the later sources follow
            older = self._former_names(uid)
            renamed = self._renamed_from(uid)
            began = (older[-1].valid_to if older else None) or (renamed[0].date if renamed else None)
            # only parts of duties moved in (no whole source) leave the former name the 前身 too
            came = [e["date"] for a in direct if a["whole"] for e in a["events"] if e.get("date")]
            if began and (not any(a["whole"] for a in direct) or came and start_of(began) < min(start_of(d) for d in came)):
                for a in direct:
                    out.unit(a["id"], 0.5)
                result = self._old_name(uid, name, lin)
                result["units"].sort(key=lambda u: u["id"] != uid)
                result["answer"] = result["answer"].rstrip("。") + "；另有并入或划入的：" + "、".join(
                    f"{a['name']}（{cn_partial(a['events'][0]['date']) if a['events'] else '日期不详'}）" for a in direct[:6]) + "。"
                return result
        if self.explicit and self.parsed.date_spec is not None:
            # "2008年组建X时整合了哪些机构": what came in by the date asked, not a later re-forming
            by_then = [a for a in direct if any(not e.get("date") or start_of(e["date"]) <= self.day for e in a["events"])]
            direct = by_then or direct
        duties_asked = bool(re.search(r"职责|职能|工作|划入|划过来|划转", self.parsed.text))
        founding = [t for t in lin["timeline"] if t["kind"] == "事件" and t["event"]["type"] in ("establish", "re_form")
                    and any(o["id"] == uid for o in t["event"]["outputs"])]
        if self.explicit and self.parsed.date_spec is not None:
            founding = [t for t in founding if not t["date"] or start_of(t["date"]) <= self.day][-1:] or founding
        if founding and (not duties_asked or _FOUNDING_ASKED.search(self.parsed.text)):
            # "怎么组建的 / 前身 / 由哪些部门的职责整合组建": the units of the founding, not duties
            # that came in later or by another transfer
            at_founding = [a for a in direct if any(e["id"] == founding[0]["event"]["id"] for e in a["events"])]
            direct = at_founding or direct
        whole = [a for a in direct if a["whole"]]
        partial = [a for a in direct if not a["whole"]]
        merged_only = bool(re.search(r"合并|合起来|哪几个局|哪两个|哪几个部门合|改组|整建制", self.parsed.text))
        flows: dict[str, list[str]] = defaultdict(list)
        for f in lin["duties_in"]:
            if f["other"]:
                flows[f["other"]["id"]].append(f["text"])
        # "X的Y职责是从哪个部门划过来的": the giver of the duty named first (fifteenth session)
        named = _named_duty(self.parsed)
        givers = [a for a in partial if named and any(_duty_overlap(named, t) >= 0.6 for t in flows.get(a["id"], []))]
        for a in givers:
            out.unit(a["id"], 1.0)
        for a in whole:
            out.unit(a["id"], 1.0)
        if duties_asked or not whole or not merged_only:
            for a in partial:
                out.unit(a["id"], 0.6)
        first = direct[0]["events"][0] if direct[0]["events"] else None
        when = cn_partial(first.get("date") if first else None)
        parts = [f"{name}（{when}{first['label'] if first else ''}）"]
        stated = [a for a in whole if a.get("statement")]
        whole = [a for a in whole if not a.get("statement")]
        if whole:
            parts.append("由" + "、".join(a["name"] for a in whole) + "整体并入或重组而来")
        if stated:
            # "组建Z。……不再保留A、B。": the statement names no duty moved, only who went
            quote = next((e["evidence"]["text"] for a in stated for e in a["events"][1:2] if e["evidence"]["text"]), "")
            parts.append(("；" if whole else "") + "同一改革事项不再保留" + "、".join(a["name"] for a in stated)
                         + (f"（“{quote.strip()}”）" if quote else ""))
        if partial:
            described = []
            for a in partial:
                texts = [t for t in flows.get(a["id"], []) if t][:2]
                described.append(a["name"] + (f"的{'、'.join(_short(t) for t in texts)}" if texts else "的部分职责"))
            joined = whole or stated
            parts.append(("，并划入了" if joined else "由") + "；".join(described) + ("" if joined else "整合而来"))
        answer = parts[0] + "".join(parts[1:]) + "。"
        if givers:
            answer = f"{name}的{named}职责由" + "、".join(a["name"] for a in givers) + "划入。" + answer
        refounded = [t for t in founding if t["event"]["type"] == "re_form"
                     and any(i["id"] == uid for i in t["event"]["inputs"])]
        if refounded and _REFOUNDED_ASKED.search(self.parsed.text):
            # "X由哪些单位重新组建 / 重新组建时整合了哪些部门的职责": the old X is one of them
            out.unit(uid, 0.9)
            answer += f"原{name}自身的职责也在其中（{cn_partial(refounded[0]['date'])}重新组建）。"
        if deeper:
            answer += "更早的来源有：" + "、".join(a["name"] for a in deeper[:6]) + "。"
        for a in direct:
            for e in a["events"][:2 if a.get("statement") else 1]:
                out.cite(e["evidence"])
        return self._done("lineage", answer)

    def _place_events(self, place: str) -> dict[str, Any]:
        """"十三五期间示例县撤销了哪些单位 / 2019年新组建了哪些机构": the place's bodies ended (or
        formed, renamed) within the span asked (a year: that whole year; none: every record)."""
        from queries.ask.routing import PLACE_EVENTS

        store, out = self.store, self.answer_obj
        verb = PLACE_EVENTS.search(self.parsed.text)
        word = verb.group("verb") if verb else "撤销"
        ending = word in ("撤销", "撤并", "撤掉", "不再保留")
        renaming = word in ("更名", "改名")
        types = ({EventType.ABOLISH, EventType.MERGE_INTO} if ending else {EventType.RENAME} if renaming
                 else {EventType.ESTABLISH, EventType.RE_FORM} if word != "合并" else {EventType.ESTABLISH, EventType.MERGE_INTO})
        spec = self.parsed.date_spec
        first = last = None
        if spec is not None and spec.kind == "day" and spec.value is not None:
            last = self.day
            first = spec.start or (date(spec.value.year, 1, 1) if re.fullmatch(r"\d{4}\s*年(?:度|的|时候?|那会儿?)?", spec.text) else None)
        noun = verb.group("noun") if verb else "单位"
        # "撤并了哪些乡 / 哪些乡镇 / 哪些街道": townships only, by the end of their names
        township = {"乡镇": ("乡", "镇"), "乡": ("乡",), "镇": ("镇",), "街道": ("街道", "街道办事处"),
                    "街道办事处": ("街道", "街道办事处")}.get(noun)
        seen: dict[str, tuple[str, Any]] = {}
        from queries.document_dates import DocumentDays

        spoken = DocumentDays(store)
        for unit in store.units():
            if not in_jurisdiction(store, unit.id, place):
                continue
            for e in store.events(unit.id):
                if e.type not in types:
                    continue
                if e.type is EventType.ESTABLISH and word == "合并" and len(e.inputs) < 2:
                    continue
                # an undated event counts by its document's day (its date, else the earliest year it tells: a
                # news item "广州正式启动政府机构改革" naming only 2004) (seventeenth session)
                when_told = start_of(e.date) if e.date else spoken(e.prov.doc_id)
                if last is not None and (when_told is None or when_told > last or first is not None and when_told < first
                                         or first is None and when_told < last.replace(day=1)):
                    continue
                bodies = e.outputs if renaming else e.inputs if ending or word == "合并" else e.outputs
                for b in bodies:
                    if township and b and not store.unit(b).name.endswith(township):
                        continue
                    if b and b not in seen and in_jurisdiction(store, b, place):
                        seen[b] = (e.date or "", e)
        if not seen:
            span = f"{cn_date(first)}至{cn_date(last)}" if first and last else cn_date(last) if last else ""
            return self._cannot("lineage", f"没有找到{place}{span}{word}单位的记录。")
        rows = sorted(seen.items(), key=lambda kv: sort_key(kv[1][0] or None))
        said = []
        for b, (when, e) in rows[:20]:
            out.unit(b)
            out.cite(evidence_of(store, e.prov))
            name = store.name_at(b, start_of(when) - timedelta(days=1) if when and ending else self.day)
            told = spoken(e.prov.doc_id) if not when else None
            said.append(f"{name}（{cn_partial(when or None)}）" if when or told is None
                        else f"{name}（日期不详，文件所述为{told.year}年）")
        span = f"{spec.text}（{cn_date(first)}至{cn_date(last)}）" if spec is not None and first and last else (
            spec.text if spec is not None else "有记录以来")
        self.date_note = ""
        return self._done("lineage", f"{span}，{place}{word}的{noun if township else '单位'}共{len(seen)}个："
                          + "、".join(said) + "。")

    def _roots_of_roots(self, uid: str, name: str, lin: dict[str, Any]) -> dict[str, Any]:
        """"X前身的前身 / X的前身再往前": the roots of X's direct roots, each step dated."""
        out = self.answer_obj
        direct = [a for a in lin["ancestors"] if a["depth"] == 1]
        roots = [a for a in direct if a["whole"]] or direct
        if not roots:
            return self._ancestors(uid, name, lin)
        ids = {a["id"] for a in roots}
        second = [a for a in lin["ancestors"] if a["depth"] == 2 and a["via"] in ids]
        if not second:
            return self._cannot("lineage", f"{name}的前身是{'、'.join(a['name'] for a in roots)}，"
                                "文件没有记录它们更早的前身。")
        whole = [a for a in second if a["whole"]]
        for a in whole or second:
            out.unit(a["id"], 1.0)
        for a in roots:
            out.cite(a["events"][0]["evidence"] if a["events"] else None)
        lines = []
        for r in roots:
            mine = [a for a in second if a["via"] == r["id"]]
            if not mine:
                continue
            full = [a for a in mine if a["whole"]] or mine
            first = full[0]["events"][0] if full[0]["events"] else None
            when = f"（{cn_partial(first['date'])}{first['label']}）" if first else ""
            lines.append(f"{r['name']}{when}的前身是" + "、".join(a["name"] for a in full))
            for a in full:
                out.cite(a["events"][0]["evidence"] if a["events"] else None)
        return self._done("lineage", f"{name}的前身是{'、'.join(a['name'] for a in roots)}；" + "；".join(lines) + "。")

    def _merged_together(self, uids: list[str], lin: dict[str, Any]) -> dict[str, Any]:
        """"A和B合并了吗 / A、B后来合并成什么": the unit both went into, one event for two units
        (the nearest heir they share), else what became of each."""
        from queries.lineage import lineage

        store, day, out = self.store, self.day, self.answer_obj
        heirs = [{d["id"]: d for d in lineage(store, u, day)["descendants"]} for u in uids[:3]]
        shared = {i for i in set(heirs[0]).intersection(*heirs[1:]) if all(h[i]["whole"] for h in heirs)}
        names = "和".join(store.name_at(u, day) for u in uids[:3])
        into = [(u, h[v]) for u, h in zip(uids, heirs, strict=False) for v in uids if v in h and h[v]["depth"] == 1]
        if into and not any(max(h[i]["depth"] for h in heirs) == 1 for i in shared):
            # "A和B合并了吗" when A went into B (or B was re-formed from A): B is where they met
            u, d = into[0]
            t = d["events"][0] if d["events"] else None
            out.unit(d["id"], 1.0)
            out.unit(u, 0.5)
            if t:
                out.cite(t["evidence"])
            return self._done("lineage", f"是的，{store.name_at(u, day)}于{cn_partial(t['date']) if t else '（日期不详）'}"
                              f"{'整体' if d['whole'] else '部分职责'}并入{d['name']}{_src(t['evidence']) if t else ''}。")
        if not shared:
            for u in uids[:3]:
                out.unit(u, 0.5)
            went = []
            for u, h in zip(uids, heirs, strict=False):
                near = [d for d in h.values() if d["depth"] == 1 and d["whole"]]
                went.append(f"{store.name_at(u, day)}" + (f"后来整体划入{'、'.join(d['name'] for d in near)}" if near
                                                         else "没有整体并入其他单位的记录"))
            return self._done("lineage", f"没有找到{names}合并为同一单位的记录：" + "；".join(went) + "。")
        depth = min(max(h[i]["depth"] for h in heirs) for i in shared)
        common = [i for i in shared if max(h[i]["depth"] for h in heirs) == depth]
        common.sort(key=lambda i: sort_key(heirs[0][i]["events"][0]["date"] if heirs[0][i]["events"] else None))
        for i in common[:2]:
            out.unit(i, 1.0)
        for u in uids[:3]:
            out.unit(u, 0.5)
        first = heirs[0][common[0]]
        t = first["events"][0] if first["events"] else None
        when = cn_partial(t["date"]) if t and t["date"] else "日期不详"
        if t:
            out.cite(t["evidence"])
        said = (t["evidence"].get("text") or "").strip() if t else ""
        quote = f"：“{said.rstrip('。')}”" if said and len(said) <= _QUOTE_MAX else ""
        target = "、".join(heirs[0][i]["name"] for i in common[:2])
        if depth == 1:
            return self._done("lineage", f"是的，{names}已合并：{when}{t['label'] if t else ''}{target}{quote}"
                              f"{_src(t['evidence']) if t else ''}。")
        return self._done("lineage", f"{names}没有直接合并，后来经过多次调整都归入了{target}（{when}{t['label'] if t else ''}）"
                          f"{_src(t['evidence']) if t else ''}。")

    def _descendants(self, uid: str, asked: str, lin: dict[str, Any]) -> dict[str, Any]:
        store, day, out = self.store, self.day, self.answer_obj
        now_name = store.name_at(uid, day)
        exists = alive(store, uid, day)
        own = [t for t in lin["timeline"] if t["kind"] == "事件"]
        renames = [t for t in own if t["event"]["type"] == "rename"]
        ending = [t for t in own if t["event"]["type"] in ("abolish", "merge_into") and any(i["id"] == uid for i in t["event"]["inputs"])]
        direct = [d for d in lin["descendants"] if d["depth"] == 1]
        parts: list[str] = []
        as_sign = bool(self.parsed.units) and any(u == uid and q == 2 for u, q in self.parsed.units[0].candidates)
        current_signs = [f for f in store.facts(uid, Predicate.SIGN) if f.value and holds_at(f.valid_from, f.valid_to, day)]
        sign_facts = [f for f in current_signs if normalize_name(asked).endswith(normalize_name(f.value or ""))] or (
            current_signs if as_sign else []) if exists else []
        if sign_facts and normalize_name(now_name) != normalize_name(asked) and not renames:
            # "厦门市金融办这个名字还用吗": the name lives on as the unit's sign
            f = sign_facts[-1]
            out.unit(uid)
            out.cite_prov(f.prov)
            sentence = f.prov.sentence.strip() if f.prov and f.prov.sentence else ""
            return self._done("lineage", f"“{asked}”{_when(day, self.explicit)}是{now_name}加挂（保留）的牌子"
                              + (f"：“{sentence}”" if sentence else "") + f"{_src(evidence_of(store, f.prov))}。")
        if exists and normalize_name(now_name) != normalize_name(asked) and renames:
            t = renames[-1]
            out.unit(uid)
            out.cite(t["evidence"])
            parts.append(f"{asked}于{cn_partial(t['date'])}更名为{now_name}{_src(t['evidence'])}，{_when(day, self.explicit)}仍然存续。")
            kept = sign_facts or [f for other in self._other_records(uid) for f in store.facts(other, Predicate.SIGN)
                                  if f.value and holds_at(f.valid_from, f.valid_to, day)
                                  and normalize_name(asked).endswith(normalize_name(f.value))]
            if kept:  # "更名为市畜牧兽医局，保留市动物卫生监督管理局牌子": the old name lives on as a sign
                f = kept[-1]
                out.cite_prov(f.prov)
                sentence = f.prov.sentence.strip() if f.prov and f.prov.sentence else ""
                said = re.search(r"(?:保留|加挂|挂)[^，,。；;]{1,30}?牌子", sentence)  # the document's own words
                parts.append(f"{now_name}保留{display_name(store.unit(uid).jurisdiction, f.value or '')}牌子"
                             + (f"（原文：“{said.group(0)}”）" if said else "") + "。")
        elif exists and any(d["whole"] for d in direct):
            whole = [d for d in direct if d["whole"]]
            for d in whole:
                out.unit(d["id"], 1.0)
                out.cite(d["events"][0]["evidence"] if d["events"] else None)
            label = whole[0]["events"][0]["label"] if whole[0]["events"] else "整合"
            if all(d.get("statement") for d in whole):  # its abolition undated: the statement that formed Z
                parts.append(f"{now_name}不再保留（日期不详）。" + _successor_sentence(whole))
            else:
                parts.append(f"{now_name}整体{label}为" + "、".join(d["name"] for d in whole) + "。")
            return self._done("lineage", "".join(parts))
        elif exists:
            if _NAME_NOW_ASKED.search(self.parsed.text):
                out.unit(uid)  # "X现在叫什么" of a unit neither renamed nor ended: X, under its name
            if direct:
                parts.append(f"{now_name}的部分职责划给了" + "、".join(d["name"] for d in direct[:6]) + "。")
                for d in direct[:6]:
                    out.unit(d["id"], 0.5)
                    out.cite(d["events"][0]["evidence"] if d["events"] else None)
            out.unit(uid)
            if undated := [t for t in ending if not t["date"]]:
                # "不再保留X" written with no date: X's end is recorded, its day is not (fifteenth session)
                t = undated[-1]
                out.cite(t["evidence"])
                said = (t["evidence"].get("text") or "").strip()
                quote = f"：“{said.rstrip('。')}”" if said and len(said) <= _QUOTE_MAX else ""
                parts.append(f"文件写明{now_name}{t['event']['label']}（日期不详）{quote}{_src(t['evidence'])}。")
                return self._done("lineage", "".join(parts))
            parts.append(f"{_when(day, self.explicit)}{now_name}仍然存续，没有被撤销或更名的记录。")
            return self._done("lineage", "".join(parts))
        else:
            if ending:
                t = ending[-1]
                out.cite(t["evidence"])
                # "保留还是撤并": the document's own words (撤并, 撤销, 合并) when they are not the label's
                said = (t["evidence"].get("text") or "").strip()
                quote = f"：“{said}”" if said and len(said) <= _QUOTE_MAX and t["event"]["label"] not in said else ""
                parts.append(f"{now_name}于{cn_partial(t['date'])}{t['event']['label']}{quote}{_src(t['evidence'])}。")
            else:
                parts.append(f"{now_name}在{cn_date(day)}已不存在。")
        if not exists or not out.units:
            whole = [d for d in direct if d["whole"]]
            partial = [d for d in direct if not d["whole"]]
            # follow whole successors to the ones that exist at the date
            living = [d for d in lin["descendants"] if d["whole"] and alive(store, d["id"], day)]
            chosen = [d for d in whole if alive(store, d["id"], day)] or living[:3] or whole
            if chosen:
                for d in chosen:
                    out.unit(d["id"], 1.0)
                parts.append(_successor_sentence(chosen) if all(d["depth"] == 1 for d in chosen)
                             else _successor_chain(uid, chosen, lin["descendants"], self.store))
            if partial:
                flows: dict[str, list[str]] = defaultdict(list)
                for f in lin["duties_out"]:
                    if f["other"]:
                        flows[f["other"]["id"]].append(f["text"])
                kinds = {k for m in _DUTY_KIND_ASKED.finditer(self.parsed.text) for k in re.findall(_DUTY_KINDS, m.group(0))}
                if kinds and any(k in t for d in partial for t in flows.get(d["id"], []) for k in kinds):
                    # "X撤销后，其行政职责由哪些单位承担": the bodies given duties of the kinds asked only
                    # ("行政职责和企业职责": either kind)
                    partial = [d for d in partial if any(k in t for t in flows.get(d["id"], []) for k in kinds)]
                for d in partial:
                    out.unit(d["id"], 0.6)
                parts.append("部分职责划给：" + "；".join(
                    d["name"] + (f"（{'、'.join(_short(t) for t in flows[d['id']][:2])}）" if flows.get(d["id"]) else "")
                    for d in partial[:6]) + "。")
            for d in direct[:6]:
                if d["events"]:
                    out.cite(d["events"][0]["evidence"])
            if not direct:
                parts.append("文件没有写明其职责的去向。")
        if not exists:
            parts.append(self._kept_sign(uid))
        return self._done("lineage", "".join(parts))

    def _other_records(self, uid: str) -> list[str]:
        """Other unit records of one body: the same name at the date in the same place (a list
        sentence and a rename sentence each made one; ``queries.resolve.one_body_recorded_twice``)."""
        store, day = self.store, self.day
        unit = store.unit(uid)
        name = normalize_name(store.name_at(uid, day))
        return [u.id for u in store.units() if u.id != uid and u.jurisdiction == unit.jurisdiction
                and normalize_name(store.name_at(u.id, day)) == name]

    def _ended_after_unit(self, uid: str) -> bool:
        """Whether an event (abolished, merged into another) or a dated end of existence ended
        ``uid`` by the date."""
        events = [e for e in self.store.events(uid) if uid in e.inputs and e.type in (EventType.ABOLISH, EventType.MERGE_INTO)]
        ends = [f for f in self.store.facts(uid, Predicate.EXISTS) if f.valid_to and start_of(f.valid_to) <= self.day]
        return bool(events or ends)

    def _ended_after(self, uid: str, lin: dict[str, Any]) -> list[dict[str, Any]]:
        """The events of the timeline that ended ``uid`` (abolished, merged into another) after
        the date asked, earliest first."""
        return [t for t in lin["timeline"] if t["kind"] == "事件" and t["event"]["type"] in ("abolish", "merge_into")
                and any(i["id"] == uid for i in t["event"]["inputs"]) and t["date"] and start_of(t["date"]) > self.day]

    def _kept_sign(self, uid: str) -> str:
        """"其牌子由Y保留（“县自然资源局加挂县林业局牌子。”）" for a unit gone whose name another
        unit keeps as a sign at the date, quoting the sentence; "" otherwise."""
        store, out = self.store, self.answer_obj
        unit = store.unit(uid)
        names = [f.value for f in sorted(store.facts(uid, Predicate.NAME), key=lambda f: sort_key(f.valid_from), reverse=True)
                 if f.value] + [unit.name]
        carriers: list[str] = []
        own = ""
        for n in names:  # its last name first (扶贫开发办公室 renamed 乡村振兴局, kept as a sign)
            carriers = [c for c in self._sign_carriers(normalize_name(n), unit.jurisdiction) if c != uid]
            if carriers:
                own = normalize_name(n)
                break
        if not carriers:
            return ""
        notes = []
        for c in carriers[:2]:
            facts = [f for f in store.facts(c, Predicate.SIGN) if f.value and own.endswith(normalize_name(f.value))]
            sentence = facts[-1].prov.sentence if facts and facts[-1].prov else ""
            if facts:
                out.cite_prov(facts[-1].prov)
            notes.append(_name(store, c, self.day) + (f"（“{sentence.strip()}”）" if sentence else ""))
        return "其牌子现由" + "、".join(notes) + "保留。"

    def _former_names(self, uid: str) -> list[Any]:
        """The unit's names that ended before its name at the date, oldest first."""
        store = self.store
        names = sorted(store.facts(uid, Predicate.NAME), key=lambda f: sort_key(f.valid_from))
        current = normalize_name(store.name_at(uid, self.day))
        return [f for f in names if f.valid_to is not None
                and normalize_name(display_name(store.unit(uid).jurisdiction, f.value or "")) != current]

    def _old_name_kept_as_sign(self, uid: str) -> Any | None:
        """A name of the unit that is not its name at the date but a sign it still carries: the
        old name kept on the renamed body ("现更名为B（A）", "更名为B，保留A牌子" where the document
        records A as B's name as well, with no end). The NAME fact, else None."""
        store = self.store
        current = normalize_name(store.name_at(uid, self.day))
        signs = {normalize_name(f.value or "") for f in store.facts_at(uid, Predicate.SIGN, self.day)}
        jur = store.unit(uid).jurisdiction
        for f in store.facts(uid, Predicate.NAME):
            value = normalize_name(f.value or "")
            if value and value in signs and normalize_name(display_name(jur, f.value or "")) != current:
                return f
        return None

    def _renamed_from(self, uid: str) -> tuple[Any, str] | None:
        """The last rename of the unit up to the date whose old name is not its name then:
        (event, old name), else None."""
        store = self.store
        current = normalize_name(store.name_at(uid, self.day))
        jur = store.unit(uid).jurisdiction
        found = None
        for e in sorted(store.events(uid), key=lambda e: sort_key(e.date)):
            old = str(e.attrs.get("old_name") or "")
            if e.type is not EventType.RENAME or uid not in e.outputs or not old:
                continue
            if e.date and start_of(e.date) > self.day or normalize_name(display_name(jur, old)) == current:
                continue
            found = (e, old)
        return found

    def _called_then(self, uid: str, name: str, asked: str, lin: dict[str, Any]) -> dict[str, Any]:
        """"2021年5月的时候X还叫什么": the name X bore at the date when it existed then; else the body X
        was wholly formed from that existed then ("甲区扶贫开发办公室" before "甲区乡村振兴局"), X
        said as not yet formed; else the old names as "X原来叫什么" answers (seventeenth session)."""
        store, out, day = self.store, self.answer_obj, self.day
        if store.exists_at(uid, day):
            then = store.name_at(uid, day)
            out.unit(uid, 1.0, name=then)
            facts = store.facts_at(uid, Predicate.NAME, day) or store.facts(uid, Predicate.EXISTS)
            if facts:
                out.cite_prov(facts[0].prov)
            now = store.name_at(uid)
            return self._done("lineage", f"{cn_date(day)}，该单位的名称是{then}" + (f"（现名{now}）" if now != then else "") + "。")
        alive_then = [a for a in lin["ancestors"] if a["whole"] and a["depth"] <= 3 and store.exists_at(a["id"], day)]
        nearest = min((a["depth"] for a in alive_then), default=0)
        whole = [a for a in alive_then if a["depth"] == nearest]  # the bodies X came from that stood then, nearest first
        if whole:
            for a in whole:
                out.unit(a["id"], 1.0, day=day)
            formed = next((t for t in lin["timeline"] if t["kind"] == "事件" and t["event"]["type"] in ("establish", "re_form")
                           and any(o["id"] == uid for o in t["event"]["outputs"])), None)
            since = ""
            if formed is not None:
                out.cite(formed["evidence"])
                since = f"（{cn_partial(formed['date'])}{formed['event']['label']}）" if formed["date"] else ""
            then = "、".join(store.name_at(a["id"], day) for a in whole)
            return self._done("lineage", f"{cn_date(day)}{name}还没有组建{since}，当时是{then}，{name}由其（经改革）整体而来。")
        return self._old_name(uid, asked, lin)

    def _old_name(self, uid: str, asked: str, lin: dict[str, Any]) -> dict[str, Any]:
        store, out = self.store, self.answer_obj
        older = self._former_names(uid)
        if older:
            f = older[-1]
            old_display = display_name(store.unit(uid).jurisdiction, f.value or "")
            out.unit(uid, 1.0, name=old_display)
            out.cite_prov(f.prov)
            renames = [t for t in lin["timeline"] if t["kind"] == "事件" and t["event"]["type"] == "rename"]
            for t in renames[-1:]:
                out.cite(t["evidence"])
            return self._done("lineage", f"{store.name_at(uid, self.day)}原名{old_display}（{period(f.valid_from, f.valid_to)}）。")
        renamed = self._renamed_from(uid)
        if renamed is not None:  # "A更名为B" recorded as an event only: A is the old name
            event, old = renamed
            old_display = display_name(store.unit(uid).jurisdiction, old)
            out.unit(uid, 1.0, name=old_display)
            out.cite_prov(event.prov)
            return self._done("lineage", f"{store.name_at(uid, self.day)}原名{old_display}（{cn_partial(event.date)}更名）。")
        kept = self._old_name_kept_as_sign(uid)
        if kept is not None:  # "更名为B（A）", "B，保留A牌子" with A recorded as a name of B too
            old_display = display_name(store.unit(uid).jurisdiction, kept.value or "")
            out.unit(uid, 1.0, name=old_display)
            out.cite_prov(kept.prov)
            return self._done("lineage", f"{store.name_at(uid, self.day)}原名{old_display}，现作为其牌子保留。")
        return self._ancestors(uid, store.name_at(uid, self.day), lin) if lin["ancestors"] else self._cannot(
            "lineage", f"没有找到{store.name_at(uid, self.day)}更名或前身的记录。")

    # -- parent
    @answers(Intent.PARENT)
    def _a_parent(self) -> dict[str, Any]:
        from queries.unit_info import parent_at

        sign_only = bool(self.parsed.units) and min(q for _, q in self.parsed.units[0].candidates) == 2
        if sign_only and self.route.mode != "sign" and _EARLIER.search(self.parsed.text) and self.parsed.date_spec is None:
            # "X原来归谁管" of a name now only a sign: where the sign hangs is no former manager
            return self._cannot("parent", f"没有找到“{self.parsed.units[0].text}”原来的上级（管理）单位的记录"
                                          f"（它现在是一块牌子，不是单独的机构）。")
        if self.route.mode == "sign" or sign_only:
            # "X的牌子挂在哪个单位" / X is only known as a sign: the unit carrying it
            self.sign = _sign_text(self.parsed)
            if self.sign:
                return self._sign()
        if self.route.mode == "relation" and (related := self._relation(Intent.PARENT)) is not None:
            return related
        if self.route.mode == "co_located":
            return self._co_located(Intent.PARENT)
        if self.route.mode == "separate":
            return self._separate(Intent.PARENT)
        uid, problem = self._main_unit()
        if uid is None:
            hosted = self._office_host() if self.parsed.unknown else None
            return hosted or self._cannot("parent", problem or "")
        self._apply_reform_date([uid])
        if (gone := self._outside_existence(uid, "parent", "上级单位")) is not None:
            return gone
        store, day, out = self.store, self.day, self.answer_obj
        name = store.name_at(uid, day)
        when = _when(day, self.explicit)
        facts = sorted(store.facts(uid, Predicate.PARENT), key=lambda f: sort_key(f.valid_from))
        spec = self.parsed.date_spec
        if spec is not None and spec.period and spec.start and _OVER_SPAN.search(self.parsed.text):
            # "十三五期间X先后归哪些单位管": every manager the span saw, in order, not its last day's
            within = [f for f in facts if f.object and (not f.valid_from or start_of(f.valid_from) <= day)
                      and (not f.valid_to or start_of(f.valid_to) > spec.start)]
            if within:
                seen: list[str] = []
                for f in within:
                    if f.object not in seen:
                        seen.append(str(f.object))
                        out.unit(str(f.object))
                        out.cite_prov(f.prov)
                said = "；".join(dict.fromkeys(f"{period(f.valid_from, f.valid_to)}{_relation_phrase(f.value, _name(store, f.object, day))}"
                                              for f in within))
                self.date_note = ""  # the whole span is answered, not its last day
                return self._done("parent", f"{spec.text}（{cn_date(spec.start)}至{cn_date(day)}），{name}先后：{said}。")
        if not facts and parent_at(store, uid, day) is None:
            hosted = self._office_host()
            if hosted is not None:
                return hosted
            if self.route.mode == "bare":
                # "X隶属？" typed alone of a unit with no manager on record: what X is (its kind,
                # 省政府直属机构), the way a profile says it
                self.route = dataclasses.replace(self.route, intent=Intent.UNIT_INFO, mode="profile")
                return self._a_unit_info()
        current = parent_at(store, uid, day)
        if current is not None and current.object and self.parsed.date_spec is None and not self.explicit \
                and not alive(store, uid, day) and self._ended_after_unit(uid):
            # "国家海洋局以前归谁管" of a unit gone (its manager's fact has no end of its own): the
            # last manager, said as before its end; asked of now, no manager at all
            gone = self._ending_of(uid)
            if not _EARLIER.search(self.parsed.text):
                return self._cannot("parent", f"{name}目前已不存在：{gone}因此它现在没有上级单位；此前"
                                    f"{_relation_phrase(current.value, _name(store, current.object, day))}。")
            out.unit(current.object)
            out.cite_prov(current.prov)
            return self._done("parent", f"{name}此前{_relation_phrase(current.value, _name(store, current.object, day))}"
                              f"{_src(evidence_of(store, current.prov))}；{gone}")
        if self.parsed.date_spec is None and not self.explicit and _EARLIER.search(self.parsed.text) and current is not None:
            # "X以前归谁管": the parent before the current one
            before = [f for f in facts if f.valid_to and f.object and f.object != current.object and start_of(f.valid_to) <= day]
            if not before and current.valid_from:
                # a parent recorded with no end, begun before the current one (国家中医药管理局: 卫生部
                # 2003, 国家卫生和计划生育委员会 2013): the later fact is the move that ended it
                began = start_of(current.valid_from)
                superseded = [f for f in facts if f.object and f.object != current.object and not f.valid_to
                              and f.valid_from and start_of(f.valid_from) < began]
                before = [dataclasses.replace(f, valid_to=current.valid_from) for f in superseded[-1:]]
            known = former_parent(store, uid, current) if not before else None
            if known is not None:
                return self._former_parent(uid, name, known, when)
            if before:
                f = before[-1]
                out.unit(str(f.object))
                out.cite_prov(f.prov)
                if current.object:
                    out.unit(current.object, 0.5)
                return self._done("parent", f"{name}此前（{period(f.valid_from, f.valid_to)}）{_relation_phrase(f.value, _name(store, f.object, day))}"
                                  f"{_src(evidence_of(store, f.prov))}；{when}{_relation_phrase(current.value, _name(store, current.object, day))}。")
        if current is not None and current.object:
            out.unit(current.object)
            out.cite_prov(current.prov)
            # "X上面归谁管": the unit's own standing beside its manager, when stated ("某县苗圃（股级）是某县林业局的所属单位")
            rank = store.value_at(uid, Predicate.RANK, day)
            standing = f"（{rank}）" if rank else ""
            text = (f"{when}，{name}{standing}{_relation_phrase(current.value, _name(store, current.object, day))}"
                    f"{_src(evidence_of(store, current.prov))}。")
            if len(self.parsed.units) == 2 and _PARENT_YES_NO.search(self.parsed.routed):
                # "X是不是Y管的": yes or no first, then the manager on record
                asked, _ = self._pick(self.parsed.units[1])
                if asked is not None:
                    same = asked == current.object or normalize_name(store.name_at(asked, day)) == normalize_name(
                        store.name_at(current.object, day))  # one body recorded twice is still that body
                    text = ("是。" if same else "不是。") + text
            earlier = [f for f in facts if f.valid_to and start_of(f.valid_to) <= day and f.object != current.object]
            if earlier:
                f = earlier[-1]
                text += f"此前（{period(f.valid_from, f.valid_to)}）{_relation_phrase(f.value, _name(store, f.object, day))}。"
                out.cite_prov(f.prov)
            return self._done("parent", text)
        if not alive(store, uid, day):
            ending = [t for t in store.events(uid) if t.type in (EventType.ABOLISH, EventType.MERGE_INTO)]
            when_gone = f"（{ending[-1].date}不再保留）" if ending and ending[-1].date else ""
            for e in ending[-1:]:
                out.cite_prov(e.prov)
            carriers = self._sign_carriers(normalize_name(store.unit(uid).name), store.unit(uid).jurisdiction)
            extra = ("；其牌子由" + "、".join(_name(store, c) for c in carriers) + "保留") if carriers else ""
            return self._cannot("parent", f"{name}在{cn_date(day)}已不存在{when_gone}{extra}，没有上级单位可言。")
        earliest = next((f for f in facts if f.valid_from and start_of(f.valid_from) > day), None)
        known = former_parent(store, uid, earliest) if earliest is not None else None
        if known is not None:
            return self._former_parent(uid, name, known, when)
        if facts:
            f = facts[-1]
            out.cite_prov(f.prov)
            return self._cannot("parent", f"{name}在{cn_date(day)}没有上级单位的记录；有记录的是：{_relation_phrase(f.value, _name(store, f.object))}"
                                f"（{period(f.valid_from, f.valid_to)}）。")
        kind = store.value_at(uid, Predicate.KIND, day)
        stated = _parent_in_kind(store, uid, kind or "", day)
        if stated is not None:  # "是省卫健委管理的机构": the kind names who manages it
            parent_id, relation = stated
            out.unit(parent_id)
            kind_facts = [f for f in store.facts(uid, Predicate.KIND) if f.value == kind]
            for f in kind_facts[-1:]:
                out.cite_prov(f.prov)
            return self._done("parent", f"{when}，{name}{_relation_phrase(relation, _name(store, parent_id, day))}（它是{kind}）"
                              f"{_src(evidence_of(store, kind_facts[-1].prov)) if kind_facts else ''}。")
        extra = f"已知它是{kind}。" if kind else ""
        return self._cannot("parent", f"没有找到{name}的上级（管理）单位的记录。{extra}")

    def _class_history(self, place: str) -> dict[str, Any]:
        """"济阳县计划统计机构的沿革": the place's units whose names carry the line of work's words
        (计划, 统计), oldest first, each with its first recorded date and events."""
        store, out = self.store, self.answer_obj
        m = re.search(r"(?P<line>[\u4e00-\u9fff]{2,10}?)(?:机构|部门)", self.parsed.routed.replace(J, ""))
        line = re.sub(r"^(?:的|各|有关|相关)+", "", m.group("line")) if m else ""
        words = [line[i : i + 2] for i in range(0, len(line) - 1, 2)] if len(line) % 2 == 0 else [line]
        where = "中央" if place == CENTRAL else place
        if not words:
            return self._cannot(Intent.LINEAGE, f"没有找到{where}这类机构的记录。")
        found = []
        for unit in store.units():
            if not in_jurisdiction(store, unit.id, place):
                continue
            names = {store.name_at(unit.id)} | {f.value or "" for f in store.facts(unit.id, Predicate.NAME)}
            if not any(w in n for n in names for w in words):
                continue
            dates = [e.date for e in store.events(unit.id) if e.date] + [
                f.valid_from for f in store.facts(unit.id, Predicate.EXISTS) if f.valid_from]
            first = min(dates, key=lambda d: start_of(d)) if dates else None
            found.append((sort_key(first) if first else (9999,), first, unit.id))
        if not found:
            return self._cannot(Intent.LINEAGE, f"没有找到{where}{line}机构的记录。")
        found.sort(key=lambda t: (t[0], t[2]))
        out.limit = MAX_LIST
        lines = []
        named: set[str] = set()
        for _, first, uid in found:
            if _name(store, uid) in named:  # one body recorded twice: its earliest record
                continue
            named.add(_name(store, uid))
            out.unit(uid)
            for e in store.events(uid)[:1]:
                out.cite_prov(e.prov)
            kinds = "、".join(dict.fromkeys(EVENT_SEMANTICS[e.type].label if e.type in EVENT_SEMANTICS else e.type.value
                                            for e in store.events(uid)))
            lines.append(f"{_name(store, uid)}（{cn_partial(first) if first else '日期不详'}{'；' + kinds if kinds else ''}）")
        return self._done(Intent.LINEAGE, f"{where}{line}机构的沿革（按最早记录的时间）：" + "；".join(lines) + "。")

    def _relation(self, intent: Intent) -> dict[str, Any] | None:
        """"A和B是什么关系": one body and a sign it carries (一个机构两块牌子), two bodies sharing an
        office (合署办公), or a body and its parent; None when neither is recorded (the question is
        then answered as its intent would be)."""
        if len(self.parsed.units) < 2:
            return None
        first, second = self.parsed.units[0], self.parsed.units[1]
        a, _ = self._pick(first)
        b, _ = self._pick(second)
        if a is None or b is None:
            return None
        store, day, out = self.store, self.day, self.answer_obj
        when = _when(day, self.explicit)
        if a == b:  # one of the names is a sign the other carries
            signed = second if min(q for _, q in second.candidates) == 2 else first if min(q for _, q in first.candidates) == 2 else None
            if signed is None:
                return None
            sign = signed.text
            facts = [f for f in store.facts(a, Predicate.SIGN) if f.value and sign.endswith(normalize_name(f.value))]
            out.unit(a)
            for f in facts[-1:]:
                out.cite_prov(f.prov)
            name = store.name_at(a, day)
            return self._done(intent, f"{when}，{name}与{sign}是一个机构两块牌子：{name}加挂（对外保留）{sign}牌子"
                                      + (f"{_src(evidence_of(store, facts[-1].prov))}" if facts else "") + "。")
        for x, y in ((a, b), (b, a)):
            # "示例县林业局和示例县自然资源局是一个单位吗": y carries x's name as a sign at the date
            own = normalize_name(store.name_at(x, day))
            signs = [f for f in store.facts_at(y, Predicate.SIGN, day) if f.value and len(f.value) >= 3 and own.endswith(normalize_name(f.value))]
            if signs:
                out.unit(y)
                out.cite_prov(signs[-1].prov)
                return self._done(intent, f"{when}，{_name(store, y, day)}加挂（对外保留）{signs[-1].value}牌子，"
                                          f"与{_name(store, x, day)}是一个机构两块牌子{_src(evidence_of(store, signs[-1].prov))}。")
        for x, y in ((a, b), (b, a)):
            together = [f for f in store.facts_at(x, Predicate.CO_LOCATED, day) if f.object == y]
            if together:
                out.unit(a)
                out.unit(b)
                out.cite_prov(together[-1].prov)
                return self._done(intent, f"{when}，{_name(store, a, day)}与{_name(store, b, day)}合署办公"
                                          f"{_src(evidence_of(store, together[-1].prov))}。")
        from queries.unit_info import parent_at

        for x, y in ((a, b), (b, a)):
            parent = parent_at(store, x, day)
            if parent is not None and parent.object == y:
                out.unit(y)
                out.unit(x)
                out.cite_prov(parent.prov)
                kind = store.value_at(x, Predicate.KIND, day)  # "派出机构", "部门管理机构": what x is to y
                return self._done(intent, f"{when}，{_name(store, x, day)}{f'（{kind}）' if kind else ''}"
                                          f"{_relation_phrase(parent.value, _name(store, y, day))}"
                                          f"{_src(evidence_of(store, parent.prov))}。")
        return None

    def _separate(self, intent: Intent) -> dict[str, Any]:
        """"X是单独的机构吗": a sign another unit of its place carries (one body, two names), or a
        body of its own."""
        uid, problem = self._main_unit()
        if uid is None:
            return self._cannot(intent, problem or "")
        store, day, out = self.store, self.day, self.answer_obj
        unit = store.unit(uid)
        name = store.name_at(uid, day)
        carriers: dict[str, str] = {}
        names = [f.value for f in sorted(store.facts(uid, Predicate.NAME), key=lambda f: sort_key(f.valid_from), reverse=True)
                 if f.value and holds_at(f.valid_from, f.valid_to, day)] + [unit.name]
        own = ""
        for n in dict.fromkeys(normalize_name(n) for n in names):  # its name at the date first
            for c in self._sign_carriers(n, unit.jurisdiction):
                if c != uid:
                    own = own or n
                    carriers.setdefault(_name(store, c, day), c)  # a carrier recorded twice is named once
            if carriers:
                break
        if carriers:
            for c in carriers.values():
                out.unit(c)
                facts = [f for f in store.facts(c, Predicate.SIGN) if f.value and normalize_name(f.value) == own]
                for f in facts[-1:]:
                    out.cite_prov(f.prov)
            listed = "、".join(carriers)
            return self._done(intent, f"{_when(day, self.explicit)}，{name}不是单独设置的机构：{listed}加挂{name}牌子"
                                      "（一个机构、两块牌子）。")
        kind = store.value_at(uid, Predicate.KIND, day)
        if not kind and not store.facts(uid, Predicate.EXISTS):
            return self._cannot(intent, f"没有找到{name}是否单独设置的记录。")
        out.unit(uid)
        for f in store.facts(uid, Predicate.KIND)[-1:]:
            out.cite_prov(f.prov)
        return self._done(intent, f"{_when(day, self.explicit)}，没有记录{name}作为牌子加挂在其他单位，它是单独记录的机构"
                                  + (f"（{kind}）" if kind else "") + "。")

    def _co_located(self, intent: Intent) -> dict[str, Any]:
        """"X和哪个局合署办公": the units sharing X's office at the date, else the last ones
        it shared an office with, said as such."""
        uid, problem = self._main_unit()
        if uid is None:
            return self._cannot(intent, problem or "")
        self._apply_reform_date([uid])
        store, day, out = self.store, self.day, self.answer_obj
        name = store.name_at(uid, day)
        facts = sorted((f for f in self._body_facts(uid, Predicate.CO_LOCATED) if f.object and store.get_unit(f.object)),
                       key=lambda f: sort_key(f.valid_from))
        now = [f for f in facts if holds_at(f.valid_from, f.valid_to, day)]
        before = [f for f in facts if f.valid_to and start_of(f.valid_to) <= day]
        chosen, earlier = (now, False) if now else (before[-1:], True)
        if not chosen:
            return self._cannot(intent, f"没有找到{name}与其他单位合署办公的记录。")
        others = list(dict.fromkeys(str(f.object) for f in chosen))
        for o in others:
            out.unit(o)
        for f in chosen[:MAX_EVIDENCE]:
            out.cite_prov(f.prov)
        listed = "、".join(_name(store, o, day) for o in others)
        f = chosen[-1]
        if earlier:
            return self._done(intent, f"{name}此前（{period(f.valid_from, f.valid_to)}）与{listed}合署办公"
                                      f"{_src(evidence_of(store, f.prov))}；{cn_date(day)}已不再合署。")
        return self._done(intent, f"{_when(day, self.explicit)}，{name}与{listed}合署办公{_src(evidence_of(store, f.prov))}。")

    def _former_parent(self, uid: str, name: str, known: tuple[str, str, Any], when: str) -> dict[str, Any]:
        """"2022年X是谁代管的 / X以前谁代管" before a change "A代管的X改由B代管": A, read from
        the change's own sentence (``queries.unit_info.former_parent``), and B since then."""
        store, out = self.store, self.answer_obj
        old, relation, fact = known
        out.unit(old)
        if fact.object:
            out.unit(fact.object, 0.5)
        out.cite_prov(fact.prov)
        sentence = fact.prov.sentence.strip() if fact.prov and fact.prov.sentence else ""
        later = _relation_phrase(fact.value, _name(store, fact.object)) if fact.object else ""
        return self._done("parent", f"{cn_date(start_of(fact.valid_from)) if fact.valid_from else '调整'}以前，{name}由{_name(store, old, self.day)}"
                          f"{relation}（“{sentence}”{_src(evidence_of(store, fact.prov))}）"
                          + (f"；此后{later}。" if later else "。"))

    def _office_host(self) -> dict[str, Any] | None:
        """"X委员会办公室设在哪个部门": the office of a coordinating body (委员会, 领导小组,
        指挥部) is where its daily work is done, the unit whose duty clause says it carries the
        body's 日常工作 / 具体工作. None when the name is no such office or no clause says so."""
        from queries.who_handles import who_handles

        m = _BODY_OFFICE.search(self.parsed.text)
        if not m or not _ASKS_HOST.search(self.parsed.text[m.end():]):
            return None
        name = m.group(0)
        body = _PLACE_HEAD.sub("", m.group("body"))
        if len(body) < 4:
            return None
        results = who_handles(self.store, f"承担{body}的日常工作", at=self.day, jurisdiction=self.jurisdiction,
                              top=WHO_TOP, index=self._index())
        hosts = [(r, c) for r in results for c in r["clauses"][:3] if body in c["text"] and _BODY_WORK.search(c["text"])]
        if not hosts:
            return None
        r, clause = hosts[0]
        self.answer_obj.unit(r["id"], r["fit"])
        self.answer_obj.cite(clause["evidence"])
        text = (f"{_when(self.day, self.explicit)}，{name}设在{r['name']}，由它承担{body}的日常工作："
                f"“{clause['text']}”{_src(clause['evidence'])}。")
        if _OVER_TIME.search(self.parsed.text):
            text += self._earlier_hosts(r["id"], body)
        return self._done(Intent.PARENT, text)

    def _earlier_hosts(self, host: str, body: str) -> str:
        """"X办公室这几年设在哪些部门 / 以前设在哪": the units that carried the body's daily work
        before ``host``, read from the duty moves into it of a clause naming the body's work
        ("将卫生健康局承担县老龄工作委员会日常工作的职责划入民政局"); "" when none moved."""
        from queries.lineage import lineage

        store, out = self.store, self.answer_obj
        moves = [f for f in lineage(store, host, self.day)["duties_in"]
                 if f["other"] and f["other"]["id"] != host and body in f["text"] and _BODY_WORK.search(f["text"])]
        notes = []
        for f in sorted(moves, key=lambda f: sort_key(f["date"]), reverse=True):
            src = f["other"]["id"]
            if any(u["id"] == src for u in out.units):
                continue
            out.unit(src, 0.8)
            out.cite(f["evidence"])
            notes.append(f"{cn_partial(f['date'])}以前由{_name(store, src, self.day)}承担")
        return ("此前：" + "；".join(notes) + "。") if notes else "没有找到此前设在其他部门的记录。"

    def _sign_carriers(self, sign: str, jurisdiction: str | None = None) -> list[str]:
        """Units carrying the sign at the date: living ones, the latest recorded first."""
        out: list[str] = []
        since: dict[str, tuple[int, str]] = {}
        first_written: dict[str, tuple[str, int, int, str]] = {}
        for f in self.store.facts(predicate=Predicate.SIGN):
            if not f.value or not holds_at(f.valid_from, f.valid_to, self.day):
                continue
            unit = self.store.get_unit(f.subject)
            if unit is None:
                continue
            forms = {normalize_name(f.value), normalize_name(display_name(unit.jurisdiction, f.value))}
            marker = {"县": "县", "市": "市", "省": "省"}.get(guess_level(unit.jurisdiction), "")
            if marker:
                forms.add(marker + normalize_name(f.value))
            stem = place_stem(unit.jurisdiction)
            if stem:
                forms.add(stem + normalize_name(f.value))
            matches = jurisdiction is None or unit.jurisdiction == jurisdiction or sign != normalize_name(f.value)
            if sign in forms and matches:
                if f.subject not in out:
                    out.append(f.subject)
                since[f.subject] = max(since.get(f.subject, (0, "")), sort_key(f.valid_from))
                written = _written_at(f, unit.name)
                first_written[f.subject] = min(first_written.get(f.subject, written), written)
        # the latest recorded first; equal dates in the order the documents write them (never the
        # store's own order, which may follow the hash seed)
        out.sort(key=lambda u: first_written[u])
        out.sort(key=lambda u: since[u], reverse=True)
        # a unit gone by the date carries no sign then (its sign fact may have no end date)
        living = [u for u in out if alive(self.store, u, self.day)]
        return living or out

    # -- unit info
    def _other_attributes(self, uid: str, asked: Predicate) -> str | None:
        """The asked kind (or rank) is not recorded but the unit's other attributes are ("系省政府直属
        正厅级事业单位" gives a rank and a parent, no kind): those, with the sentence stating them, so
        staff read the document's own wording ("参照公务员法管理", "正厅级事业"); None when none is.
        Asked its nature (kind), the rank and parent answer it; asked its rank, a kind does not, and
        the answer stays "not found" (no unit) with what is stated."""
        from queries.unit_info import parent_at

        store, day, out = self.store, self.day, self.answer_obj
        bits, provs = [], []
        other = Predicate.RANK if asked is Predicate.KIND else Predicate.KIND
        found = store.facts_at(uid, other, day)
        if found and found[-1].value:
            bits.append(f"{'规格' if other is Predicate.RANK else '机构类别'}为{found[-1].value}")
            provs.append(found[-1].prov)
        parent = parent_at(store, uid, day)
        if parent is not None and parent.object and store.get_unit(parent.object):
            bits.append(_relation_phrase(parent.value, _name(store, parent.object, day)))
            provs.append(parent.prov)
        if not bits:
            return None
        out.unit(uid)
        for prov in provs:
            out.cite_prov(prov)
        quote = _quoted([evidence_of(store, p) for p in provs], limit=1)
        return "文件记载：" + "，".join(bits) + "。" + quote

    def _funding(self, uid: str, name: str) -> dict[str, Any]:
        """How the unit is funded (全额拨款 / 差额拨款 / 自收自支 …), as the sentences of its own
        facts write it: "核定全额拨款事业编制N名" (the posts of a staffing fact of the unit),
        "…事业单位，…经费自收自支" (the sentence describing the unit, its kind). Nothing said →
        no funding record, never a guess from its kind."""
        found: dict[str, Any] = {}
        for fact in self._body_facts(uid, Predicate.STAFFING) + self._body_facts(uid, Predicate.KIND):
            sentence = fact.prov.sentence if fact.prov else ""
            recorded = (fact.extra or {}).get("funding") if fact.predicate == Predicate.STAFFING else None
            if recorded:  # read at ingest with the figure ("全额拨款事业编制30名")
                found.setdefault(_FUNDING_FORMS.get(recorded, recorded), fact.prov)
            patterns = (_FUNDING_OF_POSTS,) if fact.predicate == Predicate.STAFFING else _FUNDING_STATED
            for m in (m for pattern in patterns for m in pattern.finditer(sentence or "")):
                form = _FUNDING_FORMS.get(m.group("form"), m.group("form"))
                found.setdefault(form, fact.prov)
            if fact.predicate == Predicate.KIND and (m := _FUNDING_STATED[1].fullmatch(fact.value or "")):
                # a kind recorded as "差额拨款事业单位" (a list's note: "A、B是差额拨款事业单位") states
                # the funding itself (fifteenth session)
                found.setdefault(_FUNDING_FORMS.get(m.group("form"), m.group("form")), fact.prov)
        if not found:
            return self._cannot("unit_info", f"没有找到{name}的经费形式记录。")
        self.answer_obj.unit(uid)
        parts = []
        for form, prov in found.items():
            self.answer_obj.cite_prov(prov)
            parts.append(f"{form}{_src(evidence_of(self.store, prov))}")
        return self._done("unit_info", f"{name}的经费形式：" + "；".join(parts) + "。")

    @answers(Intent.UNIT_INFO)
    def _a_unit_info(self) -> dict[str, Any]:
        if self.route.mode == "sign":
            return self._sign()
        if self.route.mode == "relation" and (related := self._relation(Intent.UNIT_INFO)) is not None:
            return related
        if self.route.mode == "co_located":
            return self._co_located(Intent.UNIT_INFO)
        if self.route.mode == "separate":
            return self._separate(Intent.UNIT_INFO)
        if self.route.mode in ("exists", "when"):
            from queries.lineage import lineage

            uid, problem = self._main_unit()
            if uid is None:
                return self._cannot(Intent.UNIT_INFO, problem or "")
            self._apply_reform_date([uid])
            lin = lineage(self.store, uid, self.day)
            if self.route.mode == "when":
                result = self._when_event(uid, self.store.name_at(uid, self.day), lin)
            elif (not_yet := self._not_yet_before_reform(uid)) is not None:
                result = not_yet  # "改革前X有吗" of a unit that reform set up: not yet, with its founding
            elif self.explicit and not alive(self.store, uid, self.day) and not self._ended_after_unit(uid) and (
                    before := self._outside_existence(uid, Intent.UNIT_INFO.value, "存续")) is not None:
                result = before  # "2012年X存在吗" before its founding: not yet, with its founding
            elif self.explicit and alive(self.store, uid, self.day) and (later := self._ended_after(uid, lin)):
                # "08年以前X还在吗": X existed then; its end came later
                t = later[0]
                self.answer_obj.unit(uid)
                self.answer_obj.cite(t["evidence"])
                name = self.store.name_at(uid, self.day)
                result = self._done(Intent.UNIT_INFO.value, f"{cn_date(self.day)}，{name}仍然存在；它于{cn_partial(t['date'])}"
                                    f"{t['event']['label']}{_src(t['evidence'])}。")
            else:
                self.answer_obj.unit(uid)  # the unit asked about first, then where it went
                result = self._descendants(uid, self.parsed.units[0].text, lin)
                kept = self._sign_carriers(normalize_name(self.store.unit(uid).name), self.store.unit(uid).jurisdiction)
                if kept and not alive(self.store, uid, self.day) and "其牌子现由" not in result["answer"]:
                    names = "、".join(_name(self.store, c, self.day) for c in kept)
                    result["answer"] += f"现由{names}对外保留{self.store.name_at(uid, self.day)}牌子。"
            result["intent"] = Intent.UNIT_INFO.value
            return result
        uid, problem = self._main_unit()
        if uid is None:
            return self._cannot("unit_info", problem or "")
        self._apply_reform_date([uid])
        if (gone := self._outside_existence(uid, "unit_info", {"rank": "规格", "kind": "机构类别", "duties": "职责"}.get(
                self.route.mode or "", ""))) is not None:
            return gone
        store, day, out = self.store, self.day, self.answer_obj
        name = store.name_at(uid, day)
        when = _when(day, self.explicit)
        mode = self.route.mode
        if mode in ("rank", "kind"):
            predicate = Predicate.RANK if mode == "rank" else Predicate.KIND
            label = "规格" if mode == "rank" else "机构类别"
            facts = sorted(self._body_facts(uid, predicate), key=lambda f: sort_key(f.valid_from))
            current = [f for f in facts if holds_at(f.valid_from, f.valid_to, day)]
            if not current:
                if facts:
                    f = facts[-1]
                    out.cite_prov(f.prov)
                    return self._cannot("unit_info", f"{name}在{cn_date(day)}没有{label}记录；有记录的是：{f.value}（{period(f.valid_from, f.valid_to)}）。")
                stated = self._other_attributes(uid, predicate)
                if stated is not None and predicate is Predicate.KIND:  # its rank and parent are its nature
                    return self._done("unit_info", f"没有找到{name}的{label}记录；" + stated)
                if stated is not None:  # a kind tells no rank: still not found, what is stated shown
                    return self._cannot("unit_info", f"没有找到{name}的{label}记录；" + stated)
                return self._cannot("unit_info", f"没有找到{name}的{label}记录。")
            f = current[-1]
            out.unit(uid)
            out.cite_prov(f.prov)
            text = f"{when}，{name}的{label}是{f.value}{_src(evidence_of(store, f.prov))}。"
            if mode == "rank" and (post := _POST_ASKED.search(self.parsed.text)):
                text += _post_rank(f.value or "", post.group(0))
            # kind and rank are stated together ("为省政府直属机构，正厅级"): each belongs to the other's answer
            other, other_label = (Predicate.RANK, "规格") if mode == "kind" else (Predicate.KIND, "机构类别")
            paired = store.facts_at(uid, other, day)
            if paired and paired[-1].value:
                text += f"{other_label}为{paired[-1].value}。"
                out.cite_prov(paired[-1].prov)
            earlier = [g for g in facts if g.valid_to and start_of(g.valid_to) <= day and g.value != f.value]
            if earlier:
                g = earlier[-1]
                text += f"此前为{g.value}（{period(g.valid_from, g.valid_to)}）。"
                out.cite_prov(g.prov)
            return self._done("unit_info", text)
        if mode == "funding":
            return self._funding(uid, name)
        if mode == "duties":
            from queries.unit_info import duties_at

            duties = duties_at(store, uid, day)
            if not duties and self.parsed.date_spec is None and not self.explicit:
                # none today: the duties it held last, said as such
                ends = [start_of(h.valid_to) - timedelta(days=1) for h in store.facts(uid, Predicate.HOLDS)
                        if h.valid_to and start_of(h.valid_to) <= day]
                if ends:
                    last = max(ends)
                    duties = duties_at(store, uid, last)
                    if duties:
                        self.date_note = f"（目前没有记录的职责条文；以上是{cn_date(last)}的记录）"
                        self.day, self.explicit, day, when = last, True, last, cn_date(last)
            if not duties:
                return self._cannot("unit_info", f"没有找到{name}在{cn_date(day)}的职责条文。")
            out.unit(uid)
            listed = "；".join(f"{i}. {d['text'].rstrip('。')}" for i, d in enumerate(duties[:8], 1))
            more = f"（共{len(duties)}条，此处列出前8条）" if len(duties) > 8 else f"（共{len(duties)}条）"
            for d in duties[:MAX_EVIDENCE]:
                out.cite(d["evidence"])
            return self._done("unit_info", f"{when}{name}的主要职责{more}：{listed}。")
        # profile
        from queries.unit_info import parent_at

        out.unit(uid)
        bits = [f"{name}（{store.unit(uid).jurisdiction}）"]
        exists = alive(store, uid, day)
        if not exists:
            bits.append(f"在{cn_date(day)}已不存在")
        kind = store.value_at(uid, Predicate.KIND, day)
        rank = store.value_at(uid, Predicate.RANK, day)
        if kind:
            bits.append(f"机构类别：{kind}")
        if rank:
            bits.append(f"规格：{rank}")
        parent = parent_at(store, uid, day)
        if parent and parent.object:
            bits.append(_relation_phrase(parent.value, _name(store, parent.object, day)))
            out.cite_prov(parent.prov)
        signs = [f.value for f in store.facts_at(uid, Predicate.SIGN, day) if f.value]
        if signs:
            bits.append("加挂（保留）" + "、".join(dict.fromkeys(signs)) + "牌子")
        together = [f for f in store.facts_at(uid, Predicate.CO_LOCATED, day) if f.object and store.get_unit(f.object)]
        if together:  # 合署办公: one office, two names
            bits.append("与" + "、".join(dict.fromkeys(_name(store, f.object, day) for f in together)) + "合署办公")
            out.cite_prov(together[0].prov)
        from queries.unit_info import duties_at

        duties = duties_at(store, uid, day)
        if duties:
            bits.append(f"记录的职责{len(duties)}条")
        founded = sorted((f for f in store.facts(uid, Predicate.EXISTS) if f.valid_from), key=lambda f: sort_key(f.valid_from))
        if founded:
            bits.append(f"{founded[0].valid_from}起存续")
        for f in store.facts(uid, Predicate.EXISTS)[:1]:
            out.cite_prov(f.prov)
        for f in (store.facts(uid, Predicate.KIND) + store.facts(uid, Predicate.RANK))[:2]:
            out.cite_prov(f.prov)
        if len(bits) == 1:
            bits.append("除名称外没有更多记录")
        return self._done("unit_info", "，".join(bits) + "。")

    def _signs_of(self, uid: str) -> dict[str, Any]:
        """"X挂了哪些牌子": the signs the unit carries at the date."""
        store, out = self.store, self.answer_obj
        if (gone := self._outside_existence(uid, Intent.UNIT_INFO, "牌子")) is not None:
            return gone
        name = store.name_at(uid, self.day)
        facts = sorted(store.facts(uid, Predicate.SIGN), key=lambda f: sort_key(f.valid_from))
        now = [f for f in facts if f.value and holds_at(f.valid_from, f.valid_to, self.day)]
        when = _when(self.day, self.explicit)
        if not now:
            if facts:
                f = facts[-1]
                out.cite_prov(f.prov)
                return self._cannot(Intent.UNIT_INFO, f"{when}{name}没有加挂牌子的记录；有记录的是“{f.value}”"
                                    f"（{period(f.valid_from, f.valid_to)}）。")
            return self._cannot(Intent.UNIT_INFO, f"没有找到{name}加挂或对外保留牌子的记录。")
        out.unit(uid)
        for f in now:
            out.cite_prov(f.prov)
        jur = store.unit(uid).jurisdiction
        signs = list(dict.fromkeys(display_name(jur, f.value) for f in now if f.value))
        return self._done(Intent.UNIT_INFO, f"{when}，{name}加挂（对外保留）{len(signs)}块牌子：" + "、".join(signs) + "。")

    def _sign(self) -> dict[str, Any]:
        store, out = self.store, self.answer_obj
        if self.parsed.units and _SIGNS_ASKED.search(self.parsed.text):
            uid, problem = self._main_unit()
            if uid is None:
                return self._cannot(Intent.UNIT_INFO, problem or "")
            if (gone := self._outside_existence(uid, Intent.UNIT_INFO, "牌子")) is not None:
                return gone
            if store.facts(uid, Predicate.SIGN):
                return self._signs_of(uid)
            if self.route.rule == "signs_carried" and alive(store, uid, self.day) \
                    and min(q for _, q in self.parsed.units[0].candidates) < 2:
                # "X加挂了什么牌子" of a living body named by its own name: the signs it carries (none
                # recorded), never a sign of another name found to contain X's (fifteenth session)
                return self._signs_of(uid)
        elif self.parsed.unknown and _SIGNS_ASKED.search(self.parsed.text):
            return self._cannot(Intent.UNIT_INFO, self._not_found(self.parsed.unknown[0]))
        elif (self.route.intent is Intent.UNIT_INFO and self.parsed.units and not _ASKS_WHERE.search(self.parsed.text)
              and min(q for _, q in self.parsed.units[0].candidates) < 2):
            # "X牌子？" about a unit by its own name: the signs it carries
            uid, _ = self._pick(self.parsed.units[0])
            if uid and store.facts(uid, Predicate.SIGN):
                return self._signs_of(uid)
        sign = normalize_name(self.sign or "")
        place = self.jurisdiction
        if self.parsed.units:
            # the linked span may be the sign's place-qualified form (县林业局)
            carriers = self._sign_carriers(sign, None)
        else:
            carriers = self._sign_carriers(sign, place)
        if place and carriers:
            carriers = [c for c in carriers if in_jurisdiction(store, c, place)] or carriers
        uids = [u for u, _ in self.parsed.units[0].candidates] if self.parsed.units else []
        self._apply_reform_date(carriers or uids[:1])
        carriers = [c for c in carriers if c in self._sign_carriers_at(sign)] if carriers else carriers
        if not carriers and self.parsed.units:
            # a short form of a sign (省食安办 for 食品安全委员会办公室): the name index knows its carriers
            carriers = [u for u, q in self.parsed.units[0].candidates if q == 2 and alive(store, u, self.day) and any(
                holds_at(f.valid_from, f.valid_to, self.day) for f in store.facts(u, Predicate.SIGN))]
            if place:
                carriers = [c for c in carriers if in_jurisdiction(store, c, place)]
        when = _when(self.day, self.explicit)
        if carriers:
            for c in carriers:
                out.unit(c)
                for f in store.facts(c, Predicate.SIGN):
                    if f.value and sign.endswith(normalize_name(f.value)):
                        out.cite_prov(f.prov)
            names = "、".join(_name(store, c, self.day) for c in carriers)
            return self._done(self.route.intent, f"{when}，“{self.sign}”的牌子挂在{names}（{names}加挂/对外保留该牌子）。")
        # not a sign at that date: say what is known
        ever = [f for f in store.facts(predicate=Predicate.SIGN) if f.value and sign.endswith(normalize_name(f.value))]
        if ever:
            f = ever[-1]
            out.cite_prov(f.prov)
            said = f"{cn_date(self.day)}没有单位挂“{self.sign}”牌子；有记录的是{_name(store, f.subject)}（{period(f.valid_from, f.valid_to)}）。"
            if _STILL_HUNG.search(self.parsed.text):
                # "X那块牌子还挂着吗": no, and the body that carried it until then is the answer
                out.unit(f.subject)
                return self._done(self.route.intent, said)
            return self._cannot(self.route.intent, said)
        real = [u for u in uids if alive(store, u, self.day)]
        if real:
            return self._cannot(self.route.intent, f"“{self.sign}”是{_name(store, real[0], self.day)}本身的名称，没有记录它作为牌子挂在其他单位。")
        return self._cannot(self.route.intent, f"没有找到“{self.sign}”牌子的记录。")

    def _sign_carriers_at(self, sign: str) -> list[str]:
        return self._sign_carriers(sign, None)

    # -- staffing
    @answers(Intent.STAFFING)
    def _a_staffing(self) -> dict[str, Any]:
        from queries.unit_info import children_at, staffing_history

        store, out = self.store, self.answer_obj
        mode = self.route.mode
        number = re.search(r"[\u4e00-\u9fff]{1,8}[〔\[（(【]\d{4}[〕\]）)】]\d+号", self.parsed.original)
        if number and self.parsed.units:
            by_doc = self._staffing_in_document(number.group(0))
            if by_doc is not None:
                return by_doc
        if body_count_in_staffing(self.parsed.text):
            return self._body_count()  # "X县政府有几个工作部门": a count of the place's bodies of a class
        if len(self.parsed.units) >= 2 and re.search(r"划|转|调", self.parsed.text):
            between = self._staffing_between()
            if between is not None:
                return between
        if len(self.parsed.units) == 1 and self.parsed.places and re.search(r"划|转|调", self.parsed.text):
            with_place = self._staffing_with_place()
            if with_place is not None:
                return with_place
        if self.parsed.units and re.search(r"(?:划|转|调)(?:到|给|入|走|去)(?:了)?(?:哪|谁)|去哪|给了谁|哪里去|"
                                           r"(?:怎么|如何|怎样)(?:处理|安置|消化|划)|去向", self.parsed.text):
            moved = self._staffing_moved_out()
            if moved is not None:
                return moved
        if mode == "vacancy" and not self.parsed.units and self.jurisdiction and _STAFFING_CHANGE.search(self.parsed.text):
            # "X县收回了多少空编": the vacancies are what a change took, the place's record of it
            return self._place_staffing(self.jurisdiction)
        if mode in ("pool", "over", "vacancy") or (mode == "posts" and self.parsed.units):
            return self._staffing_ledger(mode)
        if not self.parsed.units and self.jurisdiction:
            return self._place_staffing(self.jurisdiction)
        uid, problem = self._main_unit()
        if uid is None:
            return self._cannot("staffing", problem or "")
        self._apply_reform_date([uid])
        if (gone := self._outside_existence(uid, "staffing", "领导职数" if self.route.mode == "leaders" else
                                            "内设机构" if self.route.mode == "divisions" else "编制")) is not None:
            return gone
        day = self.day
        name = store.name_at(uid, day)
        when = _when(day, self.explicit)
        rows = [s for s in staffing_history(store, uid) if s["date"] is None or start_of(s["date"]) <= day]
        incoming = []
        for f in store.facts(predicate=Predicate.STAFFING):
            if f.extra.get("counterpart") == uid and f.subject != uid and (f.valid_from is None or start_of(f.valid_from) <= day):
                incoming.append(f)
        if mode == "leaders":
            rows = [r for r in rows if r["kind"] == "领导职数"]
        elif mode == "divisions":
            rows = [r for r in rows if r["kind"] == "内设机构"]
        else:
            rows = [r for r in rows if r["kind"] not in ("领导职数", "内设机构", *BODY_KINDS)]
            incoming = [f for f in incoming if f.value not in ("领导职数", "内设机构", *BODY_KINDS)]
        if mode == "divisions":
            inner = [c for c in children_at(store, uid, day) if c["relation"] == "内设"]
            if not rows:  # a count is asked: divisions named in news are not the count a 三定 sets
                known = (f"已记录名称的内设机构有：{'、'.join(c['name'] for c in inner[:30])}（不一定齐全）。" if inner else "")
                return self._cannot("staffing", f"没有找到{name}内设机构数量的记录。" + known)
            out.unit(uid)
            text = ""
            if rows:
                r = rows[-1]
                out.cite(r["evidence"])
                text = f"{when}，{name}设{r['amount']}个内设机构（{cn_partial(r['date'])}核定）。" + _quoted([r["evidence"]])
            if inner:
                text += ("已记录名称的有：" if rows else f"{name}已记录的内设机构有{len(inner)}个：") + "、".join(c["name"] for c in inner[:30]) + "。"
            return self._done("staffing", text)
        if not rows and not incoming:
            what = "领导职数" if mode == "leaders" else "编制"
            return self._cannot("staffing", f"没有找到{name}在{cn_date(day)}以前的{what}记录。")
        out.unit(uid)
        if mode == "leaders":
            latest: dict[str, dict[str, Any]] = {}
            for r in rows:
                if r["change"] in ("核定", None):
                    latest[r["level"] or "领导职数"] = r
            parts = [f"{level}{r['amount']}名" for level, r in latest.items()]
            others = [r for r in rows if r["change"] not in ("核定", None)]
            for r in list(latest.values()) + others:
                out.cite(r["evidence"])
            text = f"{when}，{name}的领导职数：" + ("、".join(parts) if parts else "")
            if others:
                text += ("；" if parts else "") + "；".join(f"{r['date'] or ''}{r['change']}{r['level'] or ''}领导职数{r['amount']}名" for r in others)
            return self._done("staffing", text + "。" + _quoted([r["evidence"] for r in list(latest.values()) + others]))
        by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            by_kind[r["kind"]].append(r)
        for f in incoming:
            by_kind[f.value or "编制"].append({"kind": f.value, "change": "划入", "amount": f.amount, "date": f.valid_from,
                                              "counterpart": _name(store, f.subject), "evidence": evidence_of(store, f.prov)})
        parts = []
        for kind, items in by_kind.items():
            items.sort(key=lambda r: sort_key(r["date"]))
            base_idx = max((i for i, r in enumerate(items) if r["change"] == "核定"), default=None)
            if base_idx is not None:
                base = items[base_idx]
                total = int(base["amount"] or 0)
                text = f"{kind}{base['amount']}名（{cn_partial(base['date'])}核定）"
                out.cite(base["evidence"])
                changes = items[base_idx + 1:]
            else:
                total, text, changes = None, "", items
            described = []
            for r in changes:
                sign = {"核增": 1, "划入": 1, "核减": -1, "收回": -1, "划转": -1, "划出": -1}.get(r["change"] or "", 0)
                later_than_base = base_idx is not None and r["date"] and (
                    items[base_idx]["date"] is None or start_of(r["date"]) > start_of(items[base_idx]["date"]))
                if total is not None and later_than_base and sign:
                    total += sign * int(r["amount"] or 0)
                elif total is not None and sign:
                    r = {**r, "change": f"同时{r['change']}"}
                who = f"（{'来自' if r['change'] == '划入' else '至'}{r['counterpart']}）" if r.get("counterpart") else ""
                described.append(f"{r['date'] or ''}{r['change']}{r['amount']}名{who}")
                out.cite(r["evidence"])
            if described:
                text += ("；此后" if text else f"{kind}：") + "，".join(described)
                if total is not None:
                    text += f"，按记录推算为{total}名"
            parts.append(text)
        return self._done("staffing", f"{when}，{name}的编制：" + "；".join(parts) + "。")

    def _staffing_in_document(self, number: str) -> dict[str, Any] | None:
        """"湘办〔2019〕66号对X编制作了什么调整": the unit's staffing records of that document."""
        store, out = self.store, self.answer_obj
        wanted = re.sub(r"[\[（(【]", "〔", re.sub(r"[\]）)】]", "〕", number))
        docs = {d.id for d in store.documents() if d.number and d.number.replace(" ", "") == wanted}
        if not docs:
            return None
        for span in self.parsed.units:
            uid, _ = self._pick(span)
            if uid is None:
                continue
            facts = [f for f in store.facts(uid, Predicate.STAFFING) if f.prov and f.prov.doc_id in docs]
            if not facts:
                continue
            out.unit(uid)
            for f in facts:
                out.cite_prov(f.prov)
            changes = [f for f in facts if f.extra.get("change") != "核定"] + [f for f in facts if f.extra.get("change") == "核定"]
            listed = "；".join(f"{f.extra.get('change') or ''}{f.value}{f.amount}名" + ("（调整后）" if f.extra.get("change") == "核定" and len(facts) > 1 else "")
                              for f in changes)
            return self._done(Intent.STAFFING, f"{wanted}对{store.name_at(uid, self.day)}的编制：{listed}{_src(evidence_of(store, facts[0].prov))}。")
        return None

    def _staffing_between(self) -> dict[str, Any] | None:
        """"X从Y划了几名 / Y给X划了多少编制": the posts transferred between the two units named,
        the giving unit first; None when no transfer between them is recorded."""
        a, _ = self._pick(self.parsed.units[0])
        b, _ = self._pick(self.parsed.units[1])
        if a is None or b is None or a == b:
            return None
        store, out = self.store, self.answer_obj
        moves = []
        for subject, other in ((a, b), (b, a)):
            for f in store.facts(subject, Predicate.STAFFING):
                if f.extra.get("counterpart") == other and f.extra.get("change") in ("划转", "划出", "调出", "划入", "调入"):
                    giver, taker = (other, subject) if f.extra["change"] in ("划入", "调入") else (subject, other)
                    moves.append((f, giver, taker))
        if not moves:
            return None
        moves.sort(key=lambda m: sort_key(m[0].valid_from))
        for _, giver, taker in moves:
            out.unit(giver)
            out.unit(taker, 0.5)
        lines = []
        for f, giver, taker in moves:
            out.cite_prov(f.prov)
            lines.append(f"{cn_partial(f.valid_from)}，{_name(store, giver, self.day)}{f.value}{f.amount}名划转至"
                         f"{_name(store, taker, self.day)}{_src(evidence_of(store, f.prov))}")
        return self._done(Intent.STAFFING, "；".join(lines) + "。")

    def _staffing_with_place(self) -> dict[str, Any] | None:
        """"市委编办给示例县调剂了什么编制", "示例县从市委编办调剂了多少编制": posts a body gave to a
        place or took from it are recorded on the place, the body its counterpart; those records
        up to the day asked, the body first, then the place. None when none is recorded."""
        uid, _ = self._pick(self.parsed.units[0])
        if uid is None:
            return None
        store, out = self.store, self.answer_obj
        places = dict.fromkeys([*(p.text for p in self.parsed.places), *([self.jurisdiction] if self.jurisdiction else [])])
        rows = [(place, f) for place in places if place != store.unit(uid).jurisdiction
                for f in store.facts(place, Predicate.STAFFING)
                if f.extra.get("counterpart") == uid and (f.valid_from is None or start_of(f.valid_from) <= self.day)]
        if not rows:
            return None
        rows.sort(key=lambda r: sort_key(r[1].valid_from))
        out.unit(uid)
        name = store.name_at(uid, self.day)
        lines = []
        for place, f in rows:
            out.place(place)
            out.cite_prov(f.prov)
            said = (f.prov.sentence or "").strip() if f.prov else ""
            quote = f"：“{said.rstrip('。')}”" if said and len(said) <= _QUOTE_MAX else ""
            lines.append(f"{cn_partial(f.valid_from)}，{name}与{place}之间{f.extra.get('change') or '调整'}"
                         f"{f.value}{f.amount}名{quote}{_src(evidence_of(store, f.prov))}")
        return self._done(Intent.STAFFING, "；".join(lines) + "。")

    def _staffing_moved_in(self) -> dict[str, Any] | None:
        """"X的编制从哪划来的 / 是哪个单位划过来的": the units whose posts were transferred to X
        (recorded on the giving unit, X its counterpart), with the amounts and sentences; None
        when no transfer to X is recorded."""
        uid, _ = self._pick(self.parsed.units[0])
        if uid is None:
            return None
        store, out = self.store, self.answer_obj
        moves = [(u.id, f) for u in store.units() for f in store.facts(u.id, Predicate.STAFFING)
                 if f.extra.get("counterpart") == uid and f.extra.get("change") in ("划转", "划出", "调出")]
        if not moves:
            return None
        name = store.name_at(uid, self.day)
        lines = []
        for giver, f in sorted(moves, key=lambda m: sort_key(m[1].valid_from)):
            out.unit(giver)
            out.cite_prov(f.prov)
            lines.append(f"{cn_partial(f.valid_from)}，{_name(store, giver, self.day)}{f.value}{f.amount}名划转至{name}"
                         f"{_src(evidence_of(store, f.prov))}")
        out.unit(uid, 0.5)
        return self._done(Intent.STAFFING, f"{name}的编制来自：" + "；".join(lines) + "。")

    def _staffing_moved_out(self) -> dict[str, Any] | None:
        """"X的编制划到哪里了": the units X's posts were transferred to, with the amounts and
        sentences; None when X has no outgoing transfer recorded."""
        uid, _ = self._pick(self.parsed.units[0])
        if uid is None:
            return None
        store, out = self.store, self.answer_obj
        moves = [f for f in store.facts(uid, Predicate.STAFFING) if f.extra.get("counterpart")
                 and store.get_unit(f.extra["counterpart"]) and f.extra.get("change") in ("划转", "划出", "调出", "划入")]
        if not moves:
            return None
        name = store.name_at(uid, self.day)
        lines = []
        for f in sorted(moves, key=lambda f: sort_key(f.valid_from)):
            out.unit(f.extra["counterpart"])
            out.cite_prov(f.prov)
            lines.append(f"{cn_partial(f.valid_from)}，{f.value}{f.amount}名划转至{_name(store, f.extra['counterpart'], self.day)}"
                         f"{_src(evidence_of(store, f.prov))}")
        out.unit(uid, 0.5)
        return self._done(Intent.STAFFING, f"{name}的编制：" + "；".join(lines) + "。")

    def _staffing_ledger(self, mode: str) -> dict[str, Any]:
        """Figures from the staffing ledger (queries.staffing): a unit's posts or vacancies,
        units over their quota, the pool's balance."""
        from queries.staffing import ask_answer

        uid = None
        if self.parsed.units:
            uid, problem = self._main_unit()
            if uid is None:
                return self._cannot("staffing", problem or "")
            self._apply_reform_date([uid])
            if (gone := self._outside_existence(uid, "staffing", "编制")) is not None:
                return gone
        place = None if self.jurisdiction == CENTRAL else self.jurisdiction
        result = ask_answer(self.store, mode, unit=uid, jurisdiction=place, day=self.day,
                            when=_when(self.day, self.explicit), text=self.parsed.text)
        if not result["ok"] and uid is not None and mode == "posts":
            before = self._quota_before_change(uid)
            if before is not None:
                return before
        for ev in result["evidence"]:
            self.answer_obj.cite(ev)
        if not result["ok"]:
            return self._cannot("staffing", result["text"])
        if uid is None and place and mode == "pool":
            self.answer_obj.place(place)  # the pool is the place's own account
        for u in result["units"]:
            self.answer_obj.unit(u)
        basis = _quoted(result["evidence"]) if _ASKS_BASIS.search(self.parsed.text) else ""
        return self._done("staffing", result["text"] + basis)

    def _quota_before_change(self, uid: str) -> dict[str, Any] | None:
        """"X调整前编制是多少" with no record before the adjustment: the figure after it less
        the change it made (queries.staffing.quota_before_change)."""
        from queries.staffing import quota_before_change

        rows = quota_before_change(self.store, uid, self.day)
        if not rows:
            return None
        name = self.store.name_at(uid, self.day)
        parts = []
        for r in rows:
            changed = "、".join(f"{c}{n}名" for c, n in r["changes"])
            parts.append(f"{r['kind']}{r['before']}名（{cn_partial(r['date'])}{changed}后为{r['after']}名，按记录推算）")
            for ev in r["evidence"]:
                self.answer_obj.cite(ev)
        self.answer_obj.unit(uid)
        return self._done(Intent.STAFFING, f"{cn_partial(rows[0]['date'])}调整前，{name}的编制：" + "；".join(parts) + "。"
                          + _quoted([ev for r in rows for ev in r["evidence"]]))

    def _body_count(self) -> dict[str, Any]:
        kind = asked_kind(self.parsed.text)
        place = None if self.jurisdiction == CENTRAL else self.jurisdiction
        asked = [uid for span in self.parsed.units for uid, _q in span.candidates]  # the bodies named (ids)
        rows = body_count_rows(self.store, kind, place, asked, self.day)
        where = place or (_name(self.store, asked[0], self.day) if asked else "")
        if not rows:
            return self._cannot("staffing", f"没有找到{where}{kind}数量的记录。")
        f = rows[-1]
        if self.store.get_unit(f.subject) is not None:
            self.answer_obj.unit(f.subject)
            owner = _name(self.store, f.subject, self.day)
        else:
            owner = f.subject
            self.answer_obj.place(owner)
        self.answer_obj.cite_prov(f.prov)
        def when(r: Any) -> str:
            return cn_partial(r.valid_from) if r.valid_from else "日期不详"
        earlier = [r for r in rows[:-1] if r.subject == f.subject and r.amount != f.amount]
        text = (f"{owner}设{kind}{f.amount}个（{when(f)}）。"
                + (("此前：" + "；".join(f"{when(r)}{r.amount}个" for r in earlier[-3:]) + "。") if earlier else "")
                + _quoted([evidence_of(self.store, f.prov)]))
        return self._done("staffing", text)

    def _place_staffing(self, place: str) -> dict[str, Any]:
        from queries.unit_info import staffing_history

        rows = [s for s in staffing_history(self.store, place) if (s["date"] is None or start_of(s["date"]) <= self.day)
                and s["kind"] not in BODY_KINDS]  # counts of bodies are answered apart (_body_count)
        if not rows:
            rows = []
            for f in sorted(self.store.facts(place, Predicate.STAFFING), key=lambda f: sort_key(f.valid_from)):
                if (f.valid_from is None or start_of(f.valid_from) <= self.day) and f.value not in BODY_KINDS:
                    rows.append({"kind": f.value, "change": f.extra.get("change"), "amount": f.amount, "date": f.valid_from,
                                 "evidence": evidence_of(self.store, f.prov)})
        if not rows:
            return self._cannot("staffing", f"没有找到{place}整体的编制记录。可以问某个单位的编制，如“{place}某局有多少编制”。")
        change = _STAFFING_CHANGE.search(self.parsed.text)
        if change:  # "收回了多少": the records of that change, and the units it touched
            rows = [r for r in rows if r["change"] == change.group(0)] or rows
        if who := _recipient(self.parsed.text):
            # "给乡镇卫生院核增了多少": the records whose sentence names those bodies, never another's figure
            said = [r for r in rows if r.get("evidence") and _names_recipient(normalize_text(r["evidence"].get("text") or ""), who)]
            if not said:
                return self._cannot("staffing", f"没有找到{place}给{who}{change.group(0) if change else '调整'}编制的记录。")
            rows = said
        self.answer_obj.place(place)
        for r in rows:
            self.answer_obj.cite(r["evidence"])
        listed = "；".join(f"{cn_partial(r['date'])}{r['change']}{r['kind']}{r['amount']}名"
                          + (f"（“{r['evidence']['text']}”）" if change and r.get("evidence") and r["evidence"].get("text") else "")
                          for r in rows[:10])
        text = f"{place}的编制记录：{listed}。"
        if change:
            years = {str(r["date"])[:4] for r in rows if r["date"]}
            units = [f for f in self.store.facts(predicate=Predicate.STAFFING)
                     if f.extra.get("change") == change.group(0) and f.subject != place and self.store.get_unit(f.subject)
                     and in_jurisdiction(self.store, f.subject, place) and f.valid_from and f.valid_from[:4] in years
                     and start_of(f.valid_from) <= self.day]
            # by date, then where the documents write them: never the store's order (the hash seed's)
            units.sort(key=lambda f: (sort_key(f.valid_from), _written_at(f, "")))
            if units:
                for f in units:
                    self.answer_obj.unit(f.subject)
                    self.answer_obj.cite_prov(f.prov)
                text += "其中：" + "、".join(f"{_name(self.store, f.subject, self.day)}{f.value}{f.amount}名" for f in units) + "。"
        return self._done("staffing", text)

    # -- overlap
    @answers(Intent.OVERLAP)
    def _a_overlap(self) -> dict[str, Any]:
        from kg.index.calibration import relevance_floor
        from queries.overlaps import duplicated_functions

        store, out = self.store, self.answer_obj
        uids = self._units()
        self._apply_reform_date(uids)
        index = self._index()
        place = self.jurisdiction
        topic = _overlap_topic(self.parsed)
        if not uids and not _OVERLAP_WORDS.search(self.parsed.text):
            # "X哪些部门都有职责 / 分别由谁负责 / 怎么分工" with no unit named: every holder of X
            holders = self._holders_of(_holders_topic(self.route.topic or ""))
            if holders is not None:
                return holders
        result = duplicated_functions(store, at=self.day, jurisdiction=None if place == CENTRAL else place, index=index,
                                      include_lead_support=len(uids) >= 2, limit=None)
        pairs = result["pairs"]
        if place == CENTRAL:
            pairs = [p for p in pairs if all(store.unit(u["id"]).jurisdiction == CENTRAL for u in p["units"])]
        if uids:
            pairs = [p for p in pairs if all(u in {x["id"] for x in p["units"]} for u in uids[:2])] if len(uids) >= 2 else \
                [p for p in pairs if uids[0] in {x["id"] for x in p["units"]}]
        if topic:
            floor = relevance_floor(index.embedder.name)
            relevant = {c for h in index.search(topic, k=200) if h.lexical > 0 or h.dense >= floor * 1.5
                        for c in h.clause_ids}
            pairs = [p for p in pairs if any(c["a"]["clause_id"] in relevant or c["b"]["clause_id"] in relevant for c in p["clauses"])]
        when = _when(self.day, self.explicit)
        scope = "".join(x for x in (place if place and place != CENTRAL else ("中央" if place else ""),
                                    f"“{topic}”方面" if topic else "") if x)
        if not pairs and len(uids) >= 2:
            return self._division(uids[:2], topic, when)
        if not pairs:
            who = "与".join(_name(store, u, self.day) for u in uids[:2]) if uids else ""
            return self._cannot("overlap", f"{when}{scope}没有发现{who}{'之间' if len(uids) >= 2 else ''}职责交叉重叠的单位。")
        lines = []
        for p in pairs[:5]:
            a, b = p["units"]
            c = p["clauses"][0]
            note = "（牵头与参与）" if p["lead_support"] else ""
            settled = "，已有职责分工规定" if p["settled"] else ""
            lines.append(f"{a['name']}与{b['name']}{note}：“{c['a']['text']}”与“{c['b']['text']}”（{c['match']}，{c['score']:.2f}{settled}）")
            out.unit(a["id"], p["score"])
            out.unit(b["id"], p["score"])
            out.cite(c["a"]["evidence"])
            out.cite(c["b"]["evidence"])
            for s in p["settled_by"][:1]:
                out.cite(s)
        head = f"{when}{scope}发现{len(pairs)}对单位职责交叉重叠" + ("（列出前5对）" if len(pairs) > 5 else "") + "："
        return self._done("overlap", head + "；".join(lines) + "。")

    def _earlier_is_before_reform(self) -> None:
        """"X原来是哪个部门的职责", "X以前哪些部门都在管" with no date: before the reform that
        last moved the duty (原来/以前 … read as 改革前)."""
        earlier_word = _EARLIER.search(self.parsed.text)
        if self.parsed.date_spec is None and not self.explicit and earlier_word:
            self.parsed.date_spec = DateSpec("before_reform", text=earlier_word.group(0))

    def _holders_of(self, topic: str) -> dict[str, Any] | None:
        """Every unit holding a clause on ``topic`` at the date (who-handles, all holders), or
        None when there is no topic to look for."""
        from queries.who_handles import who_handles

        if len(topic) < 2:
            return None
        self._earlier_is_before_reform()  # "X以前哪些部门都在管": the holders before the reform
        if self.parsed.date_spec and self.parsed.date_spec.kind in ("before_reform", "after_reform"):
            from queries.who_handles import relevant_clause_ids

            self._apply_reform_date([], relevant_clause_ids(topic, self._index(), store=self.store, jurisdiction=self.jurisdiction))
        place = self.jurisdiction
        results = who_handles(self.store, topic, at=self.day, jurisdiction=place, top=WHO_TOP_ALL, index=self._index())
        when = _when(self.day, self.explicit)
        where = "" if not place else ("中央" if place == CENTRAL else place)
        if not results:
            return self._cannot(Intent.OVERLAP, f"{when}{where}没有找到负责“{topic}”的单位：已导入的文件中没有与之相符的职责条文。"
                                + self.date_note)
        if place is None:  # one level: the best unit's
            results = [r for r in results if r["jurisdiction"] == results[0]["jurisdiction"]]
        self.answer_obj.day = self.day
        lines = []
        for r in results:
            clause = r["clauses"][0]
            role = f"（{clause['role']}）" if clause.get("role") else ""
            self.answer_obj.unit(r["id"], r["fit"])
            self.answer_obj.cite(clause["evidence"])
            lines.append(f"{r['name']}{role}：“{clause['text']}”")
        with_them = self._partners_named(results, topic)
        return self._done(Intent.OVERLAP, f"{when}{where}涉及“{topic}”的有{len(results)}个单位：" + "；".join(lines) + "。"
                          + with_them)

    def _partners_named(self, results: list[dict[str, Any]], topic: str) -> str:
        """"X是哪两个部门一起建的": the bodies the holders' clauses name as doing X with them
        ("与市农委建立X") are among the answer (after the holders); "" when not asked or none."""
        from queries.ask.partners import TOGETHER_ASKED, clause_partners

        if not TOGETHER_ASKED.search(self.parsed.text):
            return ""
        held = {r["id"] for r in results}
        said = []
        for r in results:
            for uid in clause_partners(self.store, name_index(self.store), r["id"], r["clauses"][0]["text"], topic):
                if uid not in held:
                    held.add(uid)
                    self.answer_obj.unit(uid, r["fit"] * 0.9)
                    said.append(f"{_name(self.store, uid, self.day)}（{r['name']}的职责条文写明与其共同承担）")
        return ("共同承担的还有：" + "、".join(said) + "。") if said else ""

    def _division(self, uids: list[str], topic: str | None, when: str) -> dict[str, Any]:
        """"X和Y怎么分工 / 有没有交叉" with no duplicated clause between them: what each holds
        on the matter (their own clauses), so the division can be read from the sources."""
        from queries.unit_info import duties_at
        from queries.who_handles import _bigrams

        store, out = self.store, self.answer_obj
        wanted = _bigrams(topic or re.sub(r"[ＵＪ]|和|与|跟|及|职责|分工|交叉|重叠|怎么|是不是|有没有|哪些|都在管|谁", "",
                                          self.parsed.routed))
        lines = []
        for uid in uids:
            out.unit(uid)
            duties = duties_at(store, uid, self.day)
            scored = sorted(duties, key=lambda d: -len(wanted & _bigrams(d["text"])))
            best = [d for d in scored[:2] if wanted & _bigrams(d["text"])]
            name = store.name_at(uid, self.day)
            if best:
                lines.append(f"{name}：" + "；".join(f"“{d['text'].rstrip('。')}”" for d in best))
                for d in best:
                    out.cite(d["evidence"])
            else:
                lines.append(f"{name}：没有找到与此相关的职责条文")
        names = "与".join(store.name_at(u, self.day) for u in uids)
        return self._done(Intent.OVERLAP, f"{when}没有发现{names}之间重复的职责条文。各自的相关职责：" + "；".join(lines) + "。")

    # -- orgchart
    @answers(Intent.ORGCHART)
    def _a_orgchart(self) -> dict[str, Any]:
        from queries.orgchart import org_chart
        from queries.unit_info import children_at

        store, out = self.store, self.answer_obj
        if self.parsed.units:
            uid, problem = self._main_unit()
            if uid is None:
                return self._cannot("orgchart", problem or "")
            self._apply_reform_date([uid])
            if (gone := self._outside_existence(uid, "orgchart", "内设机构或下属单位")) is not None:
                return gone
            day = self.day
            name = store.name_at(uid, day)
            children = children_at(store, uid, day)
            asked = _relations_asked(self.parsed.text)
            if asked:
                under = [c for c in children if c["relation"] != "内设"]
                children = [c for c in children if c["relation"] in asked]
                if not children and "内设" not in asked and _SUB_UNIT_WORDS.search(self.parsed.text):
                    # "X的二级单位 / 下属单位有哪些" of units recorded as managed by X: every unit under
                    # X that is no division of it (fifteenth session)
                    children = under
            if not children and (first := self._first_children_after_founding(uid, asked)) is not None:
                day, children = first  # "X刚组建时内设哪些": the first divisions recorded after the founding
                self.date_note = f"（组建时没有内设机构的记录，以上是最早的记录：{cn_date(day)}）"
            if not children:
                return self._cannot("orgchart", f"没有找到{name}在{cn_date(day)}的内设机构或下属单位记录。")
            groups: dict[str, list[str]] = defaultdict(list)
            out.limit = MAX_LIST
            for c in children:
                out.unit(c["id"])
                groups[c["relation"] or "下属"].append(c["name"])
                for f in store.facts_at(c["id"], Predicate.PARENT, day)[:1]:
                    out.cite_prov(f.prov)
            label = {"内设": "内设机构", "所属": "所属单位", "管理": "管理的单位", "代管": "代管的单位", "主管": "主管的单位"}
            text = "；".join(f"{label.get(k, k)}{len(v)}个：{'、'.join(v)}" for k, v in groups.items())
            # "工信部内设司局？": the count its 三定 sets comes first when the names recorded are fewer
            # or more (news names a few divisions; the count is the 三定's)
            counts = [f for f in store.facts_at(uid, Predicate.STAFFING, day) if f.value == "内设机构" and f.amount]
            if "内设" in groups and counts and str(counts[-1].amount) != str(len(groups["内设"])):
                c = counts[-1]
                out.cite_prov(c.prov)
                text = text.replace(f"内设机构{len(groups['内设'])}个：",
                                    f"内设机构{c.amount}个（{cn_partial(c.valid_from) if c.valid_from else '日期不详'}核定）"
                                    f"{_src(evidence_of(store, c.prov))}，已记录名称的{len(groups['内设'])}个：", 1)
            return self._done("orgchart", f"{_when(day, self.explicit)}，{name}的{text}。")
        place = self.jurisdiction
        if (before := self._before_place_records(place)) is not None:
            return before
        chart = org_chart(store, at=self.day, jurisdiction=None if place == CENTRAL else place)
        tree = chart["tree"]
        if place == CENTRAL:
            tree = [n for n in tree if store.unit(n["id"]).jurisdiction == CENTRAL]
        kinds = {n["kind"] for n in tree if n["kind"]}
        wanted = sorted(k for k in kinds if _kind_asked(k, self.parsed.text))
        if wanted:
            tree = [n for n in tree if n["kind"] in wanted]
        else:
            # "2003年部委管理的国家局有哪些": bodies of a kind held under other bodies (a 国家局 under
            # its ministry) are listed from the whole tree when no top-level body is of the kind
            nested = _units_of_kind_asked(store, None if place == CENTRAL else place, self.day, self.parsed.text)
            if nested:
                wanted = sorted({n["kind"] for n in nested})
                tree = nested
        if not tree:
            return self._cannot("orgchart", f"没有找到{place}在{cn_date(self.day)}的机构记录。")
        out.limit = MAX_LIST
        for n in tree:
            out.unit(n["id"])
        for n in tree[:MAX_EVIDENCE]:
            for f in store.facts_at(n["id"], Predicate.EXISTS, self.day)[:1]:
                out.cite_prov(f.prov)
        names = "、".join(n["name"] + (f"（下设{len(n['children'])}个）" if n["children"] else "") for n in tree[:40])
        what = "、".join(wanted) if wanted else "机构"
        return self._done("orgchart", f"{_when(self.day, self.explicit)}，{place}的{what}共{len(tree)}个：{names}。")


    def _first_children_after_founding(self, uid: str, asked: set[str]) -> tuple[date, list[dict[str, Any]]] | None:
        """"X刚组建时 / 组建之初有哪些内设机构" when none is recorded on the founding day (a news item
        of the founding, the divisions named months later): the first day after it on which
        divisions are recorded, with them; None for another date or when none is recorded."""
        from queries.unit_info import children_at

        if self.parsed.date_spec is None or self.parsed.date_spec.kind != "founding":
            return None
        later = sorted({start_of(f.valid_from) for f in self.store.facts(object=uid, predicate=Predicate.PARENT)
                        if f.valid_from and start_of(f.valid_from) > self.day})
        for day in later[:3]:
            children = [c for c in children_at(self.store, uid, day) if not asked or c["relation"] in asked]
            if children:
                return day, children
        return None

    def _before_place_records(self, place: str | None) -> dict[str, Any] | None:
        """"1990年示例县有哪些政府工作部门" when the place's first dated record (an event or a
        fact's start, of any of its units) comes after the date asked: nothing is recorded then,
        the first record is said, no unit is listed. None when a date was not asked (or 改革前,
        read from the events), when the place has records by then or no dated record at all."""
        spec = self.parsed.date_spec
        if not place or not self.explicit or spec is not None and spec.kind != "day":
            return None
        store, day = self.store, self.day
        ids = {u.id for u in store.units() if u.jurisdiction == place}
        first: tuple[date, Any, str] | None = None
        for uid in ids:
            dated = [(e.date, e.prov) for e in store.events(uid) if e.date] + \
                    [(f.valid_from, f.prov) for f in store.facts(uid) if f.valid_from]
            for raw, prov in dated:
                try:
                    d = start_of(raw)
                except Exception:  # noqa: BLE001 - an unreadable stored date is no record
                    continue
                if first is None or d < first[0]:
                    first = (d, prov, raw)
        if first is None or first[0] <= day:
            return None
        self.answer_obj.cite_prov(first[1])
        return self._cannot("orgchart", f"没有找到{place}在{cn_date(day)}的机构记录：{place}最早的记录是"
                                        f"{cn_partial(first[2])}{_src(evidence_of(store, first[1]))}。")


# the place a unit name opens with: a few characters and a level word (阳朔县, 婺源县, 义乌市)
_PLACE_OPENING = re.compile(r"^(?:中共)?(?P<p>[\u4e00-\u9fff]{1,4}?(?:自治区|自治州|自治县|省|市|县|区|旗|盟))(?=[\u4e00-\u9fff]{2})")
# words a place-shaped opening makes with the character after it: no place (国家市场…, 县级…)
_NOT_PLACE_WORDS = ("市场", "城市", "县级", "市级", "区域", "地区", "社区", "园区", "景区", "省级", "区级", "市政", "县域", "市域", "省直", "市直", "县直")


def _unknown_place(name: str, index: Any) -> str:
    """The place a unit name opens with when the store holds no such place ("阳朔县应急管理局"
    → 阳朔县), else "". A known place, or an opening that is a word of its own (国家市场…), is none."""
    m = _PLACE_OPENING.match(name)
    if not m:
        return ""
    place = m.group("p")
    after = name[m.end("p") : m.end("p") + 1]
    if len(place) < 2 or place[0] in "全本该各每此我某这那" or any(w in place + after for w in _NOT_PLACE_WORDS):
        return ""
    if any(known in place or place in known for known in index.places if len(known) >= 2):
        return ""
    if any(place in form for form in index.keys):  # a unit of that place filed elsewhere: the place is recorded
        return ""
    return place


def _same_place_written(name: str, form: str) -> bool:
    """A near form (one character apart) that does not change the place the name opens with."""
    m = _PLACE_OPENING.match(name)
    if not m:
        return True
    return form.startswith(m.group("p"))


# the longest source sentence quoted whole in an answer
_QUOTE_MAX = 150


def _successor_chain(uid: str, chosen: list[dict[str, Any]], found: list[dict[str, Any]], store: GraphStore) -> str:
    """Where a unit gone went, when its living heir is not its direct one (卫生部 → 国家卫生和计划
    生育委员会 → 国家卫生健康委员会): each step with its date, never the last heir alone as if
    the unit itself had gone straight into it."""
    by_id = {d["id"]: d for d in found}
    lines = []
    for d in chosen[:3]:
        path, step = [], d
        while step is not None and step["id"] != uid and len(path) < 6:
            path.append(step)
            step = by_id.get(step["via"])
        path.reverse()
        hops = "".join(f"→{h['name']}（{cn_partial(h['events'][0]['date']) if h['events'] else '日期不详'}"
                       f"{h['events'][0]['label'] if h['events'] else ''}）" for h in path)
        lines.append(f"{store.name_at(uid)}{hops}")
    return "其后的沿革：" + "；".join(lines) + f"。现由{'、'.join(d['name'] for d in chosen[:3])}承接。"


def _successor_sentence(chosen: list[dict[str, Any]]) -> str:
    """Where a unit gone went: "其职责整体划入Z" for a unit an event took over whole; "同一改革
    事项组建了Z（“组建Z。”）" for one only its reform statement links to Z
    (``queries.reform_statements``), which names no duty moved."""
    whole = [d for d in chosen if not d.get("statement")]
    stated = [d for d in chosen if d.get("statement")]
    text = "其职责整体划入" + "、".join(d["name"] for d in whole) + "。" if whole else ""
    if stated:
        quotes = list(dict.fromkeys(e["evidence"]["text"].strip() for d in stated for e in d["events"][:1] if e["evidence"]["text"]))
        text += "同一改革事项组建了" + "、".join(d["name"] for d in stated) + (
            "（" + "；".join(f"“{q}”" for q in quotes[:2]) + "）" if quotes else "") + "。"
    return text


# the generic words for the units under a body (not its divisions)
_SUB_UNIT_WORDS = re.compile(r"二级单位|二级机构|下属单位|下属机构|直属单位|所属单位|下属事业单位|直属事业单位|所属事业单位")


def _relations_asked(text: str) -> set[str]:
    """The kinds of child a question asks for: 内设机构 (内设, 司局, 处室, 科室), the units it
    manages (管理哪些, 管理的国家局, 部门管理机构), those it manages on behalf (代管), those it owns
    (所属, 下属, 直属事业单位). Empty: every child."""
    asked: set[str] = set()
    if re.search(r"内设|司局|处室|科室|股室", text):
        asked.add("内设")
    if re.search(r"管理(?:哪|的|着|了)|管着|国家局|部门管理机构|管哪", text):
        asked.add("管理")
    if "代管" in text:
        asked.add("代管")
    if re.search(r"所属|下属|直属|事业单位|二级单位|二级机构", text):
        asked |= {"所属", "直属", "主管"}
    return asked


# the funding forms of public institutions, as written
_FUNDING = r"(?P<form>全额拨款|差额拨款|差额补助|定额补助|自收自支|财政全额保障|财政补助|全额预算管理|差额预算管理)"
# "核定全额拨款事业编制30名": the funding of the posts a staffing sentence counts
_FUNDING_OF_POSTS = re.compile(_FUNDING + r"(?:的)?(?:事业)?编制")
# "经费自收自支", "经费形式为差额拨款", "为全额拨款事业单位": the funding the describing sentence states
_FUNDING_STATED = (re.compile(r"(?:经费(?:形式|来源|渠道|性质)?(?:为|是|：|:|实行|执行|采取|按)?(?:由财政)?|为)" + _FUNDING),
                   re.compile(_FUNDING + r"(?:的)?(?:事业单位|单位)"))
_FUNDING_FORMS = {"全额预算管理": "全额拨款", "差额预算管理": "差额拨款", "差额补助": "差额拨款"}


def _units_of_kind_asked(store: GraphStore, jurisdiction: str | None, day: date, text: str) -> list[dict[str, Any]]:
    """Every unit of the place known to exist at ``day`` whose kind then is one the question
    names, as org chart nodes without children, by name (central units only for the centre)."""
    from queries.scope import in_jurisdiction, known_to_exist

    out = []
    for u in store.units():
        if jurisdiction is None and u.jurisdiction != CENTRAL or not in_jurisdiction(store, u.id, jurisdiction):
            continue
        kind = store.value_at(u.id, Predicate.KIND, day)
        if kind and _kind_asked(kind, text) and known_to_exist(store, u.id, day):
            out.append({"id": u.id, "name": store.name_at(u.id, day), "kind": kind, "children": []})
    return sorted(out, key=lambda n: n["name"])


def _kind_asked(kind: str, text: str) -> bool:
    """Whether a question names a kind of unit: as the store writes it (县政府工作部门), without
    its level (政府工作部门), or as townships are named together (乡镇街道, 镇街)."""
    bare = re.sub(r"^(?:自治区|自治州|自治县|省|市|县|区|州|旗)", "", kind)
    if kind in text or len(bare) >= 2 and bare in text:
        return True
    if kind in ("乡镇", "乡", "镇"):
        return bool(re.search(r"乡镇|镇街|哪些乡|哪些镇|几个乡|几个镇", text))
    if kind.startswith("街道"):
        return bool(re.search(r"街道|镇街", text))
    return False


def _place_above(store: GraphStore, jurisdiction: str, marker: str) -> str | None:
    """The place above ``jurisdiction`` at the level ``marker`` names (市 → its city, 省 → its
    province), from the store's place tree; None when the marker names no higher level."""
    rank = {"省": 0, "市": 1, "县": 2}
    if marker not in ("省", "市"):
        return None
    places = {j.id: j for j in store.jurisdictions()}
    here = places.get(jurisdiction)
    while here is not None and here.parent and here.parent in places:
        up = places[here.parent]
        if up.level == marker:
            return up.id
        if rank.get(up.level, 0) < rank[marker]:
            return None
        here = up
    return None


# a kind that names the unit's parent: "省卫健委管理的机构", "应急管理部管理的国家局", "县委组织部领导的事业单位"
_KIND_PARENT = re.compile(r"^(?:由)?(?P<name>[\u4e00-\u9fff]{2,24}?)(?P<rel>代管|管理|主管|领导)的")


def _parent_in_kind(store: GraphStore, uid: str, kind: str, day: date) -> tuple[str, str] | None:
    """(parent id, relation) when the unit's kind names the unit managing it, a name of the
    unit's own place (place-relative forms such as 省卫健委 read in that place), else None."""
    m = _KIND_PARENT.match(kind)
    if not m:
        return None
    jur = store.unit(uid).jurisdiction
    written = m.group("name")
    hits = [u for u, _ in name_index(store).lookup(written) if u != uid and store.unit(u).jurisdiction == jur]
    if not hits and jur != CENTRAL:
        stem = place_stem(jur)
        bare = re.sub(r"^(?:省|市|县|区|州|自治区|自治州|自治县)", "", written)
        for form in (jur + bare, stem + bare if stem else ""):
            hits = [u for u, _ in name_index(store).lookup(form) if form and u != uid and store.unit(u).jurisdiction == jur]
            if hits:
                break
    living = [u for u in hits if alive(store, u, day)] or hits
    if len(living) > 1:
        same = one_body_recorded_twice(store, living, day)
        living = [same] if same else []
    return (living[0], m.group("rel")) if len(living) == 1 else None


def _relation_phrase(relation: str | None, parent: str) -> str:
    return {
        "管理": f"由{parent}管理",
        "代管": f"由{parent}代管",
        "所属": f"是{parent}的所属单位",
        "内设": f"是{parent}的内设机构",
        "主管": f"由{parent}主管",
        "领导": f"由{parent}领导",
    }.get(relation or "管理", f"由{parent}{relation}")


def _short(text: str) -> str:
    text = text.strip("。；")
    return text if len(text) <= 30 else text[:28] + "…"

