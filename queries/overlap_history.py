"""Overlaps that reform documents state: "将A的X职责、B的X职责……整合，组建D" says that, the
day before, A and B held the same kind of duty. Nothing is detected here; every item is
what a document says, with its sentence.

An event that moves duties from two or more givers to one receiver yields:

* one 分散 (fragmentation) item over every giver, on the receiver's broad area ("应急管理"):
  the reform gathered the area into one unit, so until then it was spread over several;
* one 交叉 (overlap) item for each group of givers whose moved duties share a specific
  term ("资源调查和确权登记"): the document names the same kind of duty in each of them.

``stated_overlaps`` lists the items that hold at a date (the reform is still to come and
the givers exist); ``overlap_history`` lists the items of reforms up to a date (what the
reforms cured), for the overlap list's history and the unit pages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from kg.dates import as_of, start_of
from kg.model import Event, EventType
from kg.store import GraphStore
from queries.evidence import evidence
from queries.scope import alive

#: events whose duty moves can gather one kind of duty from several givers
GATHERING = (EventType.ESTABLISH, EventType.RE_FORM, EventType.MERGE_INTO, EventType.TRANSFER_DUTY)

# words that say nothing about which duty it is (the template of every clause, places)
_GENERIC = frozenset({
    "全县", "全市", "全省", "全区", "全国", "本县", "本市", "县", "市", "省", "区", "国家", "国务院", "具体", "行政",
    "日常", "工作", "职责", "职能", "相关", "有关", "以外", "以及", "办公室", "综合", "规划", "建设", "服务",
    "保障", "安全", "资源", "监测", "调查", "登记", "确权", "执法", "检查", "审批", "许可", "行业", "政策",
    "委员会", "委员", "国务", "编制", "组织", "实施", "领导", "同志", "办公", "机构", "单位", "部门",
})
_AREA_HEAD = re.compile(r"^(?:国家|国务院|中共|县委|市委|省委|区委|委)")
_AREA_TAIL = re.compile(r"(?:总局|委员会|中心|办公室|部|局|厅|委|署|办|院|所|站|队)$")
_NUMERALS = "零一两三四五六七八九十"


def stated_overlaps(store: GraphStore, at: str | date | None = None, jurisdiction: str | None = None,
                    unit: str | None = None) -> list[dict[str, Any]]:
    """Overlaps a later reform document states for ``at``: the reform is after ``at`` and at
    least two of its givers exist at ``at``.

    >>> stated_overlaps(store, at="2017", jurisdiction="中央")[0]["summary"]   # doctest: +SKIP
    '2018年改革前，自然资源分散在国家发展和改革委员会、住房和城乡建设部……'
    """
    day = as_of(at)
    out = []
    for item in _items(store, jurisdiction, unit):
        if start_of(item["date"]) <= day:
            continue
        present = [u for u in item["units"] if alive(store, u["id"], day)]
        if len(present) < 2 or (unit and unit not in {u["id"] for u in present}):
            continue
        out.append({**item, "units": present})
    return out


def overlap_history(store: GraphStore, at: str | date | None = None, jurisdiction: str | None = None,
                    unit: str | None = None) -> list[dict[str, Any]]:
    """Overlaps that reforms on or before ``at`` cured, newest first: "2019年改革前，应急管理
    分散在……". With ``unit``, the items naming that unit as a giver or as the receiver."""
    day = as_of(at)
    items = [i for i in _items(store, jurisdiction, unit) if start_of(i["date"]) <= day]
    items.sort(key=lambda i: (i["date"], i["event_id"]), reverse=True)
    return items


def _items(store: GraphStore, jurisdiction: str | None, unit: str | None) -> list[dict[str, Any]]:
    events = [e for e in (store.events(unit) if unit else store.events()) if e.type in GATHERING and e.date]
    if unit:  # the other givers of a sentence moving the unit's duties: every move into its receiver
        receivers = sorted({t for e in events if e.type == EventType.TRANSFER_DUTY for t in _receivers(e)} - {unit})
        events += [e for r in receivers for e in store.events(r) if e.type == EventType.TRANSFER_DUTY and e.date]
    out: list[dict[str, Any]] = []
    for ev in _gatherings(events):
        out.extend(_event_items(store, ev, jurisdiction, unit))
    return out


def _receivers(ev: Event) -> list[str]:
    return sorted({m.target for m in ev.moves if m.target}) or ev.outputs[:1]


def _gatherings(events: list[Event]) -> list[Event]:
    """The events as gatherings, oldest first: the duty transfers of one sentence into one
    receiver are one gathering. "将A的X职责、B的Y职责划入C" is read as one transfer event per
    giver (A to C, B to C); together they say what one event moving both would."""
    unique = {e.id: e for e in events}
    groups: dict[tuple[Any, ...], list[Event]] = defaultdict(list)
    for ev in sorted(unique.values(), key=lambda e: (e.date or "", e.id)):
        targets = _receivers(ev)
        if ev.type == EventType.TRANSFER_DUTY and len(targets) == 1:
            key: tuple[Any, ...] = ("transfer", ev.prov.doc_id, ev.prov.start, ev.prov.sentence, ev.date, targets[0])
        else:
            key = ("event", ev.id)
        groups[key].append(ev)
    out = []
    for group in groups.values():
        first = group[0]
        if len(group) > 1:
            first = replace(first, inputs=list(dict.fromkeys(u for e in group for u in e.inputs)),
                            moves=[m for e in group for m in e.moves])
        out.append(first)
    return sorted(out, key=lambda e: (e.date or "", e.id))


def _event_items(store: GraphStore, ev: Event, jurisdiction: str | None, unit: str | None) -> list[dict[str, Any]]:
    assert ev.date is not None
    targets = _receivers(ev)
    if len(targets) != 1:
        return []
    target = targets[0]
    given: dict[str, list[str]] = defaultdict(list)
    for m in ev.moves:
        if m.source and m.source != target:
            given[m.source].append(m.clause_id)
    for uid in ev.inputs:  # a unit given whole ("A的职责") is a giver even with no clause on record
        if uid != target:
            given.setdefault(uid, [])
    if ev.type == EventType.RE_FORM and target in ev.inputs:
        given.setdefault(target, [])  # re-formed under its own name: its earlier period is a giver too
    if len(given) < 2:
        return []
    place = store.unit(target).jurisdiction
    if jurisdiction and place != jurisdiction:
        return []
    if any(store.unit(s).jurisdiction != place for s in given):
        given = {s: c for s, c in given.items() if store.unit(s).jurisdiction == place}
        if len(given) < 2:
            return []
    texts = {c.id: c.text for c in store.clauses(sorted({c for cs in given.values() for c in cs}))}
    # a moved phrase naming another giver is the sentence's list read whole ("A的X职责、B的Y职责"
    # as A's duty), not one giver's duty: it would make every giver share every term
    # (a giver whose every moved phrase is such a list was read from it: it is no giver)
    local = {s: store.unit(s).name for s in given}
    own = {s: [c for c in cs if not any(local[o] in texts.get(c, "") for o in given if o != s and len(local[o]) >= 3)]
           for s, cs in given.items()}
    given = {s: own[s] for s, cs in given.items() if own[s] or not cs}
    if len(given) < 2 or (unit and unit != target and unit not in given):
        return []
    before = start_of(ev.date) - timedelta(days=1)
    duties = {s: [texts[c] for c in cs if c in texts] for s, cs in given.items()}
    givers = sorted(given, key=lambda s: store.name_at(s, before))
    receiver = {"id": target, "name": store.name_at(target, start_of(ev.date))}
    common = {
        "event_id": ev.id, "date": ev.date, "date_before": before.isoformat(), "jurisdiction": place,
        "receiver": receiver, "evidence": evidence(store, ev.prov), "source": "文件所述",
    }
    year = ev.date[:4]
    items = []
    area = _area(store.unit(target).name)
    if area:
        units = [{"id": s, "name": store.name_at(s, before), "duties": duties[s],
                  "duty_ids": [c for c in given[s] if c in texts]} for s in givers]
        items.append({**common, "units": units, "topic": area, "grade": "分散", "shared_words": [],
                      "reason": f"改革文件将{len(units)}个部门的职责整合到{receiver['name']}：{area}方面的职责在改革前分散在这些部门"
                                f"（政府问责署 GAO-15-49SP 所称“分散”：多个部门在同一大领域）。",
                      "summary": f"{year}年改革前，{area}分散在{_names(units)}{_count(len(units))}个部门"})
    # the place says no matter: "威海市民政局的救灾职责" and "威海市地震局的行政职能" share no term
    shared = _shared_terms(givers, {s: [_without(t, _place_names(place)) for t in ts] for s, ts in duties.items()})
    whole = [t for t, m in shared if len(m) == len(givers)]
    if items and whole:  # a term every giver's duty names: the whole group overlaps on it
        items[0].update(grade="交叉", shared_words=whole,
                        reason=f"改革文件将{len(givers)}个部门的职责整合到{receiver['name']}，各部门划出的职责都写到“{whole[0]}”："
                               f"改革前这些部门承担同类职责（GAO-15-49SP 所称“交叉”：相近的目标或活动）。")
    for term, members in shared:
        if len(members) == len(givers) and items:
            continue
        units = [{"id": s, "name": store.name_at(s, before), "duties": duties[s],
                  "duty_ids": [c for c in given[s] if c in texts]} for s in members]
        items.append({**common, "units": units, "topic": term, "grade": "交叉", "shared_words": [term],
                      "reason": f"改革文件在{_names(units)}各自划出的职责中都写到“{term}”，说明改革前这些部门承担同类职责"
                                f"（GAO-15-49SP 所称“交叉”：相近的目标或活动）。",
                      "summary": f"{year}年改革前，{term}分散在{_names(units)}{_count(len(units))}个部门"})
    return items


def _shared_terms(givers: list[str], duties: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """Specific terms named in the moved duties of two or more givers, the longest first; a
    set of givers is reported once, under its longest term."""
    from kg.index.lexical import tokenize

    words: dict[str, set[str]] = {}
    for s in givers:
        found: set[str] = set()
        for text in duties[s]:
            found.update(w for w in tokenize(text) if len(w) >= 2 and w not in _GENERIC)
        words[s] = found
    holders: dict[str, list[str]] = defaultdict(list)
    for s in givers:
        for w in words[s]:
            holders[w].append(s)
    out: list[tuple[str, list[str]]] = []
    seen: set[tuple[str, ...]] = set()
    for term, members in sorted(holders.items(), key=lambda kv: (-len(kv[0]), -len(kv[1]), kv[0])):
        key = tuple(members)
        if len(members) < 2 or key in seen:
            continue
        # a term for a part of givers already reported under another term adds nothing
        if any(set(members) <= set(m) for _, m in out):
            continue
        seen.add(key)
        out.append((_widen(term, [t for s in members for t in duties[s] if term in t]), members))
    return out


def _place_names(place: str | None) -> list[str]:
    """The place's name and its name without the level word (威海市, 威海), longest first."""
    if not place or place == "中央":
        return []
    bare = re.sub(r"(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|县|区|州|旗|盟)$", "", place)
    return [place, bare] if len(bare) >= 2 and bare != place else [place]


def _without(text: str, names: list[str]) -> str:
    """The text with every name of ``names`` (longest first) taken out."""
    for name in names:
        text = text.replace(name, "，")
    return text


def _widen(term: str, texts: list[str]) -> str:
    """The longest run of text around ``term`` that every text holds ("数字经济" in
    "统筹推进数字经济发展职责" and "推进数字经济发展职责" → "推进数字经济发展"), without the
    generic tail of a duty phrase (职责、工作、等)."""
    from kg.apply import duty_core

    texts = sorted({t for t in texts}, key=len)
    if len(texts) < 2:
        return term
    first, others = texts[0], texts[1:]
    best = term
    start = first.find(term)
    while start >= 0:
        lo, hi = start, start + len(term)
        while lo > 0 and all(first[lo - 1:hi] in t for t in others):
            lo -= 1
        while hi < len(first) and all(first[lo:hi + 1] in t for t in others):
            hi += 1
        if hi - lo > len(best):
            best = first[lo:hi]
        start = first.find(term, start + 1)
    best = duty_core(best).strip("，、；的和及与") or term
    return best if term in best else term


def _area(local_name: str) -> str | None:
    """The broad area of a unit from its name: 应急管理局 → 应急管理, 国家市场监督管理总局 →
    市场监督管理."""
    area = _AREA_TAIL.sub("", _AREA_HEAD.sub("", local_name))
    return area if len(area) >= 2 else None


def _names(units: list[dict[str, Any]]) -> str:
    return "、".join(u["name"] for u in units)


def _count(n: int) -> str:
    return _NUMERALS[n] if n < len(_NUMERALS) else str(n)
