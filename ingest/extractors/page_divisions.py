"""A unit's own page listing its divisions one a line, each over its duty paragraph (tenth session).

部门决算/部门预算 pages and 机构职能 pages of one unit often write their division list as a section
"（一）机构、职能设置" (or "机构设置", "内设机构") whose items are headings "1、办公室(加挂指挥中心牌子)"
alone on their line, each followed by the paragraph of the division's duties ("负责…；负责…。"). Each
item is a 内设机构 of the page's unit (its bracketed sign kept), and the paragraph's sentences are
the division's duties (category 内设机构职责); a sentence on the division's own structure ("内设2个中队，
即…") is neither a duty nor a figure of the page's unit: its count is the division's 内设机构 figure (thirteenth
session, tests/test_place_branch_and_accounts_date.py). Tests: tests/test_sanding10.py.
"""

from __future__ import annotations

import re

from kg.model import DutyStatement, Mention, StaffingStatement, UnitStatement

from .common import CN_NUM, Ctx, as_name, cn_int
from .sanding import (
    _duty_sentences,
    _role,
    _sentence_index,
    _signs_in,
    is_division_name,
    is_unit_name_with_place,
)

# the section heading over the list: "（一）机构、职能设置", "二、机构设置", "内设机构", "机构设置及职责"
_SECTION = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?[ \t]*"
                      r"(?:内设机构|内设科室|内设部门|机构设置|机构、职能设置|机构职能设置|机构和职能设置)"
                      r"(?:及(?:其)?(?:职能|职责)|情况)?[ \t]*[：:]?[ \t]*$")
# an item heading alone on its line: "1、办公室(加挂指挥中心、情报信息研判中心牌子)", "（二）财务股", "3．法规科"
_ITEM = re.compile(r"^[ \t]*(?P<num>\d{1,2}[、．.](?!\d)|[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）])[ \t]*"
                   r"(?P<name>[^\s，。；、：:（(]{2,20}?)[ \t]*(?:[（(](?P<note>[^（()）\n]{2,60})[)）])?[ \t]*$")
_DUTY_OPENING = re.compile(r"^[ \t]*(?:主要)?(?:负责|承担|拟订|拟定|组织|协调|指导|研究|办理|掌握|收集|贯彻|参与|管理)")
# a sentence on the division's own structure: "内设2个中队，即…", "下设…"
_STRUCTURE = re.compile(r"^(?:内设|下设|设有|设)(?:[^。]{0,6}?\d+|[^。]{0,6}?[一二三四五六七八九十两]+)个")
# its count of its own sub-divisions: "内设2个中队，即…", "下设3个组", "设有4个股室"
_OWN_COUNT = re.compile(rf"^(?:内设|下设|设有|设)(?:了)?(?P<num>{CN_NUM})个(?:大队|中队|分队|组|股|科|室|股室|科室|处室|机构|内设机构)"
                        r"(?=[，,：:。；]|$)")


# a division's name: the genre's endings, and a police bureau's 大队/中队 (its divisions on its own page)
_SQUAD = re.compile(r"(?:大队|支队|中队)$")


def _division(name: str) -> bool:
    return (is_division_name(name) or bool(_SQUAD.search(name))) and not is_unit_name_with_place(name)


def _style(num: str) -> str:
    return "arabic" if num[0].isdigit() else "bracket"


def numbered_division_paragraphs(ctx: Ctx, host: str | None) -> None:
    """Divisions listed one a line under the page's division section, each over its duty paragraph
    (two items at least); units and duties of the host's divisions."""
    if not host or ctx.sanding:
        return
    text = ctx.dt.text
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    found: list[tuple[int, str, list[str], int]] = []  # (line, name, signs, paragraph's last line)
    k = 0
    while k < len(lines):
        if not _SECTION.match(lines[k]):
            k += 1
            continue
        style = None
        j = k + 1
        run: list[tuple[int, str, list[str], int]] = []
        while j < len(lines):
            item = _ITEM.match(lines[j])
            nxt = j + 1
            while nxt < len(lines) and not lines[nxt].strip():
                nxt += 1
            if item and (style is None or _style(item.group("num")) == style) and nxt < len(lines) \
                    and _DUTY_OPENING.match(lines[nxt]) and _division(item.group("name")):
                style = _style(item.group("num"))
                end = nxt
                while end + 1 < len(lines) and lines[end + 1].strip() and not _ITEM.match(lines[end + 1]) \
                        and not _SECTION.match(lines[end + 1]) and not re.match(r"^[ \t]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])", lines[end + 1]):
                    end += 1
                run.append((j, item.group("name"), _signs_in(item.group("note") or ""), end))
                j = end + 1
                continue
            if run or (lines[j].strip() and not re.search(r"\d+个", lines[j])):
                break  # the list ends (a count line "内设股级机构23个" may stand before its first item)
            j += 1
        if len(run) >= 2:
            found.extend(run)
        k = j if j > k else k + 1
    for k, name, signs, end in found:
        division = ctx.division_name(name, host)
        ctx.units.append(UnitStatement(Mention(division), ctx.prov_span(offsets[k], offsets[k] + len(lines[k])),
                                       kind="内设机构", parent=Mention(host), parent_relation="内设",
                                       signs=[ctx.full(s) for s in signs]))
        ctx.divisions.add(division)
        for gs, ge, sentence in _duty_sentences(ctx, offsets[k + 1], offsets[end] + len(lines[end])):
            ctx.produced.add(_sentence_index(ctx, gs))  # read here: no figure of the host's from it
            if _STRUCTURE.match(sentence):
                count = _OWN_COUNT.match(sentence)
                amount = cn_int(count.group("num")) if count else None
                if amount:  # "内设2个中队，即文秘中队、通信中队": the division's own count of its divisions
                    ctx.staffing.append(StaffingStatement(Mention(name), "内设机构", "核定", amount,
                                                          ctx.prov_span(gs, ge)))
                    _own_divisions(ctx, sentence[count.end():], amount, division, ctx.prov_span(gs, ge))
                continue
            ctx.duties.append(DutyStatement(Mention(division), sentence, ctx.prov_span(gs, ge),
                                            category="内设机构职责", role=_role(sentence)))


# the items after the count: "，即A、B" / "，分别是：A、B" / "：A、B"
_OWN_ITEMS = re.compile(r"^[，,]?(?:即|分别是|分别为|包括|为)?[：:]?(?P<list>[^。；]+)")


def _own_divisions(ctx: Ctx, rest: str, amount: int, division: str, prov) -> None:
    """"内设2个中队，即文秘调研中队、机要通信中队" in a division's paragraph: each item (a division's name, as many as
    the count) is a division of that division (sixteenth session, lists)."""
    from .counted_lists import listed_items

    m = _OWN_ITEMS.match(rest)
    items = listed_items(m.group("list")) if m else []
    if len(items) != amount or not all(_division(i) for i in items):
        return
    for item in items:
        name = ctx.division_name(item, division)
        ctx.units.append(UnitStatement(Mention(name), prov, kind="内设机构", parent=Mention(division),
                                       parent_relation="内设"))
        ctx.divisions.add(name)


def page_unit(ctx: Ctx) -> str | None:
    """The unit a page is of: the profile's unit, else the one its title (or first line) names as the
    owner of a 部门决算/预算 or 概况 ("X2019年决算公开报告")."""
    if ctx.profile and ctx.focus:
        return ctx.focus
    from .news import _report_unit

    for line in (ctx.title, ctx.dt.text.lstrip().split("\n", 1)[0]):
        name = _report_unit(line)
        if name and as_name(name) == name:
            return ctx.full(name)
    return None


__all__ = ["numbered_division_paragraphs", "page_unit"]
