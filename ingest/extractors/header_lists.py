"""Bodies listed under a header that states what they are (tenth session).

A chronicle, a yearbook or a news report names a class of bodies and its owner once, then lists the
members; each member inherits the header:

* "市委工作机构有办公室、组织部、宣传部…，共9个" — the class with its owner, then 有/包括 and the list,
  a count after it checking the list (``class_members``): every member gets the class as its kind
  (the owner reduced to its level word, as for a counted class of the sequence), and its name the
  owner's ("组织部" under 市委 → 市委组织部);
* "县卫生健康局下属医疗卫生机构40个，其中县级卫生机构6个（A、B…），县级医疗机构5个（C、D…）" — an
  owner's own bodies counted, the sub-classes listing their members in brackets (``owned_sublists``):
  every member gets the owner as parent (所属/直属/下属 as written, 下属 read 所属).

A count written with the list must agree with its length (one off allowed: "共9个（不含合署机构）"
beside ten names). The counted set-up ("新组建5个厅级部门：A、B…") and the counted division list
("内设A、B…等5个副科级机构") carry a rank the same way (``constructions._counted_set_up``,
``sanding._DIV_LIST``).
"""

from __future__ import annotations

import re

from kg.divisions import divisions
from kg.model import Mention, UnitStatement

from .common import (
    CN_NUM,
    Ctx,
    Sentence,
    as_name,
    cn_int,
    is_unit_name,
    kind_phrase,
    name_at_end,
    strip_item_number,
)

# "市委工作（派出）机构有A、B…" — a class word (with an aside in brackets) owned by a party committee or a
# government, then 有/包括 and the list (a colon optional)
_CLASS_HAS = re.compile(r"(?:^|[，；。])(?P<head>[^，。；：]{2,30}?(?:机构|部门|机关))(?:还|共|主要)?(?:有|包括)[：:]?"
                        r"(?P<list>[^；。：]{4,400})")
# the list's closing count: "，共9个（不含合署机构）", "等10个"
_TAIL_COUNT = re.compile(rf"[，,]?(?:等|共|合计|计)+(?P<num>{CN_NUM})个[^，。；]{{0,12}}$|[，,](?P<num2>{CN_NUM})个$")
_ASIDE = re.compile(r"[（(][^（）()]{1,20}[)）]")
_SPLIT = re.compile(r"[、，,]|(?<=[部局委办室会处])(?:和|及|以及)")


def _items(listed: str) -> tuple[list[str], int | None]:
    """The list's items (asides in brackets dropped) and the count written after it, if any."""
    want = None
    tail = _TAIL_COUNT.search(listed)
    if tail:
        want = cn_int(tail.group("num") or tail.group("num2"))
        listed = listed[: tail.start()]
    listed = re.sub(r"等$", "", _ASIDE.sub("", listed).strip())
    return [i.strip() for i in _SPLIT.split(listed) if i.strip()], want


def _local(name: str) -> str:
    """A name without its place ("舟山市委办公室" and "市委办公室" are one body in one document)."""
    placed = divisions().place_prefix(name)
    rest = name[placed[1]:] if placed else name
    return re.sub(r"^(?:某|[*＊xX]{1,3})?[省市县区州旗](?=委|政府)", "", rest)


def _class_members(m: re.Match[str], sent: Sentence, ctx: Ctx) -> None:
    from .constructions import _LEAD_DATE, _LISTABLE_KIND, _OWNER, _kind_by_level, _owned_item, _unit

    head = _LEAD_DATE.sub("", m.group("head").strip())
    # "至此，…机构有…": the state the chronicle has reached, superseding an earlier list of the class
    now = bool(re.match(r"(?:至此|目前|现)", head)) or bool(re.search(r"(?:至此|目前)[，,]?$", m.string[: m.start("head")]))
    head = re.sub(r"^(?:至此|此外|另外|同时|目前|现)[，,]?", "", head)
    om = _OWNER.match(head)
    if not om or not _LISTABLE_KIND.search(_ASIDE.sub("", head[om.end():])):
        return  # no owner ("内设机构有…" is the division readers'), or no class of bodies
    place, body = om.group("place") or "", om.group("body")
    # the owner's place reduced to its level word: 舟山市委工作机构 → 市委工作机构, a masked 某市委… too
    kind = kind_phrase(_kind_by_level(re.sub(r"^(?:某|[*＊xX]{1,3})(?=[省市县区州旗])", "", re.sub(r"^中共", "", head))))
    items, want = _items(m.group("list"))
    if not kind or len(items) < 2 or (want is not None and abs(len(items) - want) > 1):
        return
    names = [_owned_item(i, place, body) for i in items]
    names = [n for n in names if is_unit_name(n)]
    if len(names) < max(2, len(items) - 1):
        return  # the items are not bodies
    mentions = [_unit(ctx, name) for name in names]
    if now:
        listed = {_local(x.name) for x in mentions}
        ctx.units[:] = [u for u in ctx.units if not (u.kind and _local(u.unit.name) in listed and _ASIDE.sub("", u.kind)
                                                     .endswith(_ASIDE.sub("", kind)[-2:]))]
    for mention in mentions:
        ctx.units.append(UnitStatement(mention, ctx.prov(sent), kind=kind))
    ctx.mark(sent)


# "Y下属医疗卫生机构40个，其中…" — the owner and the relation; "K6个（A、B…）" — a sub-class listing its members
_OWNED_COUNT = re.compile(rf"^(?P<owner>[^，。；：]{{2,40}}?)(?P<rel>下属|所属|直属)(?:的)?[^，。；：（(]{{0,12}}?"
                          rf"(?:机构|单位|部门){CN_NUM}个[，,]其中")
_SUBLIST = re.compile(rf"(?P<num>{CN_NUM})个[（(](?P<list>[^（）()]{{4,300}})[)）]")


def _owned_sublists(text: str, sent: Sentence, ctx: Ctx) -> None:
    om = _OWNED_COUNT.match(text)
    if not om:
        return
    owner = name_at_end(om.group("owner"))
    if not owner or not om.group("owner").endswith(owner):
        return
    relation = "直属" if om.group("rel") == "直属" else "所属"
    for sm in _SUBLIST.finditer(text, om.end()):
        items = [i.strip() for i in re.split(r"[、，,]", sm.group("list")) if i.strip()]
        if re.match(r"含|包括", items[0]) or abs(len(items) - (cn_int(sm.group("num")) or 0)) > 1:
            continue  # "（含乡镇卫生院24个…）": a breakdown, no members named
        names = [n for n in (as_name(i) for i in items) if n and n == as_name(n)]
        for name in names:
            ctx.units.append(UnitStatement(Mention(ctx.full(name)), ctx.prov(sent), parent=Mention(ctx.full(owner)),
                                           parent_relation=relation))
        if names:
            ctx.mark(sent)


def _whole_line(sent: Sentence, ctx: Ctx) -> bool:
    start, end = ctx.dt.lines[sent.line] if sent.line < len(ctx.dt.lines) else (-1, -1)
    return ctx.dt.text[start:end].strip() == sent.text.strip()


def class_heading_line(sent: Sentence, ctx: Ctx) -> bool:
    """"国务院组成部门" alone on its line, then one name a line: every name takes the class (its owner at its level
    word, as ``_class_members``) until a line that is not one whole name (eleventh session). Called on the lines
    read as headings; True when the line was the class or one of its members."""
    from .constructions import _LISTABLE_KIND, _OWNER, _kind_by_level, _owned_item, _unit

    line = re.sub(r"[：:]$", "", strip_item_number(sent.text.strip()).strip())
    whole = _whole_line(sent, ctx)
    om = _OWNER.match(line) if whole and not re.search(r"[，。；、]", line) else None
    if om and _LISTABLE_KIND.search(line[om.end():]) and len(line) <= 20:
        kind = kind_phrase(_kind_by_level(re.sub(r"^中共", "", line)))
        ctx.class_heading = (kind, om.group("place") or "", om.group("body"), sent.line) if kind else None
        return bool(kind)
    heading = ctx.class_heading
    if not heading:
        return False
    name = _owned_item(line, heading[1], heading[2]) if whole else None
    if not name or not is_unit_name(name) or as_name(name) != name or sent.line > heading[3] + 40:
        ctx.class_heading = None  # the list ended
        return False
    ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), kind=heading[0]))
    ctx.mark(sent)
    return True


# (sixteenth session, lists) "1984年，县政府设计委、经委…等25个工作部门" / "县委设办公室、组织部…4个工作部门": the owner, 设 and
# the list, its count and class after it
_LISTED_THEN_CLASS = re.compile(rf"(?:^|[，；。])(?P<head>[^，。；：、]{{2,24}}?)(?:共设|设置|设有|下设|设)(?P<list>[^。；：]{{4,400}}?)"
                                rf"(?:等|共|计)?(?<![零〇一二两三四五六七八九十百千万\d])(?P<num>{CN_NUM})个"
                                r"(?P<kind>[^，。；、：\d]{2,12}?)(?=[。；，,]|$)")


def text_before_count(m: re.Match[str]) -> str:
    """The text of a list-then-count match up to its count ("A、B等" of "A、B等25个工作部门")."""
    return m.string[m.start("list"): m.start("num")]


def _listed_then_class(m: re.Match[str], sent: Sentence, ctx: Ctx) -> None:
    """"县政府设A、B、C、D4个工作部门": a government's or party committee's own list, its count and class closing it;
    every member gets the class (the owner at its level word) and the owner's name (as ``_class_members``)."""
    from .constructions import _LEAD_DATE, _LISTABLE_KIND, _OWNER, _kind_by_level, _owned_item, _unit

    head = _LEAD_DATE.sub("", m.group("head").strip())
    om = _OWNER.match(head)
    if not om or om.end() != len(head) or not _LISTABLE_KIND.search(m.group("kind")) or "内设" in m.group("kind"):
        return
    kind = kind_phrase(_kind_by_level(re.sub(r"^(?:某|[*＊xX]{1,3})(?=[省市县区州旗])", "", re.sub(r"^中共", "", head))
                                      + m.group("kind")))
    items, _ = _items(m.group("list"))
    count = cn_int(m.group("num")) or 0
    # the count is the number of items, or more after 等 ("设计委、经委等25个工作部门": two of the 25 named)
    partial = text_before_count(m).endswith("等")
    if not kind or len(items) < 2 or not (count == len(items) or (partial and count > len(items))):
        return
    names = [_owned_item(i, om.group("place") or "", om.group("body")) for i in items]
    if not all(is_unit_name(n) and as_name(n) == n for n in names):
        return
    for name in names:
        ctx.units.append(UnitStatement(_unit(ctx, name), ctx.prov(sent), kind=kind))
    ctx.mark(sent)


# (sixteenth session, lists) a heading line naming a class of a body's own bodies, alone on its line ("一、内设机构",
# "（二）直属事业单位：", "下属单位"); the members follow, a line listing them ("办公室、林政股、营林股。") or one a line
_CLASS_HEADING = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．])?[ \t]*"
                            r"(?P<cls>内设机构|内设科室|内设股室|内设处室|职能科室|职能股室|(?P<rel>直属|所属|下属)(?:事业单位|单位|机构)|"
                            r"二级单位|二级机构)(?:设置)?(?:情况)?(?:有)?[ \t]*[：:]?[ \t]*$")
_MEMBER_LINE = re.compile(r"^[ \t]*(?:[（(]?(?:[一二三四五六七八九十]+|\d{1,2})[)）、.．]?)?[ \t]*(?P<list>[^。；：:]+?)[。；;]?[ \t]*$")


def _heading_host(ctx: Ctx, line: int) -> str | None:
    """Whose bodies a class heading lists: the document's unit (its focus, its page's unit), else the last line
    above the heading (ten at most) that is one whole name ("县林业局" over "一、内设机构")."""
    from .page_divisions import page_unit
    from .sanding import titled_unit

    if ctx.focus or page_unit(ctx):
        return ctx.focus or page_unit(ctx)
    for k in range(line - 1, max(-1, line - 11), -1):
        text = re.sub(r"(?:机构设置|机构概况|概况|简介)$", "", strip_item_number(ctx.dt.line_text(k).strip()).strip())
        if text and as_name(text) == text:
            return ctx.full(text)
    titled = titled_unit(ctx.title or "")
    return ctx.full(titled) if titled else None


def headed_class_members(ctx: Ctx) -> None:
    """A class heading alone on its line, then its members: a line listing them ("办公室、林政股、营林股。") or one a line
    ("1.县林业站"), until a line that is not names only. Divisions ("内设机构", "内设科室") are the host's 内设机构 (named
    with it); institutions ("直属事业单位") its 事业单位, other bodies ("下属单位", "二级单位") its bodies, parent the host
    (直属 for 直属, else 所属). A line some reader already read, a 三定 (its own structure), a line of no names end it."""
    from .sanding import is_division_name

    if ctx.sanding:
        return
    lines = ctx.dt.lines
    read = {u.prov.start for u in ctx.units}
    k = 0
    while k < len(lines):
        heading = _CLASS_HEADING.match(ctx.dt.line_text(k))
        k += 1
        if not heading:
            continue
        host = _heading_host(ctx, k - 1)
        divisions = not heading.group("rel") and heading.group("cls").startswith(("内设", "职能"))
        found: list[tuple[int, list[str]]] = []
        while k < len(lines):
            text = ctx.dt.line_text(k)
            member = _MEMBER_LINE.match(text) if text.strip() else None
            items = [i.strip() for i in re.split(r"[、，,]", member.group("list"))] if member else []
            items = [re.sub(r"[（(][^（）()]*[)）]$", "", i) for i in items if i]
            good = items and all(is_division_name(i) if divisions else as_name(i) == i
                                 for i in items)
            raw_start, raw_end = ctx.dt.raw_span(*lines[k])
            if not good or any(raw_start <= s < raw_end for s in read):
                break
            found.append((k, items))
            k += 1
        if not host or not found:
            continue
        relation = "直属" if heading.group("rel") == "直属" else "所属"
        kind = "内设机构" if divisions else ("事业单位" if "事业单位" in heading.group("cls") else None)
        for line, items in found:
            prov = ctx.prov_span(lines[line][0], lines[line][1])
            for item in items:
                name = ctx.division_name(item, host) if divisions else item
                if divisions:
                    ctx.divisions.add(name)
                ctx.units.append(UnitStatement(Mention(name), prov, kind=kind, parent=Mention(host),
                                               parent_relation="内设" if divisions else relation))


def header_list_facts(sent: Sentence, text: str, ctx: Ctx) -> None:
    """Every header + list construction on one sentence (its text as the construction readers see it)."""
    for m in _CLASS_HAS.finditer(text):
        _class_members(m, sent, ctx)
    for m in _LISTED_THEN_CLASS.finditer(text):
        _listed_then_class(m, sent, ctx)
    _owned_sublists(text, sent, ctx)
    ctx.class_heading = None  # a sentence of prose ends a list of names one a line


__all__ = ["class_heading_line", "header_list_facts", "headed_class_members"]
