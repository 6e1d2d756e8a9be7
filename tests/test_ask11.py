"""Phrasings seen in the eleventh session's fresh question sets (docs/questions.md, Eleventh session):

* the body over a unit written before it to point at it ("A下面那个B", "A下属的B") asks of B;
* the title of a document quoted in the question (《…规定》明确…) is where the answer is written,
  not a part of the question;
* a dated reform of a place that asks nothing ("2004年某市机构改革，…") lends the question after it
  its year and place;
* 大部制 is a reform, never the end of a unit name;
* an either-or question ("是县委部门还是政府部门") asks something, so the piece after it is a part
  of its own; "X下属事业单位是哪个" lists the bodies under X;
* "X的牌子还挂着吗" with no carrier at the date names the body that carried it until then;
* "A和B是何种关系 / 是一个机构吗" is a question of how two bodies stand (the lower body's kind said,
  one body with two signs found from either name);
* "X撤销后职责划给了谁" asks where X's duties went, and "其行政职责" keeps the bodies given that kind.

Sentences are written here in the genre; the places are made up.
"""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.intents import Intent, mode_of
from queries.ask.parsing import split_compound, unit_shaped
from queries.ask.rewrites import container_dropped, reform_setting_lent, title_dropped
from queries.ask.routing import route
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


def _places(text: str) -> str:
    for place in ("东湖市", "南坪县", "东湖", "南坪"):
        if text.startswith(place):
            return place
    return ""


@pytest.mark.parametrize(("question", "plain"), [
    ("应急部下面那个矿山安监局啥级别", "矿山安监局啥级别"),
    ("南坪县林业局下属的湿地保护站有多少编制", "南坪县湿地保护站有多少编制"),
    ("东湖市卫健委管的那个疾控中心归谁管", "东湖市疾控中心归谁管"),
    ("市场监管总局旗下的药监局是什么级别", "药监局是什么级别"),
    ("南坪县委宣传部底下那个融媒体中心编制多少", "南坪县融媒体中心编制多少"),
])
def test_the_body_over_a_unit_only_points_at_it(question: str, plain: str) -> None:
    assert container_dropped(question, _places) == plain


@pytest.mark.parametrize("question", [
    "卫生部管理的国家局有哪些",  # a kind of body, not a name: still a list
    "民政部下面有哪些单位",
    "南坪县林业局下属事业单位是哪个",
    "东湖市发改委和东湖市统计局是什么关系",
])
def test_no_unit_after_the_pointing_words_leaves_the_question(question: str) -> None:
    assert container_dropped(question, _places) == question


@pytest.mark.parametrize(("question", "plain"), [
    ("2008年《卫生部主要职责、内设机构和人员编制规定》明确由卫生部管理的国家局有哪些",
     "2008年由卫生部管理的国家局有哪些"),
    ("根据《东湖市机构改革方案》，东湖市数据局挂什么牌子", "东湖市数据局挂什么牌子"),
    ("《南坪县应急管理局职能配置、内设机构和人员编制规定》里内设机构有几个", "南坪县应急管理局内设机构有几个"),
    ("按照《关于调整机构编制的通知》中规定的，南坪县档案馆编制多少", "南坪县档案馆编制多少"),
])
def test_a_quoted_document_title_is_no_part_of_the_question(question: str, plain: str) -> None:
    assert title_dropped(question) == plain


def test_a_title_alone_with_no_unit_is_kept() -> None:
    assert title_dropped("《机构编制管理条例》哪年施行的") == "《机构编制管理条例》哪年施行的"


@pytest.mark.parametrize(("question", "plain"), [
    ("2004年东湖机构改革，市发展计划委员会改成了啥", "2004年东湖市发展计划委员会改成了啥"),
    ("2019年南坪县这轮改革后，县林业局并到哪了", "2019年南坪县林业局并到哪了"),
    ("2010年东湖市政府机构改革时，森林防火归谁管", "2010年东湖市森林防火归谁管"),
    ("2016年南坪县机构改革中，南坪县物价局撤了吗", "2016年南坪县物价局撤了吗"),
])
def test_a_dated_reform_of_a_place_lends_its_year_and_place(question: str, plain: str) -> None:
    assert reform_setting_lent(question, _places) == plain


@pytest.mark.parametrize("question", [
    "2004年东湖机构改革，市发展计划委员会2005年改成了啥",  # a date of its own
    "2018年改革后，南坪县草原防火归谁管",  # no place in the setting
    "2004年西岭机构改革，市计委改成了啥",  # a place the store does not know
    "2004年东湖机构改革，一共撤了十个局",  # asks nothing
])
def test_other_reform_settings_are_left_as_they_are(question: str) -> None:
    assert reform_setting_lent(question, _places) == question


@pytest.mark.parametrize("text", ["交通大部制以后邮政局归谁", "2008年大部制改革后铁路局归谁管", "农业大部制改革"])
def test_a_reform_by_big_ministries_is_no_unit_name(text: str) -> None:
    assert not any(name.endswith("部") and "大部" in name for _, _, name in unit_shaped(text))


@pytest.mark.parametrize(("question", "second"), [
    ("南坪县编办是县委部门还是政府部门？下属事业单位是哪个", "南坪县编办的下属事业单位是哪个"),
    ("东湖市数据局是行政机构还是事业单位，内设机构有哪些", "东湖市数据局的内设机构有哪些"),
    ("南坪县档案馆是参公单位还是公益一类？编制多少", "南坪县档案馆的编制多少"),
])
def test_an_either_or_question_is_a_part_of_its_own(question: str, second: str) -> None:
    parts = split_compound(question)
    assert len(parts) == 2 and parts[1] == second


@pytest.mark.parametrize("text", ["A和B是何种关系", "A与B是什么样的关系", "A跟B是一个机构吗", "A和B是不是一回事",
                                  "A和B是不是一个单位", "A与B关系怎样"])
def test_relation_words(text: str) -> None:
    assert mode_of(Intent.UNIT_INFO, text) == "relation"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("county", date="2017-05", jurisdiction="南坪县")
              .unit("林业局", kind="县政府工作部门", rank="正科级")
              .add_sign("林业局", "湿地保护管理局", date="2017-05")
              .unit("人力资源和社会保障局", kind="县政府工作部门")
              .unit("劳动人事争议仲裁院", kind="公益一类事业单位", parent="人力资源和社会保障局", relation="所属")
              .unit("就业服务中心", kind="公益一类事业单位", parent="人力资源和社会保障局", relation="所属"))
    apply_doc(s, doc("reform", date="2019-03", jurisdiction="南坪县")
              .unit("自然资源局", kind="县政府工作部门", rank="正科级", signs=["林业局"])
              .merge_into(["林业局"], "自然资源局", date="2019-03")
              .remove_sign("林业局", "湿地保护管理局", date="2019-03"))
    apply_doc(s, doc("ended", date="2015-06", jurisdiction="东湖市")
              .unit("交通运输局", kind="市政府工作部门")
              .unit("铁路管理处", kind="市政府直属机构")
              .unit("铁路投资公司", kind="国有企业")
              .abolish("铁路管理处", date="2015-06")
              .transfer_duty("铁路管理处", "拟订铁路发展规划的行政职责", "交通运输局", date="2015-06")
              .transfer_duty("铁路管理处", "企业职责", "铁路投资公司", date="2015-06"))
    apply_doc(s, doc("city", date="2020-03", jurisdiction="东湖市")
              .unit("自然资源局", kind="市政府工作部门")
              .unit("自然资源局青松分局", kind="派出机构", parent="自然资源局", relation="管理"))
    return s


@pytest.mark.parametrize("question", [
    "南坪县湿地保护管理局那块牌子现在还挂着吗",
    "南坪县湿地保护管理局的牌子还保留着吗",
    "南坪县湿地保护管理局牌子摘了没有",
])
def test_a_sign_no_longer_hung_names_its_last_carrier(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert [u["name"] for u in result["units"]][:1] == ["南坪县林业局"]
    assert "2019" in result["answer"]


def test_where_a_sign_hangs_when_none_carries_it_names_no_unit(store) -> None:  # type: ignore[no-untyped-def]
    assert ask(store, "南坪县湿地保护管理局的牌子挂在哪")["units"] == []


@pytest.mark.parametrize("question", [
    "南坪县人社局下属事业单位是哪个",
    "南坪县人力资源和社会保障局所属事业单位是哪些",
    "南坪县人社局的下属单位是哪几个",
])
def test_the_bodies_under_a_unit_asked_with_which(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "orgchart"
    assert {u["name"] for u in result["units"]} == {"南坪县劳动人事争议仲裁院", "南坪县就业服务中心"}


@pytest.mark.parametrize("question", [
    "东湖市自然资源局青松分局与东湖市自然资源局是何种关系？",
    "东湖市自然资源局青松分局和东湖市自然资源局是什么关系",
])
def test_a_relation_to_the_parent_says_the_lower_body_kind(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"] == "东湖市自然资源局"
    assert "派出机构" in result["answer"]


@pytest.mark.parametrize("question", [
    "南坪县自然资源局和南坪县林业局是一个单位吗",
    "南坪县林业局跟南坪县自然资源局是不是一回事",
    "南坪县林业局与南坪县自然资源局是何种关系",
])
def test_one_body_and_the_sign_it_carries_from_either_name(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert [u["name"] for u in result["units"]] == ["南坪县自然资源局"]
    assert "一个机构两块牌子" in result["answer"]


@pytest.mark.parametrize("question", [
    "东湖市铁路管理处撤销后职责划给了谁",
    "东湖市铁路管理处不再保留以后，职能交给了哪些部门",
    "东湖市铁路管理处撤了以后其职责都给了谁",
])
def test_where_the_duties_of_an_ended_body_went(store, question: str) -> None:  # type: ignore[no-untyped-def]
    from queries.ask.parsing import parse

    assert route(parse(store, question)).rule == "ended_duties"
    result = ask(store, question)
    assert result["intent"] == "lineage"
    assert {u["name"] for u in result["units"]} >= {"东湖市交通运输局", "东湖市铁路投资公司"}


@pytest.mark.parametrize(("question", "kept"), [
    ("东湖市铁路管理处撤销后，其行政职责分别由哪些单位承担？", "东湖市交通运输局"),
    ("东湖市铁路管理处撤销后，企业职责由谁承担", "东湖市铁路投资公司"),
])
def test_a_kind_of_duty_keeps_the_bodies_given_that_kind(store, question: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    names = [u["name"] for u in ask(store, question)["units"]]
    assert kept in names and len(names) == 1


@pytest.mark.parametrize("question", [
    "东湖市铁路管理处撤销后，它的行政职责和企业职责分别给了谁",
    "东湖市铁路管理处撤销后，行政和企业职责分别给了谁",
])
def test_two_kinds_of_duty_keep_the_bodies_of_either(store, question: str) -> None:  # type: ignore[no-untyped-def]
    names = {u["name"] for u in ask(store, question)["units"]}
    assert names == {"东湖市交通运输局", "东湖市铁路投资公司"}
