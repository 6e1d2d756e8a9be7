"""Bodies a duty clause names as doing the duty with its holder.

"与市农委建立食品安全追溯机制", "会同县卫健局制定应急预案": the clause is held by one unit, but
the body written right after 与 / 会同 / 协同 / 联合 in the piece of the clause that says the duty
does it too. Asked "X是哪两个部门一起建的", "X由哪些部门共同负责", both are the answer.
"""

from __future__ import annotations

import re
from typing import Any

from kg.store import GraphStore

# the question asks for the bodies that do the duty together
TOGETHER_ASKED = re.compile(r"哪两个|哪两家|哪几个部门一起|一起|共同|联合|协同|合作|双方|联手")
# the word right before a partner's name in a clause
_WITH = re.compile(r"(?:与|会同|协同|联合|同|和)$")
_PIECES = re.compile(r"[，,；;。：:]")


def _pairs(text: str) -> set[str]:
    clean = re.sub(r"[\W_]", "", text)
    return {clean[i : i + 2] for i in range(len(clean) - 1)}


def duty_piece(clause: str, topic: str) -> str:
    """The piece of ``clause`` (between commas or semicolons) that says ``topic``: the one
    sharing the most character pairs with it, two at least; "" when none does."""
    wanted = _pairs(topic)
    scored = [(len(_pairs(p) & wanted), p) for p in _PIECES.split(clause)]
    shared, piece = max(scored, key=lambda sp: sp[0], default=(0, ""))
    return piece if shared >= 2 else ""


def clause_partners(store: GraphStore, names: Any, holder: str, clause: str, topic: str) -> list[str]:
    """Units of ``holder``'s place written right after a with-word (与, 会同 …) in the piece of
    ``clause`` that says ``topic``; a name two units of the place bear names neither."""
    piece = duty_piece(clause, topic)
    if not piece:
        return []
    place = store.unit(holder).jurisdiction
    found: list[str] = []
    for span in names.scan(piece):
        if span.kind != "unit" or not _WITH.search(piece[: span.start]):
            continue
        ids = sorted({uid for uid, _ in span.candidates if uid != holder and store.unit(uid).jurisdiction == place})
        if len(ids) == 1 and ids[0] not in found:
            found.append(ids[0])
    return found
