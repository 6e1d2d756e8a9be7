"""Lists of bodies opened by their count (fourteenth session, units14).

County and township texts write a body's internal divisions, its institutions and the bodies a reform sets up
count first, then the items: "内设7个职能机构，包括A、B…和G", "内设2个中队，即A、B", "6个二级单位：A、B…。
其中，A是全额拨款事业单位，B、C是差额拨款事业单位", "设立6个农业机械管理站，分别为：A、B（辖甲镇、乙镇）…".
This module holds the item splitting these lists share and the readers of the list shapes the older readers
(``sanding._division_lists``, ``constructions._counted_set_up``) did not read. Tests: tests/test_counted_lists14.py.
"""

from __future__ import annotations

import re

from kg.model import EventType, Mention, StaffingStatement, UnitStatement

from .common import (
    CN_NUM,
    Ctx,
    Sentence,
    as_name,
    cn_int,
    find_names,
    kind_phrase,
    name_at_end,
    norm_rank,
    split_list_items,
)

# a bracket closing an item that notes the item's territory or members, never a name: "（辖甲镇、乙镇）",
# "（含A）", "（位于…）", "（驻…）"
_NOTE_BRACKET = re.compile(r"[（(](?:辖|含|包括|管辖|位于|驻|负责)[^（）()]*[）)]$")


def listed_items(text: str) -> list[str]:
    """The items of a counted list: split at 、，和及 outside brackets; a closing note bracket ("（辖甲镇、乙镇）")
    dropped, a sign bracket kept; a closing 等 dropped."""
    text = re.sub(r"等$", "", text.strip())
    return [_NOTE_BRACKET.sub("", i).strip() for i in split_list_items(text) if _NOTE_BRACKET.sub("", i).strip()]


def document_township(ctx: Ctx) -> str | None:
    """The township a document is of: its place when that is a 镇/乡/街道, else the one its title names."""
    if re.search(r"(?:镇|乡|街道)$", ctx.jurisdiction or "") and len(ctx.jurisdiction or "") > 1:
        return ctx.jurisdiction
    from .news import _document_township

    return _document_township(ctx)


def township_government(township: str) -> str:
    """The body owning a township's own offices: 某镇人民政府, 某乡人民政府, 某街道办事处."""
    return township + ("办事处" if township.endswith("街道") else "人民政府")


def government_of_township(host: str) -> str:
    """A township written as the host of divisions ("甲镇设置A、B…4个内设机构") is its government; any other host stays."""
    from .common import only_place

    return township_government(host) if re.search(r"(?:镇|乡|街道)$", host) and only_place(host) else host


# what may stand before the verb of a township's own division list: nothing, the level word alone or with 该/本, or
# the township's 机关/政府 ("镇机关内设…", "该镇内设…", "镇政府下设…")
_TOWNSHIP_SUBJECT = re.compile(r"^\s*(?:[该本]?(?:镇|乡|街道)(?:党委|政府|人民政府|办事处)?(?:机关)?|机关)?\s*$")
_LEAD = re.compile(r"^\s*(?:据了解|据悉|目前|同时|此外|改革后|调整后|机构改革后)?[，,]?\s*")


def township_list_host(ctx: Ctx, sent: Sentence, left: str) -> str | None:
    """"（…观海卫镇…完成了机关内设机构调整。）内设7个职能机构，包括A、B…": in a township's own document, a
    division list with no body written before its verb (or only the level word: "镇机关内设…", "该镇内设…") is
    the township government's, when the list opens its sentence after one whose subject is the township (or the
    level word stands there). A county's or a body's document is never read so."""
    township = document_township(ctx)
    written = _LEAD.sub("", left).strip()
    if township and written == township:
        return township_government(township)  # "甲镇设置A、B…4个内设机构" in 甲镇's own text
    if not township or not _TOWNSHIP_SUBJECT.match(written):
        return None
    if written:
        return township_government(township)  # the level word written: the township's own
    if sent.index == 0:
        return None
    before = ctx.dt.sentences[sent.index - 1].text
    opening = before[_LEAD.match(before).end():]
    return township_government(township) if opening.startswith(township) else None


def owned_figures_first(staffing: list) -> list:
    """One division count read twice from one sentence, once for its host (the division list reader) and once
    with no owner (the figure reader): the owned reading stands ("内设7个职能机构，包括…" in a township's text)."""
    owners: dict[tuple, set[str]] = {}
    for s in staffing:
        if s.unit is not None and s.kind == "内设机构":
            owners.setdefault((s.change, s.amount, s.prov.sentence), set()).add(s.unit.name)

    def kept(s) -> bool:
        if s.kind != "内设机构":
            return True
        others = owners.get((s.change, s.amount, s.prov.sentence), set())
        if s.unit is None:
            return not others
        # "丙镇" and "丙镇人民政府" for one count: the township's government, whose divisions the list names
        return not any(o != s.unit.name and o.startswith(s.unit.name) for o in others)

    return [s for s in staffing if kept(s)]


# "6个二级单位：A、B…" / "局属二级单位3个，分别是A、B、C" / "X下属二级单位有A、B": a body's secondary bodies
# (部门决算 pages); the owner written before, else the page's unit
_SECONDARY = re.compile(rf"(?:^|[，。；：:])(?P<owner>[^，。；：:]{{0,30}}?)(?P<rel>所属|下属|直属|下设)?(?:共有|共|有)?"
                        rf"(?:(?P<num>{CN_NUM})个二级(?:预算)?单位|二级(?:预算)?单位(?P<num2>{CN_NUM})个)[，,]?"
                        r"(?:分别是|分别为|即|包括|为|有)?[：:]?(?P<list>[^。；：]{4,400})")


def secondary_units(sent: Sentence, text: str, ctx: Ctx) -> None:
    """"县林业局…。6个二级单位：A、B、C…": each listed body has the owner as parent (relation as written: 所属/
    下属 → 所属, 直属 → 直属, none written → none); the owner is the body written before the count, else the unit
    of the page (a 部门决算/预算 page, a profile), else the host of the divisions listed just before. Every item
    must be a whole name and the count the number of items."""
    for m in _SECONDARY.finditer(text):
        items = listed_items(m.group("list"))
        if len(items) < 2 or cn_int(m.group("num") or m.group("num2")) != len(items) \
                or any(as_name(i) != i for i in items):
            continue
        owner = name_at_end(m.group("owner").strip()) if m.group("owner").strip() else None
        if owner and not m.group("owner").strip().endswith(owner):
            owner = None
        if not owner:
            from .page_divisions import page_unit

            owner = page_unit(ctx)
        if not owner:
            hosts = [u.parent.name for u in ctx.units if u.kind == "内设机构" and u.parent]
            owner = hosts[-1] if hosts else None
        if not owner:
            continue
        relation = {"所属": "所属", "下属": "所属", "下设": "所属", "直属": "直属"}.get(m.group("rel") or "")
        for name in items:
            if name != owner:
                ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), parent=Mention(owner),
                                               parent_relation=relation))
        ctx.mark(sent)


# "其中，A是全额拨款事业单位，B、C是差额拨款事业单位，D是政法编制单位": the members of a list classed one clause each
_CLASSED = re.compile(r"^(?:其中[，,：:]?)?(?P<list>[^，。；：]{2,200}?)(?:均|都)?(?:是|为|属于|属)(?P<kind>[^，。；：]{2,20})$")


def classed_members(sent: Sentence, text: str, ctx: Ctx) -> None:
    """A sentence opening with 其中 whose clauses each class listed bodies: "其中，A是K1，B、C是K2": every body
    of a clause gets its kind (a kind of unit as ``kind_phrase`` reads it; every item a whole name)."""
    if not re.match(r"^\s*其中", text):
        return
    for clause in re.split(r"[，；,]", re.sub(r"^\s*其中[，,：:]?", "", text).rstrip("。")):
        m = _CLASSED.match(clause.strip())
        if not m:
            continue
        kind = kind_phrase(m.group("kind"))
        items = listed_items(m.group("list"))
        if not kind or not re.search(r"(?:单位|机构|机关)$", kind) or not items or any(as_name(i) != i for i in items):
            continue
        for name in items:
            ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), kind=kind))
        ctx.mark(sent)


def organ_host(ctx: Ctx, left: str) -> str | None:
    """Whose 机关 "机关内设A、B" is: the last body named before it in its sentence ("县林业局设科室情况：机关内设…"),
    else the unit of the page."""
    named = [n for _, _, n in find_names(re.sub(r"机关\s*$", "", left))]
    if named:
        return named[-1]
    from .page_divisions import page_unit

    return page_unit(ctx)


# "…，称民劳局，下设政工、民政、安置3个组" / "成立X，局设领导小组，下设政工组、综合组等四个组": a counted division list
# after the clause that formed or renamed its host
_FORMED_DIVISIONS = re.compile(rf"(?:下设|内设|设有)(?P<list>[^。；：，,]{{2,120}}?)(?:等)?(?<![零〇一二两三四五六七八九十百千万\d])"
                               rf"(?P<num>{CN_NUM})个?(?P<suf>组|股|科|室)(?![织长员建成合份票东权本价市])(?=[。；，,]|$)")
_FORMING = (EventType.ESTABLISH, EventType.RENAME, EventType.RE_FORM)


def divisions_of_formed(sent: Sentence, text: str, ctx: Ctx) -> None:
    """A chronicle's "…成立/称/改称X，(局)下设A、B、C N个组": the one body this sentence formed or renamed into
    hosts the counted groups (or 股/科/室) listed after it; bare items take the noun ("政工" → 政工组). Nothing
    when the sentence formed two bodies or none, when the count is not the number of items, or when the older
    division readers already read the list."""
    m = _FORMED_DIVISIONS.search(text)
    if not m:
        return
    prov = ctx.prov(sent)
    if any(u.kind == "内设机构" and u.prov.start == prov.start for u in ctx.units):
        return
    formed = {o.name for e in ctx.events_at.get(prov.start, []) if e.type in _FORMING for o in e.outputs}
    if len(formed) != 1:
        return
    host = formed.pop()
    if host not in text[: m.start()] and ctx.full(host) not in text[: m.start()]:
        host_written = any(n == host for _, _, n in find_names(text[: m.start()]))
        if not host_written and not re.search(r"(?:称|改称|更名为|改为|成立|组建|设立)" + re.escape(host[-4:]), text[: m.start()]):
            return
    from .sanding import is_division_name

    suffix = m.group("suf")
    items = []
    for item in listed_items(m.group("list")):
        item = item if item.endswith(suffix) else item + suffix
        if not is_division_name(item) or len(item) > 12:
            return
        items.append(item)
    if len(items) < 2 or cn_int(m.group("num")) != len(items):
        return
    for item in items:
        division = ctx.division_name(item, host)
        ctx.divisions.add(division)
        ctx.units.append(UnitStatement(Mention(division), prov, kind="内设机构", parent=Mention(host),
                                       parent_relation="内设"))
    ctx.staffing.append(StaffingStatement(Mention(host), "内设机构", "核定", len(items), prov))
    ctx.mark(sent)


_RANK = r"[正副]?(?:部|司局|厅局|厅|局|县处|处|科|股)级"
# "县林业局下属3个事业单位：A、B、C" / "镇政府下设3个事业单位，分别是A、B和C" / "X直属2个正股级事业单位，即A、B": a body's
# institutions, the count before the class
_OWNED_COUNTED = re.compile(rf"(?:^|[，。；：])(?P<owner>[^，。；：]{{2,30}}?)(?P<rel>下设|下属|所属|直属)(?:有|的)?"
                            rf"(?P<num>{CN_NUM})个(?P<rank>{_RANK})?"
                            r"(?P<kind>(?:公益[一二]类|全额拨款|差额拨款|自收自支|参公)?事业单位)[，,]?"
                            r"(?:(?:分别是|分别为|即|包括|为|有)[：:]?|[：:])(?P<list>[^。；]+)")
# (fifteenth session, lists) "丙镇下设A、B、C3个事业单位" / "县林业局所属A、B等2个全额拨款事业单位" / "甲镇设A、B等4个事业站所":
# the list first, its count and class after it
_OWNED_LISTED_FIRST = re.compile(rf"(?:^|[，。；：])(?P<owner>[^，。；：、]{{2,30}}?)(?P<rel>下设|下属|所属|直属|设有|设置|设)(?:有)?"
                                 rf"(?P<list>[^。；：]{{4,300}}?)(?:等|共|计)?(?<![零〇一二两三四五六七八九十百千万\d])"
                                 rf"(?P<num>{CN_NUM})个(?P<rank>{_RANK})?"
                                 r"(?P<kind>(?:公益[一二]类|全额拨款|差额拨款|自收自支|参公)?(?:事业单位|事业站所|站所))(?=[。；，,]|$)")
# (sixteenth session) "…设置A、B3个内设机构和C、D2个事业单位" / "…等5个内设机构，设置C、D等3个事业站所": a second counted list
# with no owner of its own, after the host's division list in the same sentence
_OWNED_AFTER_DIVISIONS = re.compile(rf"(?:和|及|[，,](?:另|并|还|同时)?(?:设置|设立|设有|下设|设))(?P<list>[^。；：和]{{4,300}}?)(?:等|共|计)?"
                                    rf"(?<![零〇一二两三四五六七八九十百千万\d])(?P<num>{CN_NUM})个(?P<rank>{_RANK})?"
                                    r"(?P<kind>(?:公益[一二]类|全额拨款|差额拨款|自收自支|参公)?(?:事业单位|事业站所|站所))(?=[。；，,]|$)")
_GOVERNMENT_SHORT = re.compile(r"^(?P<p>[\u4e00-\u9fff]{0,12}?(?:省|市|县|区|州|旗|镇|乡))政府$")


def institutions_after_divisions(sent: Sentence, text: str, ctx: Ctx) -> None:
    """"甲镇设置A、B3个内设机构和C、D2个事业单位": the institutions of the second list are the divisions' host's (the
    host read for the first list of the sentence); every item a whole name, the count the number of items (or more
    after 等)."""
    prov = ctx.prov(sent)
    hosts = [u.parent.name for u in ctx.units if u.kind == "内设机构" and u.parent and u.prov == prov]
    if not hosts:
        return
    for m in _OWNED_AFTER_DIVISIONS.finditer(text):
        items = [re.sub(r"[（(][^（）()]*[）)]$", "", i) for i in listed_items(m.group("list"))]
        count = cn_int(m.group("num")) or 0
        from .header_lists import text_before_count

        partial = text_before_count(m).endswith("等")
        if len(items) < 2 or not (count == len(items) or (partial and count > len(items))) \
                or any(as_name(i) != i for i in items):
            continue
        for name in items:
            ctx.units.append(UnitStatement(Mention(name), prov, kind=m.group("kind"),
                                           rank=norm_rank(m.group("rank")) if m.group("rank") else None,
                                           parent=Mention(hosts[-1]), parent_relation="所属"))
        ctx.mark(sent)


def owned_institutions(sent: Sentence, text: str, ctx: Ctx) -> None:
    """"县林业局下属3个事业单位：A、B、C": every listed body is an institution of the owner written before the
    verb (parent, 直属 for 直属 and 所属 otherwise; kind and rank as the count gives them); a government written short
    ("镇政府") is its 人民政府. Every item a whole name, the count the number of items."""
    for m in [*_OWNED_COUNTED.finditer(text), *_OWNED_LISTED_FIRST.finditer(text)]:
        written = re.sub(r"^(?:目前|现|共|另)", "", m.group("owner").strip())
        government = _GOVERNMENT_SHORT.match(written)
        owner = government.group("p") + "人民政府" if government else name_at_end(written)
        if not owner and government_of_township(written) != written:
            owner = government_of_township(written)  # "柳市镇设A、B等2个事业站所": the township's government (fifteenth session)
        elif not owner or not (government or written.endswith(owner)):
            continue
        owner = government_of_township(owner)  # a township read as a name in a county's text (sixteenth session)
        items = [re.sub(r"[（(][^（）()]*[）)]$", "", i) for i in listed_items(m.group("list"))]
        if len(items) < 2 or cn_int(m.group("num")) != len(items) or any(as_name(i) != i for i in items):
            continue
        for name in items:
            ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), kind=m.group("kind"),
                                           rank=norm_rank(m.group("rank")) if m.group("rank") else None,
                                           parent=Mention(owner),
                                           parent_relation="直属" if m.group("rel") == "直属" else "所属"))
        ctx.mark(sent)


# "在甲镇、乙镇、丙镇设立农业机械管理站" / "在城关、东河等3个乡镇分别设立X": a body of the class in each township named
_PER_TOWNSHIP = re.compile(rf"在(?P<places>[^，。；在]{{2,80}}?)(?:等)?(?:(?:{CN_NUM})个?(?:乡镇|镇|乡|街道))?(?:区域内|辖区内)?"
                           r"(?:分别|各)?(?:设立|成立|组建|建立|设置)(?P<head>[^，。；、]{2,20}?)(?=[，。；]|$)")


def per_township_set_up(sent: Sentence, text: str, ctx: Ctx) -> None:
    """"在甲镇、乙镇、丙镇设立农业机械管理站": one station in each township, whose names the text does not write (as
    the trial14 annotator records "在原A、B、C三镇区域内分别设立办事处": no units); the class word read as one new body
    ("农业机械管理站") is taken back."""
    m = _PER_TOWNSHIP.search(text)
    if not m:
        return
    places = listed_items(re.sub(r"^原", "", m.group("places")))
    counted = bool(re.search(r"\d|[一二两三四五六七八九十]", text[m.end("places"): m.start("head")]))
    if len(places) < 2 or not (counted or all(re.search(r"(?:镇|乡|街道)$", p) for p in places)):
        return
    head = m.group("head")
    from .constructions import _drop_events

    _drop_events(ctx, sent, lambda e: e.type == EventType.ESTABLISH and len(e.outputs) == 1
                 and e.outputs[0].name in (head, ctx.full(head)))


def counted_list_facts(sent: Sentence, text: str, ctx: Ctx) -> None:
    """The readers of this module, on one sentence."""
    if "二级" in text:
        secondary_units(sent, text, ctx)
    classed_members(sent, text, ctx)
    divisions_of_formed(sent, text, ctx)
    if "在" in text:
        per_township_set_up(sent, text, ctx)
    if "事业单位" in text or "站所" in text:
        owned_institutions(sent, text, ctx)
        institutions_after_divisions(sent, text, ctx)


__all__ = ["classed_members", "institutions_after_divisions", "counted_list_facts", "divisions_of_formed", "document_township", "government_of_township", "organ_host", "owned_figures_first", "owned_institutions", "per_township_set_up", "secondary_units", "listed_items", "township_government", "township_list_host"]
