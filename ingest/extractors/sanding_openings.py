"""How a 三定 (or a page copying one) opens: the document it cites as its basis, and the body it sets up.

* ``cited_basis_spans``: "根据…《关于印发X机构改革方案的通知》（厅〔2009〕58号）精神" — a document cited as the ground of
  what follows. Its title names the plan's owner (X), never the body the page is about.
* ``set_up_body``: "…，设置X，为…的机构" / "设置X，正局级建制" — a 三定's opening article sets its body up with 设置 as
  often as with 设立 (the other verbs are read by the frame readers).
"""

from __future__ import annotations

import re

# a basis verb, then within the clause a 《title》 (a quoted plan, notice or decision)
_BASIS = re.compile(r"(?:根据|按照|依据|依照|遵照|贯彻|落实|经)[^。\n《；]{0,40}?《[^》\n]{2,160}》")


def cited_basis_spans(text: str) -> list[tuple[int, int]]:
    """The spans of titles cited as a basis ("根据《…》", "按照中共X委《…》"): offsets of 《 … 》 in ``text``."""
    spans = []
    for m in _BASIS.finditer(text):
        start = m.group().index("《") + m.start()
        spans.append((start, m.end()))
    return spans


# "根据《…》（…号）精神，设置X，为…" / "…，设立X（挂Y牌子），为…" / "…，设置X，正局级建制": the opening article of a
# 三定 copied without its title or its 第一条: a basis cited, then the body set up by it
_SET_UP = re.compile(r"》[^。\n《]{0,40}?[，,]\s*(?:决定)?(?:设置|设立|组建|成立)(?P<name>[^，。；,;（(\n]{2,40})"
                     r"(?=[（(][^）)\n]{0,60}[）)][，,]|[，,]\s*(?:为|是|作为|挂|加挂|正|副)|。)")


def set_up_body(text: str, as_name) -> str | None:
    """The body a 三定's opening sets up on the ground of a cited document, read within the text's first paragraph
    lines (600 characters); None when the opening cites nothing or sets nothing up."""
    head = text[:600]
    for sentence in re.split(r"(?<=[。\n])", head):
        if not cited_basis_spans(sentence):
            continue
        m = _SET_UP.search(sentence)
        if m:
            name = as_name(m.group("name").strip())
            if name:
                return name
    return None


# "国家疾控局为副部级，设局长1名、副局长4名" / "县数据局为县政府工作部门，正科级，设局长1名、副局长2名": a body's
# description in ，-clauses (its kind, its rank), then the posts it is given; the clauses between name no other body
_DESCRIBED_THEN_SET = re.compile(r"^(?:[，,]?\s*(?:为|是|系|属|列为)?[^，。；,;\d]{0,20}?(?:级|部门|机构|单位|国家局|牌子)"
                                 r"(?:单位|建制|规格|机构)?)+[，,]\s*(?:另|并|同时)?设(?:有|置)?(?=[\u4e00-\u9fff]{1,10}?\d)")


def posts_after_description(after_name: str) -> bool:
    """The text right after a body's name describes it, then sets its posts ("…为副部级，设局长1名")."""
    return bool(_DESCRIBED_THEN_SET.match(after_name))


# a 职能调整 sub-heading of the 2000s 三定 ("（一）增加的职能：", "（三）新增职责：") over lines that are duty phrases alone
# ("政务公开协调管理职能。"): each moves in to the 三定's body from no named giver (tests/gold/README.md: "增加…职责" in a
# 职能调整 list); the next numbered item, heading or any other line ends the list
_ADDED_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|\d+[、.．])?\s*(?:增加|新增)(?:的)?(?:职能|职责)\s*[：:]\s*"
                            r"(?P<rest>[^\n]*)$")
_BARE_DUTY = re.compile(r"^\s*(?P<duty>[^，,。；;：:将划由（(]{2,60}?(?:职能|职责))\s*[。；;]?\s*$")


def added_duty_lines(lines: list[str], has_name) -> dict[int, str]:
    """{line index: duty phrase} for the duty phrases listed under an "增加的职能：" heading (on its line after the
    colon, or on the lines below). ``has_name`` tells a phrase naming a body (read with its giver elsewhere)."""
    out: dict[int, str] = {}
    k = 0
    while k < len(lines):
        m = _ADDED_HEADING.match(lines[k])
        if not m:
            k += 1
            continue
        if m.group("rest").strip():
            dm = _BARE_DUTY.match(m.group("rest"))
            if dm and not has_name(dm.group("duty")):
                out[k] = dm.group("duty")
            k += 1
            continue
        k += 1
        while k < len(lines) and (dm := _BARE_DUTY.match(lines[k])) and not has_name(dm.group("duty")):
            out[k] = dm.group("duty")
            k += 1
    return out
