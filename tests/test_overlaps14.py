"""Fourteenth session (docs/overlaps.md, "Fourteenth session"): a party's part written as what it answers
for ("A对X负责，B对Y负责"), and a place name that says no matter in the terms a reform's givers share.
Sentences are written for these tests in the genre's wording; no corpus or trial document is used. Unit
tests run on the hash fake."""

from __future__ import annotations

import pytest

from kg.stores.networkx_store import NetworkxStore
from queries.overlap_history import overlap_history
from tests.builders import apply_doc, doc
from tests.test_constructions import boundaries, facts_of


def _sets(text: str, place: str = "某县") -> list[frozenset[str]]:
    return [frozenset(b) for b in boundaries(facts_of(text, place))]


# ---------------------------------------------------------------- "A对X负责，B对Y负责"

@pytest.mark.parametrize(("text", "parties"), [
    ("县生态环境局对辖区水环境质量和水污染防治负责，县水利局对水资源保护和水资源调度负责。",
     {"县生态环境局", "县水利局"}),
    ("按照分工，市卫生健康委对医疗机构内的院感防控负总责；市疾病预防控制中心对疫情监测和流行病学调查负责。",
     {"市卫生健康委", "市疾病预防控制中心"}),
    # a part that answers for a matter beside a part written with 负责
    ("区农业农村局对食用农产品种植养殖环节的质量安全负责，区市场监督管理局负责进入市场后的监管。",
     {"区农业农村局", "区市场监督管理局"}),
    # three parties, the verb with an adverb
    ("省交通运输厅对公路路政管理全面负责，省公安厅对道路交通秩序负责，省应急管理厅对危险货物运输事故救援负责。",
     {"省交通运输厅", "省公安厅", "省应急管理厅"}),
])
def test_parties_answering_for_their_own_matters_divide_it(text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _sets(text)


@pytest.mark.parametrize("text", [
    # A answers to a body: accountability, no part of a matter
    "县人民政府对县人民代表大会及其常务委员会负责，县人民政府各部门对县人民政府负责。",
    "县审计局对县人民政府和上一级审计机关负责并报告工作，县统计局对县人民政府负责。",
    # one party answering for its matter divides nothing
    "县市场监督管理局对全县食品生产经营环节的安全负责。",
    # a matter answered for with no party of its own
    "水环境信息由县生态环境局发布，并对信息的准确性、及时性负责。",
])
def test_answering_to_a_body_or_alone_is_no_division(text: str) -> None:
    assert not any(len(s) > 1 for s in _sets(text))


# ---------------------------------------------------------------- a reform's givers: the place is no shared term

def test_the_place_name_is_no_term_the_givers_share(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the moved phrases keep their givers' names ("整合平安市民政局的救灾职责，平安市地震局承担的行政职能…")
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("yj2019", date="2019-01", jurisdiction="平安市", title="平安市组建应急管理局")
              .establish("市应急管理局", duties=[("市民政局", "平安市民政局的救灾职责"),
                                                ("市地震局", "平安市地震局承担的行政职能"),
                                                ("市国土资源局", "地质灾害防治相关职责"),
                                                ("市水利局", "水旱灾害防治相关职责")]))
    items = overlap_history(store)
    topics = {i["topic"] for i in items}
    assert "应急管理" in topics  # the receiver's area: every giver
    assert not any("平安" in t for t in topics), topics
    crossing = [i for i in items if i["grade"] == "交叉" and i["topic"] != "应急管理"]
    assert [sorted(u["name"] for u in i["units"]) for i in crossing] == [["平安市国土资源局", "平安市水利局"]]
    store.close()


def test_a_matter_word_beside_the_place_is_still_shared(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("zr2019", date="2019-03", jurisdiction="平安市", title="平安市组建自然资源局")
              .establish("市自然资源局", duties=[("市林业局", "平安市森林资源调查和确权登记职责"),
                                                ("市水利局", "平安市水资源调查和确权登记职责")]))
    items = overlap_history(store)
    assert any("调查和确权登记" in i["topic"] or "调查和确权登记" in "".join(i["shared_words"]) for i in items), \
        [(i["topic"], i["shared_words"]) for i in items]
    store.close()


# ---------------------------------------------------------------- a holder and its bare supporter

@pytest.mark.parametrize(("text", "parties"), [
    ("农村饮水工程水质检测由县水利局承担，县卫生健康局予以协助。", {"县水利局", "县卫生健康局"}),
    ("县住房和城乡建设局承担城区防汛排涝，县水利局配合。", {"县住房和城乡建设局", "县水利局"}),
    ("全市旅游市场秩序整治由市文化和旅游局主办，市公安局、市市场监督管理局予以配合。",
     {"市文化和旅游局", "市公安局", "市市场监督管理局"}),
    ("招商引资项目的跟踪服务由区投资促进局承办，区发展和改革局协办。", {"区投资促进局", "区发展和改革局"}),
])
def test_a_holder_and_its_bare_supporter_divide_the_matter(text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _sets(text)


@pytest.mark.parametrize("text", [
    # supporters with no holder named: whose matter they support is not said
    "县水利局、县住建局予以配合。",
    "县应急管理局和县消防救援大队积极配合。",
    # the support is another sentence's: two statements of single parties
    "县水利局承担防汛抗旱指挥部的日常工作。县住建局配合做好城区排涝。",
])
def test_supporters_alone_divide_nothing(text: str) -> None:
    assert not any(len(s) > 1 for s in _sets(text))


@pytest.mark.parametrize("text", [
    "本次农民丰收节由县农业农村局主办，县文化馆承办，县融媒体中心协办。",
    "书画展览由市委宣传部主办，市文联、市美术馆协办。",
    "座谈会由县政府办公室承办，县财政局协办。",
])
def test_the_hosts_of_one_event_divide_no_duties(text: str) -> None:
    assert not any(len(s) > 1 for s in _sets(text))


# ---------------------------------------------------------------- a task's role labels

@pytest.mark.parametrize(("text", "parties"), [
    ("3.开展校园周边食品安全整治。（牵头单位：县市场监督管理局；配合单位：县教育体育局、县公安局）",
     {"县市场监督管理局", "县教育体育局", "县公安局"}),
    ("5.推进城区积水点改造。牵头部门:市住房和城乡建设局;配合部门:市水务局、市城市管理局。",
     {"市住房和城乡建设局", "市水务局", "市城市管理局"}),
    # 责任单位 beside a 牵头 label support the lead; one body marked （牵头） in a list of 责任单位 leads it
    ("2.完善农村饮水安全保障。（牵头单位：县水利局；责任单位：县卫生健康局）", {"县水利局", "县卫生健康局"}),
    ("4.整治非法营运车辆。责任单位：区交通运输局（牵头）、区公安分局、区城市管理局。",
     {"区交通运输局", "区公安分局", "区城市管理局"}),
    # the verb form of a role: "B、C为配合单位"
    ("开展打击非法采砂专项行动，县水利局为牵头单位，县公安局、县自然资源局为配合单位。",
     {"县水利局", "县公安局", "县自然资源局"}),
])
def test_a_task_s_role_labels_divide_it(text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _sets(text)


@pytest.mark.parametrize("text", [
    # 责任单位 with no lead: joint work
    "6.做好防汛物资储备。（责任单位：县应急管理局、县水利局）",
    # one label, one body
    "7.推进政务服务标准化。（牵头单位：县政务服务中心）",
    # a label naming no body of its own
    "8.开展人居环境整治。（牵头单位：县农业农村局；责任单位：各乡镇人民政府）",
])
def test_role_labels_without_a_lead_and_a_partner_divide_nothing(text: str) -> None:
    assert not any(len(s) > 1 for s in _sets(text))


_PLAN = """# title: 某县2023年校园安全重点工作安排（2023年3月1日）
某县2023年校园安全重点工作安排
一、重点任务
3.开展校园周边食品安全整治。（牵头单位：县市场监督管理局；配合单位：县教育体育局、县公安局）
4.整治校园周边非法营运车辆。责任单位：县交通运输局（牵头）、县城市管理局。
"""


def test_role_labels_divide_the_task_written_before_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ingest.pipeline import ingest_paths
    from kg.index.clause_index import IndexRegistry
    from kg.index.embedder import HashEmbedder
    from queries.overlaps import duplicated_functions

    statements = {frozenset(m.name for m in b.units): b.text for b in facts_of(_PLAN.split("\n", 1)[1], "某县").boundaries}
    assert statements[frozenset({"县市场监督管理局", "县教育体育局", "县公安局"})].startswith("开展校园周边食品安全整治。")
    assert statements[frozenset({"县交通运输局", "县城市管理局"})].startswith("整治校园周边非法营运车辆。")
    (tmp_path / "plan.txt").write_text(_PLAN, encoding="utf-8")
    store = NetworkxStore(tmp_path / "kg")
    ingest_paths(store, [tmp_path / "plan.txt"])
    index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    pairs = duplicated_functions(store, index=index, limit=20, topic="非法营运", confidence="低")["pairs"]
    assert any({u["name"] for u in p["units"]} == {"县交通运输局", "县城市管理局"} for p in pairs), \
        [[u["name"] for u in p["units"]] for p in pairs]
    store.close()


# ---------------------------------------------------------------- parallel passive parts with other verbs

@pytest.mark.parametrize(("text", "parties"), [
    ("城市道路的挖掘审批由县住房和城乡建设局办理，占用审批由县公安局交通警察大队办理。",
     {"县住房和城乡建设局", "县公安局交通警察大队"}),
    ("建设工程规划许可证由市自然资源和规划局核发，施工许可证由市住房和城乡建设局核发。",
     {"市自然资源和规划局", "市住房和城乡建设局"}),
    ("无证照经营由区市场监督管理局查处，占道经营由区城市管理局查处。", {"区市场监督管理局", "区城市管理局"}),
    # supporters listed with 等部门 doing their part by their duties
    ("县民政局负责社会救助的统筹，县乡村振兴局、县人力资源和社会保障局等部门按职责做好相关工作。",
     {"县民政局", "县乡村振兴局", "县人力资源和社会保障局"}),
])
def test_parallel_parts_by_their_holders_divide_the_matter(text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _sets(text)


@pytest.mark.parametrize("text", [
    "此案由县公安局办理。",
    "组建县公务员局，由县人力资源和社会保障局管理。",
    "群众的申请由县民政局受理后，报县人民政府审批。",
])
def test_one_holder_or_a_managing_body_divides_nothing(text: str) -> None:
    assert not any(len(s) > 1 for s in _sets(text))


@pytest.mark.parametrize(("text", "parties"), [
    # supporters joined by 和/及, and names that hold 和 themselves
    ("县民政局负责临时救助，县乡村振兴局和县医疗保障局配合。", {"县民政局", "县乡村振兴局", "县医疗保障局"}),
    ("市卫生健康委员会负责病媒生物防制，市住房和城乡建设局及市城市管理局予以配合。",
     {"市卫生健康委员会", "市住房和城乡建设局", "市城市管理局"}),
    ("区商务局负责成品油流通管理，区住房和城乡建设局、区文化和旅游局配合。",
     {"区商务局", "区住房和城乡建设局", "区文化和旅游局"}),
])
def test_supporters_joined_by_he_or_named_with_he(text: str, parties: set[str]) -> None:
    assert frozenset(parties) in _sets(text)


@pytest.mark.parametrize("text", [
    "县卫生健康局和县医疗保障局配合。",  # supporters of no named holder
    "县公安局和县交通运输局负责道路交通安全。",  # one part shared: joint work
])
def test_a_list_joined_by_he_sharing_one_verb_divides_nothing(text: str) -> None:
    assert not any(len(s) > 1 for s in _sets(text))
