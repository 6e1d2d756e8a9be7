"""Rewrites of a sentence's wording the event readers already know, for constructions that only reorder or pad
it (fourteenth session, second wave):

- an approver between the subject (or its date) and the verb: "X于1987年5月经县人民政府批准成立" reads as
  "X于1987年5月成立" (the approver forms nothing; before, it was taken as the body formed);
- the place where a body hangs its sign: "X在原Y正式挂牌(成立)" reads as "X正式挂牌(成立)" (Y is an address, it
  neither forms nor carries X's sign);
- the actor before an active 合并: "县政府合并A与B组建C" reads as "县政府将A与B合并组建C" (A and B are merged,
  not the actor);
- a whole unit handed over after its abolition: "撤销A，整建制划归B管辖" reads as "撤销A，整建制并入B" (A is
  absorbed by B: merge_into);
- a body founded under a first name (fifteenth session): "X始建于1950年3月，始称Y，1956年更名为Z" reads as
  "Y始建于1950年3月，1956年更名为Z" (Y was formed; the renames after it are Y's; X, the name now, is named by them).
- a list of pairs each with its own verb: "将A更名为B、C更名为D" reads as "将A更名为B，C更名为D" (fifteenth session).
- a coordinating body's office written by its word alone (seventeenth session): "组建县委审计委员会，办公室设在县审计局"
  reads as "组建县委审计委员会，县委审计委员会办公室设在县审计局"; likewise "…改为X委员会，办公室作为县委工作机关，加挂Y牌子"
  and "成立X指挥部，作为议事协调机构，其办公室设在Y" (the office, not the committee, is hosted, described and signed).

Only the text the readers see changes; the sentence recorded as provenance stays as written."""

from __future__ import annotations

import re
from dataclasses import replace

from .common import Sentence, as_name, find_names

_VERB = r"(?:正式)?(?:成立|设立|组建|建立|设置|挂牌|撤销|撤并|更名|改称|改名|合并|并入)"
# "经县人民政府批准" / "报经市编委批准" / "经省编办同意": glued between a subject or date and its verb
_APPROVER = re.compile(r"(?<=[\u4e00-\u9fff\d])(?:报经|经)[^，。；,;：:“”《》]{0,24}?(?:批准|同意|批复同意|批复)(?=" + _VERB + ")")
# "在原区卫生局（培新街61号）正式挂牌": the address of the sign hanging
# (a current body after 在 is the host of a sign, "X在区政府办公室挂牌": left alone; only 原 or an address word)
_SIGN_PLACE = re.compile(r"(?<=[\u4e00-\u9fff])在(?:原[^，。；,;在]{2,30}?(?:[（(][^）)]{0,20}[）)])?"
                         r"(?:处|旧址|原址|办公地|办公楼|大楼|院内)?|[^，。；,;在]{2,30}?(?:旧址|原址|办公地|办公楼|大楼|院内))"
                         r"(?=(?:正式|隆重|举行)?(?:揭牌|挂牌))")
# "县政府合并A与B组建C": the actor, then 合并 and the bodies merged, then the verb of the body formed
_ACTIVE_MERGE = re.compile(r"合并((?:[^，。；,;与和及、]{2,30}?[、])*[^，。；,;与和及、]{2,30}?(?:与|和|及|、)[^，。；,;与和及、]{2,30}?)"
                           r"((?:共同)?(?:组建|成立|设立)(?:了)?)")
# "撤销A，整建制划归B管辖" / "撤销A乡建制，成建制并入B镇"
_WHOLE_HANDOVER = re.compile(r"(撤销[^，。；,;]{2,20}?[，,]\s*(?:其|将其|并将其)?(?:整建制|成建制|全部))(?:划归|划入|归入)"
                             r"([^，。；,;]{2,20}?)(?:管辖|管理)?(?=[，。；,;]|$)")


# "X始建于1945年12月，始称Y" / "X成立于1950年，初称“Y”" / "X于1958年成立，时称Y": founded, then its first name
_FIRST_NAME = re.compile(r"^(?P<pre>\s*)(?P<x>[^，。；,;“”]{2,40}?)(?P<mid>(?:始建于|创建于|创始于|成立于|组建于|设立于|建于|"
                         r"于[^，。；,;]{2,20}?(?:成立|组建|设立|建立|始建))[^，。；,;]{0,20}?)[，,]\s*"
                         r"(?:始称|初称|初名|原称|原名|时称|当时称|最初称|初设时称)(?:为)?“?(?P<y>[^，。；,;“”]{2,40}?)”?(?=[，。；,;]|$)")


def _first_name(m: re.Match[str]) -> str:
    x, y = m.group("x"), m.group("y")
    if as_name(x) != x or as_name(y) != y or x == y:
        return m.group(0)  # a subject or a first name that is no body's name: left as written
    return m.group("pre") + y + m.group("mid")


# a list of pairs, each with its own verb: "将A更名为B、C更名为D", "如“A”改为“B”、“C”改为“D”" (fifteenth session, lists)
_PAIR_VERB = re.compile(r"更名为|改名为|改称为?|改为|调整为|并入|划入")


def _pairs_apart(clause: str) -> str:
    """A clause listing pairs joined by 、, each piece holding one pair verb with a body on both sides, reads as
    clauses joined by ，: the readers of one pair per clause read them all. Any other clause stays as written."""
    pieces = clause.split("、")
    if len(pieces) < 2:
        return clause
    for piece in pieces:
        verbs = list(_PAIR_VERB.finditer(piece))
        if len(verbs) != 1 or len(piece[: verbs[0].start()].strip("“”「」 ")) < 2 \
                or len(piece[verbs[0].end():].strip("“”「」 ")) < 2:
            return clause
    pieces[0] = re.sub(r"^(\s*)(?:例如|比如|如|譬如)[，,：:]?", r"\1", pieces[0])  # "如A改为B、C改为D": examples, each a fact
    return "，".join(pieces)


# a committee, leading group or headquarters closing a clause (maybe one describing clause after it), then a clause
# opening with its office's bare word: "组建X委员会，(作为…，)(其)办公室设在/作为/为/是…"
_COMMITTEE_OFFICE = re.compile(r"(?P<head>[^。；;，,]*?(?:委员会|领导小组|工作小组|指挥部))"
                               r"(?P<mid>(?:[，,]\s*(?:作为|为|是)[^，。；,;]{2,30}?)?)(?P<sep>[，,]\s*)(?:其)?办公室"
                               r"(?=设在|作为|为|是|加挂|挂)")


def _committee_office(m: re.Match[str]) -> str:
    found = find_names(m.group("head"))
    name = found[-1][2] if found and found[-1][1] == len(m.group("head")) else None
    if not name or not re.search(r"(?:委员会|领导小组|工作小组|指挥部)$", name):
        return m.group(0)
    return m.group("head") + m.group("mid") + m.group("sep") + name + "办公室"


def rewritten(sent: Sentence) -> Sentence:
    """The sentence as the readers should read it (see the module's constructions); the same sentence when none
    applies."""
    text = sent.text
    text = _APPROVER.sub("", text)
    text = _SIGN_PLACE.sub("", text)
    text = _ACTIVE_MERGE.sub(lambda m: "将" + m.group(1) + "合并" + m.group(2), text)
    text = _WHOLE_HANDOVER.sub(lambda m: m.group(1) + "并入" + m.group(2), text)
    text = _FIRST_NAME.sub(_first_name, text)
    text = _COMMITTEE_OFFICE.sub(_committee_office, text)
    if "、" in text and _PAIR_VERB.search(text):
        text = re.sub(r"[^，。；,;]+", lambda m: _pairs_apart(m.group(0)), text)
    return sent if text == sent.text else replace(sent, text=text)
