"""Divisions named on heading lines over their duties, on one host's page (twelfth session, rows12).

A unit's page, a 部门决算 page or a 科室 page often gives each 内设机构 a heading line of its own and writes
its duties under it, after a line that announces the divisions ("科室职责", "内设机构及职责", "X下设A和B，各
科室职责如下："). The heading is numbered or not ("一、综合股", "（二）业务股", "3.财务科", "业务股："), may
carry the division's sign in brackets, and the duties follow as numbered items ("1.负责…"), as lines that open
with a duty verb, under a label ("职责：负责…"), or on the heading's own line after its colon ("1、综合股：
负责…"). Each heading is a 内设机构 of the host (the body the announcing sentence names, else the page's
unit, else a title or first line naming one unit), and its lines are the division's duties (内设机构职责).
A page naming no host gives nothing. Tests: tests/test_rows12.py.
"""

from __future__ import annotations

import re

from kg.model import DutyStatement, Mention, UnitStatement

from .common import Ctx, as_name, name_at_end, strip_item_number
from .page_divisions import _DUTY_OPENING, _division, page_unit
from .sanding import _ITEM_LINE, _duty_sentences, _role, _sentence_index, _signs_in, is_figures_only

_NUM = _ITEM_LINE.pattern  # an item number: "一、", "（一）", "1、", "1．"
# a line announcing the divisions: "科室职责", "二、内设机构及职能", "各股室主要职责：", "机构设置"
_CUE_LINE = re.compile(rf"^(?:{_NUM})?[ \t]*(?:各)?(?:内设机构|内设科室|内设股室|内设部门|科室|股室|部室|处室|机构设置)"
                       r"(?:设置)?(?:及|和)?(?:其)?(?:主要)?(?:工作)?(?:职责|职能|设置|情况)?[ \t]*[：:]?[ \t]*$")
# a sentence announcing them: "X下设A和B，各科室职责如下：", "X内设综合股、业务股。"
_CUE_SENTENCE = re.compile(r"^[ \t]*(?P<host>[^，。；：:\n]{2,40}?)(?:机关)?(?<![建增假陈开铺])(?:下设|内设|设有|设)(?P<list>[^。；\n]{2,200})")
_DIVISION_WORDS = re.compile(r"内设机构|科室|股室|部室|处室|职能科|职能股|各(?:科|股|部|处|室)")

def _host_of(ctx: Ctx, line: str) -> str | None:
    m = _CUE_SENTENCE.match(strip_item_number(line.strip()))
    if not m:
        return None
    name = name_at_end(m.group("host").strip())
    if not name or not m.group("host").strip().endswith(name):
        return None
    return ctx.canon(name) if callable(ctx.canon) else name


def _cue_sentence(ctx: Ctx, line: str) -> bool:
    """A sentence announcing divisions: a named body right before 下设/内设/设有/设, or a list said to be of
    divisions ("…设3个内设机构：", "各科室职责如下：")."""
    m = _CUE_SENTENCE.match(strip_item_number(line.strip()))
    return m is not None and (_host_of(ctx, line) is not None or bool(_DIVISION_WORDS.search(m.group("list"))))


def _page_host(ctx: Ctx) -> str | None:
    host = page_unit(ctx)
    if host:
        return host
    for line in (ctx.title, ctx.dt.text.lstrip().split("\n", 1)[0]):
        line = (line or "").strip()
        if line and strip_item_number(line) == line and as_name(line) == line and len(line) >= 3:
            return ctx.canon(line) if callable(ctx.canon) else line
    return None


def _glued_heading(line: str) -> str | None:
    """"X内设A、B A：" (a list line the page glued to its first heading): the name before the colon when it
    is listed earlier on the same line."""
    m = re.search(r"([^\s，。；、：:]{2,20})[：:][ \t]*$", line)
    if not m:
        return None
    head = line[:m.start(1)]
    for k in range(2, len(m.group(1)) + 1):
        name = m.group(1)[-k:]
        if k < len(m.group(1)) and _division(name) and name in head:
            longer = m.group(1)[-(k + 1):]
            if not (_division(longer) and longer in head):
                return name
    return None


# a heading: number, name, optional sign in brackets, optional colon, then the line's end or its duty text
_HEADING = re.compile(rf"^(?P<num>{_NUM})?[ \t]*(?P<name>[^\s，。；、：:（()）,;]{{2,20}})[ \t]*"
                      r"(?:[（(](?P<note>[^（()）\n]{2,60})[)）])?[ \t]*(?P<colon>[：:，,])?[ \t]*(?P<rest>.*)$")


def _is_duty(text: str) -> bool:
    return bool(_DUTY_OPENING.match(text)) and not text.lstrip().startswith("负责人")


def _heading(line: str) -> tuple[str, list[str], int] | None:
    """A division's heading: its name, signs, and where the duty text on its own line starts (the line's end
    when none follows)."""
    head = _HEADING.match(line)
    if head and _division(head.group("name")):
        rest = head.group("rest")
        # "（一）办公室 负责…": a numbered name, a space, then a duty verb
        spaced = bool(head.group("num") and rest and line[head.start("rest") - 1] in " \t" and _is_duty(rest))
        # a comma closes a numbered heading only ("（二）志书科，事业编制2名。承担…")
        colon = head.group("colon") and (head.group("colon") in "：:" or head.group("num"))
        if colon or not rest or spaced:
            return head.group("name"), _signs_in(head.group("note") or ""), head.start("rest") if rest else len(line)
    subject = _subject(line)
    return (subject[0], [], subject[1]) if subject else None


def _subject(line: str) -> tuple[str, int] | None:
    """A numbered item opening with a division as the subject of its duties ("（一）办公室负责…", a page's space
    between them lost): the division and where its duties start."""
    body = strip_item_number(line)
    if body == line:
        return None
    at = len(line) - len(body)
    for k in range(2, min(20, len(body)) + 1):
        if _is_duty(body[k:].lstrip()) and _division(body[:k].strip()):
            return body[:k].strip(), at + k + len(body[k:]) - len(body[k:].lstrip())
    return None


_LABEL = re.compile(r"^[ \t]*(?:主要)?(?:工作)?(?:职责|职能)[ \t]*[：:][ \t]*")
_FIELD = re.compile(r"^[ \t]*(?:负责人|联系电话|电话|地址|邮编|传真|邮箱|办公地址)[ \t]*[：:]")


def _duty_start(line: str) -> int | None:
    """Where a line's duty text starts (after its item number or label), or None if it is no duty line."""
    if _FIELD.match(line):
        return None
    body = strip_item_number(line)
    if body != line:
        return len(line) - len(body)
    lab = _LABEL.match(line)
    if lab:
        return lab.end()
    return len(line) - len(line.lstrip()) if _is_duty(line.lstrip()) else None


# a list written on one line, its items after spaces or a colon: "X设4个内设机构： （一）办公室 负责…。 （二）…"
_INLINE_ITEM = re.compile(r"(?:(?<=[：:。；;])[ \t]*|[ \t]+)(?=[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）])")


def _segments(text: str) -> tuple[list[str], list[int]]:
    """The text's lines, a line holding two bracketed items or more cut before each (a list on one line)."""
    lines: list[str] = []
    offsets: list[int] = []
    at = 0
    for line in text.split("\n"):
        marks = list(_INLINE_ITEM.finditer(line))
        # two items or more on the line, or one right after a colon ("X设3个内设机构：（一）办公室")
        cuts = [m.end() for m in marks] if len(marks) >= 2 or (marks and line[:marks[0].start()].rstrip().endswith(("：", ":"))) else []
        for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True):
            lines.append(line[a:b].rstrip())
            offsets.append(at + a)
        at += len(line) + 1
    offsets.append(at)
    return lines, offsets


def headed_division_duties(ctx: Ctx) -> None:
    """Division headings over their duty lines after a line announcing the divisions (two headings at least)."""
    if ctx.sanding:
        return
    text = ctx.dt.text
    lines, offsets = _segments(text)
    page_host = None
    runs: list[tuple[str, list[tuple[int, str, list[str], list[tuple[int, int]]]]]] = []
    host: str | None = None
    run: list[tuple[int, str, list[str], list[tuple[int, int]]]] = []
    cued = False

    def close() -> None:
        nonlocal run
        if host and sum(1 for item in run if item[3]) >= 2:
            runs.append((host, [item for item in run if item[3]]))
        run = []

    for k, line in enumerate(lines):
        if not line.strip():
            continue
        heading = _heading(line) if cued else None
        if heading is None and (_CUE_LINE.match(line) or (not run and _cue_sentence(ctx, line))):
            if run:
                close()
            cued = True
            host = _host_of(ctx, line) or host
            if host is None:
                page_host = page_host or _page_host(ctx)
                host = page_host
            glued = _glued_heading(line)
            if glued:
                run.append((k, glued, [], []))
            continue
        if not cued:
            continue
        if heading is not None:
            name, signs, rest = heading
            run.append((k, name, signs, [(offsets[k] + rest, offsets[k] + len(line))] if rest < len(line) else []))
            continue
        at = _duty_start(line) if run else None
        if at is None:
            close()
            cued = False
            continue
        run[-1][3].append((offsets[k] + at, offsets[k] + len(line)))
    close()
    for host, items in runs:
        if any(ctx.division_name(name, host) in ctx.divisions for _, name, _, _ in items):
            continue  # a list another reader took ("X设下列内设机构：（一）综合科：编制…", a budget page's paragraphs)
        for k, name, signs, spans in items:
            division = ctx.division_name(name, host)
            # figures in a division's item ("事业编制3名，设科长1名。") are left to the staffing readers
            sentences = [s for a, b in spans for s in _duty_sentences(ctx, a, b) if not is_figures_only(s[2])]
            if not sentences or any(_sentence_index(ctx, gs) in ctx.produced for gs, _, _ in sentences):
                continue  # read already (a 三定's division pages)
            ctx.units.append(UnitStatement(Mention(division), ctx.prov_span(offsets[k], offsets[k] + len(lines[k])),
                                           kind="内设机构", parent=Mention(host), parent_relation="内设",
                                           signs=[ctx.full(s) for s in signs]))
            ctx.divisions.add(division)
            for gs, ge, sentence in sentences:
                ctx.produced.add(_sentence_index(ctx, gs))
                ctx.duties.append(DutyStatement(Mention(division), sentence, ctx.prov_span(gs, ge),
                                                category="内设机构职责", role=_role(sentence)))


__all__ = ["headed_division_duties"]
