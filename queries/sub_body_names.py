"""A sub-body named with its parent's short form: 国家卫健委疾控局, 卫健委人事司, 曹县编办综合科.

The store names an internal body (司, 局, 处, 科, 股, 室) by its parent's full name and its own
(国家卫生健康委员会疾病预防控制局, 编制委员会办公室综合科). Staff type the parent as they type it
alone, by any of its short forms (国家卫健委, 卫健委, 编办), and the body's own part in full or
short (疾病预防控制局 → 疾控局). Every such form names the sub-body, generated from the store's
own names: no table.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg.abbrev import abbreviations

# shortest parent name read as a parent; shortest own part (科, 司 alone name no body)
_MIN_PARENT = 4
_MIN_TAIL = 2


def add_sub_body_forms(named: list[tuple[Any, dict[str, int], dict[str, set[str]]]]) -> None:
    """For each unit whose official name is another unit's official name (same place) plus its
    own part, add every form of the parent followed by the own part or one of its short forms
    (quality 1, recorded as derived so that a form two bodies share names neither)."""
    official: dict[tuple[str, str], dict[str, int]] = {}
    for unit, names, _generated in named:
        for name, quality in names.items():
            if quality == 0 and len(name) >= _MIN_PARENT:
                official.setdefault((unit.jurisdiction, name), names)
    additions = [(names, generated, _forms_after_parent(unit.jurisdiction, names, official)) for unit, names, generated in named]
    for names, generated, added in additions:
        for form, sources in added.items():
            if form not in names:
                names[form] = 1
                generated[form] |= sources


def _forms_after_parent(jurisdiction: str, names: dict[str, int],
                        official: dict[tuple[str, str], dict[str, int]]) -> dict[str, set[str]]:
    """Form → the official names it is derived from: a parent's name or short form (not its
    signs) followed by the own part or a short form of it."""
    added: dict[str, set[str]] = defaultdict(set)
    for name, quality in names.items():
        if quality != 0:
            continue
        parent = _parent_names(jurisdiction, name, official, names)
        if parent is None:
            continue
        head, parent_forms = parent
        tail = name[len(head):]
        tails = {tail} | set(abbreviations(tail, min_len=_MIN_TAIL))
        for form, form_quality in parent_forms.items():
            if form == head or form_quality > 1:
                continue
            for own in tails:
                added[form + own].add(name)
    return added


def _parent_names(jurisdiction: str, name: str, official: dict[tuple[str, str], dict[str, int]],
                  own: dict[str, int]) -> tuple[str, dict[str, int]] | None:
    """(the parent's name the name starts with, every form of the parent), longest parent first."""
    for cut in range(len(name) - _MIN_TAIL, _MIN_PARENT - 1, -1):
        forms = official.get((jurisdiction, name[:cut]))
        if forms is not None and forms is not own:
            return name[:cut], forms
    return None


# how a division's own part ends: 林长科, 法规处, 监督检查室, 综合股 (a whole body's own word, 局 or 委, is no division's)
_OWN_PART_END = ("科", "股", "处", "室", "司")


def add_own_part_forms(named: list[tuple[Any, dict[str, int], dict[str, set[str]]]]) -> None:
    """A division written by its own part alone ("林长科是哪个局的内设机构" for 潼南区林业局林长科): the
    part after its parent's name (same place), three characters or more, ending as a division does,
    is a form of the division when no other unit of the store has that part and no unit is named by
    it (quality 1, derived). A common part (办公室, 综合科) names none (seventeenth session)."""
    official = {(unit.jurisdiction, name): names for unit, names, _generated in named
                for name, quality in names.items() if quality == 0 and len(name) >= 3}
    whole_names = {name for (_place, name) in official}
    owners: dict[str, set[str]] = defaultdict(set)
    found: list[tuple[dict[str, int], dict[str, set[str]], str, str]] = []
    for unit, names, generated in named:
        for name, quality in list(names.items()):
            if quality != 0:
                continue
            for cut in range(len(name) - 3, 2, -1):  # a parent of three characters or more, a part of three or more
                forms = official.get((unit.jurisdiction, name[:cut]))
                if forms is not None and forms is not names:
                    part = name[cut:]
                    if part.endswith(_OWN_PART_END):
                        owners[part].add(unit.id)
                        found.append((names, generated, part, name))
                    break
    for names, generated, part, name in found:
        if len(owners[part]) == 1 and part not in whole_names and part not in names:
            names[part] = 1
            generated[part].add(name)
