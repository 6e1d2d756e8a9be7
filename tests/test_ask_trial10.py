"""Phrasings seen in the tenth session's fresh question set (docs/questions.md, Tenth session):

* a short ask typed after a space is a part of its own when it is a whole ask ("X局加挂啥牌子
  啥级别"), while a bare tail still finishes the words before it ("X委 内设机构 几个");
* a verb of moving into the unit asked about (整合进来, 并进来, 划进来) asks where the unit came
  from, not where it went;
* a unit name with a bare word for the body over it ("X 隶属", "X的上级单位") asks its parent,
  or what the unit is (its kind) when no parent is recorded;
* 政府 written for 人民政府 after a place word ("东湖市政府办公厅") names the government's body;
* "A和B怎么分工" answered from a division statement naming more bodies gives A and B, the two
  asked about (the quote still shows the others); "归A管还是B管" keeps every body named;
* a dated setting naming a body's change, then a question of who got a duty ("2008年X三定以后，
  A职责划给了哪个部门"), is a question of the duty at that date, not of the body;
* a follow-up naming only another place of the same level ("乙区的呢") asks the question before
  of the same body in that place.

Sentences are written here in the genre; the places are made up.
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import Intent, ask
from queries.ask.intents import mode_of
from queries.ask.parsing import split_compound
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.mark.parametrize(("question", "parts"), [
    ("东湖市城管局加挂啥牌子 啥级别", 2),
    ("青松区融媒体中心 编制多少 什么性质", 2),
    ("南坪县档案馆 几个编制 归谁管", 2),
    ("西岭市数据局挂什么牌子 什么级别？", 2),
    ("东湖市审批局 多少编制 啥规格", 2),
])
def test_a_short_whole_ask_after_a_space_is_its_own_part(question: str, parts: int) -> None:
    assert len(split_compound(question)) == parts


@pytest.mark.parametrize("question", [
    "东湖市卫健委 内设机构 几个",
    "青松区医保局 编制 多少",
    "西岭市水务局 内设科室 是啥",
    "南坪县农业农村局 编制",
])
def test_a_bare_tail_after_a_space_still_finishes_one_question(question: str) -> None:
    assert len(split_compound(question)) == 1


@pytest.mark.parametrize(("question", "second"), [
    ("东湖市甲山区乡村振兴局在哪挂牌？乙水区的呢？", "东湖市乙水区乡村振兴局在哪挂牌"),
    ("南坪县应急管理局有多少编制？北岭县呢", "北岭县应急管理局有多少编制"),
    ("东湖市城管局什么级别？西岭市的呢", "西岭市城管局什么级别"),
    ("青松区林业局并入哪个局了，那红石区呢", "红石区林业局并入哪个局了"),
    ("南坪县大坝镇农业服务中心归谁管？小河镇的呢", "南坪县小河镇农业服务中心归谁管"),
])
def test_a_follow_up_naming_another_place_asks_the_same_of_it(question: str, second: str) -> None:
    assert split_compound(question)[1] == second


def test_a_follow_up_naming_a_duty_is_not_a_place() -> None:
    assert split_compound("示例县草原防火谁负责？种养殖环节呢")[1] == "示例县种养殖环节谁负责"


@pytest.mark.parametrize("text", [
    "组建东湖市自然资源局时，哪些部门的职责被整合进来？",
    "西岭市应急管理局把哪几个局的职责并进来了",
    "青松区数据局成立时哪些单位的职能划进来了",
    "南坪县市场监管局重新组建，把哪些部门合并进来了",
    "东湖市农业农村局组建时都有谁的职责转进来",
    "新设的西岭市政务服务局纳进来了哪些单位的职能",
])
def test_moving_into_the_unit_asks_where_it_came_from(text: str) -> None:
    assert mode_of(Intent.LINEAGE, text) == "from"


@pytest.mark.parametrize("text", [
    "东湖市林业局整合进了哪个部门",
    "西岭市物价局后来并入哪里",
    "青松区粮食局的职责划给了谁",
])
def test_moving_out_of_the_unit_still_asks_where_it_went(text: str) -> None:
    assert mode_of(Intent.LINEAGE, text) == "to"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("city", date="2020-03", jurisdiction="东湖市")
              .unit("人民政府办公室", kind="市政府工作部门", rank="正处级")
              .unit("发展和改革委员会", kind="市政府工作部门", rank="正处级")
              .unit("大数据中心", kind="公益一类事业单位", rank="正科级", parent="发展和改革委员会", relation="管理")
              .unit("价格认证中心", kind="公益一类事业单位", parent="发展和改革委员会", relation="管理")
              .unit("信访局", kind="市政府直属机构", rank="正处级")
              .unit("农业农村局", kind="市政府工作部门")
              .unit("市场监督管理局", kind="市政府工作部门")
              .unit("商务局", kind="市政府工作部门")
              .boundary(["农业农村局", "市场监督管理局", "商务局"],
                        "食用农产品进入批发、零售市场或者生产加工企业前由市农业农村局监督管理，进入后由市市场监督管理局"
                        "监督管理，市商务局负责配合做好批发市场的行业管理。"))
    apply_doc(s, doc("county", date="2021-05", jurisdiction="南坪县")
              .unit("人民政府办公室", kind="县政府工作部门", rank="正科级")
              .unit("机关事务服务中心", kind="公益一类事业单位", parent="人民政府办公室", relation="管理"))
    return s


@pytest.mark.parametrize(("question", "parent"), [
    ("东湖市大数据中心 隶属", "东湖市发展和改革委员会"),
    ("东湖市大数据中心的上级单位？", "东湖市发展和改革委员会"),
    ("东湖市价格认证中心 主管部门", "东湖市发展和改革委员会"),
    ("南坪县机关事务服务中心 上级", "南坪县人民政府办公室"),
    ("南坪县机关事务服务中心隶属关系", "南坪县人民政府办公室"),
])
def test_a_name_with_a_bare_parent_word_asks_its_parent(store, question: str, parent: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "parent"
    assert result["units"] and result["units"][0]["name"] == parent


@pytest.mark.parametrize("question", ["东湖市信访局 隶属", "东湖市信访局隶属？", "东湖市信访局的上级单位"])
def test_a_bare_parent_word_of_a_unit_with_no_manager_says_what_it_is(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"] == "东湖市信访局"
    assert "市政府直属机构" in result["answer"]


@pytest.mark.parametrize(("question", "unit"), [
    ("东湖市政府办公室是什么级别", "东湖市人民政府办公室"),
    ("东湖市政府办公室什么规格", "东湖市人民政府办公室"),
    ("南坪县政府办公室是啥级别的", "南坪县人民政府办公室"),
    ("南坪县政府办公室是什么性质的单位", "南坪县人民政府办公室"),
])
def test_government_written_short_names_its_body(store, question: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"] == unit


@pytest.mark.parametrize("question", [
    "东湖市食用农产品监管，农业农村局和市场监督管理局的职责如何划分？",
    "东湖市农业农村局和市场监督管理局在食用农产品上怎么分工",
    "食用农产品进市场前后，东湖市市场监督管理局与农业农村局分别管哪段？",
])
def test_a_division_asked_of_two_bodies_gives_those_two(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert {u["name"] for u in result["units"]} == {"东湖市农业农村局", "东湖市市场监督管理局"}


def test_a_division_asked_as_alternatives_keeps_every_body(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "东湖市食用农产品到底归农业农村局管还是市场监督管理局管？")
    assert {u["name"] for u in result["units"]} == {"东湖市农业农村局", "东湖市市场监督管理局", "东湖市商务局"}


@pytest.mark.parametrize(("question", "asked"), [
    ("2008年东湖市卫生局三定以后，食品安全综合协调划给了哪个部门？", "2008年东湖市食品安全综合协调划给了哪个部门"),
    ("2013年组建西岭市卫计委时，人口发展规划职责划给了谁", "2013年西岭市人口发展规划职责划给了谁"),
    ("2019年南坪县林业局撤销以后，森林防火归谁管", "2019年南坪县森林防火归谁管"),
    ("2016年青松区物价局并入发改局后，价格监测工作由哪个部门承担", "2016年青松区价格监测工作由哪个部门承担"),
])
def test_a_dated_setting_lends_a_duty_question_its_date_only(question: str, asked: str) -> None:
    assert split_compound(question) == [asked]


@pytest.mark.parametrize("question", [
    "2018年改革后，南坪县草原防火归谁管",  # a setting naming no body: the question's own date, kept whole
    "2019年南坪县林业局撤销以后，编制归谁",  # a figure of the body, not a duty of its own
    "南坪县林业局撤销以后，森林防火归谁",  # no date to lend
])
def test_other_settings_are_left_as_they_are(question: str) -> None:
    assert split_compound(question) == [question]
