"""Thirteenth session, second wave (docs/questions.md, "Thirteenth session, second wave"): question
forms read off real staff-style questions over fresh documents, each general:

* "X是哪几个部门分头管的" asks how X is divided among bodies, as 分别 / 各自 do: the 职责分工
  statement answers it when one says X;
* "X啥时候撤乡设镇的", "<place>撤销了哪些镇改设街道": 时候 after 啥 / 什么, and a change of level
  written as a verb and a bare level word (撤乡设镇, 改设街道, 撤镇建街), are no unit names;
* "X里Y归哪个部门 / X的Y由哪个科室负责 / X里谁负责Y": which of X's own divisions holds Y, never a
  body outside X;
* "<place>乡镇里Y这块归哪个办": 乡镇 after a place is the class of its townships, no unit; "乡镇里" is
  the townships' part of Y; "哪个办公室 / 哪个中心" is the question's word, no unit; "Y市场监管"
  writes no place "Y市"; a 州 is written by its stem (甘林州 → 甘林);
* a chronicle's 革委会 / 人委 name the bodies of a 革命委员会 / 人民委员会 ("县革委会政治部");
* "禹州小吕乡…" of a township the store holds as its own place: the county before it is accepted
  only when the township's own documents write it so ("临江市石坪乡"), else not found.

Documents are built with the statement builders (tests/builders.py); sentences are written here.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.parsing import unit_shaped
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("donghe-2012", date="2012-05-01", jurisdiction="东河省")
              .unit("农业厅", kind="省政府组成部门")
              .unit("商务厅", kind="省政府组成部门")
              .unit("卫生厅", kind="省政府组成部门")
              .duty("农业厅", "负责全省农产品种植环节的质量安全监督管理。", item=1)
              .duty("商务厅", "负责全省酒类流通的监督管理。", item=1)
              .boundary(["农业厅", "商务厅", "卫生厅"],
                        "关于食用农产品质量监管的职责分工：省农业厅负责种植养殖环节的监管；省商务厅负责批发零售环节的监管；"
                        "省卫生厅负责餐饮环节的监管。"))
    apply_doc(s, doc("xishan-2021", date="2021-03-15", jurisdiction="西山县")
              .unit("青石镇", kind="镇")
              .unit("柳溪镇", kind="镇")
              .unit("白沙乡", kind="乡")
              .establish("青石街道", inputs=["青石镇"], kind="街道", date="2021-03-15")
              .establish("柳溪街道", inputs=["柳溪镇"], kind="街道", date="2021-03-15")
              .abolish("青石镇", "柳溪镇", date="2021-03-15"))
    apply_doc(s, doc("xishan-2022", date="2022-08-01", jurisdiction="西山县")
              .establish("白沙镇", inputs=["白沙乡"], kind="镇", date="2022-08-01")
              .abolish("白沙乡", date="2022-08-01"))
    apply_doc(s, doc("xishan-gaj-2020", date="2020-01-10", jurisdiction="西山县")
              .unit("公安局", kind="县政府工作部门")
              .unit("公安局指挥中心", kind="内设机构", parent="公安局", relation="内设")
              .unit("公安局法制大队", kind="内设机构", parent="公安局", relation="内设")
              .unit("公安局户政管理科", kind="内设机构", parent="公安局", relation="内设")
              .unit("民政局", kind="县政府工作部门")
              .unit("民政局社会救助股", kind="内设机构", parent="民政局", relation="内设")
              .unit("人力资源和社会保障局", kind="县政府工作部门")
              .duty("公安局指挥中心", "负责110接处警和警力调度指挥工作。", item=1)
              .duty("公安局法制大队", "负责执法监督和行政复议案件的办理工作。", item=1)
              .duty("公安局户政管理科", "负责户籍登记和居民身份证管理工作。", item=1)
              .duty("民政局社会救助股", "负责城乡最低生活保障的审核工作。", item=1)
              .duty("人力资源和社会保障局", "负责全县档案管理工作的指导。", item=1)
              .duty("民政局", "负责全县婚姻登记管理工作。", item=2)
              .unit("自然资源局", kind="县政府工作部门")
              .unit("自然资源局规划股", kind="内设机构", parent="自然资源局", relation="内设")
              .duty("自然资源局规划股", "负责组织编制乡镇国土空间规划。", item=1))
    apply_doc(s, doc("zhongyang-bu", date="2018-09-01", jurisdiction="中央")
              .unit("海洋渔业部", kind="国务院组成部门")
              .unit("海洋渔业部远洋渔业局", kind="内设机构", parent="海洋渔业部", relation="内设")
              .duty("海洋渔业部远洋渔业局", "承担远洋渔业项目的审核和船队监督管理。", item=1))
    apply_doc(s, doc("shiping-2020", date="2020-09-01", jurisdiction="石坪乡")
              .unit("石坪乡", kind="乡", sentence="经省人民政府批准，临江市石坪乡撤乡设镇。")
              .establish("石坪镇", inputs=["石坪乡"], kind="镇", date="2020-09-01")
              .abolish("石坪乡", date="2020-09-01"))
    apply_doc(s, doc("beihe-zhi", date="1985-12-31", jurisdiction="北河县")
              .unit("革命委员会办事组", kind="县革命委员会工作部门", rank="县级", valid_from="1968-04", valid_to="1975-06")
              .unit("人民委员会办公室", kind="县人民委员会工作部门", valid_from="1956-03", valid_to="1967-02"))
    apply_doc(s, doc("ganlin-2019", date="2019-06-01", jurisdiction="甘林州")
              .unit("乡镇经济发展办公室", kind="乡镇综合办事机构")
              .unit("乡镇社会事务办公室", kind="乡镇综合办事机构")
              .duty("乡镇经济发展办公室", "承担辖区农业农村、市场监管、安全生产等工作。", item=1)
              .duty("乡镇社会事务办公室", "承担辖区民政、教育、卫生健康等社会事务工作。", item=1))
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question", ["东河省食用农产品质量监管是哪几个部门分头管的？",
                                      "东河省食用农产品质量监管由哪些部门分头负责",
                                      "东河省食用农产品质量监管哪些单位在分头管"])
def test_split_among_bodies_asks_the_division_statement(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert set(_names(result)) == {"东河省农业厅", "东河省商务厅", "东河省卫生厅"}, result["answer"]
    assert "职责分工" in result["answer"]


@pytest.mark.parametrize(("text", "names"), [
    ("白沙乡啥时候撤乡设镇的", ["白沙乡"]),
    ("白沙乡什么时候撤乡建镇", ["白沙乡"]),
    ("西山县撤销了哪些镇改设街道", []),
    ("哪些镇撤镇设街道了", []),
    ("白沙乡撤乡设镇后叫什么", ["白沙乡"]),
    ("白沙乡哪年撤乡并镇的", ["白沙乡"]),
    # a real name ending in a level word stays one
    ("青石街道办事处什么时候成立的", ["青石街道办事处"]),
])
def test_a_change_of_level_or_a_when_word_is_no_name(text: str, names: list[str]) -> None:
    assert [n for _, _, n in unit_shaped(text)] == names


@pytest.mark.parametrize("question", ["白沙乡啥时候撤乡设镇的", "白沙乡什么时候撤乡建镇的？"])
def test_when_a_township_became_a_town(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert "西山县白沙乡" in _names(result), result["answer"]
    assert "2022" in result["answer"]


@pytest.mark.parametrize("question", ["2021年西山县撤销了哪些镇改设街道？", "2021年西山县撤销了哪些镇设立街道"])
def test_towns_a_place_ended_for_streets(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert set(_names(result)) == {"西山县青石镇", "西山县柳溪镇"}, result["answer"]


@pytest.mark.parametrize(("question", "first"), [
    ("西山县公安局里接处警归哪个部门？", "西山县公安局指挥中心"),
    ("西山县公安局内部户籍登记由哪个科室负责", "西山县公安局户政管理科"),
    ("西山县公安局的行政复议案件办理归哪个大队管", "西山县公安局法制大队"),
    ("西山县公安局里谁负责居民身份证管理", "西山县公安局户政管理科"),
    ("西山县民政局的低保审核是哪个股室负责的", "西山县民政局社会救助股"),
    ("海洋渔业部里远洋渔业项目审核归哪个司局", "海洋渔业部远洋渔业局"),
    # 规划 + 归 holds 划归: still a question of the division, not of a duty handed away
    ("西山县自然资源局里国土空间规划归哪个股室", "西山县自然资源局规划股"),
])
def test_which_division_of_a_body_holds_a_duty(store, question: str, first: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "who_handles"
    assert _names(result)[:1] == [first], result["answer"]


def test_the_body_itself_when_no_division_is_recorded_to_hold_it(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "西山县民政局里婚姻登记归哪个股室管", today=TODAY)
    assert _names(result) == ["西山县民政局"], result["answer"]
    assert "没有写明" in result["answer"]


@pytest.mark.parametrize("question", ["西山县民政局里档案管理归哪个股室", "西山县公安局内部档案管理由哪个科室负责"])
def test_no_body_outside_the_one_asked(store, question: str) -> None:  # type: ignore[no-untyped-def]
    # 档案管理 is held by 人力资源和社会保障局 only: never named for a division of another body
    result = ask(store, question, today=TODAY)
    assert result["units"] == [], result["answer"]
    assert "没有找到" in result["answer"]


def test_a_body_word_after_de_is_not_said_to_be_inside(store) -> None:  # type: ignore[no-untyped-def]
    from queries.ask.parsing import parse
    from queries.ask.routing import route

    assert route(parse(store, "西山县公安局的户籍登记职责划给哪个部门了", TODAY)).rule != "within_body"
    assert route(parse(store, "西山县公安局的户籍登记由哪个部门负责", TODAY)).rule != "within_body"


@pytest.mark.parametrize("question", ["西山县公安局内设哪些科室", "西山县公安局里有哪些大队", "西山县民政局下设几个股室"])
def test_the_divisions_themselves_are_no_duty_holder_question(store, question: str) -> None:  # type: ignore[no-untyped-def]
    from queries.ask.parsing import parse
    from queries.ask.routing import route

    assert route(parse(store, question, TODAY)).rule != "within_body"


@pytest.mark.parametrize("question", ["甘林乡镇里市场监管这块归哪个办？", "甘林州乡镇的市场监管归哪个办公室",
                                      "甘林州乡镇上市场监管归哪个办", "甘林州乡镇一级市场监管归哪个办公室管"])
def test_the_townships_part_of_a_duty(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert _names(result)[:1] == ["甘林州乡镇经济发展办公室"], result["answer"]


@pytest.mark.parametrize(("text", "names"), [
    ("甘林乡镇里市场监管归哪个办", []),
    ("北河县乡镇街道的社会救助归谁", []),
    ("森林防火归哪个中心管", []),
    ("这事归哪个办公室", []),
    ("甘林州经济发展办公室归谁管", ["甘林州经济发展办公室"]),
])
def test_a_class_of_townships_or_a_question_word_is_no_name(text: str, names: list[str]) -> None:
    assert [n for _, _, n in unit_shaped(text)] == names


def test_a_duty_of_market_supervision_writes_no_city(store) -> None:  # type: ignore[no-untyped-def]
    from queries.ask.parsing import parse

    parsed = parse(store, "甘林市场监管归哪个办", TODAY)
    assert parsed.unknown_places == [] and [p.place for p in parsed.places] == ["甘林州"]


def test_a_body_whose_name_opens_with_the_townships_word_is_still_found(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "甘林州乡镇经济发展办公室负责什么", today=TODAY)
    assert _names(result)[:1] == ["甘林州乡镇经济发展办公室"], result["answer"]


@pytest.mark.parametrize("question", ["临江石坪乡啥时候撤乡设镇的", "临江市石坪乡是哪年撤乡设镇的？", "临江市石坪乡还在吗"])
def test_a_township_after_the_county_its_own_documents_write(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert "石坪乡" in _names(result), result["answer"]
    assert "2020" in result["answer"]


@pytest.mark.parametrize("question", ["东江石坪乡啥时候撤乡设镇的", "东江市石坪乡还在吗", "临山县石坪乡还在吗"])
def test_a_township_after_a_county_never_written_with_it_is_not_found(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert result["units"] == [], result["answer"]
    assert "没有找到" in result["answer"]


@pytest.mark.parametrize(("question", "first"), [
    ("1970年北河县革委会办事组是什么级别", "北河县革命委员会办事组"),
    ("北河县人委办公室是哪年撤销的", "北河县人民委员会办公室"),
])
def test_a_chronicles_contraction_of_a_revolutionary_or_peoples_committee(store, question: str, first: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert _names(result)[:1] == [first], result["answer"]


def test_a_contracted_body_the_store_does_not_hold_is_not_found(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "北河县革委会生产指挥部是什么级别", today=TODAY)
    assert result["units"] == [] and "没有找到" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["西山县人力资源和社会保障局的档案管理由哪个部门负责", "西山县民政局的档案管理由哪个单位承担"])
def test_a_local_body_named_with_a_duty_keeps_the_answer_in_its_place(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert _names(result)[:1] == ["西山县人力资源和社会保障局"], result["answer"]
    assert all(n.startswith("西山县") for n in _names(result)), result["answer"]
