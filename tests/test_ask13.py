"""Thirteenth session (docs/questions.md, "Thirteenth session"): forms read off a diagnostic bank
of staff-voice questions over dev documents, each general:

* "19年以前", "17年之前", "23年前" in Arabic digits are years (a count of years back is small or
  round, or written in Chinese numerals: 3年前, 10年以前, 二十年前, 十九年前);
* a follow-up naming only a short local name ("…？物价局呢") is of the first part's place;
* the existence tag typed short ("X还有没", "X还在不", "X还在么") asks whether X exists;
* "<place>有X吗 / 有没有X / 还有X吗" asks whether the place's X existed then; asked 改革前 of a
  body that reform set up, it did not exist yet (no unit);
* "X列哪个序列" asks X's kind; "X 组建时间 / 设立日期" asks when X was set up;
* the office of a committee is also written with the committee's short form (食安委办公室);
* "归哪个口子 / 哪条线 / 对口哪个局" ask who handles a duty; "X各部门 / 相关部门怎么分工" asks the
  职责分工 statement of X.

Documents are built with the statement builders (tests/builders.py); sentences are written here.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.ask import ask
from queries.ask.dates import cn_numerals, extract_date
from queries.ask.rewrites import place_has_unit
from tests.builders import apply_doc, doc
from tests.test_ask_data import install_registry

TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("beian-2016", date="2016-04-01", jurisdiction="北岸县")
              .unit("物价局", kind="县政府工作部门", rank="副科级")
              .unit("发展和改革局", kind="县政府工作部门", rank="正科级")
              .unit("林业局", kind="县政府工作部门", rank="正科级")
              .unit("安全生产监督管理局", kind="县政府工作部门", rank="正科级")
              .unit("机构编制委员会办公室", kind="县委工作部门", rank="正科级")
              .unit("食品安全委员会办公室", kind="县政府议事协调机构办事机构", rank="副科级")
              .merge_into("物价局", "发展和改革局", date="2016-04-01"))
    apply_doc(s, doc("beian-2019", date="2019-03-01", jurisdiction="北岸县")
              .establish("应急管理局", inputs=["安全生产监督管理局"], kind="县政府工作部门", date="2019-03-01")
              .abolish("安全生产监督管理局", date="2019-03-01"))
    apply_doc(s, doc("beian-2023", date="2023-12-01", jurisdiction="北岸县")
              .unit("自然资源局", kind="县政府工作部门", rank="正科级")
              .merge_into("林业局", "自然资源局", date="2023-12-01"))
    apply_doc(s, doc("beian-2020", date="2020-06-01", jurisdiction="北岸县")
              .unit("民政局", kind="县政府工作部门")
              .unit("医疗保障局", kind="县政府工作部门")
              .unit("水利局", kind="县政府工作部门")
              .duty("民政局", "负责全县城乡最低生活保障和特困人员救助供养工作。", item=1)
              .duty("医疗保障局", "负责全县医疗救助工作。", item=1)
              .duty("应急管理局", "负责组织协调全县防汛抗旱工作。", item=1)
              .duty("水利局", "负责水情旱情监测预警工作。", item=1)
              .boundary(["应急管理局", "水利局"],
                        "县应急管理局负责组织协调全县防汛抗旱工作；县水利局负责承担水情旱情监测预警的技术支撑工作。"))
    apply_doc(s, doc("nanhu-2010", date="2010-05-01", jurisdiction="南湖市")
              .unit("物价局", kind="市政府工作部门", rank="正处级")
              .unit("林业局", kind="市政府工作部门", rank="正处级"))
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize(("text", "day"), [
    ("19年以前谁负责草原防火", date(2018, 12, 31)),
    ("17年之前林业局归谁管", date(2016, 12, 31)),
    ("23年前老龄工作谁管", date(2022, 12, 31)),
    ("12年以前X啥级别", date(2011, 12, 31)),
    # counts of years back: small, round, past this year, or in Chinese numerals
    ("3年前谁负责草原防火", date(2023, 12, 1)),
    ("10年以前X归谁管", date(2016, 12, 1)),
    ("20年前X归谁管", date(2006, 12, 1)),
    ("15年以前X归谁管", date(2011, 12, 1)),
    ("十九年前X归谁管", date(2007, 12, 1)),
    ("二十三年前X归谁管", date(2003, 12, 1)),
    ("30年以前X归谁管", date(1996, 12, 1)),
])
def test_a_recent_two_digit_year_before_or_a_count(text: str, day: date) -> None:
    spec, _ = extract_date(cn_numerals(text, TODAY), TODAY)
    assert spec is not None and spec.value == day, spec


@pytest.mark.parametrize(("question", "first", "second"), [
    ("北岸县林业局还在吗？物价局呢？", "北岸县林业局", "北岸县物价局"),
    ("南湖市林业局啥级别？物价局呢", "南湖市林业局", "南湖市物价局"),
    ("北岸县发展和改革局什么级别？那物价局呢？", "北岸县发展和改革局", "北岸县物价局"),
])
def test_a_follow_up_short_name_is_of_the_first_parts_place(store, question: str, first: str, second: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    parts = result.get("parts") or []
    assert len(parts) == 2, result["answer"]
    assert [u["name"] for u in parts[0]["units"]][:1] == [first]
    assert [u["name"] for u in parts[1]["units"]][:1] == [second], parts[1]["answer"]


@pytest.mark.parametrize("question", ["北岸县物价局还有没", "北岸县物价局还在不", "北岸县物价局还在么？",
                                      "北岸县物价局现在还有这个局吗"])
def test_the_existence_tag_typed_short(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert _names(result)[:2] == ["北岸县物价局", "北岸县发展和改革局"], result["answer"]
    assert "2016" in result["answer"]


@pytest.mark.parametrize(("question", "first"), [
    ("北岸县有应急管理局吗", "北岸县应急管理局"),
    ("北岸县有没有应急管理局", "北岸县应急管理局"),
    ("北岸县现在还有物价局吗？", "北岸县物价局"),
    ("北岸县还有林业局吗", "北岸县林业局"),
])
def test_whether_a_place_has_a_body(store, question: str, first: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert _names(result)[:1] == [first], result["answer"]


@pytest.mark.parametrize("question", ["2017年北岸县有应急管理局吗", "17年北岸县有没有应急管理局",
                                      "改革前北岸县有应急管理局吗", "改革前北岸县应急管理局还在吗"])
def test_a_place_had_no_such_body_yet(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert result["units"] == [], result["answer"]
    assert "还没有" in result["answer"] and "2019" in result["answer"]


def test_before_the_reform_a_body_it_ended_still_existed(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "改革前北岸县安全生产监督管理局还在吗", today=TODAY)
    assert _names(result)[:1] == ["北岸县安全生产监督管理局"], result["answer"]


@pytest.mark.parametrize("text", ["北岸县有哪些政府工作部门", "北岸县有多少编制", "北岸县有几个乡镇",
                                  "北岸县林业局有没有下属单位", "谁有审批权"])
def test_a_place_has_rewrite_leaves_other_questions(text: str) -> None:
    assert place_has_unit(text, lambda q: "北岸县" if q.startswith("北岸县") else "") == text


@pytest.mark.parametrize("question", ["北岸县编办列哪个序列", "北岸县机构编制委员会办公室属于什么序列"])
def test_the_series_a_body_is_listed_in_is_its_kind(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "unit_info"
    assert _names(result)[:1] == ["北岸县机构编制委员会办公室"]
    assert "县委工作部门" in result["answer"]


@pytest.mark.parametrize("question", ["北岸县应急管理局 组建时间", "北岸县应急管理局设立日期？"])
def test_the_founding_time_as_a_noun(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert _names(result)[:1] == ["北岸县应急管理局"], result["answer"]
    assert "2019年3月" in result["answer"]


def test_a_committee_office_by_the_committees_short_form(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "北岸县食安委办公室什么级别", today=TODAY)
    assert _names(result)[:1] == ["北岸县食品安全委员会办公室"], result["answer"]
    assert "副科级" in result["answer"]


@pytest.mark.parametrize(("question", "holder", "duty"), [
    ("北岸县低保这块归哪个口子", "北岸县民政局", "最低生活保障"),  # 低保 written out (no clause says 低保)
    ("北岸县最低生活保障归哪个口子管", "北岸县民政局", "最低生活保障"),
    ("北岸县医疗救助对口哪个局", "北岸县医疗保障局", "医疗救助"),
    ("北岸县医疗救助归哪条线", "北岸县医疗保障局", "医疗救助"),
    ("北岸县医疗救助是哪个系统的", "北岸县医疗保障局", "医疗救助"),
])
def test_a_line_of_work_asked_as_a_body(store, question: str, holder: str, duty: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert result["intent"] == "who_handles"
    assert _names(result)[:1] == [holder], result["answer"]
    assert f"负责“{duty}”" in result["answer"]  # the duty asked, without the words for a line of work


@pytest.mark.parametrize("question", ["北岸县防汛抗旱各部门怎么分工", "北岸县防汛抗旱相关单位是怎么分工的",
                                      "北岸县防汛抗旱各有关部门如何分工"])
def test_every_body_of_a_division_asked_as_a_whole(store, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question, today=TODAY)
    assert set(_names(result)) == {"北岸县应急管理局", "北岸县水利局"}, result["answer"]
    assert "职责分工" in result["answer"]


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("guojiaju-2004", date="2004-04-01", jurisdiction="中央")
              .unit("水务部", kind="国务院组成部门")
              .unit("国家河湖局", kind="部委管理的国家局", parent="水务部", relation="管理")
              .unit("国家渔港局", kind="部委管理的国家局", parent="农牧部", relation="管理")
              .unit("国家气象服务总局", kind="国务院直属机构"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["2004年国务院部委管理的国家局有哪些", "2004年国务院设置的部委管理的国家局有哪些？",
                                      "2005年中央部委管理的国家局有哪些"])
def test_bodies_of_a_kind_held_under_other_bodies(centre, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(centre, question, today=TODAY)
    assert result["intent"] == "orgchart", result["answer"]
    assert set(_names(result)) == {"国家河湖局", "国家渔港局"}, result["answer"]


def test_a_kind_at_the_top_is_listed_as_before(centre) -> None:  # type: ignore[no-untyped-def]
    result = ask(centre, "2005年国务院直属机构有哪些", today=TODAY)
    assert _names(result) == ["国家气象服务总局"], result["answer"]


@pytest.fixture(scope="module")
def posts(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    install_registry()
    s = NetworkxStore(tmp_path_factory.mktemp("kg"))
    apply_doc(s, doc("xicheng-2022", date="2022-09-01", jurisdiction="西城市")
              .unit("机构编制委员会办公室", kind="市委工作部门", rank="正处级"))
    apply_doc(s, doc("donghe-2022", date="2022-09-01", jurisdiction="东河县")
              .unit("教育局", kind="县政府工作部门")
              .staffing(None, "事业编制", "调剂", 15, counterpart="西城市机构编制委员会办公室", date="2022-09",
                        sentence="西城市编办从市级周转编制中为东河县调剂中小学教职工事业编制15名。"))
    yield s
    s.close()


@pytest.mark.parametrize("question", ["2022年西城市编办给东河县调剂了什么编制", "东河县从西城市编办调剂了多少编制？",
                                      "西城市编办给东河县调了几名编制"])
def test_posts_between_a_body_and_a_place(posts, question: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(posts, question, today=TODAY)
    assert _names(result)[:2] == ["西城市机构编制委员会办公室", "东河县"], result["answer"]
    assert "15" in result["answer"] and "中小学教职工" in result["answer"]


def test_no_posts_between_them_before_the_record(posts) -> None:  # type: ignore[no-untyped-def]
    result = ask(posts, "2021年西城市编办给东河县调剂了什么编制", today=TODAY)
    assert "15" not in result["answer"]
