"""Bodies referred to without their names (docs/extraction.md, "Bodies referred to without their names, tenth
session"; `ingest/extractors/reference.py`). Sentences are written for these tests in the genre's wording; no
corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors.common import Ctx, DocText
from ingest.extractors.reference import resolved
from tests.test_constructions import events, facts_of


def _rows(text: str, place: str = "甲县") -> list[tuple]:
    return [e[:3] for e in events(facts_of(text, place))]


def _resolved(text: str) -> list[str]:
    dt = DocText.build(text)
    ctx = Ctx("t", dt, "", "甲县")
    return [resolved(s, ctx).text for s in dt.sentences]


@pytest.mark.parametrize(("text", "expected"), [
    # 该 + ending: the nearest body named before with that ending, in an earlier sentence
    ("1985年，成立县农机局。1998年，该局撤销。", ("abolish", ("县农机局",), ())),
    ("1972年成立县科学技术委员会。1979年，该委更名为县科学技术局。",
     ("rename", ("县科学技术委员会",), ("县科学技术局",))),
    ("2001年组建县经济计划委员会。2005年，该委员会撤销。", ("abolish", ("县经济计划委员会",), ())),
    # 该机构 / 该单位: any body
    ("2018年组建县生态环境局。该机构整合了县环境保护局、县国土资源局的相关职能。",
     ("establish", ("县环境保护局", "县国土资源局"), ("县生态环境局",))),
    # the ending chooses among the bodies named: 该站 is the station, not the bureau named after it
    ("1983年设县农技站，归县农业局管理。1990年，该站更名为县农业技术推广中心。",
     ("rename", ("县农技站",), ("县农业技术推广中心",))),
    # 其 before what the body owns
    ("1985年，成立县农机局。1998年，该局撤销，其职能并入县农业局。", ("transfer_duty", ("县农机局",), ("县农业局",))),
    ("撤销县旅游局，其牌子挂在县文化广电局。", ("add_sign", ("县文化广电局",), ("县旅游局",))),
    # 前者 / 后者: the first / last of the two bodies named before
    ("县林业局的职责划入县自然资源局，后者加挂县林业局牌子。", ("add_sign", ("县自然资源局",), ("县林业局",))),
    ("县体育局与县文化局合并，前者不再保留。", ("abolish", ("县体育局",), ())),
])
def test_a_referring_word_is_the_body_named_before(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a count of bodies: the list it counts
    ("1983年设县文化局和县广播局。1990年，两局合并为县文化广播局。",
     ("establish", ("县文化局", "县广播局"), ("县文化广播局",))),
    ("1983年设县文化局和县广播局。1990年，两局合并，成立县文化广播局。",
     ("establish", ("县文化局", "县广播局"), ("县文化广播局",))),
    ("1956年设县科学规划委员会和县技术委员会。1958年，两个委员会合并为县科学技术委员会。",
     ("establish", ("县科学规划委员会", "县技术委员会"), ("县科学技术委员会",))),
    # bodies set up by each owner are named by their owners
    ("1964年，县委、县政府各设有信访室。1975年，两室合并为县信访办公室。",
     ("establish", ("县委信访室", "县政府信访室"), ("县信访办公室",))),
    # a pair of endings: one body each
    ("1980年复建县档案局，同年成立县档案馆，局、馆合署办公。", ("co_locate", ("县档案局",), ("县档案馆",))),
    ("1979年成立县审计局和县统计局，两局合署办公。", ("co_locate", ("县审计局",), ("县统计局",))),
    ("1962年始建县档案馆，1963年设县档案局，馆局合署办公。", ("co_locate", ("县档案馆",), ("县档案局",))),
])
def test_a_count_stands_for_the_bodies_it_counts(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


def test_these_bodies_are_the_list_named_before_not_the_body_formed() -> None:
    rows = _rows("将县物价局、县粮食局合并组建县发展和改革局。上述机构不再保留。")
    assert ("abolish", ("县物价局",), ()) in rows and ("abolish", ("县粮食局",), ()) in rows
    assert ("abolish", ("县发展和改革局",), ()) not in rows
    rows = _rows("2010年，县物价局、县粮食局和县统计局合并组建县经济局。以上三个单位不再保留。")
    assert {r for r in rows if r[0] == "abolish"} == {("abolish", (b,), ()) for b in ("县物价局", "县粮食局", "县统计局")}


def test_each_owner_sets_up_its_own_body() -> None:
    rows = _rows("1956年4月，县委、县人委各设有档案室1个，各配备专职干部1名。")
    assert ("establish", (), ("县委档案室",)) in rows and ("establish", (), ("县人委档案室",)) in rows


@pytest.mark.parametrize(("text", "expected"), [
    ("甲市档案局的前身为甲市档案管理科，成立于1960年7月，1963年7月改称为甲专区档案局。",
     [("establish", (), ("甲市档案管理科",)), ("rename", ("甲市档案管理科",), ("甲专区档案局",))]),
    ("前身为“甲地区档案局”，1959年9月12日成立。", [("establish", (), ("甲地区档案局",))]),
])
def test_the_history_after_a_predecessor_is_the_predecessors(text: str, expected: list) -> None:
    rows = _rows(text, "甲市")
    assert all(e in rows for e in expected)


def test_a_newly_formed_ending_is_the_body_formed_last() -> None:
    rows = _rows("2019年3月，组建县医疗保障局。新组建的局整合了县人力资源和社会保障局的医疗保险职责。")
    assert ("establish", ("县人力资源和社会保障局",), ("县医疗保障局",)) in rows


@pytest.mark.parametrize("text", [
    # no body of that ending named before: nothing is resolved
    "1990年，两局合并为县文化广播局。",
    # a count short of the bodies named: nothing
    "县文化局负责文化工作。1990年，三局合并为县文化广播局。",
    # a list announced, a description, a person, a place, a longer noun: no reference
    "县委下设三个中心：县融媒体中心、县网格化服务中心、县综治中心。",
    "2019年组建县应急管理局。该局为县政府工作部门。",
    "2019年组建县应急管理局。该局局长由副县长兼任。",
    "该县撤销了三个乡。",
    "县第一中学与县第二中学。1999年，两所学校合并为县第一中学。",
    "1985年，设县文化站。此处撤销的是县广播站。",
])
def test_no_reference_is_made_up(text: str) -> None:
    assert _resolved(text) == [s.text for s in DocText.build(text).sentences]


def test_the_resolved_copy_keeps_the_sentence_it_was_read_from() -> None:
    f = facts_of("1985年，成立县农机局。1998年，该局撤销。", "甲县")
    abolish = next(e for e in f.events if e.type.value == "abolish")
    assert abolish.prov.sentence.startswith("1998年") and "该局" in abolish.prov.sentence


def test_counts_in_a_three_ding_are_left_to_its_readers() -> None:
    text = "第一条 根据方案，制定本规定。\n第二条 甲县文化局与甲县广播局合并。两局合署办公。"
    dt = DocText.build(text)
    ctx = Ctx("t", dt, "甲县文化局职能配置、内设机构和人员编制规定", "甲县")
    ctx.about_sanding = True
    assert [resolved(s, ctx).text for s in dt.sentences] == [s.text for s in dt.sentences]
