"""Seventeenth session (docs/questions.md, "Seventeenth session"): forms of how staff ask, each general:

* the day a body was set up, written by a news item without its year ("4月9日，某局正式挂牌"):
  the day as written, its year read from the item's own date or dateline when the day falls on
  or before it, never guessed otherwise; the sentence that writes the day is quoted even when the
  founding was read from another sentence of the item;
* a kind written first and the bodies after it ("国务院组成部门包括A和B吗", "直属机构里有没有X"): each
  body's kind, as "X是不是国务院组成部门" asks;
* the bodies of one name in every district (county) under a city, asked as a class ("南京区一级的X",
  "南京各区的X"): the question of each.

Documents are built with the statement builders (tests/builders.py); sentences are written here.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import EventType
from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.parsing import parse
from queries.ask.routing import route
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    # a provincial paper's item: its dateline at the head, the day of the ceremony without a year
    apply_doc(s, doc("paper", jurisdiction="东川省", title="省林草局挂牌")
              .unparsed("东川日报 2020年4月12日")
              .event(EventType.ESTABLISH, "本报讯 4月9日上午，省林业和草原局举行揭牌仪式，正式挂牌运行。",
                     outputs="林业和草原局"))
    # a city's item with no year anywhere: the founding read from the second sentence, the day in the first
    apply_doc(s, doc("city", jurisdiction="临川市", title="市医保局挂牌")
              .unparsed("3月9日，临川市医疗保障局正式挂牌，副市长出席揭牌仪式。")
              .event(EventType.ESTABLISH, "新组建的临川市医疗保障局为市政府工作部门，整合了医疗保险和医疗救助职责。",
                     outputs="医疗保障局"))
    # an item dated before the day it writes: the year is not the dateline's
    apply_doc(s, doc("early", jurisdiction="南溪区", title="区数据局挂牌")
              .unparsed("南溪新闻网 2024-01-05 09:30")
              .event(EventType.ESTABLISH, "12月28日，南溪区数据局挂牌成立。", outputs="数据局"))
    # the kinds of central bodies
    apply_doc(s, doc("state", date="2018-03-20")
              .unit("财务部", kind="国务院组成部门", rank="正部级")
              .unit("核查署", kind="国务院组成部门", rank="正部级")
              .unit("测量总局", kind="国务院直属机构", rank="正部级"))
    # two districts of 南京市 rename their poverty offices on one day
    for district in ("玄武区", "秦淮区"):
        apply_doc(s, doc(f"renamed-{district}", date="2021-06-18", jurisdiction=district)
                  .unit("扶贫开发办公室", kind="区政府工作部门")
                  .rename("扶贫开发办公室", "乡村振兴局", date="2021-06-18"))
    # a county's division of an epidemic's handling, and a body elsewhere that speaks of 处置措施 too
    apply_doc(s, doc("epidemic", date="2022-03-01", jurisdiction="柳湾县")
              .unit("畜牧兽医局", kind="县政府工作部门").unit("卫生健康局", kind="县政府工作部门")
              .duty("畜牧兽医局", "县畜牧兽医局负责拟订动物疫情应急处置预案。", item=1)
              .duty("卫生健康局", "县卫生健康局负责人间传染病疫情的报告和流行病学调查。", item=1))
    apply_doc(s, doc("towns", date="2022-03-01", jurisdiction="柳湾县")
              .unit("乡镇人民政府", kind="乡镇")
              .duty("乡镇人民政府", "各乡镇人民政府负责落实本辖区动物疫情处置的具体措施。", item=1))
    apply_doc(s, doc("mines", date="2022-03-01", jurisdiction="柳湾县")
              .unit("矿山安全服务中心", kind="事业单位")
              .duty("矿山安全服务中心", "对检查中发现的重大隐患采取现场处置措施并督促整改。", item=1))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "东川省林草局挂牌时间？",
    "东川省林业和草原局是哪天挂牌的",
    "东川省林业和草原局什么时候成立的",
])
def test_the_day_a_news_item_writes_with_the_year_of_its_dateline(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["东川省林业和草原局"], result
    assert "2020年4月9日" in result["answer"] and "4月9日上午" in result["answer"], result


@pytest.mark.parametrize("question", ["临川市医保局是哪天挂牌的", "临川市医疗保障局哪天成立的？"])
def test_the_day_written_in_another_sentence_of_the_item(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert "3月9日" in result["answer"] and "文件没有写明年份" in result["answer"], result


def test_a_day_after_the_items_own_date_gets_no_year(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "南溪区数据局哪天挂牌的", today=TODAY)
    assert "12月28日" in result["answer"] and "2024年12月28日" not in result["answer"], result


@pytest.mark.parametrize("question, names", [
    ("国务院组成部门包括财务部和核查署吗？", {"财务部", "核查署"}),
    ("国务院组成部门里有没有核查署", {"核查署"}),
    ("国务院直属机构包不包括测量总局", {"测量总局"}),
])
def test_a_kind_written_first_asks_each_bodys_kind(store, question: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert {u["name"] for u in result["units"]} == names, result
    answers = [p["answer"] for p in result["parts"]] or [result["answer"]]
    assert all("国务院" in a for a in answers), result


def test_a_kind_written_first_is_routed_by_its_rule(store) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(store, "国务院组成部门包括财务部吗", TODAY))
    assert (routed.intent.value, routed.mode, routed.rule) == ("unit_info", "kind", "kind_holds")


@pytest.mark.parametrize("question", [
    "南京区一级的扶贫开发办公室都改成了什么？",
    "南京各区的扶贫开发办公室后来改叫什么",
    "南京市所辖各区的扶贫开发办公室现在叫什么",
])
def test_the_bodies_of_one_name_in_every_district_of_a_city(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    names = {u["name"] for u in result["units"]}
    assert {"玄武区乡村振兴局", "秦淮区乡村振兴局"} <= names, result
    assert len(result["parts"]) == 2, result


def test_one_district_written_is_asked_alone(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "南京玄武区扶贫开发办公室后来改叫什么", today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["玄武区乡村振兴局"], result
    assert not result["parts"], result


@pytest.mark.parametrize("question", [
    "柳湾县动物疫情应急处置预案和具体处置措施分别由谁负责？",
    "柳湾县动物疫情应急处置预案、具体处置措施各自归哪个部门",
])
def test_each_matter_asked_with_fenbie_has_its_own_holder(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "who_handles", result
    names = [u["name"] for u in result["units"]]
    assert names[:2] == ["柳湾县畜牧兽医局", "柳湾县乡镇人民政府"], result
    assert "柳湾县矿山安全服务中心" not in names, result  # 处置措施 of another matter, not the epidemic's


def test_fenbie_is_no_part_of_the_matter(store) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(store, "柳湾县动物疫情应急处置预案和具体处置措施分别由谁负责", TODAY))
    assert (routed.rule, routed.topic) == ("each_matter", "动物疫情应急处置预案和具体处置措施"), routed


def test_one_matter_with_fenbie_is_left_to_the_classifier(store) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(store, "柳湾县动物疫情进入市场前后分别归谁监管", TODAY))
    assert routed.rule != "each_matter", routed


@pytest.fixture(scope="module")
def handed_down(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    # a city bureau holds a licence for a county's area until the licence is handed down to the county
    apply_doc(s, doc("city-bureau", date="2019-03-01", jurisdiction="临江市")
              .unit("住房和城乡建设局", kind="市政府工作部门")
              .duty("住房和城乡建设局", "承担北岸县行政区域内建筑工程施工许可证核发职责。", item=1, valid_from="2019-03-01")
              .duty("住房和城乡建设局", "负责全市建筑市场监督管理。", item=2, valid_from="2019-03-01"))
    apply_doc(s, doc("handed", date="2022-07-01", jurisdiction="北岸县", meta={"上级行政区划": "临江市"})
              .unit("住房和城乡建设局", kind="县政府工作部门")
              .unit("档案馆", kind="事业单位")
              .transfer_duty("临江市住房和城乡建设局", "北岸县行政区域内建筑工程施工许可证核发职责",
                             "住房和城乡建设局", date="2022-07-01"))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "2020年北岸县建筑工程施工许可证核发在哪一级？",
    "2020年北岸县的建筑工程施工许可证由谁核发",
    "2021年北岸县建筑工程施工许可证核发职责归哪个层级",
])
def test_a_countys_matter_held_by_its_city_before_it_was_handed_down(handed_down, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(handed_down, question, today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["临江市住房和城乡建设局"], result
    assert "上一级临江市" in result["answer"], result


def test_the_level_asked_is_no_part_of_the_matter(handed_down) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(handed_down, "2020年北岸县建筑工程施工许可证核发在哪一级？", TODAY))
    assert routed.topic == "建筑工程施工许可证核发", routed


def test_a_city_clause_that_names_no_county_is_not_the_countys(handed_down) -> None:  # type: ignore[no-untyped-def]
    result = ask(handed_down, "2020年北岸县建筑市场监督管理由谁负责", today=TODAY)
    assert not result["units"], result


@pytest.fixture(scope="module")
def provinces(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    # provinces set up data bodies under several names; a city's own is no provincial one
    for place, name, day in (("江西省", "数据局", "2024-02-01"), ("贵州省", "大数据发展管理局", "2017-02-01"),
                             ("吉林省", "政务服务和数字化建设管理局", "2019-01-01"), ("广西壮族自治区", "数据和政务服务局", "2024-05-01"),
                             ("南昌市", "数据局", "2024-06-01")):
        apply_doc(s, doc(f"{place}-data", date=day, jurisdiction=place)
                  .establish(name, kind="省政府直属机构" if place != "南昌市" else "市政府工作部门", date=day))
    apply_doc(s, doc("corps", date="2024-04-01").establish("兵团数据局", date="2024-04-01"))
    yield s
    s.close()


@pytest.mark.parametrize("question, names", [
    ("省级数据局都有哪些？", {"江西省数据局", "贵州省大数据发展管理局", "广西壮族自治区数据和政务服务局", "兵团数据局"}),
    ("2024年以来新成立的省级数据局有哪几个", {"江西省数据局", "广西壮族自治区数据和政务服务局", "兵团数据局"}),
    ("各省的数据局有哪些", {"江西省数据局", "贵州省大数据发展管理局", "广西壮族自治区数据和政务服务局", "兵团数据局"}),
])
def test_a_kind_of_body_at_the_level_of_provinces(provinces, question: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    result = ask(provinces, question, today=TODAY)
    assert {u["name"] for u in result["units"]} == names, result  # never the city's, never another kind (数字化)


def test_a_kind_no_province_holds_is_not_listed(provinces) -> None:  # type: ignore[no-untyped-def]
    result = ask(provinces, "省级医疗保障局都有哪些", today=TODAY)
    assert not result["units"], result


@pytest.fixture(scope="module")
def changes(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    # a plan forms a ministry in March; a news item says its sign went up in April
    apply_doc(s, doc("plan", date="2018-03-13").establish("水域管理部", date="2018-03-13"))
    apply_doc(s, doc("sign", date="2018-04-20", title="水域管理部挂牌")
              .event(EventType.ESTABLISH, "新组建的水域管理部20日正式挂牌。", outputs="水域管理部", date="2018-04-20"))
    # a county office re-formed as a bureau; a bureau ended, its duties going to another
    apply_doc(s, doc("reform", date="2021-06-07", jurisdiction="东坡区")
              .unit("扶贫开发办公室", kind="区政府工作部门")
              .re_form("乡村振兴局", inputs=["扶贫开发办公室"], date="2021-06-07")
              .unit("法制办公室", kind="区政府工作部门").unit("司法局", kind="区政府工作部门")
              .merge_into("法制办公室", "司法局", date="2019-03-01")
              .abolish("法制办公室", date="2019-03-01"))
    # a district's bureau and its division, and two places' bureaus of one name
    apply_doc(s, doc("district", date="2020-01-01", jurisdiction="东坡区")
              .unit("农业农村局", kind="区政府工作部门", signs=["东坡区乡村振兴工作办公室"])
              .unit("农业农村局护林科", kind="内设机构", parent="农业农村局", relation="内设"))
    for place, amount in (("江北省", 80), ("海东县", 12)):
        apply_doc(s, doc(f"stat-{place}", date="2019-05-01", jurisdiction=place)
                  .unit("统计局", kind="政府工作部门").unit("财政厅" if place == "江北省" else "财政局", kind="政府工作部门")
                  .staffing("统计局", "行政编制", "核定", amount, date="2019-05-01"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["水域管理部哪天挂牌的？", "水域管理部挂牌时间", "水域管理部是什么时候揭牌的"])
def test_the_day_a_sign_went_up_is_not_the_plans_day(changes, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(changes, question, today=TODAY)
    assert "2018年4月20日" in result["answer"] and "挂牌" in result["answer"], result


def test_the_day_a_body_was_formed_is_still_the_plans(changes) -> None:  # type: ignore[no-untyped-def]
    result = ask(changes, "水域管理部哪天组建的", today=TODAY)
    assert "2018年3月13日" in result["answer"], result


@pytest.mark.parametrize("question", ["2021年5月的时候，东坡区乡村振兴局还叫什么？", "2020年东坡区乡村振兴局当时叫啥"])
def test_the_name_at_a_date_before_a_re_forming(changes, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(changes, question, today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["东坡区扶贫开发办公室"], result


def test_the_name_at_a_date_the_body_already_bore(changes) -> None:  # type: ignore[no-untyped-def]
    result = ask(changes, "2022年东坡区乡村振兴局当时叫什么", today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["东坡区乡村振兴局"], result


@pytest.mark.parametrize("question", ["东坡区法制办公室撤了，它的职责由谁承担", "东坡区法制办公室撤销后，其职能谁来代行",
                                      "东坡区法制办公室撤了，东坡区法制办公室的工作由哪个单位接手"])
def test_who_took_over_an_ended_bodys_duties(changes, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(changes, question, today=TODAY)
    assert result["intent"] == "lineage", result
    assert [u["name"] for u in result["units"]][:1] == ["东坡区司法局"], result


@pytest.mark.parametrize("question", ["东坡区法制办公室的行政职能划给谁了", "东坡区法制办公室的全部职责划到哪了"])
def test_a_bodys_duties_as_a_class_are_where_it_went(changes, question: str) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(changes, question, TODAY))
    assert routed.rule != "duty_handed", routed


def test_the_duties_handed_out_written_before_the_question(changes) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(changes, "东坡区法制办公室划出的行政复议、法律顾问等职责去了哪些部门？", TODAY))
    assert (routed.rule, routed.topic) == ("duty_handed", "行政复议、法律顾问"), routed


def test_a_second_name_of_several_places_takes_the_first_ones(changes) -> None:  # type: ignore[no-untyped-def]
    result = ask(changes, "19年江北财政厅和统计局编制分别多少", today=TODAY)
    names = [u["name"] for u in result["units"]]
    assert "江北省统计局" in names and "海东县统计局" not in names, result
    assert "80" in result["answer"] and "对应多个单位" not in result["answer"], result


@pytest.mark.parametrize("question", ["东坡的区农业农村局对外还挂着哪块牌子？", "东坡区农业农村局挂哪块牌子"])
def test_a_districts_body_written_with_qu(changes, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(changes, question, today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["东坡区农业农村局"], result
    assert "乡村振兴工作办公室" in result["answer"], result


def test_a_division_by_its_own_part_alone(changes) -> None:  # type: ignore[no-untyped-def]
    result = ask(changes, "护林科是哪个局的内设机构？", today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["东坡区农业农村局"], result


@pytest.fixture(scope="module")
def government(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("gov", date="1980-01-01", jurisdiction="江北省")
              .unit("人民政府", kind="省级人民政府", rank="正省级")
              .unit("民政厅", kind="省政府组成部门", rank="正厅级"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["江北省政府行政级别", "江北省政府是什么级别"])
def test_a_government_asked_of_its_own_standing(government, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(government, question, today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["江北省人民政府"], result
    assert "正省级" in result["answer"], result


def test_a_governments_departments_stay_the_places(government) -> None:  # type: ignore[no-untyped-def]
    result = ask(government, "江北省政府工作部门有哪些", today=TODAY)
    assert "江北省民政厅" in {u["name"] for u in result["units"]}, result


@pytest.fixture(scope="module")
def undated_reform(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    # a news item with no date of its own, naming the year of the reform it reports
    apply_doc(s, doc("news", jurisdiction="临江市", title="临江市启动政府机构改革")
              .unparsed("2016年，临江市政府机构改革方案获批。")
              .event(EventType.ESTABLISH, "改革中，临江市将设立市商务局，组建市文化广电新闻出版局。", outputs=["商务局", "文化广电新闻出版局"]))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["临江2016年机构改革新设立或组建了哪些部门？", "2016年临江市新组建了哪些机构"])
def test_an_undated_event_counts_by_the_year_its_document_tells(undated_reform, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(undated_reform, question, today=TODAY)
    assert {u["name"] for u in result["units"]} == {"临江市商务局", "临江市文化广电新闻出版局"}, result
    assert "日期不详" in result["answer"], result


def test_an_undated_event_is_not_of_another_year(undated_reform) -> None:  # type: ignore[no-untyped-def]
    result = ask(undated_reform, "2015年临江市新组建了哪些机构", today=TODAY)
    assert not result["units"], result


@pytest.fixture(scope="module")
def local_only(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    for district in ("玄武区", "秦淮区"):
        apply_doc(s, doc(f"office-{district}", date="2015-01-01", jurisdiction=district)
                  .unit("人民政府扶贫开发办公室", kind="区政府工作部门"))
    apply_doc(s, doc("centre", date="2018-03-13").unit("国家统计局", kind="国务院直属机构", rank="副部级"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["国务院扶贫办还在吗？", "国务院扶贫开发办公室归谁管", "中央扶贫办哪年成立的"])
def test_a_central_name_only_districts_bear_is_not_found(local_only, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(local_only, question, today=TODAY)
    assert not result["units"] and "没有找到" in result["answer"], result
    assert "对应多个单位" not in result["answer"], result


def test_a_central_name_the_centre_bears_is_found(local_only) -> None:  # type: ignore[no-untyped-def]
    result = ask(local_only, "国家统计局是什么级别", today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == ["国家统计局"], result


@pytest.mark.parametrize("text, day", [
    ("十八大以前谁负责草原防火", date(2012, 11, 7)),
    ("党的十八大之前谁负责草原防火", date(2012, 11, 7)),
    ("十九届三中全会以后谁负责草原防火", date(2018, 12, 31)),
    ("改革开放前示例县有哪些部门", date(1978, 12, 17)),
    ("新中国成立初期谁负责草原防火", date(1950, 12, 31)),
    ("二十大召开时谁负责草原防火", date(2022, 10, 16)),
    ("党的十九大以来谁负责草原防火", TODAY),
])
def test_the_countrys_turns_as_dates(text: str, day: date) -> None:
    from queries.ask.dates import cn_numerals, extract_date

    spec, rest = extract_date(cn_numerals(text, TODAY), TODAY)
    assert spec is not None and spec.kind == "day" and spec.value == day, (text, spec)
    assert "大" not in rest and "全会" not in rest and "改革开放" not in rest, rest


@pytest.mark.parametrize("text", ["十八大精神谁负责宣传", "新中国成立70周年纪念活动谁负责"])
def test_a_turn_named_without_a_time_word_is_no_date(text: str) -> None:
    from queries.ask.dates import cn_numerals, extract_date

    spec, _ = extract_date(cn_numerals(text, TODAY), TODAY)
    assert spec is None, spec
