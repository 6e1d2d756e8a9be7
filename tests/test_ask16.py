"""Sixteenth session (docs/questions.md, "Sixteenth session"): forms of how staff ask, each general:

* a two-digit year glued to a place whose first character reads as a time word after 年
  (年内, 年来, 年前: "51年内丘县…", "09年内蒙古…", "98年来宾市…") is a year; a count of years
  ("5年内", "近10年来") stays a count;
* a place the store also records as a body (a county a chronicle records as 划归 a city, the city
  as the body it was put under) is the place in a question about its bodies or duties ("临川市森林
  防火谁负责", "临川市有哪些部门"), and the body in a question about its own manager, history or
  the places under it ("青河县归哪个市管", "临川市管辖哪几个县").

Documents are built with the statement builders (tests/builders.py); sentences are written here.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.dates import cn_numerals, extract_date
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

TODAY = date(2026, 12, 1)


def _year(text: str) -> int | None:
    spec, _ = extract_date(cn_numerals(text, TODAY), TODAY)
    return spec.value.year if spec is not None and spec.value is not None else None


@pytest.mark.parametrize("text, year", [
    ("51年内丘县人民政府归哪个专署管", 1951),
    ("09年内蒙古公务员局归谁管", 2009),
    ("98年来宾市民政局是什么级别", 1998),
    ("12年内江市编办有多少编制", 2012),
    ("03年内黄县撤了哪些乡", 2003),
])
def test_a_two_digit_year_glued_to_a_place(text: str, year: int) -> None:
    assert _year(text) == year, text


@pytest.mark.parametrize("text", [
    "5年内撤销了哪些单位",
    "10年来撤销了哪些单位",
    "近10年内江市撤了哪些机构",  # a count of years before the place: 近 marks it
    "20年内设机构有哪些",  # 内设 opens no place
    "这15年来示例县设了哪些局",
])
def test_a_count_of_years_stays_a_count(text: str) -> None:
    assert _year(text) is None, text


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    # a province's chronicle records its counties put under a new city: the city and the counties as bodies
    apply_doc(s, doc("chronicle", date="1990", jurisdiction="东川省")
              .unit("青河县").unit("柳湾县").unit("临川市")
              .transfer_unit(["青河县", "柳湾县"], "临川市", date="1988-05-01"))
    apply_doc(s, doc("sanding", date="2019-02-01", jurisdiction="临川市")
              .unit("林业局", kind="市政府工作部门", rank="正处级")
              .unit("应急管理局", kind="市政府工作部门", rank="正处级")
              .duty("林业局", "负责全市森林防火和林业有害生物防治工作。", item=1)
              .duty("应急管理局", "负责全市安全生产综合监督管理工作。", item=1))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "临川市森林防火谁负责",
    "临川市的森林防火归哪个部门管",
    "现在临川市森林防火由哪个局承担？",
])
def test_a_place_recorded_as_a_body_is_the_place_of_a_duty(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "who_handles", result
    assert [u["name"] for u in result["units"]][:1] == ["临川市林业局"], result


@pytest.mark.parametrize("question", ["临川市有哪些政府工作部门", "临川市有哪些部门"])
def test_a_place_recorded_as_a_body_has_its_bodies(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    names = {u["name"] for u in result["units"]}
    assert {"临川市林业局", "临川市应急管理局"} <= names, result
    assert not names & {"东川省青河县", "东川省柳湾县"}, result


@pytest.mark.parametrize("question, first", [
    ("青河县归哪个市管", "东川省临川市"),
    ("柳湾县隶属哪个市", "东川省临川市"),
])
def test_the_body_a_place_was_put_under_is_still_its_manager(store, question: str, first: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "parent", result
    assert [u["name"] for u in result["units"]][:1] == [first], result


def test_the_places_under_a_city_recorded_as_a_body(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "临川市管辖哪几个县", today=TODAY)
    assert {"东川省青河县", "东川省柳湾县"} <= {u["name"] for u in result["units"]}, result


@pytest.fixture(scope="module")
def joined(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("merge", date="2015-06-03", jurisdiction="南溪区")
              .unit("卫生局").unit("人口与计划生育局")
              .establish("卫生与计划生育局", inputs=["卫生局", "人口与计划生育局"], date="2015-06-03")
              .unit("住房与城乡建设局", kind="区政府工作部门", rank="正科级"))
    apply_doc(s, doc("sea", date="2010-01-01", jurisdiction="东川省")
              .unit("海洋与渔业厅", kind="省政府组成部门", rank="正厅级"))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "南溪区卫计局前身是哪两个局",
    "南溪区卫生计生局是哪两个局合并的",
    "南溪区卫生和计划生育局是由哪些单位组建的",
])
def test_a_name_joined_by_yu_is_also_written_with_he(joined, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(joined, question, today=TODAY)
    assert {u["name"] for u in result["units"]} >= {"南溪区卫生局", "南溪区人口与计划生育局"}, result


@pytest.mark.parametrize("question, first", [
    ("南溪区住建局是什么级别", "南溪区住房与城乡建设局"),
    ("东川省海洋渔业厅是什么级别", "东川省海洋与渔业厅"),
])
def test_the_short_forms_of_a_name_joined_by_yu(joined, question: str, first: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(joined, question, today=TODAY)
    assert [u["name"] for u in result["units"]][:1] == [first], result


def test_a_short_form_of_another_place_is_not_answered(joined) -> None:  # type: ignore[no-untyped-def]
    result = ask(joined, "北岭县住建局是什么级别", today=TODAY)
    assert not result["units"], result


@pytest.fixture(scope="module")
def annals(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("annals", date="1990", jurisdiction="北岭县")
              .unit("县人民委员会")
              .establish("县革命委员会", inputs="县人民委员会", date="1968-04")
              .abolish("县人民委员会", date="1968-04")
              .unit("县档案馆"))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "北岭县革命委员会取代了哪些机构",
    "北岭县革命委员会代行了哪个机构的职权",
    "北岭县革命委员会接替的是什么单位",
    "北岭县革命委员会当时接管了哪个机构的职能？",
    "北岭县革命委员会接替的单位是哪个",
])
def test_the_bodies_a_body_took_the_place_of(annals, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(annals, question, today=TODAY)
    assert result["intent"] == "lineage", result
    assert [u["name"] for u in result["units"]][:1] == ["北岭县人民委员会"], result


@pytest.mark.parametrize("question", [
    "北岭县人民委员会被哪个机构取代了",
    "北岭县人民委员会后来由谁接替",
    "谁接替了北岭县人民委员会",
    "北岭县人民委员会被什么代替了",
])
def test_the_body_that_took_a_bodys_place(annals, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(annals, question, today=TODAY)
    assert result["intent"] == "lineage", result
    assert "北岭县革命委员会" in [u["name"] for u in result["units"]][:2], result


def test_a_body_that_replaced_none_on_record(annals) -> None:  # type: ignore[no-untyped-def]
    result = ask(annals, "北岭县档案馆取代了哪些机构", today=TODAY)
    assert result["intent"] == "lineage", result
    assert "北岭县人民委员会" not in [u["name"] for u in result["units"]], result


@pytest.fixture(scope="module")
def bureau(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("plan", date="2019-03-01", jurisdiction="西坪县")
              .establish("应急管理局", date="2019-03-01")
              .unit("应急管理局", kind="县政府工作部门", rank="正科级")
              .unit("林场", kind="公益一类事业单位", rank="副科级"))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "西坪县应急管理局成立多少年了",
    "西坪县应急管理局组建几年了",
    "西坪县应急管理局成立多久了",
    "西坪县应急管理局挂牌到现在有多长时间了",
])
def test_a_bodys_age_is_asked_by_its_founding(bureau, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(bureau, question, today=TODAY)
    assert result["intent"] in ("unit_info", "lineage"), result
    assert "2019年3月1日" in result["answer"], result


@pytest.mark.parametrize("question, said", [
    ("西坪县应急管理局局长是什么级别", "局长为正科级"),
    ("西坪县应急管理局一把手什么级别", "一把手为正科级"),
    ("西坪县应急管理局副局长什么级别", "副职领导（副局长）一般相应为副科级"),
])
def test_the_level_of_a_post_read_from_the_bodys_rank(bureau, question: str, said: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(bureau, question, today=TODAY)
    assert said in result["answer"], result


def test_a_deputy_of_a_body_of_deputy_rank_is_not_guessed(bureau) -> None:  # type: ignore[no-untyped-def]
    result = ask(bureau, "西坪县林场副场长什么级别", today=TODAY)
    assert "副科级" in result["answer"] and "股级" not in result["answer"], result
    assert "相应为" not in result["answer"], result


def test_a_rank_asked_without_a_post_names_none(bureau) -> None:  # type: ignore[no-untyped-def]
    result = ask(bureau, "西坪县应急管理局是什么级别", today=TODAY)
    assert "正职领导" not in result["answer"] and "副职" not in result["answer"], result


@pytest.mark.parametrize("question", ["西坪县应急管理局有几个副职", "西坪县应急管理局正职配几个"])
def test_deputies_asked_are_leader_posts(bureau, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(bureau, question, today=TODAY)
    assert result["intent"] == "staffing" and "领导职数" in result["answer"], result


@pytest.fixture(scope="module")
def ended(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("reform", date="2019-02-20", jurisdiction="东岭县")
              .unit("农业局", kind="县政府工作部门").unit("畜牧局", kind="县政府工作部门")
              .unit("审计局", kind="县政府工作部门")
              .establish("农业农村局", inputs=["农业局", "畜牧局"], date="2019-02-20")
              .abolish("农业局", "畜牧局", date="2019-02-20"))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "东岭县畜牧局有没有被撤销",
    "东岭县畜牧局被合并了吗",
    "东岭县畜牧局是否已撤销",
    "东岭县畜牧局有没有撤",
])
def test_whether_a_body_was_ended_asked_with_youmeiyou_or_bei(ended, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(ended, question, today=TODAY)
    assert result["intent"] == "unit_info", result
    assert [u["name"] for u in result["units"]][:1] == ["东岭县畜牧局"], result
    assert "2019年2月20日" in result["answer"], result


def test_a_living_body_asked_whether_it_was_ended(ended) -> None:  # type: ignore[no-untyped-def]
    result = ask(ended, "东岭县审计局有没有被撤销", today=TODAY)
    assert "仍然存续" in result["answer"], result


@pytest.mark.parametrize("question", ["东岭县畜牧局撤销时间", "东岭县畜牧局撤并日期"])
def test_the_time_of_an_end_as_a_noun(ended, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(ended, question, today=TODAY)
    assert "2019年2月20日" in result["answer"], result


@pytest.mark.parametrize("question", [
    "东岭县农业农村局原来是啥局",
    "东岭县农业农村局以前是哪个单位",
    "东岭县农业农村局过去是什么机构？",
    "东岭县农业农村局的老底子是哪个局",
    "东岭县农业农村局改革前是哪个局",
])
def test_the_body_a_body_was_before(ended, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(ended, question, today=TODAY)
    assert result["intent"] == "lineage", result
    assert set([u["name"] for u in result["units"]][:2]) == {"东岭县农业局", "东岭县畜牧局"}, result


@pytest.mark.parametrize("question, intent", [
    ("东岭县农业农村局以前是什么级别", "unit_info"),
    ("东岭县农业农村局以前是哪个部门管的", "parent"),
])
def test_an_attribute_or_manager_before_is_no_body_asked(ended, question: str, intent: str) -> None:  # type: ignore[no-untyped-def]
    assert ask(ended, question, today=TODAY)["intent"] == intent


@pytest.mark.parametrize("question", [
    "北岭县人民委员会撤销后接替的单位是哪个",
    "北岭县人民委员会撤了以后接手的是哪个机构",
])
def test_the_body_that_took_over_after_an_end(annals, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(annals, question, today=TODAY)
    assert result["intent"] == "lineage", result
    assert "北岭县革命委员会" in [u["name"] for u in result["units"]][:2], result
