"""A 三定 copied without its title (fourteenth session): its opening cites a plan as its basis and sets its body up
("根据《…关于印发X机构改革方案的通知》精神，设置Y，为…"); Y, not X, is the body the duties, staffing and 职责调整 are
about. 设置 sets a body up as 设立 does. Sentences written here, in the genre."""

from __future__ import annotations

from ingest.extractors.common import as_name
from ingest.extractors.sanding_openings import (
    added_duty_lines,
    cited_basis_spans,
    posts_after_description,
    set_up_body,
)
from tests.test_constructions import events, facts_of, units

_UNTITLED = (
    "根据中共甲省委办公厅、甲省人民政府办公厅《关于印发乙市人民政府机构改革方案的通知》（甲厅〔2010〕12号）精神，"
    "{verb}乙市人民政府办公室{sign}，为协助市政府领导同志处理市政府日常工作的机构。\n"
    "主要职责\n"
    "（一）负责市政府全体会议和常务会议的会务工作。\n"
    "（二）负责市政府公文的审核和印发工作。\n"
    "内设机构\n"
    "根据上述职责，乙市人民政府办公室设8个内设机构。\n"
    "职责调整\n"
    "将信访工作职责划给市信访局。\n"
    "人员编制\n"
    "乙市人民政府办公室行政编制30名。其中：主任1名，副主任3名。\n"
)


def _untitled(verb: str = "设置", sign: str = "") -> str:
    return _UNTITLED.format(verb=verb, sign=sign)


def test_the_body_set_up_owns_the_duties_and_the_posts() -> None:
    f = facts_of(_untitled(), "乙市", title="乙市人民政府办公室介绍")
    owners = {d.unit.name for d in f.duties if d.category == "主要职责"}
    assert owners == {"乙市人民政府办公室"}
    posts = [s for s in f.staffing if s.kind == "领导职数"]
    assert posts and all(s.unit and s.unit.name == "乙市人民政府办公室" for s in posts)


def test_the_body_set_up_gives_its_own_duties_away() -> None:
    got = events(facts_of(_untitled(), "乙市", date="2010-05-01"))
    assert ("transfer_duty", ("乙市人民政府办公室",), ("乙市信访局",), None) in got \
        or ("transfer_duty", ("乙市人民政府办公室",), ("市信访局",), None) in got
    assert ("establish", (), ("乙市人民政府办公室",), None) in got


def test_set_up_with_a_sign_in_brackets() -> None:
    f = facts_of(_untitled("设立", "（挂乙市人民政府研究室牌子）"), "乙市")
    assert {d.unit.name for d in f.duties if d.category == "主要职责"} == {"乙市人民政府办公室"}


def test_the_cited_plan_owner_is_not_the_subject() -> None:
    f = facts_of(_untitled(), "乙市")
    assert not any(d.unit.name == "乙市人民政府" for d in f.duties)
    assert not any(e.inputs and e.inputs[0].name == "乙市人民政府" for e in f.events)


def test_a_notice_about_a_body_still_names_it_in_its_own_title() -> None:
    text = ("关于调整丙县自然资源局职责的通知\n根据《丙县机构改革方案》，现将丙县自然资源局的地质灾害防治职责划入丙县应急管理局。")
    got = events(facts_of(text, "丙县"))
    assert ("transfer_duty", ("丙县自然资源局",), ("丙县应急管理局",), None) in got


def test_cited_spans_and_the_body_set_up() -> None:
    text = "按照中共丁省委《关于丁市机构改革的实施意见》，设置丁市审计局，为市政府组成部门。"
    (a, b), = cited_basis_spans(text)
    assert text[a] == "《" and text[b - 1] == "》"
    assert set_up_body(text, as_name) == "丁市审计局"
    assert set_up_body("设置丁市审计局，为市政府组成部门。", as_name) is None  # nothing cited: no 三定 opening
    assert set_up_body("根据《丁市机构改革方案》，设置16个内设机构。", as_name) is None


def test_set_up_with_its_rank_as_an_establishment() -> None:
    got = facts_of("根据《戊省人民政府关于戊市机构改革方案的批复》，设置戊市统计局，正处级建制。", "戊市")
    assert ("establish", (), ("戊市统计局",), None) in events(got)
    assert any(u.unit.name == "戊市统计局" and u.rank for u in got.units)


def test_a_count_of_divisions_set_up_is_no_body() -> None:
    got = events(facts_of("己市教育局设置12个内设机构，机关行政编制40名。", "己市"))
    assert not any(e[0] == "establish" for e in got)


def _posts(text: str, place: str = "中央") -> list[tuple]:
    return [(s.unit.name if s.unit else None, s.kind, s.amount) for s in facts_of(text, place).staffing
            if s.kind == "领导职数"]


def test_posts_set_after_the_body_is_described() -> None:
    assert _posts("国家甲业局为副部级，设局长1名、副局长3名。") == [
        ("国家甲业局", "领导职数", 1), ("国家甲业局", "领导职数", 3)]
    assert _posts("庚市数据局为市政府工作部门，正处级，设局长1名、副局长2名。", "庚市") == [
        ("庚市数据局", "领导职数", 1), ("庚市数据局", "领导职数", 2)]
    assert _posts("辛县融媒体中心为县委直属公益一类事业单位，设主任1名、副主任2名。", "辛县") == [
        ("辛县融媒体中心", "领导职数", 1), ("辛县融媒体中心", "领导职数", 2)]


def test_posts_after_another_body_named_between_are_not_read_so() -> None:
    # the clause between names a second body: whose posts these are is not the description's to say
    assert posts_after_description("为市政府工作部门，设局长1名") is True
    assert posts_after_description("与壬市信访局合署办公，设局长1名") is False
    assert posts_after_description("为副部级，内设机构12个") is False


def _parent(text: str, unit: str, place: str = "中央") -> tuple:
    got = units(facts_of(text, place))
    return got[unit][2:4] if unit in got else (None, None)


def test_a_ministry_said_to_manage_a_national_bureau() -> None:
    assert _parent("根据通知，国家甲业委员会负责管理国家乙业局。", "国家乙业局") == ("国家甲业委员会", "管理")
    assert _parent("由国家甲业委员会负责管理去年成立的国家乙业局，设局长1名、副局长3名。", "国家乙业局") == \
        ("国家甲业委员会", "管理")
    assert _parent("由癸县财政局负责管理癸县国库集中支付中心。", "癸县国库集中支付中心", "癸县") == ("癸县财政局", "管理")


def test_managing_a_matter_is_no_parent() -> None:
    f = facts_of("由癸县农业农村局负责管理全县农机安全监理工作。", "癸县")
    assert not any(u.parent for u in f.units)


def _added(text: str, place: str) -> list[tuple]:
    return [(tuple(m.name for m in e.inputs), e.outputs[0].name, d.source, d.text) for e in facts_of(text, place).events
            if e.type.value == "transfer_duty" for d in e.duties]


_ADJUSTED = ("子市农业局职能配置内设机构和人员编制规定\n一、职能调整\n{block}\n二、主要职责\n（一）负责全市农业工作。\n"
             "（二）负责农业技术推广。\n三、内设机构\n设5个科室。\n")


def test_duties_listed_under_an_added_heading_move_in_from_no_giver() -> None:
    got = _added(_ADJUSTED.format(block="（一）增加的职能：\n农产品质量安全监管职能。\n休闲农业管理职能。\n（二）取消的职能：\n"
                                        "农机年检职能。"), "子市")
    assert got == [((), "子市农业局", None, "农产品质量安全监管职能"), ((), "子市农业局", None, "休闲农业管理职能")]


def test_an_added_duty_on_the_heading_line() -> None:
    got = _added(_ADJUSTED.format(block="（一）新增职责：农村能源管理职责。"), "子市")
    assert got == [((), "子市农业局", None, "农村能源管理职责")]


def test_an_added_heading_over_a_sentence_naming_a_giver_is_left_to_the_reform_reader() -> None:
    lines = ["（一）增加的职能：", "将子市林业局的林木种苗管理职能划入。", "（二）划出的职能："]
    assert added_duty_lines(lines, lambda phrase: "局" in phrase) == {}
