"""Questions as staff type them (ninth session, helper askcolloq): colloquial, terse and
formal forms of one ask, short names of Party committee bodies, and the refusal of a unit
that does not exist in a real place.

* a body of a local Party committee named with its place (中共<place>委<body>) is typed
  without 中共 and shortened after the committee: 松岭县委社工部, 白河区委编办
  (``kg.abbrev._PLACED_COMMITTEE``);
* a central body named 中国X is also X (中国老龄协会 → 老龄协会, 中国民用航空局 → 民航局), and
  国土资源 is 国土 (国土局, 国土部, 国土厅) (``kg.abbrev._without_zhongguo``, ``_PHRASES``);
* "X内设司局？ / 内设科室？" lists X's divisions, the count its 三定 sets first when the names
  recorded are fewer (``routing._TERSE_DIVISIONS``, ``parsing._GENERIC``, ``Context._a_orgchart``);
* 谁负责X typed with a one-character verb closing it ("X谁发 / 谁批 / 谁定 / 归谁定 / 谁说了算"),
  a place to go ("X去哪儿办 / 在哪办 / 问谁"), or the role of the handling unit ("X的主管部门是哪个",
  "X主管部门？", "X归口管理部门是？", "X归口哪个部门") (``parsing._ACTS_AT_END``, ``_ROLE_AT_END``);
  "哪些部门都管X" asks of X;
* how a public institution is funded ("X什么经费形式 / 经费怎么来的 / 是全额拨款吗"): the form the
  sentences of its own staffing or describing facts write (全额拨款事业编制N名; …事业单位，经费自收自支),
  never a guess (``intents.FUNDING_CUES``, ``Context._funding``);
* formal forms: "X职责现由哪一部门履行", "X职能划归何部门", "X由何部门负责" (何/何种/哪一 as question
  words, 现由/划归/交由 before them); "X几个副局长 / 局长几名" asks its leadership posts; "X内设机构数量"
  their count;
* "单设的X现在还在不在" asks whether X exists (单设的 names the body); "X还单设吗" whether it is a
  body of its own (``intents.SEPARATE_CUES``);
* "X的Y职责划到哪去了 / 划给谁了" asks where X's duty went (lineage), not X's parent;
* "X挂在谁下面 / 挂靠哪 / 在谁名下" asks the unit over X; "X牌子挂在哪", "X挂在哪个部门" where a
  sign hangs (``intents.UNDER_CUES`` before the sign cues);
* "X是县委的还是县政府的": 还是/或者/是 open no name, 还是县 is no place; "X是个啥单位" asks its kind;
* "X原来归谁管" of a name now only a sign: no former manager is recorded, and the carrier of the
  sign is none (``Context._a_parent``); "X归谁管" still gives the carrier;
* a second name joined to a placed first one without its place ("淮安食药监局和农委") is of the
  first one's place when so placed it names units of that place only
  (``parsing._second_name_placed``); "A与B职责怎么划分 / 咋分的 / 边界" asks of the pair;
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


@pytest.mark.parametrize(("full", "short"), [
    ("中国老龄协会", "老龄协会"),
    ("中国人民银行", "人民银行"),
    ("中国民用航空局", "民航局"),
    ("中国地震局机关服务中心", "地震局机关服务中心"),
    ("国土资源局", "国土局"),
    ("国土资源部", "国土部"),
    ("国土资源厅", "国土厅"),
])
def test_zhongguo_and_guotu_short_forms(full: str, short: str) -> None:
    assert short in abbreviations(full, min_len=2)


@pytest.mark.parametrize("full", ["中国共产党东湖市委员会", "中国局"])
def test_no_zhongguo_form_of_the_party_or_a_bare_word(full: str) -> None:
    assert full[2:] not in abbreviations(full, min_len=2)


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
              .staffing("中共松岭县委机构编制委员会办公室", "领导职数", "核定", 2, level="副主任",
                        sentence="县委编办核定主任1名、副主任2名，内设机构3个。")
              .staffing("中共松岭县委机构编制委员会办公室", "内设机构", "核定", 3,
                        sentence="县委编办核定主任1名、副主任2名，内设机构3个。")
              .unit("中共松岭县委机构编制委员会办公室综合股", kind="内设机构", parent="中共松岭县委机构编制委员会办公室",
                    relation="内设")
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
    ("森林防火职责现由哪一部门履行？", "森林防火"),
    ("草原防火职能划归何部门？", "草原防火"),
    ("草原防火由何部门负责", "草原防火"),
    ("森林防火交由哪个部门承担", "森林防火"),
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


# ---------------------------------------------------------------- a second name without its place


@pytest.mark.parametrize("question", ["松岭县医保局和档案馆职责怎么划分？", "松岭县医疗保障局与档案馆咋分的",
                                      "松岭那边医保局跟档案馆职责边界在哪"])
def test_a_second_name_takes_the_first_ones_place(store: NetworkxStore, question: str) -> None:
    parsed = parse(store, question)
    names = {store.unit(u).name for span in parsed.units for u, _ in span.candidates[:1]}
    assert len(parsed.units) == 2 and {store.unit(span.candidates[0][0]).jurisdiction for span in parsed.units} == {"松岭县"}, names
    assert route(parsed).intent.value == "overlap"


def test_a_second_name_the_place_lacks_is_not_placed(store: NetworkxStore) -> None:
    # no 松岭县民政局: the second name is not made one of 松岭县's
    parsed = parse(store, "松岭县医疗保障局和民政局职责怎么划分")
    assert not any(store.unit(u).jurisdiction == "松岭县" and "民政" in store.unit(u).name
                   for span in parsed.units for u, _ in span.candidates)


@pytest.mark.parametrize(("question", "figure"), [
    ("松岭县委编办几个副主任？", "副主任2名"),
    ("松岭县委编办内设机构数量？", "3个内设机构"),
])
def test_heads_and_division_counts(store: NetworkxStore, question: str, figure: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "staffing", result
    assert figure in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["松岭县委编办内设股室？", "松岭县委编办内设科室", "松岭县委编办的内设机构？"])
def test_terse_divisions_with_the_set_count(store: NetworkxStore, question: str) -> None:
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "orgchart", result
    assert "综合股" in result["answer"] and "内设机构3个" in result["answer"] and "已记录名称的1个" in result["answer"], result["answer"]


@pytest.mark.parametrize(("question", "mode"), [
    ("单设的县外事办现在还在不在？", "exists"),
    ("单设的市侨办还在吗", "exists"),
    ("县外事办现在还单设吗？", "separate"),
    ("市侨办是不是单设的", "separate"),
])
def test_dansheng_names_the_body_or_asks_of_it(question: str, mode: str) -> None:
    from queries.ask.intents import Intent, mode_of

    assert mode_of(Intent.UNIT_INFO, question) == mode


@pytest.mark.parametrize("question", ["县林业局的森林防火职责后来去哪了"])
def test_where_a_units_duty_went(county, question: str) -> None:  # type: ignore[no-untyped-def]
    assert route(parse(county, question)).intent.value == "lineage"


@pytest.mark.parametrize("question", ["样例县农业局的草原防火职责划到哪去了", "县农业局的草原防火划给谁了？"])
def test_who_took_a_units_duty(county, question: str) -> None:  # type: ignore[no-untyped-def]
    """A duty named with a handing verb (划给/划到/交给 …) asks who took it (tenth session: the
    rule ``duty_handed``), in the giver's place, never the giver."""
    assert route(parse(county, question)).intent.value == "who_handles"
    assert [u["name"] for u in ask(county, question)["units"]][:1] == ["样例县应急管理局"]


@pytest.mark.parametrize(("question", "mode"), [
    ("县档案局挂在谁下面？", "parent"),
    ("县档案局挂靠哪", "parent"),
    ("县档案局在哪个局名下", "parent"),
    ("县档案局牌子挂在哪", "sign"),
    ("县档案局挂在哪个部门", "sign"),
])
def test_under_whom_or_where_a_sign_hangs(question: str, mode: str) -> None:
    from queries.ask.intents import Intent, mode_of

    assert mode_of(Intent.PARENT, question) == mode


@pytest.mark.parametrize("question", ["松岭县委社工部是县委的还是县政府的？", "松岭县委社工部是个啥单位", "松岭县委社工部是个什么单位？"])
def test_whose_body_it_is(store: NetworkxStore, question: str) -> None:
    parsed = parse(store, question)
    assert not parsed.unknown and not parsed.unknown_places, (parsed.unknown, parsed.unknown_places)
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "unit_info" and result["units"][0]["name"] == "中共松岭县委社会工作部", result
    assert "县委职能部门" in result["answer"], result["answer"]


def test_a_sign_has_no_former_manager(store: NetworkxStore) -> None:
    before = ask(store, "松岭县委两新工作委员会原来归谁管", today=TODAY)
    assert before["units"] == [] and "没有找到" in before["answer"], before["answer"]
    now = ask(store, "松岭县委两新工作委员会归谁管", today=TODAY)
    assert now["units"] and now["units"][0]["name"] == "中共松岭县委社会工作部", now["answer"]
