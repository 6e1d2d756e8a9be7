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


def header_list_facts(sent: Sentence, text: str, ctx: Ctx) -> None:
    """Every header + list construction on one sentence (its text as the construction readers see it)."""
    for m in _CLASS_HAS.finditer(text):
        _class_members(m, sent, ctx)
    _owned_sublists(text, sent, ctx)
    ctx.class_heading = None  # a sentence of prose ends a list of names one a line


__all__ = ["class_heading_line", "header_list_facts"]
