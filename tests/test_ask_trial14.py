"""Name forms seen in the fourteenth session's diagnostic questions (docs/questions.md,
Fourteenth session):

* the short forms of a township's stations and a county's culture bureau (农机站, 农技站, 农经站;
  文广局, 广电局, 文广新局) and of other county bodies as their staff write them (供销社, 畜牧局,
  教体局, 综合执法局, 文旅体局, 规划局, 机管局, 劳动保障局);
* a body named after its parent and 的 ("卫健委的医政处", "编办下面的综合股") is the parent's
  sub-body when the two, written together, are a name the store knows;
* a name ending in 委会 (管委会, 革委会, 居委会) is a unit name whole, and the words saying when a
  unit was made (成立的, 新组建的 …) are no part of the name after them;
* "<place>有哪几个农机站": a kind of body asked for by its members lists the place's units whose
  names (or short forms) end with it, at the date;
* "<place>X里Y归哪个部门": a place written before X is X's own, so Y is looked for among X's
  divisions as for "X里Y归哪个部门";
* "X整合了哪几个局的职能" asks where X came from, not X's own bureaus;
* a body a news report names by its parent's short form ("东湖市卫健委医政医管处", renamed since)
  and the 三定's record of the same body under the parent's full name are one body, not two
  to ask the user about.

Sentences are written here in the genre; the places are made up.
"""

from __future__ import annotations

import pytest

from kg.abbrev import abbreviations
from kg.stores.networkx_store import NetworkxStore
from queries.ask import Intent, ask
from queries.ask.parsing import parse, unit_shaped
from queries.ask.routing import route
from queries.resolve import one_body_recorded_twice
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry


@pytest.mark.parametrize(("name", "short"), [
    ("农业机械管理站", "农机站"),
    ("大坝农业机械管理站", "大坝农机站"),
    ("农业技术推广站", "农技站"),
    ("农村经济经营管理站", "农经站"),
    ("文化广播电影电视局", "文广局"),
    ("文化广播电视局", "文广局"),
    ("广播电视局", "广电局"),
    ("文化广电新闻出版局", "文广新局"),
    ("供销合作社", "供销社"),
    ("畜牧兽医局", "畜牧局"),
    ("教育体育局", "教体局"),
    ("综合行政执法局", "综合执法局"),
    ("文化旅游体育局", "文旅体局"),
    ("城乡规划局", "规划局"),
    ("机关事务管理局", "机管局"),
    ("劳动和社会保障局", "劳动保障局"),
])
def test_short_forms_of_stations_and_culture_bureaus(name: str, short: str) -> None:
    assert short in abbreviations(name)


@pytest.mark.parametrize("name", ["林业工作站", "文化站", "水利站", "动物防疫站", "广播电视台", "农民专业合作社", "出版社"])
def test_a_station_without_a_usual_contraction_gets_none(name: str) -> None:
    assert not abbreviations(name)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("sanding", date="2019-03", jurisdiction="东湖市")
              .unit("卫生健康委员会", kind="市政府工作部门", rank="正处级")
              .unit("卫生健康委员会医政医管处", kind="内设机构", parent="卫生健康委员会", relation="内设")
              .unit("卫生健康委员会综合科", kind="内设机构", parent="卫生健康委员会", relation="内设")
              .duty("卫生健康委员会综合科", "负责机关文电、会务、档案等日常运转工作。")
              .unit("农业农村局", kind="市政府工作部门")
              .unit("公安局", kind="市政府工作部门")
              .unit("公安局指挥中心", kind="内设机构", parent="公安局", relation="内设")
              .duty("公安局指挥中心", "负责全局接报警和指挥处警工作。"))
    apply_doc(s, doc("county", date="2006-02", jurisdiction="南坪县")
              .unit("大坝农业机械管理站", kind="公益性事业单位")
              .unit("小河农业机械管理站", kind="公益性事业单位")
              .unit("大坝水利站", kind="公益性事业单位")
              .unit("文化广播电影电视局", kind="县政府工作部门", rank="正科级")
              .staffing("大坝农业机械管理站", "事业编制", "核定", 6))
    apply_doc(s, doc("merge", date="2015-06", jurisdiction="南坪县")
              .abolish("小河农业机械管理站", date="2015-06"))
    apply_doc(s, doc("other-county", date="2006-02", jurisdiction="北岭县")
              .unit("石桥农业机械管理站", kind="公益性事业单位"))
    apply_doc(s, doc("news", date="2023-09", jurisdiction="东湖市")
              .rename("卫健委医政医管处", "医政处"))
    return s


def _two_records(s: NetworkxStore) -> list[str]:
    return sorted(u.id for u in s.units() if "医政医管处" in u.name)


@pytest.mark.parametrize(("question", "unit"), [
    ("南坪县大坝农机站有多少编制？", "南坪县大坝农业机械管理站"),
    ("大坝农机站是什么性质的单位", "南坪县大坝农业机械管理站"),
    ("南坪县文广局是什么级别", "南坪县文化广播电影电视局"),
    ("南坪县的文广局现在还在吗", "南坪县文化广播电影电视局"),
])
def test_a_station_or_a_culture_bureau_by_its_short_form(store, question: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"] == unit


@pytest.mark.parametrize("question", [
    "东湖市卫健委的综合科负责什么",
    "东湖市卫健委下面的综合科是干什么的",
    "东湖市卫生健康委员会里的综合科管哪些事",
])
def test_a_sub_body_named_after_its_parent_and_de(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"] == "东湖市卫生健康委员会综合科"
    assert "档案" in result["answer"]


@pytest.mark.parametrize("question", ["东湖市卫健委的人事科负责什么", "东湖市卫健委下面的财务科是干什么的"])
def test_a_body_after_de_the_store_does_not_hold_is_not_its_parent(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert not any("科" in u["name"] for u in result["units"])


def test_the_parent_and_de_before_a_question_word_stay_the_parent(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "东湖市卫健委的级别是什么")
    assert result["units"] and result["units"][0]["name"] == "东湖市卫生健康委员会"


@pytest.mark.parametrize("question", [
    "东湖市卫健委的医政医管处现在改叫啥了？",
    "东湖市卫健委医政医管处现在叫什么",
    "卫健委医政医管处改成什么了",
])
def test_a_body_recorded_by_a_news_report_under_its_parents_short_form(store, question: str) -> None:  # type: ignore[no-untyped-def]
    assert len(_two_records(store)) == 2  # the news report's record and the 三定's
    result = ask(store, question)
    assert not result["suggestions"]
    assert result["units"] and result["units"][0]["name"] == "东湖市医政处"


def test_records_of_different_names_are_not_one_body(store) -> None:  # type: ignore[no-untyped-def]
    ids = sorted(u.id for u in store.units() if u.name in ("卫生健康委员会综合科", "卫生健康委员会医政医管处"))
    assert len(ids) == 2
    assert one_body_recorded_twice(store, ids) is None


@pytest.mark.parametrize(("text", "name"), [
    ("青松开发区管委会归谁管", "青松开发区管委会"),
    ("南坪县革委会是哪年撤销的", "南坪县革委会"),
    ("1970年成立的南坪县革委会隶属于哪里", "南坪县革委会"),
    ("新组建的东湖市数据局是什么级别", "东湖市数据局"),
    ("新设立的南坪县综合执法大队有多少编制", "南坪县综合执法大队"),
])
def test_a_committee_short_form_and_a_founding_clause_before_a_name(text: str, name: str) -> None:
    assert name in [n for _, _, n in unit_shaped(text)]


@pytest.mark.parametrize("question", [
    "东湖市农业农村局整合了哪几个局的职能？",
    "东湖市卫健委整合的是哪几个单位的职责",
    "东湖市卫生健康委员会合并了哪几个局的职能",
])
def test_which_bureaus_duties_it_took_asks_where_it_came_from(store, question: str) -> None:  # type: ignore[no-untyped-def]
    found = route(parse(store, question))
    assert (found.intent, found.mode) == (Intent.LINEAGE, "from")


@pytest.mark.parametrize("question", ["东湖市卫健委下设哪几个处", "东湖市农业农村局有哪几个内设科室"])
def test_its_own_bureaus_are_still_its_divisions(store, question: str) -> None:  # type: ignore[no-untyped-def]
    assert route(parse(store, question)).intent in (Intent.ORGCHART, Intent.STAFFING)


@pytest.mark.parametrize(("question", "members"), [
    ("2010年南坪县有哪几个农机站？", {"南坪县大坝农业机械管理站", "南坪县小河农业机械管理站"}),
    ("南坪县现在有几个农机站", {"南坪县大坝农业机械管理站"}),
    ("南坪县乡镇设了哪些农业机械管理站", {"南坪县大坝农业机械管理站"}),
    ("北岭县有哪些农机站", {"北岭县石桥农业机械管理站"}),
])
def test_a_kind_of_body_asked_for_by_its_members(store, question: str, members: set[str]) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert {u["name"] for u in result["units"]} == members
    assert f"共{len(members)}个" in result["answer"]


@pytest.mark.parametrize("question", ["东湖市有哪几个农机站", "南坪县有几个农技站"])
def test_a_kind_the_place_does_not_hold_is_not_found(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert not result["units"]
    assert "没有找到" in result["answer"]


def test_carriers_of_one_sentence_are_in_the_order_it_writes_them() -> None:
    from kg.model import Fact, Predicate, Provenance
    from queries.ask.answers import _written_at

    sentence = "将原县农技站和原县植保站整合，组建南坪县农业技术推广中心，增挂南坪县植物保护站牌子。"
    prov = Provenance("doc_x", 10, 10 + len(sentence), sentence)
    named = Fact("f1", "u_b", Predicate.SIGN, prov, value="植物保护站")
    unnamed = Fact("f2", "u_a", Predicate.SIGN, prov, value="植物保护站")
    order = sorted([(unnamed, "工作专班"), (named, "南坪县农业技术推广中心")], key=lambda p: _written_at(*p))
    assert [f.subject for f, _ in order] == ["u_b", "u_a"]  # the body the sentence names first, whatever its id


@pytest.mark.parametrize("question", [
    "东湖公安局里接报警归哪个部门？",
    "东湖市的公安局里指挥处警由哪个科室负责",
    "东湖市公安局里接报警是哪个部门管",
])
def test_a_place_before_the_body_asked_inside(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["units"] and result["units"][0]["name"] == "东湖市公安局指挥中心"
