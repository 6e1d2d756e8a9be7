"""Counts of a place's bodies by class ("X县政府有几个工作部门", "X市设置党政机构多少个", "县委工作机关几个"):
the STAFFING rows of a class kind (政府工作部门 on the government, 党委机构 on the party committee, 党政机构 on
the place itself; tests/gold/README.md) recorded at or before the day asked. Nothing else is counted: the
units of a kind the graph happens to hold are not the number a document states."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kg.dates import start_of
from kg.model import BODY_KINDS, Predicate

__all__ = ["BODY_CUES", "BODY_KINDS", "asked_kind", "body_count_asked", "body_count_in_staffing", "body_count_rows"]

# the words of a question asking for such a count (a mode of the staffing intent)
BODY_CUES = ("工作部门", "党政机构", "党政机关", "党委机构", "党委工作机关", "委工作机关", "政府机构", "政府部门",
             "党委工作部门")


# Twelfth session: the same count asked in the staff's other forms (docs/questions.md "Twelfth session")
# "X市政府工作部门数 / 个数 / 数量 / 总数": the class noun, then a noun of number
_CLASS_THEN_NUMBER = re.compile("(?:" + "|".join(BODY_CUES) + r")(?:的)?(?:总数|个数|数量|数目|数)")
# "X市政府这次改革后一共几个部门", "X市委的机构有几个", "X县党政机构剩几个", "市政府设多少个工作部门":
# the government or the Party committee (or 党政), then within a few words a count of its 部门 / 机构 / 机关,
# either order
_OWNER = r"(?:人民政府|政府|党政|党委|[省市县区州旗盟]委)"
_BODY_NOUN = r"(?:工作部门|工作机构|工作机关|部门|机构|机关)"
_COUNT = r"(?:几个|几家|多少个|多少家|多少)"
_OWNER_COUNT = re.compile(_OWNER + r"(?:的)?[^，,。？?；;]{0,12}?(?:" + _COUNT + r"(?:工作)?" + _BODY_NOUN + "|"
                          + _BODY_NOUN + r"(?:的)?(?:数量|个数|总数)?(?:有|是|共|一共|总共|设|剩|剩下|压缩到|减到)*(?:了)?"
                          + _COUNT + r")")
# words of another question: the posts, the heads, the divisions or the units under a body
_NOT_BODIES = re.compile(r"编制|职数|领导|内设|处室|科室|股室|司局|下属|直属事业|事业单位|人员|名额")
# words of a question about some of the bodies, not how many a place has: the ones that hold a duty
# ("几个部门负责"), or that a change touched ("改革涉及多少个部门", "撤并了几个机构", "新组建几个")
_SOME_BODIES = re.compile(r"负责|承担|牵头|参与|分管|会同|联合|涉及|调整|变动|撤|合并|组建|新设|划入|划出|交叉")


def body_count_asked(text: str) -> bool:
    """Whether ``text`` asks how many bodies of a class a place (its government, its Party
    committee) has, whatever the router said: a count word after the class noun ("政府工作部门数"),
    a class noun of ``BODY_CUES`` with a count word, or a count of the 部门 / 机构 of a government or
    a Party committee ("市政府一共几个部门", "市委的机构有几个"); never a question of posts, heads,
    divisions or the units under a body."""
    if _NOT_BODIES.search(text) or _SOME_BODIES.search(text):
        return False
    if any(c in text for c in BODY_CUES) and re.search(_COUNT + r"|几", text):
        return True
    return bool(_CLASS_THEN_NUMBER.search(text) or _OWNER_COUNT.search(text))


def body_count_in_staffing(text: str) -> bool:
    """Whether a question routed to 编制 asks a count of bodies: a class noun and no word of posts
    or divisions (the eleventh session's reading), or any form ``body_count_asked`` reads."""
    if any(c in text for c in BODY_CUES) and not re.search(r"编制|职数|领导|内设", text):
        return True
    return body_count_asked(text)


def asked_kind(text: str) -> str:
    if "党政" in text:
        return "党政机构"
    if re.search(r"(?:党委|[省市县区州旗盟]委)(?:的)?(?:工作)?(?:机关|机构|部门)", text):
        return "党委机构"
    return "政府工作部门"


def body_count_rows(store: Any, kind: str, place: str | None, units: list[str], day: date) -> list[Any]:
    """The facts of ``kind`` whose subject is one of ``units`` or, failing that, the place (or one of
    its bodies), dated at or before ``day`` (undated first), oldest first."""
    facts = [f for f in store.facts(predicate=Predicate.STAFFING) if f.value == kind
             and (f.valid_from is None or start_of(f.valid_from) <= day)]
    mine = [f for f in facts if f.subject in units]
    if not mine and place:
        mine = [f for f in facts if f.subject == place or (store.get_unit(f.subject) is not None
                                                           and store.get_unit(f.subject).jurisdiction == place)]
    return sorted(mine, key=lambda f: (f.valid_from is not None, str(f.valid_from or "")))
