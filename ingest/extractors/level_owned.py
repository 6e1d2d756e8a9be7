"""A kind naming its owner by level alone: "镇属事业单位", "县属事业单位" (fourteenth session, units14).

County and township texts write an institution owned by their own government as "X属事业单位" with X the level
word (镇属, 乡属, 县属, 区属, 市属, 旗属): the same as "镇政府所属事业单位", which is read as kind 事业单位 with the
government as parent (relation 所属). Tests: tests/test_counted_lists14.py.
"""

from __future__ import annotations

import re

from kg.model import Mention, UnitStatement

_LEVEL_OWNED = re.compile(r"^(?P<level>省|市|县|区|州|旗|镇|乡)属(?P<kind>(?:公益[一二]类|参公|全额拨款|差额拨款|自收自支)?事业单位)$")


def level_owned_kind(u: UnitStatement) -> None:
    """"由镇内设机构调整为镇属事业单位": kind 事业单位, parent 镇人民政府 (所属) unless a parent is stated."""
    m = _LEVEL_OWNED.match(u.kind or "")
    if not m:
        return
    u.kind = m.group("kind")
    if u.parent is None:
        u.parent, u.parent_relation = Mention(m.group("level") + "人民政府"), "所属"


__all__ = ["level_owned_kind"]
