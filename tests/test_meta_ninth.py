"""Document date and place constructions added in the ninth session (docs/extraction.md, document date/place rows).
Sentences are written for these tests in the genre, not copied from corpus files."""
from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument
from ingest.readers.meta import infer_meta
from kg.divisions import divisions


def _place_and_date(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    meta = infer_meta(text, {"title": title} if title else {})
    return detect_jurisdiction(RawDocument("a", text, meta)), meta.get("date")


# --- a breadcrumb is the page's path, not its title; a chain of places written together names the last one ----------

@pytest.mark.parametrize("text, expected", [
    ("您现在的位置：山西省 > 吕梁市 > 中阳县\n山西省吕梁市中阳县历史沿革\n西汉始置县。1958年10月并入邻县。1959年10月恢复建置。",
     "中阳县"),
    ("当前位置：首页 › 地方概况 › 建置沿革\n河北省保定市定兴县建置沿革\n明清属保定府。1958年并入徐水县，1961年复置。", "定兴县"),
    # Traditional script, down to a township whose name other counties bear too (东郭镇): the one under the district written
    ("您現在的位置 ： 山西省 > 運城市 > 鹽湖區 > 東郭鎮\n山西省運城市鹽湖區東郭鎮歷史沿革\n1961年，公社成立。1984年8月，改稱鎮。",
     "东郭镇"),
])
def test_a_breadcrumb_is_no_title_and_a_written_chain_names_its_last_place(text, expected):
    place, _ = _place_and_date(text)
    assert place == expected
    assert "位置" not in infer_meta(text).get("title", "")


def test_a_breadcrumb_of_one_level_changes_nothing():
    text = "首页 > 新闻中心 > 本地要闻\n某县召开机构改革推进会\n会议强调，要落实改革任务。"
    assert infer_meta(text)["title"] == "某县召开机构改革推进会"


# --- a party committee of the place ("中共X委员会") writes the place in full -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("【概况】 中共内蒙古自治区委员会机构编制委员会办公室是自治区党委机构编制委员会的办事机构。党中央确定内蒙古自治区为试点后，编办迅速行动。",
     "内蒙古自治区"),
    ("【机构设置】 中共遵义市委机构编制委员会办公室为市委工作机关。按照党中央部署，完成了事业单位改革。", "遵义市"),
])
def test_a_place_after_zhonggong_is_written_in_full(text, expected):
    place, _ = _place_and_date(text, "2021卷")
    assert place == expected


# --- a yearbook's volume line dates the entry by the book's year --------------------------------------------------------

@pytest.mark.parametrize("first, expected", [
    ("2021卷", "2021"),
    ("《某市年鉴》2019卷", "2019"),
    ("某省年鉴（2020）", "2020"),
])
def test_a_yearbook_volume_is_the_entrys_year(first, expected):
    text = f"{first}\n【机构改革】 截至2018年底，全市完成事业单位“三定”批复工作。2017年启动的试点基本完成。"
    assert infer_meta(text)["date"] == expected


def test_a_volume_word_inside_a_sentence_is_no_volume():
    text = "档案工作概况\n2016年，县档案馆接收案卷2019卷，整理文书档案300盒。"
    assert infer_meta(text).get("date") != "2019"


# --- a report on a year, published the next year: the publication day, not the year reported on -------------------------

@pytest.mark.parametrize("text, expected", [
    ("信息名称：某市机关事务管理局2020年工作总结\n生成日期：2021-01-26 公开日期：2021-01-26\n2020年，市机关事务管理局推进改革。",
     "2021-01-26"),
    ("某县委编办2018年度工作报告\n发布时间：2019-02-11\n2018年，县委编办完成机构改革任务。", "2019-02-11"),
    ("某区民政局2022年上半年工作总结\n2022年上半年，区民政局完成各项任务。\n某区民政局\n2022年7月5日", "2022-07-05"),
])
def test_a_report_on_a_year_is_dated_by_its_later_publication(text, expected):
    assert infer_meta(text)["date"] == expected


def test_a_plain_title_year_still_wins_over_a_later_repost_stamp():
    # not a report on a year: "2020年机构改革方案" reposted later keeps its own year
    text = "某县2020年机构改革方案\n发布时间：2023-05-04\n根据上级部署，结合本县实际，制定本方案。"
    assert infer_meta(text)["date"] == "2020"


# --- an opening span of days in one month dates the item by the month --------------------------------------------------

@pytest.mark.parametrize("body, expected", [
    ("2024年8月5日-9日，省委编办评估组一行到某市开展机构改革评估。", "2024-08"),
    ("2019年3月5日至7日，市委编办对各县编制使用情况进行督查。", "2019-03"),
    ("2023年6月12日—16日，调研组深入各乡镇实地查看。", "2023-06"),
])
def test_an_opening_span_of_days_gives_the_month(body, expected):
    text = f"某地开展机构改革评估工作\n{body}\n评估组对改革成效给予肯定。"
    assert infer_meta(text)["date"] == expected


# --- banners: everyday short forms -----------------------------------------------------------------------------------

@pytest.mark.parametrize("form, standard", [
    ("达茂旗", "达尔罕茂明安联合旗"),
    ("达茂联合旗", "达尔罕茂明安联合旗"),
    ("科右中旗", "科尔沁右翼中旗"),
    ("土右旗", "土默特右旗"),
])
def test_a_banner_short_form_is_a_place(form, standard):
    assert divisions().get(form)[0].name == standard


def test_two_character_banner_forms_are_not_places():
    assert not divisions().is_place("达旗")
    assert not divisions().is_place("准旗")


def test_a_report_of_our_banner_by_its_short_form():
    text = ("自2014年7月我旗启动机构改革以来，旗编委制定了《达茂联合旗机构改革方案》，上报包头市委、市政府，"
            "经包头市编委审核同意后印发。作为包头市改革进程较快的地区，我旗向上级作了汇报。")
    place, _ = _place_and_date(text)
    assert divisions().get(place)[0].name == "达尔罕茂明安联合旗"
