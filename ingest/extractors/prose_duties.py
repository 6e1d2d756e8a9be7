"""Duties a text states in prose about a unit it describes (news of a 三定, profile pages).

Outside a 三定's numbered 主要职责 items, the genre states what a body does in the sentence
that describes it, or in a summary sentence right after:

* "作为县委职能部门，县委社会工作部加挂Y牌子，具体承担统筹指导人民信访工作，负责全县志愿服务
  工作。" / "X为正厅级省政府直属机构，同时加挂Y牌子，负责省食安委交办的各项工作。": in a
  sentence that describes a unit (a kind, rank or sign read for it), the clauses from the
  first one opening with 负责/承担 (具体/主要/并/同时/还 before it; never 负责人) to the end of
  the sentence are the unit's;
* "主要职责是贯彻执行…；…" / "其主要职责是：…" / "X的主要职责是…": the rest of the sentence
  is the unit's: X when the words before 主要职责 are its name; the body formed in this
  sentence when other words stand there ("组建X，由Y管理，主要职责是…": X, never Y); else the
  body formed or described (not a 内设机构) in this sentence or one of the three before.

The summary goes on in the next sentences that open with a duty verb (or the rest of a sentence
the page wrapped), until a sentence with figures or another opening (a profile's paragraph).

Each is one clause of category 职责表述 (not 主要职责: the gold's duties are the numbered items
of a 三定 only, and the scorer's duties row leaves other categories out). Not read in a 三定
itself (its items are its duties) nor in sentences already read as 职责分工 parts.
"""

from __future__ import annotations

import re

from kg.model import DutyStatement, EventType, Mention

from .common import name_at_end, split_names, strip_item_number
from .constructions import _shared_list
from .party_labels import labelled_part, named_before_part

_DUTY_CLAUSE = re.compile(r"^(?:并|同时|还|主要|具体|统一|另外|并具体|同时负责)*(?:负责|承担)(?!人|同志)")
_SUMMARY = re.compile(r"(?:^|[，。；])(?P<who>[^，。；：]{0,30}?)(?:的)?(?:(?:主要|具体)(?:职责|职能)|(?<=其)职责)"
                      r"(?:是|为|包括)[：:，,]?")
_DESCRIBED_WINDOW = 3
_FOLLOWING = 15  # sentences a summary's paragraph may run on
# a sentence going on with the summary's duties: opening with a duty verb (or the rest of a wrapped one)
_DUTY_OPENING = re.compile(r"^\s*(?:负责|承担|拟定|拟订|组织|指导|推进|审核|研究|贯彻|协调|管理|参与|完成|承办|按照|会同|统筹|监督)")
_FIGURE = re.compile(r"\d")  # figures (编制, 实有人数) end the duties
_FORMING = (EventType.ESTABLISH, EventType.RE_FORM, EventType.RENAME)
# a label naming the unit whose duties the line states: "3.市规划监察支队职责：负责…" / "（6）市公安局：负责…"
# / "2.商务部门工作职责：…" (member units' duties in a plan, a 职责分工 notice's items); a bare "X：" label
# only before a duty verb, so that "县长：张三" or "地址：…" states nothing
_LABEL = re.compile(r"^\s*(?:\d+[.．、]|[（(]\d+[)）]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)?\s*"
                    r"(?P<who>[^，。；：、“”\s]{2,30}?)(?:(?:的)?(?:工作|主要|具体)?(?:职责|职能|任务)[：:]|[：:](?=\s*"
                    r"(?:负责|承担|牵头|配合|协助|组织|指导|做好|加强|参与|按照|依法|统筹|协调|督促|制订|制定|拟订)))")
_CLASS_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:行政)?(?:主管)?部门$")
# the agent of a duty written with 由: "…具体工作由X承担" / "本办法由X负责解释" / "…，由X牵头，…"; never
# "由X负责的…" (a noun phrase naming what X held), never a past holder (原由/此前由/曾由)
_AGENT = re.compile(r"(?<![原曾前])由(?P<who>[^，。；：、由“”（）()]{2,24}?)(?:具体|统一|主要|全面)?(?:负责|承担|牵头)"
                    r"(?!人|同志|的)")
# the work the agent holds written only by a word pointing back ("以上工作由X负责"): no clause of its own
_POINTING_BACK = re.compile(r"^(?:以上|上述|此项|该项|这些|这项|前款|上列)")
# a body formed, then what it is for: "设立通信保障局，加强网络信息安全监管" / "组建县数据局，负责…"
_FORMED_THEN = re.compile(r"(?:组建|设立|成立|新设|设置)了?(?P<x>[^，。；、“”]{2,30})$")
_TASK_OPENING = re.compile(r"^(?:具体|主要|专门|统一|并|同时)?(?:负责|承担|统筹|加强|强化|履行|行使)(?!人|同志)")
_NOT_TASK = re.compile(r"^(?:作为|由|为|加挂|挂|不再|将|列入|归口|设在|在|与|和|同|同时加挂|对外|核定|内设|下设|编制|规格)")
_MANAGED = re.compile(r"^由[^，。；]{2,24}(?:管理|代管|领导)$")
# a clause opening with the body that does the work: "一、市城乡规划局负责城市规划的编制" / "县水利局具体承担…" /
# "市公安局、市建委协同市交通运输局负责…" (a 职责分工 notice's items, a plan's tasks): the subjects (and the body
# they work with) before 负责/承担; never 负责人/负责同志, never "负责的…" (a noun phrase)
_SUBJECT = re.compile(r"^(?P<who>[^，。；：“”（）()\s]{2,80}?)(?:具体|主要|统一|全面|共同|分别)?(?:负责|承担)"
                      r"(?!人|同志|的|起|任|着)")
# "农业、海洋渔业部门根据监管工作需要，可以进入批发、零售市场开展风险监测": a power the document grants its bodies,
# what they may do in a matter (the overlap list pairs it with the matter's holder); the text from 可以 on
_PERMITTED = re.compile(r"^(?P<who>[^，。；：“”（）()\s]{2,40}?)(?:(?:根据|按照|依据|依照|因)[^，。；：]{2,30}?(?:需要|规定|职责)[，,]?)?"
                        r"(?:依法)?(?P<verb>可以)(?:依法)?(?=进入|开展|实施|组织|对|采取|查封|扣押|责令|委托|调查|检查|抽查|"
                        r"调阅|查阅|进行|参与|会同)")
_WITH = re.compile(r"^(?P<subjects>.+?)(?:协同|配合|会同|协助)(?P<lead>[^、]+)$")
# a table cell of its own naming a unit ("市农委 |"): the row's unit, whose part is the next line's cell
_UNIT_CELL = re.compile(r"^\s*(?P<who>[^|\t，。；：]{2,30}?)\s*(?:\||\t)\s*$")


def _label_unit(text: str) -> str | None:
    """The unit (or class of units: 公安部门) a label names, else None."""
    text = text.strip()
    if re.search(r"各|有关|相关|成员单位|领导小组|指挥部|办公室主任|哪|什么|谁", text):  # no body: each, a question
        return None
    if _CLASS_LABEL.match(text):
        return text
    name = name_at_end(text)
    return name if name == text else None


def add_prose_duties(ctx, skip: set[int]) -> None:  # type: ignore[no-untyped-def]
    """Append a 职责表述 duty clause for each duty stated in prose about a described unit."""
    if ctx.sanding:
        return
    described: dict[int, Mention] = {}  # sentence start → the unit it describes (not a 内设机构)
    owned: set[str] = set()  # units described as another's subordinate ("下属事业单位X")
    for u in ctx.units:
        if u.parent is not None:
            owned.add(u.unit.name)
        if (u.kind or u.rank or u.signs) and u.kind != "内设机构" and u.prov.start not in described:
            described[u.prov.start] = u.unit
    formed: dict[int, Mention] = {}  # sentence start → the unit it forms or renames
    for e in ctx.events:
        if e.type in _FORMING and e.outputs:
            formed[e.prov.start] = e.outputs[-1]
    formed_names: dict[str, Mention] = {}  # a body's name as written after the forming verb → the body
    for e in ctx.events:
        if e.type in _FORMING:
            formed_names.update((o.name, o) for o in e.outputs)
    for u in ctx.units:
        formed_names.setdefault(u.unit.name, u.unit)
        if u.kind == "内设机构" and u.parent is not None and u.unit.name.startswith(u.parent.name):
            formed_names.setdefault(u.unit.name[len(u.parent.name):], u.unit)  # a division: host + name
    recent: list[tuple[int, Mention]] = []  # (sentence index, unit) of the units described or formed so far
    following = None  # (holder, last sentence read, summary's index): the summary's paragraph goes on
    label: tuple[Mention, int] | None = None  # (unit, line) of a label opening its part ("X职责：")
    parted = sorted(d.prov.start for d in ctx.duties if d.category == "职责分工")  # 职责分工 parts read already
    row_cells = _row_cells(ctx.dt.sentences)
    for sent in ctx.dt.sentences:
        prov = ctx.prov(sent)
        k = sent.index - 1
        opens = k < 0 or ctx.dt.sentences[k].line != sent.line
        m = _LABEL.match(sent.text)
        who = _label_unit(m.group("who")) if m else None
        start = m.end() if m else 0
        if who is None and (found := labelled_part(sent.text)):
            who, start = _label_unit(found[0]), found[1]  # "（三）市公安局：维护…" / "交通部门：一是…" (party_labels)
        if who is None and opens and (after := _next_on_line(ctx, sent)) is not None and \
                (bare := named_before_part(sent.text, after.text)):
            who, start = _label_unit(bare), len(sent.text)  # "县环保局。负责…": its part, the line's next sentences
        if who is None and opens and sent.line - 1 in row_cells and sent.line not in row_cells:
            who, start = row_cells[sent.line - 1], 0  # a 职责分工表 row: its unit's cell, then its part
        free = sent.index not in skip and sent.index not in ctx.divided and \
            not any(prov.start <= x < prov.end for x in parted)
        if who and (opens or (label is not None and label[1] == sent.line)):
            label = (Mention(who), sent.line)  # a label opening its line, or the next unit's label on it
            if free:
                _add(ctx, sent, start, label[0])  # "3.市规划监察支队职责：负责…" / "（6）市公安局：…"
            following = None
            continue
        if opens:
            label = None
        elif label is not None and label[1] == sent.line:
            if free:
                _add(ctx, sent, 0, label[0])  # the label's line goes on: its next sentences are the unit's too
            continue
        unit = described.get(prov.start)
        held = formed.get(prov.start) or unit
        if held is not None and not (held.name in owned and recent and held is unit):
            recent.append((sent.index, held))  # a subordinate described after its owner is no summary's holder
        if sent.index in skip or sent.index in ctx.divided:
            continue
        summary = _SUMMARY.search(sent.text)
        if summary and sent.text[summary.end():].strip("。；， "):
            who = re.sub(r"^(?:其|该|这个)", "", summary.group("who").strip())
            holder = Mention(who) if who and name_at_end(who) == who else None
            if holder is None and re.fullmatch(r"(?:其|该[\u4e00-\u9fff]{1,2})?", summary.group("who").strip()) is None:
                holder = formed.get(prov.start)  # "组建X，由Y管理，主要职责是…": the body formed
                if holder is None:
                    continue  # "…的主要职责" of something else
            if holder is None and recent and sent.index - recent[-1][0] <= _DESCRIBED_WINDOW:
                holder = recent[-1][1]
            if holder is not None:
                _add(ctx, sent, summary.end(), holder)
                following = (holder, sent, sent.index)
                continue
        if following is not None:
            holder, last, first = following
            wrapped = not last.text.rstrip().endswith(("。", "！", "？"))
            if (sent.index == last.index + 1 and sent.index - first <= _FOLLOWING
                    and (wrapped or _DUTY_OPENING.match(sent.text)) and not _FIGURE.search(sent.text)):
                _add(ctx, sent, 0, holder)  # the summary's next duty sentences (a profile's paragraph)
                following = (holder, sent, first)
                continue
            following = None
        if unit is None:
            if free:
                _add_formed_tasks(ctx, sent, formed_names)
                _add_agent(ctx, sent)
                _add_subjects(ctx, sent)
            continue
        for offset, clause in sent.clauses("，；"):
            body = clause.strip()
            if _DUTY_CLAUSE.match(body[len(unit.name):] if body.startswith(unit.name) else body):
                _add(ctx, sent, offset, unit)  # "X具体承担…" / "，负责…"
                break
        else:
            if free:
                _add_formed_tasks(ctx, sent, formed_names)
                _add_agent(ctx, sent)


def _next_on_line(ctx, sent):  # type: ignore[no-untyped-def]
    k = sent.index + 1
    nxt = ctx.dt.sentences[k] if k < len(ctx.dt.sentences) else None
    return nxt if nxt is not None and nxt.line == sent.line else None


def _row_cells(sentences) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Lines that are one table cell naming a unit alone ("市农委 |"): line → the unit."""
    lines: dict[int, str] = {}
    for sent in sentences:
        lines[sent.line] = lines.get(sent.line, "") + sent.text
    cells: dict[int, str] = {}
    for line, text in lines.items():
        m = _UNIT_CELL.match(text)
        who = _label_unit(m.group("who")) if m else None
        if who:
            cells[line] = who
    return cells


def _add_formed_tasks(ctx, sent, formed_names: dict[str, Mention]) -> None:  # type: ignore[no-untyped-def]
    """"设立通信保障局，加强网络信息安全监管；…" / "组建县数据局，负责全县数据资源整合共享。": in a
    ；-clause forming a body (its name ends the ，-clause of the verb), the ，-clauses right after it
    that open with a task verb (负责/承担/统筹/加强/强化/履行/行使) are the body's, up to one that
    states something else (作为…, 加挂…, 不再保留…); a parent's clause between ("组建X，由Y管理，承担…")
    is passed over. The body is one the text forms (an
    establish/re_form event's output) or a unit read for it (a division: host + name)."""
    for offset, clause in sent.clauses("；"):
        parts = clause.split("，")
        for k, part in enumerate(parts[:-1]):
            m = _FORMED_THEN.search(part)
            holder = formed_names.get(m.group("x")) if m else None
            first = k + 1
            while first < len(parts) - 1 and _MANAGED.match(parts[first]):
                first += 1  # "组建X，由Y管理，承担…": the parent's clause between
            if holder is None or not _TASK_OPENING.match(parts[first]):
                continue
            tasks = []
            for nxt in parts[first:]:
                if _NOT_TASK.match(nxt) or _FORMED_THEN.search(nxt):
                    break
                tasks.append(nxt)
            start = offset + len("，".join(parts[:first])) + 1
            _add(ctx, sent, start, holder, start + len("，".join(tasks)))
            break


def _add_agent(ctx, sent) -> None:  # type: ignore[no-untyped-def]
    """"保留X委员会，具体工作由Y承担。" / "本规定由Y负责解释。" / "…，由Y负责，…": the ；-clause
    naming one agent of 由 with a duty verb is that agent's (a unit or a class: 工信部门). A clause
    naming two agents or more (stages or parts shared out: 职责分工's), an agent that is no name
    (各职能单位, 有关部门) or work written only as a word pointing back (以上工作) gives none."""
    for offset, clause in sent.clauses("；"):
        agents = list(_AGENT.finditer(clause))
        if len(agents) != 1 or "分别" in clause:
            continue
        holder = _label_unit(agents[0].group("who"))
        body = strip_item_number(re.sub(r"^\s*第[一二三四五六七八九十百零]+条\s*", "", clause))
        if holder is None or _POINTING_BACK.match(body.strip()):
            continue
        _add(ctx, sent, offset + (len(clause) - len(body)), Mention(holder), offset + len(clause))


def _subject_units(who: str) -> list[str] | None:
    """The bodies a duty clause opens with ("A、B协同C": A, B and C), or None when one of them is no name
    (各单位, 有关部门, a person, a place)."""
    names: list[str] = []
    m = _WITH.match(who)
    subjects, lead = (m.group("subjects"), [m.group("lead")]) if m else (who, [])
    # a written list of names (split_names: 、 and 和/及 between whole names, item notes dropped), else its 、-parts
    # (a class of departments, 公安部门, is no name but a holder all the same)
    parts = (split_names(subjects) or subjects.split("、")) + lead
    if any(_label_unit(part) is None for part in parts):
        parts = _shared_list(parts)  # "农业、海洋渔业部门": the head written once is every stem's
    for part in parts:
        unit = _label_unit(part)
        if unit is None:
            return None
        names.append(unit)
    return names


# bodies named by their level or as every body concerned, with the rule they act by: "县级各部门", "市直各单位",
# "各有关部门按照职责分工", "各乡镇（街道）", "其他有关部门", "各县（市、区）人民政府"
_BY_LEVEL = re.compile(r"^(?:[省市县区乡镇](?:级|直)|各级|其他)?(?:各|有关|相关|其他)(?:有关|相关|成员|级)?[\u4e00-\u9fff]{0,8}?"
                       r"(?:[（(][^（）()]{1,8}[)）])?(?:部门|单位|机关|机构|乡镇|街道|人民政府|政府|办事处)(?:[（(][^（）()]{1,8}[)）])?"
                       r"(?:(?:按照|根据|依照|依据|按)[^，。；]{0,12}?(?:职责|分工|规定|要求))?(?:分别|各自)?(?:要|应当|应)?$")


_LEVEL_SUBJECT = re.compile(r"^(?P<who>[^，。；：“”]{2,40}?)(?:要|应当|应)?(?:具体|主要|统一|全面|共同|分别|积极)?"
                            r"(?:负责|承担|做好|履行|落实|配合|协助)(?!人|同志|的)")


def _bodies_by_level(who: str) -> bool:
    """Whether a clause's subject is bodies named by their level or as every body concerned (``_BY_LEVEL``)."""
    return bool(_BY_LEVEL.match(who.strip()))


def _add_subjects(ctx, sent) -> None:  # type: ignore[no-untyped-def]
    """"一、市城乡规划局负责城市规划…。" / "县林业局具体承担全县森林防火工作；" / "市公安局、市建委协同市交通运输局
    负责城市综合交通…": a ；-clause that opens with one or more bodies (a list, or bodies working with
    another) right before 负责/承担 is theirs, each holding the text from the verb on up to the next clause that opens
    with bodies of its own ("…的编制；城建档案的归档管理。" stays the first body's). Read only where
    nothing else gave the sentence's duties (a description, a label, a summary, an agent of 由)."""
    if any(d.prov.start >= ctx.prov(sent).start and d.prov.end <= ctx.prov(sent).end for d in ctx.duties):
        return
    opened: list[tuple[list[str], int]] = []  # (bodies, where their clause's text starts)
    ends: list[int] = []
    for offset, clause in sent.clauses("；"):
        body = strip_item_number(re.sub(r"^\s*第[一二三四五六七八九十百零]+条\s*", "", clause))
        m = _SUBJECT.match(body)
        units = _subject_units(m.group("who")) if m else None
        at = m.end("who") if m else 0
        if not units and (p := _PERMITTED.match(body)):
            units, at = _subject_units(p.group("who")), p.start("verb")  # "A根据…需要，可以开展…": from 可以 on
        if units:
            if len(ends) < len(opened):
                ends.append(offset)
            opened.append((units, offset + (len(clause) - len(body)) + at))
        if opened and len(ends) < len(opened):
            # "A负责X，县级各部门负责本行业的Y" / "…；各有关部门按照职责分工负责…": the part of bodies named by their
            # level or as every body concerned is none of A's; A's clause ends before it
            for k, sub in enumerate(re.finditer(r"[^，,；;]+", clause)):
                who = _LEVEL_SUBJECT.match(sub.group().strip()) if k or not units else None
                if who and _bodies_by_level(who.group("who")):
                    ends.append(offset + sub.start())
                    break
    if not opened:
        return
    if len(ends) < len(opened):
        ends.append(len(sent.text))
    for (units, start), end in zip(opened, ends, strict=True):
        for unit in units:
            _add(ctx, sent, start, Mention(unit), end)  # up to the next clause opening with bodies of its own


def _add(ctx, sent, offset: int, unit: Mention, end: int | None = None) -> None:  # type: ignore[no-untyped-def]
    end = len(sent.text) if end is None else end
    text = sent.text[offset:end].strip().lstrip("，；：: ")
    if end < len(sent.text):
        text = text.rstrip("，, ")  # a clause cut before a class's part keeps no dangling comma
    if len(text) < 6:
        return
    start = sent.nstart + offset + (len(sent.text[offset:end]) - len(sent.text[offset:end].lstrip("，；：: ")))
    stop = sent.nend if end == len(sent.text) else sent.nstart + end
    ctx.duties.append(DutyStatement(unit, text, ctx.prov_span(start, stop), category="职责表述"))


__all__ = ["add_prose_duties"]
