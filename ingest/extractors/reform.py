"""Reform plans, decisions and adjustment notices: the event patterns.

Each pattern works on one "；"-clause of a sentence (a plan item often chains several
reforms with "；") and looks at the "，"-clauses that follow a verb for the new unit's kind
("作为…"), parent ("由B管理") and the duties it takes over ("承担A的X职责").

Handled: 将A的X职责，B的Y职责……整合，组建Z（作为K，由P管理）; 将…整合划入Z / 划入该局;
重新组建Z; 在X基础上组建Z; A整建制重组为B; 整合重组Z; 组建/设立/新设/成立/增设Z; Z挂牌成立;
不再保留/不再设立/撤销 A、B（及其办公室/及其办事机构）; A并入（新组建的）B; A更名为B;
将A的X职责划入/划转至/划给B; 分别划入B、C; A、B职责划入C，对外保留牌子; A的（具体）工作由B承担;
保留A，具体工作由B承担; C改由B管理/代管; 将A所属C划入B; C由B管理 / 仍由B管理 (unit fact only);
B对外保留/加挂Z牌子; 在B加挂Z牌子; B不再保留Z牌子; A由K1调整为K2; A与B合署办公.
"""

from __future__ import annotations

import re

from kg.divisions import divisions
from kg.model import DutyMove, EventStatement, EventType, Mention, UnitStatement

from .common import (
    _STRONG_SUFFIX,
    BRACKETED_OTHER_NAME,
    RANK_RE,
    RELATION_ONLY_KIND,
    Ctx,
    Sentence,
    as_name,
    clean_name,
    counted_list_tail,
    find_names,
    headed_list,
    is_unit_name,
    kind_phrase,
    name_at_end,
    name_at_start,
    names_in_list,
    narrative_date,
    norm_rank,
    only_place,
    partnered_clause,
    sentence_date,
    shared_head,
    split_kind_prefix,
    split_names,
    strip_item_number,
)
from .reference import referred_body

_NEGATION = re.compile(r"(?:不得|不准|严禁|禁止|擅自|不再批准|无权|不能|不宜|争取|拟|申请|是否|要求|可以|应当|必须|防止|避免|不要)$")
_EST_VERB = re.compile(r"(整合新设|整合设立|新组建|组建成立|组建|新设立|设立|新设|新成立|成立|增设|增建|复建|建立(?!健全|完善|了?(?:一|以|由|起|联系|工作|协调|长效|健全)))了?")
_ANAPHORA = re.compile(r"^(?:该|本)(局|部|委|署|办|厅|中心|院|会|室)")
_DUTY_END = re.compile(r"(?:职责|职能|工作|任务|事项|管理权|执法权)$")
_DUTY_TAIL = re.compile(r"(?:及机构|和机构|及其机构|和队伍|及队伍|以及队伍|和人员|及人员|"
                        r"(?:及|和|以及)(?:相应|相关)?(?:的)?(?:人员)?编制(?:和人员)?)$")  # "职责及相应编制"


def _mention(name: str) -> Mention:
    return Mention(name)


def _event(ctx: Ctx, sent: Sentence, type_: EventType, inputs: list[str], outputs: list[str], **kw) -> EventStatement:
    kw.setdefault("date", sentence_date(sent, ctx))
    ev = EventStatement(type_, ctx.prov(sent), [_mention(n) for n in inputs], [_mention(n) for n in outputs], **kw)
    ctx.events.append(ev)
    ctx.events_at.setdefault(ev.prov.start, []).append(ev)
    ctx.mark(sent)
    return ev


def _anaphor(text: str, ctx: Ctx) -> str | None:
    m = _ANAPHORA.match(text)
    if not m:
        return None
    return referred_body(ctx, m.group(1), ["established", "recent", "focus"])


def _target(text: str, ctx: Ctx) -> str | None:
    """The unit named at the start of text ('该局' resolves to the last unit formed)."""
    text = text.strip()
    found = _anaphor(text, ctx)
    if found:
        return found
    _, _, rest = split_kind_prefix(re.sub(r"^(?:新组建的|新设的|新成立的)", "", text))
    return name_at_start(rest)


# ---------------------------------------------------------------------------
# Sources: "A的X职责，B的Y职责、C的职责"
# ---------------------------------------------------------------------------


def _split_top(text: str, seps: str) -> list[str]:
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "（“《":
            depth += 1
        elif ch in "）”》":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0:
            out.append(text[start:i])
            start = i + 1
    out.append(text[start:])
    return [p for p in out if p.strip()]


def _chunks(item: str) -> list[str]:
    """Split an item where a new giver starts: "A的职责、B的X职责", "A的X、B的Y相关职责",
    "A的X职责以及B、C的职责"."""
    cuts: list[tuple[int, int]] = []  # (end of previous chunk, start of next)
    last = 0
    for m in re.finditer(r"(?:(?:职责|职能)(?:及机构|和队伍)?)?(、|以及|及|和|与)", item):
        if _depth_at(item, m.start()):
            continue  # "A（B、C）的职责": a list of signs inside brackets is no new giver
        after_duty = m.group(0).startswith(("职责", "职能"))
        if after_duty and _CLASS_GIVER.match(item[m.end() :]):
            # "A的X职责、相关机构的Y、Z等职责": a class of bodies opens the next phrase
            cut = m.start() + (len(m.group(0)) - len(m.group(1)))
            cuts.append((cut, m.end()))
            last = m.end()
            continue
        if m.group(1) != "、" and not after_duty:
            continue
        span = _giver_at(item[m.end() :])
        if not span:
            continue
        if after_duty or (span[1] and "的" in item[last : m.start()]):
            cut = m.start() + (len(m.group(0)) - len(m.group(1)))
            cuts.append((cut, m.end()))
            last = m.end()
    out, start = [], 0
    for end, nxt in cuts:
        if end <= start:
            continue
        out.append(item[start:end])
        start = nxt
    out.append(item[start:])
    return [c for c in out if c]


def _depth_at(text: str, pos: int) -> int:
    depth = 0
    for ch in text[:pos]:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
    return depth


# all of a giver: its duties, or its duties and its bodies ("整合了原A、B的机构和职责")
_WHOLE_DUTY = ("职责", "职能", "全部职责", "全部职能", "机构和职责", "机构和职能", "机构及职责", "机构及职能",
               "机构、职责", "机构、职能", "职责和机构", "职能和机构")
_CLASS_GIVER = re.compile(r"^(?:相关|有关|其他|其它)(?:机构|部门|单位)(?:承担|负责)?的(.{2,80}?(?:职责|职能))$")
_HOLDER_VERB = re.compile(r"(?:受委托|具体|所)?(?:承担|负责|履行|行使)$")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _giver_names(head: str) -> list[str] | None:
    """The givers written before 的: "A、B", "A（B）和C（D、E）" (the bracketed signs dropped),
    "A受委托承担" (the holding verb dropped)."""
    head = _HOLDER_VERB.sub("", head)
    units = split_names(head)
    if not units and _BRACKETED.search(head):
        units = split_names(_BRACKETED.sub("", head))
    if not units:
        units = headed_list(head) or None  # "县工商、质监、食药局的…职能": stems sharing the last item's head
    return units


def _giver_at(text: str) -> tuple[str, bool] | None:
    """(name, followed by 的) when text starts with a giver: a unit name (or a list of them)
    followed by 的/职责/承担的."""
    m = re.match(r"^([^，；的]{2,120}?)(?:承担|负责|履行|行使)?的", text)
    if m and split_names(m.group(1)):
        return m.group(1), True
    name = name_at_start(text)
    if name and re.match(rf"^{re.escape(name)}(?:、|和|及|与|等)?", text):
        rest = text[len(name) :]
        if rest.startswith(("职责", "职能", "有关职责", "相关职责", "、")):
            return name, False
        # "A职责、B水资源调查职责": a placed body written right before its duty phrase, no 的
        if as_name(name) == name and _STRONG_SUFFIX.search(name) and re.match(r"[^、，；]{2,60}?(?:职责|职能)(?=$|[、，；])", rest):
            return name, False
    return None


# a giver's duty quoted right after its name; a unit's other name in brackets right after its name
_QUOTED_DUTY = re.compile(r"(?<=[部委局署厅办院室心])[“\"]([^”\"“]{2,120}?(?:职责|职能|工作|任务|事项))[”\"]")


_MANAGED_MATTER = re.compile(r"(?<=[部委局署厅办院室心会处站所队馆司组])所?(?:管理|主管)的(?=[^，；、的]{0,40}?(?:工作|职责|职能|事务|事项|业务)\s*[，,]?\s*$)")


_MARKS_LEAD = re.compile(r"^(?:这|此举|此次|从而|这也|也)?(?:标志着|意味着)")


def parse_sources(text: str, *, giverless: bool = False) -> list[tuple[list[str], str | None, str | None]] | None:
    """Parse the givers of a reform: [(units, duty text or None for all duties, owner)].

    ``owner`` is set for "A所属C" (a unit moving with its owner named). Leading words that
    are not givers are skipped; a "，" part that names no giver continues the previous duty
    ("A的拟订…政策，指导…建设等职责"); a duty without a giver after one with a giver keeps
    that giver ("A的X职责、有关Y职责"). With ``giverless``, a duty named without any unit
    ("将安全生产…管理工作职责进行整合") gives ([], duty, None)."""
    result: list[tuple[list[str], str | None, str | None]] = []
    bare: list[bool] = []  # per result item: a bare list item ("原A，B，原C等部门的X职责")
    text = re.sub(r"(?<=[职责能作务项])等\s*$", "", text)  # "…，B的Y职责等整合": the list closes with 等
    text = re.sub(r"(?<=[”\"])等(?:职责|职能)\s*$", "", text)  # "…、B“Y职责”等职责": the list closes
    text = _QUOTED_DUTY.sub(r"的\1", text)  # "A“X职责”、B“Y职责”" is "A的X职责、B的Y职责"
    text = BRACKETED_OTHER_NAME.sub("", text)  # "A（B）、C的职责": B is A's other name (a sign), not a giver
    text = counted_list_tail(text)  # "A局、B局两局": the count closes the list
    # "A管理的工作" / "A所主管的事项": the body managing a matter holds it, as "A承担的工作"
    text = _MANAGED_MATTER.sub("承担的", text)
    for item in _split_top(text, "，；"):
        # "（这）标志着由A承担的X职能移交至B": what an act or a ceremony marks is the move itself (fourteenth session)
        item = _MARKS_LEAD.sub("", item.strip())
        item = re.sub(r"^(?:以及|及|与|和|同时|并|将|把|现)", "", item.strip())
        if not item:
            continue
        for k, chunk in enumerate(_chunks(item)):
            cm = _CLASS_GIVER.match(chunk.strip())
            if cm and result:
                # "，相关机构的农垦管理职责": a class of bodies names no giver (never the one before)
                result.append(([], _DUTY_TAIL.sub("", cm.group(1)), None))
                bare.append(False)
                continue
            parsed = _parse_chunk(chunk)
            gm = re.match(r"^(.{2,40}?)(?:承担|负责)?的", chunk)
            looks_like_giver = bool(gm and _STRONG_SUFFIX.search(gm.group(1)))
            previous = result[-1] if result else None
            if parsed is None and previous and previous[1] and not previous[2] and not looks_like_giver:
                units, duty = previous[0], previous[1] or ""
                # "B的组织实施X、Y和管理，管理Z等职责": a duty phrase left without its head (职责) goes on to the 等职责
                # that closes it, one duty (seventeenth session)
                unfinished = k == 0 and re.search(r"等(?:职责|职能)$", chunk) and \
                    not re.search(r"(?:职责|职能|工作|事项|任务)$", duty)
                if re.search(r"(?:职责|职能)$", chunk) and not unfinished:
                    parsed = (units, _DUTY_TAIL.sub("", chunk.strip()), None)  # shared giver
                else:
                    joiner = "，" if k == 0 else "、"  # a new "，" item, or a later "、" chunk
                    result[-1] = (units, duty + joiner + chunk, None)
                    continue
            if parsed is None and giverless and re.search(r"(?:职责|职能)$", chunk) and len(chunk) <= 60:
                parsed = ([], _DUTY_TAIL.sub("", chunk.strip()), None)
            if parsed is None:
                if not result:
                    continue  # words before the first giver
                return None
            # "以及原A，B，原C等部门的X职责": names between "，" with no 的 and no duty word are
            # items of the list that the next giver closes with 等; they share its duty
            if parsed[1] and not parsed[2] and re.search(r"等(?:部门|单位|机构)?(?:承担)?的", chunk):
                while bare and bare[-1]:
                    bare.pop()
                    parsed = (result.pop()[0] + parsed[0], parsed[1], None)
            result.append(parsed)
            bare.append(parsed[1] is None and not parsed[2] and k == 0 and "的" not in chunk
                        and not re.search(r"职责|职能", chunk))
    # A duty that ran on over "，" must end as a duty.
    if result and result[-1][1] and not re.search(r"(?:职责|职能|工作|任务|事项|权)$", result[-1][1]):
        return None
    return result or None


# a duty verb opens a duty phrase, never a giver's name ("将联系驻外办事处的职能划给B": the phrase is the own
# unit's duty of liaising with the offices, not the offices' duties)
_VERB_OPENING = re.compile(r"^(?:联系|负责|承担|指导|协调|组织|监督|审核|审批|拟订|拟定|制定|联络|服务|保障)")


def _parse_chunk(chunk: str) -> tuple[list[str], str | None, str | None] | None:
    parsed = _parse_chunk_names(chunk)
    if parsed and any(_VERB_OPENING.match(u) for u in parsed[0]):
        return None
    return parsed


def _parse_chunk_names(chunk: str) -> tuple[list[str], str | None, str | None] | None:
    chunk = _DUTY_TAIL.sub("", chunk.strip())
    chunk = re.sub(r"^(?:现|原)", "", chunk)
    m = re.match(r"^(.{2,40}?)所属(?:的)?(.{2,80})$", chunk)
    if m:
        owner, units = as_name(m.group(1)), split_names(m.group(2))
        if owner and units:
            return units, None, owner
    for dm in re.finditer("的", chunk):
        if _depth_at(chunk, dm.start()):
            continue
        units = _giver_names(chunk[: dm.start()])
        if units:
            duty = _DUTY_TAIL.sub("", chunk[dm.end() :])
            if duty in _WHOLE_DUTY:  # "A的有关职责" is a phrase, as "A有关职责" is
                return units, None, None
            if not duty:
                return None
            return units, duty, None
    units = split_names(chunk)
    if units:
        return units, None, None
    if chunk.endswith(("职责", "职能")):
        for end in range(len(chunk) - 2, 1, -1):
            if not _STRONG_SUFFIX.search(chunk[:end]) or chunk[end - 1 : end + 1] == "部分":
                continue  # "省商务厅部分职能": 部分 is no 部
            units = split_names(chunk[:end])
            if units:
                duty = chunk[end:]
                if duty in ("职责", "职能", "全部职责", "全部职能"):
                    return units, None, None
                return units, duty, None
    return None


def _names_or_end(text: str) -> list[str]:
    """The names of a written list, else the one name that ends the text."""
    names = split_names(text)
    if names:
        return names
    last = name_at_end(text)
    return [last] if last else []


def _source_units(sources) -> list[str]:
    out: list[str] = []
    for units, _, _ in sources:
        for u in units:
            if u not in out:
                out.append(u)
    return out


def _whole_word(text: str) -> str:
    """The word a whole move is written with: "A的职能划入B" moves 职能, else 职责."""
    return "职能" if re.search(r"职能(?:及机构|和队伍|及队伍|和人员|及人员)?\s*$", text) else "职责"


def _duty_moves(sources, *, whole_as_move: bool, word: str = "职责") -> list[DutyMove]:
    moves: list[DutyMove] = []
    for units, duty, owner in sources:
        if owner:
            continue
        if duty and units and re.match(r"^等(?:相关|有关)", duty):
            duty = duty[1:]  # "A、B等相关职责": 等 closes the list of givers, it is no part of the phrase
        if duty and units:
            # "A、B等相关部门X职责", "A（A'）X职责": the class word closing the givers and a giver's bracketed
            # second name are no part of the phrase
            duty = re.sub(r"^(?:[（(][^（）()]{2,30}[）)])?(?:(?:相关|有关)(?:部门|单位|机构)(?:的)?)?(?=\S{2})", "", duty)
        # "A的老龄工作职责和殡葬管理职责": two duties, each closed by its own 职责, joined by 和 (17th session);
        # "A（A'）的X职责": the giver's bracketed second name is no part of the phrase
        phrases = _joined_duties(re.sub(r"^[（(][^（）()]{2,30}[）)]的?(?=\S{2})", "", duty)) if duty else [duty]
        if not units and duty:
            moves.extend(DutyMove(None, d) for d in phrases)
        for u in units:
            if duty:
                moves.extend(DutyMove(_mention(u), d) for d in phrases)
            elif whole_as_move:
                moves.append(DutyMove(_mention(u), word, whole=True))
    return moves


def _joined_duties(duty: str) -> list[str]:
    """"老龄工作职责和殡葬管理职责" → the two duties; a phrase with one 职责 (or whose parts are not each closed by
    职责/职能) stays whole."""
    parts = re.split(r"(?<=职责|职能)(?:和|及|以及)(?=[^，。；、和及]{2,30}(?:职责|职能)$)", duty)
    return parts if len(parts) > 1 and all(re.search(r"(?:职责|职能)$", p) and len(p) > 3 for p in parts) else [duty]


def _start_of_sources(clause: str, before: int) -> int | None:
    """Position right after the 将 that opens the givers (the last 将 followed by a name)."""
    best = None
    for m in re.finditer("将", clause[:before]):
        rest = clause[m.end() : before]
        if name_at_start(rest) or name_at_start(re.sub(r"^(?:现|原)", "", rest)):
            best = m.end()
    return best


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def prepass(ctx: Ctx) -> None:
    """Targets of 组建 anywhere in the document (so that "整合划入Z" is read as forming Z)."""
    for m in re.finditer(r"(?:组建|新组建的|成立)(.{2,40}?)(?=[，。；\n]|$)", ctx.dt.text):
        rank, kind, rest = split_kind_prefix(m.group(1))
        name = name_at_start(rest)
        if name:
            ctx.planned_establish.add(name)


def event_facts(sent: Sentence, ctx: Ctx) -> None:
    text = strip_item_number(sent.text)
    for k, (_, clause) in enumerate(Sentence(text, 0, len(text), 0).clauses("；")):
        clause = strip_item_number(clause)
        made = len(ctx.events)
        _integration(sent, clause, ctx)
        _establish(sent, clause, ctx)
        _reform(sent, clause, ctx)
        _abolish(sent, clause, ctx)
        _merge(sent, clause, ctx)
        _rename(sent, clause, ctx)
        _transfer(sent, clause, ctx)
        own = narrative_date(clause) if k else None
        for e in ctx.events[made:] if own else []:
            if not e.date or e.date[:4] != own[:4]:
                e.date = own  # "1954年，更名为X；1959年，与B合并…": a ；-clause opening with its year is an entry of its own
        _taken_in(sent, clause, ctx)
        _moved_from_to(sent, clause, ctx)
        _borne_by(sent, clause, ctx)
        _receiver_first(sent, clause, ctx)
        _work_by(sent, clause, ctx)
        _transfer_unit(sent, clause, ctx)
        _managed_by(sent, clause, ctx)
        _manages(sent, clause, ctx)
        _signs(sent, clause, ctx)
        _change_kind(sent, clause, ctx)
        _co_locate(sent, clause, ctx)


# ---------------------------------------------------------------------------
# Establish / re-form
# ---------------------------------------------------------------------------


def _sent_by(text: str) -> str | None:
    """The body a 派出机构 is sent out by: a unit name, or a place's government written short
    ("县人民政府", "县政府" → 县人民政府, "市委")."""
    text = text.strip()
    if re.fullmatch(r"(?:省|市|县|区|州|旗|自治区|自治州|自治县)(?:委|人民政府|政府)", text):
        return re.sub(r"政府$", "人民政府", text) if not text.endswith("人民政府") else text
    return as_name(text)


def _follow_clauses(ctx: Ctx, clause: str, start: int) -> dict:
    """Read '，作为K', '，由B管理', '，承担A的X职责' after a new unit's name."""
    info: dict = {"kind": None, "parent": None, "relation": None, "sources": [], "rank": None}
    for part in _split_top(clause[start:], "，"):
        part = part.strip().rstrip("。！？；")
        if _EST_VERB.search(part) and not part.startswith(("作为", "由", "承担")):
            break
        # "为/作为国家卫生健康委员会管理的国家局": the managing unit is a parent, the kind 国家局
        m = re.match(r"^(?:并)?(?:为|是|作为)(?P<parent>.{2,30}?)(?P<rel>管理|代管|领导|主管)的(?P<kind>.{2,12})$", part)
        if m and as_name(m.group("parent")) and kind_phrase(m.group("kind")):
            info["kind"] = kind_phrase(m.group("kind"))
            info["parent"], info["relation"] = as_name(m.group("parent")), m.group("rel")
            continue
        # "作为县人民政府的派出机构" / "为市委派出机关": the parent the new body is sent out by (派出)
        m = re.match(r"^(?:并)?(?:作为|为|是)(?P<parent>.{2,30}?)(?:的)?(?P<kind>派出机构|派出机关)$", part)
        if m and _sent_by(m.group("parent")):
            info["kind"], info["parent"], info["relation"] = m.group("kind"), _sent_by(m.group("parent")), "派出"
            continue
        m = re.match(r"^(?:并)?作为(.+)$", part)
        if m and kind_phrase(m.group(1)):
            info["kind"] = kind_phrase(m.group(1))
            continue
        m = re.match(r"^(?:为|是)(?P<parent>.{2,30}?)(?:所属|直属|下属)(?:的)?(?P<rest>.{2,20})$", part)
        if m and as_name(m.group("parent")):
            info["parent"], info["relation"] = as_name(m.group("parent")), "所属"
            rest = m.group("rest")
            rank = norm_rank(rest)
            if rank:
                info["rank"] = rank
                rest = RANK_RE.sub("", rest, count=1)
            info["kind"] = kind_phrase(rest) or info["kind"]
            continue
        m = re.match(rf"^(?:机构)?(?:规格为|为)?({RANK_RE.pattern})(?:机构|单位)?$", part)
        if m:
            info["rank"] = norm_rank(m.group(1))
            continue
        m = re.match(r"^(?:为|是)(.{2,16})$", part)
        if m and kind_phrase(m.group(1)) and not info["kind"]:
            info["kind"] = kind_phrase(m.group(1))
            rank = norm_rank(info["kind"])
            if rank and info["kind"].startswith(rank[:1]):
                info["rank"] = info.get("rank") or rank
            continue
        m = re.match(r"^(?:并)?由(.+?)(管理|代管|领导|主管)$", part)
        if m and as_name(m.group(1)):
            info["parent"], info["relation"] = as_name(m.group(1)), m.group(2)
            continue
        m = re.match(r"^(?:并|同时)?(?:承担|整合)(.+)$", part)  # "组建X，整合A全部职责、B的Y职责"
        if m:
            sources = parse_sources(m.group(1))
            if sources:
                info["sources"].extend(sources)
            continue
    return info


_MARKER = re.compile(r"^(省|市|县|区|州)(?!委|政府|人民政府)")


def _place_like_neighbours(names: list[str]) -> list[str]:
    """"组建县发展和改革局、住房和城乡建设局、县城乡规划管理局": a bare department in a list of the
    document's own bodies takes the place marker its neighbours carry (县住房和城乡建设局), never
    the reading of an internal division."""
    marks = [m.group(1) for m in map(_MARKER.match, names) if m]
    if len(set(marks)) != 1 or len(marks) * 2 <= len(names):
        return names
    out = []
    for name in names:
        bare = not _MARKER.match(name) and not re.match(r"^(?:国家|国务院|中共|中央|全国)", name) \
            and not divisions().place_prefix(name) and re.search(r"(?:局|委员会|委|办公室|中心)$", name)
        out.append(marks[0] + name if bare else name)
    return out


def _new_unit(ctx: Ctx, sent: Sentence, name: str, *, type_: EventType, inputs: list[str], duties: list[DutyMove],
              kind: str | None, parent: str | None, relation: str | None, rank: str | None = None) -> None:
    if kind and RELATION_ONLY_KIND.fullmatch(kind):
        kind = None  # "为Y的下设机构": a relation to Y (read by the description), no kind
    om = re.fullmatch(r"(?P<o>(?:[省市县区州旗]|自治区)?(?:委|政府|人民政府))(?:直属|所属|下属)(?P<k>.{0,8}事业(?:单位|机构))", kind or "")
    if om and not parent:  # "设立县政府直属事业单位X": owned by the government, kind 事业单位
        owner = om.group("o")
        parent, relation, kind = (owner[:-2] + "人民政府" if owner.endswith("政府") and not owner.endswith("人民政府")
                                  else owner), "所属", om.group("k")
    if parent and re.fullmatch(r"[\u4e00-\u9fff*＊xX]{0,12}?(?:省|市|县|区|州|旗|镇|乡|自治区|自治州|自治县)政府", parent):
        parent = parent[:-2] + "人民政府"  # "为镇政府所属事业单位": the government written in full
    if ctx.looks_like_division(name) and not parent and ctx.focus:
        name = ctx.division_name(name)
        parent, relation, kind = ctx.focus, "内设", kind or "内设机构"
        ctx.divisions.add(name)
        ctx.units.append(UnitStatement(_mention(name), ctx.prov(sent), kind="内设机构", parent=_mention(parent),
                                       parent_relation="内设"))
    elif kind or parent or rank:
        ctx.units.append(UnitStatement(_mention(name), ctx.prov(sent), kind=kind, rank=rank,
                                       parent=_mention(parent) if parent else None, parent_relation=relation))
    if name not in ctx.established:
        ctx.established.append(name)
    ctx.recent.append(name)
    if ctx.regulation:
        ctx.mark(sent)
        return
    _event(ctx, sent, type_, [i for i in inputs if i != name] if type_ == EventType.ESTABLISH else inputs, [name],
           duties=duties, kind=kind if type_ == EventType.ESTABLISH else None,
           parent=_mention(parent) if parent else None, relation=relation)


def _integration(sent: Sentence, clause: str, ctx: Ctx) -> None:
    # "将A的X职责、B的Y职责划转，组建Z": duties handed over to a body formed in the same clause chain
    m = re.search(r"(?:进行)?(?:整合|合并|划转(?=[，,]\s*(?:重新组建|组建|设立|成立)))(?:(?P<as>为)|(?=而(?:成|来))|[，,]?\s*(?:后)?(?:[^，。；]{0,12}?)"
                  r"(?P<how>重新组建|组建|设立|成立|统一划入|整合划入|划入|并入|(?<=撤乡设镇)设|统一交由|交由))了?(?P<rest>.*)$", clause)
    if not m:
        _integrate_first(sent, clause, ctx)
        return
    start = _start_of_sources(clause, m.start())
    sources = parse_sources(clause[start : m.start()]) if start is not None else None
    partnered = partnered_clause(re.split(r"[，：]", clause[: m.start()])[-1])
    if not sources:
        # "A与B合并，组建C" (givers first, no 将) / "X将安全生产…职责进行整合" (no giver named)
        head = re.split(r"[，：]", clause[: m.start()])[-1]
        # "1942年12月A与B合并" (a chronicle date glued to the givers), "A、B和C成建制合并" (whole)
        head = re.sub(r"(?:成建制|整建制)$", "", re.sub(r"^\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?", "", head))
        opening = partnered_clause(head)
        head = head[opening.end():] if opening else head  # "1998年同B合并…": B, the subject left unwritten
        jm = re.search(r"将([^将]+)$", head)
        sources = parse_sources(jm.group(1), giverless=True) if jm else parse_sources(head)
        if not sources:
            return
    how, rest = (m.group("how") or "组建"), m.group("rest")
    how = "设立" if how == "设" else how  # "合并后撤乡设镇设D"
    target = _target(rest, ctx)
    if not target and start is not None and re.match(r"^\s*而(?:成|来)", rest):
        # "新组建的X将A的职责，B的Y职责等整合组建而成": the body named before 将 is formed
        head = re.split(r"[，：]", clause[: start - 1])[-1]
        target = name_at_end(re.sub(r"^.*?(?:新组建的|新成立的|组建后的)", "", head))
    if not target:
        return
    after = m.start("rest") + len(rest) - len(rest.lstrip())
    info = _follow_clauses(ctx, clause, after)
    inputs = _source_units(sources)
    if partnered and re.match(r"\s*(?:为|成)?\s*新的", rest) and target not in inputs:
        inputs.insert(0, target)  # "1995年与B合并组建为新的X": X keeps its name, formed again with B
    if how == "重新组建":
        if target not in inputs:
            inputs.insert(0, target)
        _new_unit(ctx, sent, target, type_=EventType.RE_FORM, inputs=inputs, duties=_duty_moves(sources, whole_as_move=False),
                  kind=info["kind"], parent=info["parent"], relation=info["relation"])
        return
    if target in inputs and how in ("组建", "设立", "成立"):
        _new_unit(ctx, sent, target, type_=EventType.RE_FORM, inputs=inputs,
                  duties=_duty_moves(sources, whole_as_move=False), kind=info["kind"], parent=info["parent"],
                  relation=info["relation"])
        return
    if how in ("组建", "设立", "成立") or target in ctx.planned_establish or target in ctx.established:
        _new_unit(ctx, sent, target, type_=EventType.ESTABLISH, inputs=inputs,
                  duties=_duty_moves(sources, whole_as_move=False), kind=info["kind"], parent=info["parent"],
                  relation=info["relation"])
        return
    if ctx.regulation:
        return
    for units, duty, owner in sources:
        if not units and duty:  # "将X等执法职责整合，统一交由B承担": no giver named
            _event(ctx, sent, EventType.TRANSFER_DUTY, [], [target], duties=[DutyMove(None, duty)])
        for unit in units:
            _event(ctx, sent, EventType.TRANSFER_DUTY, [unit], [target],
                   duties=_duty_moves([([unit], duty, owner)], whole_as_move=True,
                                      word=_whole_word(clause[start or 0 : m.start()])))


def _integrate_first(sent: Sentence, clause: str, ctx: Ctx) -> None:
    """"整合A、B（的职责），组建C" — the givers written after 整合."""
    clause = clause.rstrip("。！？ ")  # the sentence's own stop closes the last clause
    m = re.search(r"(?:整合|合并)(?P<src>[^，。；]{2,200}?)[，,]\s*(?P<how>重新组建|组建|设立|成立)(?P<rest>[^。；]*)$", clause)
    if not m:
        # "整合A的职责，B的X、C的Y等管理职责组建Z": givers over "，", no "，" before 组建 (the
        # last giver's duty closes right before the verb)
        # "省政府整合A的职责，B的Y职责，…以及C、D等相关职责，组建Z": a government as the subject, "，" before 组建
        m = re.search(r"(?:^|[，：])(?:[^，。；：]{0,12}?(?:人民政府|政府|党委|编委))?整合(?P<src>[^，。；][^。；]{1,400}?(?:职责|职能))"
                      r"(?:等)?[，,]?\s*(?P<how>重新组建|组建|设立|成立)(?P<rest>[^。；]*)$", clause)
    if not m or _BASED_AND_GIVEN.search(clause):
        return  # "在A的基础上，整合B的职责，组建Z": the re-forming reader's (``_reform``)
    sources = parse_sources(m.group("src"))
    target = _target(m.group("rest"), ctx)
    if not sources or not target:
        return
    inputs = _source_units(sources)
    after = m.start("rest") + len(m.group("rest")) - len(m.group("rest").lstrip())
    info = _follow_clauses(ctx, clause, after)
    type_ = EventType.RE_FORM if m.group("how") == "重新组建" or target in inputs else EventType.ESTABLISH
    if type_ == EventType.RE_FORM and target not in inputs:
        inputs.insert(0, target)
    _new_unit(ctx, sent, target, type_=type_, inputs=inputs, duties=_duty_moves(sources, whole_as_move=False),
              kind=info["kind"], parent=info["parent"], relation=info["relation"])


_CLASS_SUBJECT = re.compile(
    r"(?:^|[，；：])\s*(?:(?:全[省市县区]|各|每个?|所有)(?:乡镇|乡|镇|街道|社区|村|县|区|市)|乡镇|乡镇（街道）|镇（街道）|"
    r"县（市、区）|县（市）区|县市区|市辖区|区县)(?:政府|人民政府|党委|办事处)?(?:都|均|统一|一律|要|应|应当|可|可以)?\s*$")


# "同年县内各乡镇和县直各单位均成立X" / "全县各部门都设立Y": every body of a class forms its own, no one body is formed
_EACH_OF_A_CLASS = re.compile(r"(?:^|[，；：])[^，；：]{0,12}?各(?:乡镇|乡|镇|街道|村|社区|单位|部门|机关|县|区|市|学校)[^，；：]{0,14}?"
                              r"(?:均|都|也都|普遍|相继|陆续|先后|分别)\s*$")
_CLASS_START = re.compile(_CLASS_SUBJECT.pattern.replace("(?:^|[，；：])", "^").replace("\\s*$", "(?:设立|设置|组建|成立|新设)"))


def _with_shared_heads(rest: str) -> list[str] | None:
    parts = _split_top(rest, "、")
    if len(parts) < 2:
        return None
    first = name_at_start(parts[0])
    if not first or not parts[0].endswith(first):
        return None
    out = [first]
    for part in parts[1:]:
        names = shared_head(part, out)
        if not names:
            return None
        out.extend(names)
    return out


def _establish(sent: Sentence, clause: str, ctx: Ctx) -> None:
    for m in _EST_VERB.finditer(clause):
        pre = clause[: m.start()]
        if _NEGATION.search(pre[-6:]) or pre.endswith(("重新", "的", "不再")) or re.search(r"基础上(?:重新)?$", pre):
            continue
        if m.group(1).startswith("新") and pre.endswith("重"):
            continue
        if re.search(r"(?:在|于).{0,30}?基础上.{0,4}$", pre):
            continue
        if _CLASS_SUBJECT.search(pre) or _CLASS_START.match(clause) or _EACH_OF_A_CLASS.search(pre):
            continue  # "乡镇设立党政办公室…" / "各街道统一设立…": a rule for a class of places, no body formed
        if m.group(1) == "建立" and (ctx.sanding or ctx.about_sanding or ctx.regulation):
            continue  # in a 三定 or a rule "建立…中心/平台" is a duty, not a body formed
        if m.group(1) == "新组建" and clause[m.end() : m.end() + 1] == "的":
            continue  # "并入新组建的X": handled by _merge
        obj = re.split(r"[，。；]", clause[m.end() :], maxsplit=1)[0]
        if obj.startswith("的"):
            continue  # "这是全省成立的首家监察委员会": a body described, not formed here
        if not obj:
            # "X挂牌成立" / "X正式成立": the unit is written before the verb.
            if m.group(1) == "成立" and re.search(r"(?:挂牌|正式)$", pre):
                bare = re.sub(r"(?:挂牌|正式)$", "", pre)
                name = name_at_end(bare)
                if name and re.search(r"在\s*$", bare[: bare.rfind(name)] if name in bare else ""):
                    name = None  # "X在县广播电视台挂牌成立": the venue after 在 is not the body opened
                if name:
                    _new_unit(ctx, sent, name, type_=EventType.ESTABLISH, inputs=[], duties=[], kind=None,
                              parent=None, relation=None)
            continue
        rank, kind, rest = split_kind_prefix(obj)
        names: list[str] = []
        listed = split_names(rest)
        shared = _with_shared_heads(rest) if not listed else None
        if listed and len(listed) > 1:
            names = _place_like_neighbours(listed)
        elif shared:
            names = shared  # "成立…市数据局机关党委、机关纪委": the bare body shares the head before it
        else:
            name = name_at_start(rest)
            if name:
                tail = rest[rest.find(name[-2:]) + 2 :] if name[-2:] in rest else ""
                if re.match(r"^(?:是|的|工作|以来|之|时|后|前|大会|仪式)", tail):
                    continue
                names = [name]
        if not names:
            continue
        info = _follow_clauses(ctx, clause, m.end() + len(obj))
        bm = re.search(rf"（[^）]*?({RANK_RE.pattern})", obj)
        if bm and rank is None and len(names) == 1:
            rank = norm_rank(bm.group(1))
        inputs = _source_units(info["sources"])
        duties = _duty_moves(info["sources"], whole_as_move=False)
        own = re.split(r"[，,]", pre)[-1]  # the host is the clause's own subject ("撤销A街道，设立B街道办事处": none)
        host = name_at_end(re.sub(r"(?:新|再|还|另|拟|同时)$", "", own)) if own.strip() else None
        said = re.sub(r"^\s*(?:(?:19|20)\d{2}\s*年)?(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[，,]?\s*", "", own)
        said = re.sub(r"(?:也|已|已经|率先|正式|新|再|还|另|同时|于近日|近日)+$", "", said)
        placed = None
        for k in range(min(len(said), 7) if said and not host else 0):  # "广东云浮市郁南县": a province's stem before
            found = divisions().place_prefix(said[k:] + "办公室")
            if found and found[1] == len(said) - k and len(said) - k >= 2:
                placed = found
                break
        if placed:
            # "广东云浮市郁南县成立民政和退役军人事务局": a bare department formed by the place written before the verb
            # a township or street is a place of its own: "丰台区增设玉泉营街道" is 玉泉营街道 (gold README)
            names = [n if divisions().place_prefix(n) or re.match(r"^(?:省|市|县|区|州|旗|镇|乡|国家|国务院|中共|中央|全国)", n)
                     or re.search(r"(?:街道|镇|乡)(?:办事处)?$", n) else placed[0] + n for n in names]
        at = re.search(r"(?:^|[^\u4e00-\u9fff]|同意|决定|批准)在(?P<b>[\u4e00-\u9fff（）()]{3,40}?)(?:内|下|机关)?(?:新|另|单独|增|加挂牌子)?$", own)
        if at and not info["parent"] and as_name(at.group("b")) == at.group("b") and not only_place(at.group("b")):
            info["parent"] = at.group("b")  # "在县卫生健康局设立县疾病预防控制中心": its parent, relation not written
        if m.group(1) == "建立":
            # the weak verb ("建立城市管理委员会"): the body is formed, but what follows ("建立X，为企业
            # 提供…") is as often a purpose as a description, and "A建立B" no internal division
            for name in names:
                if name not in ctx.established:
                    ctx.established.append(name)
                _event(ctx, sent, EventType.ESTABLISH, [], [name])
            continue
        for name in names:
            if host and host != name and ctx.looks_like_division(name, host) and not info["parent"]:
                division = ctx.division_name(name, host)
                ctx.divisions.add(division)
                ctx.units.append(UnitStatement(_mention(division), ctx.prov(sent), kind="内设机构",
                                               parent=_mention(host), parent_relation="内设"))
                if not ctx.regulation:
                    _event(ctx, sent, EventType.ESTABLISH, [], [division], parent=_mention(host), relation="内设")
                continue
            made_kind = info["kind"] or kind
            setter = re.sub(r"(?:决定|研究决定|同意|批准|正式|新|再|另)+$", "", own.strip())
            if made_kind and made_kind.startswith("直属") and obj.lstrip().startswith(made_kind) and re.fullmatch(
                    r"(?:[省市县区州旗]|自治区)?(?:委|政府|人民政府)|国务院|党中央|中共中央", setter):
                made_kind = setter.replace("人民政府", "政府") + made_kind  # "国务院设立直属机构X": 国务院直属机构
            _new_unit(ctx, sent, name, type_=EventType.ESTABLISH, inputs=inputs, duties=duties,
                      kind=made_kind, parent=info["parent"], relation=info["relation"],
                      rank=rank or info["rank"])


# "在A的基础上，划入B的相关职责，组建Z" / "在A基础上，整合B的Y职责，重新组建Z": A re-formed with B's duties added
_BASED_AND_GIVEN = re.compile(r"在(.{2,80}?)(?:的)?基础上[，,]\s*(?:划入|整合|并入|承接|吸收)(?P<given>[^，。；]{2,120}?(?:职责|职能))"
                              r"[，,]\s*(?:重新)?(?:组建|设立|成立)(?P<made>.{2,40}?)(?=[，。；]|$)")


# "在A基础上组建Z" / "在A的基础上，成立Z" / "以A为基础，组建Z": A re-formed as Z (a comma may stand before the verb)
_BASED_ON = re.compile(r"(?:在(.{2,80}?)(?:的)?基础上|以([^，。；]{2,80}?)为基础)[，,]?\s*(?:重新)?(?:组建|设立|成立)(?P<made>[^，。；]{2,40}?)(?=[，。；]|$)")


# "Z在对A、B进行整合的基础上，于2020年6月18日挂牌成立" / "Z对A、B和…等机构、平台进行整合的基础上，正式成立": Z, the
# subject, written first; 在 may be left out when 对…进行整合 opens the base; a date (于…), 正式 and 挂牌 may stand
# between 基础上 and the verb (seventeenth session)
_SUBJECT_BASED = re.compile(r"(?:在|(?<=[\u4e00-\u9fff])(?=对))([^，。；]{0,120}?(?:整合|合并|融合)[^，。；]{0,120}?)的?基础上[，,]?\s*"
                            r"(?:于[^，。；]{4,14}?)?(?:正式)?(?:挂牌)?(?:整合)?(?:重新)?(?:组建|设立|成立)(?:了)?(?=[，。；]|$)")
# what a base written as an integration adds around its bodies: "整合A、B", "对A、B进行整合", "将A、B进行了合并",
# "对A、B和“甲”“乙”等机构、平台和宣传资源进行整合" (the platforms and resources are no bodies)
_BASE_LEAD = re.compile(r"^(?:对|将|把)?(?:原)?(?:整合|合并|归并整合|融合)?")
_BASE_ACT = re.compile(r"(?:进行了?|予以)?(?:整合|合并|融合)$")
_BASE_CLASSES = re.compile(r"等(?:[^、，。；“”]{0,4}(?:机构|单位|部门|平台|资源|力量|职能|职责)[、和及与]?)+$")


def _integrated_base(base: str) -> str:
    """The bodies of a base written as an integration: "整合A、B" / "对A、B进行整合" / "对A、B和“甲”“乙”等机构、平台和
    媒体资源进行整合" → "A、B" (the quoted platforms dropped: the names reader keeps only bodies); a plain base is
    returned as written."""
    text = base.strip()
    if not re.search(r"整合|合并|融合", text):
        return base
    text = _BASE_LEAD.sub("", text, count=1)
    text = _BASE_CLASSES.sub("", _BASE_ACT.sub("", text, count=1), count=1)
    text = re.sub(r"(?:和|及|以及)?(?:“[^”]{1,20}”)+$", "", text)  # "…和“甲”“乙”": the platforms close the list
    return text or base


def _reform(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    for m in re.finditer(r"重新组建([^，。；]{2,160})", clause):
        if re.search(r"整合[，,]?\s*$", clause[: m.start()]):
            continue  # handled by _integration
        if re.search(r"基础上\s*$", clause[: m.start()]) or \
                any(g.start("made") == m.start(1) for g in _BASED_AND_GIVEN.finditer(clause)):
            continue  # "在A的基础上（，整合B的职责，）重新组建Z": A is the source (below); Z is its own only when it is A
        listed = split_names(split_kind_prefix(m.group(1))[2])
        # "重新组建市发展和改革委员会、市商务局、市食品药品监督管理局": each listed body is re-formed from itself
        names = _place_like_neighbours(listed) if listed and len(listed) > 1 else [_target(m.group(1), ctx)]
        for name in names:
            if name:
                _new_unit(ctx, sent, name, type_=EventType.RE_FORM, inputs=[name], duties=[], kind=None,
                          parent=None, relation=None)
    based = _BASED_ON.search(clause) or _BASED_AND_GIVEN.search(clause)
    if based:
        base = based.group(1) or (based.group(2) if "made" in based.re.groupindex and based.re is _BASED_ON else "") or ""
        base = _integrated_base(base)  # "在整合A、B的基础上" / "在对A、B进行整合的基础上": A and B
        listed = names_in_list(base)
        sources = parse_sources(base) or ([(listed, None, None)] if listed else None)
        given = parse_sources(based.group("given")) if "given" in based.re.groupindex else None
        if sources and given and all(units for units, _, _ in given):
            sources = sources + given  # "在A的基础上，划入B的Y职责，组建Z": B gives Y to the re-formed body
        name = _target(based.group("made"), ctx)
        if sources and name:
            info = _follow_clauses(ctx, clause, based.end())
            _new_unit(ctx, sent, name, type_=EventType.RE_FORM, inputs=_source_units(sources),
                      duties=_duty_moves(sources, whole_as_move=False), kind=info["kind"], parent=info["parent"],
                      relation=info["relation"])
    else:
        # "Z，…，在A、B的基础上整合组建，于…成立" / "Z在A、B的基础上组建": Z, the subject, is written first
        based = re.search(r"在(.{2,80}?)(?:的)?基础上(?:整合)?(?:重新)?(?:组建|设立|成立)(?=[，。；]|$)", clause) \
            or _SUBJECT_BASED.search(clause)
        subject = name_at_start(clause.lstrip()) if based else None
        if based and subject and not based.group(1).startswith(subject):
            base = _integrated_base(based.group(1))
            listed = names_in_list(base)
            sources = parse_sources(base) or ([(listed, None, None)] if listed else None)
            if sources:
                _new_unit(ctx, sent, subject, type_=EventType.RE_FORM, inputs=_source_units(sources),
                          duties=_duty_moves(sources, whole_as_move=False), kind=None, parent=None, relation=None)
    regrouped = re.search(r"(.{2,40}?)(?:整建制)?重组为(.{2,40}?)(?=[，。；]|$)", clause)
    if regrouped:
        old = name_at_end(re.sub(r"^.*?将", "", regrouped.group(1)))
        new = _target(regrouped.group(2), ctx)
        if old and new:
            _new_unit(ctx, sent, new, type_=EventType.RE_FORM, inputs=[old], duties=[], kind=None, parent=None,
                      relation=None)
    for rm in re.finditer(r"整合重组(.{2,40}?)(?=[，。；]|$)", clause):
        name = _target(rm.group(1), ctx)
        if name:
            _new_unit(ctx, sent, name, type_=EventType.RE_FORM, inputs=[name], duties=[], kind=None, parent=None,
                      relation=None)


# ---------------------------------------------------------------------------
# Abolish / merge / rename
# ---------------------------------------------------------------------------


def _leading_names(text: str) -> list[str]:
    """Names at the start of a list, up to the first part that is not a name."""
    out: list[str] = []
    for part in _split_top(text, "、，"):
        if re.match(r"(?:成立|组建|设立|新设|重新|同步|同时|并|将|由|其|设(?![计备施])|另设|增设|改设|建立|分设)", part):
            break  # the next clause ("撤销A、B，成立C", "撤销A，设B、C、D"), not the list
        part = re.sub(r"^(?:单设的|原)", "", part.strip())
        if "（" in part or "(" in part:  # "县农业局（县畜牧局）和县林业局": another name of a body inside the part
            part = _without_bracketed_signs(part)
        # "单设的市外国专家局（市引进国外智力办公室）": the qualifier and the bracketed other name are no part of it
        part = re.sub(r"[（(][^（）()]{2,40}[）)]$", "", part)
        names = split_names(part) or shared_head(part, out) or _kinded_items(part)
        if not names:
            break
        out.extend(names)
    return out


def _kinded_items(part: str) -> list[str]:
    """"信息产业厅和省政府直属事业单位乡镇企业局": items joined by 和/及, an item written after its kind."""
    pieces = [p for p in re.split(r"以及|和|及", part) if p]
    names = [as_name(split_kind_prefix(p)[2]) for p in pieces]
    return [n for n in names if n] if len(pieces) > 1 and all(names) else []


def _without_bracketed_signs(part: str) -> str:
    """"市文化局（市新闻出版局）", "县农业局（县畜牧局）和县林业局" in a list: a bracket holding another name of the body
    before it (its sign, its other name) is left out, so the list reads as its bodies ("（及其办公室）" stays)."""
    return re.sub(r"[（(](?P<inner>[^（）()]{2,40})[）)]", lambda b: "" if as_name(b.group("inner")) else b.group(0), part)


def _abolish(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    for m in re.finditer(r"(不再(?:保留|设立|单设|设置)|撤销|撤消)了?([^。；]+)", clause):
        pre = clause[: m.start()]
        if _NEGATION.search(pre[-6:]):
            continue
        body = re.sub(r"(?<=[乡镇道区县市])建制", "", m.group(2))  # "撤销河口乡建制"
        body = re.sub(r"^了(?=[\u4e00-\u9fff]{2})", "", body)  # "撤销了A镇和B乡": the aspect word is no part of a name
        if "牌子" in re.split(r"[，,]", body)[0]:
            continue  # "不再保留X牌子" is a sign move; a 牌子 in a later clause ("…，对外保留Y牌子") is not this one's
        # "不再保留承担行政职能的事业单位A、B": the class written before the list is each body's kind (17th session)
        classed = re.match(r"(?:[^，。；、]{0,12}?的)?(?P<k>事业单位)(?=[\u4e00-\u9fff]{2})", body)
        for name in _leading_names(body):
            _event(ctx, sent, EventType.ABOLISH, [name], [])
            if classed:
                ctx.units.append(UnitStatement(_mention(name), ctx.prov(sent), kind=classed.group("k")))


def _merged_into_before(sent: Sentence, before: str, ctx: Ctx) -> str | None:
    """The receiver of the 并入 this sentence read in the clause right before ("A并入B，(对外)保留…牌子")."""
    if not re.search(r"(?:并入|撤并到|撤并至|撤并入|合并到|合并至|合并入)[^，。；]{2,40}[，,]\s*(?:并|同时)?(?:对外)?$", before):
        return None
    start = ctx.prov(sent).start
    received = [e.outputs[0].name for e in ctx.events_at.get(start, []) if e.type == EventType.MERGE_INTO and e.outputs
                and e.prov.start == start]
    return received[-1] if received else None


def _merge(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    for m in re.finditer(r"(?:整体|整建制)?(?:并入|撤并到|撤并至|撤并入|合并到|合并至|合并入)", clause):
        left = clause[: m.start()]
        left = left[left.rfind("将") + 1 :] if "将" in left else left
        left = re.split(r"[，。；]", left)[-1]
        olds = _names_or_end(strip_item_number(left))
        right = re.split(r"[，。；]", clause[m.end() :], maxsplit=1)[0]
        fresh = bool(re.match(r"^(?:新组建|新设立|新成立|新设)的", right))
        new = _target(right, ctx)
        if not olds or not new:
            continue
        for old in olds:
            _event(ctx, sent, EventType.MERGE_INTO, [old], [new])
        if re.match(r"^[，,]\s*(?:并|同时)?(?:对外)?保留牌子", clause[m.end() + len(right):]) \
                and not (ctx.sanding or ctx.about_sanding):
            for old in olds:  # "A并入B，对外保留牌子": A's name stays as B's sign
                if old != new:
                    _sign_event(ctx, sent, new, old, EventType.ADD_SIGN)
        if fresh:
            _new_unit(ctx, sent, new, type_=EventType.ESTABLISH, inputs=olds, duties=[], kind=None, parent=None,
                      relation=None)


def _rename(sent: Sentence, clause: str, ctx: Ctx) -> None:
    """"A更名为B" (更名为, 改名为, 名称变更为, 更名, 改称, and 改为 before one whole name); each
    comma part of a chronicle sentence may rename its own body ("A改为B，C改为D")."""
    if ctx.regulation:
        return
    done = 0
    for m in re.finditer(r"更名为|改名为|名称变更为|(?<!名称)变更为|更名|改称|(?<![设建组制转])改为", clause):
        if m.start() < done:
            continue
        part_start = max(clause.rfind(ch, 0, m.start()) for ch in "，。；") + 1
        left = clause[part_start : m.start()]
        whole = clause[: m.start()]
        if "将" in left:
            left = left[left.rfind("将") + 1 :]
        elif "将" in whole and part_start == 0:
            left = whole[whole.rfind("将") + 1 :]
        left = re.sub(r"(?:现|现已|已|已经|也|正式|同时|随后|后)$", "", left)  # "X现更名为Y" (统一更名为: renamed_each)
        # "将A（简称甲）更名为B" / "将A（甲）更名为B": A's short form or other name in brackets is no part of the old name
        left = re.sub(r"[（(][^（）()]{1,30}[）)]$", "", left)
        old = as_name(left) or name_at_end(left)
        if not old and re.fullmatch(r"(?:并|同时|并且|再)?", left.strip()) and "将" in whole:
            # "将A由K1调整为K2，并更名为B": the body the sentence opened with 将
            old = name_at_start(whole[whole.rfind("将") + 1:])
        written_new = re.split(r"[，。；]", clause[m.end() :], maxsplit=1)[0]
        new = name_at_start(written_new)
        if m.group(0) in ("改为", "变更为") and (not new or new != written_new.strip() or kind_phrase(written_new)
                                     or re.search(r"(?:镇|乡|街道)$", new)):
            continue  # "A改为B" renames only when B is one whole name (not "改为事业单位", "改为建制镇", "改为正科级")
        if old and new and old != new:
            done = m.end() + len(written_new)
            _event(ctx, sent, EventType.RENAME, [old], [new])
            info = _follow_clauses(ctx, clause, done)
            if info["kind"] or info["rank"] or info["parent"]:
                ctx.units.append(UnitStatement(_mention(new), ctx.prov(sent), kind=info["kind"], rank=info["rank"],
                                               parent=_mention(info["parent"]) if info["parent"] else None,
                                               parent_relation=info["relation"]))


# ---------------------------------------------------------------------------
# Duty and unit transfers
# ---------------------------------------------------------------------------

_TRANSFER_VERB = re.compile(r"(分别)?(?:划入|划归|划给|划转至|划转到|划转给|划转入|划到|划至|转隶至|转隶到|交由|改由|移交给|移交至|移交|"
                            r"(?<=职责)并入|(?<=职能)并入|划转(?![至到给入]))"
                            r"(?:了(?=新|[省市县区]|国家|中共))?")  # "…职责被划入了新组建的县委社会工作部"


def _transfer(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    for m in _TRANSFER_VERB.finditer(clause):
        if "改由" in m.group(0) and not re.match(r"[^，。；]{2,40}?(?:承担|负责|履行|行使)(?=$|[，。；])", clause[m.end() :]):
            continue  # "C改由B管理/代管" is a parent change (`_transfer_unit`); "X职责改由B承担" moves X
        pre = clause[: m.start()]
        if re.search(r"(?:整合|合并)[，,]?\s*(?:后)?(?:统一|整合)?$", pre):
            continue  # handled by _integration
        start = _start_of_sources(clause, m.start())
        src_text = pre[start:] if start is not None else pre[pre.rfind("：") + 1 :]
        src_text = re.sub(r"(?:已经?|均|也)?被$", "", src_text)  # the passive: "A的职责被划入B"
        # "A职责整体划入B", "…一并划入", "…统一划入": the adverb is no part of the duty
        src_text = re.sub(r"(?:整体|一并|全部|统一|整建制|成建制|相应)$", "", src_text)
        src_text = re.sub(r"(?:已经?|已)?(?:正式|顺利)$", "", src_text)  # "…职能正式移交至B": an adverb of the news
        if re.search(r"\d+\s*名|[一二三四五六七八九十百]+名|领导职数", src_text) or (
                "编制" in src_text and not re.search(r"职责|职能", src_text)):
            continue  # staffing moves are StaffingStatements ("职责及相应编制划入B" moves the duty)
        # "撤销A，其职责划入B": 其 is the unit named just before.
        om = re.search(r"(?:^|，)其((?:承担的|的)?[^，]*?(?:职责|职能))$", src_text)
        if om:
            before = [n for _, _, n in find_names(src_text[: om.start()])]
            src_text = (before[-1] + "的" + om.group(1).lstrip("的")) if before else src_text
            if om.group(1) in ("职责", "职能", "的职责") and before:
                src_text = before[-1] + "的职责"
        sources = parse_sources(src_text)
        giverless = None
        if not sources:
            giverless = _giverless_phrase(pre)
            if not giverless:
                continue
            own = ctx.focus if (ctx.sanding or ctx.about_sanding or ctx.notice) else None
            sources = [([own] if own else [], giverless, None)]
        rest = re.split(r"[，。；]", clause[m.end() :], maxsplit=1)[0]
        worded = re.search(r"(?:统一)?(管理|代管|领导|主管)$", rest)  # "划归B管理", "交由B代管": as worded
        rest = rest[: worded.start()] if worded else rest
        relation = worded.group(1) if worded else "所属"
        rest = re.sub(r"(?:承担|负责|行使|履行)$", "", rest)  # "改由B承担", "移交B负责"
        if m.group(1):
            receivers = names_in_list(rest)
        else:
            target = _target(rest, ctx)
            receivers = [target] if target else []
        if not receivers:
            continue
        unit_sources = [(u, owner) for units, duty, owner in sources if owner or (duty is None and not _mentions_duty(src_text))
                        for u in units]
        duty_sources = [s for s in sources if not (s[2] or (s[1] is None and not _mentions_duty(src_text)))]
        for receiver in receivers:
            for unit, _owner in unit_sources:
                _event(ctx, sent, EventType.TRANSFER_UNIT, [unit], [receiver], relation=relation)
                ctx.units.append(UnitStatement(_mention(unit), ctx.prov(sent), parent=_mention(receiver),
                                               parent_relation=relation))
            for units, duty, owner in duty_sources:
                if giverless and [ctx.full(u) for u in units] == [ctx.full(receiver)]:
                    units = []  # "将X职责划入B" in a text about B: a duty moving in from no named giver, never B's own
                if not units and duty:  # "将X职责移交B承担": no giver named
                    _event(ctx, sent, EventType.TRANSFER_DUTY, [], [receiver], duties=[DutyMove(None, duty)])
                for unit in units:
                    _event(ctx, sent, EventType.TRANSFER_DUTY, [unit], [receiver],
                           duties=_duty_moves([([unit], duty, owner)], whole_as_move=True, word=_whole_word(src_text)))
        # "…职责划入C，对外保留牌子": the givers' names stay as C's signs.
        tail = clause[m.end() :]
        if re.search(r"^[^。；]*?，(?:并)?(?:对外)?保留牌子", tail) and len(receivers) == 1:
            for units, _, _ in duty_sources:
                for unit in units:
                    _sign_event(ctx, sent, receivers[0], unit, EventType.ADD_SIGN)


def _taken_in(sent: Sentence, clause: str, ctx: Ctx) -> None:
    """"划入的职责：划入原A、原B的职责；划入原C的X职责" (a 三定's 职责调整, the receiver its own unit) /
    "新组建的X由A、B整合而成，同时划入原C、D部分职能" (the receiver the body the sentence opens with):
    a clause opening with 划入 and naming givers (原 or 的 after them) moves their duties in."""
    if ctx.regulation:
        return
    m = re.search(r"(?:^|[，：])\s*(?:同时|并|还|另)?划入(?:了)?(?P<src>[^。；：]{2,300}?)(?:等)?\s*$", clause.rstrip("。！？"))
    if not m or not re.search(r"的|^原|职能$|职责$", m.group("src")):
        return
    sources = parse_sources(m.group("src"))
    if not sources or not all(units for units, _, _ in sources):
        return
    receiver = None
    if ctx.focus and (ctx.sanding or ctx.about_sanding or ctx.notice):
        receiver = ctx.focus
    else:
        om = re.search(r"(?:新组建的|新成立的|组建后的)(?P<body>[^，。；：]{2,40})", clause[: m.start()])
        receiver = name_at_start(om.group("body")) if om else None
    if not receiver:
        return
    for units, duty, owner in sources:
        for unit in units:
            if unit != receiver:
                _event(ctx, sent, EventType.TRANSFER_DUTY, [unit], [receiver],
                       duties=_duty_moves([([unit], duty, owner)], whole_as_move=True, word=_whole_word(m.group("src"))))


_FROM_TO = re.compile(
    r"(?:^|[，：])\s*(?P<duty>[^，。；：将]{2,80}?(?:职责|职能))由(?P<giver>[^，。；]{2,40}?)"
    r"(?:划转至|划转到|划转给|划转|划给|划入|划归|移交给|移交至|移交|调整至|调整到|调整为由|改由|交由)"
    r"(?P<to>[^，。；]{2,40}?)(?:承担|负责|履行|行使|统一管理|管理)?(?=$|[，。；])")


def _moved_from_to(sent: Sentence, clause: str, ctx: Ctx) -> None:
    """"森林防火职责由县林业局划转至县应急管理局" (the duty first, no 将): X moves from A to B."""
    if ctx.regulation:
        return
    for m in _FROM_TO.finditer(clause.rstrip("。！？")):
        duty = m.group("duty").strip()
        giver, receiver = as_name(m.group("giver")), _target(m.group("to"), ctx)
        if not giver or not receiver or giver == receiver or _NOT_A_PHRASE.match(duty) or find_names(duty):
            continue
        if "将" in clause[: m.start("duty")]:
            continue  # "将X，Y职责由A划给B": the phrase opens at 将 (read with it), not at the "，"
        _event(ctx, sent, EventType.TRANSFER_DUTY, [giver], [receiver], duties=[DutyMove(_mention(giver), duty)])


_BORNE_BY = re.compile(r"(?:^|[，；：])\s*(?P<src>[^，。；：将]{1,80}?(?:职责|职能))(?:改|转)?由(?P<to>[^，。；]{2,40}?)"
                       r"(?:承担|负责|行使|履行)(?=$|[，。；])")


def _borne_by(sent: Sentence, clause: str, ctx: Ctx) -> None:
    """"撤销县计委，其职责由县经委承担" / "县林业局的森林防火职责由县应急管理局承担": the duty of a named
    giver (其: the body named just before) is borne by B from now on. A phrase with no named giver
    ("…进入市场后的监管职责由B承担", a 职责分工 part) moves nothing."""
    if ctx.regulation:
        return
    for m in _BORNE_BY.finditer(clause.rstrip("。！？")):
        if "将" in clause[: m.start("src")]:
            continue  # "将A的X职责改由B承担" is read from 将
        src = m.group("src").strip()
        if src.startswith("其"):
            before = [n for _, _, n in find_names(clause[: m.start("src")])]
            if not before:  # "撤销县计委，其职责…": the body of the clause before, after its verb
                prev = [p for p in re.split(r"[，；]", clause[: m.start("src")]) if p.strip()]
                last = name_at_end(re.sub(r"(?:不再保留|不再设立|予以撤销)$", "", prev[-1])) if prev else None
                before = [last] if last else []
            if not before:
                continue
            rest = src[1:].lstrip("的")
            src = before[-1] + "的" + rest
        sources = parse_sources(src)
        receiver = _target(m.group("to"), ctx)
        if not sources or not receiver or not all(units for units, _, _ in sources):
            continue
        for units, duty, owner in sources:
            for unit in units:
                if unit != receiver:
                    _event(ctx, sent, EventType.TRANSFER_DUTY, [unit], [receiver],
                           duties=_duty_moves([([unit], duty, owner)], whole_as_move=True, word=_whole_word(src)))


_RECEIVER_FIRST = re.compile(
    r"(?:^|[，：])\s*(?:新组建的|新成立的|组建后的)?(?P<body>[^，。；：]{0,40}?)"
    r"(?:统一|还|并|同时|具体)?(?:承担|行使|履行)(?:了)?(?P<src>原[^。；]{2,400}?(?:职责|职能))(?:等)?(?=$|[，。；])")


def _receiver_first(sent: Sentence, clause: str, ctx: Ctx) -> None:
    """"县应急管理局承担原县民政局的救灾职责" / "县自然资源局统一行使原县国土资源局职责，以及县水利局的
    水资源调查职责": the body named first takes on the duties of the former holders (原 marks them);
    "原A承担的X" is read by `constructions._takes_on_former`."""
    if ctx.regulation:
        return
    clause = clause.rstrip("。！？")
    for m in _RECEIVER_FIRST.finditer(clause):
        body = (_target(m.group("body"), ctx) or name_at_end(m.group("body"))) if m.group("body").strip() else None
        if not body and not m.group("body").strip():
            # "X作为县政府工作部门，统一行使原A职责，…": a clause with no subject is the sentence's
            # opening body's, when the clauses before it describe that body
            before = [n for _, _, n in find_names(clause[: m.start()])]
            if len(before) >= 1 and re.search(r"作为|为|是", clause[: m.start()]):
                body = before[0]
        if not body:
            continue
        # the givers run on over "，" ("…职责，以及B的Y职责，C的Z职责"): the longest list that parses
        ends = [e.end() for e in re.finditer(r"(?:职责|职能)(?:等)?(?=$|[，。；])", clause[m.start("src") :])]
        sources = None
        for end in reversed(ends):
            src = clause[m.start("src") : m.start("src") + end]
            if re.search(r"承担的", src):
                continue
            sources = parse_sources(src)
            if sources and all(units for units, _, _ in sources):
                break
            sources = None
        if not sources:
            continue
        if any(body in units for units, _, _ in sources):
            continue
        formed = re.search(r"新组建的|新成立的|组建后的", clause[m.start() : m.start("body")])
        if formed or body in ctx.established or body in ctx.planned_establish:
            _event(ctx, sent, EventType.ESTABLISH, _source_units(sources), [body],
                   duties=_duty_moves(sources, whole_as_move=False))
            continue
        for units, duty, owner in sources:
            for unit in units:
                _event(ctx, sent, EventType.TRANSFER_DUTY, [unit], [body],
                       duties=_duty_moves([([unit], duty, owner)], whole_as_move=True, word=_whole_word(m.group("src"))))


_NOT_A_PHRASE = re.compile(r"^(?:上述|以上|前述|有关|相关|其|这些|该|各|全部|所有|原有|部分)")


def _giverless_phrase(pre: str) -> str | None:
    """"将城市客运管理职责移交B承担": the duty phrase after 将 when it names no giver (a 三定's or a
    notice's own duty); never "将上述职责…", "将有关职责…" (a phrase pointing elsewhere)."""
    m = re.search(r"(?:^|[，：])\s*将(?P<duty>[^，。；将]{2,80}?(?:职责|职能))$", pre)
    if not m or _NOT_A_PHRASE.match(m.group("duty")) or re.search(r"编制|人员|名额", m.group("duty")):
        return None
    duty = m.group("duty")
    if len(duty) <= 4 or find_names(duty):
        return None  # "将职责划入…"; a phrase with a body in it is read with its giver or not at all
    return duty


def _mentions_duty(text: str) -> bool:
    return bool(re.search(r"职责|职能|工作|任务|事项", text))


def _work_by(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    for m in re.finditer(r"((?:具体|日常)?工作)由(.{2,40}?)承担", clause):
        receiver = as_name(m.group(2))
        if not receiver:
            continue
        pre = clause[: m.start()]
        owner_text = re.split(r"[，。；]", pre)[-1]
        sources: list[str] = []
        if owner_text.endswith("的"):
            name = name_at_end(owner_text[:-1])
            if name:
                sources = [name]
        if not sources and not owner_text.strip():
            km = re.search(r"保留([^，。；]+)，[^，。；]*$", pre)
            if km:
                sources = names_in_list(km.group(1))
        for source in sources:
            if source == receiver:
                continue
            _event(ctx, sent, EventType.TRANSFER_DUTY, [source], [receiver],
                   duties=[DutyMove(_mention(source), m.group(1))])
    # "明确了X的主要职责，是…，承担省食品安全委员会的具体工作": the active form; the body doing a
    # coordinating body's work is the clause's first unit (not in a 三定's standing duty list)
    for m in [] if ctx.sanding else re.finditer(r"(?:^|，)(?:并|还)?承担(?P<src>[^，。；]{2,40}?(?:委员会|领导小组|指挥部))的(?P<work>(?:具体|日常)工作)",
                         clause):
        source = as_name(m.group("src"))
        found = [n for s_, _, n in find_names(clause[: m.start()]) if n != source]
        receiver = found[0] if found else None
        if not source or not receiver or not as_name(receiver):
            continue
        _event(ctx, sent, EventType.TRANSFER_DUTY, [source], [receiver],
               duties=[DutyMove(_mention(source), m.group("work"))])


def _transfer_unit(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    # "将C由A管理调整为由B管理"
    for m in re.finditer(r"(?:将)?([^，。；]{2,40}?)由([^，。；]{2,40}?)(管理|代管|领导|主管)(?:调整为|改为)由?"
                         r"([^，。；]{2,40}?)(管理|代管|领导|主管)(?=$|[，。；])", clause):
        unit, parent = name_at_end(m.group(1)), as_name(m.group(4))
        if unit and parent:
            _event(ctx, sent, EventType.TRANSFER_UNIT, [unit], [parent], relation=m.group(5))
            ctx.units.append(UnitStatement(_mention(unit), ctx.prov(sent), parent=_mention(parent),
                                           parent_relation=m.group(5)))
    for m in re.finditer(r"改由(.{2,40}?)(管理|代管|领导|主管)(?=$|[，。；])", clause):
        parent = as_name(m.group(1))
        left = re.split(r"[，。；]", clause[: m.start()])[-1]
        left = left[left.rfind("将") + 1 :] if "将" in left else left
        unit = as_name(left) or name_at_end(left)
        if not parent or not unit:
            continue
        _event(ctx, sent, EventType.TRANSFER_UNIT, [unit], [parent], relation=m.group(2))
        ctx.units.append(UnitStatement(_mention(unit), ctx.prov(sent), parent=_mention(parent),
                                       parent_relation=m.group(2)))


def _manages(sent: Sentence, clause: str, ctx: Ctx) -> None:
    """"民政部代管中国老龄协会" / "国家市场监督管理总局管理国家药品监督管理局"."""
    body = clause.strip().rstrip("。；")
    m = re.fullmatch(r"(.{2,40}?)(代管|管理|领导|主管)(.{2,60})", body)
    if not m:
        return
    host = as_name(m.group(1))
    names = split_names(m.group(3))
    if not host or not names or host in names:
        return
    for name in names:
        ctx.units.append(UnitStatement(_mention(name), ctx.prov(sent), parent=_mention(host),
                                       parent_relation=m.group(2)))
    ctx.mark(sent)


def _formed_just_before(sent: Sentence, ctx: Ctx) -> str | None:
    """The body the sentence before (or the one before it) formed: "组建国家数据局。" """
    sentences = ctx.dt.sentences
    for k in (1, 2):
        if sent.index - k < 0:
            break
        text = sentences[sent.index - k].text
        formed = [n for n in ctx.established if re.search(rf"(?:组建|设立|成立|新设|重新组建){re.escape(n)}", text)]
        if formed:
            return formed[-1]
    return None


# "将X下放至Y/移交给Y/交由Y，由Z管理": the clause before hands X over; the 由 clause names X's new manager
_HANDED_DOWN = re.compile(r"(?:^|[，；])将(?P<name>[^，。；]{2,40}?)(?:整体|整建制|成建制)?(?:下放|移交|交由|交给|划归|划转|下划|上划)"
                          r"(?:至|到|给)?[^，。；]{0,20}[，,]$")


# "A、B的职能与机构，" / "A和B的机构、人员，": what bodies hold, handed to a manager by the 由 clause after it
_HELD_PARTS = re.compile(r"(?P<list>[^，。；]{4,80}?)的(?:职能|职责|机构|人员|编制|业务)(?:(?:与|和|及|、)(?:职能|职责|机构|人员|编制|业务))*[，,]?")


def _managed_by(sent: Sentence, clause: str, ctx: Ctx) -> None:
    for m in re.finditer(r"(?<!改)(?<!调整为)(?<!改为)(?:仍)?由(.{2,40}?)(?:统一|直接)?(?:归口)?(领导和管理|领导管理|管理|代管|领导|主管)"
                         r"(?=$|[，。；])", clause):
        if re.search(r"调整为由?$|改为由?$", clause[: m.start() + 1]):
            continue
        gm = re.fullmatch(r"(?P<place>[省市县区州旗])(?P<body>人民政府|政府|委)", m.group(1))
        # "由市政府领导": the place's own government (市人民政府) or party committee (市委)
        parent = as_name(m.group(1)) or (gm.group("place") + ("委" if gm.group("body") == "委" else "人民政府") if gm else None)
        left = re.split(r"[，。；]", clause[: m.start()])[-1]
        relation = "管理" if m.group(2) in ("领导和管理", "领导管理") else m.group(2)
        if not parent:
            continue
        if not left.strip():
            # "组建Z，由B管理" is read with the new unit; "Z加挂Y牌子，由B管理": Z; "新成立Z后，由B统一
            # 领导和管理": Z, formed before this clause.
            head = clause[: m.start()]
            handed = _HANDED_DOWN.search(head)
            after = re.search(r"(?:^|[，；])(?:新|重新)?(?:成立|组建|设立)(?P<name>[^，。；]{2,40}?)(?:之)?后[，,]$", head)
            if after:
                subject = name_at_start(after.group("name"))
            elif handed and name_at_start(handed.group("name")) == handed.group("name"):
                subject = handed.group("name")  # "将X下放至江苏省，由Y归口管理": X, the object handed over
            elif (held := _HELD_PARTS.fullmatch(strip_item_number(re.split(r"[，,]", head.rstrip("，,"))[-1]))) \
                    and _names_or_end(held.group("list")):
                # "甲区和乙区交通局与公路局的职能与机构，由Y统一管理": every body of the list, whatever clause came before
                # (fifteenth session, lists)
                subject = held.group("list")
            elif _EST_VERB.search(head) or re.search(r"重组|组建|设立", head):
                continue
            else:
                subject = name_at_start(strip_item_number(head))
                if not subject and re.match(r"^(?:主要)?(?:负责|承担)", strip_item_number(head)):
                    # "组建国家数据局。负责协调推进…等，由国家发展改革委管理。": the body formed just before
                    subject = _formed_just_before(sent, ctx)
            if not subject:
                continue
            left = subject
        units = _names_or_end(re.sub(rf"（(?:{RANK_RE.pattern})）$", "", left))  # "X（正科级）由Y管理"
        bracketed = re.search(rf"（({RANK_RE.pattern})）$", left)
        for unit in units:
            if unit == parent:
                continue
            ctx.units.append(UnitStatement(_mention(unit), ctx.prov(sent), parent=_mention(parent), parent_relation=relation,
                                           rank=norm_rank(bracketed.group(1)) if bracketed and len(units) == 1 else None))
            ctx.mark(sent)


# ---------------------------------------------------------------------------
# Signs, kind changes, co-location
# ---------------------------------------------------------------------------


def _sign_event(ctx: Ctx, sent: Sentence, host: str, sign: str, type_: EventType) -> None:
    _event(ctx, sent, type_, [host], [sign], sign=sign)
    if type_ == EventType.ADD_SIGN:
        ctx.units.append(UnitStatement(_mention(host), ctx.prov(sent), signs=[sign]))


_SIGN_COUNT = re.compile(r"(?:等)?(?:\d+|[一二两三四五六七八九十]+)(?:块|个)$")  # "加挂A、B两块牌子": the count is no name


def _shared_bearers(before: str, pre: str) -> list[str]:
    """"青浦区X局和崇明县X局，均加挂了…牌子": the bodies listed in the clause before 均/都/分别/也都."""
    if not re.fullmatch(r"(?:也|还)?(?:均|都|分别|各自?)", pre.strip()):
        return []
    parts = re.split(r"[，。；]", before)
    if len(parts) < 2:
        return []
    listed = re.sub(r"^.*的", "", parts[-2].strip())  # "6月1日挂牌的A和B"
    names = split_names(listed)
    return names if names and len(names) >= 2 else []


def _in_bearers_place(bearer: str, sign: str) -> str:
    """A bare sign ("质量发展局") carried by a placed body is in that body's place (青浦区质量发展局); so is a sign
    written by the level word of the bearer's place ("岳阳市X与市Y一套人员、两块牌子" → 岳阳市Y, whether or not the
    document's own place is known)."""
    found = divisions().place_prefix(bearer)
    if found and re.match(r"[省市县区州旗]", sign) and found[0].endswith(sign[0]) and not divisions().place_prefix(sign):
        return bearer[: found[1]] + sign[1:]
    if divisions().place_prefix(sign) or re.match(r"(?:省|市|县|区|州|镇|乡|国家|中共|中央)", sign):
        return sign
    if found:
        return bearer[: found[1]] + sign
    # a place the gazetteer no longer holds (崇明县, now a district): the written place before the body
    written = re.match(r"^[\u4e00-\u9fff]{1,4}?(?:自治县|县|区|市|旗)(?=[\u4e00-\u9fff]{2})", bearer)
    return written.group(0) + sign if written and as_name(bearer[written.end():]) else sign


def _signs(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation or ctx.sanding or ctx.about_sanding or "牌子" not in clause:
        return
    if re.search(r"是[^，。；]{2,30}?(?:部门|机构|国家局)", sent.text):
        return  # a 第二条-style statement: unit fact (sanding.unit_facts)
    for m in re.finditer(r"(不再保留|不再加挂|摘除|撤销|摘下|对外保留|对外加挂|加挂|增挂|保留|挂)了?([^，。；]{0,80}?)(?:的)?牌子(?!和|及|以及|、)",
                         clause):
        verb, body = m.group(1), _SIGN_COUNT.sub("", m.group(2))
        if not body:
            continue  # "对外保留牌子": read with the transfer it follows
        pre = re.split(r"[，。；]", clause[: m.start()])[-1]
        pre = re.sub(r"(?:对外|同时|并|还|继续|仍)$", "", pre)
        shared = _shared_bearers(clause[: m.start()], pre)
        if shared:  # "A和B，均加挂了X、Y两块牌子": each bearer gets every sign, in its own place
            for bearer in shared:
                for sign in names_in_list(body):
                    _sign_event(ctx, sent, bearer, _in_bearers_place(bearer, sign), EventType.ADD_SIGN)
            continue
        host = None
        hm = re.search(r"在(.{2,40}?)$", pre)
        if hm:
            host = as_name(hm.group(1))
        host = host or (as_name(pre) or name_at_end(pre) if pre.strip() else None)
        bm = re.search(r"[（(](?:同时|并|另|还)?$", pre)
        if not host and bm:  # "更名为Z（挂A、B牌子）", "组建Z（加挂A牌子）": the body before the bracket (units14)
            host = name_at_end(re.sub(r"[”\"]$", "", pre[: bm.start()]))
        if not host and not pre.strip():
            host = _merged_into_before(sent, clause[: m.start()], ctx)  # "A并入B，对外保留A牌子": B keeps it
        if not host and not pre.strip():
            # "将A并入B，将C的X职责划入B，对外加挂A牌子": the receiver of the clause just before
            before = re.split(r"[，；]", clause[: m.start()].rstrip("，；"))[-1]
            # "…，并更名为B，保留A牌子": the renamed body keeps its old name as a sign
            rm = re.search(r"(?:并入|划入|划归|更名为|改名为)(?P<b>[^，。；]{2,40})$", before)
            host = as_name(rm.group("b")) if rm else None
        if not host and not pre.strip():
            # "X办公室为X的办事机构，…，对外加挂Y牌子": the body the sentence opens by describing bears it,
            # not one formed in the sentence before
            om = re.match(r"\s*(?P<n>[^，。；“”]{2,40}?)(?:为|是|系)", clause[: m.start()])
            host = om.group("n") if om and as_name(om.group("n")) == om.group("n") else None
        if not host and not pre.strip():
            # "组建X委员会，X委员会办公室作为县委工作机关，加挂Y牌子": the body the clause right before describes
            # (seventeenth session; the office's bare word is written out by ``clause_rewrites``)
            prev = re.split(r"[，；]", clause[: m.start()].rstrip("，；"))
            om = re.match(r"\s*(?P<n>[^，。；“”]{2,40}?)(?:作为|为|是)", prev[-1]) if len(prev) > 1 else None
            host = om.group("n") if om and as_name(om.group("n")) == om.group("n") else None
        if not host and not pre.strip():
            starts = [ctx.prov(sent).start]
            if sent.index > 0:  # "组建X。…，加挂Y牌子。": a plan item's next sentence
                starts.append(ctx.prov(ctx.dt.sentences[sent.index - 1]).start)
            formed_in = [[o.name for e in ctx.events_at.get(st, [])
                          if e.type in (EventType.ESTABLISH, EventType.RE_FORM, EventType.RENAME) for o in e.outputs]
                         for st in starts]
            # the body formed in this sentence or the one before, never one formed further back; failing the
            # last one formed, the one body this sentence (else the one before) re-formed or renamed into
            # ("A更名为B，…，加挂Z牌子", "A改革重组为B，…。加挂“Z”牌子。")
            last = ctx.established[-1] if ctx.established else None
            for names in formed_in:  # this sentence first, then the one before
                if last in names:
                    host = last
                elif len(set(names)) == 1:
                    host = names[0]
                if host:
                    break
        removal = verb in ("不再保留", "不再加挂", "摘除", "撤销", "摘下")
        if not host and removal and not clause[: m.start()].strip() and ctx.described and \
                ctx.described_at == sent.index - 1:
            # "X为处级事业单位，…。撤销Y牌子。": a sentence that only takes a sign down is about the body just described
            host = ctx.described
        signs = names_in_list(body)
        if not host or not signs:
            continue
        type_ = EventType.REMOVE_SIGN if removal else EventType.ADD_SIGN
        for sign in signs:
            if sign != host:
                _sign_event(ctx, sent, host, sign, type_)


_KIND_CHANGE_TARGET = re.compile(r"(?:直属机构|直属特设机构|组成部门|工作部门|部门管理机构|办事机构|派出机构|事业单位|"
                                 r"议事协调机构|国家局|工作机关)$")


# "将A承担的行政职能划入B，改为B所属事业单位" / "…，A改为B所属事业单位": the body whose administrative duties went to
# another becomes a public institution (seventeenth session)
_BECAME_INSTITUTION = re.compile(r"(?:^|[，,；;])\s*(?:并|同时)?(?P<s>[^，,。；;]{0,40}?)(?:整体)?改为(?P<k>[^，。；]{0,40}?事业单位)(?=[，。；]|$)")
_GAVE_DUTIES = re.compile(r"将(?P<a>[^，。；将]{2,40}?)(?:所)?承担的[^，。；]{0,20}?(?:职能|职责)[^，。；]{0,6}?(?:划入|划归|划转|交由|移交)")


def _became_institution(sent: Sentence, clause: str, ctx: Ctx) -> None:
    for m in _BECAME_INSTITUTION.finditer(clause):
        subject = m.group("s").strip()
        unit = as_name(subject) if subject else None
        if not subject:
            gave = list(_GAVE_DUTIES.finditer(clause[: m.start()]))
            unit = as_name(gave[-1].group("a")) if gave else None
        kind = kind_phrase(m.group("k"))
        if not unit or not kind or any(e.type is EventType.CHANGE_KIND and e.inputs and e.inputs[0].name == unit
                                       for e in ctx.events_at.get(ctx.prov(sent).start, [])):
            continue
        _event(ctx, sent, EventType.CHANGE_KIND, [unit], [unit], kind=kind)
        owner = re.match(r"(?P<p>[^，。；]{2,40}?)(?:所属|直属|下属)", m.group("k"))
        parent = as_name(owner.group("p")) if owner else None
        ctx.units.append(UnitStatement(_mention(unit), ctx.prov(sent), kind=kind,
                                       parent=_mention(parent) if parent else None,
                                       parent_relation="所属" if parent else None))


def _change_kind(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    _became_institution(sent, clause, ctx)
    for m in re.finditer(r"(?:调整为|(?<=机构|部门|单位)改为)([^，。；]+)", clause):
        # "A由K1改为K2" only between two kinds ("由原省经贸委管理机构改为省政府直属机构"); 改为 + a name is a rename
        new_kind = kind_phrase(m.group(1))
        if not new_kind or not m.group(0).startswith("调整") and not _KIND_CHANGE_TARGET.search(new_kind):
            continue
        left = clause[: m.start()]
        left = re.split(r"[，。；]", left)[-1]
        # "X将从K1调整为K2" / "X拟由K1调整为K2": 将 is the future, X the unit written before it
        fm = re.match(r"^(.{2,40}?)(?:将|拟)(?:由|从)", left)
        left = fm.group(1) + "由" if fm and as_name(fm.group(1)) else left
        left = left[left.rfind("将") + 1 :] if "将" in left else left
        um = re.match(r"^(.{2,40}?)(?:由|从)", left)
        unit = as_name(um.group(1)) if um else (as_name(left) or name_at_end(left))
        if not unit:
            continue
        # "由K1调整为Y管理的部门管理机构": the kind, and Y the new manager (a unit moved under it)
        managed = re.fullmatch(r"(?P<p>[^，。；]{2,40}?)(?:统一)?(?:管理|代管)的(?P<k>[^，。；]{2,20})", new_kind)
        parent = as_name(managed.group("p")) if managed else None
        if parent and kind_phrase(managed.group("k")) and _KIND_CHANGE_TARGET.search(managed.group("k")):
            new_kind = kind_phrase(managed.group("k"))
        else:
            parent = None
        _event(ctx, sent, EventType.CHANGE_KIND, [unit], [unit], kind=new_kind)
        if parent:
            _event(ctx, sent, EventType.TRANSFER_UNIT, [unit], [parent])
        after = _follow_clauses(ctx, clause, m.end())  # "…调整为国务院直属机构，为正部级"
        # "…，并更名为Z": the kind and the manager are the renamed body's
        renamed = re.match(r"^[，,]\s*(?:并|同时)?(?:更名为|改名为)(?P<z>[^，。；]{2,40})", clause[m.end():])
        holder = (as_name(renamed.group("z")) if renamed else None) or unit
        ctx.units.append(UnitStatement(_mention(holder), ctx.prov(sent), kind=new_kind, rank=after["rank"],
                                       parent=_mention(parent) if parent else None,
                                       parent_relation="管理" if parent else None))


def _co_locate(sent: Sentence, clause: str, ctx: Ctx) -> None:
    if ctx.regulation:
        return
    for m in re.finditer(r"合[署属]办公", clause):  # 合属办公: a frequent miswriting of 合署办公
        cut = max(clause.rfind(ch, 0, m.start()) for ch in "，。；（(")
        left = clause[cut + 1 : m.start()]
        left = re.sub(r"^(?:将|实行|实现)", "", strip_item_number(left))
        left = re.sub(r"^\d{1,2}[、.．]\s*", "", left)
        left = re.sub(r"(?:实行|实现|继续)$", "", left)
        left = re.sub(r"(?<=[局厅委办室馆部院会心])(?:因|已|均|仍|则|也|曾)(?=与|同)", "", left)  # "A因与B合署办公"
        left = re.sub(r"(?<=[委局厅部])机关$", "", left)  # "与省纪委机关合署办公": the body, not its offices
        names = split_names(left.replace("与", "、"))
        if names and len(names) >= 2:
            # "A与B合署办公": the sentence is about A, which works together with B (inputs [A], outputs [B])
            _event(ctx, sent, EventType.CO_LOCATE, names[:1], names[1:])
            continue
        pm = re.fullmatch(r"(?:并|同时|仍|继续|还)?(?:与|同)(?P<b>.{2,40}?)(?:实行)?", left)
        partner = name_at_start(pm.group("b")) if pm else None
        if not partner or cut < 0:
            continue
        # "X设在Y，与Y合署办公" / "设立X（与Y合署办公）": no subject of its own; the body just before the
        # bracket, else the clause's opening body (or the one it formed: "设立X，与Y合署办公")
        before = clause[:cut]
        subject = name_at_end(before) if clause[cut] in "（(" else None
        last = re.split(r"[，,]", before)[-1]
        formed = re.search(r"(?:设立|组建|成立|设置|增设|新设)(?P<x>[^，,]{2,40})$", last) if subject is None else None
        if formed and last != before:
            # "1985年成立A，后于2001年组建X，与Y合署办公": the body formed in the clause just before, not the opening's
            subject = name_at_start(formed.group("x"))
        if subject is None:
            opening = re.sub(r"^(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?|经[^，]{2,30}?[，,])", "", before)
            opening = re.sub(r"^(?:批准|同意|决定|新|重新)*(?:设立|组建|成立|设置|增设|新设)", "", opening)
            subject = name_at_start(opening)
        if subject and subject != partner:
            _event(ctx, sent, EventType.CO_LOCATE, [subject], [partner])


__all__ = ["event_facts", "parse_sources", "prepass", "clean_name", "is_unit_name"]


# ---------------------------------------------------------------------------
# Settling the moves of a document's events (after names are canonical)
# ---------------------------------------------------------------------------

def _giver_in_phrase(d: DutyMove, inputs: list[str]) -> DutyMove:
    """(None, "县林业局的职责") → (县林业局, 职责, whole); (None, "铁道部拟定…的行政职责") → (铁道部,
    拟定…的行政职责): the phrase opens with a giver of the event."""
    text = re.sub(r"^原", "", d.text)
    for k in range(len(text) - 2, 1, -1):
        if not _STRONG_SUFFIX.search(text[:k]) or re.search(r"[的，、；]", text[:k]):
            continue  # the giver is the phrase's opening name, nothing before it
        giver = next((n for n in inputs if _written_as(text[:k], n)), None)
        if not giver:
            continue
        rest = re.sub(r"^(?:所)?(?:承担|负责|履行|行使)?的", "", text[k:])
        if rest in ("职责", "职能"):
            return DutyMove(Mention(giver), rest, whole=True)
        return DutyMove(Mention(giver), rest) if len(rest) > 2 else d
    return d


def _written_as(written: str, name: str) -> bool:
    written = re.sub(r"^原", "", written)
    return name == written or name.endswith(written) or written.endswith(name)


_VAGUE = ("有关职责", "相关职责", "有关职能", "相关职能")


def _holds_giver(text: str, givers: set[str]) -> bool:
    for n in givers:
        forms = {n}
        pp = divisions().place_prefix(n)
        if pp and len(n) > pp[1] + 1:
            forms |= {n[pp[1] :], pp[0][-1] + n[pp[1] :]}  # "洞口县民政局" written "县民政局"
        for written in forms:
            if re.search(rf"[，、；]\s*(?:以及|及|和|与)?(?:原)?{re.escape(written)}(?:所)?(?:承担)?的", text):
                return True
    return False


def settle_moves(events: list[EventStatement]) -> list[EventStatement]:
    """One reading of each duty move.

    - "将县林业局的职责划入县自然资源局": a family that reads the phrase without a giver adds
      (None, "县林业局的职责") beside (县林业局, 职责); a giverless move whose phrase is a giver of
      the event plus 的职责/的职能 is that giver's whole duty, and is kept once.
    - A 三定's own unit given as the giver of a phrase opening with another giver of the event
      ("市接待办公室的职责") leaves the move to that giver, and is then no input.
    - A phrase that runs over another giver of the same sentence ("职责，B的X职责，…") is a list, no duty.
    - A vague "相关职责" of a giver whose named phrase the event already moves is a summary.
    - A transfer of the same duties between the same units stated again in a later sentence (a
      news item repeating its lead, "会上宣读了方案：…") is one move, not two.
    """
    out: list[EventStatement] = []
    seen_transfers: set[tuple] = set()
    givers_at: dict[int, set[str]] = {}
    for e in events:
        for d in e.duties:
            if d.source:
                givers_at.setdefault(e.prov.start, set()).add(d.source.name)
    for e in events:
        inputs = [m.name for m in e.inputs]
        # "将A的职责，B的X职责，C的Y职责划入D": a family that takes everything after 将 as A's phrase gives
        # A "职责，B的X职责，…"; a phrase holding another giver of the same sentence is a list, no duty
        others = givers_at.get(e.prov.start, set())
        duties: list[DutyMove] = []
        keys: set[tuple] = set()
        for d in e.duties:
            if d.source is None:
                d = _giver_in_phrase(d, inputs)
            elif len(inputs) > 1 and re.match(r"^(?:原)?[^，、；的]{3,40}", d.text):
                # (own unit, "市接待办公室的职责"): a 三定's own unit taken as giver of a phrase that names
                # another giver of the event at its opening
                moved = _giver_in_phrase(DutyMove(None, d.text), [n for n in inputs if n != d.source.name])
                d = moved if moved.source else d
            if d.source and _holds_giver(d.text, others - {d.source.name}):
                continue
            key = (d.source.name if d.source else None, d.text)
            whole_key = (key[0], "whole") if d.whole else None
            if key in keys or (whole_key and whole_key in keys):
                continue
            keys.add(key)
            if whole_key:
                keys.add(whole_key)
            duties.append(d)
        # "…整合了A、B的相关职责" restating a plan that named A's and B's phrases: the vague phrase is a
        # summary of the named ones, no move of its own
        named = {d.source.name for d in duties if d.source and not d.whole and d.text not in _VAGUE}
        duties = [d for d in duties if not (d.text in _VAGUE and d.source and d.source.name in named)]
        e.duties = duties
        if e.type == EventType.TRANSFER_DUTY and duties and all(d.source for d in duties):
            # a giver left with no move (its phrase was another giver's) is no input
            givers = {d.source.name for d in duties if d.source}
            e.inputs = [m for m in e.inputs if m.name in givers] or e.inputs
            inputs = [m.name for m in e.inputs]
        if e.type == EventType.TRANSFER_DUTY and duties:
            tkey = (tuple(inputs), tuple(m.name for m in e.outputs), frozenset(keys))
            if tkey in seen_transfers:
                continue
            seen_transfers.add(tkey)
        out.append(e)
    return out
