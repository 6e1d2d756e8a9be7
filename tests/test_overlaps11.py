"""Eleventh session (docs/overlaps.md, "Eleventh session"): 职责分工 statements the fresh bank of real
boundary lists and rules showed unread. Sentences are written for these tests in the genre's wording;
no corpus or bank document is used. Unit tests run on the hash fake."""

from __future__ import annotations

import pytest

from tests.overlap_pages import listed_pairs
from tests.test_constructions import boundaries, facts_of


def _sets(text: str, place: str = "某县") -> list[frozenset[str]]:
    return [frozenset(b) for b in boundaries(facts_of(text, place))]


def _parts(text: str, place: str = "某县") -> dict[str, str]:
    return {d.unit.name: d.text for d in facts_of(text, place).duties}


# ---------------------------------------------------------------- a boundary list read as lines

@pytest.mark.parametrize(("text", "expected"), [
    # a web table flattened to lines: each row's name cell on a line of its own, its part below
    ("城镇排水设施管理职责边界\n涉及部门 职责分工\n县住房和城乡建设局\n负责城市排水管网的建设和运行维护。\n"
     "县水利局\n负责河道堤防和排涝泵站的管理。",
     {"县住房和城乡建设局", "县水利局"}),
    # blank lines between the cells, short names without the place, a part of several sentences
    ("与相关部门的职责边界\n\n住建局\n\n   负责新建小区供水管网的验收。负责二次供水设施的建设指导。\n\n"
     "水利局\n\n负责城乡供水水源的保护。\n\n卫生健康局\n\n负责生活饮用水卫生的监督监测。",
     {"住建局", "水利局", "卫生健康局"}),
    # a row whose name cell the page lost stays inside the list; a part opened by 牵头负责 / 承担
    ("户外广告设置管理职责分工\n城市管理局\n牵头负责户外广告设置规划的编制。\n负责广告设施安全的日常巡查。\n"
     "市场监督管理局\n承担广告内容的监督管理。",
     {"城市管理局", "市场监督管理局"}),
])
def test_a_boundary_list_laid_out_as_name_lines_over_part_lines(text: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text)


def test_each_row_of_a_boundary_list_holds_its_own_part() -> None:
    text = ("农村饮水安全职责边界\n县水利局\n负责农村供水工程的建设和运行管理。\n"
            "县卫生健康局\n负责农村饮用水水质的卫生监测。")
    parts = _parts(text)
    assert "农村供水工程" in parts["县水利局"] and "水质" not in parts["县水利局"]
    assert "水质的卫生监测" in parts["县卫生健康局"]


@pytest.mark.parametrize("text", [
    # no division in the document: a notice's sender over a line of work is no row
    "县人民政府办公室\n负责做好节日期间的值班安排。\n县应急管理局\n负责汛期的应急值守。",
    # a name line followed by no part
    "职责边界\n县住房和城乡建设局\n2023年6月\n县水利局\n以上单位请于月底前报送材料。",
])
def test_name_lines_outside_a_boundary_list_state_no_division(text: str) -> None:
    assert not any(len(b) > 1 for b in _sets(text))


# ---------------------------------------------------------------- a rule's article of parallel parts

def test_an_article_of_a_rule_giving_each_body_its_part_is_a_division() -> None:
    text = ("某市城市绿地养护管理办法\n第一条 为了加强城市绿地的养护管理，制定本办法。\n"
            "第四条 城市管理部门负责公园绿地养护的监督管理。园林绿化部门负责行道树的养护管理。"
            "交通运输部门负责公路两侧绿化的养护管理。")
    assert frozenset({"城市管理部门", "园林绿化部门", "交通运输部门"}) in _sets(text, "某市")


def test_a_rule_naming_one_body_per_article_states_no_division() -> None:
    text = ("某市城市绿地养护管理办法\n第四条 城市管理部门负责公园绿地养护的监督管理。\n"
            "第五条 绿地养护单位应当建立养护档案。")
    assert not _sets(text, "某市")


def test_parallel_sentences_of_a_news_item_stay_apart() -> None:
    # no rule, no division heading: consecutive sentences with their own subjects are reporting
    text = "县交通运输局负责道路旅客运输企业的行业监管。县公安局负责道路交通安全管理。"
    assert frozenset({"县交通运输局", "县公安局"}) not in _sets(text)


# ---------------------------------------------------------------- the overlap list

def test_a_boundary_list_laid_out_as_lines_lists_its_pairs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    listed = listed_pairs(tmp_path, "平安县部门职责边界清单\n二手车交易市场监管\n相关部门 职责分工\n"
                                    "商务局\n负责二手车流通的行业管理。\n公安局\n负责二手车交易登记和盗抢车辆的查处。\n"
                                    "市场监督管理局\n负责二手车经营主体的登记和交易行为的监管。\n", "平安县")
    assert ({"平安县商务局", "平安县市场监督管理局"}, "职责分工") in listed, listed
