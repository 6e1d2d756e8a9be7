"""The overlap list (issue 13): candidates with grade, confidence, shared words and reason;
职责分工 and clauses naming a partner as candidates; reforms' stated overlaps and their
history; the three overlap questions; the Excel export; the route and the CLI command.

Small stores built with tests.builders and the hash embedder; the bundled data is measured
in tests/test_overlaps_gold.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from kg.index.clause_index import IndexRegistry
from kg.index.embedder import HashEmbedder
from kg.stores.networkx_store import NetworkxStore
from queries.overlap_export import PAIR_COLUMNS, overlaps_workbook
from queries.overlap_history import overlap_history, stated_overlaps
from queries.overlaps import duplicated_functions, overlaps_about
from tests.builders import apply_doc, doc, unit_id

P = "测试县"


def _county(store: NetworkxStore) -> NetworkxStore:
    apply_doc(store, doc("sd2015", date="2015-06", jurisdiction=P, title="测试县部门职责（2015）")
              .duty("县水利局", "负责全县水资源调查和确权登记管理工作。")
              .duty("县农业局", "负责全县草原资源调查和确权登记管理工作。")
              .duty("县林业局", "负责全县森林资源调查和确权登记管理工作。")
              .duty("县林业局", "负责全县森林火灾预防工作，开展防火巡护和火源管理。")
              .duty("县应急管理局", "负责组织指导全县森林火灾扑救工作。")
              .duty("县水利局", "配合县应急管理局做好全县防汛抗旱工作。", role="配合")
              .duty("县应急管理局", "牵头组织协调全县防汛抗旱工作。", role="牵头")
              .duty("县财政局", "负责全县行政事业单位国有资产管理工作。")
              .duty("县商务局", "负责全县成品油流通的监督管理，维护成品油市场秩序，查处违法经营行为。")
              .duty("县市场监督管理局", "负责全县成品油流通监督管理，维护成品油市场秩序，查处违法经营行为。")
              .boundary(["县林业局", "县应急管理局"],
                        "县林业局负责落实全县森林火灾预防工作；县应急管理局负责森林火灾扑救的组织指导。"))
    apply_doc(store, doc("reform2019", date="2019-03", jurisdiction=P, title="测试县机构改革方案")
              .establish("县自然资源局", duties=[("县水利局", "水资源调查和确权登记管理职责"),
                                              ("县农业局", "草原资源调查和确权登记管理职责"),
                                              ("县林业局", "森林资源调查和确权登记管理职责")]))
    # two givers named only in a reform sentence (no duty statement of their own)
    apply_doc(store, doc("reform2020", date="2020-05", jurisdiction=P, title="测试县调整通知")
              .establish("县数据局", duties=[("县发展和改革局", "统筹推进数字经济发展职责"),
                                          ("县工业和信息化局", "推进数字经济发展职责")]))
    return store


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NetworkxStore]:
    store = _county(NetworkxStore(tmp_path_factory.mktemp("ov") / "kg"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def index(county: NetworkxStore):  # type: ignore[no-untyped-def]
    return IndexRegistry(HashEmbedder(), use_cache=False).index_for(county)


def _pair(result: dict, a: str, b: str) -> dict | None:  # type: ignore[type-arg]
    for p in result["pairs"]:
        if {u["name"] for u in p["units"]} == {f"{P}{a}", f"{P}{b}"}:
            return p
    return None


# ---------------------------------------------------------------- candidates


def test_candidates_carry_grade_confidence_words_and_reason(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    result = duplicated_functions(county, at="2018", jurisdiction=P, index=index, limit=None)
    dup = _pair(result, "商务局", "市场监督管理局")
    assert dup is not None and dup["grade"] == "重复" and dup["confidence"] == "高"
    assert "成品油" in "".join(dup["shared_words"]) and "GAO-15-49SP" in dup["reason"]
    c = dup["clauses"][0]
    assert c["a"]["evidence"]["title"] and c["b"]["evidence"]["text"]
    assert result["bars"] and result["model"] == HashEmbedder.name and result["total"] == len(result["pairs"])
    # every grade is on the GAO scale and every pair has a reason
    assert all(p["grade"] in ("重复", "交叉", "分散") and p["reason"] for p in result["pairs"])
    assert result["pairs"] == sorted(result["pairs"], key=lambda p: (("高", "中", "低").index(p["confidence"]), -p["score"],
                                                                       [u["name"] for u in p["units"]]))


def test_a_division_statement_makes_a_settled_candidate(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    result = duplicated_functions(county, at="2018", jurisdiction=P, index=index, limit=None)
    pair = _pair(result, "林业局", "应急管理局")
    assert pair is not None and pair["settled"] and pair["source"] == "职责分工"
    assert pair["grade"] == "交叉" and pair["confidence"] == "高"
    first = pair["clauses"][0]
    sides = {pair["units"][0]["name"]: first["a"]["text"], pair["units"][1]["name"]: first["b"]["text"]}
    assert "预防" in sides[f"{P}林业局"] and "扑救" in sides[f"{P}应急管理局"]
    assert pair["settled_by"][0]["text"].startswith("县林业局")


def test_a_clause_naming_its_partner_makes_a_lead_support_candidate(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    result = duplicated_functions(county, at="2018", jurisdiction=P, index=index, limit=None)
    pair = _pair(result, "水利局", "应急管理局")
    assert pair is not None and pair["lead_support"] and pair["grade"] == "交叉"
    assert sorted(r for r in pair["roles"] if r) == ["牵头", "配合"]
    assert not any(_pair(x, "水利局", "应急管理局") and _pair(x, "水利局", "应急管理局")["lead_support"]
                   for x in [duplicated_functions(county, at="2018", jurisdiction=P, index=index,
                                                  include_lead_support=False, limit=None)])


def test_groups_of_three_units_on_one_topic(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    result = duplicated_functions(county, at="2018", jurisdiction=P, index=index, limit=None, confidence="低")
    names = [{u["name"] for u in g["units"]} for g in result["groups"]]
    assert {f"{P}水利局", f"{P}农业局", f"{P}林业局"} in names, result["groups"]
    group = next(g for g in result["groups"] if len(g["units"]) == 3)
    assert group["grade"] == "分散" and group["topic"] and "分散" in group["reason"]


def test_confidence_filter(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    levels = {c: duplicated_functions(county, at="2018", jurisdiction=P, index=index, limit=None, confidence=c)
              for c in ("高", "中", "低")}
    assert all(p["confidence"] == "高" for p in levels["高"]["pairs"])
    assert len(levels["高"]["pairs"]) <= len(levels["中"]["pairs"]) <= len(levels["低"]["pairs"])
    with pytest.raises(ValueError):
        duplicated_functions(county, index=index, confidence="最高")


def test_one_reform_sentence_is_history_not_a_detected_pair(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    result = duplicated_functions(county, at="2020-01", jurisdiction=P, index=index, limit=None, confidence="低")
    assert _pair(result, "发展和改革局", "工业和信息化局") is None
    stated = [i for i in result["stated"] if i["receiver"]["name"] == f"{P}数据局"]
    assert stated and stated[0]["source"] == "文件所述"
    assert {u["name"] for u in stated[0]["units"]} == {f"{P}发展和改革局", f"{P}工业和信息化局"}
    assert stated[0]["grade"] == "交叉" and any("数字经济" in w for w in stated[0]["shared_words"])


def test_units_a_later_reform_gathered_are_listed_with_their_own_clauses(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    result = duplicated_functions(county, at="2018", jurisdiction=P, index=index, limit=None)
    pair = _pair(result, "水利局", "农业局")
    assert pair is not None and pair["confidence"] == "中" and pair["gathered_by"]
    gathered = next(c for c in pair["clauses"] if "水资源" in c["a"]["text"] + c["b"]["text"])
    # the units' own duty statements, never the reform sentence that moved them
    assert {gathered["a"]["text"], gathered["b"]["text"]} == {"负责全县水资源调查和确权登记管理工作。",
                                                              "负责全县草原资源调查和确权登记管理工作。"}
    assert gathered["a"]["evidence"]["document"] == gathered["b"]["evidence"]["document"] == "sd2015"
    assert pair["grade"] in ("分散", "交叉") and "2019年改革" in pair["reason"] and "自然资源局" in pair["reason"]
    # after the reform the gathering is history: no longer a present overlap
    later = duplicated_functions(county, at="2020-01", jurisdiction=P, index=index, limit=None)
    assert not any(p.get("gathered_by") for p in later["pairs"])
    # only the 高 list leaves them out (they are 中: the reform states an area, not the same clause)
    assert _pair(duplicated_functions(county, at="2018", jurisdiction=P, index=index, limit=None, confidence="高"),
                 "水利局", "农业局") is None


def test_a_gathered_unit_without_an_own_clause_on_the_matter_adds_no_pair(tmp_path: Path) -> None:
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("sd", date="2015-06", jurisdiction=P, title="测试县部门职责")
              .duty("县卫生健康局", "负责全县新型农村合作医疗的管理工作。")
              .duty("县民政局", "负责全县城乡医疗救助工作。")
              .duty("县财政局", "负责全县行政事业单位国有资产管理工作。"))
    apply_doc(store, doc("rf", date="2019-03", jurisdiction=P, title="测试县机构改革方案")
              .establish("县医疗保障局", duties=[("县卫生健康局", "新型农村合作医疗职责"),
                                              ("县民政局", "医疗救助职责"),
                                              ("县财政局", "医疗保障资金监督职责")]))
    index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    result = duplicated_functions(store, at="2018", jurisdiction=P, index=index, limit=None, confidence="低")
    listed = [{u["name"] for u in p["units"]} for p in result["pairs"] if p.get("gathered_by")]
    assert {f"{P}卫生健康局", f"{P}民政局"} in listed
    # its only clause (state assets) is not about what the reform moved from it
    assert not any(f"{P}财政局" in names for names in listed)
    store.close()


# ---------------------------------------------------------------- history


def test_a_reform_states_the_overlap_it_cures(county: NetworkxStore) -> None:
    before = stated_overlaps(county, at="2018", jurisdiction=P)
    area = next(i for i in before if i["topic"] == "自然资源")
    assert {u["name"] for u in area["units"]} == {f"{P}水利局", f"{P}农业局", f"{P}林业局"}
    assert area["summary"] == f"2019年改革前，自然资源分散在{P}农业局、{P}林业局、{P}水利局三个部门"
    assert area["grade"] in ("分散", "交叉", "重复") and area["source"] == "文件所述"
    assert area["date_before"] == "2019-02-28" and area["evidence"]["text"].startswith("将")
    assert area["receiver"]["name"] == f"{P}自然资源局"
    assert any(u["duties"] for u in area["units"])
    # after the reform it is history, not a present overlap
    assert not [i for i in stated_overlaps(county, at="2020-01", jurisdiction=P) if i["topic"] == "自然资源"]
    history = overlap_history(county, at="2020-01", jurisdiction=P)
    assert any(i["topic"] == "自然资源" for i in history)
    assert not overlap_history(county, at="2018", jurisdiction=P) or all(i["date"] <= "2018" for i in
                                                                            overlap_history(county, at="2018", jurisdiction=P))


def test_unit_pages_get_the_reforms_that_gathered_their_duties(county: NetworkxStore) -> None:
    water = unit_id(county, f"{P}水利局")
    items = overlap_history(county, unit=water)
    assert items and all(water in {u["id"] for u in i["units"]} for i in items)
    receiver = unit_id(county, f"{P}自然资源局")
    assert overlap_history(county, unit=receiver)


# ---------------------------------------------------------------- the three questions


def test_which_units_all_handle_a_duty(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    r = overlaps_about(county, topic="确权登记", at="2018", jurisdiction=P, index=index)
    assert r["kind"] == "topic"
    assert {h["name"] for h in r["holders"]} == {f"{P}水利局", f"{P}农业局", f"{P}林业局"}
    assert "3个部门" in r["answer"] and r["evidence"]


def test_do_two_units_overlap(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    a, b = unit_id(county, f"{P}林业局"), unit_id(county, f"{P}应急管理局")
    r = overlaps_about(county, units=[a, b], at="2018", jurisdiction=P, index=index)
    assert r["kind"] == "pair" and r["pairs"] and "职责有交叉" in r["answer"] and "职责分工" in r["answer"]
    c = unit_id(county, f"{P}财政局")
    none = overlaps_about(county, units=[a, c], at="2018", jurisdiction=P, index=index)
    assert not none["pairs"] and "没有发现" in none["answer"]


def test_who_handled_a_duty_before_the_reform(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    r = overlaps_about(county, topic="确权登记", before_reform=True, jurisdiction=P, index=index)
    assert r["kind"] == "before_reform" and r["history"]
    assert r["answer"].startswith("2019年改革前") and f"{P}水利局" in r["answer"]
    assert r["evidence"][0]["text"]


# ---------------------------------------------------------------- export, route, command


def test_excel_export_for_review(county: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    result = duplicated_functions(county, at="2018", jurisdiction=P, index=index, limit=None)
    name, data = overlaps_workbook(result)
    assert name.endswith(".xlsx") and P in name
    wb = load_workbook(BytesIO(data))
    assert wb.sheetnames == ["说明", "候选单位对", "多单位组", "改革文件所述", "历史"]
    rows = list(wb["候选单位对"].iter_rows(values_only=True))
    assert list(rows[0]) == list(PAIR_COLUMNS) and len(rows) == len(result["pairs"]) + 1
    assert all(r[3] in ("重复", "交叉", "分散") for r in rows[1:])
    assert len(list(wb["改革文件所述"].iter_rows())) == len(result["stated"]) + 1


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.test_ask_data import install_registry

    install_registry()
    path = tmp_path_factory.mktemp("ovapi") / "kg"
    _county(NetworkxStore(path)).close()
    return path


def test_routes(store_path: Path) -> None:
    from api.app import create_app
    from api.settings import Settings

    with TestClient(create_app(Settings(store_path=str(store_path)))) as client:
        body = client.get("/overlaps", params={"jurisdiction": P, "at": "2018"}).json()
        assert body["confidence"] == "中" and body["pairs"] and body["stated"]
        assert {"grade", "reason", "confidence", "shared_words", "source"} <= set(body["pairs"][0])
        high = client.get("/overlaps", params={"jurisdiction": P, "at": "2018", "confidence": "高"}).json()
        assert all(p["confidence"] == "高" for p in high["pairs"])
        topic = client.get("/overlaps", params={"jurisdiction": P, "at": "2018", "topic": "成品油"}).json()
        assert [{u["name"] for u in p["units"]} for p in topic["pairs"]] == [{f"{P}商务局", f"{P}市场监督管理局"}]
        assert client.get("/overlaps", params={"confidence": "最高"}).status_code == 422
        export = client.get("/overlaps/export", params={"jurisdiction": P, "at": "2018"})
        assert export.status_code == 200 and export.headers["content-type"].startswith("application/vnd.openxml")
        history = client.get("/overlaps/history", params={"unit": f"{P}水利局"}).json()
        assert history["unit"]["name"] == f"{P}水利局" and history["items"]
        assert client.get("/overlaps/history", params={"unit": "没有这个局"}).status_code == 404
        about = client.get("/overlaps/about", params={"unit": [f"{P}林业局", f"{P}应急管理局"], "at": "2018"}).json()
        assert about["kind"] == "pair" and "交叉" in about["answer"]
        before = client.get("/overlaps/about", params={"topic": "确权登记", "before_reform": "true"}).json()
        assert before["answer"].startswith("2019年改革前")
        one = client.get("/overlaps/about", params={"unit": f"{P}林业局", "at": "2018"}).json()
        assert one["kind"] == "unit" and one["answer"].startswith("在2018-12-31")
        assert all(f"{P}林业局" in {u["name"] for u in p["units"]} for p in one["pairs"])
        everything = client.get("/overlaps/about", params={"jurisdiction": P, "at": "2018"}).json()
        assert everything["kind"] == "all" and everything["pairs"] and "各部门之间" in everything["answer"]
        assert client.get("/overlaps/about", params={"unit": "没有这个局"}).status_code == 404


def test_command(store_path: Path, tmp_path: Path) -> None:
    from api.cli import app

    runner = CliRunner()
    out = runner.invoke(app, ["overlaps", "--store", str(store_path), "--jurisdiction", P, "--at", "2018"])
    assert out.exit_code == 0, out.output
    assert "重复" in out.output and "理由：" in out.output and "2019年改革前" in out.output
    xlsx = tmp_path / "清单.xlsx"
    out = runner.invoke(app, ["overlaps", "--store", str(store_path), "--jurisdiction", P, "--at", "2018",
                              "--confidence", "高", "--export", str(xlsx), "--json"])
    assert out.exit_code == 0, out.output
    assert xlsx.stat().st_size > 0
    assert runner.invoke(app, ["overlaps", "--store", str(store_path), "--confidence", "x"]).exit_code == 2


# ---------------------------------------------------------------- the topic view

T = "主题县"
_OTHER_DUTIES = [
    ("县水利局", "负责全县水利工程建设与运行管理，指导水库、堤防的安全运行。"),
    ("县交通运输局", "负责全县公路、水路交通行业的规划和建设。"),
    ("县教育局", "负责全县中小学教师队伍建设和教师资格认定。"),
    ("县林业局", "负责全县森林火灾预防工作，开展防火巡护和火源管理。"),
    ("县自然资源局", "负责全县耕地保护和土地执法监察工作。"),
    ("县司法局", "负责全县人民调解、社区矫正和法治宣传教育。"),
    ("县统计局", "负责组织实施全县人口普查和经济普查。"),
    ("县商务局", "负责全县成品油流通的监督管理，维护成品油市场秩序。"),
    ("县文化旅游局", "负责全县文物保护和非物质文化遗产传承。"),
    ("县住房和城乡建设局", "负责全县建筑市场和工程质量安全的监督管理。"),
    ("县农业农村局", "负责全县种植业、畜牧业、渔业的行业管理。"),
    ("县档案馆", "负责收集、整理和保管全县各类档案。"),
    ("县生态环境局", "负责全县大气、水、土壤污染防治的监督管理。"),
    ("县发展和改革局", "负责全县固定资产投资综合管理，审批、核准投资项目。"),
    ("县财政局", "负责编制县级预决算草案并组织执行。"),
    ("县审计局", "负责全县预算执行情况的审计监督。"),
    ("县信访局", "负责受理群众来信来访，交办、转送信访事项。"),
    ("县气象局", "负责全县天气预报、气象灾害预警信息发布。"),
]


@pytest.fixture(scope="module")
def topic_county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NetworkxStore, object]]:
    store = NetworkxStore(tmp_path_factory.mktemp("ovtopic") / "kg")
    d = doc("sd2018t", date="2018-06", jurisdiction=T, title="主题县部门职责（2018）")
    d.duty("县人力资源和社会保障局", "负责全县城镇职工和城乡居民基本医疗保险工作。")
    d.duty("县卫生和计划生育局", "负责全县新型农村合作医疗保障工作。")
    for unit, text in _OTHER_DUTIES:
        d.duty(unit, text)
    apply_doc(store, d)
    yield store, IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    store.close()


def test_the_topic_view_counts_clauses_that_say_the_topic_in_other_words(topic_county) -> None:  # type: ignore[no-untyped-def]
    # 新型农村合作医疗 is a kind of 基本医疗保险 without its words: among the place's clauses it is
    # one of the closest to the topic, so the place's holders and pairs on the topic include it
    store, index = topic_county
    r = overlaps_about(store, topic="基本医疗保险", at="2019", jurisdiction=T, index=index)
    names = {h["name"] for h in r["holders"]}
    assert {f"{T}人力资源和社会保障局", f"{T}卫生和计划生育局"} <= names
    assert len(names) <= 2 + 1, names  # the nearest tenth of 20 clauses: two, nothing far from the topic
    assert f"{T}水利局" not in names and f"{T}档案馆" not in names
    view = duplicated_functions(store, at="2019", jurisdiction=T, index=index, topic="基本医疗保险", confidence="低",
                                limit=20)
    pair = next(p for p in view["pairs"] if {u["name"] for u in p["units"]} ==
                {f"{T}人力资源和社会保障局", f"{T}卫生和计划生育局"})
    assert view["pairs"][0] is pair  # both clauses are closest to the topic: first
    assert not any({u["name"] for u in p["units"]} == {f"{T}水利局", f"{T}交通运输局"} for p in view["pairs"])


def test_the_topic_view_finds_nothing_for_a_topic_the_place_does_not_hold(topic_county) -> None:  # type: ignore[no-untyped-def]
    # no clause of the place says 海洋 or 渔港: the clauses nearest to it by meaning are not about it
    store, index = topic_county
    r = overlaps_about(store, topic="海洋渔港监督", at="2019", jurisdiction=T, index=index)
    assert not r["holders"] and not r["pairs"], r["holders"]


# ---------------------------------------------------------------- one service, two organs

M = "镜像县"


@pytest.fixture(scope="module")
def mirror_county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NetworkxStore, object]]:
    store = NetworkxStore(tmp_path_factory.mktemp("ovmirror") / "kg")
    apply_doc(store, doc("sd2020m", date="2020-06", jurisdiction=M, title="镜像县部门职责（2020）")
              .duty("县委办公室", "负责县委领导同志日常工作的服务保障，协助县委领导同志处理日常工作。")
              .duty("县人民政府办公室", "负责县政府领导同志日常工作的服务保障，协助县政府领导同志处理日常工作。")
              .duty("县委办公室", "负责对县委重大决策部署贯彻落实情况进行督促检查。")
              .duty("县人民政府办公室", "负责督促检查县政府部门和乡镇对县政府决定事项的贯彻落实。")
              .duty("县机关事务服务中心", "负责县政府领导同志日常工作的服务保障，协助县政府领导同志处理日常工作。")
              .duty("县财政局", "负责全县政府债务管理，防范化解政府债务风险。")
              .duty("县发展和改革局", "负责全县政府债务管理，防范化解政府债务风险。"))
    yield store, IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    store.close()


def _named_pair(result: dict, place: str, a: str, b: str) -> dict | None:  # type: ignore[type-arg]
    return next((p for p in result["pairs"] if {u["name"] for u in p["units"]} == {place + a, place + b}), None)


def test_the_same_service_to_the_party_and_to_the_government_is_no_overlap(mirror_county) -> None:  # type: ignore[no-untyped-def]
    # 县委办 serves the 县委, 县政府办 the 县政府: the same words for two organs, no overlap
    store, index = mirror_county
    result = duplicated_functions(store, at="2021", jurisdiction=M, index=index, limit=None, confidence="低")
    assert _named_pair(result, M, "委办公室", "人民政府办公室") is None, result["pairs"]
    # the same service to the same organ is (a unit doing the 县政府办's work), and a clause that
    # names no organ ("全县政府债务" is the subject, not the organ served) is compared as before
    same = _named_pair(result, M, "人民政府办公室", "机关事务服务中心")
    assert same is not None and same["grade"] == "重复"
    debt = _named_pair(result, M, "财政局", "发展和改革局")
    assert debt is not None and debt["grade"] == "重复"


# ---------------------------------------------------------------- a clause held in a role

R = "角色县"


@pytest.fixture(scope="module")
def role_county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NetworkxStore, object]]:
    store = NetworkxStore(tmp_path_factory.mktemp("ovrole") / "kg")
    apply_doc(store, doc("sd2020r", date="2020-06", jurisdiction=R, title="角色县部门职责（2020）")
              .duty("县应急管理局", "参与指导全县地质灾害应急救援工作。", role="参与")
              .duty("县应急管理局", "牵头组织协调全县防汛抗旱工作。", role="牵头")
              .duty("县自然资源局", "负责全县地质灾害防治的调查评价和监测预警工作。")
              .duty("县委宣传部", "负责全县精神文明建设的统筹规划和组织协调。")
              .duty("县教育局", "负责全县中小学教师队伍建设和教师资格认定。")
              .duty("县财政局", "负责编制县级预决算草案并组织执行。"))
    yield store, IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    store.close()


def test_a_clause_held_in_a_role_pairs_with_the_holder_of_its_matter(role_county) -> None:  # type: ignore[no-untyped-def]
    # "参与指导全县地质灾害应急救援工作" names no partner: the unit holding 地质灾害 work is its lead
    store, index = role_county
    listed = duplicated_functions(store, at="2021", jurisdiction=R, index=index, limit=None)
    pair = _named_pair(listed, R, "应急管理局", "自然资源局")
    assert pair is not None and pair["lead_support"] and pair["grade"] == "交叉" and pair["confidence"] == "中"
    clause = next(c for c in pair["clauses"] if c["match"] == "牵头参与")
    assert "地质灾害" in clause["shared_words"] and "参与" in (clause["a"]["role"], clause["b"]["role"])
    hidden = duplicated_functions(store, at="2021", jurisdiction=R, index=index, limit=None, include_lead_support=False)
    assert _named_pair(hidden, R, "应急管理局", "自然资源局") is None
    # "牵头组织协调全县防汛抗旱工作" and "……统筹规划和组织协调" share template words only: no pair
    low = duplicated_functions(store, at="2021", jurisdiction=R, index=index, limit=None, confidence="低")
    assert _named_pair(low, R, "应急管理局", "委宣传部") is None, low["pairs"]


class _FixedCosines:
    """An embedder whose query-to-clause cosines are set by hand (a model, not the hash fake:
    the default topic margin applies)."""

    name = "fixed-cosines-test"
    dim = 64

    def __init__(self, query: str, cosines: dict[str, float]) -> None:
        self.query, self.cosines, self.slots = query, cosines, {}

    def embed(self, texts, *, kind):  # type: ignore[no-untyped-def]
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            if text == self.query:
                out[row, 0] = 1.0
                continue
            c = self.cosines.get(text, 0.5)
            slot = self.slots.setdefault(text, 1 + len(self.slots) % (self.dim - 1))
            out[row, 0], out[row, slot] = c, (1 - c * c) ** 0.5
        return out


def test_the_topic_view_keeps_near_clauses_within_the_models_margin(tmp_path: Path) -> None:
    # among a place's nearest clauses to a topic, one far below the closest (0.05 under it) is
    # not about the topic; one 0.02 under it is
    from kg.index.calibration import topic_margin

    says, near, far = ("负责全县城镇职工基本医疗保险工作。", "负责全县新型农村合作医疗工作。",
                       "负责全县烈士纪念设施的保护管理。")
    assert topic_margin(_FixedCosines.name) == 0.04
    store = NetworkxStore(tmp_path / "kg")
    d = doc("sd2018e", date="2018-06", jurisdiction="边距县", title="边距县部门职责（2018）")
    d.duty("县人力资源和社会保障局", says).duty("县卫生和计划生育局", near).duty("县退役军人事务局", far)
    for n in range(27):
        d.duty(f"县第{n + 1}局", f"负责全县第{n + 1}类事务的管理。")
    apply_doc(store, d)
    embedder = _FixedCosines("基本医疗保险", {says: 0.90, near: 0.88, far: 0.85})
    index = IndexRegistry(embedder, use_cache=False).index_for(store)
    r = overlaps_about(store, topic="基本医疗保险", at="2019", jurisdiction="边距县", index=index)
    assert {h["name"] for h in r["holders"]} == {"边距县人力资源和社会保障局", "边距县卫生和计划生育局"}
    store.close()


# ---------------------------------------------------------------- a 职责分工 written after the date asked

D = "分工县"


@pytest.fixture(scope="module")
def divided_county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NetworkxStore, object]]:
    store = NetworkxStore(tmp_path_factory.mktemp("ovdiv") / "kg")
    apply_doc(store, doc("div2012", date="2012-04", jurisdiction=D, title="分工县部门职责（2012）")
              .duty("县城市管理局", "负责全县城区户外广告设置的监督管理。")
              .duty("县住房和城乡建设局", "负责全县城区户外广告设施的安全监督管理。")
              .duty("县文化广电旅游局", "负责全县文物保护单位的日常巡查。")
              .duty("县交通运输局", "负责全县农村公路养护工作。"))
    # a unit formed later: it cannot overlap with anyone before it exists
    apply_doc(store, doc("div2016a", date="2016-02", jurisdiction=D, title="分工县组建县综合执法局")
              .establish("县综合行政执法局"))
    apply_doc(store, doc("div2017", date="2017-09-12", jurisdiction=D, title="分工县有关部门职责分工的通知")
              .boundary(["县文化广电旅游局", "县交通运输局"],
                        "县交通运输局负责公路沿线文物保护标志的设置，县文化广电旅游局负责文物保护单位的认定和巡查。")
              .boundary(["县城市管理局", "县住房和城乡建设局"],
                        "县城市管理局负责户外广告设置审批后的日常监管，县住房和城乡建设局负责户外广告设施的结构安全。")
              .boundary(["县综合行政执法局", "县交通运输局"],
                        "县综合行政执法局负责公路沿线违法建设的查处，县交通运输局负责路政巡查。")
              .boundary(["县卫生健康局", "县教育局", "县市场监督管理局"],
                        "县里明确了校园食品安全工作中各部门的职责：县卫生健康局负责学生常见病的监测；"
                        "县教育局负责学校食堂管理制度的落实；县市场监督管理局负责学校食堂的许可和日常检查。"))
    yield store, IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    store.close()


def _pair_in(result: dict, place: str, a: str, b: str) -> dict | None:  # type: ignore[type-arg]
    return next((p for p in result["pairs"] if {u["name"] for u in p["units"]} == {f"{place}{a}", f"{place}{b}"}), None)


def test_a_division_written_later_names_an_overlap_not_yet_settled(divided_county) -> None:  # type: ignore[no-untyped-def]
    store, index = divided_county
    before = duplicated_functions(store, at="2015-06-30", jurisdiction=D, index=index, limit=None)
    pair = _pair_in(before, D, "文化广电旅游局", "交通运输局")
    assert pair is not None and pair["source"] == "职责分工" and not pair["settled"] and pair["settled_by"] == []
    assert [s["date"] for s in pair["divided_later"]] == ["2017-09-12"]
    assert pair["confidence"] == "高" and pair["grade"] == "交叉" and "2017年" in pair["reason"]
    assert "尚未" in pair["reason"]
    # the day before the statement too; from its day on the pair is settled
    day_before = duplicated_functions(store, at="2017-09-11", jurisdiction=D, index=index, limit=None)
    assert not _pair_in(day_before, D, "文化广电旅游局", "交通运输局")["settled"]
    after = duplicated_functions(store, at="2017-09-12", jurisdiction=D, index=index, limit=None)
    settled = _pair_in(after, D, "文化广电旅游局", "交通运输局")
    assert settled["settled"] and settled["divided_later"] == [] and "尚未" not in settled["reason"]


def test_a_detected_pair_a_later_division_names_is_marked_not_settled(divided_county) -> None:  # type: ignore[no-untyped-def]
    store, index = divided_county
    result = duplicated_functions(store, at="2013", jurisdiction=D, index=index, limit=None)
    pair = _pair_in(result, D, "城市管理局", "住房和城乡建设局")
    assert pair is not None and not pair["settled"] and pair["divided_later"]
    assert "户外广告" in "".join(pair["shared_words"]) and "2017年职责分工文件" in pair["reason"]


def test_a_later_division_lists_no_unit_before_it_exists(divided_county) -> None:  # type: ignore[no-untyped-def]
    store, index = divided_county
    early = duplicated_functions(store, at="2014", jurisdiction=D, index=index, limit=None)
    assert _pair_in(early, D, "综合行政执法局", "交通运输局") is None
    later = duplicated_functions(store, at="2016-06", jurisdiction=D, index=index, limit=None)
    assert _pair_in(later, D, "综合行政执法局", "交通运输局")["divided_later"]


# ---------------------------------------------------------------- one sentence, several transfer events

ADJUSTMENT = """# title: 宁陵县部分部门职责调整的通知（2021年3月5日）
宁陵县部分部门职责调整的通知
为深化“放管服”改革，经县委、县政府研究，现将有关事项通知如下：
一、将县商务局的成品油零售经营资格审核职责、县应急管理局的危险化学品经营许可职责、县交通运输局的道路运输经营许可职责划入县行政审批服务局。
二、将县文化旅游局、县体育局的职责整合划入县文化体育旅游局。
三、将县农业农村局的农产品质量安全检测职责划入县市场监督管理局。
四、将县林业局的林木种苗质量检测职责划入县市场监督管理局。
"""


def test_transfers_of_one_sentence_into_one_receiver_are_one_gathering(tmp_path: Path) -> None:
    from ingest.pipeline import ingest_paths

    (tmp_path / "adjust.txt").write_text(ADJUSTMENT, encoding="utf-8")
    store = NetworkxStore(tmp_path / "kg")
    ingest_paths(store, [tmp_path / "adjust.txt"])
    moves = [e for e in store.events() if e.type.value == "transfer_duty"]
    assert len(moves) >= 6  # one event per giver, as the extractor writes them
    history = overlap_history(store)
    items = {i["receiver"]["name"]: i for i in history}
    review = items["宁陵县行政审批服务局"]
    assert sorted(u["name"] for u in review["units"]) == ["宁陵县交通运输局", "宁陵县商务局", "宁陵县应急管理局"]
    # each giver keeps its own duty; the list read whole as the first giver's duty is no duty of it
    assert {u["name"]: u["duties"] for u in review["units"]} == {
        "宁陵县商务局": ["成品油零售经营资格审核职责"], "宁陵县应急管理局": ["危险化学品经营许可职责"],
        "宁陵县交通运输局": ["道路运输经营许可职责"]}
    assert not any("危险化学品" in i["topic"] for i in history)
    assert review["date"] == "2021-03-05" and review["summary"].startswith("2021年改革前")
    assert sorted(u["name"] for u in items["宁陵县文化体育旅游局"]["units"]) == ["宁陵县体育局", "宁陵县文化旅游局"]
    # duties moved into one receiver by two sentences are not gathered: each sentence is its own transfer
    assert "宁陵县市场监督管理局" not in items
    # the unit page of one giver finds the whole gathering
    page = overlap_history(store, unit=unit_id(store, "宁陵县应急管理局"))
    assert any(i["receiver"]["name"] == "宁陵县行政审批服务局" and len(i["units"]) == 3 for i in page)
    # before the reform, the givers are stated overlaps of the place
    assert any(len(i["units"]) == 3 for i in stated_overlaps(store, at="2020-12-31"))
    store.close()


def test_a_giver_read_from_the_list_of_other_givers_is_no_giver(tmp_path: Path) -> None:
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("check2020", date="2020-07", jurisdiction=P, title="测试县组建检验检测中心")
              .establish("县检验检测中心", duties=[("县农业局", "农产品质量检测职责"),
                                                ("县卫生健康局", "县农业局的农产品质量检测职责、县林业局的种苗检测职责"),
                                                ("县林业局", "种苗检测职责")]))
    items = overlap_history(store)
    assert items and all(sorted(u["name"] for u in i["units"]) == [f"{P}农业局", f"{P}林业局"] for i in items)
    assert overlap_history(store, unit=unit_id(store, f"{P}卫生健康局")) == []
    store.close()


def test_a_division_pair_is_about_the_topic_its_statement_names(divided_county) -> None:  # type: ignore[no-untyped-def]
    store, index = divided_county
    # neither unit's part says 食品安全; the statement's lead does
    about = duplicated_functions(store, at="2018", jurisdiction=D, index=index, limit=None, confidence="低",
                                 topic="校园食品安全")
    pair = _pair_in(about, D, "教育局", "市场监督管理局")
    assert pair is not None and pair["source"] == "职责分工"
    assert "食品安全" not in pair["clauses"][0]["a"]["text"] + pair["clauses"][0]["b"]["text"]
    other = duplicated_functions(store, at="2018", jurisdiction=D, index=index, limit=None, confidence="低",
                                 topic="农村公路养护")
    assert _pair_in(other, D, "教育局", "市场监督管理局") is None


def test_a_topic_pair_a_later_reform_gathered_is_listed_at_medium(tmp_path: Path) -> None:
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("em2016", date="2016-05", jurisdiction=P, title="测试县部门职责（2016）")
              .duty("县民政局", "负责全县自然灾害的救灾应急工作，组织核查灾情，管理分配救灾款物。")
              .duty("县民政局", "负责全县社会救助工作。")
              .duty("县人民政府办公室", "负责全县应急管理的综合协调，承担县政府总值班工作。")
              .duty("县人民政府办公室", "负责县政府会议的组织工作。"))
    apply_doc(store, doc("em2019", date="2019-03", jurisdiction=P, title="测试县机构改革方案")
              .establish("县应急管理局", duties=[("县民政局", "自然灾害救灾职责"),
                                              ("县人民政府办公室", "应急管理综合协调职责")]))
    index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    # the topic view pairs the two clauses on its own (同一主题, a low score); the reform lifts them to 中
    result = duplicated_functions(store, at="2018", jurisdiction=P, index=index, limit=None, confidence="低",
                                  topic="应急")
    pair = _pair(result, "民政局", "人民政府办公室")
    assert pair["clauses"][0]["match"] == "同一主题"
    assert pair is not None and pair["gathered_by"] and pair["confidence"] == "中"
    first = pair["clauses"][0]
    assert "救灾" in first["a"]["text"] + first["b"]["text"] and "应急管理" in first["a"]["text"] + first["b"]["text"]
    assert "2019年改革" in pair["reason"]
    store.close()


def test_the_answer_says_a_later_division_divided_the_two(divided_county) -> None:  # type: ignore[no-untyped-def]
    store, index = divided_county
    a, b = unit_id(store, f"{D}文化广电旅游局"), unit_id(store, f"{D}交通运输局")
    before = overlaps_about(store, units=[a, b], at="2015", jurisdiction=D, index=index)
    assert "2017年职责分工文件此后划分了两者职责" in before["answer"] and "已有职责分工规定" not in before["answer"]
    assert any(e.get("date") == "2017-09-12" for e in before["evidence"])
    after = overlaps_about(store, units=[a, b], at="2018", jurisdiction=D, index=index)
    assert "已有职责分工规定" in after["answer"] and "此后划分" not in after["answer"]


# ---------------------------------------------------------------- 共同事项: one rare matter, two units' work on it

C = "事项县"


@pytest.fixture(scope="module")
def matter_county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[NetworkxStore, object]]:
    store = NetworkxStore(tmp_path_factory.mktemp("ovmatter") / "kg")
    apply_doc(store, doc("sd2021m", date="2021-03", jurisdiction=C, title="事项县部门主要职责（2021）")
              .duty("县人力资源和社会保障局", "负责统筹全县城乡就业创业工作，拟订就业援助政策。")
              .duty("县退役军人事务局", "负责组织实施退役士兵就业创业培训和扶持工作。")
              .duty("县商务局", "负责全县招商引资的组织协调和考核。")
              .duty("县投资促进中心", "承担全县招商引资项目洽谈、签约和跟踪服务。")
              .duty("县委宣传部", "负责全县精神文明建设的统筹规划和督促检查。")
              .duty("县司法局", "负责全面依法治县工作的统筹规划和督促检查。")
              .duty("县林业局", "负责食用林产品进入批发零售市场前的质量安全监管。")
              .duty("县海洋渔业局", "负责食用水产品进入批发零售市场前的质量安全监管。")
              .duty("县动物卫生监督所", "负责屠宰环节的检疫出证。")
              .duty("县市场监督管理局", "负责畜禽产品交易市场秩序管理，与县动物卫生监督所共同做好检疫证明查验。"))
    yield store, IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    store.close()


def _matter_clause(pair: dict | None) -> dict | None:  # type: ignore[type-arg]
    return next((c for c in pair["clauses"] if c["match"] == "共同事项"), None) if pair else None


def test_two_units_working_on_one_rare_matter_are_listed(matter_county) -> None:  # type: ignore[no-untyped-def]
    # 就业创业 for all / for veterans; 招商引资 coordinated / carried out: different work, one object
    store, index = matter_county
    listed = duplicated_functions(store, at="2022", jurisdiction=C, index=index, limit=None)
    for a, b, matter in (("人力资源和社会保障局", "退役军人事务局", "就业创业"), ("商务局", "投资促进中心", "招商引资")):
        pair = _named_pair(listed, C, a, b)
        clause = _matter_clause(pair)
        assert pair is not None and clause is not None, (a, b, listed["pairs"])
        assert pair["confidence"] == "中" and pair["grade"] == "交叉" and matter in pair["reason"]
        assert matter in clause["matters"]


def test_template_words_chain_links_and_names_are_no_matter(matter_county) -> None:  # type: ignore[no-untyped-def]
    store, index = matter_county
    low = duplicated_functions(store, at="2022", jurisdiction=C, index=index, limit=None, confidence="低")
    # 统筹规划、督促检查 say how, not what; 进入批发零售市场前的质量安全监管 is a link of a chain, the
    # objects (林产品, 水产品) differ; 动物卫生 is in a unit's name, a partner the naming source reads
    for a, b in (("委宣传部", "司法局"), ("林业局", "海洋渔业局"), ("动物卫生监督所", "市场监督管理局")):
        assert _matter_clause(_named_pair(low, C, a, b)) is None, (a, b)


def test_the_matters_a_clause_names() -> None:
    from queries.overlaps import _matters, _shared_matters

    assert "就业创业" in _matters("负责全县就业创业工作。")
    assert "服务价格" in _matters("负责全县药品和医疗服务价格管理工作。")
    assert not _matters("负责全县精神文明建设的统筹规划和督促检查。") & _matters("负责依法治县的统筹规划和督促检查。")
    # a bare head noun after template words (保险工作, 救助工作) names no matter of its own
    assert _shared_matters("负责城乡居民养老保险工作。", "负责职工基本医疗保险工作。") == []
    assert _shared_matters("负责全县社会救助工作。", "负责全县医疗救助工作。") == []


def test_a_body_named_by_its_level_in_a_national_text_is_not_paired(tmp_path: Path) -> None:
    # "省卫生厅" in a national text is some province's body filed under 中央: its work on a matter is no
    # overlap with a ministry's
    store = NetworkxStore(tmp_path / "kg")
    apply_doc(store, doc("nat2010", date="2010-06", jurisdiction="中央", title="食品安全监管职责（2010）")
              .duty("卫生部", "负责组织制定全国食品安全风险监测计划。")
              .duty("省卫生厅", "会同有关部门组织实施全省食品安全风险监测计划。")
              .duty("国家质量监督检验检疫总局", "负责食品生产加工环节的食品安全风险监测。"))
    index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    low = duplicated_functions(store, at="2011", jurisdiction="中央", index=index, limit=None, confidence="低")
    named = [{u["name"] for u in p["units"]} for p in low["pairs"]
             if any(c["match"] == "共同事项" for c in p["clauses"])]
    assert not [n for n in named if "省卫生厅" in n], named
    store.close()


# ---------------------------------------------------------------- a unit named for the matter

N = "振兴县"


def test_a_unit_named_for_the_topic_holds_it_whatever_its_words(tmp_path: Path) -> None:
    # the 乡村振兴局 (renamed from the 扶贫开发办公室) says 脱贫攻坚成果, not 乡村振兴: being named for the
    # matter, its clauses count as about it in the topic view; a unit not named for it gains nothing
    store = NetworkxStore(tmp_path / "kg")
    d = doc("sd2019n", date="2019-06", jurisdiction=N, title="振兴县部门职责（2019）")
    d.duty("县扶贫开发办公室", "负责巩固拓展全县脱贫攻坚成果，组织开展防止返贫动态监测和帮扶。")
    d.duty("县农业农村局", "负责统筹研究和组织实施全县乡村振兴战略的规划和政策措施。")
    for unit, text in _OTHER_DUTIES:
        d.duty(unit, text)
    apply_doc(store, d)
    apply_doc(store, doc("rename2021", date="2021-05", jurisdiction=N, title="振兴县机构调整")
              .rename("县扶贫开发办公室", "县乡村振兴局", date="2021-05"))
    index = IndexRegistry(HashEmbedder(), use_cache=False).index_for(store)
    wanted = {f"{N}乡村振兴局", f"{N}农业农村局"}
    view = duplicated_functions(store, at="2022", jurisdiction=N, index=index, topic="乡村振兴", confidence="低", limit=20)
    assert any({u["name"] for u in p["units"]} == wanted for p in view["pairs"]), [p["units"] for p in view["pairs"]]
    before = duplicated_functions(store, at="2020", jurisdiction=N, index=index, topic="乡村振兴", confidence="低",
                                  limit=20)
    assert not any(f"{N}扶贫开发办公室" in {u["name"] for u in p["units"]} for p in before["pairs"])
    store.close()
