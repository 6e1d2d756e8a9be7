"""Name forms and readings of /ask that do not depend on one question's words:

* one body recorded twice: two unit records of one place bearing the same name (a rename
  sentence and a list sentence of the same year) are one body, answered from the record that
  says the most, never "对应多个单位" (``queries.resolve.one_body_recorded_twice``);
* a rename recorded only as an event ("A更名为B") gives B's old name;
* a kind that names the managing unit ("是省卫健委管理的机构") answers 归谁管 when no parent
  fact is recorded, the name read in the unit's own place;
* a city written before a district ("东湖青松区…"): the district is the place asked about, and a
  name that writes its own place is of that place; X人民政府Y办公室 is also written XY办;
* "X在哪挂牌" asks where X is a sign, not when it was founded;
* "X和哪个局合署办公" asks for the units sharing X's office; "A和B是什么关系" how two named bodies
  stand (one body and its sign, 合署办公, a parent); "X是单独的机构吗" whether X is a sign
  another unit carries;
* a city bureau's branch in a county ("<line>局<county>分局") is also "<county><line>分局",
  "<county>的<line>分局";
* 谁负责X without a place: a name filed under 中央 that speaks of a local level without its place
  (省药品监督管理局) comes after the central units.

Documents are built here with the statement builders (tests/builders.py), in the genre.
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import Intent, ask
from queries.ask.intents import mode_of
from queries.resolve import find_unit, one_body_recorded_twice
from queries.who_handles import by_level, placeless_local
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    # a city's 1989 chapter: the list sentence and the rename sentence each record the bureau
    apply_doc(s, doc("chapter", date="1989", jurisdiction="东湖市")
              .unit("技术监督局", kind="市政府工作部门", rank="正处级", valid_from="1989")
              .rename("标准计量局", "技术监督局", date="1989"))
    # a province's notice: the bureau's kind names who manages it
    apply_doc(s, doc("notice", date="2023-06", jurisdiction="江西省")
              .unit("卫生健康委员会", kind="省政府组成部门", rank="正厅级", signs=["中医药管理局"])
              .unit("疾病预防控制局", kind="省卫健委管理的机构", rank="副厅级")
              .unit("地方志研究院", kind="省文旅委管理的事业单位"))
    # a district's 2021 rename, its sign carried by the district government's office
    apply_doc(s, doc("district", date="2021-06-18", jurisdiction="青松区")
              .unit("人民政府扶贫开发办公室", kind="区政府工作部门")
              .rename("人民政府扶贫开发办公室", "乡村振兴局", date="2021-06-18")
              .unit("人民政府办公室", kind="区政府工作部门")
              .add_sign("人民政府办公室", "乡村振兴局", date="2021-06-18"))
    apply_doc(s, doc("city", date="2021-06-18", jurisdiction="东湖市").unit("农业农村局", kind="市政府工作部门"))
    # a county ledger: a city bureau's branch in the county, and two bodies sharing one office
    apply_doc(s, doc("ledger", date="2019-03", jurisdiction="西岭市")
              .unit("自然资源和规划局", kind="市政府工作部门")
              .unit("自然资源和规划局南坪县分局", kind="派出机构", rank="正科级", parent="自然资源和规划局", relation="管理"))
    apply_doc(s, doc("merge", date="1995", jurisdiction="东湖市")
              .unit("档案局", kind="市政府直属机构")
              .unit("档案馆", kind="事业单位")
              .co_locate("档案局", "档案馆", date="1995"))
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


# ---------------------------------------------------------------- one body recorded twice


def test_the_same_name_twice_in_one_place_is_one_body(store) -> None:  # type: ignore[no-untyped-def]
    ids = [u.id for u in store.units() if store.name_at(u.id) == "东湖市技术监督局"]
    assert len(ids) == 2, "the builder data records the bureau twice"
    chosen = one_body_recorded_twice(store, ids)
    assert chosen in ids
    assert store.events(chosen), "the record with the rename event speaks for the body"
    assert find_unit(store, "东湖市技术监督局") == chosen


def test_different_names_or_places_are_not_one_body(store) -> None:  # type: ignore[no-untyped-def]
    by_name = {store.name_at(u.id): u.id for u in store.units()}
    assert one_body_recorded_twice(store, [by_name["东湖市农业农村局"], by_name["东湖市技术监督局"]]) is None
    assert one_body_recorded_twice(store, [by_name["江西省疾病预防控制局"], by_name["东湖市农业农村局"]]) is None


@pytest.mark.parametrize("question", ["东湖市技术监督局以前叫什么？", "东湖的技术监督局原名是啥", "东湖市技术监督局更名前叫什么名字"])
def test_the_old_name_from_a_rename_event(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result)[:1] == ["东湖市标准计量局"], result["answer"]
    assert "对应多个单位" not in result["answer"]


@pytest.mark.parametrize("question", ["东湖市技术监督局的前身是什么", "东湖技术监督局是什么机构改过来的",
                                      "东湖市技术监督局的前身是哪个局？"])
def test_the_predecessor_of_a_renamed_body_is_its_old_name(store, question: str) -> None:  # type: ignore[no-untyped-def]
    """前身 of a unit whose only history is "A更名为B": itself under the old name A."""
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert _names(result)[:1] == ["东湖市标准计量局"], result["answer"]
    assert "更名" in result["answer"], result["answer"]


def test_a_profile_of_a_body_recorded_twice_is_answered(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "东湖市技术监督局是什么级别？")
    assert "对应多个单位" not in result["answer"], result["answer"]
    assert _names(result)[:1] == ["东湖市技术监督局"], result["answer"]


# ---------------------------------------------------------------- the parent named by the kind


@pytest.mark.parametrize("question", ["江西省疾控局归谁管？", "江西省疾病预防控制局由哪个部门管理", "江西疾控局上级单位是哪个？"])
def test_the_parent_named_in_the_kind(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "parent", result
    assert _names(result)[:1] == ["江西省卫生健康委员会"], result["answer"]
    assert "省卫健委管理的机构" in result["answer"], "the answer says what it read"


def test_a_kind_naming_a_unit_the_place_does_not_hold_gives_no_parent(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "江西省地方志研究院归谁管？")
    assert result["units"] == [], result["answer"]
    assert "没有找到" in result["answer"]


# ---------------------------------------------------------------- a city written before a district


@pytest.mark.parametrize("question", ["东湖青松区扶贫办后来叫什么？", "东湖市青松区扶贫开发办公室后来改成什么了",
                                      "青松区扶贫办现在叫什么"])
def test_a_district_after_its_city(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert "青松区乡村振兴局" in _names(result), result["answer"]


@pytest.mark.parametrize("question", ["东湖青松区乡村振兴局在哪挂牌？", "东湖市青松区乡村振兴局在哪个部门挂牌"])
def test_where_a_sign_is_hung(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == ["青松区人民政府办公室"], result["answer"]


def test_a_district_unit_is_not_answered_for_another_city(store) -> None:  # type: ignore[no-untyped-def]
    """东湖市 has no 扶贫办 of its own: the district's is not the city's."""
    result = ask(store, "东湖市扶贫办后来叫什么？")
    assert result["units"] == [], result["answer"]


@pytest.mark.parametrize(("text", "mode"), [
    ("Ｕ在哪挂牌", "sign"), ("Ｕ在哪个单位挂牌", "sign"), ("Ｕ在哪里挂牌的", "sign"),
])
def test_place_of_a_sign_words(text: str, mode: str) -> None:
    assert mode_of(Intent.PARENT, text) == mode
    assert mode_of(Intent.UNIT_INFO, text) == mode


def test_founding_by_hanging_a_sign_is_not_a_sign_question() -> None:
    assert mode_of(Intent.UNIT_INFO, "Ｕ什么时候挂牌成立") == "when"
    assert mode_of(Intent.PARENT, "Ｕ什么时候挂牌成立") != "sign"


# ---------------------------------------------------------------- levels of 谁负责X


@pytest.mark.parametrize(("name", "local"), [
    ("省药品监督管理局", True), ("市场监督管理总局", False), ("县级市场监管部门", True), ("区域发展委员会", False),
    ("国家药品监督管理局", False), ("地方金融监管部门", True),
])
def test_placeless_local_names(name: str, local: bool) -> None:
    assert placeless_local(name) is local


def test_a_placeless_local_name_filed_under_the_centre_comes_after_central_units() -> None:
    ranked = [
        {"id": "u1", "name": "省药品监督管理局", "jurisdiction": "中央", "fit": 0.9},
        {"id": "u2", "name": "湖东省药品监督管理局", "jurisdiction": "湖东省", "fit": 0.95},
        {"id": "u3", "name": "国家药品监督管理局", "jurisdiction": "中央", "fit": 0.7},
    ]
    assert [r["id"] for r in by_level(ranked)] == ["u3", "u1", "u2"]


# ---------------------------------------------------------------- 合署办公; a county branch of a city bureau


@pytest.mark.parametrize("question", ["东湖市档案局和哪个单位合署办公？", "东湖市档案局跟谁合署", "东湖档案局与哪个机构合署办公"])
def test_the_units_sharing_an_office(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result) == ["东湖市档案馆"], result["answer"]
    assert "合署办公" in result["answer"]


def test_no_shared_office_recorded(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "东湖市农业农村局和哪个局合署办公？")
    assert result["units"] == [], result["answer"]
    assert "没有找到" in result["answer"]


@pytest.mark.parametrize(("question", "wanted"), [
    ("南坪县的自然资源和规划分局是谁的派出机构？", "西岭市自然资源和规划局"),
    ("南坪县自然资源和规划分局归谁管", "西岭市自然资源和规划局"),
    ("南坪县自然资源和规划分局什么级别", "西岭市自然资源和规划局南坪县分局"),
])
def test_a_county_branch_of_a_city_bureau(store, question: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result)[:1] == [wanted], result["answer"]


# ---------------------------------------------------------------- 是单独的机构吗


@pytest.mark.parametrize("question", ["青松区乡村振兴局是单独设置的机构吗？", "青松区乡村振兴局是不是独立机构", "青松区乡村振兴局单设吗"])
def test_a_sign_is_not_a_body_of_its_own(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert _names(result) == ["青松区人民政府办公室"], result["answer"]
    assert "加挂" in result["answer"] and "不是单独设置" in result["answer"]


def test_a_body_carried_by_no_other_is_said_to_be_its_own(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "东湖市档案局是单独的机构吗")
    assert _names(result) == ["东湖市档案局"], result["answer"]
    assert "没有记录" in result["answer"]


# ---------------------------------------------------------------- a higher level marker in a county's question


@pytest.fixture(scope="module")
def tiers(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("city", date="2021-01", jurisdiction="临江市")
              .unit("自然资源局", kind="市政府工作部门", rank="正处级"))
    apply_doc(s, doc("county", date="2021-01", jurisdiction="北岸县", meta={"上级行政区划": "临江市"})
              .unit("档案馆", kind="事业单位", rank="股级"))
    apply_doc(s, doc("lone", date="2021-01", jurisdiction="南岸县").unit("档案馆", kind="事业单位"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["北岸县那边的市自然资源局是什么级别？", "北岸县的市自然资源局什么规格"])
def test_a_city_name_asked_about_from_its_county(tiers, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(tiers, question)
    assert _names(result)[:1] == ["临江市自然资源局"], result["answer"]
    assert "正处级" in result["answer"]


def test_the_county_own_name_stays_the_county(tiers) -> None:  # type: ignore[no-untyped-def]
    result = ask(tiers, "北岸县档案馆是什么级别？")
    assert _names(result)[:1] == ["北岸县档案馆"], result["answer"]


def test_no_place_above_no_answer(tiers) -> None:  # type: ignore[no-untyped-def]
    """南岸县 has no recorded city above it: 市自然资源局 is not guessed."""
    result = ask(tiers, "南岸县的市自然资源局是什么级别？")
    assert result["units"] == [], result["answer"]


# ---------------------------------------------------------------- A和B是什么关系


@pytest.mark.parametrize(("question", "words", "first"), [
    ("江西省卫生健康委员会和江西省中医药管理局是什么关系？", "一个机构两块牌子", "江西省卫生健康委员会"),
    ("东湖市档案局和东湖市档案馆啥关系", "合署办公", "东湖市档案局"),
    ("西岭市自然资源和规划局南坪县分局和西岭市自然资源和规划局是什么关系", "管理", "西岭市自然资源和规划局"),
])
def test_how_two_bodies_stand(store, question: str, words: str, first: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert words in result["answer"], result["answer"]
    assert _names(result)[:1] == [first], result["answer"]


def test_no_relation_recorded_is_not_made_up(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "东湖市农业农村局和东湖市档案局是什么关系？")
    assert "两块牌子" not in result["answer"] and "合署" not in result["answer"], result["answer"]
    assert "东湖市档案局" not in _names(result)
