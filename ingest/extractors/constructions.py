"""The construction inventory: sentence constructions of the genre, one entry each.

Every entry names a construction (docs/extraction.md lists them with their variants), gives a
canonical example and a pattern matched on one sentence, and builds facts from the match
through the shared name helpers (``name_at_end`` / ``name_at_start`` / ``names_in_list``: the
name recognizer, which never lets a function word or a second name into a name). Adding a
construction is one entry here plus its tests (tests/test_constructions.py runs every
example, and the variants).

They run after the older pattern families on every sentence; facts stated twice are merged
in ``ingest.extractors._finish``, so an entry may overlap an older family without doubling.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kg.divisions import divisions
from kg.model import BoundaryStatement, DutyMove, EventType, Mention, StaffingStatement, UnitStatement
from kg.names import name_variants
from kg.short_forms import CLASS_HEAD as _CLASS_HEAD
from kg.short_forms import UNIT_END as _UNIT_END
from kg.short_forms import abbreviates as _abbreviates
from kg.short_forms import class_stems

from . import chronicle_subject
from .common import (
    _PLACE_ITEM,
    BRACKETED_OTHER_NAME,
    RANK_RE,
    RELATION_ONLY_KIND,
    Ctx,
    Sentence,
    _places_at_start,
    as_name,
    cn_int,
    distribute_places,
    drop_owners,
    event_date,
    find_names,
    headed_list,
    is_headline,
    is_unit_name,
    kind_phrase,
    lead_place_shared,
    mixed_opening,
    name_at_end,
    name_at_start,
    names_in_list,
    narrative_date,
    norm_rank,
    only_place,
    opens_its_line,
    owned_members,
    partnered_clause,
    split_names,
    strip_item_number,
)
from .counted_lists import counted_list_facts, listed_items
from .header_lists import header_list_facts
from .merge_sources import kept_name, merge_source_facts, merged_places
from .party_labels import labelled_part, named_before_part
from .reference import referred_body


@dataclass(frozen=True)
class Construction:
    name: str
    example: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], Sentence, str, Ctx], bool]  # True when it produced a fact
    # words of which the pattern needs one (a cheap test before a pattern that opens with a long lazy
    # run, which costs ~100 steps at every character of every sentence); empty: always tried
    needs: tuple[str, ...] = ()


_SIGN_VERB = r"(?:同时)?(?:对外)?(?:加挂|挂|保留)"
_SIGNS = re.compile(rf"{_SIGN_VERB}(?P<signs>[^，。；]{{2,120}}?)(?:的)?牌子(?!和|及|以及|、)")
_RANK_ONLY = re.compile(rf"^(?:机构)?(?:规格)?(?:为|是)?(?:相当于)?(?P<rank>{RANK_RE.pattern})(?:单位|机构|建制|规格)?$")
# a rank written as a band, without 正/副 ("为处级事业单位", "机构规格为县（处）级"): recorded as its band (处级, 科级,
# 厅级), read here only (common.RANK_RE, shared by every rank reader, stays with 正/副 ranks)
_BAND = re.compile(r"(?P<band>县[（(]处[)）]|乡[（(]科[)）]|厅[（(]局[)）]|县处|乡科|厅局|处|科|厅)级")
_BAND_ONLY = re.compile(rf"^(?:机构)?(?:规格)?(?:为|是)?(?:相当于)?(?:{_BAND.pattern})(?:单位|机构|建制|规格)?$")


def band_rank(text: str) -> str:
    """'县（处）级' → 处级, '乡科级' → 科级, '厅局级' → 厅级."""
    band = _BAND.search(text).group("band")
    return next(b for b in ("处", "科", "厅") if b in band) + "级"


_BELONGS = re.compile(r"^(?:并|且)?(?:隶属于|隶属|归属于)(?P<p>[^，；]{2,40}?)(?:主管|管理|领导)?$")  # "隶属Y主管"
_MANAGED = re.compile(r"^(?:并|且)?(?:由|归(?!口))(?P<p>[^，；]{2,40}?)(?:统一|直接)?(?P<rel>归口管理|领导和管理|领导管理|管理|代管)$"
                      r"|^(?:并|且)?归口(?P<p2>[^，；]{2,40}?)(?P<rel2>管理|领导)$")  # "归口县委宣传部领导" (seventeenth session)
_INSIDE = re.compile(r"^(?:是|为|系)?(?P<p>[^，；]{2,40}?)(?:的)?内设机构$")
_DIRECT = re.compile(r"^(?P<owner>(?:省|市|县|区|州|自治区|镇|乡)?(?:委|政府|人民政府|党委))(?P<rel>直属|所属|下属)")
_OWNER_FULL = {"政府": "人民政府"}


# "山东省政府", "合山市政府", "某县政府": a named place's government, written short
_PLACED_GOVERNMENT = re.compile(r"[\u4e00-\u9fff*＊xX]{1,12}?(?:省|市|县|区|州|旗|镇|乡|自治区|自治州|自治县)政府")
_OWNER_LEVEL = re.compile(r"(?:省|市|县|区|州|旗|自治区|自治州)(?:人民政府|政府|委|党委)")


def _owner_full(owner: str) -> str:
    """"县政府" → 县人民政府 (a government as parent is written in full)."""
    for short, full in _OWNER_FULL.items():
        if owner.endswith(short) and not owner.endswith(full) and (_GOVERNMENT.match(owner) or _PLACED_GOVERNMENT.fullmatch(owner)):
            return owner[: -len(short)] + full
    return owner


def _unit(ctx: Ctx, name: str) -> Mention:
    return Mention(ctx.full(name))


def _signs(text: str) -> list[str]:
    out: list[str] = []
    for m in _SIGNS.finditer(text):
        if "不再" in text[max(0, m.start() - 3):m.start()]:
            continue
        if re.search(r"(?:内设|下设|设有)[^，。；（(]*[（(][^）)]*$", text[:m.start()]):
            continue  # "；内设秘书科（加挂组织人事科牌子）、…": a division's own sign (seventeenth session)
        out.extend(names_in_list(m.group("signs")))
    return out


def _event(ctx: Ctx, sent: Sentence, type_: EventType, inputs: list[str], outputs: list[str], **kw) -> None:
    """Add an event, or complete the one an older family already read from this sentence
    (same type and outputs): inputs and duty moves are united, never doubled."""
    from .reform import _event as reform_event

    ins, outs = [ctx.full(n) for n in inputs], [ctx.full(n) for n in outputs]
    start = ctx.prov(sent).start
    for e in ctx.events_at.get(start, []):
        if e.type != type_ or e.prov.start != start:
            continue
        if (type_ == EventType.RENAME and ins and e.inputs and [m.name for m in e.inputs] != ins) or \
                (kw.get("date") and e.date and kw["date"][:4] != e.date[:4] and ctx.chronicle_subject):
            continue  # "1950年9月，改设X区；…1962年9月，由Y改为X区": a rename has one old name; a chronicle's two years
        if not outs:  # abolish: one event per unit
            if [m.name for m in e.inputs] == ins:
                return
            continue
        if [m.name for m in e.outputs] == outs:
            known = {m.name for m in e.inputs}
            e.inputs.extend(Mention(n) for n in ins if n not in known)
            moves = {(d.source.name if d.source else None, d.text) for d in e.duties}
            e.duties.extend(d for d in kw.get("duties", []) if (d.source.name if d.source else None, d.text) not in moves)
            return
    reform_event(ctx, sent, type_, ins, outs, **kw)


# ---------------------------------------------------------------- builders


def _self_description(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"X（简称Y）是市政府工作部门，为正科级，加挂A、B牌子" / "保留X，为省委直属正厅级事业单位"."""
    written, parent = (m.group("unit") or "").rstrip(), None
    pm = re.match(r"^(?P<u>.{2,40}?)(?:由|归口|归)(?P<p>[^，]{2,40}?)(?:统一)?(?P<rel>归口管理|领导和管理|管理|代管)$", written)
    if pm and name_at_end(pm.group("u")) and _parent_name(pm.group("p")) == pm.group("p"):
        written, parent = pm.group("u"), (pm.group("p"), "代管" if pm.group("rel") == "代管" else "管理")  # "X由Y管理，为副部级"
    shared = _distributed(written)
    if shared and m.start("unit") - m.start() <= 5:
        # "甲区和乙区交通局、公路局为区政府工作部门": the places share what the last one carries
        done = [_describe(ctx, sent, n, m.group("rest"), parent=parent) for n in shared]
        return any(done)
    pair = re.fullmatch(r"(?P<a>[^、]{2,40})、(?P<b>[^、]{2,40})", written)
    if pair and m.start("unit") - m.start() <= 5 and all(name_at_end(pair.group(k)) == pair.group(k) for k in "ab"):
        # "中共某县委党校、某县行政学校是县委直属正科级事业单位": one description of both names
        done = [_describe(ctx, sent, pair.group(k), m.group("rest"), parent=parent) for k in "ab"]
        return any(done)
    if m.group("verb") in ("属", "属于") and written.endswith(("所", "直", "下", "隶", "归")):
        return False  # "改为Y所属事业单位": 所属 is no verb 属 after a name "Y所"
    name = name_at_end(written) if written else None
    role = bool(name) and written.endswith(name) and re.search(
        r"的(?:业务)?(?:主管主办|主管|主办|举办|上级(?:主管)?)(?:单位|部门)$", written[: -len(name)])
    if not name or m.start("unit") - m.start() > 5 or not written.endswith(name) or (len(written) - len(name) > 4
                                                                                      and not role):
        return False  # the unit is the sentence's subject, written right before 是/为 ("此前X", not "A并入X");
        # "A的主管单位Y是…": Y, named after its role
    if re.search(r"(?:隶属于?|归属于?)$", written[: -len(name)]):
        return False  # "医院隶属Y，为…": Y is the parent
    if re.search(r"(?:了|整合|合并|融合|并入|划入|吸收)$", written[: -len(name)]):
        return False  # "新组建的X，整合了Y，为…": Y is what X took in, X is described
    paren, signs, rank = (m.group("paren") or "").strip(), [], None
    if paren and RANK_RE.fullmatch(paren):
        rank = norm_rank(paren)  # "县投资促进中心（正科级）为…"
    elif paren and (pr := re.fullmatch(rf"(?P<r>{RANK_RE.pattern})[，、；](?P<s>.+)", paren)):
        rank = norm_rank(pr.group("r"))  # "X（正科级，加挂Y牌子）为…"
        signs = [ctx.full(n) for n in _bracket_signs(name, pr.group("s"))]
    elif paren:
        signs = [ctx.full(n) for n in _bracket_signs(name, paren)]  # "县委网信办（县互联网信息办公室）为…"
    if m.group("verb") in ("作为", "属", "属于"):
        # "X作为市政府直属机构，正处级" / "X属全额拨款事业单位": only a kind of unit, not a role ("作为牵头单位")
        head = re.sub(RANK_RE.pattern, "", re.split(r"[，；]", m.group("rest"))[0])
        # "作为市委、市政府的派出机构": two owners (no parent), the kind after 的
        kind = kind_phrase(head) or (kind_phrase(head.rsplit("的", 1)[1]) if head.count("的") == 1 else None)
        if not kind or not (_LISTABLE_KIND.search(kind) or kind.endswith(("职能部门", "行政机构"))):  # "作为Y管理的副处级行政机构"
            return False
    return _describe(ctx, sent, name, m.group("rest"), signs=signs, rank=rank, parent=parent)


def _distributed(written: str) -> list[str] | None:
    """"甲镇、乙镇农业综合服务中心" → both centres; "甲区和乙区交通局、公路局" → four bodies: a list whose
    first items are bare places sharing the bodies the last place carries (None for any other text)."""
    if not re.search(r"[、和及与]", written) or distribute_places(written) == written:
        return None
    names = split_names(written)
    return names if names and len(names) > 1 else None


def _split_outside_brackets(text: str, sep: str = "、") -> list[str]:
    items, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "（("
        depth -= ch in "）)" and depth > 0
        if ch == sep and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    return [*items, cur]


def _listed_described(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"A（Y）、B、C，为公益一类事业单位" / "A、B、C均为正科级": a list of whole names (each maybe with its
    bracket: a sign or a rank) opening its clause shares the one description after 为/是/系."""
    if _distributed(m.group("list").strip()):
        return False  # places sharing their bodies: read by self_description
    items = _split_outside_brackets(m.group("list"))
    if len(items) < 2 or not (_LISTABLE_KIND.search(m.group("rest").split("，")[0]) or RANK_RE.search(m.group("rest"))):
        return False
    described = []
    for item in items:
        im = re.fullmatch(r"(?P<n>[^（()）]{2,40})(?:[（(](?P<p>[^）)]{1,120})[）)])?", item.strip())
        name = name_at_end(im.group("n")) if im else None
        if not name or name != im.group("n") or name.startswith(("将", "原", "新")):
            return False  # every item a whole name, else it is no list of subjects
        paren, rank, signs = (im.group("p") or "").strip(), None, []
        if paren and RANK_RE.fullmatch(paren):
            rank = norm_rank(paren)
        elif paren:
            signs = [ctx.full(n) for n in _bracket_signs(name, paren) if is_unit_name(n)]
            if not signs:
                return False
        described.append((name, rank, signs))
    done = [_describe(ctx, sent, name, m.group("rest"), signs=signs, rank=rank) for name, rank, signs in described]
    return any(done)


def _turned_after_duties_moved(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"将A承担的行政职能划入B，改为B所属事业单位": the body whose (administrative) duties moved out becomes
    what the clause after says (a kind of 事业单位, its owner)."""
    giver = name_at_end(m.group("giver"))
    if not giver or giver != m.group("giver").strip() or not re.search(r"事业单位$", m.group("rest").split("，")[0]):
        return False
    return _describe(ctx, sent, giver, m.group("rest"))


def _raised_into_kind(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"X由正股级升格为副科级事业单位" / "1996年6月，X升格为副县级事业单位": the new rank written with a kind of
    unit describes X with both (the rank change itself is the rank readers' event)."""
    written = m.group("unit")
    name = name_at_end(written)
    if not name or not written.endswith(name) or len(written) - len(name) > 12 or not kind_phrase(
            re.sub(RANK_RE.pattern, "", m.group("desc"))):
        return False
    return _describe(ctx, sent, name, m.group("desc"))


def _ranked_apposition(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"南县住房和城乡建设局正科级行政单位，内设…" (a budget page's 部门概况): the name, then its rank and kind
    with no verb between."""
    written = m.group("unit")
    name = name_at_end(written)
    if not name or name != written or not kind_phrase(re.sub(RANK_RE.pattern, "", m.group("rest"))):
        return False
    return _describe(ctx, sent, name, m.group("rest"))


def _belongs_next_sentence(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"设立“X”。隶属于Y，享受…待遇": a sentence opening with 隶属(于)/归属于 and no subject of its own is about
    the one body the sentence right before formed (a chronicle's next line)."""
    body = _formed_just_before(sent, ctx)
    if not body and ctx.described and ctx.described_at == sent.index - 1:
        body = ctx.described  # "X 文化事业单位。隶属Y。": the body the sentence before described
    if not body:
        return False
    return _describe(ctx, sent, body, text.rstrip("。！!"))


def _entry_kind(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"莘县文化馆 文化事业单位。" (an encyclopedia or yearbook entry): the entry's name, a space, and its kind
    as the whole sentence."""
    whole = m.group("all")
    for k in range(len(whole) - 2, 2, -1):  # the longest name the sentence opens with, the kind the rest
        name, rest = whole[:k], whole[k:]
        if name_at_end(name) != name:
            continue
        kind = kind_phrase(re.sub(RANK_RE.pattern, "", rest))
        if kind and "的" not in rest and _LISTABLE_KIND.search(kind) and kind == re.sub(RANK_RE.pattern, "", rest):
            return _describe(ctx, sent, name, rest)
    return False


def _described_after_forming(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县农机中心更名为县农业机械化服务中心，仍为县农业农村局所属股级事业单位" / "新设立县数据局，为县政府
    工作部门": the clause without a subject describes the body the clause before formed or renamed."""
    segment = text[text.rfind("；", 0, m.start()) + 1: m.start()]
    # "A改为B，作为K": B (one whole name) is described; "A改为事业单位，为正科级" is A's change, not a forming
    made = [x for x in _SUBJECT_MADE.finditer(segment)
            if not x.group(0).startswith(("改为", "变更为")) or name_at_start(x.group("name")) == x.group("name").strip(" “”")]
    rank = None
    rest = m.group("rest")
    between = re.sub(r"[，；](?:同时|并)?(?:加挂|增挂|挂)[^，；]{2,80}?牌子", "", segment[made[-1].end():]) if made else ""
    # "设立X，隶属Y，为…事业单位" / "组建X，由Y管理，为…": the parent clause between is the described body's
    owned = [c for c in re.split(r"[，；]", between)[1:] if _BELONGS.match(c) or _MANAGED.match(c)]
    if owned and len(owned) == len(re.split(r"[，；]", between)[1:]):
        between, rest = "", "，".join([*owned, rest])
    if made and not re.search(r"[，；]", between):
        # the clause right before formed or renamed it, maybe with its signs between
        # ("设立X，挂Y牌子，为市政府工作部门，正科级建制")
        name = name_at_start(made[-1].group("name"))
    elif not made and not re.search(r"划入|并入|划转|划归|整合(?!了)|合并(?!了)|撤销|不再保留|与|和", segment):
        # "市疾控局挂牌，由市卫生健康委员会管理，为副处级": the sentence's opening unit, when no later
        # clause opens with a unit of its own
        found = find_names(segment)
        name = found[0][2] if found and found[0][0] <= 2 else None
        if name and name not in segment[: len(name) + 3]:
            return False  # "X是具有…历史的Y医院，是…": Y closes a description of X, it opens nothing
        if name and len(found) > 1 and segment[found[0][1]:found[1][0]] == "、" and segment.startswith(name) \
                and "牌子" not in segment:  # "A、B实行一个机构两块牌子，是…": B is A's sign, not described
            # "A、B位于…，是…事业单位": one description of both names
            also = found[1][2]
            if segment[found[1][0]:].startswith(also):
                _describe(ctx, sent, also, m.group("rest"))
        for clause in segment.split("，")[1:]:
            opening = name_at_start(clause) if clause else None
            if opening and clause.startswith(opening):
                return False
            ranked = _RANK_ONLY.match(clause.strip())
            if ranked:  # "县林业局，正科级，为县政府工作部门"
                rank = norm_rank(ranked.group("rank"))
    elif agent := _agent_of_clauses(segment):
        # "新组建的X，将A和B进行了合并，属县政府直属正科级事业单位": X, the agent of every clause between
        name = agent
    else:
        return False
    if not name:
        return False
    if m.group("verb") == "作为":  # only a kind of unit, not a role
        kind = kind_phrase(re.sub(RANK_RE.pattern, "", re.split(r"[，；]", m.group("rest"))[0]))
        if not kind or not (_LISTABLE_KIND.search(kind) or kind.endswith(("职能部门", "行政机构"))):  # "作为Y管理的副处级行政机构"
            return False
    return _describe(ctx, sent, name, rest, rank=rank)


_AGENT_LEAD = re.compile(r"^(?:据了解|据悉|目前|同时)?[，,]?(?:新组建的|新成立的|新设立的|组建后的|改革后的|重组后的)?")
# clauses whose subject is the body the sentence opened with: it acts on others ("将A和B进行了合并")
_AGENT_CLAUSE = re.compile(r"^(?:将|把|整合|合并|融合|统筹|通过|实现|对|承担|负责|集|并|还|同时)")


def _agent_of_clauses(segment: str) -> str | None:
    """The body a sentence opens with alone in its first clause ("新组建的X，"), when every later clause before
    the description opens with a verb acting on other bodies (将/把/整合…), never with a name of its own."""
    clauses = [c for c in re.split(r"[，；]", segment) if c.strip()]
    while clauses and re.fullmatch(r"\s*(?:据了解|据悉|目前|同时|另外|此外)\s*", clauses[0]):
        clauses = clauses[1:]  # "据了解，新组建的X，…"
    if len(clauses) < 2:
        return None
    head = _AGENT_LEAD.sub("", clauses[0].strip())
    name = name_at_start(head) if head else None
    if not name or name != head or not all(_AGENT_CLAUSE.match(c.strip()) for c in clauses[1:]):
        return None
    return name


def _formed_from(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县融媒体中心由县广播电视台、县新闻中心合并组建而成" / "X整合A、B组建": the body, written first, was
    formed from the listed bodies (every item a name; X among them → re_form)."""
    from .reform import _duty_moves, _source_units, parse_sources

    # "Z（甲）由A（乙、丙）、B整合组建而成": the other names in brackets are signs, neither the body nor a source
    written = BRACKETED_OTHER_NAME.sub("", (m.group("unit") or "").strip())
    if written:
        name = name_at_end(written)
        if not name or not written.endswith(name) or len(written) - len(name) > 4:
            return False
    else:  # "X是市政府工作部门，为正处级，由A的Y职责和B的Z职责整合组建": the sentence's opening body
        name = name_at_start(text)
        if not name or not text.startswith(name):
            return False
    written_src = re.sub(r"(?:^|(?<=[、和与及，]))原", "", m.group("src"))
    src = BRACKETED_OTHER_NAME.sub("", written_src)
    sources, duties = split_names(src), []
    if not sources:  # givers of named duties ("A的Y职责和B的Z职责")
        parsed = parse_sources(re.sub(r"(?<=职责|职能)和", "、", src))
        if not parsed or any(not units for units, _, _ in parsed):
            return False
        sources, duties = _source_units(parsed), _duty_moves(parsed, whole_as_move=False)
    if not sources or ctx.regulation:
        return False
    full = ctx.full(name)
    type_ = EventType.RE_FORM if any(ctx.full(x) == full for x in sources) else EventType.ESTABLISH
    if type_ == EventType.ESTABLISH and len(sources) < 2 and not m.group("verb2"):
        return False  # "X由A组建": one giver and no 合并/整合 is no merger
    _event(ctx, sent, type_, [x for x in sources], [name], duties=duties)
    if type_ == EventType.ESTABLISH and name not in ctx.established:
        ctx.established.append(name)
    for owner, items in owned_members(src):  # "由甲厅所属A、B、乙厅所属C整合组建": A and B are 甲厅's
        for item in items:
            _parented(ctx, sent, item, owner, "所属")
    for bm in BRACKETED_OTHER_NAME.finditer(written_src):  # "由A（乙、丙）、B…": 乙 and 丙 are A's signs
        bearer = name_at_end(drop_owners(re.split(r"[、，,]", written_src[:bm.start()])[-1]))
        signs = split_names(bm.group(0)[1:-1])
        if bearer and signs and bearer in sources and not set(signs) & set(sources):
            ctx.units.append(UnitStatement(_unit(ctx, bearer), ctx.prov(sent), signs=[ctx.full(x) for x in signs]))
    ctx.mark(sent)
    return True


def _belongs_after_forming(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"设立县大数据中心，隶属县政务服务和数据管理局。": a subject-less 隶属 clause right after the clause
    that formed or renamed a body gives that body its parent."""
    segment = text[text.rfind("；", 0, m.start()) + 1: m.start()]
    made = list(_SUBJECT_MADE.finditer(segment))
    if not made or re.search(r"[，；]", segment[made[-1].end():]):
        return False
    name, parent = name_at_start(made[-1].group("name")), _parent_name(m.group("p"))
    if not name or parent != m.group("p") or ctx.full(name) == ctx.full(parent):
        return False
    return _parented(ctx, sent, name, _owner_full(parent), "所属")


def _this_body(ctx: Ctx, head: str, before: str) -> str | None:
    """The body "该中心" / "医院" stands for: the last one with that ending the sentence named before it, else (the
    sentence names no body before it) the last one named (``reference.referred_body``)."""
    named = [n for _, _, n in find_names(before)]
    return referred_body(ctx, head, [reversed(named)] if named else ["recent"])


def _this_unit_described(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"…挂牌成立了省大数据中心，该中心系省政府直属正厅级事业单位": 该中心 is the last 中心 named."""
    name = _this_body(ctx, m.group("which"), text[: m.start()])
    rest = m.group("rest")
    if rest.startswith("隶属"):  # "医院隶属Y，为…": the parent clause first
        rest = "，" + rest
    return bool(name) and _describe(ctx, sent, name, rest)


_PROFILE_KIND = re.compile(r"(?:[^，。；]{2,40}?(?:管理|代管|主管|直属|所属|属下|下属)的?)?[^，。；是为]{0,20}?"
                           r"(?:事业单位|工作部门|组成部门|直属机构|派出机构|办事机构|议事协调机构|部门管理机构)")


def _converted_into(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"立诚公证处改制为区司法局所属股级公益二类事业单位": the body, after 改制, described."""
    parts = re.split(r"[，；]", m.group("unit"))
    written = parts[-1].strip()
    named_before = False  # the body named at the start of the clause before, not right before the verb
    if not written and len(parts) >= 2 and re.search(r"不再(?:作为|为|是|列入)", parts[-2]):
        # "县林业局不再作为县政府工作部门，改为Y管理的…事业单位": the clause before names the body
        written = name_at_start(parts[-2].strip()) or ""
        named_before = bool(written)
    name = name_at_end(written) if written else None
    desc = m.group("desc")
    verb = m.group(0)[len(m.group("unit")): m.start("desc") - m.start()].replace("整体", "")
    if verb in ("改设为", "改为", "调整为") and not re.search(r"管理的?|代管的?|所属|下属|直属|属下", desc):
        return False  # "X改为事业单位，为正科级": the kind change readers (a parent written is this reading's part)
    if not name or not (written.endswith(name) or named_before) or not (_PROFILE_KIND.fullmatch(desc) or _INSIDE.match(desc)):
        return False  # "转制为企业", "转为全额拨款": no unit description
    return _describe(ctx, sent, name, m.group("desc"))


def _profile_described(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """A unit's own profile page ("成都大熊猫繁育研究基地 组织机构"): a sentence that opens with a
    description and no subject ("某局管理的副局级公益二类事业单位。") describes the page's unit."""
    if not ctx.profile or not ctx.focus:
        return False
    first = re.split(r"[，；]", m.group("rest"))[0].strip()
    if not _PROFILE_KIND.fullmatch(first):
        return False
    return _describe(ctx, sent, ctx.focus, m.group("rest"))


def _heading_described(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"（一）某市自然资源和规划局⏎是市政府工作部门，为正科级，加挂…牌子。": a line opening with 是/为/系 and no
    subject describes the body its line before names alone (a list item's heading, a yearbook entry's name)."""
    k = sent.index - 1
    sentences = ctx.dt.sentences
    if ctx.profile or k < 0 or k >= len(sentences) or not opens_its_line(sent, ctx) \
            or sentences[k].line != sent.line - 1 or (k > 0 and sentences[k - 1].line == sentences[k].line):
        return False  # the line before must be one sentence of its own, right before this line
    heading = strip_item_number(sentences[k].text).strip(" 。：:")
    heading = re.sub(r"^[【\[](.+)[】\]]$", r"\1", heading)  # "【县档案馆】"
    if not heading or name_at_end(heading) != heading or not is_unit_name(heading):
        return False
    first = re.split(r"[，；]", m.group("rest"))[0].strip()
    if not (_PROFILE_KIND.fullmatch(re.sub(RANK_RE.pattern, "", first)) or _RANK_ONLY.match(first)):
        return False
    return _describe(ctx, sent, heading, m.group("rest"))


_COUNT_WORD = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}
_SANDING_TITLE = re.compile(r"《(?P<u>[^《》]{2,40}?)(?:主要职责|职能配置|机构职能)[^《》]{0,20}?规定》")


def _counted_bodies_described(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"根据《A主要职责内设机构和人员编制规定》和《B…规定》，两个部门均为市政府工作部门": the N bodies the
    sentence named before (the subjects of the 三定 it cites, else its names) share the description; nothing
    unless exactly N bodies were named."""
    n = _COUNT_WORD.get(m.group("n")) or int(m.group("n"))
    before = text[: m.start()]
    names = [t.group("u") for t in _SANDING_TITLE.finditer(before) if name_at_end(t.group("u")) == t.group("u")]
    if not names:
        names = [name for _, _, name in find_names(before)]
    names = list(dict.fromkeys(ctx.full(x) for x in names))
    if len(names) != n:
        return False
    first = re.split(r"[，；]", m.group("rest"))[0]
    if not (_LISTABLE_KIND.search(first) or RANK_RE.search(first)):
        return False
    done = [_describe(ctx, sent, name, m.group("rest")) for name in names]
    return any(done)


def _counted_heads_described(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"…设立6个农业机械管理站，分别为：A站、B站…。新成立的6个农业机械管理站为公益性事业单位": the N bodies
    ending with the head noun, named in this sentence before or in the one before, share the description;
    nothing unless exactly N such bodies were named (tests `test_bodies_counted_by_their_head_noun_described`)."""
    n = cn_int(m.group("n"))
    head = m.group("head")
    before = (ctx.dt.sentences[sent.index - 1].text if sent.index else "") + text[: m.start()]
    found = [x for _, _, x in find_names(before)]
    listed = re.search(r"(?:分别为|分别是|即|包括)[：:]?(?P<l>[^。；]+)", before)
    if listed:  # the list's items, brackets dropped ("姥桥站(辖甲镇、乙镇)"), 和/及 before the last
        bare = re.sub(r"[（(][^）)]*[）)]", "", listed.group("l"))
        found += [i.strip() for i in re.split(r"[、，,]|(?<=[站所心队馆院局办室])(?:和|及)", bare) if i.strip()]
    names = list(dict.fromkeys(ctx.full(x) for x in found if x.endswith(head) and x != head and as_name(x) == x))
    if not n or len(names) != n:
        return False
    first = re.split(r"[，；]", m.group("rest"))[0]
    if not (_LISTABLE_KIND.search(first) or RANK_RE.search(first)):
        return False
    return any([_describe(ctx, sent, name, m.group("rest")) for name in names])


def _kind_by_level(kind: str) -> str:
    """"吉林省政府组成部门" → 省政府组成部门: a kind names its owner by level, as the genre mostly writes it."""
    placed = divisions().place_prefix(kind)
    if not placed or not re.match(r"(?:人民)?政府|委(?!员)|党委", kind[placed[1]:]):
        return kind
    place, rest = placed[0], kind[placed[1]:]
    level = next((w for w in ("自治区", "自治州", "省", "市", "县", "区", "州", "旗") if place.endswith(w)), None)
    return level + rest.replace("人民政府", "政府", 1) if level else kind


def _describe(ctx: Ctx, sent: Sentence, name: str, rest: str, signs: list[str] | None = None,
              rank: str | None = None, parent: tuple[str, str] | None = None) -> bool:
    """Kind, rank, parent and signs from what follows "X是/为/系" (and its clauses: "，隶属Y",
    "，由Y管理", "为Y内设机构"); ``parent``: (unit, relation) written before 是/为."""
    kind = None
    parent, relation = parent if parent else (None, None)
    rest = re.split(r"(?:主要|工作|具体)?(?:职责|职能)(?:是|为|包括)?[：:]", rest, maxsplit=1)[0]  # a page run on into its duties
    for clause in re.split(r"[，；]", rest):
        clause = clause.strip()
        rm = _RANK_ONLY.match(clause)
        if rm:
            rank = rank or norm_rank(rm.group("rank"))
            continue
        if _BAND_ONLY.match(clause) and not RANK_RE.search(clause):
            rank = rank or band_rank(clause)  # "机构规格为县（处）级"
            continue
        pm = _BELONGS.match(clause) or _MANAGED.match(clause)
        written = (pm.groupdict().get("p") or pm.groupdict().get("p2") or "").strip() if pm else ""
        if pm and parent is None and _parent_name(written) == written:
            rel = pm.groupdict().get("rel") or pm.groupdict().get("rel2")
            parent, relation = written, ("代管" if rel == "代管" else "管理" if rel else "所属")
            continue
        im = _INSIDE.match(clause)
        if im and parent is None and kind is None and name_at_end(im.group("p")) == im.group("p"):
            parent, relation, kind = im.group("p"), "内设", "内设机构"  # "为县委宣传部内设机构"
            continue
        body = re.sub(r"^(?:(?:机构|单位)?性质(?:为|是|属于?)|是|为|系|属)", "", clause)  # "，性质为公益一类事业单位"
        bracketed = re.search(rf"[（(](?P<r>{RANK_RE.pattern})[)）]$", body)
        if bracketed:  # "是市政府组成部门（正处级）"
            rank = rank or norm_rank(bracketed.group("r"))
            body = body[: bracketed.start()]
        inner = RANK_RE.search(body)
        if inner and kind is None:
            rank = rank or norm_rank(inner.group(0))
            body = body[: inner.start()] + body[inner.end():]
        banded = None if inner else re.match(rf"^(?:{_BAND.pattern})(?=[^，；]*(?:事业单位|事业机构|行政单位))", body)
        if banded and kind is None:  # "为处级事业单位": the band is its rank, the rest its kind
            rank = rank or band_rank(banded.group(0))
            body = body[banded.end():]
        owned = re.fullmatch(r"(?P<o>.{2,40}?)(?P<k>(?:公益[一二三]类|全额拨款|差额拨款|自收自支)?事业单位)", body)
        if inner and owned and kind is None and parent is None and name_at_end(owned.group("o")) == owned.group("o") \
                and is_unit_name(owned.group("o")):
            parent, relation, body = owned.group("o"), "所属", owned.group("k")  # "为Y正处级公益二类事业单位": Y owns it
        bare = re.fullmatch(r"(?:省|市|县|区|州|旗)直属(?P<k>[^的]{0,12}事业(?:单位|机构))", body)
        if bare and kind is None:  # "为市直属正处级事业单位": a level alone names no owner: 事业单位, no parent
            body = bare.group("k")
        dm = _DIRECT.match(body)
        if dm and kind is None:
            owner = dm.group("owner")
            for short, full in _OWNER_FULL.items():
                owner = owner[: -len(short)] + full if owner.endswith(short) and not owner.endswith(full) else owner
            after = body[dm.end():]
            if "事业" in after:  # 省政府直属事业单位: owned by the government
                parent, relation, body = owner, "所属", after
            elif after == "单位":  # "为县委直属正科级单位": owned, no kind
                parent, relation, body = owner, "所属", ""
            elif dm.group("rel") == "直属":  # 省政府直属机构: a kind of its own
                body = dm.group("owner").replace("人民政府", "政府") + "直属" + after
        om = re.match(r"^(?P<owner>.{2,40}?)(?:所属|下属|直属|属下)(?P<rest>.{2,20})$", body)
        if om and kind is None and parent is None and name_at_end(om.group("owner")) == om.group("owner"):
            # "为县农业农村局所属事业单位"; "是山东省政府直属事业单位": the government written in full
            parent, relation, body = _owner_full(om.group("owner")), "所属", om.group("rest")
        if body.count("的") == 1 and kind is None:  # "是县政府主管森林、草原的综合管理部门": the kind after 的
            owner, tail = body.rsplit("的", 1)
            if re.search(r"唯一|首家|首个|第一|之一|最", owner):
                continue  # "为全市唯一集…一体的甲级勘测单位": a quality, no kind (the next clause may give it)
            if parent is None and name_at_end(owner) == owner and RELATION_ONLY_KIND.fullmatch(tail):
                parent, relation = owner, "所属"  # "为县交通运输局的下属单位": a parent, no kind
                continue
            managed = re.match(r"^(?P<p>.{2,40}?)(?P<rel>管理|管辖|代管|主管|领导下|领导|下设|所属|下属|直属)$", owner)  # "Y领导下的事业单位"
            at = re.match(r"^(?P<p>[^、，]{2,30}?)(?:在|派驻|驻)", owner)
            if parent is None and tail.startswith("派出") and at and name_at_end(at.group("p")) == at.group("p"):
                parent, relation = _owner_full(at.group("p")), "派出"  # "是水利部在长江流域…的派出机构"
            if kind_phrase(tail) and tail not in ("机构", "部门", "单位", "机关"):  # "…日常工作的机构": no kind
                if parent is None and (name_at_end(owner) == owner or _parent_name(owner) == owner) \
                        and re.search(r"派出机构|派出机关|事业单位", tail):
                    parent, relation = _owner_full(owner), ("派出" if "派出" in tail else "所属")  # "为县自然资源局的派出机构"
                    tail = re.sub(r"^(?:直属|所属|下属)(?=.*事业单位$)", "", tail)  # "是Y的直属事业单位": 事业单位
                two_owners = re.fullmatch(r"[省市县区州旗]?(?:委|党委)(?:和|、|与)[省市县区州旗]?(?:人民政府|政府)", managed.group("p")) \
                    if managed else None  # "为中共X市委和市人民政府管理的…事业单位": two owners, no parent (seventeenth session)
                if managed and not two_owners and name_at_end(managed.group("p")) == managed.group("p"):
                    if parent is None and not tail.endswith("团体"):  # "是农业农村部管理的国家局": parent 农业农村部
                        # ("是县委领导下的人民团体": the party leads a mass organisation, it owns none)
                        rel = managed.group("rel")
                        parent, relation = managed.group("p"), ("代管" if rel == "代管" else "所属" if rel in (
                            "下设", "所属", "下属", "直属") else "管理")  # "是Y下设的事业单位": 所属
                    body = tail
                elif two_owners:
                    body = tail
                elif not managed and _OWNER_LEVEL.fullmatch(owner) and not tail.startswith("派出"):
                    body = owner.replace("人民政府", "政府") + tail  # "作为县人民政府的工作部门": 县政府工作部门
                elif not managed or managed.group("rel") in ("下设", "所属", "下属", "直属"):
                    body = tail  # "部委管理的国家局" is a class as written, kept whole; "市委、市政府直属的…"
        sent_out = re.match(r"^(?P<owner>.{2,40}?)(?P<kind>派出机构|派出机关)$", body)
        if sent_out and kind is None and parent is None and (name_at_end(sent_out.group("owner")) == sent_out.group("owner")
                                                            or _parent_name(sent_out.group("owner")) == sent_out.group("owner")):
            parent, relation, body = _owner_full(sent_out.group("owner")), "派出", sent_out.group("kind")  # "是县人民政府派出机构"
        elif sent_out and kind is None and parent is None and re.fullmatch(r"[^、，的]{2,12}、[^、，的]{2,12}", sent_out.group("owner")):
            body = sent_out.group("kind")  # "是县委、县政府派出机构": two owners, no parent
        two = re.fullmatch(r"(?:[省市县区州旗]?(?:委|党委|人民政府|政府)、)+[省市县区州旗]?(?:委|党委|人民政府|政府)的?"
                           r"(?P<k>直属单位|直属机构|工作机构|工作部门)", body)
        if two and kind is None and parent is None:
            body = two.group("k")  # "为省委、省政府直属单位": two owners, no parent; the class (seventeenth session)
        found = kind_phrase(body) if kind is None else None
        if found:
            kind = found
    signs = (signs or []) + _signs(rest)
    if not (kind or rank or signs or parent):
        return False
    ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), kind=kind, rank=rank,
                                   parent=_unit(ctx, parent) if parent else None, parent_relation=relation,
                                   signs=signs))
    ctx.described, ctx.described_at = ctx.full(name), sent.index
    if parent and sent.text.count(parent) == 1 and sent.text.find(parent) > sent.text.find(name) >= 0:
        # "同意设立X，为Y的下设机构，…，核定事业编制12名": Y is named only as X's parent; the figures
        # read for Y in this sentence are the described body's
        start = ctx.prov(sent).start
        for s in ctx.staffing:
            if s.prov.start == start and s.unit and s.unit.name in (parent, ctx.full(parent)) \
                    and sent.text.find(parent) < sent.text.find("编制"):  # normalized: prov.sentence is as written
                s.unit = _unit(ctx, name)
            elif s.prov.start == start and s.counterpart and s.counterpart.name in (parent, ctx.full(parent)):
                s.counterpart = _unit(ctx, name)  # "…所需编制从Z划转": Z gives to the described body
    ctx.mark(sent)
    return True


def _parented(ctx: Ctx, sent: Sentence, unit: str, parent: str, relation: str) -> bool:
    """One unit fact: ``unit``'s parent and how it relates (设在, 归口管理, 代管, 隶属 …)."""
    ctx.units.append(UnitStatement(_unit(ctx, unit), ctx.prov(sent), parent=_unit(ctx, parent),
                                   parent_relation=relation))
    ctx.mark(sent)
    return True


def _host_carries_sign(ctx: Ctx, sent: Sentence, host: str, sign: str) -> bool:
    """``host`` carries ``sign``: the host's sign, and outside a 三定 or a regulation (which say what is
    there) the ``add_sign`` event."""
    ctx.units.append(UnitStatement(_unit(ctx, host), ctx.prov(sent), signs=[ctx.full(sign)]))
    if not (ctx.sanding or ctx.about_sanding or ctx.regulation):
        _event(ctx, sent, EventType.ADD_SIGN, [host], [sign], sign=ctx.full(sign))
    ctx.mark(sent)
    return True


def _sign_at_host(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"X在Y挂牌" — X is a sign carried by Y."""
    if re.match(r"\s*(?:原来的|原有的|原)", m.group("host")):
        return False  # "X在原Y（地址）正式挂牌": the former body's premises, where X opens; no body carries X (x15un)
    sign, host = name_at_end(m.group("sign")), name_at_start(m.group("host"))
    if not sign or not host or sign == host:
        return False
    return _host_carries_sign(ctx, sent, host, sign)


def _sign_in_brackets(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"X（加挂在Y的牌子）" / "X（Y对外保留的牌子）" — X is a sign carried by Y (no event: a list says
    what is there)."""
    sign = name_at_end(strip_item_number(m.group("sign").lstrip("-—·•* ")))
    host = as_name(m.group("host") or m.group("host2"))
    if not sign or not host or sign == host:
        return False
    ctx.units.append(UnitStatement(_unit(ctx, host), ctx.prov(sent), signs=[ctx.full(sign)]))
    ctx.mark(sent)
    return True


_PARTY_BODY = re.compile(r"^(?:中共|中国共产党|中央(?!人民政府))|(?:[省市县区州旗]委|党委|党工委|党组)(?!员)")


def _one_team_host(first: str, others: list[str]) -> tuple[str, list[str]]:
    """Which of "A与B一个机构两块牌子" is the body and which the sign, when nothing describes either: the text
    gives no direction, so the genre's own rule decides: a party body merged with a government body is the
    host and the government name its sign (中共中央台湾工作办公室 with the sign 国务院台湾事务办公室); else
    the first name written."""
    if _PARTY_BODY.search(first):
        return first, others
    party = [o for o in others if _PARTY_BODY.search(o)]
    if len(party) != 1:
        return first, others
    return party[0], [first, *[o for o in others if o != party[0]]]


def _one_team(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"A与B实行一套班子、两块牌子" — the first name carries the others as signs."""
    listed = re.sub(r"(?:实行|实施|为|是|系|，|[（(“”\"「」])+$", "", m.group("list").lstrip("（(“"))  # 实行"一套人马…"
    # "X档案局、馆合并（一个机构，两块牌子）": the second body written by its head alone shares the first's stem
    listed = re.sub(r"(?P<stem>[\u4e00-\u9fff]{2,12}?)(?P<a>局|馆)、(?P<b>局|馆)(?=合并|合署|$)",
                    lambda x: f"{x.group('stem')}{x.group('a')}、{x.group('stem')}{x.group('b')}", listed)
    listed = re.sub(r"[（(](?=[与同和])", "", listed)  # "A（与B一个机构两块牌子）": the partner written in brackets
    listed = re.sub(r"(?:合署办公|合署|合并)$", "", listed)  # "A与B合署办公(合并)，一个机构两块牌子"
    this = re.match(r"^(?:该|本)(?P<w>中心|医院|学校|[局委办院馆站所队厅署])", listed)
    if this:  # "该中心与Y，是一套人马、两块牌子": the last body with that ending named before
        named = _this_body(ctx, this.group("w"), text[: m.start()])
        if not named:
            return False
        listed = named + listed[this.end():]
    last = listed.rsplit("，", 1)[-1]
    if "，" in listed and not re.match(r"^(?:与|同|和)", last) and len(names_in_list(re.sub(r"与|同|和", "、", last)) or []) >= 2:
        listed = last  # "…，市委办公厅印发《…》，市委党史研究室与市地方志办公室系一个机构、两块牌子": the pair of the last clause
    if "，" in listed and re.match(r"^(?:与|同|和)", last):
        # "市委网信办为市委工作机关，正处级，与市互联网信息办公室一个机构两块牌子": the sentence's subject
        # or the body a forming clause opening the sentence names ("1999年，成立X，与Y一套人员，两块牌子")
        opening = [n for st, _, n in find_names(listed) if st == 0 or listed[st - 1] == "，" or re.fullmatch(
            r"(?:新|正式)?(?:成立|设立|组建|建立|新设|恢复|建)", re.sub(r"^[^，]*?(?:19|20)\d{2}\s*年(?:\d{1,2}月)?", "",
                                                                     listed[listed.rfind("，", 0, st) + 1: st]))]
        subject = opening[0] if opening else None
        listed = f"{subject}、{last[1:]}" if subject else last[1:]
    names = names_in_list(listed.replace("与", "、"))
    if len(names) < 2:
        return False
    host, *signs = names
    from .reform import _in_bearers_place

    signs = [_in_bearers_place(host, s) for s in signs]
    described = re.match(r"^[）)]?[，,]?(?:均|同)?(?:被确定为|确定为|被定为|为|是|系)(?P<rest>[^。；]+)", text[m.end():])
    if described and _describe(ctx, sent, host, described.group("rest"), signs=[ctx.full(s) for s in signs]):
        return True  # "A与B实行一套班子、两块牌子，为县委工作部门，正科级": A described, B its sign
    # the body a chronicle paragraph (a unit's 沿革 page) is about stays the body (units14): "…1980年7月更改为省农业厅。
    # …2014年2月，省农业厅与中共某省委农村工作领导小组办公室实行一个机构、两块牌子。"
    opening = re.match(r"^\s*([^，。；：的是为系于在]{2,30})", ctx.dt.sentences[0].text) if ctx.dt.sentences else None
    page_subject = opening.group(1) if opening and as_name(opening.group(1)) == opening.group(1) else None  # "省农业厅的前身是…"
    about = any(b and ctx.full(b) == ctx.full(host) for b in (ctx.chronicle_subject, page_subject))
    if re.match(r"^[）)]?\s*(?:[。；;]|$)", text[m.end():]) and not about:  # nothing said of either after the phrase
        host, signs = _one_team_host(host, signs)
    from .reform import _in_bearers_place

    signs = [_in_bearers_place(host, s) for s in signs]
    ctx.units.append(UnitStatement(_unit(ctx, host), ctx.prov(sent), signs=[ctx.full(s) for s in signs]))
    ctx.mark(sent)
    return True


_COUNT_TAIL = re.compile(r"(?:等(?:\d+|[一二两三四五六七八九十]+)?(?:家|个)?|(?:\d+|[一二两三四五六七八九十]+)(?:家|个))"
                         r"[^、，]{0,14}?(?:机构|单位|部门)$")


def _opened(ctx: Ctx, sent: Sentence, names: list[str], date: str | None = None) -> bool:
    if names and mixed_opening(ctx, sent):
        ctx.mark(sent)
        return True
    start = ctx.prov(sent).start
    for name in names:
        if any(e.type in (EventType.ESTABLISH, EventType.RE_FORM) and any(o.name == ctx.full(name) for o in e.outputs)
               and e.prov.start == start for e in ctx.events_at.get(start, [])):
            continue
        _event(ctx, sent, EventType.ESTABLISH, [], [name], **({"date": date} if date else {}))
        if name not in ctx.established:
            ctx.established.append(name)
    return bool(names)


_HOST_OF_A_CEREMONY = re.compile(r"(?:人民政府|政府|党委|[省市县区州旗镇乡]委|管委会|街道办事处|办事处|党工委)$")


def _sign_ceremony_held(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"人力资源和社会保障部举行加挂国家外国专家局牌子仪式": the host starts carrying the sign (a news
    report of the ceremony: `add_sign`, and the host's sign)."""
    host = name_at_start(m.group("unit"))
    sign = as_name(m.group("sign").strip())
    if not host or not sign or ctx.full(host) == ctx.full(sign) or _HOST_OF_A_CEREMONY.search(host):
        return False
    return _host_carries_sign(ctx, sent, host, sign)


def _counted_class_members(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"部门管理机构2个（市粮食局由市商务局管理、市港口管理局由市交通运输局管理）" / "直属事业单位3个（A、B、C）":
    the members of a counted class written in the bracket after its count take the class as their kind, and the
    parent an item gives ("X由Y管理" / "X由Y代管"); the count must be the number of items."""
    kind = kind_phrase(re.sub(r"^.*(?:设置|设立|另设|设有|设)", "", m.group("kind")))  # "县政府设直属事业单位3个（…）": the class after the verb
    if not kind or not _LISTABLE_KIND.search(kind) or re.search(r"内设|科室|股室|处室", kind):
        return False
    items = [i.strip() for i in re.split(r"[、，；]", m.group("items")) if i.strip()]
    if len(items) < 2 or cn_int(m.group("num")) != len(items):
        return False
    members = []
    for item in items:
        im = re.fullmatch(r"(?P<u>[^由]{2,40}?)由(?P<p>[^由]{2,40}?)(?:统一)?(?P<rel>归口管理|管理|代管)", item)
        unit = im.group("u") if im else item
        name = name_at_end(unit)
        if not name or name != unit:
            return False  # every item a whole name (with its parent), else no member list
        parent = _parent_name(im.group("p")) if im else None
        if im and parent != im.group("p"):
            return False
        members.append((name, parent, ("代管" if im.group("rel") == "代管" else "管理") if im else None))
    for name, parent, rel in members:
        ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), kind=kind,
                                       parent=_unit(ctx, parent) if parent else None, parent_relation=rel))
    ctx.mark(sent)
    return True


# what may open the clause before a counted list of a township's (or any level's) own bodies: a time
# ("机构改革后") or the place itself ("某镇"), never a body (a body's list is the division readers')
_LIST_OPENER = re.compile(r"^(?:(?:机构)?改革后|调整后|整合后|目前|现)?[，,]?(?:全镇|全乡|全街道)?(?:共)?$")


def _counted_kind_list(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"机构改革后，撤并整合为A、B、…共11个工作机构" / "某镇设置A、B、C等3个镇政府工作机构": a list of whole
    names closed by its count and its class gives each name that class as its kind (the class written after the
    count, never a bare 机构/部门/单位; 内设机构 and 科室 lists are the division readers')."""
    kind = kind_phrase(m.group("kind"))
    if not kind or not _LISTABLE_KIND.search(kind) or re.search(r"内设|科室|股室|处室", kind):
        return False
    opener = m.group("opener").strip()
    place = ""
    level = re.sub(r"^(?:(?:机构)?改革后|调整后)[，,]?", "", opener)
    if level in ("镇", "乡", "街道", "本镇", "本乡", "本街道") and re.search(r"(?:镇|乡|街道)$", ctx.jurisdiction or ""):
        opener = ""  # "镇设A、B、C3个综合办事机构" in a township's own document: the township's bodies
    if opener and not _LIST_OPENER.match(opener):
        place = re.sub(r"^(?:(?:机构)?改革后|调整后)[，,]?", "", opener)
        if re.search(r"乡镇|各|每个|所有|全[省市县区]", place) or not (
                only_place(place) or re.fullmatch(r"[\u4e00-\u9fff*＊]{1,5}(?:镇|乡|街道)", place)):
            return False  # a township named before its own list ("甲镇设置…"), else a body's list
    items = [i.strip() for i in _split_outside_brackets(m.group("list")) if i.strip()]
    want = cn_int(m.group("num"))
    if len(items) < 2 or (want and want < len(items)):
        return False
    names = []
    for item in items:
        name = name_at_end(item)
        if not name or name != item:
            return False  # every item a whole name, else no list of bodies
        names.append(place + name if place and not name.startswith(place) and not divisions().place_prefix(name) else name)
    for n in names:
        ctx.units.append(UnitStatement(_unit(ctx, n), ctx.prov(sent), kind=kind))
    ctx.mark(sent)
    return True


def _ceremony_held(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县退役军人事务局举行揭牌仪式" / "X今天上午举行成立暨揭牌仪式": the body holding its own opening
    ceremony opens (a government, party committee or township holding one hosts another's opening)."""
    name = name_at_start(m.group("unit"))
    if not name or _HOST_OF_A_CEREMONY.search(name) or divisions().is_place(name):
        return False
    return _opened(ctx, sent, [name])


def _inaugurated(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"X正式挂牌成立" / "X今天揭牌" / "举行X揭牌仪式" / "为A、B等单位揭牌" / "“A、B…”14个机构正式
    成立" — new bodies open (dated by the sentence)."""
    if text[m.end():m.end() + 1] == "后" or text[m.end():m.end() + 2] in ("以后", "之后"):
        return False  # "X挂牌后，…": looks back at an opening, does not report one
    raw = re.sub(r"(?:及|和|以及|与)?(?:更名后|调整后|重组后|改革后)的.*$", "", m.group("unit"))  # renamed: no opening
    when = re.search(r"于((?:19|20)\d{2})年(?:(\d{1,2})月)?(?:\d{1,2}日)?(?:正式)?$", raw)
    raw = re.sub(r"(?:今天|今日|当天|当日|日前|近日|正式|已|也|相继|集中|于(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|"
                 r"\d+月\d+日|于近日|于日前)+$", "", raw)
    raw = re.sub(r"^.*(?:举行|召开|举办)(?=.)", "", raw)  # "某镇举行新科室部门挂牌仪式": the ceremony's host is no body opened
    listed = _COUNT_TAIL.sub("", raw)
    listed = re.sub(r"^.*?(?:为|对)(?=[^、“]{2,}、)", "", listed)  # "…共同为A、B等单位揭牌"
    quoted = re.fullmatch(r"(?P<head>[^“]*)“(?P<items>[^”]+)”(?P<tail>.*)", raw)
    if quoted:  # "标志着某镇“A、B…”N个镇政府工作机构正式成立": the place before the quote, the kind after it
        head = re.sub(r"^.*?(?:标志着|宣布|举行|召开)", "", quoted.group("head")).strip()
        place = head if head and (only_place(head) or re.fullmatch(r"[省市县区州镇乡]|街道", head)) else ""
        items = quoted.group("items")
        if place:  # each item in the place written before the quote ("行政综合服务中心" alone reads as a class)
            items = "、".join(i if i.startswith(place) or divisions().place_prefix(i) else place + i
                             for i in items.split("、"))
        names = names_in_list(items) if re.search(r"、|和|及|与", items) else []
        if len(names) >= 2:
            km = re.fullmatch(r"(?:共?(?:\d+|[一二两三四五六七八九十]+)(?:家|个))?(?P<kind>[^，、]{2,14})", quoted.group("tail"))
            kind = kind_phrase(km.group("kind")) if km else None
            if kind and kind not in ("机构", "部门", "单位", "科室") and not kind.startswith("新"):
                for n in names:
                    ctx.units.append(UnitStatement(_unit(ctx, n), ctx.prov(sent), kind=kind))
            return _opened(ctx, sent, names)
    listed = re.sub(r"^[^“]*“", "", listed).strip("“”\"")  # "标志着某镇“A、B…”N个机构正式成立"
    names = names_in_list(listed) if re.search(r"、|和|及|与", listed) else []
    if len(names) >= 2:
        return _opened(ctx, sent, names)
    verb = m.group(0)[m.end("unit") - m.start():]
    loc = re.search(r"(?P<adv>正式)?在(?P<loc>[^，。；在“”]{2,20}?)(?:正式)?$", raw)
    if loc and (loc.group("adv") or "成立" in verb or only_place(loc.group("loc"))
                or re.fullmatch(r"(?:县城|市区|城区|北京|京|省城|首都)", loc.group("loc"))):
        # "X正式在北京挂牌" / "X于5月8日在Y正式挂牌成立": where the ceremony was held, not a host's sign
        raw = re.sub(r"(?:今天|今日|当天|当日|日前|近日|正式|已|也|于(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|\d+月\d+日)+$",
                     "", raw[: loc.start()])
    name = name_at_end(raw.strip("“”\""))
    if not name or raw[: len(raw) - len(name)].endswith(("在", "于")):
        return False  # "X在Y挂牌" is a sign (sign_at_host), "于Y揭牌" a place
    if when and not event_date(text, ctx.doc_date):
        # "X于2023年9月挂牌成立": the month (or year) the sentence gives
        date = f"{when.group(1)}-{int(when.group(2)):02d}" if when.group(2) else when.group(1)
        return _opened(ctx, sent, [name], date=date)
    return _opened(ctx, sent, [name])


_LEAD_DATE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年)?(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[，,]?\s*")


def _changed_into(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县人民政府改教育科为文教科" (a chronicle's rename, the new name after 为)."""
    old, new = as_name(m.group("old")), as_name(m.group("new"))
    if not old or not new or old == new:
        return False
    _event(ctx, sent, EventType.RENAME, [old], [new])
    return True


def _split_into(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"将文教科分为文化科和教育科" / "文教局分设为文化局、教育局" / "农林厅改设农业厅和林业厅": each new body
    is formed from the old; a chronicle entry with no subject ("1950年10月改设工业厅和农林厅") splits the
    paragraph's body."""
    written = _LEAD_DATE.sub("", m.group("old")).strip()
    old = as_name(written) if written else chronicle_subject.subject_of(sent, ctx, text)
    news = names_in_list(re.sub(r"(?:两|二|三|四|\d)个(?:机构|单位|部门|局|科)?$", "", m.group("new")))
    if not old or len(news) < 2 or old in news:
        return False
    for new in news:
        _event(ctx, sent, EventType.ESTABLISH, [old], [new])
        if new not in ctx.established:
            ctx.established.append(new)
    return True


def _last_of_field(ctx: Ctx, field_word: str) -> str | None:
    """The body formed last in this document whose name (its place left aside) opens with the
    field word ("统计" → 县统计科): a yearbook's "计划与统计机构" names the bodies just formed."""
    for name in reversed(ctx.established):
        if re.match(rf"^(?:[\u4e00-\u9fff]{{0,8}}[省市县区州旗])?{re.escape(field_word)}", name):
            return name
    return None


def _merged_and_called(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"文化科与教育科合并，复称文教科" / "民政、劳动两局合并，称民劳局": the merged bodies form one
    (a re_form when it keeps the name of one of them)."""
    src = re.sub(r"(?:再次|又|再|重新|起)+$", "", _LEAD_DATE.sub("", m.group("src")))
    am = re.fullmatch(r"(?P<a>[\u4e00-\u9fff]{2,6})(?:与|和|、)(?P<b>[\u4e00-\u9fff]{2,6})(?:两个|二个|两)?机构", src)
    if am:  # "计划与统计机构合并，称计划统计科": the bodies of those fields formed just before
        sources = [_last_of_field(ctx, am.group("a")), _last_of_field(ctx, am.group("b"))]
        new = name_at_start(m.group("new"))
        if None in sources or sources[0] == sources[1] or not new:
            return False
        lead = re.match(r"^\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:份|起)?[，,]", text)  # "1957年6月起，"
        date = (f"{lead.group(1)}-{int(lead.group(2)):02d}" if lead.group(2) else lead.group(1)) if lead else None
        _event(ctx, sent, EventType.ESTABLISH, [s for s in sources if s], [new], **({"date": date} if date else {}))
        if new not in ctx.established:
            ctx.established.append(new)
        return True
    cm = re.fullmatch(r"(?P<list>.+?)(?:两|二|三|四|五|六|七|八|九|十|\d+)(?:个)?(?P<suf>局|科|委|办|所|站|县|区|乡|镇)", src)
    if cm:  # "民政、劳动两局合并" / "隆尧、临城、柏乡、内丘四县合并": the level written once after the count
        items = [i for i in re.split(r"[、，]|和|及|与", cm.group("list")) if i]
        sources = lead_place_shared([i if i.endswith(cm.group("suf")) else i + cm.group("suf") for i in items])
        sources = [x for x in sources if as_name(x) or divisions().is_place(x) or place_items(x) == [x]]
        sources = sources if len(sources) == len(items) else []
    else:
        sources = names_in_list(src) or merged_places(src)
    new = name_at_start(m.group("new")) or (m.group("new") if divisions().is_place(m.group("new")) else None) \
        or (m.group("new") if place_items(m.group("new")) == [m.group("new")] else None)
    if len(sources) < 2 or not new:
        return False
    new = kept_name(new, sources)
    if new in sources:  # the merged bodies keep one name: a re-formed body, not a new one
        _drop_events(ctx, sent, lambda e, kept=ctx.full(new): e.type == EventType.ESTABLISH and [o.name for o in e.outputs] == [kept])
    glued = re.match(r"^\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?=[\u4e00-\u9fff])", m.group("src"))
    when = {"date": f"{glued.group(1)}-{int(glued.group(2)):02d}" if glued.group(2) else glued.group(1)} if glued else {}
    _event(ctx, sent, EventType.RE_FORM if new in sources else EventType.ESTABLISH, sources, [new], **when)
    if new not in ctx.established:
        ctx.established.append(new)
    return True


def _dated_set_up(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1951年设税务局、工商科" / "5月设文化科和农业科": a chronicle's date, then 设 and bodies only."""
    items = [i for i in re.split(r"[、，]|和|及", m.group("list")) if i.strip()]
    names = [as_name(i.strip()) for i in items]
    if not names or any(n is None for n in names) or any(re.search(r"[长员]$", i.strip()) for i in items):
        return False  # "设县长、副县长各1人": posts, not bodies
    year = m.group("y") or (re.match(r"^\s*((?:19|20)\d{2})\s*年", text) or [None, None])[1] or ctx.chronicle_year
    date = (f"{year}-{int(m.group('mo')):02d}" if m.group("mo") else year) if year else None
    return _opened(ctx, sent, [n for n in names if n], date=date)


# A chronicle's governing body that sets up sections ("县革命委员会生产指挥部设计划统计组"). Kept apart from
# common.GOVERNING on purpose: that one marks bodies that are never an event's input, while these
# (革命委员会, 人委, 专署 …) are themselves abolished and restored in the same chronicles.
_GOVERNING_BODY = r"(?:人民政府|人民委员会|革命委员会|生产指挥部|政府|人委|革委会|县委|市委|区委|公署|专署)"


# the period a chronicle's year opened, written between the year and the entry ("1966年，“文化大革命”初期，…")
_ERA_PHRASE = r"[^，。；：]{2,14}?(?:初期|中期|后期|期间|开始后|以后|之后)"
# a district or commune of a county setting up its own bodies ("塔河区设政治委员会…", "某公社设办公室…")
_OWNER_PLACE = r"(?<=[\u4e00-\u9fff]{2})(?:区|公社|人民公社)"
# a member of a governing body's list written by its kind alone: the owner's own ("县革委会设政治部和办公室")
_OWN_GENERIC_MEMBER = re.compile(r"(?:办公室|办公厅|指挥部|办事处|领导小组)")


def owned_list(written: str, owner: str | None) -> list[str | None]:
    """The bodies of a list an owner sets up, in order: a name as written, a member written by its kind alone
    ("办公室") as the owner's own (None without an owner, or for an item that is no body)."""
    items = [i.strip() for i in re.split(r"[、，]|和|及", written) if i.strip()]
    return [f"{owner}{i}" if owner and _OWN_GENERIC_MEMBER.fullmatch(i) and not as_name(i) else as_name(i) for i in items]


def _shared_host(names: list[str]) -> str | None:
    """The district or commune two or more bodies are all written under ("某区政治委员会", "某区办公室" → 某区)."""
    if len(names) < 2:
        return None
    for k in range(min(len(n) for n in names) - 2, 1, -1):
        head = names[0][:k]
        if all(n.startswith(head) for n in names) and chronicle_subject.township_body(head):
            return head
    return None


def _owner_set_up(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1953年4月，县人民政府设统计科" / "1969年12月，县革命委员会生产指挥部设计划统计组": a
    chronicle's date, the governing body, then 设 and bodies only: each body opens, under that
    body (no relation word is written). A member written by its kind alone ("…设政治部、生产指挥部和
    办公室") is the owner's own (县革命委员会办公室). A district or commune of the county as the owner
    ("1966年，某区设政治委员会、生产委员会和办公室") names its bodies with its own name (某区政治委员会);
    a list the text parts with a comma once ("设政治委员会，生产委员会、群众委员会和办公室") runs on
    when everything after the comma up to the sentence's end is bodies."""
    raw = m.group("owner")
    # a commune is a name of its own (seventeenth session) and still names its bodies with its name, as a district does
    place = chronicle_subject.township_body(raw) and (not as_name(raw) or raw.endswith("公社"))
    owner = as_name(raw) or (raw if re.fullmatch(rf"[\u4e00-\u9fff]{{0,10}}[县市区省州旗]{_GOVERNING_BODY}", raw) or place else None)
    written = m.group("list")
    rest = re.match(r"[^。；]*", text[m.end("list"):]).group(0)  # type: ignore[union-attr]  # matches "" at least
    if rest.startswith("，") and all(owned_list(rest, owner)):
        written += rest
    items = [i.strip() for i in re.split(r"[、，]|和|及", written) if i.strip()]
    names = owned_list(written, owner)
    if not owner or not names or any(n is None for n in names) or any(re.search(r"[长员]$", i) for i in items):
        return False  # "县人民政府设县长、副县长各1人": posts, not bodies
    if all(_OWN_GENERIC_MEMBER.fullmatch(i) for i in items):
        return False  # "县人民政府设办公室": the owner's office alone is read by the readers of offices
    if place:
        names = [n if n.startswith(raw) else f"{raw}{n}" for n in names if n]
    date = f"{m.group('y')}-{int(m.group('mo')):02d}" if m.group("mo") else m.group("y")
    _opened(ctx, sent, [n for n in names if n], date=date)
    for name in names if not place else []:  # a district's bodies: the district is no body above them
        ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), parent=_unit(ctx, owner)))
    ctx.mark(sent)
    return True


def _chronicle_date(m: re.Match[str]) -> str:
    return f"{m.group('y')}-{int(m.group('mo')):02d}" if m.group("mo") else m.group("y")


def _restored(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1976年10月，恢复县计划委员会" / "1979年恢复设立县物价局": a chronicle's date, then a body
    restored after it had been abolished or merged: it opens again (bodies only, not "恢复生产")."""
    items = [i.strip() for i in re.split(r"[、]|和|及", m.group("list")) if i.strip()]
    names = [as_name(i) for i in items]
    if not names or any(n is None for n in names):
        return False
    return _opened(ctx, sent, [n for n in names if n], date=_chronicle_date(m))


def _dated_internal_set_up(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1978年10月，计委内设统计科" / "1984年，县统计局内设农业股和工业股": a chronicle's date, a
    body, 内设 + division names only: each division opens inside the body."""
    from .sanding import is_division_name

    raw = m.group("host").strip()
    host = as_name(raw) or next((short for short, _ in ctx.aliases if short == raw), None)  # "（简称计委）"
    items = [i.strip() for i in re.split(r"[、，]|(?<=[司局处科股室组])(?:和|及)", m.group("list")) if i.strip()]
    if not host or not items or not all(is_division_name(i) for i in items):
        return False
    for name in _open_divisions(ctx, sent, host, items):
        _event(ctx, sent, EventType.ESTABLISH, [], [name], kind="内设机构", parent=_unit(ctx, host), relation="内设",
               date=_chronicle_date(m))
    ctx.mark(sent)
    return True


def _open_divisions(ctx: Ctx, sent: Sentence, host: str, items: list[str]) -> list[str]:
    """Each item an internal division (内设机构) of ``host``; their full names."""
    names = []
    for item in items:
        name = ctx.division_name(item, host)
        ctx.divisions.add(name)
        ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), kind="内设机构", parent=_unit(ctx, host),
                                       parent_relation="内设"))
        names.append(name)
    return names


def _split_off(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"统计业务从计委分出，由专设的统计局负责" / "物价工作从县计划委员会划出，单独成立县物价局": a
    body is formed for work that leaves another body (the giver a body, or the document's short form
    of one), the work moving with it."""
    raw = m.group("src").strip()
    src = as_name(raw) or next((short for short, _ in ctx.aliases if short == raw), None)
    new = as_name((m.group("new1") or m.group("new2") or "").strip())
    duty = _LEAD_DATE.sub("", m.group("duty")).strip()
    if not src or not new or src == new or not duty or as_name(duty):
        return False
    date = None
    lead = re.match(r"^\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?", text)
    if lead and text.find(m.group("duty")) <= lead.end() + 2:
        date = f"{lead.group(1)}-{int(lead.group(2)):02d}" if lead.group(2) else lead.group(1)
    _event(ctx, sent, EventType.ESTABLISH, [src], [new], duties=[DutyMove(Mention(ctx.full(src)), duty)],
           **({"date": date} if date else {}))
    if new not in ctx.established:
        ctx.established.append(new)
    ctx.mark(sent)
    return True


def _placed_under(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"清流、宁化、永安3个县划归三明市人民委员会管辖" / "大田县划归三明专署管辖": each listed body
    (a county, a township, a unit) moves under the new parent."""
    items = _LEAD_DATE.sub("", re.sub(r"^原属[^，。；]{2,30}?的", "", _LEAD_DATE.sub("", m.group("items"))))
    items = re.sub(r"^(?:同意|决定)?(?:将|把)", "", items)
    owner = re.match(r"^(?:原属|原)?(?P<o>[^，。；的]{2,20})的(?P<rest>.+)$", items)
    if owner and (as_name(owner.group("o")) or place_items(owner.group("o"))):  # "将佳木斯市的集贤县": the old parent
        items = owner.group("rest")
    cm = re.fullmatch(r"(?P<list>.+?)(?:等)?(?:\d+|[一二两三四五六七八九十]+)个(?P<suf>县|区|市|旗)", items)
    if cm:  # "清流、宁化、永安3个县": the level written once after the count
        names = [i if i.endswith(cm.group("suf")) else i + cm.group("suf") for i in re.split(r"[、，]|和|及", cm.group("list")) if i]
        names = [n for n in names if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", n)]
    else:
        names = counted_list(items) or place_items(items) or names_in_list(items) \
            or ([items] if divisions().is_place(items) else [])
    to = as_name(m.group("to")) or next(iter(place_items(m.group("to"))), None)  # a county, a city, a township
    if not names or not to or to in names:
        return False
    from .reform import _event as reform_event

    relation = {"代管": "代管", "领导": "领导"}.get(m.group("rel") or "", "管理")
    start = ctx.prov(sent).start
    known = {(e.inputs[0].name, e.outputs[0].name) for e in ctx.events_at.get(start, [])
             if e.type == EventType.TRANSFER_UNIT and e.inputs and e.outputs}
    for name in names:
        if (ctx.full(name), ctx.full(to)) not in known:  # one event per moved body, never united
            reform_event(ctx, sent, EventType.TRANSFER_UNIT, [ctx.full(name)], [ctx.full(to)], relation=relation)
    ctx.mark(sent)
    return True


def _moved_under(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1992年，县文化局改属县委宣传部管理" / "县档案馆改隶县委办公室" / "甲县改隶乙市": the body (or
    division) written before the verb now belongs to the one after it."""
    raw = re.sub(r"^(?:同意|决定)?(?:将|把)?", "", _LEAD_DATE.sub("", m.group("unit")).strip())
    unit = as_name(raw) or next(iter(place_items(raw)), None)
    to = as_name(m.group("to")) or next(iter(place_items(m.group("to"))), None)
    if not unit or not to or unit == to:
        return False
    relation = {"代管": "代管", "领导": "领导"}.get(m.group("rel") or "", "管理")
    _event(ctx, sent, EventType.TRANSFER_UNIT, [unit], [to], relation=relation)
    ctx.units.append(UnitStatement(_unit(ctx, unit), ctx.prov(sent), parent=_unit(ctx, to), parent_relation=relation))
    ctx.mark(sent)
    return True


def _place_renamed(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"宁波市滨海区更名为北仑区" / "将甲乡改称乙乡": a division renamed (both sides written as places)."""
    old = place_items(_LEAD_DATE.sub("", re.sub(r"^(?:同意|决定)?(?:将|把)", "", m.group("old").strip())))
    new = place_items(m.group("new"))
    if len(old) != 1 or len(new) != 1 or old == new:
        return False
    _event(ctx, sent, EventType.RENAME, old, new)
    return True


def _abolished_merged_in(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1958年10月撤销双柏县，并入楚雄县" / "撤销辛寨镇，整建制并入刁镇": the body (or division) ended
    joins another: ``merge_into`` (its territory moved, "将其行政区域并入B", is no event)."""
    olds = _bodies_or_places(re.sub(r"(?:的)?建制$", "", _LEAD_DATE.sub("", m.group("old")).strip()))
    to = as_name(m.group("to")) or next(iter(place_items(m.group("to"))), None)
    if len(olds) != 1 or not to or to == olds[0]:
        return False
    _event(ctx, sent, EventType.ABOLISH, olds, [])
    _event(ctx, sent, EventType.MERGE_INTO, olds, [to])
    return True


def _counted_then_named(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"新设立事业单位3家，即A、B和C" / "三家新组建的事业单位正式成立，分别是A、B、C": the count of
    bodies formed, then their names: one ``establish`` each (a list that is not all names is none)."""
    names = names_in_list(re.sub(r"(?:等)?(?:\d+|[一二两三四五六七八九十]+)?(?:家|个)?(?:单位|机构|事业单位)?$", "",
                                 m.group("list").strip()))
    n = m.group("n") or m.group("n2")
    count = (int(n) if n.isdigit() else cn_int(n)) if n else None
    if len(names) < 2 or (count and count != len(names)):
        return False
    return _opened(ctx, sent, names)


def _formed_out_of(ctx: Ctx, sent: Sentence, old: str | None, new: str | None) -> bool:
    """``establish`` of ``new`` with ``old`` (which stays) as its input; nothing when either is missing or both
    are the same body."""
    if not old or not new or ctx.full(old) == ctx.full(new):
        return False
    _event(ctx, sent, EventType.ESTABLISH, [old], [new])
    if new not in ctx.established:
        ctx.established.append(new)
    return True


def _split_off_body(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1960年，农业局中析出畜牧局" / "从县计委分出县物价局": a body formed out of another (the old one
    stays): ``establish`` with the old body as input, dated by the chronicle lead."""
    old = as_name(re.sub(r"^(?:从|由)", "", _LEAD_DATE.sub("", m.group("old")).strip()))
    new = as_name(m.group("new").strip())
    return _formed_out_of(ctx, sent, old, new)


def _split_off_subject_first(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1989年，县文物考古研究所从县博物馆分出后成立独立机构" / "县物价局由县计委中析出": the new body is
    the subject, the old one (which stays) after 从/由: ``establish`` with the old body as input."""
    new = as_name(_LEAD_DATE.sub("", m.group("new")).strip())
    old = as_name(m.group("old").strip())
    return _formed_out_of(ctx, sent, old, new)


def _separated_then_formed(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"该图书馆与文化馆分离，正式成立平江县图书馆" / "县文化馆图书室与文化馆分家，在…设立县图书馆": a
    body formed out of the one it left (which stays): ``establish`` with that body as input."""
    old, new = as_name(m.group("old").strip()), as_name(m.group("new").strip())
    return _formed_out_of(ctx, sent, old, new)


def _counted_merged_into(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1959年11月，两室合并为县档案馆": the merged bodies only counted (named in an earlier sentence):
    the new body is formed (its inputs are not written here)."""
    new = as_name(m.group("new").strip())
    if not new:
        return False
    return _opened(ctx, sent, [new])


def _new_body_merged_from(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"新组建的X，将隶属于Y的A和隶属于Z的B、C等机构进行了合并": X is formed from A, B and C; an
    establish of X already read without inputs (its opening, "X挂牌成立") gets them."""
    new = as_name(m.group("new").strip())
    src = re.sub(r"隶属(?:于)?[^的，。；]{2,20}?的", "", m.group("src"))
    olds = [o for o in names_in_list(src) if o] if new else []
    if not new or len(olds) < 2:
        return False
    full = ctx.full(new)
    for e in ctx.events:
        if e.type == EventType.ESTABLISH and [o.name for o in e.outputs] == [full] and not e.inputs:
            e.inputs = [Mention(ctx.full(o)) for o in olds]
            ctx.mark(sent)
            return True
    _event(ctx, sent, EventType.ESTABLISH, olds, [new])
    return True


def _founded_on(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"内蒙古自治区妇女联合会成立于1949年1月12日" (a profile's opening): X was formed then."""
    name = as_name(re.sub(r"(?:正式|最早|始|于)+$", "", m.group("unit")))
    if not name:
        return False
    y, mo, d = m.group("y"), m.group("mo"), m.group("d")
    date = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
    return _opened(ctx, sent, [name], date=date)


def _ended_itself(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1945年10月平阿县抗日民主政府撤销，建立…" / "县二轻局于1996年撤销。": the body is the subject,
    the verb closes the clause (a chronicle's way); not "X撤销后", not a list of duties."""
    raw = re.sub(r"(?:被|予以|宣布|宣告|正式|也|已|随之|同时|于(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)+$", "",
                 m.group("unit"))
    raw = re.sub(r"^\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?", "", raw)
    name = as_name(raw)
    if not name or _CLASS_WORDS.search(name):
        return False
    _event(ctx, sent, EventType.ABOLISH, [name], [])
    ctx.mark(sent)
    return True


def _predecessor_founded(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"其前身是创办于1980年的X" / "前身是1941年成立于某地的X" / "学校溯源于1906年建立的X": a profile's body
    began as X, formed that year (the body it became is read from the renames and mergers that follow)."""
    name = as_name(m.group("unit").strip())
    if not name or _CLASS_WORDS.search(name):
        return False
    year, month = (m.group("y"), m.group("mo")) if m.group("y") else (m.group("y2"), m.group("mo2"))
    date = f"{year}-{int(month):02d}" if year and month and 1 <= int(month) <= 12 else year  # "前身是1949年8月成立的X"
    return _opened(ctx, sent, [name], date=date)


def _carried_subject(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """A chronicle clause with a date and no subject ("1981年12月，成立档案局。1984年5月撤销，1985年
    12月4日又恢复" / "1970年4月1日，改名为县革委会档案馆"): its body is the one the event just before
    (this sentence or the one before, same paragraph) formed, renamed or moved."""
    from .reform import _event as reform_event

    starts = [ctx.prov(sent).start]
    for k in range(sent.index - 1, max(sent.index - 4, -1), -1):  # the paragraph's last sentences with an event
        if ctx.dt.sentences[k].line != sent.line:
            break
        starts.insert(0, ctx.prov(ctx.dt.sentences[k]).start)
        if ctx.events_at.get(starts[0]):
            break
    before = [e for st in starts for e in ctx.events_at.get(st, [])]
    if m.group("verb") not in ("撤销", "撤消", "恢复"):
        # a body abolished just before is not the one renamed or moved now ("1959年4月，钢铁医院撤销，…")
        before = [e for e in before if e.type != EventType.ABOLISH]
    if not before:
        return False
    last = before[-1]
    subject = (last.outputs or last.inputs or [None])[0]
    if subject is None:
        return False
    subject = subject.name
    if ctx.subject_confirmed:
        if not ctx.chronicle_subject:
            return False  # the sentence before formed several bodies: which one is meant is not said
        subject = ctx.full(ctx.chronicle_subject)  # the paragraph's body (chronicle_subject.py), not a partner
    y, mo, d = m.group("y"), m.group("mo"), m.group("d")
    year = y or ctx.chronicle_year
    if not year:
        return False
    if not y and m.group("rel") in ("次年", "翌年"):
        year = str(int(year) + 1)
    date = year + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
    verb, rest = m.group("verb"), m.group("rest").strip()
    if verb in ("撤销", "撤消"):
        if rest:
            return False  # "1984年撤销县农业局": a subject of its own, read elsewhere
        reform_event(ctx, sent, EventType.ABOLISH, [subject], [], date=date)
    elif verb in ("改属", "改隶", "改隶属", "划归"):  # "同年11月改属Y领导": the body moves under Y
        to_raw = re.sub(r"(?:领导|管理|管辖|代管)$", "", rest)
        to = as_name(to_raw) or next(iter(place_items(to_raw)), None) \
            or (to_raw if re.fullmatch(r"[\u4e00-\u9fff]{2,24}(?:专区|专署|行署|公署)", to_raw) else None)
        if not to or to == subject:
            return False
        reform_event(ctx, sent, EventType.TRANSFER_UNIT, [subject], [ctx.full(to)], date=date,
                     relation={"代管": "代管"}.get(rest[-2:], "管理"))
    elif verb == "恢复":
        if rest and as_name(rest) != subject:
            return False
        reform_event(ctx, sent, EventType.ESTABLISH, [], [subject], date=date)
        cm = re.match(r"[，,]\s*(?:并|同时)?(?:与|和)(?P<y>[^，。；]{2,30}?)合署办公", text[m.end():])
        partner = as_name(cm.group("y")) if cm else None
        if partner and ctx.full(partner) != subject:  # "又恢复，与县档案馆合署办公"
            reform_event(ctx, sent, EventType.CO_LOCATE, [subject], [ctx.full(partner)], date=date)
    else:  # 改名为 / 复名(为) / 更名为 / 改称
        new = as_name(rest)
        if not new or new == subject:
            return False
        reform_event(ctx, sent, EventType.RENAME, [subject], [ctx.full(new)], date=date)
    ctx.mark(sent)
    return True


def _carried_subject_later(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1981年1月起，开始实行…管理体制，名称变更为Y" / "1962年10月，下放为县办…管理，同时更名Y": a
    chronicle sentence whose rename clause comes after clauses that name no body; its body is the one
    the event just before formed or renamed (as ``carried_subject``)."""
    if find_names(m.group("mid")) or not as_name(m.group("rest").strip()):
        return False
    return _carried_subject(m, sent, text, ctx)


_CLASS_WORDS = re.compile(r"^(?:各|所有|全部|部分|原有|相关|有关|其|该)|(?:机构|单位|部门|乡镇|站所)$")


def _listed_openings(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"此次挂牌的16家单位是：A、B、C…" — each listed body opens."""
    return _opened(ctx, sent, names_in_list(m.group("list")))


# ---------------------------------------------------------------- sign moves

_EACH_RENAMED = re.compile(r"(?P<src>[^，。；：]{4,200}?)(?:统一|均|分别|一律)更名为(?P<new>[^，。；]{2,40})")
_NAMED_AS = re.compile(r"(?:更名为|重组为|改建为|组建|设立|成立|改为)(?P<name>[^，。；]{2,40}?)(?:[，。；]|$)")


def _sign_bearers(clause: str) -> list[str]:
    """The bodies whose sign the clause moves: each place's new name after "A、B…统一更名为区X",
    else the one named by 更名为/组建/…, else "X牌子", else the last name in the clause."""
    each = list(_EACH_RENAMED.finditer(clause))
    if each:
        m = each[-1]
        new = m.group("new").strip()
        marker = re.match(r"^(?:省|市|区|县|镇|乡|州)", new)
        out = []
        for source in names_in_list(m.group("src")) if marker else []:
            place = next(iter(_places_at_start(source)), None)
            if place and place.endswith(marker.group(0)):
                target = name_at_start(place + new[len(marker.group(0)):])
                if target:
                    out.append(target)
        if out:
            return out
    named = [name_at_start(m.group("name")) for m in _NAMED_AS.finditer(clause)]
    named = [n for n in named if n]
    if named:
        return [named[-1]]
    sign = re.search(r"(?P<name>[^，。；]{2,40}?)(?:的)?牌子[^，。；]*$", clause)
    if sign and name_at_end(sign.group("name")):
        return [name_at_end(sign.group("name"))]
    found = find_names(clause)
    return [found[-1][2]] if found else []


def _host_in_place(ctx: Ctx, bearer: str, host: str) -> str:
    """"区人民政府办公室" for 青山区乡村振兴局 is 青山区人民政府办公室 (the bearer's own place)."""
    marker = re.match(r"^(?:省|市|区|县|镇|乡|州)", host)
    if not marker:
        return ctx.full(host)
    found = divisions().place_prefix(bearer)
    place = bearer[:found[1]] if found else None
    if not place or not place.endswith(marker.group(0)):
        # a place the gazetteer does not hold (某县): the shortest written place with that ending
        place = next((bearer[:k] for k in range(2, min(10, len(bearer) - 1)) if bearer[k - 1] == marker.group(0)
                      and _PLACE_ITEM.match(bearer[:k])), None)
    if place and not host.startswith(place):
        return ctx.full(place + host[len(marker.group(0)):])
    return ctx.full(host)


def _sign_clause(m: re.Match[str], text: str) -> str:
    return re.split(r"[；。]", text[:m.start()])[-1]


def _sign_moved(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"…统一更名为区乡村振兴局，由在区人民政府办公室挂牌，调整为在区农业农村局挂牌" / "X牌子由A调整到B
    加挂" / "不再在A挂牌，改在B挂牌": the sign leaves A (remove_sign) and goes to B (add_sign)."""
    old, new = as_name(m.group("old")), as_name(m.group("new"))
    if not old or not new:
        return False
    bearers = _sign_bearers(_sign_clause(m, text))
    for bearer in bearers:
        sign = ctx.full(bearer)
        a, b = _host_in_place(ctx, bearer, old), _host_in_place(ctx, bearer, new)
        if a == sign or b == sign:
            continue
        if not (ctx.sanding or ctx.about_sanding or ctx.regulation):
            _event(ctx, sent, EventType.REMOVE_SIGN, [a], [sign], sign=sign)
            _event(ctx, sent, EventType.ADD_SIGN, [b], [sign], sign=sign)
        ctx.units.append(UnitStatement(Mention(b), ctx.prov(sent), signs=[sign]))
    if bearers:
        ctx.mark(sent)
    return bool(bearers)


def _sign_kept(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"…统一更名为区乡村振兴局，仍在区人民政府办公室挂牌": the host keeps carrying the sign (a unit
    fact, no event: nothing moved)."""
    host = as_name(m.group("host"))
    if not host:
        return False
    bearers = _sign_bearers(_sign_clause(m, text))
    for bearer in bearers:
        sign = ctx.full(bearer)
        h = _host_in_place(ctx, bearer, host)
        if h != sign:
            ctx.units.append(UnitStatement(Mention(h), ctx.prov(sent), signs=[sign]))
    if bearers:
        ctx.mark(sent)
    return bool(bearers)


# ---------------------------------------------------------------- duties listed by their former holders

_HELD_BEFORE = re.compile(r"^(?:原)?(?P<giver>[^，。；：！？]{2,60}?)(?:所)?(?:承担|负责|履行)的(?P<duty>.+)$")


def _duties_by_former_holder(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"国家数据局具体职责包括：A承担的X等职责，B承担的Y等。": the body's duties, each named with the
    unit that held it before — one transfer_duty from those givers."""
    unit = name_at_end(m.group("unit"))
    if not unit:
        return False
    givers: list[str] = []
    moves: list[DutyMove] = []
    for piece in re.split(r"[，；]", m.group("body")):
        h = _HELD_BEFORE.match(piece.strip().rstrip("。"))
        giver = name_at_end(h.group("giver")) if h else None
        if not giver or not h.group("giver").endswith(giver) or giver == unit:
            continue
        if giver not in givers:
            givers.append(giver)
        moves.append(DutyMove(Mention(ctx.full(giver)), h.group("duty").strip()))
    if not givers:
        return False
    _event(ctx, sent, EventType.TRANSFER_DUTY, givers, [unit], duties=moves)
    return True


def _duty_added(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """A 职责调整 item of a 三定 or an adjustment notice: "（四）增加组织实施国家基本药物制度的职责。" — a
    duty moves in to the document's own unit from no named giver."""
    if not ctx.focus or not (ctx.sanding or ctx.about_sanding or ctx.notice):
        return False
    _event(ctx, sent, EventType.TRANSFER_DUTY, [], [ctx.focus], duties=[DutyMove(None, m.group("duty"))])
    return True


def _abolished_after(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县档案局不再保留，其职责划入县委办公室" / "原县文化局、县体育局予以撤销": the bodies before
    the verb end (the list must be names only; not "…牌子不再保留", not a duty)."""
    if ctx.regulation:
        return False
    body = re.sub(r"^(?:将|同时|另外|原|并)", "", m.group("body").strip())
    if re.search(r"(?:牌子|职责|职能|编制|事项|规定|做法)$", body):
        return False
    names = split_names(body)
    if not names:
        return False
    for name in names:
        _event(ctx, sent, EventType.ABOLISH, [name], [])
    return True


def _renamed_again(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1993年，县计委更名为县计划经济委员会，1996年又改称县发展计划委员会": a clause without a subject
    renames the body the sentence renamed last (dated by its own year when it gives one)."""
    new = name_at_start(m.group("new"))
    start = ctx.prov(sent).start
    before = [e for e in ctx.events_at.get(start, []) if e.type == EventType.RENAME and e.outputs]
    if not new or not before:
        return False
    old = before[-1].outputs[-1].name
    if ctx.full(new) == old:
        return False
    year = m.group("year")
    date = None
    if year:
        date = f"{year}-{int(m.group('month')):02d}" if m.group("month") else year
    _event(ctx, sent, EventType.RENAME, [old], [new], **({"date": date} if date else {}))
    return True


def _unit_moved_between(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"将县城乡规划设计院由县住建局划转至县自然资源局管理": the body (not a duty) changes parent."""
    unit = name_at_end(m.group("unit"))
    giver, receiver = as_name(m.group("from")), name_at_start(m.group("to"))
    if not unit or not receiver or not giver or re.search(r"(?:职责|职能|工作|编制|事项)$", m.group("unit")):
        return False
    if len({ctx.full(unit), ctx.full(giver), ctx.full(receiver)}) < 3 or ctx.regulation:
        return False
    relation = m.group("rel") or "所属"
    _event(ctx, sent, EventType.TRANSFER_UNIT, [unit], [receiver], relation=relation)
    ctx.units.append(UnitStatement(_unit(ctx, unit), ctx.prov(sent), parent=_unit(ctx, receiver),
                                   parent_relation=relation))
    return True


def _moved_from_kind(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"将省食品药品监督管理局由省政府直属机构调整为由省卫生厅管理": the body leaves a kind (no giver
    named) for a parent."""
    unit = name_at_end(m.group("unit"))
    receiver = as_name(m.group("to"))
    if not unit or not receiver or ctx.full(unit) == ctx.full(receiver) or ctx.regulation:
        return False
    if re.search(r"(?:职责|职能|工作|编制|事项)$", m.group("unit")):
        return False
    relation = m.group("rel")
    _event(ctx, sent, EventType.TRANSFER_UNIT, [unit], [receiver], relation=relation)
    ctx.units.append(UnitStatement(_unit(ctx, unit), ctx.prov(sent), parent=_unit(ctx, receiver),
                                   parent_relation=relation))
    return True


def _sign_at_host_after(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"组建县疾病预防控制局，在县卫生健康局加挂牌子": the body named just before is a sign the host
    carries."""
    host = name_at_start(m.group("host"))
    bearers = _sign_bearers(_sign_clause(m, text))
    if not host or len(bearers) != 1 or ctx.full(bearers[0]) == ctx.full(host):
        return False
    sign = ctx.full(bearers[0])
    ctx.units.append(UnitStatement(_unit(ctx, host), ctx.prov(sent), signs=[sign]))
    if not (ctx.sanding or ctx.about_sanding or ctx.regulation):
        _event(ctx, sent, EventType.ADD_SIGN, [host], [bearers[0]], sign=sign)
    ctx.mark(sent)
    return True


# ---------------------------------------------------------------- 职责分工 (division of duties)

_PARTY_VERB = re.compile(r"(?:而|则|并|同时|另外)?(?:由)?(?P<party>各[\u4e00-\u9fff]{1,3}[（(][^）)，。；：]{1,8}[）)][^，。；：、]{1,28}?|"
                         r"[^，。；：、]{2,30}?)(?:全面|主要|具体|依法|统一|共同|予以|做好|积极)?"
                         r"(?P<verb>负责|主导|牵头|承办|主办|配合|协助|协办|协同|会同|进行监督管理|履行|不再履行|不再承担|不再负责|承担|"
                         r"主管(?!部门|机关|单位)|(?:为|是|作为)(?:[^，。；：“”]{1,20}?的)?(?:牵头|主办)(?:单位|部门)|"
                         r"(?:为|是|作为)(?:[^，。；：“”]{1,20}?的)?(?:配合|协办|参与)(?:单位|部门)|"
                         r"对[^，。；：“”]{1,30}?(?:实施|进行|依法|履行)?(?:监督管理|监管)(?:职责)?(?=[，。；]|$)|"
                         r"对(?P<answers>[^，。；：“”]{2,30}?)(?:全面|具体|依法)?负(?:总|主要)?责(?=[，。；]|$)|"
                         r"负(?:主|总)责(?=[，。；]|$)|"  # "A负主责，B配合": the lead
                         # "A对X负监管责任" / "对Y负直接责任": the kind of responsibility written before 责任
                         r"对[^，。；：“”]{2,30}?(?:全面|具体|依法)?负(?:有)?[\u4e00-\u9fff]{0,6}?责任(?=[，。；]|$)|"
                         r"是[^，。；：“”]{1,20}?的(?:行业)?主管部门)")
# verbs whose subject is no lead of its own part: a partner (会同, 配合…), or a part that divides
# nothing by itself outside a document about 职责分工 ("A承担X，B承担Y"; "A主管X，B主管Y")
_NOT_LEAD = ("会同", "配合", "协助", "协办", "协同", "承担", "主管", "主办", "为主办单位", "为主办部门", "为配合单位", "为配合部门", "为协办单位", "为协办部门",
             "为参与单位", "为参与部门")
def _leads(verb: str) -> bool:
    """Whether a party's verb makes its part a lead of its own: not a partner's (会同, 配合 …), nor a
    role named after 为/是/作为 other than the lead's ("是X的配合部门")."""
    return verb not in _NOT_LEAD and not re.search(r"(?:主办|配合|协办|参与)(?:单位|部门)$", verb)


# supporters listed after a lead: "由A牵头，B、C配合" / "B、C按职责分工负责" (each a party; "A、B负责X"
# stays joint work)
_SUPPORTERS = re.compile(r"(?:由)?(?P<list>[^，。；：“”]{4,80}?)(?:等(?:单位|部门))?(?:共同|积极|予以|主动)?(?:配合|协助|协办|参与|"
                         r"(?:是|为|作为)(?:配合|协办|参与)(?:单位|部门)|(?:按照|按|依照|依据|依)(?:法定)?职责(?:分工)?(?:负责|做好)|"
                         r"承担(?:配合|协助|协办)(?:职责|责任)|各负其责(?=[，。；]|$)|各司其职(?=[，。；]|$)|"
                         # each of the list holds its own part: "A、B根据各自职责负责X" / "A和B分别负责X、Y" /
                         # "A、B按照职责分工分别承担…" (the comma before 分别 is dropped by ``_each_in_turn``)
                         r"(?P<each>(?:(?:根据|按照|按|依照|依据|依)(?:各自|各)(?:的)?(?:法定)?职责(?:分工)?(?:分别)?(?:负责|做好|履行)|"
                         r"(?:(?:根据|按照|按|依照|依据|依)(?:各自|各)?(?:的)?(?:法定)?职责(?:分工)?|各司其职|各负其责)?分别(?:负责|承担|履行|主管|做好|"
                         r"对[^，。；：“”]{2,30}?负(?:有)?[\u4e00-\u9fff]{0,6}?责任?))))")
# "A、B按照职责分工，分别负责X和Y": the comma between the list's shared rule and 分别 joins one clause
_EACH_IN_TURN = re.compile(r"((?:根据|按照|按|依照|依据|依)(?:各自|各)?(?:的)?(?:法定)?职责(?:分工)?|各司其职|各负其责)[，,]"
                           r"(?=分别|负责|做好)")


def _each_in_turn(text: str) -> str:
    return _EACH_IN_TURN.sub(r"\1", text)
# several leads listed before one verb, then supporters in the same sentence: "A、B负责，C配合" / "由A、B承办，C协办"
# (the supporters make it a division; "A、B负责X" alone stays joint work)
_LEAD_LIST = re.compile(r"(?:^|(?<=[，。；]))(?:由)?(?P<list>[^，。；：“”]{4,80}?)(?:共同)?(?:负责|牵头|主导|承办|主办)"
                        r"(?=[^。；]*?，[^，。；]{2,80}?(?:配合|协助|协办|参与))")
# a list of parties sharing one part, opening a ；-clause, beside another clause's own party: "A、B负责X；C负责Y"
# (each of A, B holds the part; with no other party the list stays joint work)
_LIST_PART = re.compile(r"^(?:由)?(?P<list>[^，。；：“”]{4,80}?)(?:共同)?(?:负责|牵头|主导|承办|主办)")
# the document a division sentence cites before its parties: "《方案》明确A…" / "通知规定A…"
_CITED_RULE = re.compile(r"^(?:《[^》]{1,40}》|[^，。；：《》]{0,10}(?:方案|通知|意见|办法|文件))(?:明确|规定|提出)[，：:]?")
# a carve-out: "A的统一管理中“不含X”，X仍由B负责" — A holds the rest of the matter
_EXCEPT = re.compile(r"^(?:而|则)?(?P<party>[^，。；：、“”]{2,30}?)的[^，。；：、“”]{0,16}?(?:职责|管理|监管)(?:范围)?(?:中|内)?"
                     r"[“”「」\"]?(?:不含|不包括|不包含)")
# the party after the matter: "…后的监管职责由B依法履行" / "…后，由B监督管理" / "…仍由B负责"
_BY = re.compile(r"(?:^|[^经])由")
_BY_VERB = re.compile(r"(?:全面|主要|具体|依法|统一|共同|进行)?(?:负责|履行|承担|监督管理|监管|办理|受理|审批|核发|查处)")


def _answers_to_body(m: re.Match[str]) -> bool:
    """"A对B负责" with B a body ("县政府对县人民代表大会负责"): A answers to B, it holds no part of a matter;
    "A对X负责" with X a matter ("对水环境质量负责") is A's part."""
    answers = m.group("answers")
    return bool(answers) and (_party(answers) is not None or bool(re.search(r"(?:人民代表大会|人大|常委会|政府|党委|上级|本级)", answers)))


_NAME_GOES_ON = re.compile(r"[局厅委办处所站队部司院]|中心|部门")


def _by_parties(clause: str) -> list[str]:
    """B of "由B负责/履行/监督管理": the first verb after 由 that leaves a party before it (a
    name may itself hold 监督管理: "由省食品药品监督管理局监督管理")."""
    out: list[str] = []
    for b in _BY.finditer(clause):
        rest = clause[b.end():b.end() + 80]
        each = clause[:b.start() + (b.group() != "由")].endswith("分别")
        for v in _BY_VERB.finditer(rest):
            if each and _NAME_GOES_ON.match(rest, v.end()):
                continue  # "由A、县市场监管局负责": the 监管 of a name is no verb
            # "X和Y分别由A、B负责": each listed body holds its own part
            listed = [_party(n) for n in _shared_list(_list_items(rest[:v.start()]))] if each else []
            if len(listed) > 1 and all(listed):
                out.extend(n for n in listed if n and n not in out)
                break
            party = _party(rest[:v.start()]) if v.start() >= 2 else None
            if party:
                out.append(party)
                break
    return out


# the lead named as the main party of a matter: "X工作以A为主，B配合" (A leads; B's part is read as usual)
_MAIN_PARTY = re.compile(r"以(?P<party>[^，。；：、“”]{2,30}?)为主(?:导)?(?=[，。；、]|$)")
# the party as the overseer: "…后，应当接受B的监督管理"
_ACCEPTS = re.compile(r"接受(?P<party>[^，。；：、]{2,30}?)的(?:监督管理|监管|监督)")
_WITH_OTHER = re.compile(r"(?P<by>与|会同|配合|协助|协同)(?P<other>[^，。；：]{2,60}?)"
                         r"(?P<then>(?:等(?:有关|相关)?(?:部门|单位))?的(?:沟通|协调|联系|配合|协作|衔接)|"
                         r"(?:密切|相互|积极|主动)?(?:配合|协作)|"
                         r"建立|共同|做好|开展|组织|加强|进行|研究|制定|履行|负责|"
                         r"落实|打击|查处|实施|处置|推进|完成|办理|抓好|搞好|维护|调查|处理|督促|检查|整治|执行|核查|审核|提供)")
# support of a named lead: "配合/协助B做X", "与B密切配合" (B leads the matter: a division, wherever it is written)
_SUPPORT_BY = ("配合", "协助")  # 协同 is joint work ("协同推进")
# a party named by a label before its part: "3.公安部门工作职责：负责…" / "（4）县公安局：…"
_LABEL = re.compile(r"^(?P<party>[^，。；：、“”]{2,30}?)(?:的)?(?:工作|主要|具体)?(?:职责|职能|任务)?[：:]")


def _supports_named_lead(clause: str) -> bool:
    """Whether the clause supports a lead it names ("配合县商务局打击…", "与县残联密切配合")."""
    for w in _WITH_OTHER.finditer(clause):
        supported = w.group("by") in _SUPPORT_BY or (w.group("by") == "与" and w.group("then").endswith("配合"))
        if supported and all(_party(x) for x in _shared_list(w.group("other").split("、"))):
            return True
    return False


# an event hosted by bodies ("本次大赛由A主办，B承办，C协办"): who runs one event, no division of standing duties
_HOSTED_EVENT = re.compile(r"活动|比赛|大赛|赛事|论坛|展览|展会|博览会|晚会|典礼|仪式|讲座|培训班|座谈会|研讨会|会议|节(?:庆|会)?(?=[由，])")


def _supports_the_other(subjects: list[str], text: str) -> bool:
    """"由A承担X，B予以协助" / "A承担X，B配合": a party whose whole part is to support (a bare 配合/协助/协办
    closing its clause) beside another party holding the matter — a lead and its supporter, whatever
    verb the holder's part uses."""
    if len(subjects) < 2 or _HOSTED_EVENT.search(text):
        return False
    holders = {p for p in subjects if re.search(re.escape(p) + r"(?:全面|主要|具体|依法|统一)?(?:承担|承办|主管|负责|主办)", text)}
    supporters = {p for p in subjects
                  if re.search(re.escape(p) + r"(?:要|应|应当|须)?(?:予以|积极|主动|全力|做好|负责)?(?:配合|协助|协办)(?=[，。；]|$)", text)}
    return bool(holders) and bool(supporters - holders)


def _label_subject(sent: Sentence, ctx: Ctx) -> str | None:
    """The party a label at the start of the sentence's line names ("（4）县公安局：…。协助…。"):
    kept for the line's later sentences."""
    if opens_its_line(sent, ctx):
        m = _LABEL.match(strip_item_number(sent.text))
        party = _party(m.group("party")) if m else None
        ctx.label_subject = (party, sent.line) if party else None
    if ctx.label_subject and ctx.label_subject[1] == sent.line:
        return ctx.label_subject[0]
    return None
_CLASS = re.compile(r"^(?:[\u4e00-\u9fff()（）]{2,16}?(?:主管部门|部门|机构)|[\u4e00-\u9fff]{2,8}?机关|"
                    r"(?:乡镇|镇|乡|街道|镇（乡）|乡（镇）|乡镇（街道）)(?:人民政府|政府|办事处))$")
# "公安机关", "税务机关", "司法行政机关": a class named by its organ (rules write it so); a word for every organ
# of a kind names no class of its own ("行政机关", "国家机关", "党政机关", "县直机关", "执法机关")
_NO_ORGAN_CLASS = re.compile(r"^(?:行政|执法|行政执法|国家|党政|党委|政府|[省市县区]直|直属|派出|领导|权力|审批|工作|中央和国家|各级)机关$")
_NOT_CLASS = re.compile(r"^(?:各|有关|相关|其他|其它|上述|下列|本|该|地方|各级|同级|上级|下级|两|三|几|多|中央和地方)")
_CELL = re.compile(r"\s*(?:\||\t)\s*")


def class_named_unit(party: str, names: Iterable[str], jurisdiction: str) -> str | None:
    """The one unit among ``names`` (written with the document's place or a level word: 辽宁省…,
    市…) that a class party stands for: its name without the place the class's stem abbreviates
    ("食品药品监管部门" after "某省食品药品监督管理局今后将负责……"); None when none or several."""
    stems = class_stems(party)
    if not stems:
        return None
    found = set()
    for name in names:
        if not name or name == party:
            continue
        local = name[len(jurisdiction):] if name.startswith(jurisdiction) else (
            name[1:] if name[:1] in "省市县区" else None)
        if local and _UNIT_END.search(local) and not _CLASS_HEAD.search(local) and any(
                _abbreviates(stem, local) for stem in stems):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _party_unit(ctx: Ctx, party: str) -> Mention:
    """A party of a 职责分工 statement, as written. A class of units ("食品药品监管部门") that stands for
    the unit of the place named before it in the document (exactly one) is declared a name of that
    unit: the statement keeps the class (as the genre and the gold write it) and the store resolves it."""
    named = class_named_unit(party, ctx.recent, ctx.jurisdiction)
    if named:
        ctx.aliases.append((party, ctx.full(named)))  # the store resolves the class to the unit (kg.apply)
    return _unit(ctx, party)


# "并划入现由B承担的X职责": the body after 现由/仍由/改由 is the party (no name opens with the verb)
_HOLDER_NOW = re.compile(r"^[^，。；：]{0,8}?(?:现由|仍由|改由|交由|统一由)(?=[\u4e00-\u9fff]{2})")


# a role's label is no class of units ("…整治牵头部门：A" on a line the page joined to its task)
_ROLE_WORD_END = re.compile(r"(?:牵头|配合|协办|责任|参与|主办|协同|协助)(?:单位|部门)$")
# the departments of the level below as one class: "各区(新区)城管局", "各县（市、区）市场监管局", "各区县卫生健康委"
# (a city or county body divides a matter with its counterparts below). The governments of the level below ("各乡镇人民
#政府", "各街道办事处") are not: a task plan names them beside nearly every task, their territory's share of it.
_LOWER_LEVELS = r"(?:县市区|县区|区县|县市|[区县市])"
_LOWER_CLASS = re.compile(
    rf"^各{_LOWER_LEVELS}(?:[（(](?:{_LOWER_LEVELS}[、，,]?){{1,3}}[）)]|[（(]新区[）)])?"
    r"[\u4e00-\u9fff]{1,12}?(?:局|委|委员会|办|办公室|厅|分局|部门|机关)$")


def lower_level_class(text: str) -> bool:
    """``text`` names the departments of the level below as one class ("各区城管局", not "各有关部门")."""
    return bool(_LOWER_CLASS.match(text)) and not re.search(r"有关|相关|成员|其他|各级|政府|人民", text)


def _party(text: str) -> str | None:
    text = re.sub(r"^(?:由|而|则|并|同时|另外|按此规定|其中|仍)+", "", text.strip().lstrip("“”‘’\"「」 "))
    text = _HOLDER_NOW.sub("", text)
    if lower_level_class(strip_item_number(text)):
        return strip_item_number(text)
    name = name_at_end(text)
    if name and text.endswith(name):
        return name
    if _CLASS.match(text) and not _NOT_CLASS.match(text) and not _NO_ORGAN_CLASS.match(text) \
            and not re.search(r"各|有关|相关", text) and not _ROLE_WORD_END.search(text):
        return text  # "督促各有关部门" names no class of its own
    return None


def note_row_cell(sent: Sentence, ctx: Ctx) -> None:
    """A table row of a 职责分工表 names its unit in a cell of its own ("市食药监局 |"), then
    the unit's part in the next cell (next line). Runs on every line, headings included."""
    if not _CELL.search(sent.text):
        _note_unit_line(sent, ctx)
        return
    cells = [c for c in _CELL.split(sent.text.strip()) if c.strip()]
    head = _party(cells[0]) if len(cells) == 1 else None
    if head:
        ctx.row_subject = (head, sent.line)


_PART_OPENS = re.compile(r"^(?:全面|主要|具体|依法|统一)?(?:牵头)?(?:负责|承担|主导|牵头)")


def _left_out_subject(text: str) -> bool:
    """The sentence is a part whose subject is left out: opened by a part's verb ("负责Y。"), not by a person
    ("负责人：…", "负责同志")."""
    text = strip_item_number(text).strip()
    return bool(_PART_OPENS.match(text)) and not re.match(r"(?:全面|主要|具体|依法|统一)?负责(?:人|同志)", text)


def _note_unit_line(sent: Sentence, ctx: Ctx) -> None:
    """A boundary list read without its cell marks (a web table flattened to lines): a line
    holding nothing but a unit's name ("县住建局", or "2 县住建局") over the line of that unit's part
    ("负责…"). Only where the document divides duties and is no 三定 (whose divisions have their own
    reader)."""
    if not ctx.division_context or ctx.about_sanding or not opens_its_line(sent, ctx):
        return
    text = strip_item_number(sent.text).strip()
    whole = ctx.dt.line_text(sent.line).strip()
    if text and len(text) <= 30 and whole.endswith(text) and not re.search(r"[，。；：:,;]", whole):
        party = _party(text)
        if party and party == text:
            ctx.unit_line = (party, sent.index, -1)


def _unit_line_subject(sent: Sentence, ctx: Ctx, text: str) -> str | None:
    """The unit of the name line just above this part's line, for every sentence of that line."""
    held = ctx.unit_line
    if not held:
        return None
    party, index, line = held
    if line == sent.line:
        return party
    if index == sent.index - 1 and opens_its_line(sent, ctx) and _PART_OPENS.match(text.strip()):
        ctx.unit_line = (party, index, sent.line)
        return party
    if line == sent.line - 1 and opens_its_line(sent, ctx) and _SUB_ITEM.match(ctx.dt.line_text(sent.line)) \
            and _SUB_ITEM.match(ctx.dt.line_text(line)):
        # "（一）县住建局⏎1.负责…⏎2.负责…⏎3.指导…": the heading's unit holds each numbered item under it
        ctx.unit_line = (party, index, sent.line)
        return party
    return None


# an item numbered in arabic under a heading ("1.", "2、", "（3）", "④"): one of the heading's items
_SUB_ITEM = re.compile(r"^\s*(?:\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩])")


def _row_subject(sent: Sentence, ctx: Ctx) -> str | None:
    """The unit of the row this cell belongs to: a cell written after the unit's own cell on
    the same line ("市食药监局 | 与市农委建立…"), or on the line after it."""
    if _CELL.search(sent.text):
        cells = [c for c in _CELL.split(sent.text.strip()) if c.strip()]
        head = _party(cells[0]) if len(cells) > 1 else None
        if head:
            return head
    if ctx.row_subject and ctx.row_subject[1] == sent.line - 1:
        return ctx.row_subject[0]
    return None


_LEVEL_WORD = re.compile(r"^(?:省|市|县|区|州|旗)(?=[\u4e00-\u9fff]{2})")
_SHORT_UNIT = re.compile(r"^[\u4e00-\u9fff]{1,5}(?:厅|局|委|办)$")
_SHARED_HEAD = re.compile(r"^(?P<stem>[\u4e00-\u9fff]{2,8}?)(?:等)?(?P<head>(?:行政)?(?:主管)?部门)$")
_BARE_STEM = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_NO_DEPARTMENT = re.compile(r"乡|镇|村|社区|街道|企业|群众|单位|个人|学校|医院|部门|机构|政府|组织|协会")


def _shared_list(items: list[str]) -> list[str]:
    """A list of parties written with what they share once (the genre's short lists):
    a level prefix on the first name only ("省农业厅、卫生厅、公安厅" = 省农业厅、省卫生厅、省公安厅),
    a head on the last only ("财政、审计部门" = 财政部门、审计部门; "商务、公安等部门"), a bare
    department stem beside named parties ("国土、县城乡建委配合": 国土部门). Items that share
    nothing come back as written."""
    items = [re.sub(r"^由", "", x.strip()) for x in items]
    head = _SHARED_HEAD.match(items[-1]) if items else None
    if head and len(items) > 1:
        tail = head.group("head")
        items[-1] = head.group("stem") + tail
        items = [x + tail if _BARE_STEM.match(x) and not _NO_DEPARTMENT.search(x) else x for x in items]
    prefix = next((m.group() for x in items[:1] if (m := _LEVEL_WORD.match(x)) and _party(x)), None)
    if prefix:
        items = [prefix + x if k and _SHORT_UNIT.match(x) and not _LEVEL_WORD.match(x) and is_unit_name(prefix + x)
                 else x for k, x in enumerate(items)]
    if sum(1 for x in items if _party(x)) >= 1 and len(items) > 1:
        items = [x + "部门" if _BARE_STEM.match(x) and not _NO_DEPARTMENT.search(x) and not _party(x) else x
                 for x in items]
    return items


_SUPPORT_VERBS = ("配合", "协助", "协办")


def _list_items(text: str) -> list[str]:
    """The items of a list of parties: split at 、, and at 和/及 only inside an item that is no party whole
    ("县人力资源和社会保障局" is one name; "县公安局和县交通运输局" two)."""
    out: list[str] = []
    for item in text.split("、"):
        out.extend([item] if _whole_party(item) else _joined_parties(item))
    return out


def _whole_party(text: str) -> bool:
    return _party(text) == re.sub(r"^由", "", text.strip())


def _joined_parties(item: str) -> list[str]:
    """"市住房和城乡建设局及市城市管理局" → the two names: cut at a 和/及 where the piece before is a whole
    party, left to right; as split at every 和/及 when no such cut leaves parties."""
    pieces: list[str] = []
    start = 0
    for j in re.finditer("和|及", item):
        if j.start() > start and _whole_party(item[start:j.start()]):
            pieces.append(item[start:j.start()])
            start = j.end()
    if pieces and _whole_party(item[start:]):
        return [*pieces, item[start:]]
    return re.split("和|及", item)


def _parties_of(clause: str) -> tuple[list[tuple[str, bool]], list[str]]:
    """(parties that hold a part, with whether the part is their own lead — 负责/主导/由…监管;
    partners named with 与/会同/配合/协助) of one clause."""
    subjects: list[tuple[str, bool]] = []
    partners: list[str] = []
    inside = 0  # a partner's 与 inside the subject's own name ("省海洋与渔业主管部门负责") is no partner
    for piece in re.finditer(r"[^“”「」]+", clause):
        ptext = piece.group()
        pos = len(ptext) - len(ptext.lstrip())
        # the piece's own party, then "、B负责…" parts joined to it ("A负责X、B负责Y"); a list of
        # parties sharing one verb ("A、B负责X") is no division
        m = _PARTY_VERB.match(ptext, pos)
        party = _party(m.group("party")) if m and not _answers_to_body(m) else None
        if not party and (sm := _SUPPORTERS.match(ptext, pos)) and (
                "、" in sm.group("list") or (sm.group("each") and re.search("和|及", sm.group("list")))):
            listed = [_party(n) for n in _shared_list(_list_items(re.sub(r"^由", "", sm.group("list"))))]
            if len(listed) > 1 and all(listed):
                # "A、B根据各自职责负责X": each holds its own part (a division); "B、C配合": supporters
                subjects.extend((p, bool(sm.group("each"))) for p in listed if p)
                inside = max(inside, piece.start() + sm.end("list"))
        if m and party and m.group("verb") in _SUPPORT_VERBS and re.search("和|及", m.group("party")):
            # "B和C配合" / "B及C予以协助": each a supporter (the name at the end is only the last)
            joined = [_party(n) for n in _list_items(re.sub(r"^由", "", m.group("party").strip()))]
            if len(joined) > 1 and all(joined):
                subjects.extend((p, False) for p in joined[:-1] if p and p != party)
        while m and party:
            subjects.append((party, _leads(m.group("verb"))))
            inside = max(inside, piece.start() + m.end("party"))
            party, after = None, m.end()
            for k in re.finditer("、", ptext[after:]):
                m = _PARTY_VERB.match(ptext, after + k.end())
                party = _party(m.group("party")) if m and not _answers_to_body(m) else None
                if party:
                    break
    if (ex := _EXCEPT.match(clause.strip())) and (party := _party(ex.group("party"))):
        subjects.insert(0, (party, True))
    for main in _MAIN_PARTY.finditer(clause):
        if (party := _party(main.group("party"))) and all(party != p for p, _ in subjects):
            subjects.insert(0, (party, True))
    overseers = [_party(a.group("party")) for a in _ACCEPTS.finditer(clause)]
    for party in [*_by_parties(clause), *overseers]:
        if party and all(party != p for p, _ in subjects):
            subjects.append((party, True))
    for w in _WITH_OTHER.finditer(clause):
        if w.start() < inside or re.search(r"(?:为了|为|以便|以)(?:进一步)?(?:加强|密切)?$", clause[:w.start()]):
            continue  # "为了加强与B的沟通协调，…": a purpose, no part of a division
        listed = [_party(x) for x in _shared_list(w.group("other").split("、"))]  # "会同B、C制定…": each a partner
        if all(listed):
            if not subjects and not partners:
                # "A加强与B的沟通" / "A与B密切配合" / "A积极协助B…": A, the clause's subject before the partner
                before = re.sub(r"(?:加强|积极|主动|密切|要|应当|应|须|并|负责|共同|依法)+$", "", clause[:w.start()].strip())
                both = [_party(n) for n in _shared_list(before.split("、"))] if "、" in before else []
                if len(both) > 1 and all(both) and w.group("by") in ("会同", "协同", "配合", "协助"):
                    # "A、B协同C负责X" / "A、B配合C做好X": each listed body works with the partner
                    subjects.extend((n, False) for n in both if n)
                elif (own := _party(before)) if len(before) >= 2 else None:
                    subjects.append((own, False))
            partners.extend(x for x in listed if x and x not in partners)
    return subjects, partners


# a task's role labels: "牵头单位：A；配合单位：B、C", "（牵头部门：A  责任部门：B）", "责任单位：A（牵头）、B、C"
_ROLE_LABEL = re.compile(r"(?P<role>牵头|主办|配合|协办|参与|协同|协助|责任)(?:单位|部门)[：:]\s*"
                         r"(?P<list>(?:[^；;。，,：:（()）\s]|[（(]牵头[)）]){2,120}?)(?=\s*(?:[；;。，,）)]|$)|\s+[^\s：:]{2,6}(?:单位|部门)[：:])")
_LEAD_MARK = re.compile(r"^(?P<lead>[^、（(]{2,40}?)[（(]牵头[)）](?:、(?P<rest>.+))?$")
_ROLE_VERB = {"牵头": "牵头", "主办": "主办", "配合": "配合", "协办": "协办", "参与": "参与", "协同": "配合", "协助": "协助"}


def _task_before(sent: Sentence, ctx: Ctx) -> Sentence | None:
    """The task a line's role labels follow: the sentence before them on their line."""
    k = sent.index - 1
    prev = ctx.dt.sentences[k] if k >= 0 else None
    return prev if prev is not None and prev.line == sent.line and not _ROLE_LABEL.search(prev.text) else None


def roles_as_verbs(text: str) -> str:
    """A task's role labels written as the verbs the division reader knows: "牵头单位：A；配合单位：B、C" →
    "A牵头；B、C配合"; "责任单位：A（牵头）、B、C" → "A牵头，B、C配合". 责任单位 beside a 牵头 label support the lead; a
    list of 责任单位 alone names joint work and is left as written."""
    labels = list(_ROLE_LABEL.finditer(text))
    if not labels:
        return text
    led = any(m.group("role") in ("牵头", "主办") for m in labels)
    out: list[str] = []
    at = 0
    for m in labels:
        role, names = m.group("role"), m.group("list").strip()
        if role == "责任":
            mark = _LEAD_MARK.match(names)
            if mark:
                verb = f"{mark.group('lead')}牵头" + (f"，{mark.group('rest')}配合" if mark.group("rest") else "")
            elif led:
                verb = f"{names}配合"
            else:
                continue
        else:
            verb = names + _ROLE_VERB[role]
        gap = text[at:m.start()]
        out.append("；" if out and not gap.strip() else gap)  # "牵头单位：A  责任单位：B": two clauses
        out.append(verb)
        at = m.end()
    out.append(text[at:])
    # the bracket the labels were written in is no part of the first name: "（A牵头；B配合）" → "，A牵头；B配合"
    return re.sub(r"[（(]([^（()）]*(?:牵头|主办|配合|协办|参与|协助))[)）]", r"，\1", "".join(out))


def _division_facts(sent: Sentence, ctx: Ctx) -> None:
    """"A负责……，B负责……" / "由A……，由B……" / "A主导，B配合" / "A会同B……" / "与B建立…机制":
    one 职责分工 statement naming every party of the sentence (a real overlap, settled).

    Two constructions reach past one sentence (only where duties are divided: a 三定 or a
    document about 职责分工): parts stated in consecutive sentences of one paragraph or of
    consecutive numbered items ("A负责……。B负责……。" / "A负责……。……后，由B监督管理。") make one
    statement; a 职责分工表 row ("市食药监局 |" then its cell) gives the row's unit as the
    party of a cell that names only partners, one statement per ；-clause ("与B建立…；会同C…")."""
    row = row_cell = _row_subject(sent, ctx)
    label = None if row else _label_subject(sent, ctx)
    text = strip_item_number(sent.text)
    listed = None if row or label else _unit_line_subject(sent, ctx, text)
    if row:
        text = _CELL.split(text.strip(), maxsplit=1)[-1] if text.strip().startswith(row) else text
    segments: list[tuple[list[tuple[str, bool]], list[str]]] = []
    parsed = _each_in_turn(roles_as_verbs(text))  # "（牵头单位：A；配合单位：B、C）" read as "A牵头；B、C配合"
    for seg in re.split(r"；|;", parsed):
        subs: list[tuple[str, bool]] = []
        parts: list[str] = []
        for clause in re.split(r"[，：。]", seg):
            s, p = _parties_of(clause)
            subs.extend(x for x in s if all(x[0] != y[0] for y in subs))
            parts.extend(x for x in p if x not in parts)
        for lm in _LEAD_LIST.finditer(seg):
            listed = [_party(n) for n in _shared_list(re.split("、", lm.group("list")))] if "、" in lm.group("list") else []
            if len(listed) > 1 and all(listed):
                leads = [(n, True) for n in listed if n and all(n != y[0] for y in subs)]
                subs[:0] = leads
        segments.append((subs, parts))
    _lists_sharing_a_part(re.split(r"；|;", parsed), segments)
    subjects: list[str] = []
    strong = False
    for subs, _ in segments:
        for party, lead in subs:
            if party not in subjects:
                subjects.append(party)
            strong = strong or lead
    dividing = ctx.about_sanding or ctx.division_context or ctx.regulation
    partner_segments = [parts for _, parts in segments if parts]
    strong = strong or (bool(partner_segments) and _supports_named_lead(text)) or _supports_the_other(subjects, text)
    row = row or label
    if labs := ([] if row_cell or ctx.about_sanding else _labelled_item(sent, ctx)):
        _labelled_part(sent, ctx, labs, text, [p for p in parties_named(segments) if p not in labs])
        return
    own = subjects[0] if len(subjects) == 1 else (row if not subjects else None)
    if own is None and not subjects and dividing and ctx.focus:
        own = ctx.focus
    if own and len(partner_segments) > 1 and len(subjects) <= 1:
        # "与B建立…机制；会同C建立…机制；与D…": one arrangement per clause, each with the row's (or
        # the sentence's) own unit
        if not dividing:
            return
        for parts in partner_segments:
            units = [own, *(p for p in parts if p != own)]
            if len(units) > 1:
                ctx.boundaries.append(BoundaryStatement([_party_unit(ctx, p) for p in units], text, ctx.prov(sent)))
        ctx.division_run = None
        ctx.mark(sent)
        return
    parties = list(subjects)
    for parts in partner_segments:
        parties.extend(p for p in parts if p not in parties)
    if len(parties) == 1 and own and own not in parties and partner_segments:
        parties.insert(0, own)
    elif len(parties) == 1 and row and row not in parties and dividing:
        parties.insert(0, row)
    if len(parties) == 1 and strong and dividing and not partner_segments:
        _continue_run(sent, ctx, parties[0], text)
        return
    if not parties and label and dividing and opens_its_line(sent, ctx) and \
            re.match(r"(?:全面|主要|具体|依法)?(?:负责|牵头|主导)", _LABEL.sub("", text, count=1)):
        _continue_run(sent, ctx, label, text)  # "2.商务部门工作职责：负责…" — the label's part
        return
    if not parties and listed and dividing:
        # "县住建局⏎负责…": the name line's part, written with its party so each part keeps its holder
        _continue_run(sent, ctx, listed, listed + text.strip(), rows=True)
        return
    run = ctx.division_run
    if (not parties and (dividing or (run is not None and run.get("labels"))) and run is not None
            and run["index"] == sent.index - 1
            and (run["line"] == sent.line or run.get("rows")) and not re.search(r"为(?:界|分界|分界点|界限)", text)):
        run["index"] = sent.index  # the part's elaboration ("具体包括：…") in its paragraph keeps the run
        if _left_out_subject(text):
            # "A负责X。负责Y。": a part whose subject is left out is the party's before (its text goes on)
            run["texts"].append(text.strip())
            if run["statement"] is not None:
                run["statement"].text = "".join(run["texts"])
                run["statement"].prov = ctx.prov_span(run["start"], sent.nend)
        return
    if not parties and run is not None and run.get("announced", False) and run["index"] == sent.index - 1 \
            and run["line"] < sent.line and opens_its_line(sent, ctx) and _MATTER_ITEM.match(sent.text):
        # an announced item held by a list sharing its part ("五、A、B、C等部门负责…": each a party of the list of
        # parts), or by no body of its own (a township, every street office): the list of parts goes on after it
        lm = _LIST_PART.match(_CITED_RULE.sub("", strip_item_number(sent.text).strip(), count=1))
        listed = [_party(n) for n in _shared_list(_list_items(re.sub(r"(?:等|各)(?:有关|相关)?(?:部门|单位)$", "",
                                                                       lm.group("list"))))] if lm and "、" in lm.group("list") else []
        if len(listed) > 1 and all(listed):
            for k, party in enumerate(listed):
                if k and ctx.division_run is not None:
                    ctx.division_run["index"] = sent.index - 1  # the list's next body joins the same item
                _continue_run(sent, ctx, party or "", text)
            return
        if _HELD_ITEM.match(strip_item_number(sent.text).strip()):
            run["index"], run["line"] = sent.index, sent.line  # "（三）各乡镇人民政府负责…": a part, no party's
            return
    if len(subjects) == 1 and len(parties) > 1 and dividing and _opens_own_part(subjects[0], text):
        # "B负责X，配合A做好Y": B's own part goes on the run of parallel parts (A's, C's …) and the
        # support of A is a statement of its own
        _continue_run(sent, ctx, subjects[0], text)
        ctx.boundaries.append(BoundaryStatement([_party_unit(ctx, p) for p in parties], text, ctx.prov(sent)))
        ctx.mark(sent)
        return
    ctx.division_run = None
    bound = re.search(r"以[^，。；]{2,30}?为(?:界|分界|分界点|界限)", text)
    if len(parties) < 2 and bound:
        # "A的X职责与B的Y职责以进入批发市场为界": the parties are the bodies named before the line
        parties = []
        for _, _, n in find_names(text[:bound.start()]):
            if n not in parties:
                parties.append(n)
        strong = True
    if len(parties) < 2:
        return
    if not strong and not dividing:
        return  # "县医保局会同县财政局开展专项检查" in a news item is joint work, not a division of duties
    if _HOSTED_EVENT.search(text) and re.search(r"主办|承办|协办", text):
        return  # "本次大赛由A主办，B承办，C协办": who runs one event, no division of duties
    prov = ctx.prov(sent)
    if parsed != text and (task := _task_before(sent, ctx)) is not None:
        # "3.开展校园周边食品安全整治。（牵头单位：A；配合单位：B）": the labels divide the task written before them
        text, prov = strip_item_number(task.text) + text, ctx.prov_span(task.nstart, sent.nend)
    ctx.boundaries.append(BoundaryStatement([_party_unit(ctx, p) for p in parties], text, prov))
    ctx.mark(sent)
    if run is not None and run.get("announced", False) and run["index"] == sent.index - 1 and run["line"] < sent.line \
            and opens_its_line(sent, ctx) and _MATTER_ITEM.match(sent.text):
        # "三、A、B协同C负责X" among the announced items: a statement of its own, the list of parts goes on
        run["index"], run["line"] = sent.index, sent.line
        ctx.division_run = run


def _opens_own_part(party: str, text: str) -> bool:
    """The sentence opens with the party's own part ("B负责…", "B主要负责…"), whatever it adds later."""
    body = re.sub(r"^(?:由|而|则|并|同时)+", "", text.strip())
    return body.startswith(party) and bool(_PART_OPENS.match(body[len(party):]))


def _lists_sharing_a_part(texts: list[str], segments: list[tuple[list[tuple[str, bool]], list[str]]]) -> None:
    """"A、B负责X；C负责Y" / "A、B负责X，C负责Y": a clause opened by a list sharing one verb names each
    listed party as holding that part, when another clause of the sentence names a party of its own part
    (a ；-clause, or a ，-clause naming no party of its own beside one that does)."""
    found: list[list[str]] = []
    for seg, (subs, _) in zip(texts, segments, strict=True):
        listed: list[str] = []
        clauses = [c for c in re.split(r"[，,]", seg) if not _parties_of(c)[0]] if subs else [seg]
        for clause in clauses:
            m = _LIST_PART.match(_CITED_RULE.sub("", clause.strip(), count=1))
            if m and "、" in m.group("list"):
                names = [_party(n) for n in _shared_list(re.split("、", m.group("list")))]
                listed.extend(n for n in names if n and n not in listed) if len(names) > 1 and all(names) else None
        found.append(listed)
    owners = sum(bool(subs) + bool(listed) for (subs, _), listed in zip(segments, found, strict=True))
    if owners < 2:
        return
    for (subs, _), listed in zip(segments, found, strict=True):
        subs.extend((n, True) for n in listed if all(n != y[0] for y in subs))


_ITEM_START = re.compile(r"^\s*(?:\d+[.．、]|[（(]\d+[)）])")  # sub-items of one matter (1. 2.), not （一）（二）: other matters
_MATTER_ITEM = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+条)")
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百]+条")


def _opens_paragraphs(sent: Sentence, ctx: Ctx) -> bool:
    """A part whose paragraph the next paragraphs may go on: not an item of its own matter ("（一）…"),
    except a rule's article ("第六条 A负责…⏎B负责…⏎C负责…"), whose unnumbered paragraphs are its own."""
    return not _MATTER_ITEM.match(sent.text) or (ctx.regulation and bool(_ARTICLE.match(sent.text)))


# a run-in heading opening a line before its first paragraph: "（一）明确部门管理职责。市X负责…"
_RUN_IN_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[.．、])"
                             r"[^，。；：]{2,20}[。：:]?\s*$")


def _after_run_in_heading(sent: Sentence, ctx: Ctx) -> bool:
    """The sentence follows only a run-in heading on its line: it opens the paragraph the heading heads."""
    k = sent.index - 1
    if k < 0:
        return False
    prev = ctx.dt.sentences[k]
    return prev.line == sent.line and opens_its_line(prev, ctx) and bool(_RUN_IN_HEADING.match(prev.text))


def parties_named(segments: list[tuple[list[tuple[str, bool]], list[str]]]) -> list[str]:
    """Every party the ；-segments of a sentence name, holders then partners, each once."""
    out: list[str] = []
    for subs, parts in segments:
        out.extend(p for p, _ in subs if p not in out)
        out.extend(p for p in parts if p not in out)
    return out


def _labelled_item(sent: Sentence, ctx: Ctx) -> list[str]:
    """The party of a labelled item this sentence opens ("（二）县公安局：维护…", party_labels): on a
    line of its own, after a run-in heading, or right after the previous item's last sentence on a
    line the page did not break ("…。 公安部门：一是…")."""
    run = ctx.division_run
    going_on = run is not None and run.get("labels", False) and run["index"] == sent.index - 1
    found = labelled_part(sent.text, any_part=going_on)
    if found is None and (after := _next_on_line(sent, ctx)) is not None:
        bare = named_before_part(sent.text, after.text, any_part=going_on)
        found = (bare, 0) if bare else None
    names = [_party(n) for n in _shared_list(found[0].split("、"))] if found else []
    if not names or not all(names):
        return []  # "县交通局、公路局。负责…": each listed body holds the item
    inline = going_on and run is not None and run["line"] == sent.line
    if not going_on and _under_internal_heading(sent, ctx):
        return []  # "乡镇内设机构职能⏎党政办公室：主要承担…": one body's divisions, each office's functions
    return names if inline or opens_its_line(sent, ctx) or _after_run_in_heading(sent, ctx) else []


_INTERNAL_HEADING = re.compile(r"内设机构|内设科室|科室|股室|处室")


def _under_internal_heading(sent: Sentence, ctx: Ctx) -> bool:
    """Whether the line above the list of labelled items this sentence's line belongs to names
    internal divisions ("2.乡镇内设机构职能")."""
    for line in range(sent.line - 1, max(-1, sent.line - 40), -1):
        text = ctx.dt.line_text(line).strip()
        if text and labelled_part(text, any_part=True) is None:
            return bool(_INTERNAL_HEADING.search(text[:40]))
    return False


def _next_on_line(sent: Sentence, ctx: Ctx) -> Sentence | None:
    """The next sentence when it is on this sentence's line."""
    k = sent.index + 1
    nxt = ctx.dt.sentences[k] if k < len(ctx.dt.sentences) else None
    return nxt if nxt is not None and nxt.line == sent.line else None


def _labelled_part(sent: Sentence, ctx: Ctx, parties: list[str], text: str, others: list[str]) -> None:
    """A labelled item: its parties' part in the run of consecutive labelled items (one 职责分工
    statement, each party holding its item); a partner the item names ("配合B…") makes a statement
    of its own as well, the run going on. A run-in heading before the label is no part of it."""
    if (at := text.find(parties[0])) > 0:
        text = text[at:]
    if len(text.rstrip("。.． ")) <= 30 and (after := _next_on_line(sent, ctx)) is not None:
        text = text + after.text  # "县环保局。负责…": the label's part is the next sentence
    for k, party in enumerate(parties):
        if k and ctx.division_run is not None:
            ctx.division_run["index"] = sent.index - 1  # the list's next body joins the same item
        _continue_run(sent, ctx, party, text, labels=True)
    run = ctx.division_run
    if others:
        ctx.boundaries.append(BoundaryStatement([_party_unit(ctx, p) for p in [*parties, *others]], text, ctx.prov(sent)))
        ctx.mark(sent)
    ctx.division_run = run


def _label_line(sent: Sentence | None, ctx: Ctx) -> re.Match[str] | None:
    """The role label that is the whole of the sentence's line ("牵头单位：县商务局"), if it is."""
    if sent is None or not opens_its_line(sent, ctx):
        return None
    line = ctx.dt.line_text(sent.line).strip()
    m = _ROLE_LABEL.match(line)
    return m if m and line == sent.text.strip() and not line[m.end():].strip(" ；;。，,") else None


def _labels_on_lines(sent: Sentence, ctx: Ctx) -> Sentence:
    """A task's role labels written on lines of their own under it ("5.推进农村厕所改造。⏎牵头单位：县农业农村局⏎
    责任单位：县卫生健康局、县住建局"): read as the labels written after the task on one line ("…。（牵头单位：A；责任
    单位：B）"), the statement's text and span running from the task. Any other sentence comes back as it is."""
    k = sent.index - 1
    prev = ctx.dt.sentences[k] if k >= 0 else None
    lead, support = _label_line(prev, ctx), _label_line(sent, ctx)
    if prev is None or lead is None or support is None or lead.group("role") not in ("牵头", "主办") \
            or support.group("role") in ("牵头", "主办") or sent.line - prev.line > 2:
        return sent
    task = ctx.dt.sentences[k - 1] if k >= 1 else None
    labels = f"（{prev.text.strip(' ；;。')}；{sent.text.strip(' ；;。')}）"
    if task is not None and prev.line - task.line <= 2 and opens_its_line(task, ctx) and not _ROLE_LABEL.search(task.text):
        return Sentence(strip_item_number(task.text) + labels, task.nstart, sent.nend, sent.line, sent.index)
    return Sentence(labels, prev.nstart, sent.nend, sent.line, sent.index)


def division_facts(sent: Sentence, ctx: Ctx) -> None:
    """职责分工 statements of the sentence (``_division_facts``). Within a labelled item, the item's
    further sentences (its elaboration, a partner it names) keep the run of items going."""
    run = ctx.division_run
    inside = run is not None and run.get("labels", False) and run["line"] == sent.line and run["index"] == sent.index - 1
    _division_facts(_labels_on_lines(sent, ctx), ctx)
    if inside and run is not None and ctx.division_run is not run and \
            (ctx.division_run is None or not ctx.division_run.get("labels", False)):
        run["index"] = sent.index
        ctx.division_run = run


def _continue_run(sent: Sentence, ctx: Ctx, party: str, text: str, rows: bool = False, labels: bool = False) -> None:
    """One party's part in this sentence: with the parts of the sentences just before (same
    paragraph, or the next numbered item), a 职责分工 statement across sentences. ``rows``: the
    party is named on the line above (a boundary list's name line), which sits between two parts."""
    run = ctx.division_run
    opens = opens_its_line(sent, ctx) or _after_run_in_heading(sent, ctx)
    follows = run is not None and run["index"] == sent.index - 1 and (
        run["line"] == sent.line or (run["line"] == sent.line - 1 and opens
                                     and bool(_ITEM_START.match(sent.text)))
        # parallel paragraphs, each opened by its party's part ("农业部门负责…。具体包括：…" / "质监部门负责…")
        or (run["line"] == sent.line - 1 and opens and run.get("paragraphs", False)
            and not _MATTER_ITEM.match(sent.text)))
    # the rows of a boundary list: the previous row's part, then this row's name line, then its part
    follows = follows or (rows and run is not None and run.get("rows", False)
                          and run["index"] in (sent.index - 1, sent.index - 2))
    # consecutive labelled items ("（一）A：负责…⏎（二）B：…"): parties' parts, whatever their numbering
    follows = follows or (labels and run is not None and run.get("labels", False) and run["index"] == sent.index - 1)
    # the numbered items a lead-in announces as the bodies' parts ("现将…职责分工明确如下：⏎一、A负责…⏎二、B负责…")
    follows = follows or (run is not None and run.get("announced", False) and run["index"] == sent.index - 1
                          and run["line"] < sent.line and opens and bool(_MATTER_ITEM.match(sent.text)))
    if not follows:
        ctx.division_run = {"parties": [party], "index": sent.index, "line": sent.line, "start": sent.nstart,
                            "texts": [text], "statement": None, "paragraphs": opens and _opens_paragraphs(sent, ctx),
                            "rows": rows, "labels": labels,
                            "announced": opens and bool(_MATTER_ITEM.match(sent.text)) and _announced(sent, ctx)}
        return
    run["index"], run["line"] = sent.index, sent.line
    if party in run["parties"]:
        if rows and party == run["parties"][-1]:
            # a row's part written in several sentences on its line: the statement's text goes on
            run["texts"].append(text.removeprefix(party))
            if run["statement"] is not None:
                run["statement"].text = "".join(run["texts"])
                run["statement"].prov = ctx.prov_span(run["start"], sent.nend)
        return
    if sent.index in ctx.divided:
        return  # the 三定's 职责分工 item already stated (sanding._boundaries)
    run["parties"].append(party)
    run["texts"].append(text)
    units = [_party_unit(ctx, p) for p in run["parties"]]
    prov = ctx.prov_span(run["start"], sent.nend)
    if run["statement"] is None:
        run["statement"] = BoundaryStatement(units, "".join(run["texts"]), prov)
        ctx.boundaries.append(run["statement"])
    else:
        run["statement"].units[:] = units
        run["statement"].text = "".join(run["texts"])
        run["statement"].prov = prov
    ctx.mark(sent)


# an item opened by whoever holds it and a holder's verb ("各乡镇人民政府负责…", "米山镇负责…"): a part, though no party's
_HELD_ITEM = re.compile(r"^[^，。；：:]{2,30}?(?:具体|主要|统一|全面|共同|分别)?(?:负责|承担|牵头|主导|配合|协助|做好)")
# a lead-in announcing that the items below give each body its part: "现将有关部门职责分工明确如下：", "具体分工如下：",
# "各部门职责如下：", "现就…职责划分通知如下："
_ANNOUNCES_PARTS = re.compile(r"(?:职责|职能|分工|责任|边界|任务)[^。；：:]{0,24}?如下[：:。]?\s*$")


def _announced(sent: Sentence, ctx: Ctx) -> bool:
    """Whether the numbered item ``sent`` opens is the first under a lead-in announcing the bodies' parts: the
    sentence before it ends its own line and announces them (``_ANNOUNCES_PARTS``)."""
    k = sent.index - 1
    prev = ctx.dt.sentences[k] if k >= 0 else None
    return prev is not None and prev.line < sent.line and bool(_ANNOUNCES_PARTS.search(prev.text))


def _merged_into_new(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"将A、B、C合并组建D" / "将A、B整合为D" — D is formed from A, B, C whole."""
    sources = names_in_list(m.group("src"))
    new = name_at_start(m.group("new"))
    if len(sources) < 1 or not new or new in sources:
        return False
    _event(ctx, sent, EventType.ESTABLISH, sources, [new])
    if new not in ctx.established:
        ctx.established.append(new)
    return True


def _duty_handed_over(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"将X职能，交给B" / "将X职责划给B" / "将X职责分别交给B和C": in a 三定 or an adjustment
    notice the giver is the document's own unit unless the phrase names one ("A的X职责")."""
    duty, to = m.group("duty").strip("，, "), m.group("to")
    if not text[m.start():].startswith("将") and not re.search(
            r"将[^。；]{2,200}?(?:交给|划给|交由|移交|划归|划入|划转)[^。]*；$", text[:m.start()]):
        return False  # "…；X职责划归B": 将 carried from a handover clause just before, never alone
    managed = re.fullmatch(r"(?P<rel>代管|管理|归口管理)(?P<unit>[^，。；]{2,40}?)的(?:职能|职责|工作)", duty)
    if managed and as_name(managed.group("unit")):
        # "将代管北京市无线电管理局的职能，交给北京市信息化工作办公室": the managed body changes parent
        receivers = names_in_list(re.sub(r"^(?:分别)", "", to))
        if len(receivers) == 1:
            unit, relation = as_name(managed.group("unit")), managed.group("rel").replace("归口", "")
            _event(ctx, sent, EventType.TRANSFER_UNIT, [unit], receivers, relation=relation)
            ctx.units.append(UnitStatement(_unit(ctx, unit), ctx.prov(sent), parent=_unit(ctx, receivers[0]),
                                           parent_relation=relation))
            # and the duty of managing it moves as well (read below)
    lead = name_at_start(duty)
    if lead and duty[len(lead):len(lead) + 1] in ("“", '"'):
        return False  # "将A“X职责”、B“Y职责”等职责划入C": a list of givers (the reform reader's parse_sources)
    giver = name_at_start(m.group("giver")) if m.group("giver") else None
    # "A（A'）的X职责": the giver's bracketed second name is no part of the phrase (seventeenth session)
    duty = re.sub(rf"^({NAME})[（(][^（）()]{{2,30}}[）)](?=(?:所)?(?:承担|负责|履行|管理|主管)?的)", r"\1", duty)
    gm = re.match(rf"^({NAME})(?:所)?(?:承担|负责|履行|管理|主管)?的", duty)
    named = name_at_end(gm.group(1)) if gm else None
    # "A的X职责": A gives X; "A的职能" alone only when A is named elsewhere too ("联系街道办事处的
    # 职能" is a duty phrase, not a giver)
    if gm and named and duty.startswith(named) and (len(duty) - gm.end() > 2 or named in ctx.recent):
        giver = named
        duty = duty[gm.end():]
    own = ctx.focus if not giver and (ctx.sanding or ctx.about_sanding or ctx.notice) else None
    # "划给市人民防空办公室（市民防局）": the bracketed names are the receiver's other names (signs), as after a
    # giver ("A（B）的职责"), never a second receiver (fourteenth session)
    signs = BRACKETED_OTHER_NAME.search(to)
    written_to = names_in_list(re.sub(r"^(?:分别)", "", BRACKETED_OTHER_NAME.sub("", to)))
    if signs and len(written_to) == 1 and to.startswith(written_to[0]) and signs.start() == len(written_to[0]):
        ctx.units.append(UnitStatement(_unit(ctx, written_to[0]), ctx.prov(sent),
                                       signs=[x for x in signs.group(0)[1:-1].split("、") if x]))
    if own and written_to and all(ctx.full(n) == ctx.full(own) for n in written_to):
        if find_names(duty):
            return False  # "将A的X职责划入B": a phrase with a body in it is the reform reader's, with its giver
        own = None  # "将X职责，划入B" in a text about B: a duty moving in from no named giver (fourteenth session)
    giver = giver or own
    receivers = [n for n in written_to if n != giver]
    if not receivers:
        return False
    pm = re.fullmatch(r"(?P<rel>代管|管理)(?P<unit>[^，。；]{2,40}?)的(?:职能|职责|工作)", duty)
    managed = name_at_start(pm.group("unit")) if pm else None
    if managed and managed == pm.group("unit") and len(receivers) == 1:
        # "将代管北京市无线电管理局的职能，交给北京市信息化工作办公室": the body changes parent
        ctx.units.append(UnitStatement(_unit(ctx, managed), ctx.prov(sent), parent=_unit(ctx, receivers[0]),
                                       parent_relation=pm.group("rel")))
    from .reform import _joined_duties

    for receiver in receivers:  # "A的X职责和Y职责": two duties (``reform._joined_duties``)
        _event(ctx, sent, EventType.TRANSFER_DUTY, [giver] if giver else [], [receiver],
               duties=[DutyMove(Mention(ctx.full(giver)) if giver else None, d) for d in _joined_duties(duty)])
    return True


_COUNTED = re.compile(r"^(?P<items>[^，。；]+?)(?:等)?(?P<num>\d+|[一二两三四五六七八九十]+)个(?P<suf>乡镇|街道|乡|镇|局|委|办|中心|所|站)"
                      r"(?![\u4e00-\u9fff]{0,2}(?:改为|调整为|建制))")


def _shared_head_formed(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"组建了城市规划、市容市貌、水务执法大队等3个执法大队，为副科级建制，隶属县综合执法局管理": the bare
    items take the head the last item or the counted class noun writes (shared head in a list); each
    opens, and the clauses after the list describe every one of them."""
    names = headed_list(m.group("list"))
    if not names or re.search(r"[科股处室]$", names[-1]):
        return False  # internal divisions: divisions_set_up reads them with their host
    # "将A、B和C等3个部门的4个执法机构，整合组建了…": the givers in the clause before feed every item
    given = re.search(r"将(?P<src>[^，。；将]{4,300}?)$", text[: m.start()]) \
        if re.search(r"整合|合并", m.group(0)[:24]) else None
    src = re.sub(r"等?(?:\d+|[一二两三四五六七八九十]+)个[^、，。；]{0,6}?(?:的(?:\d+|[一二两三四五六七八九十]+)个[^、，。；]{0,8})?$",
                 "", given.group("src")) if given else ""
    sources = names_in_list(src) if src else []
    if len(sources) >= 2:
        for name in names:
            _event(ctx, sent, EventType.ESTABLISH, sources, [name])
    _opened(ctx, sent, names)
    rest = m.group("rest").lstrip("，,")
    if rest:
        for name in names:
            _describe(ctx, sent, name, rest)
    ctx.mark(sent)
    return True


def counted_list(text: str) -> list[str]:
    """"苗河、芭蕉、燎原、金川4个乡" → 苗河乡, 芭蕉乡, 燎原乡, 金川乡: a list whose items share the
    level word written once after the count; items that carry it already keep theirs."""
    m = _COUNTED.match(text)
    if not m or ("、" not in m.group("items") and not re.search(r"和|及", m.group("items"))):
        return []  # "全县12个乡" names no body
    suffix = m.group("suf")
    out = []
    for item in re.split(r"[、，]|和|及", m.group("items")):
        item = item.strip()
        if not item or re.match(r"^(?:全|我|本|该|各|将)", item):
            return []  # "我县将3个乡…", "全县…": not a list of names
        if suffix == "乡镇" and not re.search(r"[乡镇]$|街道$", item):
            return []  # "城关、河口2个乡镇": the level of each item is not written
        out.append(item if item.endswith(suffix) or suffix == "乡镇" else item + suffix)
    return [n for n in out if len(n) >= 2]


def _abolished_list(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"撤并苗河、芭蕉、燎原、金川4个乡" / "撤并科技局、粮食局、乡企局等机构" — each listed body ends."""
    body = re.sub(r"(?<=[乡镇道区县市])建制", "", m.group("body"))  # "撤销河口乡建制"
    names = counted_list(body) or names_in_list(re.sub(r"等(?:\d+个|[一二三四五六七八九十]+个)?(?:机构|单位|部门)$", "", body))
    if not names:
        return False
    for name in names:
        _event(ctx, sent, EventType.ABOLISH, [name], [])
    return True


def _became_towns(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"联合、双安…6个乡改为建制镇" / "…乡撤乡设镇": each 乡 becomes a 镇."""
    items = [i.strip() for i in re.split(r"[、，]|和", re.sub(r"^(?:同意|决定|批准)", "", m.group("items").strip())) if i.strip()]
    if items and items[0].endswith("乡") and place_items(items[0]):
        items[0] = place_items(items[0])[0]  # "叙永县大石乡": the township's own name
    if len(items) < 2 and not (items and items[0].endswith("乡")) or any(re.match(r"^(?:全|我|本|该|各|将)", i) for i in items):
        return False  # "我县将3个乡改为建制镇" names no township
    done = False
    for item in items:
        stem = item[:-1] if item.endswith("乡") else item
        if 2 <= len(stem) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", stem):
            if m.group("verb").startswith("撤"):  # 撤乡设镇: one abolish, one establish (gold README 2026-12-06)
                _event(ctx, sent, EventType.ABOLISH, [stem + "乡"], [])
                _event(ctx, sent, EventType.ESTABLISH, [], [stem + "镇"])
            else:
                _event(ctx, sent, EventType.CHANGE_KIND, [stem + "乡"], [stem + "镇"], kind="建制镇")
            done = True
    return done


_LEVEL = re.compile(r"(乡|镇|街道)$")


def _level_items(text: str) -> list[str]:
    """"松桃县正大乡、平头乡和黄板乡" → 正大乡, 平头乡, 黄板乡: township-level items, the county
    written before the first one dropped."""
    out = []
    for item in re.split(r"[、，]|和|及", text):
        item = item.strip()
        place = divisions().place_prefix(item)
        if place and len(item) - place[1] >= 2:
            item = item[place[1]:]
        else:  # a county the gazetteer does not hold, or masked (某县河口乡)
            item = re.sub(r"^[\u4e00-\u9fff]{1,6}?[县区](?=[\u4e00-\u9fff]{2,6}(?:乡|镇)$)", "", item)
        if not _LEVEL.search(item) or not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", item):
            return []
        out.append(item)
    return out


def _drop_events(ctx: Ctx, sent: Sentence, gone) -> None:  # type: ignore[no-untyped-def]
    """Take back events an older family read from this sentence (``gone``: a predicate)."""
    start = ctx.prov(sent).start
    drop = [e for e in ctx.events_at.get(start, []) if gone(e)]
    if drop:
        ctx.events[:] = [e for e in ctx.events if all(e is not g for g in drop)]
        ctx.events_at[start] = [e for e in ctx.events_at[start] if all(e is not g for g in drop)]


_DIV_SUFFIX = r"(?:自治县|自治州|自治旗|街道办事处|街道|地区|县|市|区|旗|盟|州|镇|乡)"
_NOT_A_STEM = re.compile(r"^(?:全|该|本|我|各|此|两|新|原|一|其|外|邻|市辖|城区|郊|各个|每个|所有|有关|相关|部分|乡|镇)$")
_TOWNSHIP = re.compile(r"(?:街道办事处|街道|镇|乡)$")
_NO_PLACE_END = re.compile(r"(?:政府|公所|委员会|管委会|公社|人民|辖区|开发区|新区|园区|片区|社区|城区|小区|景区|行政区|区域)$")


def place_items(text: str) -> list[str]:
    """A list of divisions written as places, each a whole place name: "同江市（县级）" → 同江市;
    "定海、普陀两县" → 定海县, 普陀县 (the level written once after a count, 个 or not); "小榄、东升镇"
    → 小榄镇, 东升镇 (written once after the last item); "新的煤山镇" → 煤山镇; "松桃县正大乡" → 正大乡
    (a township's county dropped: a township's name is a place name). Empty unless every item is
    one ("全县", "各乡镇", "其行政区域" are none)."""
    text = re.sub(r"[（(](?:县级|地级|副地级|省辖|省直辖|县级市|地级市)[）)]", "", text.strip())
    text = re.sub(r"^(?:县级市|地级市|县级|地级|副地级)(?=[\u4e00-\u9fff]{2,})", "", text)  # "设立县级市海安市"
    text = re.sub(r"(?:建制|的行政区域)$", "", text)
    cm = re.fullmatch(rf"(?P<list>.+?)(?:等)?(?:\d+|[一二两三四五六七八九十]+)个?(?:地级|县级)?(?P<suf>{_DIV_SUFFIX})", text)
    if cm and re.search(r"[、，,和及与]", cm.group("list")):
        raw, shared = re.split(r"[、，,]|和|及|与", cm.group("list")), cm.group("suf")
    else:
        raw, shared = re.split(r"[、，,]|和|及|与", text), None
        last = re.search(rf"{_DIV_SUFFIX}$", raw[-1].strip()) if raw else None
        if last and len(raw) > 1 and all(not re.search(rf"{_DIV_SUFFIX}$", r.strip()) and 2 <= len(r.strip()) <= 4
                                         for r in raw[:-1]):
            shared = last.group(0)  # "小榄、东升镇"
    out = []
    for item in raw:
        item = re.sub(r"^(?:原|新的|新设的|新设立的)", "", item.strip())
        if shared and not re.search(rf"{_DIV_SUFFIX}$", item):  # "舟山地区和定海、普陀两县": 舟山地区 keeps its own
            item += shared
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,16}", item) or "的" in item:
            return []  # "岳阳县的城关镇": a description, not one place name
        sm = re.search(rf"{_DIV_SUFFIX}$", item)
        stem = item[: sm.start()] if sm else ""
        if not sm or not stem or _NOT_A_STEM.match(stem) or re.search(r"[局委厅部院所站]|办公|中心|公司", stem):
            return []  # "全县" is no place, "县委党校区" no division
        if _NO_PLACE_END.search(item) and not item.endswith("街道办事处"):
            return []
        while _TOWNSHIP.search(item):  # "松桃县正大乡" → 正大乡, "温州市龙湾区灵昆街道" → 灵昆街道
            place = divisions().place_prefix(item)
            if place and len(item) - place[1] >= 2:
                cut = item[place[1]:]
            else:
                cut = re.sub(r"^[\u4e00-\u9fff]{1,8}?[县区市](?=[\u4e00-\u9fff]{2,6}(?:乡|镇|街道)$)", "", item)
            if cut == item:
                break
            item = cut
        out.append(item)
    return out


def _bodies_or_places(text: str) -> list[str]:
    """Bodies ("县农业局、县林业局") or divisions ("同江县", "定海、普陀两县") listed."""
    return place_items(text) or names_in_list(text)


def _strip_new(text: str) -> str:
    """"设立新的X" → X; but "设置新建镇", "设立新华街道": 新 is the township's own first character
    (what is left would be one character and a level word)."""
    rest = re.sub(r"^(?:新的|新)", "", text)
    if rest != text and not text.startswith("新的") and (
            re.match(r"^[\u4e00-\u9fff](?:镇|乡|街道|村|社区)(?:[、，和及与]|办事处|$)", rest)
            or not (re.match(r"(?:[省市县区州旗]|国家|国务院|中共|中央)", rest) or divisions().place_prefix(rest))):
        return text  # "新村街道": 新 is the name's own first character (only a placed name after 新 is "new X")
    return rest


def _abolished_and_set_up(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"撤销同江县，设立同江市" / "撤销祖庵镇，设立祖庵街道" / "撤销A乡、B乡建制，分别设置A镇、B镇" /
    "撤销董家镇，以其原行政区域设立董家街道办事处" / "撤销县计委，改设县计划局" / "撤销A、B，合并设立C":
    one ``abolish`` per old body and one ``establish`` per new one (gold README, 2026-12-06). The
    new body has the old ones as inputs only when the text says it is made from them: 改设/改建为
    (paired in order, or the one old body for each), 合并设立 (every old body; ``re_form`` when
    the new one keeps an old name). A plain 撤A设B, even of the same stem, gives no inputs."""
    olds = _bodies_or_places(re.sub(r"(?:的)?建制$", "", m.group("old").strip()))
    # "…设立界首市任寨镇公告" (an announcement's title): the document word is no part of the name
    news = _bodies_or_places(_strip_new(re.sub(r"(?:的)?(?:公告|通告|通知|批复|决定)$", "", m.group("new").strip())))
    host = _shared_host(olds)
    if host:  # "将某区A委、B委和办公室撤销，改设C部、D部和办公室": the district's bodies in place of its bodies
        owned = owned_list(re.sub(r"[（(][^（）()]*[)）]$", "", m.group("new").strip()), host)
        if owned and all(owned):
            news = [n if n.startswith(host) or divisions().place_prefix(n) else f"{host}{n}" for n in owned if n]
    if not olds or not news:
        return False
    made = m.group("verb") in ("改设为", "改设", "改建为")
    merged = "合并" in (m.group("how") or "")
    # take back what older families read from the same pair: a change of level, a verb glued to a name
    _drop_events(ctx, sent, lambda e: e.type == EventType.CHANGE_KIND
                 or (e.type == EventType.ESTABLISH and bool(e.outputs) and re.match(r"^(?:县级|地级)", e.outputs[0].name) is not None)
                 or (e.type == EventType.ESTABLISH and bool(e.outputs) and not e.inputs  # "长乐区文武砂街道" read whole
                     and any(_TOWNSHIP.search(n) and e.outputs[0].name.endswith(n) and e.outputs[0].name != n for n in news))
                 or (e.type == EventType.ABOLISH and bool(e.inputs) and any(n in e.inputs[0].name and n != e.inputs[0].name
                                                                             for n in news))
                 or (e.type == EventType.ABOLISH and bool(e.inputs)  # "松桃县正大乡" read whole: the township's own name
                     and any(e.inputs[0].name.endswith(o) and e.inputs[0].name != ctx.full(o) for o in olds)))
    for old in olds:
        _event(ctx, sent, EventType.ABOLISH, [old], [])
    for k, new in enumerate(news):
        if merged:
            type_ = EventType.RE_FORM if new in olds else EventType.ESTABLISH
            if type_ == EventType.RE_FORM:
                _drop_events(ctx, sent, lambda e, kept=ctx.full(new): e.type == EventType.ESTABLISH and [o.name for o in e.outputs] == [kept])
            _event(ctx, sent, type_, olds, [new])
        elif made:
            ins = [olds[k]] if len(olds) == len(news) else olds if len(olds) == 1 else []
            _event(ctx, sent, EventType.ESTABLISH, [i for i in ins if i != new], [new])  # "…办公室，改设…办公室": set up anew
        else:
            _event(ctx, sent, EventType.ESTABLISH, [], [new])
        if new not in ctx.established:
            ctx.established.append(new)
    ctx.mark(sent)
    return True


def _place_set_up(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"设立无锡市马山区，以马山镇的行政区域为…" / "增设龙山街道" / "撤销佛山地区": a division (a
    place written whole, not a class of places) is set up or abolished."""
    names = place_items(m.group("items"))
    if not names:
        return False
    for name in names:
        if m.group("verb") in ("撤销", "撤消"):
            _event(ctx, sent, EventType.ABOLISH, [name], [])
        else:
            _event(ctx, sent, EventType.ESTABLISH, [], [name])
    return True


def _place_status_changed(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"1958年1月，某县建制撤销" / "1961年10月，某县建制恢复" / "恢复某县建制": each division written whole is
    abolished, or set up again (a restored division is formed anew, as 恢复 a body is)."""
    written = m.group("items") or m.group("items2")
    names = [] if re.search(r"各|^(?:全|本|该|所属|所辖)", written) else place_items(written)
    if not names:
        return False  # "全县各乡建制撤销": a class of divisions, none named
    restored = (m.group("verb") or m.group("verb2")) == "恢复"
    for name in names:
        _event(ctx, sent, EventType.ESTABLISH if restored else EventType.ABOLISH, [] if restored else [name],
               [name] if restored else [])
    return True


_CITY_LEVEL = {"地级市": "地级", "副省级市": "副省级", "副省级城市": "副省级", "县级市": "县级"}


def _city_raised(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"将泰安市升格为地级市" / "威海市升格为地级市": a city raised a level (a division, written whole)."""
    raw = re.sub(r"^(?:国务院|省政府|省人民政府)?(?:批准|同意|决定)", "", m.group("place").strip())
    names = place_items(raw)
    if len(names) != 1:
        return False
    _drop_events(ctx, sent, lambda e: e.type == EventType.UPGRADE and [o.name for o in e.inputs] == [names[0]])
    _event(ctx, sent, EventType.UPGRADE, [names[0]], [names[0]], rank=_CITY_LEVEL[m.group("level")])
    return True


def _county_lowered_to_town(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"撤销解县，降为运城市解州镇": the county is abolished and a town is made from it (gold README:
    the new body has the old one as input when the text says it is made from it)."""
    olds = place_items(m.group("old").strip())
    new = re.sub(r"^[\u4e00-\u9fff]{2,5}?(?:市|县|区)(?=[\u4e00-\u9fff]{2,}(?:镇|乡|街道)$)", "", m.group("new").strip())
    news = place_items(new)
    if len(olds) != 1 or len(news) != 1:
        return False
    _event(ctx, sent, EventType.ABOLISH, [olds[0]], [])
    _event(ctx, sent, EventType.ESTABLISH, [olds[0]], [news[0]])
    return True


def _places_merged(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"梅县与梅州市合并，设立梅县市" / "甲镇与乙镇成建制合并，设立丙镇" / "原狮山街道、小塘镇、松岗镇、
    官窑镇合并成立狮山镇" / "同意县档案局与县档案馆成建制合并，组建县档案馆": divisions or bodies merged into one (gold README: ``establish`` with every merged
    one as input; ``re_form`` when the result keeps one of their names)."""
    # "汨罗市政府所在地的城关镇，此次与城郊乡…" / "另外岳阳县的城关镇、鹿角镇…": an adverb before 与 and a
    # description ending in 的 before the first item are no part of the list
    raw_src = re.sub(r"(?:[，,]\s*)?(?:此次|本次|这次|同时|均|也|又|已)(?=与|和|同)", "", m.group("src"))
    if not _bodies_or_places(raw_src.split("，")[-1]):
        stripped = re.sub(r"^[^、，,与和]*的", "", raw_src)
        raw_src = stripped if place_items(stripped) else raw_src
    parts = raw_src.split("，")
    sources: list[str] = []
    for k in range(len(parts)):  # "经研究，同意A镇，B乡，C镇成建制合并…": the longest tail that is a list
        src = re.sub(r"^(?:\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[，,]?)?(?:同意|决定|批准)?(?:将)?", "",
                     "，".join(parts[k:]).strip())
        sources = _bodies_or_places(src) if (k == len(parts) - 1 or "，" not in src or place_items(src)) else []
        if len(sources) >= 2:
            break
    new = _bodies_or_places(re.sub(r"^(?:新的|新)", "", m.group("new").strip()))
    if len(sources) < 1 or len(new) != 1:
        return False
    if partnered_clause(parts[-1]) and m.group("new").strip().startswith("新的") and new[0] not in sources:
        sources = [new[0], *sources]  # "1985年6月，与B、C合并组建新的X": X, its subject left unwritten, kept its name
    if len(sources) < 2:
        return False
    type_ = EventType.RE_FORM if new[0] in sources else EventType.ESTABLISH
    # the older families' reading of the same forming is replaced (a description glued to an input: "的城关镇")
    _drop_events(ctx, sent, lambda e: e.type in (EventType.ESTABLISH, EventType.RE_FORM)
                 and [o.name for o in e.outputs] == [ctx.full(new[0])])
    semi = text.rfind("；", 0, m.start("src"))  # "1962年，更名为X；1973年，与B合并…": the ；-clause's own year
    own = narrative_date(text[semi + 1:]) if semi >= 0 else None
    _event(ctx, sent, type_, sources, new, **({"date": own} if own else {}))
    if new[0] not in ctx.established:
        ctx.established.append(new[0])
    ctx.mark(sent)
    return True


def _each_renamed(src: str, new: str) -> list[tuple[str, str, str]]:
    """(body, new name, place) for "江岸区、江汉区人民政府扶贫开发办公室统一更名为区乡村振兴局": each body
    takes the new name in its own place (江岸区乡村振兴局, 江汉区乡村振兴局)."""
    sources = names_in_list(src)
    new = new.strip()
    marker = re.match(r"^(?:省|市|区|县|镇|乡|州)", new)
    if len(sources) < 2 or not marker:
        return []
    out = []
    for source in sources:
        place = next(iter(_places_at_start(source)), None)
        if not place or not place.endswith(marker.group(0)):
            continue
        target = name_at_start(place + new[len(marker.group(0)):])
        if target:
            out.append((source, target, place))
    return out


def _renamed_each(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"江岸区、江汉区人民政府扶贫开发办公室统一更名为区乡村振兴局": one rename per body, in its place."""
    done = False
    for source, target, _ in _each_renamed(m.group("src"), m.group("new")):
        _event(ctx, sent, EventType.RENAME, [source], [target])
        done = True
    return done


_RENAMED_EACH = re.compile(r"(?:^|[，；：])(?:将)?(?P<src>[^，。；：]{4,200}?)(?:统一|均|分别|一律)更名为(?P<new>[^，。；]{2,40})")
_SUBJECT_MADE = re.compile(r"(?:更名为|改名为|变更为|新设立|新成立|新组建|组建|设立|成立|重组为|新设|调整为|改设为|改为|设置|建立)(?!于)"
                           r"(?P<name>[^，。；]{2,40})")  # "成立于1980年" is the subject's history, not a forming


def _in_place(name: str, place: str | None) -> str:
    """"区人民政府办公室" in 江岸区 → 江岸区人民政府办公室 (the body named relative to a listed place)."""
    marker = re.match(r"^(?:省|市|区|县|镇|乡|州)", name)
    if place and marker and place.endswith(marker.group(0)):
        return place + name[len(marker.group(0)):]
    return name


def _sign_where(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"…更名为区乡村振兴局，仍在区人民政府办公室挂牌" / "组建县乡村振兴局，在县农业农村局挂牌" / "由在A挂
    牌，调整为在B挂牌": the body the clause before named is a sign carried by the host (a move when
    the old host is written)."""
    segment = text[text.rfind("；", 0, m.start()) + 1: m.start()]
    subjects: list[tuple[str, str | None]] = []
    for rm in _RENAMED_EACH.finditer(segment):
        subjects = [(target, place) for _, target, place in _each_renamed(rm.group("src"), rm.group("new"))]
    if not subjects:  # only a body formed or renamed just before ("X在Y设窗口，在Z挂牌" is no sign)
        made = list(_SUBJECT_MADE.finditer(segment))
        name = name_at_start(made[-1].group("name")) if made else None
        subjects = [(name, None)] if name else []
    done = False
    for subject, place in subjects:
        host = name_at_start(_in_place(m.group("host"), place))
        old = name_at_start(_in_place(m.group("old"), place)) if m.group("old") else None
        if not host or host == subject:
            continue
        ctx.units.append(UnitStatement(_unit(ctx, host), ctx.prov(sent), signs=[ctx.full(subject)]))
        if not (ctx.sanding or ctx.about_sanding or ctx.regulation) and not m.group("still"):
            if old and old != host:
                _event(ctx, sent, EventType.REMOVE_SIGN, [old], [subject], sign=ctx.full(subject))
            _event(ctx, sent, EventType.ADD_SIGN, [host], [subject], sign=ctx.full(subject))
        done = True
    if done:
        ctx.mark(sent)
    return done


def _latter_sign(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"A职责划入B，后者加挂A牌子": 后者 is the last unit named before, 前者 the first."""
    named = [n for _, _, n in find_names(m.group("pre"))]
    if len(named) < 2:
        return False
    host = named[-1] if m.group("which") == "后者" else named[0]
    signs = [n for n in names_in_list(m.group("signs")) if n != host]
    if not signs:
        return False
    ctx.units.append(UnitStatement(_unit(ctx, host), ctx.prov(sent), signs=[ctx.full(s) for s in signs]))
    if not (ctx.sanding or ctx.about_sanding or ctx.regulation):
        for sign in signs:
            _event(ctx, sent, EventType.ADD_SIGN, [host], [sign], sign=ctx.full(sign))
    ctx.mark(sent)
    return True


def _integrated_into_recent(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"新成立X后，…将A的职责，B的Y职责…等整合。" / "…组建X，并将A、B等部门的Y职责进行了整合": a
    "将…整合" with no target of its own feeds the body formed just before in the same sentence."""
    from .reform import _duty_moves, _source_units, parse_sources

    before = text[: m.start()]
    formed = [n for n in ctx.established if n in before or ctx.full(n) in before]
    fresh = [name_at_start(f.group("name")) for f in _FRESH_BODY.finditer(before)]
    target = formed[-1] if formed else fresh[-1] if fresh and fresh[-1] else None
    if target is None and not before.strip():
        target = _formed_just_before(sent, ctx)  # "组建X。将A的职责，B的Y职责整合，作为K。"
    if not target:
        return False
    sources = parse_sources(m.group("src"))
    if not sources:
        return False
    inputs = [u for u in _source_units(sources) if u != target]
    if not inputs:
        return False
    _event(ctx, sent, EventType.ESTABLISH, inputs, [target], duties=_duty_moves(sources, whole_as_move=False))
    if target not in ctx.established:
        ctx.established.append(target)
    _kind_after(ctx, sent, target, text, m.end())
    return True


_UNNAMED_GIVERS = re.compile(r"(?:以及|和|及|、|，)?(?:其他|其它|另外|另|有关|相关)?(?:[\d两二三四五六七八九十]+个|多个|若干)"
                             r"(?:部门|单位|机构)的?[^、，。；]{0,20}?(?:职责|职能)")


def _integrates(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"新组建的X为县政府工作部门，整合A的Y职责，B的Z职责。" / "X整合了A、B的…职责": 整合 without 将,
    the givers after it, feeding the body formed before in the sentence (or opening it, formed earlier)."""
    from .reform import _duty_moves, _source_units, parse_sources

    before = text[: m.start("src")]
    formed = [n for n in ctx.established if n in before or ctx.full(n) in before]
    fresh = [name_at_start(f.group("name")) for f in _FRESH_BODY.finditer(before)]
    opening = name_at_start(before)
    this = re.match(r"^\s*该(局|中心|委|办|部|厅|院|馆|站|所|队|机构|单位)", before)  # "该局整合了A的…职责"
    if this and not opening:
        opening = referred_body(ctx, this.group(1), ["established"])
    established = {ctx.full(n) for n in ctx.established}
    # "据悉，市医保局作为政府工作部门，整合A的Y职责，B的Z职责等": the body described by its kind right before
    described = re.fullmatch(r"\s*(?:据悉|据了解|据介绍|目前|其中|新组建的|组建后的)?[，,]?\s*(?P<n>[^，,。；]{2,40}?)"
                             r"(?:作为|为|是)[^，,。；]{0,16}?(?:工作部门|组成部门|直属机构|特设机构)[，,]\s*"
                             r"(?:并|同时|主要)?(?:整合了?|合并了|包含了?|融合了)", before)
    if described and not opening:
        opening = name_at_start(described.group("n"))
    kind_first = bool(described and opening and described.group("n") == opening)
    target = formed[-1] if formed else fresh[-1] if fresh and fresh[-1] else \
        opening if opening and (ctx.full(opening) in established or kind_first) else None
    # "A的职责和其他六个部门的相关职责": a giver written as a count of bodies it does not name is no giver
    src = _UNNAMED_GIVERS.sub("", m.group("src"))
    sources = parse_sources(_giver_per_item(re.sub(r"(?<=职责|职能)和", "、", src))) if target and src.strip() else None
    if not sources or any(not units for units, _, _ in sources):
        return False
    inputs = [u for u in _source_units(sources) if u != target]
    if not inputs:
        return False
    _event(ctx, sent, EventType.ESTABLISH, inputs, [target], duties=_duty_moves(sources, whole_as_move=False))
    _kind_after(ctx, sent, target, text, m.end())  # "…职责，为县政府工作部门，正科级"
    return True


_PLACED_NAME = re.compile(r"^(?:省|市|县|区|州|旗|自治区|国家|国务院|中共|中央)")
_MADE_FROM_TYPE = {"升格": EventType.ESTABLISH, "合并": EventType.ESTABLISH, "整合": EventType.ESTABLISH,
                   "组建": EventType.ESTABLISH, "更名": EventType.RENAME, "改名": EventType.RENAME,
                   "改建": EventType.RE_FORM, "重组": EventType.RE_FORM}


def _made_from(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"新组建的Z，由原A升格而成" / "Z是由A和B合并而成的" / "Z由A更名而来": the body the clause is about
    came out of the bodies after 由: 升格 → Z established from A and A upgraded to Z; 合并/整合/组建 →
    Z established from them; 更名/改名 → a rename; 改建/重组 → Z re-formed from them."""
    head = re.sub(r"^.*[，；：](?=[^，；：]*$)", "", m.group("new")) if not m.group("new").endswith("，") else m.group("new")
    head = re.sub(r"^(?:新组建的|新成立的|新设立的|新组建|新成立)", "", head.rstrip("，").strip())
    head = re.sub(r"(?:是|系|则|就|正是|最早|最初|当初)+$", "", head)
    new = as_name(head) or name_at_start(head)
    if not new and re.search(r"[，]$", m.group("new")):
        before = m.group("new").rstrip("，")
        new = name_at_end(re.sub(r"^(?:新组建的|新成立的|新设立的|新组建|新成立)", "", before))
    olds = names_in_list(re.sub(r"(?:两个|[二三四五六七八九十]个|\d+个)?(?:单位|机构|部门)?$", "",
                                re.sub(r"^原", "", BRACKETED_OTHER_NAME.sub("", m.group("old")))).replace("和", "、")
                        .replace("与", "、"))  # "A（甲）、B": 甲 is A's other name, no source
    olds = [re.sub(r"^原", "", o) for o in olds]
    marker = re.match(r"(?:省|市|县|区|州|自治区)(?!委|政府)", new or "")
    if marker:  # "县环境保护局，由原环保办升格而成": the old body in the new one's place
        olds = [o if _PLACED_NAME.match(o) or divisions().place_prefix(o) else marker.group(0) + o for o in olds]
    if not new or not olds or new in olds:
        return False
    verb = m.group("verb")
    type_ = _MADE_FROM_TYPE[verb]
    if type_ is EventType.RENAME and len(olds) != 1:
        return False
    _event(ctx, sent, type_, olds, [new])
    if verb == "升格" and len(olds) == 1:
        _event(ctx, sent, EventType.UPGRADE, olds, [new])
    if type_ is not EventType.RENAME and new not in ctx.established:
        ctx.established.append(new)
    return True


def _takes_on_former(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县应急管理局为县政府工作部门，承担原县安全生产委员会办公室承担的安全生产综合监管职责": the
    sentence's body takes on the duty its former holders (after 原, before 承担的) held."""
    subject = name_at_start(re.sub(r"^(?:新组建的|新成立的|新设立的)", "", text[: m.start()].strip()))
    items = [i for i in re.split(r"[、和及与]", m.group("src")) if i]
    givers = [as_name(i) or (i if i.startswith("各") and as_name(i[1:]) else None) for i in items]
    if not subject or not givers or None in givers or subject in givers:
        return False
    duty = m.group("duty")
    _event(ctx, sent, EventType.TRANSFER_DUTY, [g for g in givers if g], [subject],
           duties=[DutyMove(_unit(ctx, g), duty) for g in givers if g])
    return True


def _renamed_respectively(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县计划委员会、县经济委员会分别更名为县发展计划局、县经济贸易局" / "A与B同时更名为C和D": two (or more)
    bodies renamed in one clause, each to the new name in the same position."""
    olds = split_names(re.sub(r"^.*[，：](?=[^，：]*$)", "", m.group("olds")).replace("与", "、"))
    news = split_names(m.group("news").replace("与", "、"))
    if not olds or not news or len(olds) != len(news) or len(olds) < 2:
        return False
    _drop_events(ctx, sent, lambda e: e.type is EventType.RENAME)  # an older family paired them wrongly
    date = narrative_date(text)
    for old, new in zip(olds, news, strict=True):
        _event(ctx, sent, EventType.RENAME, [old], [new], **({"date": date} if date else {}))
    return True


def _giver_per_item(src: str) -> str:
    """"A职责、B的X职责": a 、 after 职责 that opens another giver's duty separates two givers'
    items, as a ， does (else A would seem to give "职责、B的X职责")."""
    out, last = [], 0
    for sep in re.finditer(r"(?<=职责|职能)、", src):
        rest = src[sep.end():]
        name = name_at_start(rest)
        if name and re.match(r"(?:承担)?的|职责|职能|[^、，；]{1,40}?的[^、，；]{0,40}?(?:职责|职能)", rest[len(name):]):
            out.append(src[last:sep.start()] + "，")
            last = sep.end()
    return "".join(out) + src[last:]


_FRESH_BODY = re.compile(r"新(?:组建|成立|设立|设)的(?P<name>[^，。；]{2,40})")


def _formed_just_before(sent: Sentence, ctx: Ctx) -> str | None:
    """The one body the sentence right before formed ("组建县应急管理局。"), else None."""
    if sent.index == 0:
        return None
    start = ctx.prov(ctx.dt.sentences[sent.index - 1]).start
    made = {o.name for e in ctx.events_at.get(start, []) if e.type in (EventType.ESTABLISH, EventType.RE_FORM)
            and e.prov.start == start for o in e.outputs}
    return made.pop() if len(made) == 1 else None


def _described_after_formed(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"组建中央金融委员会。加强…领导，负责…，作为党中央决策议事协调机构。": a sentence naming no body
    (its clauses are the new body's tasks) that closes with "，作为K" describes the one body the
    sentence (or heading) right before formed."""
    if find_names(text[: m.start()]):
        return False  # a body of its own is the subject (read elsewhere)
    target = _formed_just_before(sent, ctx)
    if not target:
        return False
    before = len(ctx.units)
    _kind_after(ctx, sent, target, text, m.start())
    return len(ctx.units) > before


def _kind_after(ctx: Ctx, sent: Sentence, target: str, text: str, end: int) -> None:
    """"…整合，作为县政府工作部门(，正科级)": the clauses after the givers describe the body they feed."""
    from .reform import _follow_clauses

    if not text[end:].startswith("，"):
        return
    info = _follow_clauses(ctx, text, end)
    if info["kind"] or info["rank"] or info["parent"]:
        ctx.units.append(UnitStatement(_unit(ctx, target), ctx.prov(sent), kind=info["kind"], rank=info["rank"],
                                       parent=_unit(ctx, info["parent"]) if info["parent"] else None,
                                       parent_relation=info["relation"]))


def _manages(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"明确卫生部管理国家食品药品监督管理局和国家中医药管理局" / "X还管理A、B": each listed body
    is managed by X (the list must be names only, not a duty)."""
    parent = name_at_end(m.group("parent"))
    listed = split_names(m.group("list"))
    if not parent or not listed or parent in listed:
        return False
    for name in listed:
        ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), parent=_unit(ctx, parent),
                                       parent_relation=m.group("rel")))
    ctx.mark(sent)
    return True


_OPENED_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)(?:家|个)[^。，]{0,12}?(?:局|委|办|中心|机构|单位|部门)"
                            r"(?:均|都|已经|已|相继|陆续|先后|正式|全部)*(?:成立|组建|挂牌|揭牌)")


def _among_them(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"已有21个省级数据局相继成立。其中：A、B、C…" — the list names the bodies just counted."""
    if sent.index == 0:
        return False
    previous = ctx.dt.sentences[sent.index - 1].text
    if not _OPENED_BEFORE.search(previous):
        return False
    return _opened(ctx, sent, [n for n in names_in_list(m.group("list")) if not divisions().is_place(n)])


_GOVERNMENT = re.compile(r"^(?:省|市|县|区|州|旗|镇|乡|自治区)(?:人民政府|政府|委|党委)")


def _parent_name(text: str) -> str | None:
    """A parent as written: a unit name, or the place's own government or party committee
    ("县政府", "市委": the document's place resolves them)."""
    gm = _GOVERNMENT.match(text)
    return name_at_start(text) or (gm.group(0) if gm else None)


def _belongs_to(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"花亭湖风景名胜区管理处、太湖经济开发区管委会隶属县政府" — each listed body belongs to Y."""
    parent = _parent_name(m.group("parent"))
    listed = names_in_list(m.group("list"))
    if not parent or not listed:
        return False
    for name in listed:
        if name != parent:
            ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), parent=_unit(ctx, parent),
                                           parent_relation="所属"))
    ctx.mark(sent)
    return True


_THIS_UNIT = re.compile(r"(?:该|本|这个)(部|局|委|厅|署|办|中心)$")


def _divisions_set_up(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"退役军人事务部已设立办公厅、政策法规司…等司局" / "该局新设综合科、执法科两个科室": each
    item is an internal division of the host, formed then."""
    from .sanding import is_division_name

    head = re.sub(r"(?:已经|已|新|先后|相继|陆续|现已)+$", "", m.group("host"))
    anaphor = _THIS_UNIT.search(head)
    host = referred_body(ctx, anaphor.group(1), ["recent", "focus"]) if anaphor else None
    host = host or name_at_end(head) or ctx.focus
    if not host:
        return False
    from .counted_lists import government_of_township

    host = government_of_township(host)  # "大荆镇设置A、B等5个内设机构": the township's government (sixteenth session)
    items = [i.strip() for i in re.split(r"[、，]|(?<=[司局处科股室])(?:和|及)", m.group("list")) if i.strip()]
    tail = m.group(0)[m.end("list") - m.start(0):]
    if "个" in tail and (headed := headed_list(m.group("list") + tail, is_division_name)):
        items = headed  # "设立综合、政策法规、审批三个科室": the bare items share the head (shared head in a list)
    divisions = [i for i in items if is_division_name(i) and not i.startswith(host)]
    if len(divisions) < 2 or len(divisions) < len(items) - 1:
        return False
    start = ctx.prov(sent).start
    # an older family may have read the bare items as units of their own: they are divisions
    gone = [e for e in ctx.events_at.get(start, []) if len(e.outputs) == 1 and e.outputs[0].name in divisions]
    if gone:
        ctx.events[:] = [e for e in ctx.events if all(e is not g for g in gone)]
        ctx.events_at[start] = [e for e in ctx.events_at[start] if all(e is not g for g in gone)]
    for item in divisions:
        name = ctx.division_name(item, host)
        ctx.divisions.add(name)
        ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), kind="内设机构", parent=_unit(ctx, host),
                                       parent_relation="内设"))
        _event(ctx, sent, EventType.ESTABLISH, [], [name], kind="内设机构", parent=_unit(ctx, host), relation="内设")
    ctx.mark(sent)
    return True


def _newly_formed(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"新组建的X…" / "新成立的X" in news: X was formed (undated unless the sentence dates it). Not
    "X的成立，标志着…": that looks back at an opening (often one reported, and dated, elsewhere)."""
    listed = _newly_formed_list(m.group("name"))
    if listed:
        return _opened(ctx, sent, listed)
    name = name_at_start(m.group("name"))
    return bool(name) and _opened(ctx, sent, [name])


# where a list after "新组建的" ends: a body renamed or re-formed joins it ("…及更名后的F"), or the verb
_FRESH_LIST_END = re.compile(r"(?:及|和|以及|与)?(?:更名后|调整后|重组后|重新组建|撤并后|改革后)的|"
                             r"(?:等)?(?:\d+|[一二两三四五六七八九十]+)?(?:家|个)?(?:新)?(?:单位|机构|部门)?"
                             r"(?:日前|近日|今天|今日|当天|已经|已|也|均|都|相继|集中|先后|同时)*(?:正式)?"
                             r"(?:挂牌|揭牌|成立|亮相|开始|运行|履职|对外)")


def _newly_formed_list(span: str) -> list[str]:
    """"新组建的A、B、C及更名后的D正式挂牌": the bodies listed after 新组建的, up to a body that was only
    renamed (D) or the verb; every item must be a name (else nothing)."""
    end = _FRESH_LIST_END.search(span)
    head = span[: end.start()] if end else span
    if "、" not in head:
        return []
    return split_names(head) or []


def _divisions_include(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"…其内设机构也显露一角…包括政务组、军转安置组以及军休退伍组" / "X的内设机构包括：A、B": each item
    is an internal division of the host (named before in the sentence, or the last named unit)."""
    from .sanding import is_division_name

    before = [n for _, e, n in find_names(text) if e <= m.start("list")]
    host = (before[-1] if before else None) or (ctx.focus if ctx.about_sanding else None)
    if not host and re.fullmatch(r"\s*(?:[其该本]?(?:机关)?)?(?:内设|下设|设有|设)", text[: m.start()]):
        host = _section_host(ctx, sent)  # "（一）办公室⏎负责…。内设2个中队，即A、B": the section's body (sixteenth session)
    if not host:
        return False
    listed = _COUNT_TAIL.sub("", re.sub(r"等$", "", m.group("list").strip()))
    items = [re.sub(r"等$", "", i.strip()) for i in re.split(r"[、，]|以及|(?<=[司局处科股室组队部])(?:和|及)", listed)
             if i.strip()]
    divisions = [i for i in items if is_division_name(i) and not i.startswith(host)]
    if len(divisions) < 2:
        return False
    formed = _DIVISIONS_FORMED.search(text[: m.start("list")])
    for name in _open_divisions(ctx, sent, host, divisions):
        if formed:  # "新增了3个司，分别为A、B、C": the divisions are new (fifteenth session, lists)
            _event(ctx, sent, EventType.ESTABLISH, [], [name], kind="内设机构", parent=_unit(ctx, host), relation="内设")
    ctx.mark(sent)
    return True


def _section_host(ctx: Ctx, sent: Sentence) -> str | None:
    """The body whose section a sentence naming no body is in: the heading line that is one name (a division's
    heading "（一）办公室（加挂A牌子）" too), within the five sentences before and after no sentence that described
    another body; else the body the sentence right before described."""
    from .sanding import is_division_name

    for k in range(sent.index - 1, max(-1, sent.index - 6), -1):
        before = ctx.dt.sentences[k]
        if not is_headline(ctx.dt.line_text(before.line)):
            continue
        heading = re.sub(r"[（(][^（）()]*[）)]$", "", strip_item_number(before.text.strip()).strip())
        if not heading or (as_name(heading) != heading and not is_division_name(heading)):
            return None
        if as_name(heading) != heading:  # a division's heading: the division the text listed, else the focus's
            known = sorted(d for d in ctx.divisions if d.endswith(heading))
            return known[0] if len(known) == 1 else (ctx.division_name(heading, ctx.focus) if ctx.focus else heading)
        return heading if ctx.described_at < k or ctx.described == heading else None
    return ctx.described if ctx.described and ctx.described_at == sent.index - 1 else None


# the verb forming the divisions a count opens, right before the count: "新增了3个司", "增设2个处", "新设立4个科室"
_DIVISIONS_FORMED = re.compile(r"(?:新增|增加|增设|新设(?:立|置)?|新成立|新组建)了?(?:共|计)?(?:\d+|[一二两三四五六七八九十]+)个"
                               r"[^，。；、：:]{1,8}?[，,]?(?:分别为|分别是|包括|为|有|即)?[：:，,]?$")


def _chief_and_deputies(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"领导职数按一正三副配备" / "124正124副": N chief and M deputy leadership posts."""
    chief, deputies = cn_int(m.group("z")), cn_int(m.group("f"))
    if chief is None or deputies is None:
        return False
    clause_start = max(text.rfind(c, 0, m.start()) for c in "，,；;。") + 1
    if re.search(r"实际|实有|现有在职", text[clause_start : m.start()]):
        return False  # "实际设置领导职数88正125副", "实际配备一正一副": the posts filled now, a state and no quota
    if re.search(r"“$", text[: m.start()]) and re.match(r"^[^“”]{0,2}”(?:\s*、\s*“[^“”]{2,8}”)*\s*等", text[m.end() :]):
        return False  # "出现“一正四副”、“一正五副”等多种情况": examples of what bodies were given, no one figure
    from .news import _is_parent_mention

    # "X为Y所属…事业单位，…领导职数1正2副": Y is X's parent, the posts are X's
    before = [n for s, e, n in find_names(text) if e <= m.start() and not _is_parent_mention(text, s, e)]
    unit = before[-1] if before else (ctx.focus if (ctx.sanding or ctx.about_sanding or ctx.notice or ctx.profile) else None)
    if unit is None and not find_names(text) and ctx.last_figure and ctx.last_figure[0] >= sent.index - 1 and \
            not re.search(r"全(?:省|市|县|区|州|国)|各", text[: m.start()]):
        unit = ctx.last_figure[1]  # "X机关行政编制70名。局领导职数1正3副。": the posts of the body whose figure came just before
    if unit is None and not re.search(r"街道|乡镇|镇街|各乡|各镇|办事处", text[: m.start()]):
        return False  # "领导班子实行一正三副": no unit named; a class of units (街道办事处) is a total
    if any(st.kind == "领导职数" and st.prov.start == ctx.prov(sent).start and st.level not in ("正职", "副职")
           for st in ctx.staffing):
        return False  # the older family read these posts already (a second "N正M副" of the sentence is read:
        # "各街道应设置为4正4副,…共计124正124副")
    units = [unit]
    # "A和B…，领导设定均为一正四副", "两个局领导职数都按一正三副配备": the same posts for each body named before
    if len(set(before)) > 1 and re.search(r"(?:均|都|各)(?:为|是|按|核定|设|配备|定为)?[^，。；]{0,6}$", text[: m.start()]):
        from .common import GOVERNING

        units = list(dict.fromkeys(n for n in before if not GOVERNING.search(n)))
    from .common import PLACE_CLASS

    # "X区街道办事处…调研" … "31个街道办事处的处级职数均为2正5副": posts of a class of the place's bodies, no one body's
    units = [None if owner and PLACE_CLASS.fullmatch(ctx.full(owner)) else owner for owner in units]
    for owner in units:
        for amount, level in ((chief, "正职"), (deputies, "副职")):
            ctx.staffing.append(StaffingStatement(Mention(ctx.full(owner)) if owner else None, "领导职数", "核定", amount,
                                                  ctx.prov(sent), level=level))
    ctx.mark(sent)
    return True



def _as_kind_first(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"作为县委职能部门，县委社会工作部加挂…牌子" — the kind written before its unit."""
    kind = kind_phrase(m.group("kind"))
    if not kind or not (_LISTABLE_KIND.search(kind) or kind.endswith(("职能部门", "行政机构"))):  # "作为Y管理的副处级行政机构"
        return False  # "作为牵头部门，…" names a role, not a kind
    unit = name_at_start(m.group("rest"))
    if not unit or not m.group("rest").startswith(unit):
        return False  # "作为K，在X领导下开展工作": the clause has no subject of its own
    before = text[: m.start() + (1 if text[m.start():m.start() + 1] in "，；：" else 0)]
    made = list(_SUBJECT_MADE.finditer(re.split(r"[，；：。]", before.rstrip("，；："))[-1])) if before.strip("，；：") else []
    if made and name_at_start(made[-1].group("name")) == made[-1].group("name").strip():
        return False  # "组建X委员会，作为K，其办公室设在Y": K describes X, formed right before (seventeenth session)
    ctx.units.append(UnitStatement(_unit(ctx, unit), ctx.prov(sent), kind=kind))
    ctx.mark(sent)
    return True


def _shortened(short: str, full: str) -> bool:
    """"县医保局（县医疗保障局）": a bracket holding the same body's other form (the shorter one's
    characters, in order, inside the longer one, with the same opening) is an alias, not a sign."""
    if len(short) >= len(full) or short[:2] != full[:2] or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


def _bracket_names(inner: str) -> list[str]:
    """The signs a bracket after a unit name gives: "（县互联网信息办公室）", "（县新闻出版局、县电影局）",
    "（加挂县中医药管理局牌子）"; none for "（简称…）", "（原…）", "（含…）", a rank or prose."""
    inner = inner.strip()
    if re.match(r"^(?:简称|以下简称|下称|原|现|今|即|后|含|不含|正|副|包括)", inner):
        return []
    inner = re.sub(r"^(?:同时)?(?:对外)?(?:加挂|挂|保留)(.+?)(?:的)?牌子$", r"\1", inner)
    inner = re.sub(r"^“([^“”]+)”$", r"\1", inner)  # "（同时挂“市政府某委员会”牌子）": the sign in quotes
    names = names_in_list(inner)
    return names if names and "".join(names) == re.sub(r"[、，和及]", "", inner) else []


def _bracket_signs(name: str, inner: str) -> list[str]:
    """The signs in the bracket after ``name``, without the same body's other forms."""
    from . import _abbreviates

    return [n for n in _bracket_names(inner) if n != name and not _abbreviates(n, name) and not _abbreviates(name, n)
            and n not in name_variants(name) and name not in name_variants(n)
            and not _shortened(n, name) and not _shortened(name, n)]


def _bracket_sign(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"现更名为江苏省数据局（江苏省政务服务管理办公室）" / "组建县委社会工作部（县委两新工委）" / "市地方金融
    监督管理局（市金融工作局）正式挂牌": the name in brackets after a body formed, renamed or opening a
    sentence is a second name it carries (a sign)."""
    name = name_at_end(m.group("name"))
    if not name or not m.group("name").endswith(name):
        return False  # the unit written right before the bracket
    listed = text[m.start("name") - 1: m.start("name")] == "、" or text[m.end(): m.end() + 1] == "、"
    if listed and not (re.match(r"(?:国家|国务院|中国|中共|中央|全国|[省市县区])", name) or divisions().place_prefix(name)):
        return False  # "卫生应急办公室（…）、…" in a list: a division or a bare item, read by the list readers
    signs = _bracket_signs(name, m.group("sign"))
    if text[m.end(): m.end() + 1] in "的和及、":
        # a giver of duties with its second name ("将A（B）的X职责划入C"): a sign the same text takes down ("A不再保留B
        # 牌子") is not one the body keeps (seventeenth session)
        signs = [n for n in signs if not re.search(rf"{re.escape(name)}(?:不再保留|不再加挂|不再挂){re.escape(n)}", ctx.dt.text)]
    if not signs:
        return False
    ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), signs=[ctx.full(n) for n in signs]))
    ctx.mark(sent)
    return True


def _sign_of_subject(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"厦门市地方金融监督管理局挂牌成立，加挂市金融工作局牌子" / "组建县医保局，同时挂县医保中心牌子": a
    clause with no subject of its own gives the sign to the body the clause before formed or renamed,
    else to the sentence's opening unit."""
    if text[max(0, m.start("verb") - 2):m.start("verb")] in ("不再", "再不"):
        return False
    segment = text[text.rfind("；", 0, m.start()) + 1: m.start()]
    made = list(_SUBJECT_MADE.finditer(segment))
    subject = name_at_start(made[-1].group("name")) if made else None
    if made:  # "组建X委员会，X委员会办公室为县委工作机关，加挂Y牌子": a later clause's own described subject bears it
        for clause in re.split(r"[，,]", segment[made[-1].end():])[1:]:
            own = name_at_start(clause)
            dm = re.match(re.escape(own) + r"(?:作为|为|是)(?P<rest>.+)", clause.strip()) if own else None
            if dm and own != subject:
                subject = own
                _describe(ctx, sent, own, dm.group("rest"))
    if not subject and not re.search(r"划入|并入|划转|划归|整合|合并|撤销|不再保留", segment):
        found = find_names(segment)  # "A并入B，保留A牌子": not A's sign; read with the transfer
        approvers = all(segment[max(0, a - 1):a] == "经" for a, _, _ in found)  # "经县编办批准，加挂…"
        # the approver after 经 never bears the sign ("经国家海洋局批准，加挂Y牌子")
        subject = found[0][2] if found and found[0][0] <= 2 and segment[max(0, found[0][0] - 1):found[0][0]] != "经" \
            and not re.match(r"\s*(?:是|为(?!民)|系)", segment) else None  # "为Y管理的…": Y is a parent, no subject
        if not subject and approvers and ctx.described and ctx.described_at == sent.index - 1:
            subject = ctx.described  # "X是…事业单位。2005年经省编办批准，加挂Y牌子。": the body just described
    signs = [n for n in names_in_list(m.group("signs")) if n != subject]
    if not subject or not signs:
        return False
    ctx.units.append(UnitStatement(_unit(ctx, subject), ctx.prov(sent), signs=[ctx.full(n) for n in signs]))
    ctx.mark(sent)
    return True


# "…所属事业单位有A、B、C，机构规格为正处级" / "…，均为正科级" / "…，规格均为股级": a rank written right after a
# list is every listed body's
_LIST_RANK_AFTER = re.compile(rf"^[，,]\s*(?:机构)?(?:规格)?(?:均|都|统一)?(?:为|是)(?:相当于)?(?P<rank>{RANK_RE.pattern}|{_BAND.pattern})"
                              r"(?:事业单位|单位|机构|建制)?(?=[，。；]|$)")


def list_rank(after: str) -> str | None:
    """The rank a clause right after a list gives every listed body, else None."""
    rm = _LIST_RANK_AFTER.match(after)
    if not rm:
        return None
    return norm_rank(rm.group("rank")) or band_rank(rm.group("rank"))


def _subordinate(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"曹县编办为县委工作部门。下设综合科…，下属事业单位机构编制电子政务中心": each listed body is a
    事业单位 of the unit the sentence names before, else of the unit just described."""
    # "山西省残联的直属机构还有X": Y's own bodies listed after 有/包括 (a bare 机构/单位 is no kind)
    second = m.group("host2") is not None
    written = (m.group("host2") if second else m.group("host")).strip()
    host = name_at_end(written) if written else ctx.described
    if written and host and not written.endswith(host):
        return False
    listed = [n for n in names_in_list(m.group("list2") if second else m.group("list")) if n != host]
    if not host or not listed:
        return False
    kind = (m.group("kind2") if second else m.group("kind"))
    rank = list_rank(text[m.end():])
    for name in listed:
        ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), kind=kind if kind == "事业单位" else None,
                                       rank=rank, parent=_unit(ctx, host), parent_relation="所属"))
    ctx.mark(sent)
    return True


def _keeps_sign(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"国防科学技术工业委员会在内设机构中保留国家航天局、国家原子能机构牌子": the host keeps the signs."""
    host = name_at_end(m.group("host"))
    if not host or not m.group("host").endswith(host):
        return False
    # every item of "保留A、B牌子" is a name ("国家原子能机构" too, though 机构 ends no name elsewhere)
    signs = [n for n in (as_name(i) or (i if re.fullmatch(r"(?:国家|中国|中央)[\u4e00-\u9fff]{2,16}机构", i) else None)
                         for i in re.split(r"[、，]|和|及", m.group("signs")) if i) if n and n != host]
    if not signs:
        return False
    ctx.units.append(UnitStatement(_unit(ctx, host), ctx.prov(sent), signs=[ctx.full(n) for n in signs]))
    ctx.mark(sent)
    return True


def _listed_in(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县行政审批局列入县政府工作部门序列" / "A与B，一个机构两块牌子，列入中共中央直属机关的下属机构": the
    sentence's subject takes the kind of the class it is listed in (not "不列入")."""
    verb = "verb" if m.group("verb") else "verb2"
    if text[max(0, m.start(verb) - 1):m.start(verb)] == "不":
        return False
    kind = kind_phrase(m.group("kind") or m.group("kind2"))
    # "原挂靠县人事局的县编办单独设置，列县委机构序列": the subject after its former attachment
    # "原与县人事局合署办公的县编办单独设置，仍列县委机构序列": the same after its former co-location
    before = re.sub(r"^原(?:(?:挂靠|隶属|隶属于|设在|归属)[^，。；]{2,30}?|与[^，。；]{2,30}?合署办公)的(?=[^，。；]{2})", "",
                    text[: m.start(verb)])
    found = find_names(before)
    if not kind or not found or found[0][0] > 2:
        return False  # the subject opens the sentence
    if verb == "verb2" and not (_PLACED_NAME.match(found[0][2]) or divisions().place_prefix(found[0][2])):
        return False  # "…的编办单独设置，列党委机构序列" in a plan for every district: a bare name is a class
    ctx.units.append(UnitStatement(_unit(ctx, found[0][2]), ctx.prov(sent), kind=kind))
    ctx.mark(sent)
    return True


# ---------------------------------------------------------------- a counted list under its kind

_OWNER = re.compile(r"^(?:中共)?(?P<place>[\u4e00-\u9fff]{0,8}?[省市县区州旗]|[*＊xX某]{1,3}[省市县区州旗])?"
                    r"(?P<body>党委|委|人民政府|政府|国务院)(?=设置|设|工作|直属|所属|组成|部门|机构|机关|$)")
_PARTY_GOV_HEADER = re.compile(r"(?P<level>[省市县区州旗]级)?(?:党委[、和与]政府|党政)(?P<tail>机构|机关|部门)")
_OWN_DISCIPLINE = re.compile(r"^(?:纪委|纪委监委|纪律检查委员会)")
_PLACE_START = re.compile(r"^(?:中共|[省市县区州旗](?!级)(?:委|政府|人民政府)?|[*＊xX某]{1,3}[省市县区州旗])")


def _owned_item(item: str, place: str, body: str | None) -> str:
    """A bare item of a list under its owner, named the way the genre names it: under 市委
    "组织部" → 市委组织部 (纪委 → 市纪委); under 市政府 "办公厅" → 市政府办公厅, "财政局" → 市财政局."""
    if not place or _PLACE_START.match(item) or divisions().place_prefix(item):
        return item
    if body in ("委", "党委"):
        return place + item if _OWN_DISCIPLINE.match(item) else place + "委" + item
    if body in ("政府", "人民政府") and item.startswith(("办公厅", "办公室")):
        return place + "政府" + item
    return place + item


def _listed_by_kind(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"县政府设置工作部门22个：办公室、发展和改革局…" / "其中市委10个，即：纪委、办公厅…" (the kind
    given by the heading "市级党委、政府机构共67个"): every listed body gets the kind."""
    head = re.sub(r"^(?:其中|另外|另|此外|共|现)*(?:设置|设立|设有|设)?", "", m.group("head").strip())
    head = re.sub(r"(?:共|合计|总计|一共)$", "", head)
    om = _OWNER.match(head)
    place, body = (om.group("place") or "", om.group("body")) if om else ("", None)
    rest = head[om.end():] if om else head
    rest = re.sub(r"^(?:设置|设立|设有|设)", "", rest)
    rank = None
    rm = RANK_RE.match(rest)
    if rm:
        rank, rest = norm_rank(rm.group(0)), rest[rm.end():]
    if rest:  # "县政府工作部门", "国务院组成部门" (not "副局级以上事业单位")
        kind = None if re.search(r"以上|以下", rest) else kind_phrase((om.group(0) if om else "") + rest)
    else:  # a bare owner ("市委10个"): the kind comes from the heading before ("市级党委、政府机构共67个")
        before = (ctx.dt.sentences[sent.index - 1].text if sent.index else "") + text[: m.start("head")]
        hm = ([*_PARTY_GOV_HEADER.finditer(before)] or [None])[-1]
        kind = None
        if hm and body:
            kind = (hm.group("level") or "") + ("党委" if body.endswith("委") else "政府") + hm.group("tail")
    if not kind or not _LISTABLE_KIND.search(kind) and not re.search(r"党委|政府|党政", kind):
        return False
    if re.search(r"内设|科室|股室|处室", kind):
        return False  # "县统计局内设机构4个：A、B": a body's divisions (``sanding._DIV_LIST8``), no kind of bodies (units14)
    raw = re.sub(r"(?:等(?:\d+个|[一二两三四五六七八九十]+个)?(?:机构|单位|部门)?)$", "", m.group("list").strip())
    items = [i.strip() for i in re.split(r"[、，]|(?<=[局委办室厅部会心处所站队])(?:和|及|以及)", raw) if i.strip()]
    num = m.groupdict().get("num")
    if num is None:  # "县委工作机关：A、B…" after "其中县委工作机关8个": the count stated before
        before = "".join(ctx.dt.sentences[k].text for k in range(max(0, sent.index - 3), sent.index)) + text[: m.start()]
        counts = [*re.finditer(rf"{re.escape(m.group('head').strip())}(?:共)?(\d+|[一二两三四五六七八九十]+)个", before)]
        num = counts[-1].group(1) if counts else None
    want = cn_int(num)
    if want is None and om and m.group("head").strip() == head and _LISTABLE_KIND.search(kind) and len(items) >= 3 \
            and all(is_unit_name(_owned_item(re.sub(r"（[^）]*）$", "", i), place, body)) for i in items):
        want = len(items)  # "国务院组成部门：A、B、C": an owned class heading a list of names, no count (eleventh session)
    if len(items) < 2 or want is None or abs(len(items) - want) > 1:
        return False  # a list that is not the counted one (the count is the list's own check)
    rows: list[tuple[str, list[str]]] = []
    for item in items:
        im = re.fullmatch(r"(?P<name>[^（]+)（(?P<inner>[^）]+)）", item)
        name, inner = (im.group("name"), im.group("inner")) if im else (item, None)
        full = _owned_item(name, place, body)
        if not is_unit_name(full) and not (place and _OWN_DISCIPLINE.match(name)):  # "市纪委" is a body
            continue
        signs, own_rank = [], None
        if inner and RANK_RE.fullmatch(inner.strip()):
            own_rank = norm_rank(inner.strip())  # "县融媒体中心（正科级）、县档案馆（副科级）": each item's rank
        elif inner and not re.search(r"合署|简称|含|不含|\d", inner):
            inner = re.sub(r"^(?:加挂|挂|保留)|牌子$", "", inner)
            sign = _owned_item(inner, place, body)
            if is_unit_name(sign):
                signs.append(ctx.full(sign))
        rows.append((full, signs, own_rank))
    if len(rows) < max(2, len(items) - 1):
        return False  # the items are not names: a list of something else
    for full, signs, own_rank in rows:
        ctx.units.append(UnitStatement(_unit(ctx, full), ctx.prov(sent), kind=kind, rank=rank or own_rank, signs=signs))
    ctx.mark(sent)
    return True


_COUNTED_SET_UP = re.compile(r"(?P<owner>[^，。；：]{2,30}?)(?:决定|正式|依法|共|新|还|另)*(?P<verb>设立|增设|新设|成立|组建)"
                             r"(?P<num>\d+|[一二两三四五六七八九十]+)个(?P<kind>[^，。；：、]{2,14}?)(?=[，。；：]|$)")


# "6月24日，甲乡举行11个新设置机构揭牌仪式" / "对新设置的11个机构进行揭牌": a dated ceremony of a counted set of bodies
_COUNTED_CEREMONY = re.compile(r"(?P<num>\d+|[一二两三四五六七八九十]+)个[^，。；：]{0,12}?(?:机构|部门|单位|站所|科室)[^，。；]{0,6}?"
                               r"(?:揭牌|挂牌)")


def _ceremony_date(ctx: Ctx, sent: Sentence, count: int) -> str | None:
    """The day of a ceremony a news report gives a few sentences before it lists the bodies set up ("6月24日，甲乡举行
    11个新设置机构揭牌仪式。…新设置11个机构：A、B…"): the same count of bodies, the ceremony's own day (fifteenth
    session, lists). None when no such sentence is near or it names no day."""
    for k in range(sent.index - 1, max(-1, sent.index - 8), -1):
        before = ctx.dt.sentences[k].text
        if any(cn_int(c.group("num")) == count for c in _COUNTED_CEREMONY.finditer(before)):
            return event_date(before, ctx.doc_date)
    return None


# the classes of a government's or party committee's own sequence of bodies (机构序列): their owner is part of
# the kind, never a parent (国务院直属机构, 县政府工作部门); institutions (事业单位) keep an owner as parent
_SEQUENCE_CLASS = re.compile(r"直属机构|直属特设机构|工作部门|组成部门|办事机构|工作机关|部门管理机构")
_GOVERNING_OWNER = re.compile(r"(?:国务院|政务院|政府|人民政府|党委|[省市县区州旗]委|党中央|中共中央)$")


def _counted_set_up(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"国务院设立三个直属机构，…。这三个直属机构是：A，B，C。" / "省政府设立三个直属机构：A、B、C。": the
    bodies listed after a counted set-up open; the kind written (a kind of unit, not "三个办公室") is
    theirs, and a 直属/所属 kind has the setting body as parent. The count checks the list."""
    num, listed = m.group("num") or m.group("num2"), m.group("list") or m.group("list2")
    head: re.Match[str] | None = m
    if m.group("lead"):  # "这N个K是：…": the count and kind set up in a sentence just before
        before = "".join(ctx.dt.sentences[k].text for k in range(max(0, sent.index - 2), sent.index))
        set_up = [c for c in _COUNTED_SET_UP.finditer(before) if c.group("num") == num and c.group("kind") == m.group("kind2")]
        if not set_up:
            return False
        head = set_up[-1]
    assert head is not None
    written = re.sub(r"^.*(?:规定|批准|需要|决定)[，,]?", "", head.group("owner"))
    owner = name_at_end(written) or as_name(written) or \
        (written if re.fullmatch(r"[\u4e00-\u9fff]{0,10}?(?:国务院|人民政府|政府|党委|[省市县区州]委)", written) else None)
    written_kind, rank = head.group("kind"), None
    rm = RANK_RE.match(written_kind) or _BAND.match(written_kind)
    if rm:  # "新组建5个厅级部门：A、B…": the rank the count gives every member (tenth session)
        rank = norm_rank(rm.group(0)) or band_rank(rm.group(0))
        written_kind = written_kind[rm.end():]
    kind = kind_phrase(written_kind)
    if m.group("list") and not re.search(r"[：:]", m.group(0)[: m.start("list") - m.start()]) and not (
            kind and _LISTABLE_KIND.search(kind) or re.search(r"(?:站|所|中心|局|馆|院|队|办公室)$", written_kind)):
        return False  # "设立3个工作组，即A、B、C": without a colon, only a class of bodies opens its items (units14)
    # split outside brackets, at 和 before the last item; a territory note ("（辖甲镇、乙镇）") is no item (units14)
    bracketed = listed_items(listed)
    items = [re.sub(r"[（(][^（）()]*[）)]$", "", i) for i in bracketed]
    names = [n for n in (as_name(i) for i in items) if n]
    # "A（正科级）、B（副科级）": each item's own rank in its bracket (fifteenth session, lists)
    own_ranks = {as_name(i): norm_rank(b.group(1)) for i, raw in zip(items, bracketed, strict=True)
                 if (b := re.search(rf"[（(]({RANK_RE.pattern})[)）]$", raw))}
    if m.groupdict().get("these"):  # "设立以下机构：A、B、C" / "设置下列工作部门：…": no count to check the list, so a
        # class of bodies heads it and every item is a name (a list of duties, places or people is none)
        if not re.search(r"(?:机构|部门|机关|单位|站所)$", written_kind) or len(names) < 2 or len(names) != len(items):
            return False
        want = len(names)
    else:
        want = cn_int(num)
    if want is None or len(names) < 2 or abs(len(names) - want) > 1 or len(names) < len(items) - 1:
        return False
    # a member the document renamed into before ("A更名为B…。综合设置6个事业单位：B、C…") is not opened (units14)
    renamed = {o.name for e in ctx.events if e.type == EventType.RENAME for o in e.outputs}
    _opened(ctx, sent, [n for n in names if n not in renamed], date=_ceremony_date(ctx, sent, len(names)))
    if (rank or own_ranks) and not (kind and _LISTABLE_KIND.search(kind)):
        for n in names:  # a rank and a bare class word (部门, 机构): the rank alone
            if rank or own_ranks.get(n):
                ctx.units.append(UnitStatement(_unit(ctx, n), ctx.prov(sent), rank=rank or own_ranks.get(n)))
    if kind and _LISTABLE_KIND.search(kind):
        if owner and _SEQUENCE_CLASS.fullmatch(kind) and _GOVERNING_OWNER.search(owner):
            # "国务院设立二十个直属机构": a class of the government's own sequence keeps its owner in the kind
            # (国务院直属机构, as "作为国务院直属机构" is read); the government is no managing parent
            kind, owner = _kind_by_level(owner + kind), None  # 浙江省人民政府直属机构 → 省政府直属机构
        parent = _unit(ctx, owner) if owner and re.match(r"直属|所属|下属", kind) else None
        for n in names:
            ctx.units.append(UnitStatement(_unit(ctx, n), ctx.prov(sent), kind=kind, parent=parent, rank=rank or own_ranks.get(n),
                                           parent_relation="直属" if parent and kind.startswith("直属") else
                                           "所属" if parent else None))
    return True


# "综合治理委员会，基层社会治理事项统一指挥协调工作平台，统筹负责…；": one item of a counted list, a name and
# its role in apposition, the role ending in a kind noun
_ROLE_ITEM = re.compile(r"^(?P<name>[^，。；;：:、]{2,30}?)，(?P<desc>[^，。；;：:]{2,30}?(?:平台|机构|部门|单位|机关))(?=[，。；;]|$)")
_ROLE_HEAD = re.compile(r"(?P<num>\d+|[一二两三四五六七八九十]+)个[^，。；;]{0,12}?[：:]$")
_ROLE_OWNER = re.compile(r"(?:^|[，。；])(?:[^，。；]*?后，)?(?P<owner>[^，。；]{2,30}?)(?:下设|设有|设立|设置|组建|成立|设)"
                         r"(?:\d+|[一二两三四五六七八九十]+)个")


def _role_items(ctx: Ctx, index: int) -> list[tuple[int, re.Match[str]]]:
    """The run of role items (sentence index, match) the sentence at index belongs to, each opening its line."""
    sentences = ctx.dt.sentences

    def item(k: int) -> re.Match[str] | None:
        if not 0 <= k < len(sentences) or not opens_its_line(sentences[k], ctx):
            return None
        return _ROLE_ITEM.match(strip_item_number(sentences[k].text.strip()))

    first = index
    while item(first - 1):
        first -= 1
    last = index
    while item(last + 1):
        last += 1
    return [(k, m) for k in range(first, last + 1) if (m := item(k))]


def _common_tail(texts: list[str]) -> str:
    tail = texts[0]
    for t in texts[1:]:
        n = 0
        while n < min(len(tail), len(t)) and tail[-1 - n] == t[-1 - n]:
            n += 1
        tail = tail[len(tail) - n:] if n else ""
    return tail


def _role_listed(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"镇党委、政府下设3个委员会：⏎综合治理委员会，基层社会治理事项统一指挥协调工作平台，统筹负责…；⏎公共服务委员会，
    公共服务统一指挥协调工作平台，…": items of a counted list, each a name with its role in apposition. The kind is
    what the parallel roles share ("统一指挥协调工作平台"; one item alone: its whole role); a bare name takes the
    place of the body the list is set up under ("凤岗镇党委、政府下设…" → 凤岗镇综合治理委员会)."""
    if not opens_its_line(sent, ctx):
        return False
    run = _role_items(ctx, sent.index)
    first = run[0][0] if run else sent.index
    sentences = ctx.dt.sentences
    head = sentences[first - 1].text.strip() if first > 0 else ""
    count = _ROLE_HEAD.search(head)
    if not count:
        return False
    want = cn_int(count.group("num"))
    if want is None or abs(len(run) - want) > 1:
        return False
    name = as_name(m.group("name"))
    if not name or name != m.group("name").strip():
        return False
    descs = [r.group("desc") for _, r in run]
    tail = _common_tail(descs) if len(descs) >= 2 else descs[0]
    kind = tail if len(tail) >= 2 and re.search(r"(?:平台|机构|部门|单位|机关)$", tail) else m.group("desc")
    # the body the list is set up under: the heading itself or the sentence before it
    context = head + ("" if first < 2 else sentences[first - 2].text)
    owner = _ROLE_OWNER.search(context)
    place = None
    if owner:
        written = owner.group("owner").strip()
        if ctx.jurisdiction and written.startswith(ctx.jurisdiction):
            place = ctx.jurisdiction
        else:
            found = divisions().place_prefix(written)
            place = written[: found[1]] if found else None
    placed = bool(re.match(r"^(?:国家|国务院|中国|中共|中央|全国|[省市县区州镇乡])", name)) or divisions().place_prefix(name)
    full = place + name if place and not placed else name
    ctx.units.append(UnitStatement(_unit(ctx, full), ctx.prov(sent), kind=kind))
    ctx.mark(sent)
    return True


# "《A…规定》和《B…规定》，两个部门均为市政府工作部门，领导设定均为一正四副": a counted anaphor for the bodies
# just named, with 均/都 giving each of them the kind and the posts
_EACH_OF = re.compile(r"(?P<ana>(?:这|上述|以上|此)?(?P<num>两|二|三|四|五|\d+)个(?:部门|单位|机构)|(?P<pair>两局|两委|两部门|两单位|两者|二者))"
                      r"[，,]?(?:均|都|皆)(?:为|是|属于|属|系)(?P<kind>[^，。；]{2,20}?)(?=[，。；]|$)")
_EACH_POSTS = re.compile(r"(?:领导职数|领导设定|领导职数配备|领导班子|领导)[^，。；]{0,4}?(?:均|都)(?:为|按|是)?"
                         r"(?P<z>\d+|[一二两三四五六七八九十]+)正(?P<f>\d+|[一二两三四五六七八九十]+)副")


def _each_of_counted(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"市A局和市B局两个部门均为市政府工作部门" / "根据《A…规定》和《B…规定》，两个部门均为K，领导设定均为一正四副" /
    "…。两局均为县政府工作部门，领导职数均按一正两副配备": the bodies named just before (in the sentence, else the one
    before it) are as many as counted; each gets the kind, and each the posts written with 均/都."""
    want = 2 if m.group("pair") else cn_int(m.group("num"))
    names: list[str] = []
    for _, _, n in find_names(text[: m.start()]):
        if n not in names:
            names.append(n)
    if not names and sent.index > 0:
        for _, _, n in find_names(ctx.dt.sentences[sent.index - 1].text):
            if n not in names:
                names.append(n)
    if want is None or len(names) != want:
        return False
    kind = kind_phrase(m.group("kind"))
    if not kind or not (_LISTABLE_KIND.search(kind) or re.search(r"(?:部门|机构|机关)$", kind)):
        return False
    for n in names:
        ctx.units.append(UnitStatement(_unit(ctx, n), ctx.prov(sent), kind=kind))
    posts = _EACH_POSTS.search(text, m.end())
    if posts:
        chief, deputies = cn_int(posts.group("z")), cn_int(posts.group("f"))
        start = ctx.prov(sent).start
        have = {(st.unit.name if st.unit else None, st.amount) for st in ctx.staffing
                if st.kind == "领导职数" and st.prov.start == start}
        for n in names:
            for amount, level in ((chief, "正职"), (deputies, "副职")):
                if amount is not None and (ctx.full(n), amount) not in have:
                    ctx.staffing.append(StaffingStatement(_unit(ctx, n), "领导职数", "核定", amount, ctx.prov(sent), level=level))
    ctx.mark(sent)
    return True


NAME = r"[^，。；：！？]{2,60}?"

_AREA_END = r"(?:人民公社|公社|区公所|乡|镇|街道|办事处|区|县|村|社区|管理区|局|委|所|站|场)"


def _chronicle_names(text: str) -> list[str]:
    """"茅坝镇和两河乡" / "甲乡、乙乡": names of bodies or areas in a chronicle's terse list."""
    items = [i.strip() for i in re.split(r"[、和及与]", text) if i.strip()]
    return items if items and all(re.fullmatch(rf"[\u4e00-\u9fff]{{2,20}}?{_AREA_END}", i) for i in items) else []


def _chronicle_rename(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"更后山公社为后山乡" (a chronicle's terse 更…为…): a rename."""
    old, new = m.group("old"), m.group("new")
    if not (_chronicle_names(old) == [old] and _chronicle_names(new) == [new]) or old == new:
        return False
    _event(ctx, sent, EventType.RENAME, [old], [new])
    return True


def _chronicle_split(m: re.Match[str], sent: Sentence, text: str, ctx: Ctx) -> bool:
    """"废甲公社，分建甲镇和乙乡" / "丙村分建丁乡": the area before 分建 (or the one abolished just before) is
    the input of each new body; "废X" alone is an abolish."""
    news = _chronicle_names(m.group("news") or "")
    gone = m.group("gone")
    old = gone or m.group("old")
    if gone and _chronicle_names(gone) != [gone]:
        return False
    if old and not re.fullmatch(r"[\u4e00-\u9fff]{2,20}", old):
        return False
    if gone:
        _event(ctx, sent, EventType.ABOLISH, [gone], [])
    if not news or not old:
        return bool(gone)
    for new in news:
        _event(ctx, sent, EventType.ESTABLISH, [old], [new])
    return True


class _SplitMatch:
    """The two spellings of chronicle_split under one interface (news from 废X，分建… or from Y分建…)."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def group(self, name: str) -> str | None:
        if name == "news":
            return self.m.group("news") or self.m.group("news2")
        return self.m.group(name)


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction(
        "chronicle_rename",
        "同年7月，更甲坪公社为甲坪苗族乡。",
        re.compile(r"(?:^|[，；])(?:同年|当年|是年|次年)?(?:\d{1,2}月)?[，,]?更(?P<old>[\u4e00-\u9fff]{2,24}?)为(?P<new>[\u4e00-\u9fff]{2,30}?)"
                   r"(?=[，。；]|$)"),
        _chronicle_rename,
    ),
    Construction(
        "chronicle_split",
        "同年7月，废甲坪公社，分建甲坪镇和乙河乡。丙营分建丁源乡。",
        re.compile(r"(?:^|[，；])(?:同年|当年|是年|次年)?(?:\d{1,2}月)?[，,]?(?:废(?![止除弃])(?P<gone>[\u4e00-\u9fff]{2,24}?)(?=[，；。]|$)"
                   r"(?:[，,]分建(?P<news>[^，。；]{2,60}?)(?=[，。；]|$))?|(?P<old>[\u4e00-\u9fff]{2,12}?)分建(?P<news2>[^，。；]{2,60}?)"
                   r"(?=[，。；]|$))"),
        lambda m, sent, text, ctx: _chronicle_split(_SplitMatch(m), sent, text, ctx),
    ),
    Construction(
        "self_description",
        "某市自然资源和规划局是市政府工作部门，为正科级，加挂某市林业局牌子。",
        re.compile(rf"(?:^|[，；：])(?:新设立|新成立|新组建|新设|保留|设立|设置|组建)?(?P<unit>{NAME})(?:（(?P<paren>[^）]{{0,40}})）)?(?:，)?"
                   r"(?:的)?(?:(?:机构)?规格|(?:机构|单位)?性质)?(?:现|目前|现已|仍|将|拟)?(?:明确|核定|确定|界定|定|列)?(?P<verb>是|为|系|作为|属于|属)"
                   r"(?P<rest>[^。]+)"),
        _self_description,
    ),
    Construction(
        "listed_described",
        "县档案馆（县地方志办公室）、县图书馆、县文化馆，为公益一类事业单位。",
        re.compile(r"(?:^|[；：。])(?P<list>[^，。；：、]{2,60}?(?:[（(][^）)]{1,120}[）)])?(?:、[^，。；：、]{2,60}?(?:[（(][^）)]{1,120}[）)])?)+)"
                   r"，?(?:均|都|分别)?(?P<verb>为|是|系)(?P<rest>[^。]+)"),
        _listed_described,
    ),
    Construction(
        "converted_into",
        "县立诚公证处改制为县司法局所属股级公益二类事业单位。",
        re.compile(r"(?P<unit>[^。]{2,60}?)(?:整体)?(?:改制为|转制为|转为|改设为|(?<![设建组制转])改为|调整为)(?P<desc>[^，。；]{2,60})"),
        _converted_into,
        needs=('改制为', '转制为', '转为', '改设为', '改为', '调整为'),
    ),
    Construction(
        "counted_bodies_described",
        "根据《某市甲局主要职责内设机构和人员编制规定》和《某市乙局主要职责内设机构和人员编制规定》，两个部门均为市政府工作部门。",
        re.compile(r"(?:^|[，；])(?:这|上述|以上)?(?P<n>两|二|三|四|五|[2-9])(?:个)?(?:部门|单位|机构)(?:均|都|也都|同)?"
                   r"(?:为|是|系)(?P<rest>[^。]+)"),
        _counted_bodies_described,
    ),
    Construction(
        "counted_heads_described",
        "设立3个农机站，分别为：甲镇农机站、乙镇农机站、丙镇农机站。新成立的3个农机站为公益性事业单位。",
        re.compile(r"(?:^|[，；。])(?:新成立的|新组建的|新设立的|新设的|这|上述|以上)(?P<n>\d+|[两二三四五六七八九十]+)个"
                   r"(?P<head>[\u4e00-\u9fff]{2,10}?(?:站|所|中心|队|馆|院|局|办|室))(?:均|都)?(?:为|是|系)(?P<rest>[^。]+)"),
        _counted_heads_described,
    ),
    Construction(
        "heading_described",
        "（一）某市应急管理局\n为市政府工作部门，正科级。",
        re.compile(r"^(?:是|为|系)(?P<rest>[^。]+)"),
        _heading_described,
    ),
    Construction(
        "profile_described",
        "某县城乡规划展示馆 机构概况\n县自然资源局管理的股级公益一类事业单位。",
        re.compile(r"^(?:是|为|系)?(?P<rest>[^。]+)"),
        _profile_described,
    ),
    Construction(
        "this_unit_described",
        "县里成立了县大数据中心，该中心系县政府直属正科级事业单位。",
        re.compile(r"(?:^|[，；])(?:而|且)?该(?P<which>中心|局|委|办|部|厅|署|所|院|馆|站|队|处|室|会)(?:系|是|为)(?P<rest>[^。]+)"),
        _this_unit_described,
    ),
    Construction(
        "head_word_described",
        "县中医院是县卫生健康局所属公益二类事业单位。医院隶属县卫生健康局，为副科级事业单位。",
        re.compile(r"^(?P<which>医院|中心|学校|馆|站|所|院|局)(?=隶属|为|是|系)(?P<rest>[^。]+)"),
        _this_unit_described,
    ),
    Construction(
        "raised_into_kind",
        "县退役军人服务中心由正股级升格为副科级事业单位。",
        re.compile(rf"(?:^|[，；。])(?P<unit>[^，；。]{{2,60}}?)(?:由[^，；。]{{2,10}}?级)?(?:升格|升级|降格|调整|改)为"
                   rf"(?P<desc>(?:{RANK_RE.pattern})(?:[^，；。]{{0,10}}?)(?:事业单位|事业机构|工作部门|直属机构|机构))(?=[，；。]|$)"),
        _raised_into_kind,
    ),
    Construction(
        "ranked_apposition",
        "县住房和城乡建设局正科级行政单位，内设办公室、人事股。",
        re.compile(rf"(?:^|[，；：:])(?P<unit>[^，；。：:]{{4,40}}?)(?P<rest>(?:{RANK_RE.pattern})[^，；。、]{{0,10}}?(?:单位|机构|机关))"
                   r"(?=[，；。,]|$)"),
        _ranked_apposition,
    ),
    Construction(
        "belongs_next_sentence",
        "1999年8月，设立县车河管理区委员会。隶属于县人民政府，享受乡镇待遇。",
        re.compile(r"^(?:并|且)?(?:隶属于|隶属|归属于)[^，。；]{2,40}(?=[，。；]|$)"),
        _belongs_next_sentence,
    ),
    Construction(
        "entry_kind",
        "某县文化馆 文化事业单位。",
        re.compile(r"^(?P<all>[^\s，。；：、]{5,60})。?$"),
        _entry_kind,
    ),
    Construction(
        "turned_after_duties_moved",
        "将县房产管理局承担的行政职能划入县住房和城乡建设局，改为县住房和城乡建设局所属事业单位。",
        re.compile(r"将(?P<giver>[^，；。将]{2,60}?)(?:所?承担的|的)[^，；。]{0,40}?(?:职能|职责)(?:划入|划归|划转至|移交给?|交由)"
                   r"[^，；。]{2,40}，(?:并|同时)?(?:改为|转为|调整为)(?P<rest>[^；。]+)"),
        _turned_after_duties_moved,
    ),
    Construction(
        "described_after_forming",
        "县农机中心更名为县农业机械化服务中心，仍为县农业农村局所属股级事业单位。",
        re.compile(r"[，；](?:仍|继续|并|现)?(?P<verb>为|是|系|作为|属(?!于)(?=[^，。；]{0,24}(?:事业单位|机构|部门)(?:[，。；]|$)))"
                   r"(?P<rest>[^。]+)"),
        _described_after_forming,
    ),
    Construction(
        "formed_from",
        "县融媒体中心由县广播电视台、县新闻中心合并组建而成。",
        re.compile(r"(?:^|[，；])(?P<unit>[^，。；]{2,44}?)?(?:是|系)?(?:由|整合了?)(?P<src>[^，。；]{4,200}?)等?(?:单位|部门|机构)?"
                   r"(?P<verb2>合并|整合|重组|整体合并|撤并)?(?:组建|成立|设立)?(?:而成|而来)?(?=[，。；]|$)"
                   r"(?<=组建|成立|设立|而成|而来)"),
        _formed_from,
    ),
    Construction(
        "belongs_after_forming",
        "设立县大数据中心，隶属县政务服务和数据管理局。",
        re.compile(r"[，；](?:并|且)?(?:隶属于|隶属|归属于)(?P<p>[^，。；]{2,40})(?=[，。；]|$)"),
        _belongs_after_forming,
    ),
    Construction(
        "subordinate",
        "县委编办为县委工作部门，下属事业单位县机构编制电子政务中心。",
        re.compile(r"(?:^|[，；])(?P<host>[^，。；：]{0,40}?)(?:下属|所属)(?P<kind>事业单位)(?:还)?(?:有|为|是|包括)?[：:]?(?P<list>[^，。；]{2,200})"
                   r"|(?:^|[，；])(?P<host2>[^，。；：]{2,40}?)的?(?:下属|所属|直属)(?P<kind2>事业单位|机构|单位)(?:还)?(?:有|包括)[：:]?"
                   r"(?P<list2>[^，。；]{2,200})"),
        _subordinate,
    ),
    Construction(
        "keeps_sign",
        "县自然资源局在内设机构中保留县林业局牌子。",
        re.compile(r"(?:^|[，；。])(?P<host>[^，。；]{2,40}?)在[^，。；]{2,12}?中(?:对外)?(?:保留|加挂|挂)(?P<signs>[^，。；]{2,80}?)(?:的)?牌子"),
        _keeps_sign,
    ),
    Construction(
        "listed_in",
        "县行政审批服务局列入县政府工作部门序列。",
        re.compile(r"(?P<verb>列入|纳入)(?P<kind>[^，。；]{2,30}?)(?:序列|管理序列)?(?=[，。；]|$)"
                   r"|(?<=[，；])(?:仍然|仍|继续)?(?P<verb2>列)(?P<kind2>[^，。；]{2,30}?)序列(?=[，。；]|$)"),
        _listed_in,
    ),
    Construction(
        "sign_at_host",
        "县乡村振兴局在县农业农村局挂牌。",
        re.compile(rf"(?P<sign>{NAME})在(?P<host>[^，。；在]{{2,40}}?)(?:加挂|挂牌)(?!成立|督办|办公|运行|服务|设立)"),
        _sign_at_host,
    ),
    Construction(
        "one_team_signs",
        "县民政局与县社会工作部实行一套班子、两块牌子。",
        # "一套人员/一套机构/一班人马" too (seventeenth session: archives' and chronicles' wording)
        # ("两个牌子" as "两块牌子": "局馆合署办公，一套人马，两个牌子")
        re.compile(r"(?P<list>[^。；]{4,120}?)(?:，)?(?:实行|为|是)?(?:(?:一套(?:班子|人马|人员|机构)|一班人(?:马|员)?|一个机构)[，、]?[两二三四五六\d][块个]牌子"
                   r"|[两二三四五六\d][块个]牌子[，、]?(?:一套(?:班子|人马|人员|机构)|一班人(?:马|员)?))"),
        _one_team,
        needs=('块牌子', '个牌子'),
    ),
    Construction(
        "merged_into_new",
        "将县委农办、县农业局、县畜牧局合并组建县农业农村局。",
        re.compile(r"将(?P<src>[^，。；将]{4,200}?)(?:合并|整合)(?:[，,]\s*)?(?:组建|为|成立|设立|新设)(?P<new>[^，。；]{2,40})"),
        _merged_into_new,
    ),
    Construction(
        "duty_handed_over",
        "将联系街道办事处的职能，交给县民政局。",
        re.compile(r"(?:将|(?<=；))(?P<duty>[^。；将]{2,200}?(?:职能|职责|工作))(?:由(?P<giver>[^，。；由]{2,40}?))?[，,]?\s*(?:分别)?"
                   r"(?:交给|划给|交由|移交给?|划归|划入|划转至|划转到|划转给)(?P<to>[^，。；]{2,80})"),
        _duty_handed_over,
    ),
    Construction(
        "renamed_each",
        "江岸区、江汉区人民政府扶贫开发办公室统一更名为区乡村振兴局。",
        re.compile(r"(?:^|[，；：])(?:将)?(?P<src>[^，。；：]{4,200}?)(?:统一|均|分别|一律)更名为(?P<new>[^，。；]{2,40})"),
        _renamed_each,
    ),
    Construction(
        "abolished_list",
        "撤并苗河、芭蕉、燎原、金川4个乡。",
        # "撤并整合为A、B…": the list names what the bodies became, not what ended
        # "撤销了A镇和B乡": the aspect word after the verb is no part of the first name (seventeenth session)
        re.compile(r"(?:撤并|撤销|撤消)(?:了(?=[\u4e00-\u9fff]{2}))?(?![到至入为成])(?!(?:整合|合并|归并|重组|优化)(?:为|成))"
                   r"(?P<body>[^，。；]{2,160})"),
        _abolished_list,
    ),
    Construction(
        "became_towns",
        "联合、双安、东木3个乡改为建制镇。",
        re.compile(r"(?:^|[，；：])(?P<items>[^，。；：]{2,120}?)(?:等)?(?:\d+|[一二两三四五六七八九十]+)?个?乡(?P<verb>改为|改设为|撤乡设|撤乡建)(?:建制)?镇"),
        _became_towns,
    ),
    Construction(
        "abolished_and_set_up",
        "同意撤销某县天桥乡建制，设置天桥镇。",
        re.compile(r"撤[销消](?:了(?=[\u4e00-\u9fff]{2}))?(?P<old>[^，。；：]{2,160}?)(?:建制)?[，,；;]?\s*(?:以(?:其|原)[^，。；：]{0,24}?(?:行政区域|区域|辖区)(?:为[^，。；：]{0,24}?)?"
                   r"|(?:将|把)原?[^，。；：]{0,30}?(?:所辖区域|所辖行政区域|行政区域|区域|辖区))?"
                   r"(?P<how>成建制合并|整建制合并|合并|同时|并)?(?:分别)?(?P<verb>改设为|改设|改建为|设立|设置|成立|组建|建立|重建|设(?![立置]))(?![在于的])"
                   r"(?P<new>[^，。；：]{2,160}?)(?=[，。；：;]|$)"),
        _abolished_and_set_up,
    ),
    Construction(
        "abolished_then_set_up",
        "1970年将某区甲委员会和乙委员会撤销，改设丙部和丁部。",
        re.compile(r"(?:将|把)(?P<old>[^，。；：将把]{2,160}?)(?:予以|一并|全部)?撤[销消](?:建制)?[，,]\s*(?P<how>同时|并)?"
                   r"(?P<verb>改设为|改设|改建为)(?P<new>[^，,。；：]{2,160}?)(?=[，,。；：;]|$)"),
        _abolished_and_set_up,
    ),
    Construction(
        "place_set_up",
        "设立某市马山区，以马山镇的行政区域为马山区的行政区域。",
        re.compile(r"(?:^|[，；：])\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?)?\s*"
                   r"(?:[\u4e00-\u9fff]{0,8}?(?:批准|同意|决定)|[\u4e00-\u9fff]{2,6}?(?:省|自治区)(?=撤|设|增|新))?(?P<verb>设立|增设|新设|撤销|撤消)(?P<items>[^，。；：]{2,80}?)(?=[，。；;]|$)"),
        _place_set_up,
    ),
    Construction(
        "place_status_changed",
        "1958年1月，某县建制撤销。1961年10月，某县建制恢复。",
        # "X建制撤销" / "X的建制被撤销" / "X建制恢复" / "恢复X建制": a division's own status, the 建制 written (the
        # prefix order "撤销X建制" is `place_set_up`'s)
        re.compile(r"(?:^|[，；])\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[，,]?)?\s*"
                   r"(?:(?P<items>[^，。；：]{2,40}?)(?:的)?建制(?:被|予以|正式)?(?P<verb>撤销|撤消|恢复)"
                   r"|(?:又|再|重新)?(?P<verb2>恢复)(?:了)?(?P<items2>[^，。；：]{2,40}?)(?:的)?建制)(?=[，。；;]|$)"),
        _place_status_changed,
    ),
    Construction(
        "city_raised",
        "1987年6月15日，国务院批准，某县级市升格为地级市。",
        re.compile(r"(?:^|[，；：])\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[，,]?)?\s*(?:将)?"
                   r"(?P<place>[^，。；：]{2,12}?(?:市|县|区|地区|盟|州))(?:正式)?(?:升格为|升为|升级为)(?P<level>地级市|副省级市|副省级城市|县级市)"
                   r"(?=[，。；;（(]|$)"),
        _city_raised,
    ),
    Construction(
        "county_lowered_to_town",
        "1954年，撤销某甲县，降为某市某甲镇。",
        re.compile(r"撤[销消](?P<old>[^，。；：]{1,12}?(?:县|市))(?:建制)?[，,]\s*(?:改)?降为(?P<new>[^，。；：]{2,20}?(?:镇|乡|街道))(?=[，。；;]|$)"),
        _county_lowered_to_town,
    ),
    Construction(
        "places_merged",
        "某县甲镇与乙镇成建制合并，设立丙镇。",
        re.compile(r"(?:^|[，；：])(?P<src>[^。；：]{3,160}?)(?:成建制|整建制)?合并(?:[，,]\s*)?(?:合并后)?(?:后)?(?:撤乡设镇|撤镇设街道)?"
                   r"(?:设立|成立|组建|建立|设置|设(?=[\u4e00-\u9fff]{1,8}(?:镇|乡|街道|县|市|区)(?:[，。；（(]|$)))"
                   r"(?P<new>[^，。；：]{2,40}?)(?=[，。；;（(]|简称|$)"),  # "…成立民政劳动局简称民劳局"
        _places_merged,
    ),
    Construction(
        "changed_into",
        "1951年2月，县人民政府改县教育科为县文教科。",
        # the chronicle's date may be glued before 改 ("1963年改人事科为人事局", "民国2年改6科为3科")
        re.compile(r"(?:^|[，；：]|政府|委员会|决定|批准|(?<=[\d一二三四五六七八九十])[年月日]|[年月]初|年底)"
                   r"(?:又|再|复|遂)?改(?P<old>[^，。；：为]{2,40}?)为(?P<new>[^，。；：]{2,40}?)(?=[，。；]|$)"),
        _changed_into,
    ),
    Construction(
        "split_into",
        "1957年，县人民政府将县文教科分为县文化科和县教育科。",
        re.compile(r"(?:将|把|^|[，；：])(?P<old>[^，。；：将把]{2,40}?)(?:分为|分设为|分设|拆分为|分成|改设为|改设)(?P<new>[^，。；：]{4,80}?)(?=[，。；]|$)"),
        _split_into,
    ),
    Construction(
        "merged_and_called",
        "1961年11月，县文化科与县教育科合并，复称县文教科。",
        re.compile(r"(?:^|[，；：])(?P<src>[^，。；：]{4,120}?)合并(?:[，,]?\s*(?:后)?(?:复称|统称|改称|称为|仍称|仍名|称)|为|成为|成(?!立))(?P<new>[^，。；]{2,40}?)(?=[，。；（(]|$)"),
        _merged_and_called,
    ),
    Construction(
        "dated_set_up",
        "1951年设县税务局、县工商科。",
        re.compile(r"(?:^|[，；])\s*(?:(?P<y>(?:19|20)\d{2})\s*年)?(?:\s*(?P<mo>\d{1,2})\s*月)?(?<=[年月])(?:增|新|另|又)?(?:设|建(?=[\u4e00-\u9fff]{3,}))(?![立置有在成设])"
                   r"(?P<list>[^，。；：]{2,120}?)(?=[，。；]|$)"),
        _dated_set_up,
    ),
    Construction(
        "owner_set_up",
        "1953年4月，县人民政府设统计科，负责全县统计工作。",
        re.compile(r"(?:^|[，；])\s*(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<mo>\d{1,2})\s*月)?(?:份|起)?，?"
                   rf"(?:{_ERA_PHRASE}，)?"  # "1966年，“文化大革命”初期，塔河区设…": the period the year opened
                   rf"(?P<owner>[^，。；：设]{{1,24}}?(?:{_GOVERNING_BODY}|{_OWNER_PLACE}))(?:增|新|另|又|下|始|初|首)?设(?![立置有在])"
                   r"(?P<list>[^，。；：]{2,120}?)(?=[，。；]|$)"),
        _owner_set_up,
    ),
    Construction(
        "restored",
        "1976年10月，恢复县计划委员会。",
        re.compile(r"(?:^|[，；])\s*(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<mo>\d{1,2})\s*月)?(?:份)?，?(?:又|重新)?恢复(?:设立|设置|建立|成立)?"
                   r"(?P<list>[^，。；：（(]{2,80}?)(?=[，。；（(]|$)"),
        _restored,
    ),
    Construction(
        "dated_internal_set_up",
        "1978年10月，县计划委员会内设统计科。",
        re.compile(r"(?:^|[，；])\s*(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<mo>\d{1,2})\s*月)?(?:份)?，?"
                   r"(?P<host>[^，。；：]{2,40}?)(?:又|增|另)?内设(?![机])(?P<list>[^，。；：]{2,80}?)(?=[，。；]|$)"),
        _dated_internal_set_up,
    ),
    Construction(
        "split_off",
        "1980年7月，统计业务从县计划委员会分出，由专设的县统计局负责。",
        re.compile(r"(?:^|[，；])(?P<duty>[^，。；：从]{2,30}?(?:业务|工作|职能|职责))从(?P<src>[^，。；：]{2,30}?)(?:中)?"
                   r"(?:分出|分离出来|分离|划出|析出)，(?:并)?(?:由(?:专设|新设|新成立|单设|另设|新组建)的(?P<new1>[^，。；：]{2,30}?)"
                   r"(?:负责|承担|管理|办理)|(?:单独|另行)?(?:成立|设立|单设|组建|另设|专设)(?P<new2>[^，。；：]{2,30}?))(?=[，。；]|$)"),
        _split_off,
    ),
    Construction(
        "placed_under",
        "1962年1月，清流、宁化、永安3个县划归某市人民委员会管辖。",
        re.compile(r"(?:^|[，；：])(?P<items>[^，。；：]{2,120}?)(?:整建制|成建制)?划归(?P<to>[^，。；：]{2,40}?)"
                   r"(?P<rel>管辖|管理|领导|代管)?(?=[，。；]|$)"),
        _placed_under,
    ),
    Construction(
        "moved_under",
        "1992年，县文化局改属县委宣传部管理。",
        re.compile(r"(?:^|[，；：])(?P<unit>[^，。；：]{2,60}?)(?:改属于?|改隶属?于?|改归|改划归)(?P<to>[^，。；：]{2,40}?)"
                   r"(?P<rel>管理|领导|代管|管辖)?(?=[，。；;]|$)"),
        _moved_under,
    ),
    Construction(
        "place_renamed",
        "某市滨海区更名为北仑区。",
        re.compile(r"(?:^|[，；：])(?P<old>[^，。；：]{2,40}?)(?:更名为|改名为|改称为|改称|易名为)(?P<new>[^，。；：（(]{2,30}?)(?=[，。；;（(]|$)"),
        _place_renamed,
    ),
    Construction(
        "abolished_merged_in",
        "1958年10月撤销某县，并入甲县。",
        re.compile(r"撤[销消](?P<old>[^，。；：]{2,40}?)(?:建制)?[，,]\s*(?:将其|其)?(?:整建制|成建制|整体)?(?:并入|归并到?|合并到)"
                   r"(?P<to>[^，。；：]{2,40}?)(?=[，。；;]|$)"),
        _abolished_merged_in,
    ),
    Construction(
        "counted_then_named",
        "新设立事业单位3家，即某县金融服务中心、某县国有资产服务中心和某县投资促进服务中心。",
        re.compile(r"(?:(?:新设立|新设|设立|成立|组建|新组建|整合设立|整合组建|增设)(?:了)?[^，。；：]{0,12}?"
                   r"(?P<n>\d+|[一二两三四五六七八九十]+)(?:家|个)|(?P<n2>\d+|[一二两三四五六七八九十]+)(?:家|个)(?:新组建|新设立|新成立)?的?"
                   r"[^，。；：]{0,10}?(?:正式)?(?:成立|组建|挂牌成立|挂牌))[，,：:]?\s*(?:即|分别是|分别为|包括)[：:]?"
                   r"(?P<list>[^。；]{4,240}?)(?=[。；;]|$)"),
        _counted_then_named,
    ),
    Construction(
        "split_off_body",
        "1960年，县农业局中析出县畜牧局。",
        re.compile(r"(?:^|[，；])(?P<old>[^，。；：]{2,40}?)中?(?:析出|分出)(?:了)?(?P<new>[^，。；：（(]{2,30}?)(?=\s*[，。；（(;]|$)"),
        _split_off_body,
    ),
    Construction(
        "split_off_subject_first",
        "1989年，县文物考古研究所从县博物馆分出后成立独立机构。",
        re.compile(r"(?:^|[，；：])(?P<new>[^，。；：！？]{2,40}?)(?:从|由)(?P<old>[^，。；：！？]{2,40}?)中?"
                   r"(?:分出|析出|分离出来|分设出来|剥离出来|独立出来)(?=后|来|[，。；]|$|(?:单独|独立)?(?:成立|设立|组建))"),
        _split_off_subject_first,
    ),
    Construction(
        "separated_then_formed",
        "1978年，该图书馆与县文化馆分离，正式成立县图书馆。",
        re.compile(r"与(?P<old>[^，。；：！？与]{2,30}?)(?:分离|分开|分家|脱钩)(?:后)?[，,]\s*(?:在[^，。；：]{0,24}?)?(?:正式|单独|独立)?"
                   r"(?:成立|设立|组建|建立)(?P<new>[^，。；：！？]{2,30}?)(?=[，。；（(]|$)"),
        _separated_then_formed,
    ),
    Construction(
        "counted_merged_into",
        "1959年11月，两室合并为县档案馆。",
        re.compile(r"(?:^|[，；：])\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[，,]?\s*)?"
                   r"(?:两|二|三|四|五|六|[2-9])(?:个)?(?:室|局|所|站|馆|科|股|办|委|单位|机构|部门|中心)(?:成建制|整建制)?合并"
                   r"(?:为|成立|组建|设立)(?P<new>[^，。；：]{2,30}?)(?=[，。；]|$)"),
        _counted_merged_into,
    ),
    Construction(
        "new_body_merged_from",
        "新组建的县融媒体中心，将县新闻中心和县广播电视台等机构进行了合并。",
        re.compile(r"(?:^|[，；：])\s*(?:据了解[，,]?\s*)?新(?:组建|成立|设立)的(?P<new>[^，。；：]{2,30}?)[，,]\s*(?:是)?(?:将|把|由)"
                   r"(?P<src>[^。；：]{2,120}?)(?:等(?:机构|单位|部门))?(?:进行了?|予以)?(?:合并|整合)(?:而成|组建而成)?(?=[，。；]|$)"),
        _new_body_merged_from,
    ),
    Construction(
        "founded_on",
        "县档案馆成立于1959年11月。",
        re.compile(r"(?:^|[，；：])(?P<unit>[^，。；：！？]{3,60}?)(?:正式)?(?:成立|组建|设立|始建|创建|创立|建立|建)于\s*(?P<y>(?:19|20)\d{2})\s*年"
                   r"(?:\s*(?P<mo>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?"),
        _founded_on,
    ),
    Construction(
        "founded_when_is",
        "县档案馆是1959年2月建立的。",
        re.compile(r"(?:^|[，；：])(?P<unit>[^，。；：！？]{3,60}?)(?:是|系|于)\s*(?P<y>(?:19|20)\d{2})\s*年"
                   r"(?:\s*(?P<mo>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*日)?)?(?:正式)?(?:建立|成立|组建|设立)(?:的)?(?=[，。；;]|$)"),
        _founded_on,
    ),
    Construction(
        "predecessor_founded",
        "县图书馆的前身是创办于1956年的县文化馆图书室。",
        re.compile(r"(?:前身(?:是|为|系)|溯源于|源于|始于)\s*(?:(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<mo>\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?)?"
                   r"(?:在[^，。；的]{1,12}?)?(?:成立|创办|创建|创立|建立|组建|设立)(?:于\s*(?:(?P<y2>(?:19|20)\d{2})\s*年"
                   r"(?:\s*(?P<mo2>\d{1,2})\s*月)?(?:\s*\d{1,2}\s*日)?|[^，。；的\d]{1,12}?))?的(?P<unit>[^，。；、（(]{3,40})(?=[，。；（(]|$)"),
        _predecessor_founded,
    ),
    Construction(
        "carried_subject",
        "1981年12月，成立县档案局。1984年5月撤销。",
        re.compile(r"(?:^|[，；])\s*(?P<rel>同年|当年|是年|次年|翌年)?(?:(?P<y>(?:19|20)\d{2})\s*年)?(?:\s*(?P<mo>\d{1,2})\s*月)?(?:\s*(?P<d>\d{1,2})\s*日)?(?<=[年月日])"
                   r"\s*[，,]?\s*(?:又|再|即|随即)?(?P<verb>撤销|撤消|恢复|改名为|复名为?|更名为|改称为?|改属|改隶属?|划归|(?:名称)?变更为|易名为?|定名为?|更名(?!为)|改名(?!为))(?P<rest>[^，。；]{0,40})(?=[，。；]|$)"),
        _carried_subject,
    ),
    Construction(
        "carried_subject_later",
        "1950年，成立县气象站。1981年1月起，实行双重领导的管理体制，名称变更为县气象局。",
        re.compile(r"^\s*(?P<rel>)(?:(?P<y>(?:19|20)\d{2})\s*年)(?:\s*(?P<mo>\d{1,2})\s*月)?(?:\s*(?P<d>\d{1,2})\s*日)?(?:起|初|底)?[，,]"
                   r"(?P<mid>[^。；]*?[，,])\s*(?:同时|并|遂|又|即|随即)?(?:其)?(?P<verb>(?:名称)?变更为|更名为|改名为|改称为|改称|复名为?|易名为?|更名(?!为)|改名(?!为))"
                   r"(?P<rest>[^，。；]{2,40})(?=[，。；]|$)"),
        _carried_subject_later,
    ),
    Construction(
        "ended_itself",
        "1996年，县二轻局撤销。",
        re.compile(r"(?:^|[，；：])(?P<unit>[^，。；：！？撤]{3,60}?)(?:撤销|撤消)(?=[，。；！]|$)"),
        _ended_itself,
    ),
    Construction(
        "latter_sign",
        "县林业局职责划入县自然资源局，后者加挂县林业局牌子。",
        re.compile(r"(?P<pre>[^。]{4,200}?)[，；](?P<which>后者|前者)(?:同时)?(?:对外)?(?:加挂|挂|保留)(?P<signs>[^，。；]{2,80}?)牌子"),
        _latter_sign,
        needs=('后者', '前者'),
    ),
    Construction(
        "listed_openings",
        "此次挂牌的3家单位是：县医疗保障局、县应急管理局、县退役军人事务局。",
        re.compile(r"(?<!参加)(?<!出席)(?<!参与)(?:挂牌|揭牌|成立)的?(?:\d+|[一二两三四五六七八九十]+)?(?:家|个)?(?:新)?(?:单位|机构|部门)"
                   r"(?:是|为|有|包括)[：:](?P<list>[^。]+)"),
        _listed_openings,
    ),
    Construction(
        "formed_then",
        "新成立县林业和草原局后，由县自然资源局统一领导和管理。",
        re.compile(r"(?:^|[，；])(?:新|重新)?(?:成立|组建|设立)(?P<name>[^，。；]{2,40}?)(?:之)?后[，,]"),
        lambda m, sent, text, ctx: _opened(ctx, sent, [n for n in [name_at_start(m.group("name"))] if n]),
    ),
    Construction(
        "integrated_into_recent",
        "新成立县林业和草原局后，将县林业局的职责，县农业局的草原监督管理职责等整合。",
        re.compile(r"将(?P<src>[^。；将]{4,300}?)(?:等)?(?:进行了?|予以)?整合(?:到一起)?"
                   r"(?=[。；]|$|，(?!(?:并|后|再)?(?:重新)?(?:组建|设立|成立|划入|并入|整合|为|形成|交由|由)))"),
        _integrated_into_recent,
    ),
    Construction(
        "made_from",
        "新组建的县环境保护局，由原县环保办升格而成。",
        re.compile(r"(?:^|[，；])(?P<new>[^。；]{2,60}?)由(?P<old>[^，。；]{2,80}?)(?P<verb>升格|合并|整合|组建|改建|更名|改名|重组)"
                   r"而(?:成|来)"),
        _made_from,
    ),
    Construction(
        "takes_on_former",
        "县应急管理局为县政府工作部门，承担原县安全生产委员会办公室承担的安全生产综合监管职责。",
        re.compile(r"[，；](?:并|同时|还|主要)?承担了?原(?P<src>[^，。；的]{2,60}?)(?:所)?承担的(?P<duty>[^，。；]{2,60}?(?:职能|职责))"
                   r"(?=[，。；]|$)"),
        _takes_on_former,
    ),
    Construction(
        "renamed_respectively",
        "县计划委员会、县经济委员会分别更名为县发展计划局、县经济贸易局。",
        re.compile(r"(?P<olds>[^。；]{4,120}?)(?:同时|分别|相应|依次)(?:更名为|改名为|改称为?)(?P<news>[^，。；]{4,120}?)(?=[，。；]|$)"),
        _renamed_respectively,
        needs=('更名为', '改名为', '改称'),
    ),
    Construction(
        "integrates",
        "新组建的县医疗保障局为县政府工作部门，整合县民政局的医疗救助职责，县卫生健康局的新农合管理职责。",
        re.compile(r"(?:^|[，；])(?:[^，。；将]{2,40}?)?(?:并|同时|主要)?(?:整合了?|合并了|包含了?|融合了)"
                   r"(?P<src>(?:(?!组建|成立|设立|划入|并入|将)[^。；]){4,300}?"
                   r"(?:职责|职能))(?:等)?(?=[。；]|$|，(?:为|是|系|作为|并由|由|正|副|同时|并|还|负责|主要负责)"
                   # "…的监督管理职能，在…框架下，建立了…": a next clause naming no further duty ends the givers
                   # (not a clause opening with the next giver, its duty going on after a comma: "，B的组织实施X、Y和管理，
                   # 管理Z等职责", seventeenth session)
                   r"|，(?![^，。；]*(?:职责|职能))(?![^，。；]{1,30}?(?:部|局|委员会|委|办公室|厅|署|院|中心|办)的)"
                   r"(?=[^，。；]*[，。；]))"),
        _integrates,
    ),
    Construction(
        "manages",
        "明确县卫生健康局管理县中医药管理局和县疾病预防控制中心。",
        # "（由）A负责管理去年成立的X，设局长1名" (fourteenth session): 负责 before the verb, a forming word before the
        # managed body, and a clause of its posts or kind after it
        re.compile(r"(?:^|[，；：])(?:明确|规定)?(?:由)?(?P<parent>[^，。；：]{2,40}?)(?:还|并|同时)?(?:负责)?(?P<rel>管理|代管)"
                   r"(?:(?:去年|今年|前年|新|此前|早前)?(?:成立|组建|设立)的)?"
                   r"(?P<list>[^，。；：]{2,120}?)(?=[。；]|$|，(?:设|为|是|作为|核定))"),
        _manages,
    ),
    Construction(
        "among_them",
        "全县已有3个新机构正式挂牌。其中：县医疗保障局、县应急管理局、县退役军人事务局。",
        re.compile(r"^(?:其中|分别是|分别为|包括)[：:，,](?P<list>[^。]+)"),
        _among_them,
    ),
    Construction(
        "belongs_to",
        "县风景名胜区管理处、县经济开发区管委会隶属县人民政府。",
        re.compile(r"(?:^|[，；：])(?P<list>[^，。；：]{2,160}?)(?:隶属于|隶属|归属于|挂靠在|挂靠于|挂靠)(?P<parent>[^，。；]{2,40})"),
        _belongs_to,
    ),
    Construction(
        "divisions_set_up",
        "县行政审批服务局已设立综合股、审批一股、审批二股等股室。",
        re.compile(r"(?:^|[，；])(?P<host>[^，。；]{2,40}?)(?:设立|设置|组建|成立|新设)了?(?P<list>[^，。；]{4,300}?)"
                   r"等?(?:\d+个|[一二两三四五六七八九十]+个)?(?:司局|处室|科室|股室|内设机构|职能处室|司|处|科|股)(?=[，。；]|$)"),
        _divisions_set_up,
    ),
    Construction(
        "shared_head_formed",
        "组建了城市规划、市容市貌、水务执法大队等3个执法大队，为副科级建制，隶属县综合执法局管理。",
        re.compile(r"(?:^|[，；])[^，。；]{0,20}?(?:组建|设立|成立|设置|增设)了?(?P<list>[^，。；：]{4,160}?等?"
                   r"(?:\d+|[一二两三四五六七八九十]+)个[\u4e00-\u9fff]{1,6})(?=[，。；]|$)(?P<rest>(?:，[^。；]*)?)"),
        _shared_head_formed,
    ),
    Construction(
        "newly_formed",
        "新组建的县退役军人事务局公开活动不断。",
        re.compile(r"新(?:组建|成立|设立|设)的(?P<name>[^，。；]{2,300})"),
        _newly_formed,
    ),
    Construction(
        "divisions_include",
        "县退役军人事务局的内设机构包括政务股、安置股以及优抚股。",
        re.compile(r"(?:内设机构(?!和人员编制|、人员编制)|(?<=内设)(?:\d+|[一二两三四五六七八九十]+)个(?:职能)?机构|"
                   r"(?:多个|\d+个|[一二两三四五六七八九十]+个)“?(?:执法|业务|职能|综合)?(?:组|司|处|科|股|司局|处室|科室|股室|[中大支]队|部|室)”?)"
                   r"[^。；]{0,40}?(?:包括|有|为|即|分别是)(?!以下|如下|所)[：:，,]?(?P<list>[^。；]{4,300})"),
        _divisions_include,
    ),
    Construction(
        "chief_and_deputies",
        "县医疗保障局领导职数按一正两副配备。",
        re.compile(r"(?P<z>\d+|[一二两三四五六七八九十]+)正(?P<f>\d+|[一二两三四五六七八九十]+)副"),
        _chief_and_deputies,
    ),
    Construction(
        "counted_class_members",
        "设置工作部门40个，部门管理机构2个（市粮食局由市商务局管理、市港口管理局由市交通运输局管理）。",
        re.compile(r"(?:^|[，；：])(?:另|还|此外[，,]?)?(?:设置|设立|设|另设)?(?P<kind>[^，。；：、\d（）]{2,12}?)(?:共)?"
                   r"(?P<num>\d+|[一二两三四五六七八九十]+)个（(?P<items>[^（）]{4,300})）"),
        _counted_class_members,
        needs=("个（",),
    ),
    Construction(
        "counted_kind_list",
        "机构改革后，撤并整合为党政综合办公室、党建工作办公室、综合行政执法队共3个工作机构。",
        re.compile(r"(?:^|[，。；：])(?P<opener>[^，。；：]{0,12}?)(?:撤并整合为|整合为|调整为|优化为|设置|设立|设有|共设|设)"
                   r"(?P<list>[^，。；：“”]{4,400}?)(?:等|共)?(?P<num>\d+|[一二两三四五六七八九十]+)个"
                   r"(?P<kind>[^，。；：、\d个]{2,12}?)(?=[，。；]|$)"),
        _counted_kind_list,
        needs=("个",),
    ),
    Construction(
        "inaugurated",
        "2月22日，白城市自然资源局正式挂牌成立。",
        re.compile(rf"(?:^|[，：]|举行|召开|标志着|宣布)(?P<unit>[^，。；：！？“”]{{0,20}}“[^”]{{2,400}}”[^，。；：！？“”]{{0,20}}?|{NAME})(?:揭牌仪式|挂牌仪式|揭牌成立|挂牌成立|正式挂牌|正式揭牌|正式成立|成立并举行了?(?:揭牌|挂牌)|揭牌|挂牌)"
                   r"(?=[，。；！]|$|仪式|大会|运行|办公)"),
        _inaugurated,
    ),
    Construction(
        "sign_ceremony_held",
        "3月5日上午，市自然资源局举行加挂市林业局牌子仪式。",
        re.compile(rf"(?:^|[，：；])(?P<unit>{NAME})(?:今天|今日|近日|日前|上午|下午|正式|隆重|于[^，。；]{{2,12}}?)*"
                   r"(?:举行|举办)了?(?:隆重的|简朴的|简短的)?(?:加挂|挂)“?(?P<sign>[^，。；“”]{2,40}?)”?(?:牌子)?(?:揭牌|挂牌)?(?:仪式|活动)"),
        _sign_ceremony_held,
    ),
    Construction(
        "ceremony_held",
        "3月18日，县退役军人事务局举行揭牌仪式。",
        re.compile(rf"(?:^|[，：])(?P<unit>{NAME})(?:今天|今日|近日|日前|上午|下午|正式|隆重|于[^，。；]{{2,12}}?)*"
                   r"(?:举行|举办)了?(?:隆重的|简朴的|简短的)?(?:成立暨)?(?:揭牌|挂牌|成立)(?:仪式|大会)"),
        _ceremony_held,
    ),
    Construction(
        "duties_by_former_holder",
        "县数据局主要职责包括：县政务服务中心承担的政务数据共享等职责，县发展和改革局承担的数字经济发展等职责。",
        re.compile(rf"(?P<unit>{NAME})(?:的)?(?:具体|主要)?职责(?:包括|有|是|为)[：:](?P<body>[^。]+)"),
        _duties_by_former_holder,
        needs=('职责包括', '职责有', '职责是', '职责为'),
    ),
    Construction(
        "duty_added",
        "关于调整县卫生局职责的通知\n（四）增加组织实施国家基本药物制度的职责。",
        re.compile(r"^(?:增加|新增|增设)(?P<duty>[^。；]{4,200}?(?:职责|职能))[。；]?$"),
        _duty_added,
    ),
    Construction(
        "abolished_after",
        "县档案局不再保留，其职责划入县委办公室。",
        re.compile(r"(?:^|[，；：])(?P<body>[^，。；：]{2,160}?)(?:不再保留|不再单设|不再单独设置|不再设立|予以撤销|一并撤销)"
                   r"(?=[，。；]|$)"),
        _abolished_after,
    ),
    Construction(
        "sign_hung_at",
        "县乡村振兴局牌子加挂在县农业农村局。",
        re.compile(rf"(?P<sign>{NAME})(?:的)?牌子(?:加挂|挂)(?:在|于)(?P<host>[^，。；]{{2,40}})(?=[，。；]|$)"),
        _sign_at_host,
    ),
    Construction(
        "sign_in_brackets",
        "国务院新闻办公室（加挂在中共中央宣传部的牌子）",
        # "X（加挂在Y的牌子）" / "X（Y对外保留的牌子）" / "X（Y加挂的牌子）": the bracket says X is a sign Y carries
        re.compile(rf"(?P<sign>{NAME})[（(](?:(?:加挂|挂)(?:在|于)(?P<host>[^（）()，。；]{{2,40}}?)|"
                   rf"(?P<host2>[^（）()，。；]{{2,40}}?)(?:对外保留|对外加挂|加挂|保留))的牌子[）)]"),
        _sign_in_brackets,
    ),
    Construction(
        "renamed_again",
        "1993年，县计委更名为县计划经济委员会，1996年又改称县发展计划委员会。",
        re.compile(r"[，；](?:(?P<year>(?:19|20)\d{2})\s*年(?:\s*(?P<month>\d{1,2})\s*月)?[，,]?)?(?:后又|又|再次|再|后)?"
                   r"(?:改称|更名为|改名为)(?P<new>[^，。；]{2,40})"),
        _renamed_again,
    ),
    Construction(
        "unit_moved_between",
        "将县城乡规划设计院由县住房和城乡建设局划转至县自然资源局管理。",
        re.compile(r"(?:将|^|(?<=[，；]))(?P<unit>[^，。；由从将]{2,40})(?:由|从)(?P<from>[^，。；]{2,40}?)(?:整建制)?"
                   r"(?:划转|划归|划入|移交|调整)"
                   r"(?:至|到|给|为|入)?(?P<to>[^，。；]{2,40}?)(?P<rel>管理|代管|主管)?(?=[，。；]|$)"),
        _unit_moved_between,
    ),
    Construction(
        "moved_from_kind",
        "将省食品药品监督管理局由省政府直属机构调整为由省卫生厅管理。",
        re.compile(r"(?:将|^|(?<=[，；]))(?P<unit>[^，。；由从将]{2,40})由(?:原)?[^，。；由]{0,12}?"
                   r"(?:直属机构|直属事业单位|直属单位|事业单位|工作部门|组成部门|部门管理机构|派出机构|议事协调机构)"
                   r"(?:调整为|改为|调整到)(?:由)(?P<to>[^，。；由]{2,40}?)(?P<rel>管理|代管|主管|领导)(?=[，。；]|$)"),
        _moved_from_kind,
    ),
    Construction(
        "described_after_formed",
        "组建中央科技委员会。加强党中央对科技工作的集中统一领导，统筹推进国家创新体系建设，作为党中央决策议事协调机构。",
        re.compile(r"，作为[^，。；]{2,24}?(?:机构|机关|部门|单位)(?=[，。；]|$)"),
        _described_after_formed,
    ),
    Construction(
        "sign_at_host_after",
        "组建县疾病预防控制局，在县卫生健康局加挂牌子。",
        re.compile(r"[，；]\s*(?:并|同时)?在(?P<host>[^，。；在]{2,40}?)(?:加挂|挂)(?:牌子)?(?=[，。；]|$)"),
        _sign_at_host_after,
    ),
    Construction(
        "sign_moved",
        "县扶贫开发办公室更名为县乡村振兴局，由在县人民政府办公室挂牌，调整为在县农业农村局挂牌。",
        re.compile(r"(?:由|从|不再)在?(?P<old>[^，。；在由从]{2,40}?)(?:加挂|挂牌|挂)?(?:牌子)?[，,]?"
                   r"(?:调整为|调整到|改为|改到|转到|移至|改)在?(?P<new>[^，。；在]{2,40}?)(?:加挂|挂牌|挂)(?!成立|督办|仪式)"),
        _sign_moved,
    ),
    Construction(
        "sign_kept",
        "县扶贫开发办公室更名为县乡村振兴局，仍在县人民政府办公室挂牌。",
        re.compile(r"(?:仍|仍然|继续)在(?P<host>[^，。；在]{2,40}?)(?:加挂|挂牌|挂)(?!成立|督办|仪式)"),
        _sign_kept,
    ),
    Construction(
        "bracket_sign",
        "县扶贫开发办公室更名为县乡村振兴局（县农村工作办公室）。",
        re.compile(r"(?:(?:^|[，；、]|(?<=分管)|(?<=联系))(?=[^，。；（、]{2,60}（[^）]{2,60}）(?:为|是|系|作为|正式|挂牌|揭牌|成立|于|实行|由|升格|降格|，(?:为|是|系|(?:机构)?(?:规格)?(?:为)?[正副][部厅局处县科股]级)|、))"
                   r"|(?:(?<=将)|(?<=把)|(?<=以及)|(?<=[、，])|(?<=）和)|(?<=）及))(?=[^，。；（、]{2,60}（[^）]{2,60}）(?:的|和|及|、)[^，。；]{0,60}?(?:职责|职能))"
                   # the last item of such a list ("不再保留A（甲）、B（乙、丙）。", seventeenth session)
                   r"|(?<=、)(?=[^，。；（、]{2,60}（[^）]{2,60}）(?:[。；]|$))"
                   r"|更名为|改名为|改称|组建|设立|建立|成立|重组为|改设为|整合为)(?P<name>[^，。；（]{2,60}?)（(?P<sign>[^）]{2,60})）"),
        _bracket_sign,
    ),
    Construction(
        "sign_of_subject",
        "县医疗保障局挂牌成立，加挂县医疗保障基金中心牌子。",
        re.compile(r"[，；](?:同时|并|还|另)?(?P<verb>(?:对外)?(?:加挂|增挂|挂|保留))(?P<signs>[^，。；]{2,80}?)(?:的)?牌子"),
        _sign_of_subject,
    ),
    Construction(
        "as_kind_first",
        "作为县政府工作部门，县数据局加挂县政务服务管理办公室牌子。",
        re.compile(r"(?:^|[，；：])作为(?P<kind>[^，。；的]{2,20})[，,](?P<rest>[^，。；]{2,60})"),
        _as_kind_first,
    ),
    Construction(
        "sign_where",
        "县扶贫开发办公室更名为县乡村振兴局，仍在县农业农村局挂牌。",
        re.compile(r"[，；](?:(?:由|从)在(?P<old>[^，。；在]{2,40}?)(?:加挂|挂牌)[，,]?(?:调整为|改为)|(?P<still>仍然|仍|继续|依然)?)"
                   r"在(?P<host>[^，。；在]{2,40}?)(?:加挂牌子|加挂|挂牌)(?=[，。；]|$)"),
        _sign_where,
    ),
    Construction(
        "counted_set_up",
        "省政府设立三个直属机构：省统计局、省档案局、省机关事务管理局。",
        re.compile(r"(?:^|[；。，])(?P<owner>[^，。；：]{2,30}?|)(?:决定|正式|依法|共|新|还|另)*"
                   r"(?P<verb>设立|增设|新设(?:置|立)?|成立|组建|综合设置(?!设)|(?<=新)设置|(?<=新)增设)"
                   r"(?:(?P<num>\d+|[一二两三四五六七八九十]+)个|(?P<these>以下|下列|如下)(?=[^，。；：、]{2,14}?[：:]))"
                   r"(?P<kind>[^，。；：、]{2,14}?)[，,]?"
                   r"(?:(?:即|分别是|分别为)[：:]?|(?:如下|是|为)?[：:])(?P<list>[^；。：]+)"
                   r"|^(?P<lead>这|此|上述|以上)(?P<num2>\d+|[一二两三四五六七八九十]+)个(?P<kind2>[^，。；：、]{2,14}?)"
                   r"(?:分别是|分别为|是|为|包括|即)[：:](?P<list2>[^；。：]+)"),
        _counted_set_up,
    ),
    Construction(
        "listed_by_kind",
        "县政府设置工作部门3个：办公室、发展和改革局、财政局。",
        re.compile(r"(?:^|[；。，])(?P<head>[^，。；：]{1,40}?)(?P<num>\d+|[一二两三四五六七八九十]+)个[，,]?"
                   r"(?:(?:即|分别是|分别为|具体是|具体为|包括)[：:]?|(?:为|是|有)?[：:])(?P<list>[^；。：]+)"),
        _listed_by_kind,  # (units14) "设置镇属事业单位3个，分别是A、B和C": the connective without a colon
    ),
    Construction(
        "each_of_counted",
        "县档案局和县档案馆两个单位均为县委工作机关，领导职数均为一正两副。",
        _EACH_OF,
        _each_of_counted,
    ),
    Construction(
        "role_listed",
        "镇党委、政府下设2个委员会：\n综合治理委员会，社会治理统一指挥协调工作平台，统筹负责辖区综合治理重大事项；\n"
        "公共服务委员会，公共服务统一指挥协调工作平台，统筹负责辖区公共服务重大事项。",
        _ROLE_ITEM,
        _role_listed,
    ),
    Construction(
        "listed_by_kind_heading",
        "县委工作机关3个。县委工作机关：县委办公室、县委组织部、县委宣传部。",
        re.compile(r"(?:^|[；。，])(?P<head>[^，。；：\d]{2,20}?)[：:](?P<list>[^；。：]+)"),
        _listed_by_kind,
    ),
)


_LIST_KIND = re.compile(r"(?:现将|现就|将)?(?P<kind>[^，。；：将]{2,20}?(?:国家局|机构|部门|事业单位|单位))(?:的)?"
                        r"(?:设置|名单|机构设置|调整|设置方案)?(?:通知|公布|明确|列示)?如下[：:]?$")


# kinds a list can announce (not "先进单位", "参会单位")
_LISTABLE_KIND = re.compile(r"国家局|直属机构|组成部门|工作部门|部门管理机构|议事协调机构|办事机构|派出机构|事业单位|内设机构|"
                            r"党委机构|政府机构|群团机关|工作机关|工作机构")


# "此外，设置部门管理机构7个。" — a counted class closing its sentence; "其中，A由B管理；C由D管理…" names its members
_COUNTED_CLASS = re.compile(r"(?:^|[，,])(?:另|还|此外[，,]?)?(?:设置|设立|设|另设)(?P<kind>[^，。；：、\d]{2,12}?)"
                            r"(?:共)?(?P<num>\d+|[一二两三四五六七八九十]+)个[。；]?$")


def _counted_members(sent: Sentence, text: str, ctx: Ctx, first_unit: int) -> None:
    """The members of a counted class named in the next sentence opening with 其中 take the class as their
    kind, when the count checks the members (tests `test_members_of_a_counted_class_take_its_kind`)."""
    counted, ctx.counted_kind = ctx.counted_kind, None
    m = _COUNTED_CLASS.search(text)
    if m:
        kind = kind_phrase(m.group("kind"))
        want = cn_int(m.group("num"))
        if kind and _LISTABLE_KIND.search(kind) and want:
            ctx.counted_kind = (kind, want, sent.index)
        return
    if not counted or counted[2] != sent.index - 1 or not re.match(r"其中[，,：:]?", text):
        return
    members = [u for u in ctx.units[first_unit:] if u.kind is None and u.kind != "内设机构"]
    names = {u.unit.name for u in members}
    if not names or abs(len(names) - counted[1]) > 1:
        return
    for u in members:
        u.kind = counted[0]


_OWNED_INSTITUTIONS = re.compile(r"(?:对|将|就)(?P<o>[^，。；对将就]{2,30}?)(?:所属|下属|直属)(?:的)?(?:事业单位|单位)")
# "对我局所属事业单位…请示如下：": the document's own body (eleventh session)
_OWN_BODY = re.compile(r"(?:我|本)(?P<c>局|委|办|中心|院|厅|馆|站|所)")
_ITEM_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}、)")


def signing_body(ctx: Ctx) -> str | None:
    """The body that signs the document: one whole name on the line right above a date line alone, among
    the last lines ("某区规划和土地管理局" / "二〇一四年十二月三日")."""
    from ingest.readers.meta import DATE_LINE

    lines = [re.sub(r"\s+", "", ln) for ln in ctx.dt.text.split("\n") if ln.strip()]
    for k in range(len(lines) - 1, max(0, len(lines) - 6), -1):
        if DATE_LINE.fullmatch(lines[k].replace("O", "〇")) and as_name(lines[k - 1]) == lines[k - 1]:
            return lines[k - 1]
    return None


def _enumerated_institutions(sent: Sentence, text: str, ctx: Ctx, first_unit: int) -> None:
    """"对市农业农村局所属事业单位机构编制事项作出批复。一是A为正科级事业单位…。二是B…": the bodies the
    一是/二是 items describe belong to the owner the opening sentence names (parent, 所属), while the items run
    (tests `test_institutions_enumerated_after_their_owner`). Eleventh session: "对我局所属事业单位…请示如下：" (the
    owner is the body signing the document, else the one it is about) and items numbered "一、二、"."""
    m = _OWNED_INSTITUTIONS.search(text)
    if m and name_at_end(m.group("o")) == m.group("o"):
        ctx.enumerated_owner = ctx.full(m.group("o"))
        return
    own = _OWN_BODY.fullmatch(m.group("o")) if m else None
    if own:
        owner = signing_body(ctx) or ctx.focus
        ctx.enumerated_owner = ctx.full(owner) if owner and owner.endswith(own.group("c")) else None
        return
    if not ctx.enumerated_owner:
        return
    if not _ITEM_OPENING.match(text) and not _ITEM_OPENING.match(sent.text):
        if opens_its_line(sent, ctx):
            ctx.enumerated_owner = None  # the items ended
        return  # a further sentence of an item on its line ("二是A为…。撤销B牌子。"): the items go on (units14)
    for u in ctx.units[first_unit:]:
        if u.parent is None and u.kind != "内设机构" and u.unit.name != ctx.enumerated_owner and (u.kind or u.rank):
            u.parent, u.parent_relation = Mention(ctx.enumerated_owner), "所属"


def _list_kind(sent: Sentence, text: str, ctx: Ctx, first_unit: int) -> None:
    """"现将部委管理的国家局设置通知如下：" announces the kind of every unit that heads one of
    the items that follow ("国家信访局，由国务院办公厅管理。")."""
    _counted_members(sent, text, ctx, first_unit)
    _enumerated_institutions(sent, text, ctx, first_unit)
    m = _LIST_KIND.search(text)
    kind = kind_phrase(m.group("kind")) if m else None
    if kind and _LISTABLE_KIND.search(kind):
        ctx.list_kind = kind
        return
    if not ctx.list_kind:
        return
    items = [u for u in ctx.units[first_unit:] if text.startswith(u.unit.name)]
    if not items:
        ctx.list_kind = None  # the list ended
        return
    for u in items:
        if u.kind is None:
            u.kind = ctx.list_kind


def bracket_sign_line(sent: Sentence, ctx: Ctx) -> bool:
    """A list line without closing punctuation (read as a heading elsewhere) that is one
    "X（加挂在Y的牌子）" item: its sign fact."""
    text = strip_item_number(sent.text.strip()).lstrip("-—·•* ")
    c = next(c for c in CONSTRUCTIONS if c.name == "sign_in_brackets")
    m = c.pattern.fullmatch(text.rstrip("。；;"))
    if m:
        return c.build(m, sent, text, ctx)
    # "X（与Y一个机构两块牌子）", the same list's other wording: the one-team reader on the whole line
    if not re.fullmatch(r"[^（(]{2,40}[（(]与[^（）()]{2,60}[）)]", text.rstrip("。；;")):
        return False
    c = next(c for c in CONSTRUCTIONS if c.name == "one_team_signs")
    m = c.pattern.match(text)
    return bool(m) and c.build(m, sent, text, ctx)


def construction_facts(sent: Sentence, ctx: Ctx, first_unit: int = 0) -> None:
    """Every construction on one sentence; ``first_unit``: the first of ctx.units read from
    this sentence by the older families."""
    text = strip_item_number(sent.text)
    text = re.sub(r"^第[一二三四五六七八九十百]+条\s*", "", text)
    for c in CONSTRUCTIONS:
        if c.needs and not any(word in text for word in c.needs):
            continue
        for m in c.pattern.finditer(text):  # a construction may occur several times ("…；将…")
            c.build(m, sent, text, ctx)
    if re.search(r"[析（(]|分设|分开|分成|分为", text):
        merge_source_facts(sent, text, ctx, _event)
    division_facts(sent, ctx)
    header_list_facts(sent, text, ctx)
    counted_list_facts(sent, text, ctx)
    _list_kind(sent, text, ctx, first_unit)


__all__ = ["CONSTRUCTIONS", "Construction", "bracket_sign_line", "construction_facts", "division_facts", "note_row_cell"]
