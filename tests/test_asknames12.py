"""Names as staff type them (twelfth session): a sub-body named with its parent's short form,
and a Party committee's body typed with or without the committee's 委. Sentences written for
the test, in the genre; the forms are generated from the units' own names."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pytest

from kg.abbrev import abbreviations
from queries.committee_names import add_committee_forms
from queries.sub_body_names import add_sub_body_forms


@dataclass
class _Unit:
    id: str
    jurisdiction: str


def _named(*units: tuple[str, str]) -> list:
    """(jurisdiction, official name) → the NameIndex's (unit, names, generated) with the name's
    generated short forms, as the index builds them."""
    out = []
    for i, (jur, name) in enumerate(units):
        names = {name: 0}
        generated: dict[str, set[str]] = defaultdict(set)
        for short in abbreviations(name, min_len=2):
            names.setdefault(short, 1)
            generated[short].add(name)
        out.append((_Unit(f"u{i}", jur), names, generated))
    return out


@pytest.mark.parametrize(("parent", "child", "typed"), [
    ("国家卫生健康委员会", "国家卫生健康委员会疾病预防控制局", "国家卫健委疾控局"),
    ("国家卫生健康委员会", "国家卫生健康委员会规划司", "卫健委规划司"),
    ("国家市场监督管理总局", "国家市场监督管理总局登记注册局", "市场监管总局登记注册局"),
    ("住房和城乡建设部", "住房和城乡建设部办公厅", "住建部办公厅"),
    ("编制委员会办公室", "编制委员会办公室综合科", "编办综合科"),
    ("人力资源和社会保障局", "人力资源和社会保障局人事股", "人社局人事股"),
    ("发展和改革委员会", "发展和改革委员会价格科", "发改委价格科"),
])
def test_a_sub_body_is_typed_with_its_parents_short_form(parent: str, child: str, typed: str) -> None:
    jur = "中央" if parent.startswith("国家") or parent.endswith("部") else "某县"
    named = _named((jur, parent), (jur, child))
    add_sub_body_forms(named)
    assert named[1][1].get(typed) == 1
    assert typed not in named[0][1]


def test_a_sub_body_of_another_place_is_not_read_as_a_child() -> None:
    named = _named(("甲县", "编制委员会办公室"), ("乙县", "编制委员会办公室综合科"))
    add_sub_body_forms(named)
    assert "编办综合科" not in named[1][1]


def test_a_parents_sign_does_not_name_its_sub_bodies() -> None:
    named = _named(("中央", "自然资源部"), ("中央", "自然资源部办公厅"))
    named[0][1]["国家海洋局"] = 2  # a sign the parent keeps
    add_sub_body_forms(named)
    assert "国家海洋局办公厅" not in named[1][1]


@pytest.mark.parametrize(("recorded", "typed"), [
    ("机构编制委员会办公室", "委编办"),  # 示例县委编办
    ("编制委员会办公室", "委编办"),
    ("委机构编制委员会办公室", "编办"),  # 某市编办
    ("委网络安全和信息化委员会办公室", "网信办"),  # 某市网信办
    ("委农村工作领导小组办公室", "农办"),  # 某县农办
    ("委组织部", "组织部"),
])
def test_a_party_body_is_typed_with_and_without_its_committee(recorded: str, typed: str) -> None:
    named = _named(("某县", recorded))
    add_committee_forms(named)
    assert named[0][1].get(typed) == 1


@pytest.mark.parametrize("recorded", ["人民防空办公室", "扶贫开发领导小组办公室", "食品安全委员会办公室"])
def test_a_government_office_gets_no_committee_form(recorded: str) -> None:
    named = _named(("某市", recorded))
    before = dict(named[0][1])
    add_committee_forms(named)
    assert named[0][1] == before


def test_a_central_body_keeps_its_own_committee() -> None:
    named = _named(("中央", "中央机构编制委员会办公室"))
    before = dict(named[0][1])
    add_committee_forms(named)
    assert named[0][1] == before


@pytest.mark.parametrize(("full", "typed"), [
    ("房地产管理局", "房管局"),
    ("房屋管理局", "房管局"),
    ("老干部局", "老干局"),
    ("县委老干部局", "县委老干局"),
    ("投资促进服务中心", "投促中心"),
    ("投资促进局", "投促局"),
    ("农村工作领导小组办公室", "农办"),
    ("中央农村工作领导小组办公室", "中央农办"),
    ("中央机构编制委员会办公室", "中编办"),
    ("中央机构编制委员会", "中编委"),
    ("党政综合办公室", "党政办"),
    ("经济综合办公室", "经济办"),
])
def test_usual_contractions_of_a_line(full: str, typed: str) -> None:
    assert typed in abbreviations(full, min_len=2)


@pytest.mark.parametrize(("recorded", "typed"), [
    ("中共某某市委、某某市人民政府信访办公室", "信访办"),
    ("委市政府信访办公室", "信访办"),
    ("委县政府督查室", "督查室"),
    ("中共某县委、某县政府接待办公室", "接待办"),
])
def test_a_joint_committee_government_body_is_typed_by_its_own_part(recorded: str, typed: str) -> None:
    named = _named(("某某市", recorded))
    add_committee_forms(named)
    assert named[0][1].get(typed) == 1


@pytest.mark.parametrize("recorded", ["人民政府办公室", "发展和改革委员会", "委员会人民政府信访办公室"])
def test_a_body_of_one_side_is_no_joint_body(recorded: str) -> None:
    named = _named(("某某市", recorded))
    add_committee_forms(named)
    assert "信访办" not in named[0][1] and "办公室" not in named[0][1]


def test_a_generic_word_before_zonghe_gives_no_office_form() -> None:
    assert "工作办" not in abbreviations("工作综合办公室", min_len=2)
