"""Questions as staff type them (ninth session, helper askcolloq): colloquial, terse and
formal forms of one ask, short names of Party committee bodies, and the refusal of a unit
that does not exist in a real place.

* a body of a local Party committee named with its place (中共<place>委<body>) is typed
  without 中共 and shortened after the committee: 松岭县委社工部, 白河区委编办
  (``kg.abbrev._PLACED_COMMITTEE``);
* 谁负责X typed with a one-character verb closing it ("X谁发 / 谁批 / 谁定 / 归谁定 / 谁说了算"),
  a place to go ("X去哪儿办 / 在哪办 / 问谁"), or the role of the handling unit ("X的主管部门是哪个",
  "X主管部门？", "X归口管理部门是？", "X归口哪个部门") (``parsing._ACTS_AT_END``, ``_ROLE_AT_END``);
  "哪些部门都管X" asks of X;
* how a public institution is funded ("X什么经费形式 / 经费怎么来的 / 是全额拨款吗"): the form the
  sentences of its own staffing or describing facts write (全额拨款事业编制N名; …事业单位，经费自收自支),
  never a guess (``intents.FUNDING_CUES``, ``Context._funding``);
* the side of a place between it and a name ("松岭那边医保局") is no part of the name
  (``parsing._SIDE``); a place the store does not know stays unknown ("拉萨那边医保局" → 没有找到);

Names and sentences below are written for the test, in the genre (not copied from a corpus
document).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.abbrev import abbreviations
from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.parsing import parse
from queries.ask.routing import route
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

TODAY = date(2026, 12, 1)


# ---------------------------------------------------------------- Party committee short forms


@pytest.mark.parametrize(("full", "short"), [
    ("中共松岭县委社会工作部", "松岭县委社工部"),
    ("中共松岭县委社会工作部", "松岭县委社会工作部"),
    ("中共白河区委机构编制委员会办公室", "白河区委编办"),
    ("中共东湖市委网络安全和信息化委员会办公室", "东湖市委网信办"),
    ("中共青松自治县委社会工作部", "青松自治县委社工部"),
    ("中共南坪省委机构编制委员会办公室", "南坪省委编办"),
])
def test_placed_committee_short_forms(full: str, short: str) -> None:
    assert short in abbreviations(full, min_len=2)


@pytest.mark.parametrize("full", ["中共中央网络安全和信息化委员会办公室", "东湖市卫生健康委员会", "松岭县发展和改革局"])
def test_placed_committee_rule_leaves_other_names(full: str) -> None:
    # the central Party bodies keep their own rule; a government body is no committee body
    assert not any(f.endswith(("社工部", "委编办")) or f.startswith(("中共中央网", "东湖市委", "松岭县委"))
                   for f in abbreviations(full, min_len=2) if f != "中共中央网信办")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("songling", date="2024-05-10", jurisdiction="松岭县")
              .unit("中共松岭县委社会工作部", kind="县委职能部门", signs=["县委两新工作委员会"], valid_from="2024-05-10")
              .duty("中共松岭县委社会工作部", "负责全县志愿服务工作。")
              .unit("中共松岭县委机构编制委员会办公室", kind="县委工作机关", rank="正科级")
              .staffing("中共松岭县委机构编制委员会办公室", "行政编制", "核定", 9)
              .unit("医疗保障局", kind="县政府工作部门", rank="正科级")
              .unit("图书馆", kind="公益一类事业单位", sentence="县图书馆为县文化馆所属公益一类事业单位，经费实行全额拨款。")
              .unit("林场", kind="公益二类事业单位", sentence="县林场为公益二类事业单位，经费形式为自收自支，核定编制12名。")
              .unit("档案馆", kind="事业单位")
              .staffing("档案馆", "事业编制", "核定", 6, funding="全额拨款", sentence="核定县档案馆全额拨款事业编制6名。")
              .unit("城建档案馆", kind="事业单位")
              .staffing("城建档案馆", "事业编制", "核定", 4, sentence="为县城建档案馆核定差额拨款事业编制4名。"))
    return s


@pytest.mark.parametrize("question", ["松岭县委社工部加挂什么牌子？", "松岭县委社工部挂的啥牌子", "松岭县委社会工作部牌子？"])
def test_committee_body_by_short_name(store: NetworkxStore, question: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["units"] and result["units"][0]["name"] == "中共松岭县委社会工作部", result["answer"]
    assert "两新工作委员会" in result["answer"]


@pytest.mark.parametrize("question", ["松岭县委编办编制多少？", "松岭县委编办有几个编制", "松岭县委编办行政编制？"])
def test_committee_office_by_short_name(store: NetworkxStore, question: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["units"] and result["units"][0]["name"] == "中共松岭县委机构编制委员会办公室", result["answer"]
    assert "9" in result["answer"]


# ---------------------------------------------------------------- the asking tail of 谁负责X


@pytest.mark.parametrize(("question", "topic"), [
    ("取水许可证谁发？", "取水许可证"),
    ("取水许可证谁发的", "取水许可证"),
    ("水资源费标准谁定？", "水资源费标准"),
    ("水资源费标准归谁定", "水资源费标准"),
    ("林木采伐许可谁批", "林木采伐许可"),
    ("采伐证去哪儿办？", "采伐证"),
    ("采伐证在哪办", "采伐证"),
    ("森林防火问谁？", "森林防火"),
    ("草原防火谁说了算", "草原防火"),
    ("草原防火的主管部门是哪个？", "草原防火"),
    ("草原防火主管部门？", "草原防火"),
    ("森林防火归口管理部门是？", "森林防火"),
    ("森林防火归口哪个部门", "森林防火"),
    ("森林防火的牵头部门是谁", "森林防火"),
])
def test_the_asking_tail_is_no_part_of_the_topic(county, question: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(county, question))
    assert routed.intent.value == "who_handles", routed
    assert routed.topic == topic


@pytest.mark.parametrize("question", ["样例县森林防火谁说了算？", "样例县森林防火的主管部门是哪个", "样例县森林防火主管部门？",
                                      "样例县森林防火归口哪个部门"])
def test_answered_like_the_plain_question(county, question: str) -> None:  # type: ignore[no-untyped-def]
    plain = ask(county, "样例县谁负责森林防火？")
    result = ask(county, question)
    assert plain["units"], plain["answer"]
    assert [u["id"] for u in result["units"]][:1] == [u["id"] for u in plain["units"]][:1], result["answer"]


@pytest.mark.parametrize("question", ["样例县不动产登记中心的主管部门是哪个", "样例县农机服务站主管部门？"])
def test_the_managing_unit_of_a_named_unit_stays_a_parent_question(county, question: str) -> None:  # type: ignore[no-untyped-def]
    # with a unit named, its 主管部门 is its parent, not a duty
    assert route(parse(county, question)).intent.value == "parent"


@pytest.mark.parametrize(("question", "topic"), [
    ("哪些部门都管森林防火？", "森林防火"),
    ("哪些单位都在管草原防火", "草原防火"),
    ("哪几个部门也管森林防火", "森林防火"),
])
def test_which_units_all_handle(county, question: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    routed = route(parse(county, question))
    assert routed.intent.value in ("who_handles", "overlap"), routed
    assert routed.topic == topic


# ---------------------------------------------------------------- the side of a place


@pytest.mark.parametrize("question", ["松岭那边医保局啥级别？", "松岭县这边的医疗保障局是什么级别", "松岭那儿医保局啥规格"])
def test_the_side_of_a_place_is_no_part_of_the_name(store: NetworkxStore, question: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["units"] and result["units"][0]["name"] == "松岭县医疗保障局", result["answer"]
    assert "正科级" in result["answer"]


@pytest.mark.parametrize("question", ["拉萨那边医保局啥级别？", "拉萨这边医疗保障局编制多少", "南屏县那边社工部挂什么牌子"])
def test_the_side_of_an_unknown_place_names_nothing(store: NetworkxStore, question: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["units"] == [], result["answer"]
    assert "没有找到" in result["answer"] and "松岭" not in result["answer"], result["answer"]


# ---------------------------------------------------------------- funding


@pytest.mark.parametrize(("question", "unit", "form"), [
    ("松岭县图书馆什么经费形式？", "松岭县图书馆", "全额拨款"),
    ("松岭县林场经费怎么来的", "松岭县林场", "自收自支"),
    ("松岭县林场是全额拨款吗？", "松岭县林场", "自收自支"),
    ("松岭县档案馆的经费来源？", "松岭县档案馆", "全额拨款"),
    ("松岭县城建档案馆是差额拨款还是自收自支", "松岭县城建档案馆", "差额拨款"),
])
def test_the_funding_form_as_written(store: NetworkxStore, question: str, unit: str, form: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "unit_info", result
    assert result["units"] and result["units"][0]["name"] == unit, result["answer"]
    assert form in result["answer"] and result["evidence"], result["answer"]


def test_no_funding_written_no_guess(store: NetworkxStore) -> None:
    result = ask(store, "松岭县医疗保障局什么经费形式？", today=TODAY)
    assert result["units"] == [] and "没有找到" in result["answer"], result["answer"]
