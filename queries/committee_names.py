"""A body of a local Party committee as staff type it: with or without the committee's 委.

Staff write the same body "示例县委编办" and "示例县编办", "市委网信办" and "市网信办", "省委农办"
and "省农办". The store records such a body sometimes with the committee (委机构编制委员会办公室
of 示例市, 委农办 of 黑龙江省) and sometimes without (机构编制委员会办公室 of 沈阳市). Two general
forms, generated from the store's own names:

* a name recorded after its committee (委X) is also written without it, and either way by the
  short forms of X (委农村工作领导小组办公室: 农办, 委农办);
* the 机构编制委员会 is the Party committee's committee at every level (中央编委, 县委编委), so
  its office, recorded without the committee, is also written after it (委编办, 县委编办).

A body of the Party committee and the government together (中共北京市委、北京市人民政府信访办公室,
委市政府信访办公室) is typed by its own part after the place (北京市信访办, 成都市信访办公室).

Central bodies are left alone (中央 is their committee: 中央编办).
"""

from __future__ import annotations

import re
from typing import Any

from kg.abbrev import abbreviations
from kg.names import CENTRAL

# the establishment committee's office as recorded without its Party committee
_ESTABLISHMENT_OFFICES = ("机构编制委员会办公室", "编制委员会办公室")
_SHORTEST = 2  # 编办, 农办: read only after a place (the index keeps three characters or more bare)
# a body of the committee and the government together: "中共X委、X人民政府Y", "委市政府Y"
_JOINT = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{0,12}?委(?:、[\u4e00-\u9fff]{0,12}?|[省市县区州旗]?)(?:人民)?政府"
                    r"(?P<own>[\u4e00-\u9fff]{2,})$")


def add_committee_forms(named: list[tuple[Any, dict[str, int], dict[str, set[str]]]]) -> None:
    """Add, as derived forms (quality 1 at best), each party body's forms with and without 委."""
    for unit, names, generated in named:
        if unit.jurisdiction == CENTRAL:
            continue
        official = {n for n, q in names.items() if q == 0}
        _add(names, generated, _joint_forms(official))
        on_committee = any(n.startswith("委") for n in official)
        establishment = any(n in _ESTABLISHMENT_OFFICES for n in official)
        if not (on_committee or establishment):
            continue
        added: dict[str, int] = {}
        for name in sorted(n for n in official if n.startswith("委")):
            for short in abbreviations(name[1:], min_len=_SHORTEST):  # 委农村工作领导小组办公室: 农办, 委农办
                added[short] = added["委" + short] = 1
        for form, quality in names.items():
            if quality > 1:
                continue  # a sign is not the body's own name
            if on_committee and form.startswith("委") and len(form) - 1 >= _SHORTEST:
                added[form[1:]] = max(quality, 1)
            if establishment and not form.startswith("委") and "编" in form:
                added["委" + form] = max(quality, 1)
        _add(names, generated, added)


def _joint_forms(official: set[str]) -> dict[str, int]:
    """The own part of a joint committee-government body and its short forms (信访办公室, 信访办)."""
    out: dict[str, int] = {}
    for name in sorted(official):
        joint = _JOINT.match(name)
        if joint:
            own = joint["own"]
            out |= {form: 1 for form in {own} | set(abbreviations(own, min_len=_SHORTEST))}
    return out


def _add(names: dict[str, int], generated: dict[str, set[str]], forms: dict[str, int]) -> None:
    for form, quality in forms.items():
        if form not in names:
            names[form] = quality
            generated[form].add(form)
