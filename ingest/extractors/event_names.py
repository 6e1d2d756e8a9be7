"""An event's unit written short after the passage named it in full (twelfth session).

Chronicles name a body in full once and then by its tail or its usual contraction:
"成立某县公安机关军事管制领导小组。1970年军事管制领导小组改为…" (the tail), "某县革命委员会成立……撤销县革委会"
(革命委员会 → 革委会), "某部兵工办公室成立。…兵工办公室改组为…". The short form is the body named in full
before it when exactly one full name written earlier in the document ends with it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import EventStatement, Mention

from .common import as_name

# usual contractions of a kind's words inside a body's name (the long form first)
_CONTRACTIONS = (("革命委员会", "革委会"), ("革命委员会", "革委"), ("人民委员会", "人委"))
# the shortest tail that still names one body ("保卫部" alone is too short to tell)
_MIN_TAIL = 3


# what may stand before the tail in the full name: a place, or the body the tail belongs to ("重工业部兵工办公室",
# "某县人民政府财粮科", "某县公安机关军事管制领导小组"), never a verb glued before a name ("通报X")
_PLACES = re.compile(r"(?:[\u4e00-\u9fff]{1,7}?(?:自治区|自治州|自治县|地区|专区|省|市|县|区|州|旗|盟))+")
_OWNER_END = re.compile(r"(?:[省市县区州旗]|机关|政府|委员会|委|部|厅|局|署|公署|专区)$")


def _owner_prefix(full: str, cut: int, contracted: bool) -> bool:
    """Whether ``full[:cut]`` is the body the tail belongs to. A place alone before the tail is the place rule's
    business (a township keeps its bare name), unless the tail is a contraction ("临泽县革命委员会" written
    "县革委会")."""
    prefix = full[:cut]
    if _PLACES.fullmatch(prefix) or _PLACES.fullmatch(full[: cut + 1]):
        return contracted
    return bool(as_name(prefix) or _OWNER_END.search(prefix))


def _short_forms(full: str) -> set[str]:
    forms = {full}
    for long, short in _CONTRACTIONS:
        if long in full:
            forms.add(full.replace(long, short))
    return forms


def _standalone_after(text: str, short: str, full_forms: set[str], start: int) -> bool:
    """Whether ``short`` is written after ``start`` on its own (not as the end of one of the full forms)."""
    k = text.find(short, start)
    while k >= 0:
        if not any(text.endswith(f, 0, k + len(short)) for f in full_forms if len(f) > len(short)):
            return True
        k = text.find(short, k + 1)
    return False


def named_in_full(name: str, pool: set[str], text: str) -> str:
    """The one full name of ``pool`` written before ``name`` and ending with it (or with its contraction)."""
    if len(name) < _MIN_TAIL or not as_name(name):
        return name
    found = set()
    for full in pool:
        if full == name or len(full) <= len(name) or full.startswith("中共"):
            continue
        forms = _short_forms(full)
        if not any(f.endswith(name) and f != name and _owner_prefix(f, len(f) - len(name), contracted=f != full)
                   for f in forms):
            continue
        first = text.find(full)
        if first >= 0 and _standalone_after(text, name, forms, first + len(full)):
            found.add(full)
    # one body, or one body and the shorter names it contains ("X局军管小组" and "军管小组" both end with it)
    longest = [f for f in found if not any(g != f and g.endswith(f) for g in found)]
    return longest[0] if len(longest) == 1 and all(longest[0].endswith(f) for f in found) else name


def complete_event_names(events: list[EventStatement], pool: set[str], text: str) -> None:
    """Every event unit written short after its full name, given the full name."""
    cache: dict[str, str] = {}

    def full(m: Mention) -> Mention:
        if m.name not in cache:
            cache[m.name] = named_in_full(m.name, pool, text)
        return m if cache[m.name] == m.name else replace(m, name=cache[m.name])

    for e in events:
        e.inputs = [full(m) for m in e.inputs]
        e.outputs = [full(m) for m in e.outputs]


__all__ = ["complete_event_names", "named_in_full"]
