"""Links made at ingest between one document's facts (ingest.extractors.links): a reform
statement's successors on its abolish events ("组建Z。……不再保留A。"), and the former parent on
a parent change ("A代管的X改由B代管"). Sentences are written here in the genre."""

from __future__ import annotations

import pytest

from ingest.extractors.links import statement_start
from kg.apply import Applier
from kg.model import Document, DocumentFacts, EventStatement, EventType, Mention, Provenance
from kg.store import GraphStore
from kg.stores.networkx_store import NetworkxStore
from tests.test_ask_data import ingested_store
from tests.test_extractors import events, names, run

# ---------------------------------------------------------------- reform statements


def _successors(text: str, title: str = "") -> dict[str, list[str]]:
    facts = run(text, title=title)
    return {e.inputs[0].name: names(e.successors) for e in events(facts, EventType.ABOLISH)}


def test_statement_start() -> None:
    text = "总则。\n1、组建甲局。\n不再保留乙局。\n2、组建丙局。\n不再保留丁局。"
    assert statement_start(text, text.index("不再保留乙局"), set()) == text.index("1、组建甲局")
    assert statement_start(text, text.index("不再保留丁局"), set()) == text.index("2、组建丙局")
    plain = "第一段。\n不再保留乙局。"
    assert statement_start(plain, plain.index("不再保留"), set()) == 0
    opened = "前言。\n将甲局的职责划入乙局。\n不再保留甲局。"
    assert statement_start(opened, opened.index("不再保留"), {opened.index("将甲局")}) == opened.index("将甲局")


def test_numbered_items_each_link_their_own_units() -> None:
    text = ("某县机构改革方案\n一、县政府机构\n1．组建县自然资源局。\n不再保留县国土资源局、县测绘局。\n"
            "2．组建县文化和旅游局。\n不再保留县文化局、县旅游局。\n")
    found = _successors(text)
    assert found["县国土资源局"] == ["县自然资源局"] and found["县测绘局"] == ["县自然资源局"]
    assert found["县文化局"] == ["县文化和旅游局"] and found["县旅游局"] == ["县文化和旅游局"]


def test_one_sentence_forming_and_abolishing() -> None:
    """"（二）组建Z，不再保留A；" in one sentence; a re-formed unit ("重新组建") succeeds too."""
    text = "某市政府机构改革\n（一）组建市卫生健康委员会，不再保留市卫生和计划生育委员会；\n（二）重新组建市司法局，不再保留市政府法制办公室。\n"
    found = _successors(text)
    assert found["市卫生和计划生育委员会"] == ["市卫生健康委员会"]
    assert found["市政府法制办公室"] == ["市司法局"]


def test_dash_paragraphs_of_a_news_summary() -> None:
    text = "某市机构改革启动\n——组建市应急管理局。不再保留市安全生产监督管理局。\n——组建市医疗保障局。不再保留市医疗保险管理中心。\n"
    found = _successors(text)
    assert found == {"市安全生产监督管理局": ["市应急管理局"], "市医疗保险管理中心": ["市医疗保障局"]}


def test_a_statement_forming_nothing_links_nothing() -> None:
    """"3、优化X职责。不再保留A。": no unit formed in A's statement (the earlier item's does not count)."""
    text = "某县改革方案\n1、组建县林业和草原局。\n2、优化县水利局职责。\n不再保留县水利移民开发局。\n"
    assert _successors(text)["县水利移民开发局"] == []


def test_a_list_of_many_reforms_is_no_statement() -> None:
    """Four units formed before one 不再保留 (a roundup, not one statement): no link."""
    text = ("某区本次改革组建区司法局、区审计局、区统计局、区医疗保障局。不再保留区法制办公室。\n")
    assert _successors(text)["区法制办公室"] == []


def test_a_unit_an_event_already_links_is_not_linked_again() -> None:
    """"将A的职责整合，组建Z。不再保留A、B。": A is an input of Z's forming (the event links it);
    B, named only by the statement, is linked."""
    text = "某市改革方案\n3、将市交通局的职责整合，组建市交通运输局。不再保留市交通局、市公路管理处。\n"
    found = _successors(text)
    assert found["市交通局"] == []
    assert found["市公路管理处"] == ["市交通运输局"]


def test_a_unit_of_another_place_is_no_successor() -> None:
    text = "甘肃省机构改革方案\n5、组建甘肃省应急管理厅。\n不再保留兰州市安全生产监督管理局。\n"
    assert _successors(text)["兰州市安全生产监督管理局"] == []


def test_successors_are_no_part_of_the_event_key() -> None:
    """The abolish event stays one abolish of A (the gold's shape): no output added."""
    facts = run("某县改革方案\n1、组建县数据局。\n不再保留县大数据中心。\n")
    (ab,) = events(facts, EventType.ABOLISH)
    assert names(ab.inputs) == ["县大数据中心"] and ab.outputs == [] and names(ab.successors) == ["县数据局"]


# ---------------------------------------------------------------- former parents


@pytest.mark.parametrize("sentence, unit, former, relation, new, new_relation", [
    ("市卫生健康委员会代管的市老年人体育协会改由市民政局代管。", "市老年人体育协会", "市卫生健康委员会", "代管", "市民政局", "代管"),
    ("将原由市政府办公室管理的市地方志办公室改由市档案馆管理。", "市地方志办公室", "市政府办公室", "管理", "市档案馆", "管理"),
    ("将县档案馆由县委办公室管理调整为由县委组织部管理。", "县档案馆", "县委办公室", "管理", "县委组织部", "管理"),
    ("县科学技术协会由县政府办公室代管改为县委组织部代管。", "县科学技术协会", "县政府办公室", "代管", "县委组织部", "代管"),
    ("将县农业局所属县农业技术推广站划入县农业农村局。", "县农业技术推广站", "县农业局", "所属", "县农业农村局", "所属"),
    ("县文化局管理的县图书馆划归县文化和旅游局管理。", "县图书馆", "县文化局", "管理", "县文化和旅游局", "管理"),
    ("将县农机站由县农业局划归县农机服务中心代管。", "县农机站", "县农业局", None, "县农机服务中心", "代管"),
    ("县卫生健康局代管的县老年活动中心交由县委老干部局代管。", "县老年活动中心", "县卫生健康局", "代管", "县委老干部局", "代管"),
    ("将县商务局下属的县招商服务中心划归县投资促进局。", "县招商服务中心", "县商务局", "所属", "县投资促进局", "所属"),
])
def test_the_parent_before_a_change_is_on_the_event(sentence: str, unit: str, former: str, relation: str | None,
                                                     new: str, new_relation: str) -> None:
    (ev,) = events(run(sentence), EventType.TRANSFER_UNIT)
    assert (names(ev.inputs), names(ev.outputs), ev.relation) == ([unit], [new], new_relation)
    assert ev.former_parent is not None and ev.former_parent.name == former
    assert ev.former_relation == relation


@pytest.mark.parametrize("sentence", [
    "县红十字会改由县政府办公室管理。",  # no former parent written
    "将县水产站划归县农业农村局管理。",
])
def test_a_change_naming_no_former_parent_has_none(sentence: str) -> None:
    (ev,) = events(run(sentence), EventType.TRANSFER_UNIT)
    assert ev.former_parent is None


def test_a_duty_of_managing_on_behalf_handed_over_names_its_giver() -> None:
    """A 三定's 划出的职能: "将代管X的职能，交给B": the 三定's own unit managed X until then."""
    text = ("某市人民政府办公室职能配置、内设机构和人员编制规定\n"
            "一、职能调整\n（一）划出的职能\n1．将代管某市无线电管理局的职能，交给某市信息化工作办公室。\n"
            "二、主要职责\n（一）负责市政府会议的准备工作。\n")
    facts = run(text, title="某市人民政府办公室职能配置、内设机构和人员编制规定")
    (ev,) = events(facts, EventType.TRANSFER_UNIT)
    assert names(ev.inputs) == ["某市无线电管理局"] and names(ev.outputs) == ["某市信息化工作办公室"]
    assert ev.former_parent is not None and ev.former_parent.name == "某市人民政府办公室"
    assert ev.former_relation == "代管"


# ---------------------------------------------------------------- stored by the applier


_PLAN = """# title: 临泽县机构改革方案（2019年2月1日）
临泽县机构改革方案
（2019年2月1日）
1、组建临泽县数据局。
不再保留临泽县大数据发展中心。
2、临泽县文广新局代管的临泽县老干部活动中心改由临泽县委老干部局代管。
"""


def test_links_are_stored_as_event_attrs_and_survive_a_reopen(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "docs").mkdir()
    store = ingested_store(tmp_path / "docs", tmp_path / "kg", {"plan.txt": _PLAN})
    store.close()
    store = NetworkxStore(tmp_path / "kg")  # the projection rebuilt from the durable record
    try:
        by_name = {store.name_at(u.id): u.id for u in store.units()}
        (ab,) = [e for e in store.events() if e.type == EventType.ABOLISH]
        (formed,) = [e for e in store.events() if e.type == EventType.ESTABLISH]
        assert ab.inputs == [by_name["临泽县大数据发展中心"]] and ab.outputs == []
        assert ab.attrs["successors"] == [{"unit": by_name["临泽县数据局"], "event": formed.id}]
        (moved,) = [e for e in store.events() if e.type == EventType.TRANSFER_UNIT]
        # the former parent is named by nothing else in the document, and is still a unit
        assert moved.attrs["former_parent"] == _former(by_name)
        assert moved.attrs["former_relation"] == "代管"
        # it is kept alive by the event but does not list it among its own events
        assert store.get_unit(_former(by_name)) is not None
        assert moved.id not in {e.id for e in store.events(_former(by_name))}
    finally:
        store.close()


def _former(by_name: dict[str, str]) -> str:
    """The former parent as the store names it: the short form written (文广新局) is completed by the generated
    short-stem table (kg/data/short_stems.yaml: 文广新局 → 文化广电新闻出版局)."""
    assert "临泽县文广新局" not in by_name, "the short form is stored as written, not completed"
    return by_name["临泽县文化广电新闻出版局"]


def linked_notice() -> DocumentFacts:
    """A notice whose links name units: a successor, and a former parent named by nothing else."""
    doc = Document(id="notice-links", title="临泽县机构调整通知", date="2019-02-01", jurisdiction="临泽县", kind="notice")
    lines = ["组建临泽县数据局。", "不再保留临泽县大数据发展中心。", "临泽县文广新局代管的临泽县老干部活动中心改由临泽县委老干部局代管。"]
    doc.text = "\n".join(lines)

    def prov(k: int) -> Provenance:
        start = doc.text.index(lines[k])
        return Provenance(doc.id, start, start + len(lines[k]), lines[k])
    events = [
        EventStatement(EventType.ESTABLISH, prov(0), outputs=[Mention("临泽县数据局")]),
        EventStatement(EventType.ABOLISH, prov(1), inputs=[Mention("临泽县大数据发展中心")],
                       successors=[Mention("临泽县数据局")]),
        EventStatement(EventType.TRANSFER_UNIT, prov(2), inputs=[Mention("临泽县老干部活动中心")],
                       outputs=[Mention("临泽县委老干部局")], relation="代管",
                       former_parent=Mention("临泽县文广新局"), former_relation="代管"),
    ]
    return DocumentFacts(document=doc, events=events)


def check_links_stored(store: GraphStore) -> None:
    """Every backend stores the links as event attrs, keeps a unit only a link names alive
    while its document stands, and lists a linking event only among its own units' events."""
    facts = linked_notice()
    applied = Applier(store).apply(facts)
    store.replace_document(facts, applied.records)
    named = {store.name_at(u.id): u.id for u in store.units()}
    (ab,) = [e for e in store.events() if e.type == EventType.ABOLISH]
    (formed,) = [e for e in store.events() if e.type == EventType.ESTABLISH]
    assert ab.attrs["successors"] == [{"unit": named["临泽县数据局"], "event": formed.id}]
    (moved,) = [e for e in store.events() if e.type == EventType.TRANSFER_UNIT]
    former = _former(named)
    assert (moved.attrs["former_parent"], moved.attrs["former_relation"]) == (former, "代管")
    assert store.events(former) == []
    assert store.delete_document(facts.document.id)
    assert store.get_unit(former) is None


def test_links_are_stored_by_the_embedded_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = NetworkxStore(tmp_path / "kg")
    try:
        check_links_stored(store)
    finally:
        store.close()
