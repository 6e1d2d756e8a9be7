"""Counts of a place's bodies by class ("县政府设置工作部门22个", "全区共设置党政机构35个，其中党委机构9个、
政府工作部门26个", "市政府工作部门由21个调整为18个"): one STAFFING row per class, for the document's
place's owning body, with the class as the kind — 政府工作部门 on X人民政府, 党委机构 on 中共X委员会, 党政机构
(both together) on the place itself (unit None, jurisdiction scope) — and change 核定 (tests/gold/README.md).

A reduction alone ("精简党政机构10个") is no count; a class of other places ("各县政府工作部门", "乡镇党政机构")
or another place named before the class is no count of this place's."""

from __future__ import annotations

import re

from kg.model import BODY_KINDS, Mention, StaffingStatement
from kg.names import CENTRAL

from .common import CN_NUM, cn_int, event_date, figure_year

# the class as written → the kind recorded
_GOV = r"(?:(?:人民)?政府)(?:工作部门|组成部门和直属机构|机构|部门)"
_PARTY = r"(?:党委|[省市县区州旗]委)(?:工作机关|工作机构|工作部门|机构|部门)"
_BOTH = r"(?:党政|党委(?:、|和|及)政府)(?:机构|机关|部门|工作部门)"
_OWNER = (r"(?P<owner>(?:全[省市县区州旗盟]|我[省市县区州旗]|本[省市县区州旗]|[省市县区州旗盟]级|自治[区州]级?|"
          r"[省市县区州旗盟]|自治[区州])?)")
_CLASS = rf"(?P<cls>{_BOTH}|{_PARTY}|{_GOV}|(?<=[省市县区州旗盟府])(?:设置|设立|设)?工作部门)"
_NUM = rf"(?P<num>{CN_NUM})\s*个"
_VERB = r"(?:共|总共|合计|共计)?(?:设置|设立|设有|设|有)?(?:了)?(?:[省市县区州旗盟]级)?"
# "CLASS N个", "CLASS由M个调整为N个", "CLASS调整为N个", "设置CLASS N个", "设N个CLASS"
_CLASS_FIRST = re.compile(rf"{_OWNER}{_VERB}{_CLASS}(?:总数|数量|数)?\s*(?:将|拟)?(?:(?:由|从)\s*(?:改革前的|原来的|原有的|现有的|原)?\s*{CN_NUM}\s*个\s*"
                          rf"(?:调整|减少|精简|压缩|缩减|减|压减|增加|增)?(?:为|至|到)|(?:调整|减少|精简|压缩|缩减|压减|减)(?:为|至|到)|"
                          rf"为|共|共计|有)?\s*{_NUM}(?![个名人%％])")
_NUM_FIRST = re.compile(rf"{_OWNER}(?:共|总共|将|拟)?(?:设置|设立|设)\s*{_NUM}(?P<cls>{_BOTH}|{_PARTY}|{_GOV}|工作部门)")
# a change, not a total; a class of other bodies or of many places
_CHANGE_BEFORE = re.compile(r"(?:精简|减少|撤销|撤并|压减|压缩|缩减|新增|增加|增设|新设|组建|合并|整合|调整)$")
_OTHERS_BEFORE = re.compile(r"(?:各|乡镇|乡|镇|街道|[^\s，。；、：:]{0,8}[县区市]区?(?:和|、|及)|县区|区县|县市|市县|市辖区|等)$")


# after a 党政 total, its parts named by their owner alone: "…机构共67个。其中市委10个，…；市政府57个，…"
_OWNER_PART = re.compile(rf"(?:其中|[，,；;：:])\s*(?P<cls>(?:[省市县区州旗]|自治[区州])(?:委|政府)|党委|政府)(?:机构)?\s*{_NUM}")


__all__ = ["BODY_KINDS", "body_count_facts"]


def _kind(cls: str) -> str:
    if cls.startswith("党政") or re.match(r"党委(?:、|和|及)政府", cls):
        return "党政机构"
    if re.match(r"(?:党委|[省市县区州旗]委)", cls):
        return "党委机构"
    return "政府工作部门"


def _owner(kind: str, place: str | None) -> Mention | None:
    """The body owning the class: the place's government or party committee; the place itself for 党政机构."""
    if not place or place == CENTRAL or kind == "党政机构":
        return None
    return Mention(f"{place}人民政府" if kind == "政府工作部门" else f"中共{place}委员会")


def _same_level(words: str, place: str) -> bool:
    """Whether the level words of the owner (县, 市级, 全区, 自治区) are the place's own level ("区政府" in a city's
    document is its districts')."""
    words = words.replace(place, "")
    return all(place.endswith(level) for level in re.findall(r"自治[区州]|[省市县区州旗盟]", words))


_TAIL_WORD = re.compile(r"[^\s，。；、：:（(,;]*$")  # the words right before a position, back to a separator


def _place_before(text: str, start: int, place: str | None) -> bool:
    """Whether the words right before the class name the document's place (or no place at all)."""
    before = _TAIL_WORD.search(text[:start]).group(0)  # type: ignore[union-attr]  # the pattern matches "" at least
    before = re.sub(r"^(?:改革后|调整后|经上述调整|目前|现|现在|其中|包括|此外|另)", "", before)
    if re.search(r"各|乡镇|街道", before):
        return False
    before = before.split("的")[-1]  # "批准设置的市级党委、政府机构": what a modifier ends in names the owner
    before = re.sub(r"(?:中共)?(?:人民政府|政府|党委)$", "", before)  # "市人民政府设置工作部门N个": the owner
    if not before:
        return True
    if _CHANGE_BEFORE.search(before) or _OTHERS_BEFORE.search(before):
        return False
    if place and before.rstrip("省市县区州旗盟") in (place, place.rstrip("省市县区州旗盟")):
        return True
    return bool(re.fullmatch(r"(?:原|将|共|全|我|本)?[省市县区州旗盟]?(?:级)?", before))


def body_count_facts(sent, ctx) -> None:
    """The counts of the place's bodies a sentence states (module doc)."""
    text = sent.text
    if "个" not in text:
        return
    place = ctx.jurisdiction
    if not place or place == CENTRAL:
        return  # the central government's classes are named otherwise (国务院组成部门)
    seen: set[tuple[str, int]] = set()
    for rx in (_CLASS_FIRST, _NUM_FIRST):
        for m in rx.finditer(text):
            owner_words = _TAIL_WORD.search(text[:m.start("cls")]).group(0)  # type: ignore[union-attr]
            if not _place_before(text, m.start(), place) or not _same_level(owner_words, place) or re.match(r"\s*(?:以上|左右|以内|以下)", text[m.end():]):
                continue
            if re.search(r"(?:精简|减少|撤销|压减|新增|增加|增设|新设|组建|不超过|控制在|限额)[^，。；]{0,4}$", text[:m.start("num")]) \
                    and not re.search(r"(?:由|从)\s*(?:改革前的|原来的|原有的|现有的|原)?\s*" + CN_NUM + r"\s*个", m.group(0)):
                continue  # "精简党政机构10个": a change
            amount = cn_int(m.group("num"))
            key = (_kind(m.group("cls")), amount or 0)
            if not amount or key in seen:
                continue
            seen.add(key)
            _add(sent, ctx, key, place)
    if any(kind == "党政机构" for kind, _ in seen):
        ctx.body_total = (sent.index, ctx.staffing[-1].date)
    elif ctx.body_total is None or ctx.body_total[0] != sent.index - 1 or not text.lstrip().startswith("其中"):
        return
    seen_total = any(kind == "党政机构" for kind, _ in seen)
    for m in _OWNER_PART.finditer(text):  # the parts of the total, in its sentence or the next one's 其中
        amount = cn_int(m.group("num"))
        key = (_kind(m.group("cls")), amount or 0)
        if amount and key not in seen and "其中" in text[:m.start() + 2] and _same_level(m.group("cls"), place):
            seen.add(key)
            _add(sent, ctx, key, place, None if seen_total else ctx.body_total[1])


def _add(sent, ctx, key: tuple[str, int], place: str | None, date: str | None = None) -> None:
    """One count on its owner; a part in the sentence after its total has the total's date."""
    text = sent.text
    ctx.staffing.append(StaffingStatement(_owner(key[0], place), key[0], "核定", key[1], ctx.prov(sent),
                                          date=event_date(text, ctx.doc_date) or figure_year(text) or date))
    ctx.mark(sent)
