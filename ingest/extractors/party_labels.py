"""A party named by a label before its part (twelfth session, overlaps12).

Plans, rules and notices list each body's part as an item opened by the body's name and a colon:
"（二）县交通运输局：负责…", "3.公安部门工作职责：…", "交通部门：一是负责…；二是…", and the item's
text is that body's part. The part opens with what the body does — a duty verb, or an enumeration
of its tasks ("一是…") — never with a date, a figure or a person ("县长：张三", "地址：…",
"县公安局：今年以来共破获…" are no parts). A run-in heading written on the label's line
("五、责任分工 交通部门：…", a page that lost its line breaks) is passed over.

Used by the 职责分工 reader (consecutive labelled items are one statement, each body holding its
item) and by the prose duty reader (the item is the body's 职责表述).
"""

from __future__ import annotations

import re

from .common import strip_item_number

# what a body's part opens with: a duty verb (as in a 三定 item), or an enumeration of its tasks
PART_VERBS = (r"负责|承担|牵头|主导|配合|协助|组织|指导|做好|加强|参与|按照|依法|统筹|协调|督促|制订|制定|拟订|"
              r"维护|查处|打击|开展|落实|监督|管理|审核|审查|核查|保障|推进|建立|严查|严厉")
_PART_OPENING = re.compile(rf"^\s*(?:[一二三四五六七八九十]是|\d+[、.．])?(?:要|应当|应)?(?:全面|主要|具体|积极|切实|及时)?"
                           rf"(?:{PART_VERBS})")
# a report's account opens with a time or a figure ("县公安局：今年以来共破获…"): no part, even in a list of parts
_ACCOUNT = re.compile(r"^\s*(?:\d+(?![\d、.．])|[一二三四五六七八九十〇零]+年|今年|去年|近年|近期|目前|截至|截止|自)")
# a run-in heading before the label on its line: "责任分工 交通部门：" / "成员单位职责 县公安局："
_RUN_IN = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:分工|职责|任务)(?:如下)?\s+")
_HEADING_GLUED = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:分工|职责)(?:如下)?")
_BARE_NAME = re.compile(r"(?P<who>[^，。；：“”\s]{2,40})[。.．]")
# the label: a name (or a class, 公安部门; or a list of them, "县交通局、公路局"), an optional "职责"-word, a colon
_LABEL = re.compile(r"^(?P<who>[^，。；：“”\s]{2,40}?)(?:的)?(?:工作|主要|具体)?(?:职责|职能|任务)?[：:]")


def labelled_part(text: str, any_part: bool = False) -> tuple[str, int] | None:
    """(the label as written, the offset of the part after it) when ``text`` opens with a label
    followed by a part ("（二）县公安局：维护…" → ("县公安局", offset of 维护)); else None.
    ``any_part``: in a list of parts already begun, an item's part may open otherwise
    ("18.市园林绿化局：依据职能做好…"), though never as a report's account does."""
    stripped = strip_item_number(text)
    offset = len(text) - len(stripped)
    run_in = _RUN_IN.match(stripped)
    if run_in:
        stripped, offset = stripped[run_in.end():], offset + run_in.end()
    m = _LABEL.match(stripped)
    body = stripped[m.end():] if m else ""
    if not m or _ACCOUNT.match(body) or not (_PART_OPENING.match(body) or (any_part and len(body.strip()) >= 4)):
        return None
    who = m.group("who")
    heading = _HEADING_GLUED.match(who)  # "责任分工交通部门": the heading's space lost in normalization
    return (who[heading.end():] if heading and len(who) - heading.end() >= 2 else who), offset + m.end()


def named_before_part(text: str, following: str | None, any_part: bool = False) -> str | None:
    """The name a sentence holds alone when the next sentence of its line is a part: a label closed
    by a full stop ("6、区质量技监局。负责…" / "县环保局。负责…")."""
    m = _BARE_NAME.fullmatch(strip_item_number(text).strip())
    if not m or following is None or _ACCOUNT.match(following) or not (_PART_OPENING.match(following) or any_part):
        return None
    return m.group("who")


__all__ = ["PART_VERBS", "labelled_part", "named_before_part"]
