"""The staffing ledger (queries.staffing), its checks (queries.staffing_rules) and the staffing
questions of /ask, over data ingested through the pipeline: the sample county, a ledger with
planted problems (tests/staffing_data.py) and the seed work reports."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from kg.model import Predicate
from kg.store import GraphStore
from queries.ask import ask
from queries.resolve import find_unit
from queries.staffing import ledger, ledger_mismatches, pool_account, pools, unit_staffing
from queries.staffing_rules import StaffingRulesError, load_rules, parse_rules, review_request, run_checks
from tests.staffing_data import CHECK_AT, SAMPLE, SEEDS, build
from tests.test_ask_data import install_registry

COUNTY = "示例县"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    install_registry()  # KG_EMBED_MODEL=hash for /ask
    store = build(tmp_path_factory.mktemp("sample"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    install_registry()
    store = build(tmp_path_factory.mktemp("planted"), sample=False, planted=True)
    yield store
    store.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    if not SEEDS.is_dir():
        pytest.fail(f"the seed reports are missing: {SEEDS}")
    store = build(tmp_path_factory.mktemp("seeds"), sample=False, seeds=True)
    yield store
    store.close()


def uid(store: GraphStore, name: str, place: str = COUNTY, at: str | None = None) -> str:
    return find_unit(store, name, jurisdiction=place, at=at)


def post(figures: dict, label: str) -> dict:
    return next(p for p in figures["posts"] + figures["leaders"] if p["label"] == label)


# ---------------------------------------------------------------- the ledger over the sample county


def test_stated_totals_are_reproduced(sample: GraphStore) -> None:
    """Every "调整后…N名" of the sample equals the figure the ledger computed from the entries
    before it, and no stated total of the sample disagrees with the ledger."""
    yaml_rows = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))["编制"]
    stated = [r for r in yaml_rows if "调整后" in str(r.get("依据", ""))]
    assert len(stated) == 2
    for row in stated:
        unit = uid(sample, row["单位"])
        entries = ledger(sample, unit)
        total = next(e for e in entries if e["change"] == "核定" and e["date"] == row["日期"] and e["kind"] == row["编制类型"])
        assert total["balance"] == row["数量"] == int(re.findall(r"(\d+)名", row["依据"])[-1])
        assert total["expected"] is None and total["adjustment"] is None  # it agrees with the ledger
        assert unit_staffing(sample, unit, row["日期"])["posts"][0]["quota"] == row["数量"]
    assert ledger_mismatches(sample, jurisdiction=COUNTY) == []


def test_natural_resources_bureau_over_time(sample: GraphStore) -> None:
    nr = uid(sample, "县自然资源局")
    expected = {"2019-06": (18, 16, 2), "2021-12": (17, 16, 1), "2022-06": (19, 16, 3), "2025-12": (24, 22, 2)}
    for at, (quota, actual, vacant) in expected.items():
        p = post(unit_staffing(sample, nr, at), "行政编制")
        assert (p["quota"], p["actual"], p["vacant"]) == (quota, actual, vacant), at
    figures = unit_staffing(sample, nr, "2025-12")
    assert post(figures, "副科级领导职数")["quota"] == 4 and post(figures, "正科级领导职数")["quota"] == 1
    assert figures["divisions"]["quota"] == 6 and len(figures["divisions"]["named"]) == 3
    # 县林业局's 划转 shows on the receiver as 划入, with its source sentence
    inflow = next(e for e in figures["ledger"] if e["change"] == "划入")
    assert inflow["implied"] and inflow["counterpart"]["name"] == "示例县林业局" and inflow["amount"] == 5
    assert "划转至县自然资源局" in inflow["evidence"]["text"]
    assert inflow["included"]  # the same-date stated total 24 includes it
    # a re-determination ("副局长职数调整为4名") resets without a mismatch, and says by how much
    deputies = next(e for e in figures["ledger"] if e["bucket"] == "副科级领导职数" and e["date"] == "2023-12")
    assert deputies["adjustment"] == 1 and deputies["expected"] is None


def test_transfers_count_once_on_each_side(sample: GraphStore) -> None:
    forestry = unit_staffing(sample, _unit_named(sample, "示例县林业局"), "2023-12-31")
    assert post(forestry, "行政编制")["quota"] == 0  # 7 − 5 划转 − 2 收回
    market = unit_staffing(sample, uid(sample, "县市场监督管理局"), "2019-03")
    assert post(market, "行政编制")["quota"] == 48
    farming = post(unit_staffing(sample, uid(sample, "县农业农村局"), "2024-12"), "行政编制")
    assert farming["quota"] == 19  # 14 + 5 from 县乡村振兴局
    reclaimed = ledger(sample, _unit_named(sample, "示例县林业工作站"))
    assert [(e["change"], e["other_side"]) for e in reclaimed] == [("收回", "编制池")]
    moved = next(e for e in forestry["ledger"] if e["change"] == "划转")
    assert moved["direction"] == "out" and moved["other_side"] == "示例县自然资源局"
    civil = post(unit_staffing(sample, uid(sample, "县民政局"), "2025"), "行政编制")
    assert civil["quota"] is None and civil["unbased_change"] == -4  # no 核定 known: only the net change


def test_receiver_with_its_own_row_is_not_counted_twice(tmp_path: Path) -> None:
    from tests.staffing_data import NetworkxStore, ingest_paths

    data = {"文件": {"行政区划": "双记县"}, "编制": [
        {"单位": "县甲局", "编制类型": "行政编制", "变动": "核定", "数量": 10, "日期": "2020"},
        {"单位": "县乙局", "编制类型": "行政编制", "变动": "核定", "数量": 5, "日期": "2020"},
        {"单位": "县甲局", "对方单位": "县乙局", "编制类型": "行政编制", "变动": "划转", "数量": 3, "日期": "2021"},
        {"单位": "县乙局", "对方单位": "县甲局", "编制类型": "行政编制", "变动": "划入", "数量": 3, "日期": "2021"},
        {"单位": "县甲局", "对方单位": "县乙局", "编制类型": "行政编制", "变动": "划出", "数量": 3, "日期": "2021"},
    ]}
    path = tmp_path / "双记.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    store = NetworkxStore(tmp_path / "kg")
    try:
        ingest_paths(store, [path])
        giver = unit_staffing(store, uid(store, "县甲局", "双记县"), "2022")
        receiver = unit_staffing(store, uid(store, "县乙局", "双记县"), "2022")
        assert post(giver, "行政编制")["quota"] == 7
        assert post(receiver, "行政编制")["quota"] == 8
        move = next(e for e in giver["ledger"] if e["change"] == "划转")
        assert len(move["also"]) == 1  # the 划出 row is the same move, kept as a second source
    finally:
        store.close()


def test_pool_account(sample: GraphStore) -> None:
    assert pools(sample) == [COUNTY]
    account = pool_account(sample, COUNTY, "2025-12")
    balances = {b["bucket"]: b for b in account["balances"]}
    # 收回 3+1+2 (the county total of 6 is the same posts, counted once), 20 from 市委编办,
    # 周转 3 and 2 out and back, 调剂 2 to 县投资促进服务中心
    assert balances["全额拨款事业编制"]["in"] == 6 + 20 + 3 + 2
    assert balances["全额拨款事业编制"]["out"] == 3 + 2 + 2
    assert balances["全额拨款事业编制"]["balance"] == 24 and balances["行政编制"]["balance"] == 2
    assert account["on_loan"] == [] and account["mismatches"] == []
    while_lent = pool_account(sample, COUNTY, "2023-06")
    lent = {o["unit"]["name"]: (o["amount"], o["since"]) for o in while_lent["on_loan"]}
    assert lent == {"示例县投资促进服务中心": (3, "2022-03"), "示例县疾病预防控制中心": (2, "2023-03")}
    assert all(m["evidence"]["text"] for m in account["movements"])
    center = post(unit_staffing(sample, uid(sample, "县投资促进服务中心"), "2023-06"), "全额拨款事业编制")
    assert center["quota"] == 10 and center["lent"] == 3 and center["usable"] == 13


def test_sample_checks_are_quiet_where_the_data_is_clean(sample: GraphStore) -> None:
    result = run_checks(sample, COUNTY, "2025-12")
    rules = {f["rule"] for f in result["findings"]}
    assert rules <= {"long_vacancy"}  # 县自然资源局 and 县应急管理局 have had empty posts since 2019
    assert {f["unit"]["name"] for f in result["findings"]} == {"示例县自然资源局", "示例县应急管理局"}
    for f in result["findings"]:
        assert f["message"] and f["evidence"] and f["severity"] == "提示"


# ---------------------------------------------------------------- checks: planted and clean


def _findings(store: GraphStore, rule: str, **kw) -> dict[str, list[dict]]:  # type: ignore[no-untyped-def]
    out: dict[str, list[dict]] = {}
    for f in run_checks(store, "检查县", CHECK_AT, **kw)["findings"]:
        if f["rule"] == rule:
            out.setdefault(f["unit"]["name"] if f["unit"] else "", []).append(f)
    return out


@pytest.mark.parametrize("rule,planted_unit,words", [
    ("over_quota", "检查县甲局", ["实有12名", "超编2名"]),
    ("over_leader_posts", "检查县甲局", ["实配3名", "核定职数2名"]),
    ("over_divisions", "检查县甲局", ["内设机构3个", "2个"]),
    ("long_vacancy", "检查县丙局", ["2022-01", "最少3名"]),
    ("ledger_mismatch", "检查县戊局", ["13名", "应为12名"]),
    ("loan_overdue", "检查县己中心", ["2021-01", "2名"]),
])
def test_each_check_fires_on_its_planted_case_only(planted: GraphStore, rule: str, planted_unit: str,
                                                   words: list[str]) -> None:
    found = _findings(planted, rule)
    assert list(found) == [planted_unit], found
    finding = found[planted_unit][0]
    for word in words:
        assert word in finding["message"], finding["message"]
    assert finding["evidence"] and all(ev.get("text") for ev in finding["evidence"])
    assert finding["figures"]


def test_township_norms(planted: GraphStore) -> None:
    found = _findings(planted, "township_norm")
    assert set(found) == {"检查县甲镇", "检查县乙镇"}  # 丙镇 (一类, 37 and 44) is clean
    (jia,) = found["检查县甲镇"]
    assert jia["figures"]["aspect"] == "class" and "一类乡镇，行政编制应为37名，现为30名" in jia["message"]
    (yi,) = found["检查县乙镇"]
    assert yi["figures"]["aspect"] == "ratio" and yi["figures"]["expected"] == 34  # 28 × 1.2 = 33.6
    # a class given to the check wins over the sentence
    reclassed = _findings(planted, "township_norm", township_classes={"甲镇": "二类"})
    assert "检查县甲镇" in reclassed and "二类" in reclassed["检查县甲镇"][0]["message"]


def test_rules_come_from_data(planted: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = yaml.safe_load(Path(load_rules().path).read_text(encoding="utf-8"))
    for rule in rules["checks"]:
        if rule["id"] == "long_vacancy":
            rule["months"] = 36
        if rule["id"] == "township_norm":
            rule["classes"] = {"一类": 30, "二类": 28}
            rule["ratio"] = 1.2
    custom = tmp_path / "rules.yaml"
    custom.write_text(yaml.safe_dump(rules, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("KG_STAFFING_RULES", str(custom))
    assert load_rules().path == str(custom)
    assert _findings(planted, "long_vacancy") == {}  # 29 months < 36
    township = _findings(planted, "township_norm")
    assert "检查县甲镇" not in township and "检查县丙镇" in township  # 37 is now off the 一类 norm of 30
    with pytest.raises(StaffingRulesError, match="未知的规则类型"):
        parse_rules({"checks": [{"id": "x", "type": "nonsense"}]})
    with pytest.raises(StaffingRulesError, match="months"):
        parse_rules({"checks": [{"id": "x", "type": "long_vacancy", "months": -1}]})
    monkeypatch.setenv("KG_STAFFING_RULES", str(tmp_path / "missing.yaml"))
    with pytest.raises(StaffingRulesError, match="不存在"):
        load_rules()


def test_review_of_a_request(planted: GraphStore) -> None:
    blocked = review_request(planted, {"unit": "县丙局", "jurisdiction": "检查县", "kind": "行政编制", "amount": 2},
                             at=CHECK_AT)
    assert blocked["decision"] == "不予受理" and [r["rule"] for r in blocked["reasons"]] == ["review_vacancy"]
    assert "空编3名" in blocked["reasons"][0]["message"] and blocked["reasons"][0]["evidence"]
    clean = review_request(planted, {"unit": "县乙局", "jurisdiction": "检查县"}, at=CHECK_AT)
    assert clean["accepted"] and clean["decision"] == "受理"
    issue = {"unit": "县甲局", "issue": "县甲局超编2名未整改", "resolved": False}
    supervised = review_request(planted, {"unit": "县乙局", "jurisdiction": "检查县"}, findings=[issue], at=CHECK_AT)
    assert [r["rule"] for r in supervised["reasons"]] == ["review_supervisor"]
    assert "检查县甲局" in supervised["reasons"][0]["message"] and "超编2名未整改" in supervised["summary"]
    resolved = review_request(planted, {"unit": "县乙局", "jurisdiction": "检查县"},
                              findings=[{**issue, "resolved": True}], at=CHECK_AT)
    assert resolved["accepted"]
    purchasable = review_request(planted, {"unit": "县乙局", "jurisdiction": "检查县", "purchasable": True}, at=CHECK_AT)
    assert [r["rule"] for r in purchasable["reasons"]] == ["review_purchase"]


# ---------------------------------------------------------------- the seeds, through text ingest


def _unit_named(store: GraphStore, fragment: str) -> str:
    found = [u.id for u in store.units() if fragment in store.name_at(u.id)]
    found = [u for u in found if store.name_at(u) == fragment] or found
    assert len(found) == 1, (fragment, [store.name_at(u) for u in found])
    return found[0]


def test_seed_figures_become_ledger_entries(seeds: GraphStore) -> None:
    shimen = next(j.id for j in seeds.jurisdictions() if "石门" in j.id)
    wide = ledger(seeds, shimen)
    assert {(e["change"], e["amount"]) for e in wide} >= {("收回", 89), ("周转", 56), ("划转", 16)}
    account = pool_account(seeds, shimen)
    movements = {(m["label"], m["amount"]) for m in account["movements"]}
    assert ("收回", 89) in movements and ("周转下达（未列明单位）", 56) in movements
    assert account["total"]["balance"] == 89 - 56 and account["total"]["on_loan"] == 56
    for fragment, amount in (("高新区管委会", 28), ("重点项目建设事务中心", 12), ("土地与房屋征收补偿安置事务中心", 10)):
        entries = ledger(seeds, _unit_named(seeds, fragment))
        assert any(e["change"] == "核增" and e["amount"] == amount and e["funding"] == "全额拨款" for e in entries), fragment
    center = _unit_named(seeds, "投资促进事务中心")
    figures = unit_staffing(seeds, center)
    assert figures["posts"][0]["quota"] == 18 and "核定编制18名" in figures["ledger"][0]["evidence"]["text"]
    high_tech = unit_staffing(seeds, _unit_named(seeds, "高新区管委会"))
    assert high_tech["posts"][0]["quota"] is None and high_tech["posts"][0]["unbased_change"] == 28


def test_one_change_reported_by_two_articles_counts_once(seeds: GraphStore) -> None:
    fireworks = _unit_named(seeds, "鞭炮烟花产业发展中心")
    assert len(seeds.facts(fireworks, Predicate.STAFFING)) == 2  # two articles quote the same 核增
    (entry,) = ledger(seeds, fireworks)
    assert entry["change"] == "核增" and entry["amount"] == 3 and len(entry["also"]) == 1
    assert unit_staffing(seeds, fireworks)["posts"][0]["unbased_change"] == 3


# ---------------------------------------------------------------- /ask


def test_ask_staffing_questions(sample: GraphStore, planted: GraphStore) -> None:
    posts = ask(sample, "县自然资源局有多少编制")
    assert posts["intent"] == "staffing" and posts["units"][0]["name"] == "示例县自然资源局"
    assert "24名" in posts["answer"] and posts["evidence"]
    vacancy = ask(sample, "县自然资源局空编多少")
    assert vacancy["intent"] == "staffing" and "空编2名" in vacancy["answer"] and vacancy["evidence"]
    dated = ask(sample, "2020年县自然资源局有多少编制")
    assert "18名" in dated["answer"]
    pool = ask(sample, "示例县编制池还剩多少")
    assert pool["intent"] == "staffing" and "全额拨款事业编制24名" in pool["answer"] and pool["evidence"]
    assert "24名" in ask(sample, "编制池还剩多少")["answer"]  # the only pool there is
    none_over = ask(sample, "哪些单位超编")
    assert none_over["intent"] == "staffing" and none_over["units"] == [] and "没有发现超编" in none_over["answer"]
    over = ask(planted, "检查县哪些单位超编")
    assert over["intent"] == "staffing" and [u["name"] for u in over["units"]][:1] == ["检查县甲局"]
    assert "超编2名" in over["answer"] and over["evidence"]
    leaders = ask(planted, "哪些单位超职数")
    assert [u["name"] for u in leaders["units"]] == ["检查县甲局"] and "超职数" in leaders["answer"]


def test_a_quota_changed_from_to_written_with_cong_and_a_name_after_xinsheli() -> None:
    from tests.test_constructions import facts_of

    def rows(text: str) -> set[tuple]:
        return {(s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in facts_of(text, "某县").staffing}

    assert rows("县林业局的事业编制从8名核减为6名。") == {("县林业局", "事业编制", "核定", 6)}
    assert rows("县疾控中心事业编制从30名增至36名。") == {("县疾控中心", "事业编制", "核定", 36)}
    assert rows("县城市管理局行政编制由15名调整为20名。") == {("县城市管理局", "行政编制", "核定", 20)}
    # "新设立X": X starts after the verb (never "立X")
    assert ("县政务服务中心", "事业编制", "核定", 10) in rows(
        "新设立县政务服务中心，为县政府办公室所属正科级事业单位，核定事业编制10名。")
    # a count of people is no quota
    assert not rows("县疾控中心在编人员从30人增至36人。")


def test_a_township_documents_own_figures() -> None:
    from tests.test_constructions import facts_of

    def rows(text: str, place: str) -> set[tuple]:
        return {(s.unit.name if s.unit else None, s.kind, s.amount) for s in facts_of(text, place).staffing}

    assert rows("镇设党政综合办公室、经济发展办公室、社会事务办公室3个综合办事机构，核定行政编制30名。", "某镇") == {
        ("某镇", "行政编制", 30)}
    assert rows("该乡核定行政编制25名、事业编制18名，领导职数11名。", "某乡") == {
        ("某乡", "行政编制", 25), ("某乡", "事业编制", 18), ("某乡", "领导职数", 11)}
    # a body of the township named before the figure keeps it
    assert rows("镇综合便民服务中心核定事业编制8名。", "某镇") == {("镇综合便民服务中心", "事业编制", 8)}
    # outside a township's own document "镇"/"该镇" names no body we know
    assert rows("该镇核定行政编制35名。", "某县") == {(None, "行政编制", 35)}
