"""Units and staffing figures (fourteenth session, second wave, x15un): 事业单位编制 is 事业编制; a place setting up
bodies ("某市设A（挂B牌子）、C…") never glues 设 into the first name; divisions ending 台 or 队; a 三定 division
heading with a bracket note, and the end of the last heading's duty paragraph. Sentences are written for these
tests in the genre's wording; no corpus or trial document is used."""

from __future__ import annotations

import pytest

from ingest.extractors.sanding import is_division_name
from tests.test_constructions import facts_of, units


def _figures(f) -> set[tuple]:
    return {(s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in f.staffing}


# --- 事业单位编制: the posts of an institution -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("县农业技术推广中心核定事业单位编制20名。", "某县", ("县农业技术推广中心", "事业编制", "核定", 20)),
    ("经研究，县档案馆事业单位编制由8名增加到12名。", "某县", ("县档案馆", "事业编制", "核定", 12)),
    ("全县乡镇党政机构行政编制300人，事业单位编制420人。", "某县", (None, "事业编制", "核定", 420)),
])
def test_institution_posts_are_shiye_bianzhi(text, place, expected) -> None:
    got = _figures(facts_of(text, place))
    assert expected in got
    assert not any(k == "编制" and a == expected[3] for _u, k, _c, a in got)  # never a bare 编制 beside it


def test_a_plain_bianzhi_figure_stays_bare() -> None:
    assert _figures(facts_of("县农业技术推广中心核定编制20名。", "某县")) == {("县农业技术推广中心", "编制", "核定", 20)}


# --- a place sets up bodies: 设 is the verb, never the start of a name --------------------------------------------


@pytest.mark.parametrize(("text", "place", "first", "sign"), [
    ("甲市设甲市气象台（挂乙区气象局牌子）、丙县气象局2个县级气象机构，机构规格为正科级。", "甲市", "甲市气象台", "乙区气象局"),
    ("银川市设银川国家气候观象台（挂西夏区气象局牌子）、永宁县气象局2个县级气象局。", "银川市", "银川国家气候观象台",
     "西夏区气象局"),
    ("平凉市设平凉市农产品质量检测中心（挂平凉市农业科学研究所牌子）。", "平凉市", "平凉市农产品质量检测中心",
     "平凉市农业科学研究所"),
])
def test_a_place_setting_up_bodies_keeps_the_verb_out_of_the_name(text, place, first, sign) -> None:
    got = units(facts_of(text, place))
    assert not any("设" in n for n in got)
    assert first in got and sign in got[first][4]


@pytest.mark.parametrize("text", [
    "甲市设计院划归甲市住房和城乡建设局管理。",  # 设计: a word, the name keeps it
    "某县设施农业服务中心为县农业农村局所属事业单位。",  # 设施
])
def test_design_and_facility_words_stay_in_names(text) -> None:
    got = units(facts_of(text, "某县" if "某县" in text else "甲市"))
    assert any(n.endswith(("设计院", "设施农业服务中心")) for n in got)


# --- divisions ending 台 or 队 ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["气象台", "车队", "综合执法大队", "监测中队"])
def test_tai_and_dui_close_a_division(name) -> None:
    assert is_division_name(name)


@pytest.mark.parametrize("name", ["服务平台", "工作团队", "梯队"])
def test_words_ending_tai_or_dui_are_no_division(name) -> None:
    assert not is_division_name(name)


def test_a_county_bureaus_divisions_with_a_station_and_a_team() -> None:
    f = facts_of("县气象局内设办公室、气象台、气象科技服务中心。县城管局内设办公室、执法大队、车队。", "某县")
    got = {n: v[2] for n, v in units(f).items() if v[0] == "内设机构"}
    assert got == {"县气象局办公室": "县气象局", "县气象局气象台": "县气象局", "县气象局气象科技服务中心": "县气象局",
                   "县城管局办公室": "县城管局", "县城管局执法大队": "县城管局", "县城管局车队": "县城管局"}


# --- 三定 division headings: a bracket note, the end of the last paragraph ------------------------------------


_PAGE = """（五）综合科
负责机关文电、会务、档案等日常运转工作。
（六）人事科（机关党委办公室与其合署办公）
负责机关和所属单位的机构编制、人事管理、教育培训工作；负责机关党群工作。
（七）财务科（审计科）
负责机关财务管理和内部审计工作。
（八）车队
负责机关公务用车的调度和驾驶员管理工作。
机关党委按有关规定设置。
"""


def test_headings_with_notes_and_the_last_paragraph() -> None:
    from tests.test_constructions import facts_of as facts

    f = facts("某县人民政府办公室主要职责内设机构和人员编制规定\n" + _PAGE, "某县")
    got = {n: (v[0], v[4]) for n, v in units(f).items() if v[0] == "内设机构"}
    assert set(got) >= {"县人民政府办公室综合科", "县人民政府办公室人事科", "县人民政府办公室财务科", "县人民政府办公室车队"} \
        or set(got) >= {"某县人民政府办公室综合科", "某县人民政府办公室人事科", "某县人民政府办公室财务科",
                        "某县人民政府办公室车队"}
    signs = {n.rsplit("办公室", 1)[-1]: s for n, (_k, s) in got.items()}
    assert signs["人事科"] == ()  # a remark on the division, no sign
    assert [s.endswith("审计科") for s in signs["财务科"]] == [True]
    duties = {(d.unit.name.rsplit("办公室", 1)[-1], d.text) for d in f.duties}
    assert ("车队", "负责机关公务用车的调度和驾驶员管理工作。") in duties
    assert not any("按有关规定设置" in t for _n, t in duties)


# --- 在原Y挂牌: the former body's premises, no host of a sign -------------------------------------------------


@pytest.mark.parametrize("text", [
    "3月5日上午，新组建的某县卫生健康局在原县卫生局（人民路12号）正式挂牌。",
    "某市应急管理局在原市安全生产监督管理局办公楼挂牌。",
    "某区市场监督管理局在原来的区工商局挂牌。",
])
def test_opening_at_a_former_bodys_premises_is_no_sign(text) -> None:
    f = facts_of(text, "某市")
    assert not any(u.signs for u in f.units)
    assert not any(e.type.value == "add_sign" for e in f.events)


def test_a_sign_at_a_living_host_is_still_read() -> None:
    f = facts_of("某县乡村振兴局在县农业农村局挂牌。", "某县")
    assert any(u.signs for u in f.units)
