"""What staff type, rewritten as the plain question it means, before the compound split.

Eleventh session (classes read off the fresh question sets, docs/questions.md "Eleventh
session"). Each function takes the whole question and returns it rewritten, or unchanged when
its form is absent; ``rewritten`` applies them in turn. ``opening_place`` gives the place a
text opens with as the store knows it ("" when none), as for ``parsing.split_compound``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from queries.ask.dates import cn_numerals, extract_date
from queries.ask.parsing import _CUE, unit_shaped

OpeningPlace = Callable[[str], str]

# "应急部下面那个矿山安监局", "林业局下属的湿地保护站", "卫健委管的那个中医药局": the body over
# the unit, written before it to point at it; the question is of the unit after
_CONTAINER = re.compile(r"(?:下面|底下|下边|下头|下属|所属|旗下|管着|管的|管理的|代管的|主管的)(?:的)?"
                        r"(?:那个|这个|那家|这家|那一个|这一个|那块|那)?")


def container_dropped(text: str, opening_place: OpeningPlace | None = None) -> str:
    """"A下面那个B啥级别" → "B啥级别" (A's place kept when B writes none: "示例县林业局下属的湿地
    保护站" → "示例县湿地保护站"); unchanged when no unit name follows such a word right after a
    unit name ("卫生部管理的国家局有哪些": a kind of body, not a name, stays a list)."""
    spans = unit_shaped(text)
    for (s1, e1, _a), (s2, e2, _b) in zip(spans, spans[1:], strict=False):
        if re.search(r"[^\u4e00-\u9fff]", text[e1:s2]):
            continue
        m = _CONTAINER.match(text[e1:e2])  # the shaped name may open with the container words
        if m is None or not m.group(0) or e2 - (e1 + m.end()) < 3:
            continue
        b = text[e1 + m.end(): e2]
        while any(e == s1 for _, e, _ in spans):  # 南坪县委 + 宣传部: one name read in two spans
            s1 = next(s for s, e, _ in spans if e == s1)
        place = opening_place(text[s1:]) if opening_place is not None else ""
        if place and opening_place is not None and opening_place(b):
            place = ""  # the unit writes its own place
        return text[:s1] + place + text[e1 + m.end():]
    return text


# "2008年《卫生部主要职责、内设机构和人员编制规定》明确…", "根据《X三定规定》，…": the document is
# where the answer is written, not a part of the question (its 职责, 内设机构, 编制 ask nothing)
_TITLE = re.compile(r"(?:按照|按|根据|依据|依照)?《(?P<t>[^》]{2,80})》(?:里面|里|中|上)?(?:所)?"
                    r"(?:明确|规定|写明|确定|提到|列明)?(?:的)?[，,]?")


def title_dropped(text: str) -> str:
    """The question without the titles of documents it quotes; when nothing else names a unit,
    the unit the title opens with stands in its place ("《X三定》里内设机构有几个" → "X内设机构有几个")."""
    m = _TITLE.search(text)
    if m is None:
        return text
    rest = text[: m.start()] + text[m.end():]
    if unit_shaped(rest):
        return title_dropped(rest)
    opening = unit_shaped(m.group("t"))
    if not opening or opening[0][0] != 0:
        return text
    return title_dropped(text[: m.start()] + opening[0][2] + text[m.end():])


# "2004年某市机构改革，市计划委员会改成了啥", "2019年示例县这轮改革后，森林防火归谁": a dated
# reform of a place, asking nothing, before the question: the question's year and place
_REFORM_SETTING = re.compile(r"(?P<d>\d{4}年(?:\d{1,2}月)?)(?P<p>[\u4e00-\u9fff]{2,10}?)(?:的)?"
                             r"(?:新一轮|这一轮|这轮|那轮|这次|那次|上一轮)?(?:党政|政府)?"
                             r"(?:机构改革|体制改革|大部制改革|机构调整|改革)(?:方案)?(?:中|时|的时候|以后|之后|后)?[，,]"
                             r"(?P<rest>[^，,。？?]+[？?]?)")


def reform_setting_lent(text: str, opening_place: OpeningPlace | None = None) -> str:
    """"2004年某市机构改革，市计划委员会改成了啥" → "2004年某市计划委员会改成了啥": the
    setting lends its year and its place (a place the store knows) to the one question after it,
    which names no date of its own; unchanged otherwise."""
    m = _REFORM_SETTING.fullmatch(text.strip())
    if m is None or opening_place is None:
        return text
    place, rest = m.group("p"), m.group("rest")
    if opening_place(place) != place or not _CUE.search(rest) or extract_date(rest)[0] is not None:
        return text
    if rest.startswith(place):
        return m.group("d") + rest
    if place[-1] in "省市县区州旗" and rest[0] == place[-1]:
        rest = rest[1:]  # 示例县 + 县林业局: the level word said once
    return m.group("d") + place + rest


# "示例县有市场监管局吗", "14年某县有没有应急管理局", "某市现在还有物价局吗": whether a place has a
# body is whether that body (of the place) existed then
_PLACE_HAS = re.compile(r"(?P<pre>.+?)(?P<has>还有没有|有没有|还有|有)(?P<x>[\u4e00-\u9fff]{2,24}?)"
                        r"(?P<tail>这个单位|这个机构|这个部门|这个局)?(?P<ask>吗|么|嘛|没有|没|不|呢)?[？?]?")
_NOW_WORDS = re.compile(r"(?:现在|目前|如今|当时|那时|那时候)$")


def place_has_unit(text: str, opening_place: OpeningPlace | None = None) -> str:
    """"示例县有市场监管局吗" → "示例县市场监管局存在吗": a place the store knows (after a date, if
    any), 有 / 有没有 / 还有, a whole unit name and a yes-no ending ask whether that body existed;
    unchanged otherwise ("示例县有哪些政府工作部门", "示例县有多少编制" name no unit after 有)."""
    m = _PLACE_HAS.fullmatch(text.strip())
    if m is None or opening_place is None or not (m.group("ask") or m.group("has") in ("有没有", "还有没有")):
        return text
    pre, x = m.group("pre"), m.group("x")
    names = unit_shaped(x)
    if not names or names[0][:2] != (0, len(x)):
        return text
    _, undated = extract_date(cn_numerals(pre))
    place = _NOW_WORDS.sub("", undated.strip("，, "))
    if not place or opening_place(place) != place:
        return text
    return pre + x + "存在吗"


def rewritten(text: str, opening_place: OpeningPlace | None = None) -> str:
    """``text`` with every rewrite of this module applied."""
    text = title_dropped(text)
    text = place_has_unit(text, opening_place)
    text = reform_setting_lent(text, opening_place)
    return container_dropped(text, opening_place)
