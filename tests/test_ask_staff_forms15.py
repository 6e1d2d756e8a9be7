"""Questions as staff ask them (fifteenth session): families of wordings read by the question
reader, each with variants written for the test in the genre (made-up places and bodies, not
copied from a corpus document).

* 民国N年 in a chronicle's question is year 1911 + N (``dates._MINGUO``);
* "X是哪年改成Y的 / 什么时候变成Y / 何时升格为Y" asks the date of X's change into Y, the change
  whose sentence writes Y (``routing._BECAME_WHEN``, ``Context._when_changed``);
* "X是哪个局的二级单位 / 哪个部门的下属单位 / 直属事业单位" asks the body over X
  (``routing._SUBORDINATE_OF``);
* "X撤了以后划给哪个镇了 / 撤销后整建制并入哪里 / 撤并后辖区归哪个乡" asks where the ended
  body went (``routing._ENDED_DUTIES``);
* a state farm or works named 国有/国营X is also X (``queries.resolve._STATE_OWNED``);
* "X加挂了什么牌子" of a living body with no sign recorded: none, never a sign of another name
  (``Context._sign``); a kind recorded as "差额拨款事业单位" answers how X is funded
  (``Context._funding``).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import EventStatement, EventType
from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.dates import cn_numerals, extract_date
from queries.ask.parsing import parse
from queries.ask.routing import route
from tests.builders import _ms, apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.mark.parametrize("text, year", [
    ("民国31年城关镇公所设几名副镇长", 1942),
    ("民国三十一年县政府设几个科", 1942),
    ("中华民国二十四年设立的镇公所", 1935),
    ("民国元年县署有几个科", 1912),
    ("民国十年县里设了哪些局", 1921),
])
def test_a_year_of_the_republic(text: str, year: int) -> None:
    spec, _ = extract_date(cn_numerals(text, date(2026, 12, 1)))
    assert spec is not None and spec.value is not None and spec.value.year == year, (text, spec)


def test_the_republic_without_a_year_is_no_date() -> None:
    assert extract_date(cn_numerals("民国年间县里设了哪些机构", date(2026, 12, 1)))[0] is None


@pytest.fixture
def store(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("chron", date="1990", jurisdiction="松岭县")
              .unit("县垦殖场")
              .rename("县垦殖场", "县林业总场", date="1958")
              .rename("县林业总场", "县林业管理站", date="1965"))
    apply_doc(s, doc("forest", date="2019", jurisdiction="松岭县")
              .unit("县林业局", kind="政府工作部门")
              .unit("县国有青石岭林场", kind="差额拨款事业单位", parent="县林业局",
                    sentence="县林业局下属县国有青石岭林场等二级单位。")
              .unit("县森林派出所", kind="政法编制单位", parent="县林业局")
              .unit("县农业局", kind="政府工作部门"))
    apply_doc(s, doc("towns", date="2018-06-01", jurisdiction="松岭县")
              .unit("河口镇").unit("三塘镇")
              .event(EventType.MERGE_INTO, "撤销河口镇，整建制划归三塘镇管辖。", inputs="河口镇", outputs="三塘镇",
                     date="2018-06-01"))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "松岭县林业总场是哪年改成县林业管理站的？",
    "松岭县林业总场什么时候变成县林业管理站",
    "松岭县林业总场何时改为松岭县林业管理站的",
])
def test_when_x_became_y(store, question: str) -> None:  # type: ignore[no-untyped-def]
    parsed = parse(store, question)
    assert route(parsed).intent == "lineage", route(parsed)
    result = ask(store, question)
    assert "1965" in result["answer"] and "1958" not in result["answer"], result["answer"]


@pytest.mark.parametrize("question", [
    "松岭县森林派出所是哪个局的二级单位？",
    "松岭县森林派出所是哪个部门的下属单位",
    "松岭县森林派出所是哪个单位的直属机构",
])
def test_whose_sub_unit(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "parent", result
    assert result["units"] and result["units"][0]["name"] == "松岭县林业局", result


@pytest.mark.parametrize("question", [
    "松岭的河口镇撤了以后划给哪个镇了？",
    "河口镇撤销后整建制并入哪个镇",
    "松岭县河口镇撤掉以后辖区划归哪个镇了",
])
def test_where_an_ended_body_went(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "lineage", result
    assert result["units"] and result["units"][0]["name"] == "松岭县三塘镇", result


@pytest.mark.parametrize("question", ["松岭县青石岭林场是全额拨款还是差额拨款的", "青石岭林场经费形式"])
def test_a_state_farm_without_guoyou_and_its_funding_as_its_kind(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"] == "松岭县国有青石岭林场", result
    assert "差额拨款" in result["answer"], result["answer"]


def test_a_body_no_farm_keeps_guoyou(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from queries.resolve import _STATE_OWNED

    assert _STATE_OWNED.match("国有资产监督管理委员会") is None
    assert _STATE_OWNED.match("国营水产养殖场") is not None
    assert _STATE_OWNED.match("地方国营农机修造厂") is not None


def test_a_funding_form_not_recorded_is_not_guessed(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "松岭县农业局是全额拨款还是差额拨款")
    assert "没有找到" in result["answer"], result["answer"]


def test_the_signs_of_a_body_that_carries_none(tmp_path) -> None:  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("met", date="2012", jurisdiction="松岭市")
              .unit("松岭市气象局", rank="正处级")
              .unit("松岭市气候观测站", signs=["气象局"]))
    for question in ("松岭市气象局加挂了什么牌子？", "松岭市气象局挂了哪些牌子"):
        result = ask(s, question)
        assert not result["units"] or result["units"][0]["name"] == "松岭市气象局", result
        assert "气候观测站" not in result["answer"], result["answer"]
    s.close()


# -- "撤销A，设立B" in one sentence: B is where A went (queries.reform_statements._paired_in_sentence)

_PAIRS = ("同意撤销东岭镇、西岭镇，设立岭南街道，以原两镇的行政区域为岭南街道的行政区域；"
          "撤销北河乡建制，设立北河镇。")


@pytest.fixture
def towns(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    b = doc("approval", date="2021-03-01", jurisdiction="松岭县").unit("东岭镇").unit("西岭镇").unit("北河乡")
    b.event(EventType.ABOLISH, _PAIRS, inputs=["东岭镇", "西岭镇", "北河乡"], date="2021-03-01")
    sentence = b.facts.events[-1].prov  # the forming events read from the same sentence
    for formed in ("岭南街道", "北河镇"):
        b.facts.events.append(EventStatement(type=EventType.ESTABLISH, prov=sentence, outputs=_ms(formed), date="2021-03-01"))
    apply_doc(s, b)
    yield s
    s.close()


@pytest.mark.parametrize("question, successor", [
    ("松岭县东岭镇现在还在吗", "松岭县岭南街道"),
    ("西岭镇后来怎么样了", "松岭县岭南街道"),
    ("松岭县北河乡撤了以后变成什么了", "松岭县北河镇"),
])
def test_a_body_set_up_in_place_of_one_ended(towns, question: str, successor: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(towns, question)
    names = [u["name"] for u in result["units"]]
    assert successor in names, result
    # each ended body is paired with the one set up after it, not with the whole sentence's
    assert not ({"松岭县岭南街道", "松岭县北河镇"} - {successor}) & set(names), result


@pytest.mark.parametrize("question, predecessors", [
    ("岭南街道的前身是什么", {"松岭县东岭镇", "松岭县西岭镇"}),
    ("松岭县北河镇是由哪个乡改设的", {"松岭县北河乡"}),
])
def test_the_bodies_ended_for_one_set_up(towns, question: str, predecessors: set[str]) -> None:  # type: ignore[no-untyped-def]
    result = ask(towns, question)
    assert {u["name"] for u in result["units"]} >= predecessors, result
    assert "松岭县北河乡" not in predecessors or "松岭县东岭镇" not in {u["name"] for u in result["units"]}, result


def test_an_undated_end_is_said_not_denied(tmp_path) -> None:  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("plan", jurisdiction="松岭县").unit("县文广局").unit("县文化和旅游局")
              .transfer_duty("县文广局", "文化职责", "县文化和旅游局")
              .event(EventType.ABOLISH, "不再保留县文广局。", inputs="县文广局"))
    for question in ("松岭县文广局现在还有吗？", "松岭县文广局还在吗"):
        result = ask(s, question)
        assert "不再保留" in result["answer"] and "仍然存续" not in result["answer"], result["answer"]
    s.close()


def test_each_ended_body_with_the_one_of_its_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    b = doc("approval", date="2015-05-01", jurisdiction="松岭县").unit("石门乡").unit("竹溪乡")
    b.event(EventType.ABOLISH, "同意撤销石门乡、竹溪乡建制，分别设立石门镇、竹溪镇，行政区域不变。",
            inputs=["石门乡", "竹溪乡"], date="2015-05-01")
    sentence = b.facts.events[-1].prov
    for formed in ("石门镇", "竹溪镇"):
        b.facts.events.append(EventStatement(type=EventType.ESTABLISH, prov=sentence, outputs=_ms(formed), date="2015-05-01"))
    apply_doc(s, b)
    result = ask(s, "松岭县石门乡后来怎么样了")
    names = [u["name"] for u in result["units"]]
    assert "松岭县石门镇" in names and "松岭县竹溪镇" not in names, result
    s.close()


@pytest.mark.parametrize("question", [
    "松岭县交通运输局的城市客运管理职责是从哪个部门划过来的？",
    "松岭县交通运输局的城市客运管理职能从哪来的",
])
def test_the_giver_of_the_duty_named(tmp_path, question: str) -> None:  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("plan", date="2010-05-01", jurisdiction="松岭县")
              .unit("县交通局").unit("县建设局").unit("县交通运输局")
              .establish("县交通运输局", inputs=["县交通局"], duties=[("县建设局", "城市客运管理职责")], date="2010-05-01"))
    result = ask(s, question)
    assert result["units"] and result["units"][0]["name"] == "松岭县建设局", result
    s.close()


def test_no_duty_named_keeps_the_whole_sources_first(tmp_path) -> None:  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("plan", date="2010-05-01", jurisdiction="松岭县")
              .unit("县交通局").unit("县建设局").unit("县交通运输局")
              .establish("县交通运输局", inputs=["县交通局"], duties=[("县建设局", "城市客运管理职责")], date="2010-05-01"))
    result = ask(s, "松岭县交通运输局是由哪些部门组建的")
    assert result["units"] and result["units"][0]["name"] == "松岭县交通局", result
    s.close()


# -- "X县给乡镇卫生院核增了多少编制": a place's change for a class of bodies (answers._recipient)

@pytest.fixture
def county_pool(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("news", date="2022-03-01", jurisdiction="松岭县")
              .staffing(None, "事业编制", "核增", 23, date="2022-03-01",
                        sentence="松岭县优化编制资源配置，为乡镇卫生院核增事业编制23名。"))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "松岭县给乡镇卫生院核增了多少编制？",
    "松岭县为乡镇卫生院核增编制多少名",
    "松岭县给乡镇卫生院增加了多少编制",
])
def test_a_places_change_for_a_class_of_bodies(county_pool, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(county_pool, question)
    assert not result.get("suggestions"), result
    assert "23" in result["answer"], result["answer"]


@pytest.mark.parametrize("question", ["松岭县给乡镇中心幼儿园核增了多少编制", "松岭县为中小学核增了多少编制"])
def test_another_class_of_bodies_is_not_given_that_figure(county_pool, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(county_pool, question)
    assert "23" not in result["answer"], result["answer"]


# -- a body restored under its old name ("1984年撤销，1985年又恢复，与县档案馆合署办公")

@pytest.fixture
def restored(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    b = doc("chron", date="1990", jurisdiction="松岭县").unit("县方志办").unit("县方志馆")
    b.establish("县方志办", date="1980-03")
    b.abolish("县方志办", date="1984-05")
    b.co_locate("县方志办", "县方志馆", date="1986-02")
    apply_doc(s, b)
    apply_doc(s, doc("chron2", date="1990", jurisdiction="松岭县").establish("县方志办", date="1986-02"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["松岭县方志办跟哪个单位合署办公？", "松岭县方志办和谁合署"])
def test_facts_of_a_restored_body(restored, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(restored, question)
    assert "松岭县方志馆" in [u["name"] for u in result["units"]], result


def test_facts_before_the_restoration_stay_with_the_ended_body(tmp_path) -> None:  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    b = doc("chron", date="1990", jurisdiction="松岭县").unit("县方志办").unit("县方志馆")
    b.establish("县方志办", date="1980-03")
    b.co_locate("县方志办", "县方志馆", date="1981-02")
    b.abolish("县方志办", date="1984-05")
    apply_doc(s, b)
    apply_doc(s, doc("chron2", date="1990", jurisdiction="松岭县").establish("县方志办", date="1986-02"))
    result = ask(s, "松岭县方志办跟哪个单位合署办公？")
    assert "松岭县方志馆" not in [u["name"] for u in result["units"]][:1] or "此前" in result["answer"], result
    s.close()


def test_several_duties_handed_stay_in_the_givers_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("a", date="2019-03-01", jurisdiction="松岭县").unit("县自然资源局", kind="政府工作部门")
              .unit("县应急管理局").duty("县应急管理局", "负责全县地质灾害防治工作。"))
    apply_doc(s, doc("b", date="2019-03-01", jurisdiction="青石县").unit("县应急管理局")
              .duty("县应急管理局", "负责全县地质灾害防治工作。").unit("县生态环境局")
              .duty("县生态环境局", "负责全县地下水污染防治工作。"))
    for question in ("松岭县自然资源局组建时把地质灾害防治、地下水污染防治这些职责划给了哪些部门？",
                     "松岭县自然资源局把地质灾害防治、地下水污染防治职责都划给了谁"):
        result = ask(s, question)
        assert all(u["jurisdiction"] == "松岭县" for u in result["units"]), result
    s.close()


# -- "X流通环节归谁监管": the holder of the stage asked (answers._stage_asked_first)

@pytest.fixture
def stages(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    # one division sentence read as two clauses, the product named in the first only
    apply_doc(s, doc("fengong", date="2016-04-01", jurisdiction="松岭县").unit("县农业局").unit("县市场监督管理局")
              .unit("县卫生计生局")
              .duty("县农业局", "对于群众关注的豆芽菜监管，豆芽菜生产环节的监管由县农业局负责")
              .duty("县市场监督管理局", "流通环节的监管由县市场监督管理局负责")
              .duty("县卫生计生局", "负责食品安全风险监测"))
    yield s
    s.close()


@pytest.mark.parametrize("question, first", [
    ("松岭县豆芽菜流通环节归哪个部门监管？", "松岭县市场监督管理局"),
    ("松岭县豆芽菜流通环节谁管", "松岭县市场监督管理局"),
    ("松岭县豆芽菜生产环节由哪个部门监管", "松岭县农业局"),
])
def test_the_stage_asked_decides(stages, question: str, first: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(stages, question)
    assert result["units"] and result["units"][0]["name"] == first, result


# -- "X的二级单位 / 下属单位有哪些 / 有几个": the units under X, not its divisions nor its posts

@pytest.fixture
def bureau(tmp_path):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path / "kg")
    apply_doc(s, doc("budget", date="2019", jurisdiction="松岭县").unit("县林业局")
              .unit("县林业局办公室", parent="县林业局", relation="内设")
              .unit("县林业工作站", parent="县林业局", relation="管理")
              .unit("县国有松涛林场", parent="县林业局", relation="管理"))
    yield s
    s.close()


@pytest.mark.parametrize("question", [
    "松岭县林业局有哪些二级单位", "松岭县林业局下属单位有哪些", "松岭县林业局有几个二级单位", "松岭县林业局二级单位？",
    "松岭县林业局的直属单位一共有多少个",
])
def test_the_units_under_a_body(bureau, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(bureau, question)
    assert result["intent"] == "orgchart", result
    names = {u["name"] for u in result["units"]}
    assert {"松岭县林业工作站", "松岭县国有松涛林场"} <= names and "松岭县林业局办公室" not in names, result


def test_the_divisions_are_still_the_divisions(bureau) -> None:  # type: ignore[no-untyped-def]
    result = ask(bureau, "松岭县林业局内设哪些科室")
    assert [u["name"] for u in result["units"]] == ["松岭县林业局办公室"], result
