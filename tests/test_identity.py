"""One event, many sources (issue 12): reports of one reform in several documents are one
event with every source; events that are only alike stay apart."""

from __future__ import annotations

from kg.identity import merged_events, sources_label
from kg.model import EventType
from kg.store import GraphStore
from queries.lineage import lineage
from queries.unit_info import unit_profile
from tests.builders import apply_doc, doc, unit_id

MNR = "自然资源部"


def base(store: GraphStore) -> None:
    apply_doc(store, doc("sanding2008", date="2008-07", kind="sanding", title="2008年三定汇编")
              .unit("国土资源部", kind="国务院组成部门").duties("国土资源部", "承担保护与合理利用土地资源的责任")
              .unit("国家海洋局", kind="部门管理机构", parent="国土资源部"))


def establishments(store: GraphStore, name: str, type_: EventType = EventType.ESTABLISH) -> list:  # type: ignore[type-arg]
    uid = unit_id(store, name)
    return [e for e in merged_events(store, uid) if e.type == type_ and uid in e.outputs]


def news_and_plan(store: GraphStore, *, news_date: str = "2018-03-13", plan_date: str = "2018-03-21") -> None:
    base(store)
    apply_doc(store, doc("news", date=news_date, kind="news", title="国务院机构改革方案提请审议")
              .establish(MNR, inputs=["国土资源部"]).abolish("国土资源部"))
    apply_doc(store, doc("plan", date=plan_date, kind="plan", title="深化党和国家机构改革方案")
              .establish(MNR, inputs=["国土资源部", "国家海洋局"], kind="国务院组成部门")
              .abolish("国土资源部", "国家海洋局"))


def test_a_news_report_before_the_plan_is_the_same_event(store: GraphStore) -> None:
    news_and_plan(store)
    [event] = establishments(store, MNR)
    assert event.date == "2018-03-21"  # official document over news
    assert [s["document"] for s in event.attrs["sources"]] == ["plan", "news"]
    assert [s["date"] for s in event.attrs["sources"]] == ["2018-03-21", "2018-03-13"]
    assert all(s["text"] for s in event.attrs["sources"])
    assert sources_label(event) == "来源：2 份文件"
    assert set(event.inputs) == {unit_id(store, "国土资源部", at="2010"), unit_id(store, "国家海洋局", at="2010")}
    # the lineage of 国土资源部 shows one 组建 of 自然资源部, with both sources
    mlr = unit_id(store, "国土资源部", at="2010")
    heirs = [d for d in lineage(store, mlr)["descendants"] if d["name"] == MNR]
    assert len(heirs) == 1 and len(heirs[0]["events"]) == 1
    assert heirs[0]["events"][0]["source_count"] == 2
    abolished = [e for e in merged_events(store, mlr) if e.type == EventType.ABOLISH]
    assert len(abolished) == 1 and len(abolished[0].attrs["sources"]) == 2
    # the unit's timeline shows the event once, and not the news' copy of its facts
    entries = lineage(store, unit_id(store, MNR))["timeline"]
    assert [t["date"] for t in entries if t["kind"] == "存续"] == ["2018-03-21"]
    assert [t["text"] for t in entries if t["kind"] == "事件" and t["event"]["type"] == "establish"] == [
        "组建：国土资源部、国家海洋局 → 自然资源部（来源：2 份文件）"]
    page = unit_profile(store, unit_id(store, MNR))
    assert [e["sources_label"] for e in page["events"] if e["type"] == "establish"] == ["来源：2 份文件"]
    assert [e["period"] for e in page["existence"]] == ["2018-03-21 起"]
    assert [e["period"] for e in page["names"]] == ["2018-03-21 起"]


def test_deleting_one_source_keeps_the_event_with_the_other(store: GraphStore) -> None:
    news_and_plan(store)
    store.delete_document("plan")
    [event] = establishments(store, MNR)
    assert [s["document"] for s in event.attrs["sources"]] == ["news"] and event.date == "2018-03-13"


def test_a_news_report_long_before_or_after_is_another_event(store: GraphStore) -> None:
    news_and_plan(store, news_date="2017-10-01")
    assert len(establishments(store, MNR)) == 2


def test_a_yearbook_with_a_month_joins_the_dated_event(store: GraphStore) -> None:
    news_and_plan(store)
    apply_doc(store, doc("yearbook", date="2019", kind="report", title="中国机构编制年鉴2019")
              .establish(MNR, date="2018-03"))
    [event] = establishments(store, MNR)
    assert event.date == "2018-03-21" and len(event.attrs["sources"]) == 3


def test_an_explicit_date_wins_over_the_plan_date(store: GraphStore) -> None:
    news_and_plan(store)
    apply_doc(store, doc("notice", date="2018-04-20", kind="notice", title="关于自然资源部挂牌的通知")
              .establish(MNR, date="2018-04-10"))
    # 2018-04-10 is neither the same day nor inside a coarser date: a separate event
    assert len(establishments(store, MNR)) == 2
    apply_doc(store, doc("sanding", date="2018-08", kind="sanding", title="自然资源部职能配置、内设机构和人员编制规定")
              .establish(MNR, date="2018-03-21"))
    dated = [e for e in establishments(store, MNR) if e.date == "2018-03-21"]
    assert len(dated) == 1 and dated[0].attrs["sources"][0]["document"] == "sanding"  # explicit date first


def test_two_reforms_of_one_ministry_years_apart_stay_two(store: GraphStore) -> None:
    apply_doc(store, doc("p2013", date="2013-03-10", kind="plan").re_form("国家海洋局", inputs=["国家海洋局"]))
    apply_doc(store, doc("p2018", date="2018-03-21", kind="plan").re_form("国家海洋局", inputs=["国家海洋局"]))
    apply_doc(store, doc("n2013", date="2013-03-01", kind="news", title="新闻").re_form("国家海洋局", inputs=["国家海洋局"]))
    events = establishments(store, "国家海洋局", EventType.RE_FORM)
    assert sorted(e.date for e in events) == ["2013-03-10", "2018-03-21"]
    assert [len(e.attrs["sources"]) for e in sorted(events, key=lambda e: e.date)] == [2, 1]


def test_an_establishment_and_a_later_re_formation_stay_two(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2018-03-21", kind="plan").establish("市营商环境局"))
    apply_doc(store, doc("b", date="2018-03-21", kind="notice").re_form("市营商环境局", inputs=["市营商环境局"]))
    uid = unit_id(store, "市营商环境局")
    types = sorted(e.type for e in merged_events(store, uid))
    assert types == [EventType.ESTABLISH, EventType.RE_FORM]


def test_undated_events_join_only_one_dated_event_of_the_same_outputs(store: GraphStore) -> None:
    apply_doc(store, doc("copy", date=None, kind="news").re_form("管委会", inputs=["管委会"]))
    apply_doc(store, doc("dated", date="2023-09-15", kind="news").re_form("管委会", inputs=["管委会"]))
    [event] = establishments(store, "管委会", EventType.RE_FORM)
    assert event.date == "2023-09-15" and len(event.attrs["sources"]) == 2
    # a second dated re-formation years later: the undated report could be either, so it stays apart
    apply_doc(store, doc("later", date="2020-01-01", kind="plan").re_form("管委会", inputs=["管委会"]))
    events = establishments(store, "管委会", EventType.RE_FORM)
    assert sorted(len(e.attrs["sources"]) for e in events) == [1, 1, 1]


def test_one_document_never_merges_with_itself(store: GraphStore) -> None:
    apply_doc(store, doc("one", date="2018-03-21", kind="plan").establish("甲局").establish("甲局"))
    assert len(establishments(store, "甲局")) == 2


def test_every_event_type_is_one_entry_of_the_semantics_table() -> None:
    from ingest.table_schema import EVENT_TYPE_LABEL, EVENT_TYPE_WORDS
    from kg.apply import _Run
    from kg.model import EVENT_LABELS, EVENT_SEMANTICS, WHOLE_EVENT_TYPES
    from queries import lineage as lineage_module

    for type_, meaning in EVENT_SEMANTICS.items():
        assert hasattr(_Run, f"_ev_{type_.value}"), type_
        assert EVENT_LABELS[type_] == meaning.label and EVENT_TYPE_LABEL[type_] == meaning.words[0]
        assert all(EVENT_TYPE_WORDS[w] == type_ for w in meaning.words)
        assert meaning.outputs in ("new", "named", "first_input", "none") and meaning.family
    assert lineage_module._WHOLE_TYPES is WHOLE_EVENT_TYPES
    assert {EventType.ESTABLISH, EventType.RE_FORM, EventType.MERGE_INTO} == WHOLE_EVENT_TYPES
