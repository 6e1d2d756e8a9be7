"""The sources of a merger or a forming written where the clause readers do not look for them (eleventh
session, docs/extraction.md "Eleventh session: the sources of a merger or a forming"):

- places merged and the name kept: "甲县与乙县合并，仍称甲县", "某市甲东、甲西两区合并为甲东区" (re_form);
- the sources in brackets after the body formed: "增设C（A、B并入）", "设立C（前身为A）";
- the body split for the new one: "析A，成立C"; "…成立B，1986年析出A，设立C": A and C both out of B;
- the bodies of an earlier merger set apart again: "民政、劳动又分成两个局" / "民政、劳动局分设".

The constructions call ``merge_source_facts`` after their own readers, with their event builder, so
that a forming another reader found in the sentence gets its sources united (never doubled)."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.divisions import divisions
from kg.model import EventType

from .common import (
    Ctx,
    Sentence,
    as_name,
    lead_place_shared,
    name_at_end,
    name_at_start,
    names_in_list,
)
from .reform import _event as new_event


def merged_places(src: str) -> list[str]:
    """"繁峙县与代县" / "甲县、乙县和丙县": places merged (no unit suffix of their own); [] unless every item is a
    place (one known to the gazetteer at least)."""
    items = [x for x in re.split(r"[、，,]|与|和|同|及", re.sub(r"^原", "", src.strip())) if x]
    items = [re.sub(r"^原", "", x) for x in items]
    # a place gone since (望城县 is a district today) counts beside a known one when written as a place
    if len(items) < 2 or not any(divisions().is_place(x) for x in items) or \
            not all(divisions().is_place(x) or re.fullmatch(r"[\u4e00-\u9fff]{1,4}(?:县|市|区|乡|镇|旗)", x) for x in items):
        return []
    return lead_place_shared(items)


_PLACE_WRITTEN = re.compile(r"[\u4e00-\u9fff]{1,4}(?:县|市|区|乡|镇|旗)")


def bodies_and_places(src: str) -> list[str]:
    """"某市重工业建设委员会与某县": bodies and places merged together (a place gone since, like 某县 here, counts when
    written as one); [] unless every item is a body's name or a place and one at least is a body."""
    items = [re.sub(r"^原", "", x) for x in re.split(r"[、，,]|与|同|和", src.strip()) if x]
    bodies = [x for x in items if as_name(x) == x and not _PLACE_WRITTEN.fullmatch(x)]
    places = [x for x in items if divisions().is_place(x) or _PLACE_WRITTEN.fullmatch(x)]
    return items if len(items) >= 2 and bodies and len(bodies) + len(places) == len(items) else []


def kept_name(new: str, sources: list[str]) -> str:
    """The merged body's name as one of the sources carries it, when that source is the new name with a
    place written before it ("某市甲东区" for "甲东区"): the merger keeps that body's name."""
    if new in sources:
        return new
    for src in sources:
        if src.endswith(new) and len(src) > len(new) and divisions().is_place(src[: len(src) - len(new)]):
            return src
    return new


EventFn = Callable[..., None]

# "增设建设局（实业局、市政局并入）" / "设立教育局（前身为劝学所）" / "成立X（由A、B合并组建）"
_BRACKETED_SOURCES = re.compile(
    r"(?:增设|新设|设立|设置|成立|组建|建立|设|建)(?P<new>[^，。；：、（(）)]{2,30}?)[（(]"
    r"(?:(?:其)?前身(?:为|是)(?P<pre>[^（）()]{2,60}?)|(?P<into>[^（）()]{2,60}?)(?:并入|併入)|由(?P<made>[^（）()]{2,60}?)"
    r"(?:合并组建|合并而成|合并|改建|改设|组建))[)）]")

# "析财粮科，成立粮食局" / "析县农林局水利股，组建县水利局": the body split for the new one (析出A: A is the new part)
_SPLIT_FOR = re.compile(r"(?:^|[，；。\s年月日])析(?!出)(?P<old>[^，。；：]{2,30}?)[，,]\s*(?:成立|组建|设立|建立|新设)"
                        r"(?P<new>[^，。；：（(]{2,30}?)(?=[，。；（(]|$)")


# "…，成立甲站，1986年析出乙站，设立丙站": 乙 and 丙 both come out of the body named just before 析出
_PART_SPLIT_OFF = re.compile(r"(?P<before>[^。；]{2,80}?)[，,]\s*(?:(?P<y>(?:19|20)\d{2})\s*年(?:\s*(?P<mo>\d{1,2})\s*月)?)?\s*(?:又|再)?析出"
                             r"(?P<part>[^，。；：]{2,30}?)[，,]\s*(?:设立|成立|组建|新设)(?P<new>[^，。；：（(]{2,30}?)(?=[，。；（(]|$)")


# "1977年，民政、劳动又分成两个局" / "民政、劳动局分设": the bodies of an earlier merger set apart again
_SET_APART = re.compile(r"(?:^|[，；。\s年月日])(?P<items>[\u4e00-\u9fff]{2,8}?(?:、[\u4e00-\u9fff]{2,8}?)+)(?:又|再|重新)?"
                        r"(?:分设|分开|分成|分为)(?:两个|二个|三个|[两二三])?(?:局|科|委|站|所|机构|单位)?(?=[，。；]|$)")


def _set_apart(m: re.Match[str], ctx: Ctx) -> tuple[str, list[str]] | None:
    """The merged body and the bodies it came from, for the stems listed: the latest forming whose inputs
    hold every stem (民政 → 民政局), in the order the stems are written."""
    stems = [re.sub(r"[局科委站所]$", "", x) for x in m.group("items").split("、")]
    for e in reversed(ctx.events):
        if e.type not in (EventType.ESTABLISH, EventType.RE_FORM) or len(e.inputs) < 2 or len(e.outputs) != 1:
            continue
        found = [next((i.name for i in e.inputs if stem in i.name), None) for stem in stems]
        if None not in found and len(set(found)) == len(found):
            return e.outputs[0].name, [f for f in found if f]
    return None


def _one_merge(ctx: Ctx, sent: Sentence, old: str, new: str) -> None:
    """One merge_into per merged body (a builder that unites inputs would make one event of them)."""

    start = ctx.prov(sent).start
    if any(e.type == EventType.MERGE_INTO and [m.name for m in e.inputs] == [ctx.full(old)]
           and [m.name for m in e.outputs] == [ctx.full(new)] for e in ctx.events_at.get(start, [])):
        return
    new_event(ctx, sent, EventType.MERGE_INTO, [ctx.full(old)], [ctx.full(new)])


def merge_source_facts(sent: Sentence, text: str, ctx: Ctx, event: EventFn) -> None:
    for m in _BRACKETED_SOURCES.finditer(text):
        new = name_at_start(m.group("new")) or as_name(m.group("new"))
        old = names_in_list(m.group("pre") or m.group("into") or m.group("made"))
        if not new or not old or new in old:
            continue
        event(ctx, sent, EventType.ESTABLISH, old, [new])
        if m.group("into"):  # "（A、B并入）": each merged into the new body as well
            for name in old:
                _one_merge(ctx, sent, name, new)
    for m in _SET_APART.finditer(text):
        if found := _set_apart(m, ctx):
            for body in found[1]:
                event(ctx, sent, EventType.ESTABLISH, [found[0]], [body])
    for m in _PART_SPLIT_OFF.finditer(text):
        whole = name_at_end(re.split(r"[，,]", m.group("before"))[-1])
        part, new = name_at_start(m.group("part")) or as_name(m.group("part")), name_at_start(m.group("new"))
        if whole and part and new and len({whole, part, new}) == 3:
            when = {"date": f"{m.group('y')}-{int(m.group('mo')):02d}" if m.group("mo") else m.group("y")} if m.group("y") else {}
            event(ctx, sent, EventType.ESTABLISH, [whole], [part], **when)
            event(ctx, sent, EventType.ESTABLISH, [whole], [new], **when)
    for m in _SPLIT_FOR.finditer(text):
        former, split = name_at_end(m.group("old")) or as_name(m.group("old")), name_at_start(m.group("new"))
        if former and split and former != split and as_name(m.group("old")) == former:
            event(ctx, sent, EventType.ESTABLISH, [former], [split])


__all__ = ["bodies_and_places", "kept_name", "merge_source_facts", "merged_places"]
