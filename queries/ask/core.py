"""``ask``: a Chinese question answered from the store, with its sources."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kg.dates import as_of, parse_partial
from kg.errors import InvalidDate, KGError
from kg.store import GraphStore
from queries.ask.answers import Context, result_dict
from queries.ask.intents import HELP, SPECS, Intent
from queries.ask.parsing import Parsed, U, parse, split_compound, split_units
from queries.ask.rewrites import rewritten
from queries.ask.routing import CONFIDENCE_FLOOR, MERGED_TOGETHER, Route, route
from queries.resolve import name_index


def ask(store: GraphStore, question: str, at: str | date | None = None, *, index: Any = None,
        today: date | None = None) -> dict[str, Any]:
    """Answer a Chinese question from the store.

    Returns ``{"intent", "answer", "units", "evidence", "at", "confidence", "suggestions",
    "parts"}``: ``parts`` holds one answer per part of a compound question ("X有几个内设机构、
    多少编制？"), whose units and evidence are merged into the top level. A date in the question
    wins over ``at``; without either, the question is about ``today`` (default: the real
    today; relative dates such as 三年前 count from it). ``index`` is the search index to use
    (the API passes its ``IndexDep``). Raises InvalidDate for a malformed ``at``; everything
    else about the question is answered, never raised.

    >>> ask(store, "国家药品监督管理局由哪个部门管理？")["units"][0]["name"]   # doctest: +SKIP
    '国家市场监督管理总局'
    """
    today = today or date.today()
    base_day = as_of(parse_partial(at) if isinstance(at, str) and at.strip() else at) if at not in (None, "") else today
    explicit = at not in (None, "")
    text = (question or "").strip()
    if not text:
        return _unknown("请输入问题。" + HELP, base_day)
    # "应急部下面那个X", "《…规定》明确的…", "2004年广州机构改革，…": the plain question meant
    text = rewritten(text, lambda q: _opening_place(store, q))
    parts = [q for part in split_compound(text, lambda q: _opening_place(store, q)) for one in _each_unit(store, part, today)
             for q in _each_place_below(store, one, today)]
    if len(parts) > 1 and _merged_together_only(store, text, today):
        parts = [text]  # "A和B合并了吗？合成了哪个部门？": the follow-up asks the same event again
    if len(parts) == 1:
        result = _answer_one(store, parts[0], base_day, explicit, index, today)
        result.pop("subject", None)
        return result
    answers = [_answer_one(store, p, base_day, explicit, index, today) for p in parts]
    subjects = {a.pop("subject", None) for a in answers} - {None}
    merged = dict(answers[0])
    merged["answer"] = "\n".join(f"（{i}）{a['answer']}" for i, a in enumerate(answers, 1))
    merged["units"] = _merge([u for a in answers for u in a["units"]])
    answering = [u for u in merged["units"] if u["id"] not in subjects]
    if answering:
        # "X哪年组建的？职责从哪些部门划入？", "X的前身是什么，挂什么牌子": a date or a sign of X names
        # no unit; the units the other parts name are the answer (each part keeps X in ``parts``)
        merged["units"] = answering
    merged["evidence"] = _merge([e for a in answers for e in a["evidence"]], key=lambda e: (e["document"], e["text"]))
    merged["suggestions"] = [s for a in answers for s in a["suggestions"]]
    merged["confidence"] = min(a["confidence"] for a in answers)
    merged["parts"] = [{k: a[k] for k in ("question", "intent", "answer", "units", "evidence", "at")} for a in answers]
    return merged


def _opening_place(store: GraphStore, question: str) -> str:
    """The place name a question opens with, as written ("淮安", "示例县"), else ""."""
    spans = name_index(store).scan(question[:12])
    first = spans[0] if spans else None
    return first.text if first is not None and first.kind == "place" and first.start == 0 else ""


# parts whose answer is a date or a sign of the unit asked about, not a unit: 哪年组建, 挂什么牌子
_VALUE_MODES = ("when", "sign")

# what a question asks of each unit it names, one by one (never of a pair: overlap, who handles)
_PER_UNIT = (Intent.UNIT_INFO, Intent.STAFFING, Intent.PARENT, Intent.LINEAGE, Intent.ORGCHART)


def _each_unit(store: GraphStore, question: str, today: date) -> list[str]:
    """"A和B各有多少编制": the same question of each unit, when the question read for one of
    them asks something of a unit (its rank, posts, parent, history); else the question."""
    try:
        parsed = parse(store, question, today)
        singles = split_units(parsed)
    except InvalidDate:
        return [question]
    if MERGED_TOGETHER.search(parsed.routed):
        return [question]  # "A和B合并了吗": one event of both units, not one question each
    if len(singles) < 2:
        return [question]
    try:
        first = route(parse(store, singles[0], today))
    except InvalidDate:
        return [question]
    return singles if first.intent in _PER_UNIT else [question]


# "武汉区一级的X", "武汉各区的X", "某市所辖各县的X": the bodies named X of every place of that level under the
# place written, as a class (seventeenth session)
_LEVEL_BELOW = re.compile(r"(?:所辖|下辖|下属|下面|下面的|辖内|全市|全省)?(?:各|每个)?(?P<level>区|县|县区|区县|县市区|县\(市、区\)|县（市、区）)"
                          r"(?:一级|级)?(?:的)?")


def _each_place_below(store: GraphStore, question: str, today: date) -> list[str]:
    """"武汉区一级的扶贫开发办公室都改成了什么": the question asked of X in each place of the level
    written (区, 县) that lies under the place written before it, where a body of X's name is
    recorded, in the order of the places' names ("江岸区扶贫开发办公室都改成了什么", …); else the
    question. The places under a city are read from the national gazetteer (a district the store
    files on its own, or a city the store holds no body of, is still known)."""
    try:
        parsed = parse(store, question, today)
    except InvalidDate:
        return [question]
    text = parsed.text
    from kg.divisions import divisions

    gaz = divisions()
    for unit in parsed.units:
        lead = next((m for m in _LEVEL_BELOW.finditer(text[: unit.start]) if m.end() == unit.start
                     and ("各" in m.group(0) or "级" in m.group(0))), None)
        if lead is None:
            continue
        head = text[: lead.start()]
        span = next((p for p in parsed.places if p.end == lead.start() and p.place), None)
        place, opens = (span.place, span.start) if span is not None else (None, 0)
        if place is None:  # a city the store holds nothing of, written by its name or stem
            for k in (4, 3, 2):
                found = {d.name for d in [*gaz.by_name.get(head[-k:], []), *gaz.stems.get(head[-k:], [])]
                         if d.level in ("省", "市") and not d.renamed_to}
                if len(head) >= k and len(found) == 1:
                    place, opens = found.pop(), len(head) - k
                    break
        if place is None:
            continue
        levels = ("区",) if lead.group("level") == "区" else ("县", "旗", "市", "区")
        below: list[str] = []
        for uid, _ in unit.candidates:
            where = store.unit(uid).jurisdiction
            if where.endswith(levels) and where not in below and any(
                    d.parent == place for d in gaz.by_name.get(where, [])):
                below.append(where)
        if len(below) < 2:
            continue
        own = text[:opens] + "{}" + text[unit.start:]
        return [own.format(where) for where in sorted(below)]
    return [question]


def _merged_together_only(store: GraphStore, text: str, today: date) -> bool:
    """"A和B合并了吗？合成了什么？": a question of the event two named units went through, whose
    later pieces name no unit of their own (they ask the same event again)."""
    try:
        parsed = parse(store, text, today)
    except InvalidDate:
        return False
    found = MERGED_TOGETHER.search(parsed.routed)
    rest = parsed.routed[found.end():] if found is not None else ""
    return found is not None and U not in rest and not re.search(r"编制|职数|级别|规格|牌子|内设|职责", rest)


def _merge(items: list[dict[str, Any]], key: Any = None) -> list[dict[str, Any]]:
    seen, out = set(), []
    for item in items:
        k = key(item) if key else item["id"]
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


# what a place recorded as a body has of its own: its manager, its history, its existence and
# standing, and the places under it ("威海市管辖哪几个县")
_OF_THE_BODY = (Intent.PARENT, Intent.LINEAGE, Intent.UNIT_INFO)
_PLACES_UNDER = re.compile(r"管辖|下辖|辖区?内?有?哪|哪(?:些|几个)(?:县|区|市|乡|镇|街道|旗)")


def _place_read_as_body(store: GraphStore, text: str, today: date, parsed: Parsed,
                        routed: Route) -> tuple[Parsed, Route]:
    """A place the store also records as a body (a county a chronicle records as 划归 a city:
    荣成县, 威海市) linked as that body: in a question about the place's bodies or duties it is
    the place ("威海市有哪些部门", "威海市编制多少"), and so when a duty follows its name right away
    ("威海市的森林防火归哪个部门管"); asked about its own manager, history or existence, or the
    places under it, it stays the body. Returns the reading to answer."""
    places = name_index(store).places
    spans = [span for span in parsed.units if span.text in places]
    if not spans or routed.intent is Intent.UNKNOWN or _PLACES_UNDER.search(parsed.text):
        return parsed, routed
    as_place = parse(store, text, today, places_first=True)
    again = route(as_place)
    if routed.intent not in _OF_THE_BODY:
        return as_place, again
    after = parsed.text[spans[0].end:].removeprefix("的")
    if again.intent is Intent.WHO_HANDLES and again.topic and after.startswith(again.topic):
        return as_place, again
    return parsed, routed


def _unknown(message: str, day: date) -> dict[str, Any]:
    result = result_dict(Intent.UNKNOWN, message, None, day, None)
    result["parts"] = []
    return result


def _answer_one(store: GraphStore, text: str, base_day: date, explicit: bool, index: Any, today: date) -> dict[str, Any]:
    try:
        parsed = parse(store, text, today)
    except InvalidDate as exc:
        return {**_unknown(f"{exc}。", base_day), "question": text}
    routed = route(parsed)
    parsed, routed = _place_read_as_body(store, text, today, parsed, routed)
    spec = parsed.date_spec
    if spec is not None and spec.kind == "day" and spec.value is not None and spec.value.year > today.year \
            and routed.intent is not Intent.UNKNOWN:
        # "2030年X有多少编制": no document records a year still to come; nothing is projected
        result = result_dict(routed.intent, f"问题问的是{spec.value.year}年，晚于今天（{today.year}年{today.month}月{today.day}日）："
                             "已导入的文件只记录到今天为止的情况，无法回答以后的事。", None, spec.value, routed)
        result["question"] = text
        result["parts"] = []
        return result
    if routed.intent is not Intent.UNKNOWN and routed.confidence < CONFIDENCE_FLOOR:
        result = _low_confidence(parsed, routed, base_day)
    else:
        ctx = Context(store, parsed, routed, base_day, explicit, index)
        try:
            result = ctx.answer()
        except KGError as exc:
            result = ctx._cannot(routed.intent, f"无法回答：{exc}")
        if routed.mode in _VALUE_MODES:
            result["subject"] = ctx.subject
    result["question"] = text
    result.setdefault("parts", [])
    return result


def _low_confidence(parsed: Parsed, routed: Route, day: date) -> dict[str, Any]:
    """Not sure what is asked: say what was understood and offer the two likeliest readings
    as questions to click, rather than guess."""
    unit = parsed.u_texts[0] if parsed.u_texts else ""
    readings = []
    for intent, _ in [(routed.intent, routed.confidence), *(routed.alternatives or [])]:
        template = SPECS[intent].reading
        if not template or ("{u}" in template and not unit) or ("{t}" in template and not routed.topic and not parsed.text):
            continue
        readings.append(template.format(u=unit, t=routed.topic or parsed.text))
        if len(readings) == 2:
            break
    about = f"关于“{unit}”" if unit else ""
    answer = f"没有完全理解这个问题{about}想问什么。" + ("您是不是要问：" + "；".join(f"“{r}”" for r in readings) + "？" if readings else HELP)
    result = result_dict(routed.intent, answer, None, day, routed)
    result["suggestions"] = readings
    return result
