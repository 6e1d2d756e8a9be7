"""Chronicle constructions of the fourteenth session (docs/extraction.md, "Chronicle entries (fourteenth
session)"). Sentences are written for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from ingest.extractors.county_relative import county_name, county_relative
from tests.test_constructions import events, facts_of, units


def found(text: str, place: str | None = "某县") -> list[tuple]:
    return events(facts_of(text, place))


def typed(text: str, place: str | None = "某县") -> list[tuple]:
    return [e[:3] for e in found(text, place)]


# ---------------------------------------------------------------- 改X为Y with the date glued before 改


@pytest.mark.parametrize(("text", "expected"), [
    ("1963年改县人事科为县人事局。", ("rename", ("县人事科",), ("县人事局",), "1963")),
    ("1958年7月改县教育科为县文教局。", ("rename", ("县教育科",), ("县文教局",), "1958-07")),
    ("1972年又改县农林局为县农业局，同年设县林业局。", ("rename", ("县农林局",), ("县农业局",), "1972")),
])
def test_a_rename_written_change_x_into_y_after_a_glued_date(text: str, expected: tuple) -> None:
    assert expected in found(text)


def test_change_words_that_are_not_a_rename_of_two_names() -> None:
    assert found("1985年改制为企业。") == []
    assert typed("1978年改革开放以来，县商业局为全县商业主管部门。") == []


# ---------------------------------------------------------------- 始设 / 初设 / 首设 after the governing body


@pytest.mark.parametrize("verb", ["始设", "首设", "初设"])
def test_the_governing_body_first_sets_up_a_body(verb: str) -> None:
    f = facts_of(f"1950年4月，县人民政府{verb}统计科。", "某县")  # names as written; the store places them
    assert ("establish", (), ("统计科",), "1950-04") in events(f)
    assert units(f)["统计科"][2] == "县人民政府"


# ---------------------------------------------------------------- 于 before the entry's date


def test_an_entry_opening_with_yu_and_its_date() -> None:
    text = "于1950年5月，县人民政府设财政科。1956年3月，改称财政局。"
    got = found(text)
    assert ("establish", (), ("财政科",), "1950-05") in got
    assert ("rename", ("财政科",), ("财政局",), "1956-03") in got


# ---------------------------------------------------------------- 改设A和B: one body split into two


def test_a_body_re_formed_as_two() -> None:
    got = found("1956年2月，某省农林厅改设某省农业厅和某省林业厅。", "某省")
    assert ("establish", ("某省农林厅",), ("某省农业厅",), "1956-02") in got
    assert ("establish", ("某省农林厅",), ("某省林业厅",), "1956-02") in got


def test_a_subjectless_entry_splits_the_paragraphs_body() -> None:
    text = "1951年3月成立某省实业厅。1952年8月改设某省工业厅、某省商业厅。"
    got = found(text, "某省")
    assert ("establish", ("某省实业厅",), ("某省工业厅",), "1952-08") in got
    assert ("establish", ("某省实业厅",), ("某省商业厅",), "1952-08") in got


def test_one_new_name_after_gaishe_stays_a_rename() -> None:
    text = "1951年3月成立某省实业厅。1952年8月改设某省工业厅。"
    assert ("rename", ("某省实业厅",), ("某省工业厅",)) in typed(text, "某省")


# ---------------------------------------------------------------- a party group formed does not take the paragraph


@pytest.mark.parametrize("group", ["中共某省水利局核心小组", "中共某省水利局党组", "某省水利局革命领导小组"])
def test_the_bodys_party_group_does_not_become_the_subject(group: str) -> None:
    text = f"1968年10月成立某省水利局。1970年3月成立{group}。1973年6月改称某省水利电力局。"
    got = typed(text, "某省")
    assert ("establish", (), (group,)) in got
    assert ("rename", ("某省水利局",), ("某省水利电力局",)) in got


# ---------------------------------------------------------------- a county's 志 that never names the county


COUNTY_SECTION = ("【机构设置】1950年6月县人民政府设劳动科。1953年与县民政科合署办公，1955年分开。"
                  "1960年改劳动科为劳动局。1968年并入县革命委员会生产指挥部。1978年恢复县劳动局。")


def test_bare_names_take_the_county_their_neighbours_are_written_with() -> None:
    got = found(COUNTY_SECTION, None)
    assert ("establish", (), ("县劳动科",), "1950-06") in got
    assert ("co_locate", ("县劳动科",), ("县民政科",), "1953") in got
    assert ("rename", ("县劳动科",), ("县劳动局",), "1960") in got
    assert ("merge_into", ("县劳动局",), ("县革命委员会生产指挥部",), "1968") in got
    assert ("establish", (), ("县劳动局",), "1978") in got


def test_two_bureaus_merged_in_a_county_section() -> None:
    text = "1952年3月，县人民政府设工商科。1970年5月，工商、税务两局合并，称工税局。1975年8月，工商、税务又分成两个局。"
    got = typed(text, None)
    assert ("establish", ("县工商局", "县税务局"), ("县工税局",)) in got


@pytest.mark.parametrize(("text", "expected"), [
    (COUNTY_SECTION, True),
    ("1950年，县人民政府设民政科。1956年改称民政局。1962年与劳动局合并。", True),  # one county body, a chronicle
    ("县人民政府设民政科。", False),  # one county body and no chronicle
    ("1950年，市人民政府设民政科，县人民政府设民政股。1956年县民政股改称县民政科。1962年撤销。", False),  # a city's text
    ("多个县相继成立县级数据局：2024年1月甲县数据局挂牌。2024年2月乙县数据局揭牌。2024年3月丙县数据局成立。", False),  # counties named
])
def test_which_documents_are_county_relative(text: str, expected: bool) -> None:
    assert county_relative(text, None) is expected


def test_a_document_with_its_own_place_is_never_county_relative() -> None:
    assert not county_relative(COUNTY_SECTION, "某县")


@pytest.mark.parametrize(("name", "expected"), [
    ("人事科", "县人事科"), ("档案馆", "县档案馆"), ("第一科", "县第一科"),
    ("县人事局", None), ("政工组", None), ("秘书股", None), ("组织部", None), ("办公室", None), ("中共某县委", None),
    ("国家统计局", None), ("农业厅", None), ("甲县数据局", None), ("某市统计局", None), ("市场监督管理局", "县市场监督管理局"),
])
def test_which_bare_names_take_the_county(name: str, expected: str | None) -> None:
    assert county_name(name) == expected


def test_a_city_chronicle_keeps_its_bare_names() -> None:
    text = "1950年，市人民政府设民政科。1956年改民政科为民政局。1960年与市劳动局合署办公。"
    got = typed(text, None)
    assert ("rename", ("民政科",), ("民政局",)) in got


# ---------------------------------------------------------------- groups set up by the body a merger just named


def test_groups_under_the_body_a_merger_calls_by_its_new_name() -> None:
    f = facts_of("1971年6月，县财政局、县税务局合并，称财税局，下设秘书、征收、预算3个组。", "某县")
    assert ("establish", ("县财政局", "县税务局"), ("财税局",), "1971-06") in events(f)
    got = units(f)
    assert {"财税局秘书组", "财税局征收组", "财税局预算组"} <= set(got)
    assert got["财税局征收组"][:3] == ("内设机构", None, "财税局")


def test_groups_written_whole_before_their_count_keep_one_head() -> None:
    got = units(facts_of("1972年3月，成立某省水产局，下设办事组、生产组、后勤组等三个组。", "某省"))
    assert {"某省水产局办事组", "某省水产局生产组", "某省水产局后勤组"} <= set(got)
    assert not any(n.endswith("组组") for n in got)


def test_a_head_character_and_its_verb_is_no_name() -> None:
    from ingest.extractors.common import as_name, is_unit_name

    assert not is_unit_name("局设领导小组")
    assert not is_unit_name("站内设秘书股")
    assert as_name("设计院") is None or as_name("设计院") == "设计院"  # 设计 stays a word


# ---------------------------------------------------------------- the same change again, years apart


@pytest.mark.parametrize("again", ["再度", "再次", "重新", ""])
def test_a_body_co_located_again_years_later(again: str) -> None:
    text = f"1953年4月，县统计科与县计划委员会合署办公，1956年分开。1960年{again}与县计划委员会合署办公。"
    got = found(text)
    assert ("co_locate", ("县统计科",), ("县计划委员会",), "1953-04") in got
    assert ("co_locate", ("县统计科",), ("县计划委员会",), "1960") in got


def test_one_change_told_twice_in_one_year_stays_one() -> None:
    text = "1960年3月，县统计科与县计划委员会合署办公。同年，县统计科与县计划委员会合署办公，人员统一使用。"
    assert [e[:3] for e in found(text)].count(("co_locate", ("县统计科",), ("县计划委员会",))) == 1


# ---------------------------------------------------------------- a class of places each forming its own body


@pytest.mark.parametrize("text", [
    "1981年，全县19个公社、镇、场均建立档案室，县属机关有14个单位建立档案室。",
    "1958年各公社都设立了文化站。",
    "1984年，全县各乡镇普遍成立司法办公室。",
    "1990年，各区相继设立计划生育服务站。",
])
def test_a_class_of_places_each_forming_a_body_is_no_one_body(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("1981年，全县成立县档案局。", ("establish", (), ("县档案局",))),  # 全县 is no class of places
    ("1981年，各公社均建立县档案局分局。", ("establish", (), ("县档案局分局",))),  # a named, placed body stays
])
def test_a_named_body_of_the_county_stays(text: str, expected: tuple) -> None:
    assert expected in typed(text)


# ---------------------------------------------------------------- "国家机关干部" is no central body


def _place(text: str) -> str | None:
    from ingest.extractors import detect_jurisdiction
    from ingest.readers.base import RawDocument

    return detect_jurisdiction(RawDocument("a", text, {}))


@pytest.mark.parametrize("text", [
    "【机构设置】解放初期，国家机关干部的任免由县委组织部承办。1952年县人民政府设人事科。1958年改称人事局。",
    "建国初，国家工作人员的调配由县人民政府民政科承办。1955年设县人事科。",
])
def test_a_county_section_speaking_of_state_cadres_has_no_place(text: str) -> None:
    assert _place(text) is None


def test_a_central_body_written_with_he_is_still_central() -> None:
    assert _place("国家发展和改革委员会设立价格司。2008年，撤销价格监督检查司。") == "中央"


# ---------------------------------------------------------------- a printed page wrapped before a figure or a bracket


def test_a_wrapped_line_goes_on_with_the_day_of_its_date() -> None:
    from ingest.extractors.common import DocText

    text = ("“文化大革命”开始后，县人民委员会的工作陷于停顿，各部门相继被夺权，由群众组织代行职权。1969年4月\n"
            "12日，成立某县革命委员会，取代原县人民委员会。")
    sentences = [s.text for s in DocText.build(text).sentences]
    assert any(s.startswith("1969年4月12日，成立某县革命委员会") for s in sentences)
    assert ("establish", (), ("某县革命委员会",), "1969-04-12") in found(text)


def test_a_wrapped_line_goes_on_with_a_bracket_but_an_item_number_stays_apart() -> None:
    from ingest.extractors.common import DocText

    wrapped = "同年成立县生产指挥部，下设办事组、政工组等机构，负责全县工农业生产的组织和调度\n（1975年撤销），其余机构照旧。"
    assert [s.text for s in DocText.build(wrapped).sentences] == [wrapped.replace("\n", "")]  # one sentence, rejoined
    items = "县生产指挥部的工作分工如下，各组按照分工开展工作并向指挥部报告\n（一）办事组：负责文秘。"
    assert any(s.text.startswith("（一）") for s in DocText.build(items).sentences)


# ---------------------------------------------------------------- a body formed with a description and a note on its name


@pytest.mark.parametrize("text", [
    "1967年9月，成立军、干、群三结合的某县革命委员会（未经选举产生，简称县革委）。",
    "1967年9月，成立工、农、兵（部队、干部和群众代表）三结合的某县革命委员会（简称县革委会）。",
    "1967年9月，成立某县革命委员会（简称县革委），取代县人民委员会。",
])
def test_a_body_formed_after_a_description_and_before_a_note_on_its_name(text: str) -> None:
    assert ("establish", (), ("某县革命委员会",), "1967-09") in found(text)


def test_a_description_naming_a_body_is_no_description() -> None:
    # "县农业局的农机站": an owner before 的, not a description; no body formed of the owner's part alone
    assert ("establish", (), ("农机站",)) not in typed("1967年9月，撤销县农业局的农机站。")


# ---------------------------------------------------------------- a predecessor formed in a month


@pytest.mark.parametrize(("text", "date"), [
    ("县农业局的前身是1952年6月成立的县农林科。", "1952-06"),
    ("县农业局前身为1952年成立的县农林科。", "1952"),
    ("县农业局的前身系1952年11月设立的县农林科。", "1952-11"),
])
def test_a_predecessor_formed_in_a_month_keeps_the_month(text: str, date: str) -> None:
    assert ("establish", (), ("县农林科",), date) in found(text)


# ---------------------------------------------------------------- working together under two signs


@pytest.mark.parametrize("text", [
    "县志办\n1983年6月成立县志办。1986年3月，与县档案馆合署办公，两块牌子，一班人员。",
    "县志办\n1983年6月成立县志办。1986年3月与县档案馆合署办公，实行两块牌子、一套人马。",
])
def test_a_co_location_with_two_signs_gives_the_first_body_the_others_sign(text: str) -> None:
    f = facts_of(text, "某县")
    assert ("co_locate", ("县志办",), ("县档案馆",), "1986-03") in events(f)
    assert units(f)["县志办"][4] == ("县档案馆",)


def test_a_party_body_co_located_under_two_signs_is_the_host() -> None:
    f = facts_of("1990年，县地方志办公室与中共某县委党史研究室合署办公，两块牌子。", "某县")
    assert units(f)["中共某县委党史研究室"][4] == ("县地方志办公室",)


def test_a_co_location_without_two_signs_gives_no_sign() -> None:
    f = facts_of("1986年3月，县志办与县档案馆合署办公，1990年分开。", "某县")
    assert all(not v[4] for v in units(f).values())


# ---------------------------------------------------------------- worked together, then separated again


@pytest.mark.parametrize("text", [
    "物价局（1972年3月设，与计划委员会合署，1980年5月从计划委员会分出）",
    "1962年，县统计科与县计划委员会合署办公，1970年从县计划委员会分出。",
])
def test_leaving_the_body_it_worked_with_forms_nothing(text: str) -> None:
    got = typed(text)
    assert any(e[0] == "co_locate" for e in got)
    assert not [e for e in got if e[0] == "establish" and e[1]]  # no body formed from the partner


def test_a_body_split_off_without_a_co_location_is_still_formed() -> None:
    assert ("establish", ("县商业局",), ("县供销合作社",)) in typed("县供销合作社（1970年3月并入县商业局，1975年8月从县商业局分出）")


# ---------------------------------------------------------------- a naming rule for the departments listed


_COMMITTEE_LIST = ("1968年5月，成立某县革命委员会。其工作部门于1970年重新公布，{rule}。\n"
                   "政工组（1968年5月设，1973年8月撤）\n"
                   "商业局（1970年3月恢复）\n"
                   "物价局（1972年3月设，与计划委员会合署，1980年5月从计划委员会分出）\n")


@pytest.mark.parametrize("rule", ["机构名称前均冠以某县革命委员会", "各部门名称前一律冠以“某县革命委员会”字样"])
def test_the_departments_named_after_a_naming_rule_carry_its_name(rule: str) -> None:
    got = found(_COMMITTEE_LIST.format(rule=rule))
    assert ("establish", (), ("某县革命委员会政工组",), "1968-05") in got
    assert ("abolish", ("某县革命委员会政工组",), (), "1973-08") in got
    assert ("establish", (), ("某县革命委员会商业局",), "1970-03") in got
    assert ("co_locate", ("某县革命委员会物价局",), ("某县革命委员会计划委员会",), "1972-03") in got


def test_without_a_naming_rule_the_departments_stay_as_written() -> None:
    got = found(_COMMITTEE_LIST.format(rule="共有工作部门30个"))
    assert ("establish", (), ("商业局",), "1970-03") in got


@pytest.mark.parametrize(("name", "expected"), [
    ("政治部", "某县革命委员会政治部"), ("人民防空领导小组办公室", "某县革命委员会人民防空领导小组办公室"),
    ("某县革命委员会", None), ("某县革命委员会商业局", None), ("中共某县委", None), ("某地区革命委员会", None), ("革命委员会", None),
])
def test_which_names_the_naming_rule_completes(name: str, expected: str | None) -> None:
    from ingest.extractors.county_relative import naming_rule, prefixed_name

    prefix = naming_rule("其工作部门，机构名称前均冠以某县革命委员会。")
    assert prefix == "某县革命委员会"
    assert prefixed_name(name, prefix) == expected


def test_a_rename_to_the_name_it_has_is_none() -> None:
    assert not [e for e in typed("人事局（1975年6月恢复人事机构，改称人事局）") if e[0] == "rename"]


# ---------------------------------------------------------------- 更改为, and a party group named beside the new name


@pytest.mark.parametrize(("text", "expected"), [
    ("1975年10月成立某省农业局。1980年7月更改为某省农业厅。", ("rename", ("某省农业局",), ("某省农业厅",), "1980-07")),
    ("1980年7月，某省农业局更改为某省农业厅。", ("rename", ("某省农业局",), ("某省农业厅",), "1980-07")),
    ("1975年10月成立某省农业局。1980年7月更改为某省农业厅和中共某省农业厅党组。", ("rename", ("某省农业局",), ("某省农业厅",), "1980-07")),
    ("1975年10月成立某省水利局。1979年3月改称某省水利厅、中共某省水利厅党组。", ("rename", ("某省水利局",), ("某省水利厅",), "1979-03")),
])
def test_a_rename_written_gengGaiWei_or_beside_a_party_group(text: str, expected: tuple) -> None:
    assert expected in found(text, "某省")


def test_two_new_bodies_are_no_rename() -> None:
    got = typed("1975年10月成立某省农业局。1980年7月改称某省农业厅和某省林业厅。", "某省")
    assert not [e for e in got if e[0] == "rename"]
