"""The staffing ledger workbook (ingest.ledger_xlsx, api.ledger_export): export → import into a
fresh store → export loses nothing; validation messages name the sheet, the row and the column."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from api.ledger_export import export_workbook
from ingest.ledger_xlsx import SHEETS, import_ledger_workbooks, read_ledger_workbook, workbook_rows
from ingest.tables import TableError
from kg.store import GraphStore
from kg.stores.networkx_store import NetworkxStore
from queries.staffing import pool_account, unit_staffing
from tests.staffing_data import SEEDS, build

LEDGER_SHEETS = ["说明", *(s.name for s in SHEETS)]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    store = build(tmp_path_factory.mktemp("xlsx-sample"))
    yield store
    store.close()


def _ledger_part(data: bytes) -> dict[str, list[list]]:
    rows = workbook_rows(data)
    rows["说明"] = [r for r in rows["说明"] if r[0] != "导出时间"]
    return {name: rows[name] for name in LEDGER_SHEETS}


def _round_trip(store: GraphStore, tmp_path: Path, **scope: str) -> tuple[bytes, bytes, GraphStore]:
    name, first = export_workbook(store, at="2025-12", **scope)
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / name
    path.write_bytes(first)
    fresh = NetworkxStore(tmp_path / "fresh")
    results = import_ledger_workbooks(fresh, [path])
    assert [r.status for r in results] == ["成功"], [r.errors for r in results]
    if "unit" in scope:
        again = next(u.id for u in fresh.units() if fresh.name_at(u.id) == store.name_at(scope["unit"]))
        _, second = export_workbook(fresh, unit=again, at="2025-12")
    else:
        _, second = export_workbook(fresh, at="2025-12", **scope)
    return first, second, fresh


def test_county_round_trip_loses_nothing(sample: GraphStore, tmp_path: Path) -> None:
    first, second, fresh = _round_trip(sample, tmp_path, jurisdiction="示例县")
    try:
        book = _ledger_part(first)
        assert sum(len(book[s.name]) - 1 for s in SHEETS) == 70  # every staffing row of the sample
        assert _ledger_part(second) == book
        # and the ledger computed from it is the same
        for name in ("示例县自然资源局", "示例县投资促进服务中心", "示例县农业农村局", "示例县市场监督管理局"):
            before = next(u.id for u in sample.units() if sample.name_at(u.id) == name)
            after = next(u.id for u in fresh.units() if fresh.name_at(u.id) == name)
            a, b = unit_staffing(sample, before, "2025-12"), unit_staffing(fresh, after, "2025-12")
            assert [p["text"] for p in a["posts"] + a["leaders"]] == [p["text"] for p in b["posts"] + b["leaders"]]
        assert pool_account(sample, "示例县", "2025-12")["balances"] == pool_account(fresh, "示例县", "2025-12")["balances"]
    finally:
        fresh.close()


def test_unit_round_trip_keeps_the_givers_row(sample: GraphStore, tmp_path: Path) -> None:
    nr = next(u.id for u in sample.units() if sample.name_at(u.id) == "示例县自然资源局")
    first, second, fresh = _round_trip(sample, tmp_path, unit=nr)
    try:
        assert _ledger_part(second) == _ledger_part(first)
        changes = _ledger_part(first)["编制变动"]
        assert any(r[0] == "示例县林业局" and r[4] == "划转" and r[6] == "示例县自然资源局" for r in changes)
        after = next(u.id for u in fresh.units() if fresh.name_at(u.id) == "示例县自然资源局")
        assert unit_staffing(fresh, after, "2025-12")["posts"][0]["quota"] == 24
    finally:
        fresh.close()


def test_seed_round_trip_keeps_other_reports(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.fail(f"the seed reports are missing: {SEEDS}")
    store = build(tmp_path / "seeds", sample=False, seeds=True)
    try:
        first, second, fresh = _round_trip(store, tmp_path, jurisdiction="浏阳市")
        fresh.close()
        book = _ledger_part(first)
        assert _ledger_part(second) == book
        (row,) = [r for r in book["编制变动"][1:] if r[0] and "鞭炮烟花" in r[0]]
        assert row[4] == "核增" and row[5] == 3 and "核增我中心3名编制" in row[10]  # the other article's sentence
        shimen = next(j.id for j in store.jurisdictions() if "石门" in j.id)
        first, second, fresh = _round_trip(store, tmp_path / "shimen", jurisdiction=shimen)
        fresh.close()
        assert _ledger_part(second) == _ledger_part(first)
        pool_rows = _ledger_part(first)["编制池"][1:]
        assert {(r[0], r[4], r[5]) for r in pool_rows} >= {(None, "收回", 89), (None, "周转", 56)}
    finally:
        store.close()


def test_export_has_the_report_sheets(sample: GraphStore) -> None:
    _, data = export_workbook(sample, jurisdiction="示例县", at="2025-12")
    rows = workbook_rows(data)
    assert list(rows)[: len(LEDGER_SHEETS)] == LEDGER_SHEETS
    assert {"编制情况", "编制池余额", "检查结果"} <= set(rows)
    summary = {(r[0], r[1]): r for r in rows["编制情况"][1:]}
    assert summary[("示例县自然资源局", "行政编制")][2:7] == [24, None, 22, "2025-06", 2]
    assert rows["编制池余额"][1:3] == [["行政编制", 2, 0, 2, 0], ["全额拨款事业编制", 31, 7, 24, 0]]
    assert {r[2] for r in rows["检查结果"][1:]} == {"示例县自然资源局", "示例县应急管理局"}


# ---------------------------------------------------------------- reading a hand-made workbook


def _workbook(path: Path, sheets: dict[str, list[list]], meta: list[list] | None = None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    for row in meta if meta is not None else [["项目", "内容"], ["行政区划", "手工县"], ["标题", "手工县编制台账"]]:
        ws.append(row)
    for name, rows in sheets.items():
        sheet = wb.create_sheet(name)
        for row in rows:
            sheet.append(row)
    wb.save(path)
    return path


QUOTA_HEAD = ["单位", "编制类型", "经费形式", "数量", "日期", "依据"]


def test_errors_name_sheet_row_and_column(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "手工县编制台账.xlsx", {
        "核定编制": [QUOTA_HEAD,
                     ["县甲局", "行政编制", None, 10, "2020-01", None],
                     ["县乙局", "行政编制", None, "十二点五", "2020-01", None],
                     ["县丙局", "领导职数", None, 2, "2020-01", None],
                     ["县丁局", "行政编制", None, 5, "2019-13", None]],
        "编制变动": [["单位", "编制类型", "变动", "数量", "对方单位", "日期"],
                     ["县甲局", "行政编制", "核定", 3, None, "2021"],
                     ["县甲局", "行政编制", "划转", 3, "县甲局", "2021"],
                     ["县甲局", "科研编制", "核增", 3, None, "2021"]],
        "编制池": [["单位", "行政区划", "编制类型", "变动", "数量", "日期"],
                   [None, "别的县", "事业编制", "收回", 3, "2021"]],
    })
    with pytest.raises(TableError) as info:
        read_ledger_workbook(path)
    message = str(info.value)
    for expected in (
        "手工县编制台账.xlsx 工作表“核定编制” 第3行 “数量”列：“十二点五”不是整数",
        "工作表“核定编制” 第4行 “编制类型”列：“领导职数”不应填在“核定编制”工作表，请填在“领导职数”工作表",
        "工作表“核定编制” 第5行 “日期”列：“2019-13”不是有效日期",
        "工作表“编制变动” 第2行 “变动”列：“核定”不应填在“编制变动”工作表",
        "工作表“编制变动” 第3行 “对方单位”列：对方单位不能与单位相同",
        "工作表“编制变动” 第4行 “编制类型”列：“科研编制”不是可用的值",
        "工作表“编制池” 第2行 “行政区划”列",
    ):
        assert expected in message, (expected, message)
    assert "有 7 处错误，未导入" in message
    kept = read_ledger_workbook(path, skip_bad_rows=True)
    assert len(kept.errors) == 7 and [(s.unit.name, s.change, s.amount) for s in kept.facts.staffing] == [("县甲局", "核定", 10)]


def test_sheet_defaults_and_special_changes(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "手工县编制台账.xlsx", {
        "核定编制": [QUOTA_HEAD,
                     ["县中心", "事业编制", "全额拨款", 10, "2020", "县中心核定全额拨款事业编制10名。"],
                     ["县中心", "事业编制", "差额拨款", 4, "2020", "示例编委〔2020〕3号"]],
        "编制变动": [["单位", "编制类型", "经费形式", "变动", "数量", "日期"],
                     ["县中心", "事业编制", "差额拨款", "退二补一", 1, "2022"]],
        "实有人员": [["单位", "编制类型", "经费形式", "实有人数", "日期"],
                     ["县中心", "事业编制", "全额拨款", 9, "2022"]],
        "领导职数": [["单位", "职级", "变动", "数量", "日期"],
                     ["县中心", "正科级", "核定", 1, "2020"]],
        "编制情况": [["这是导出的报表，不读取"]],
    })
    result = read_ledger_workbook(path)
    assert result.errors == [] and result.warnings == []
    facts = result.facts
    assert [(s.kind, s.change, s.funding or s.level, s.amount) for s in facts.staffing] == [
        ("事业编制", "核定", "全额拨款", 10), ("事业编制", "核定", "差额拨款", 4), ("事业编制", "退二补一", "差额拨款", 1),
        ("事业编制", "实有", "全额拨款", 9), ("领导职数", "核定", "正科级", 1)]
    assert facts.staffing[1].prov.sentence == "2020 核定县中心差额拨款事业编制4名（来源：示例编委〔2020〕3号）"
    assert facts.document.jurisdiction == "手工县" and facts.document.kind == "table"
    store = NetworkxStore(tmp_path / "kg")
    try:
        import_ledger_workbooks(store, [path])
        center = store.units()[0].id
        figures = unit_staffing(store, center, "2023")
        assert {p["label"]: (p["quota"], p["vacant"]) for p in figures["posts"]} == {
            "全额拨款事业编制": (10, 1), "差额拨款事业编制": (3, None)}
    finally:
        store.close()


def test_unreadable_workbooks(tmp_path: Path) -> None:
    no_place = _workbook(tmp_path / "无区划.xlsx", {"核定编制": [QUOTA_HEAD]}, meta=[["标题", "无区划"]])
    with pytest.raises(TableError, match="没有指明行政区划"):
        read_ledger_workbook(no_place)
    assert read_ledger_workbook(no_place, overrides={"jurisdiction": "某县"}).facts.document.jurisdiction == "某县"
    broken = tmp_path / "坏.xlsx"
    broken.write_bytes(b"not a workbook")
    with pytest.raises(TableError, match="无法打开"):
        read_ledger_workbook(broken)
    other = _workbook(tmp_path / "别的.xlsx", {"单位": [["名称"], ["县甲局"]]})
    with pytest.raises(TableError, match="没有编制台账的工作表"):
        read_ledger_workbook(other)
    results = import_ledger_workbooks(NetworkxStore(tmp_path / "kg"), [broken, other])
    assert [r.status for r in results] == ["失败", "失败"] and all(r.errors for r in results)


def test_workbook_opens_in_excel_layout(sample: GraphStore) -> None:
    _, data = export_workbook(sample, jurisdiction="示例县", at="2025-12")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    quota = wb["核定编制"]
    assert [c.value for c in quota[1]] == list(SHEETS[0].columns)
    assert quota.freeze_panes == "A2" and quota["G2"].number_format == "@"  # dates stay text (2019-03)
    wb.close()


def test_kg_ingest_recognizes_a_ledger_workbook(sample: GraphStore, tmp_path: Path) -> None:
    """The general ingest (CLI, POST /ingest) routes a ledger workbook to its own reader, so
    the same file gives the same staffing whichever way it comes in."""
    from ingest.pipeline import ingest_paths

    name, data = export_workbook(sample, at="2025-12", jurisdiction="示例县")
    path = tmp_path / name
    path.write_bytes(data)
    via_import = NetworkxStore(tmp_path / "a")
    via_ingest = NetworkxStore(tmp_path / "b")
    import_ledger_workbooks(via_import, [path])
    [result] = ingest_paths(via_ingest, [path])
    assert result.status == "成功", result.errors
    assert result.counts["staffing"] == len(read_ledger_workbook(path).facts.staffing) > 0
    assert _ledger_part(export_workbook(via_ingest, at="2025-12", jurisdiction="示例县")[1]) == _ledger_part(
        export_workbook(via_import, at="2025-12", jurisdiction="示例县")[1])


def test_two_ledgers_with_one_name_in_one_import_are_not_both_reported_stored(sample: GraphStore,
                                                                              tmp_path: Path) -> None:
    """The ledger import is the ingest loop: two files that would replace each other are
    refused, not silently collapsed into one document."""
    name, data = export_workbook(sample, at="2025-12", jurisdiction="示例县")
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_bytes(data)
    results = import_ledger_workbooks(NetworkxStore(tmp_path / "kg"), [tmp_path / "a" / name, tmp_path / "b" / name])
    assert sorted(r.status for r in results) == ["失败", "成功"]
