"""The staffing ledger workbook (编制台账工作簿): one sheet per kind of record, Chinese headers.

    result = read_ledger_workbook("示例县编制台账.xlsx")     # TableResult: facts, errors, warnings
    data = write_ledger_workbook(meta, rows, reports)          # bytes of an .xlsx

Sheets (see ``docs/staffing.md``):

* 说明      key/value rows: 标题, 行政区划, 上级行政区划, 截至日期 …
* 核定编制  stated quotas (变动 = 核定)
* 编制变动  核增, 核减, 划转, 划入, 划出, 调剂 (from a named unit), 退二补一
* 实有人员  headcounts (变动 = 实有)
* 领导职数  leadership posts by 职级: 核定, changes and 实有 (actual leaders)
* 编制池    收回, 周转, 归还, and 调剂 from or into the pool; 单位 empty = the jurisdiction

Every row is one figure, read into a ``StaffingStatement`` as a row of the 编制 sheet of
``docs/table-schema.md`` would be: the cells are checked by ``ingest.table_schema`` (same
values, same Chinese messages), and each error names the file, the sheet, the row and the
column. The columns 编制类型 and 变动 may be left empty where the sheet implies them.
Sheets the export adds as reports (编制情况, 编制池余额, 检查结果) are not read back.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.identity import document_id
from ingest.table_schema import (
    META_KEYS,
    STAFFING,
    CellProblem,
    Column,
    convert,
    header_key,
    parse_date,
    validate_row,
)
from ingest.tables import (
    RowError,
    TableError,
    TableResult,
    _render_staffing,
    _sheet_grid,
    open_workbook,
    provenance_sentence,
)
from kg.model import (
    ALSO_MARK,
    POOL_CHANGES,
    POST_KINDS,
    Document,
    DocumentFacts,
    Mention,
    Provenance,
    StaffingStatement,
)

FORMAT = "编制台账工作簿"

QUOTA_CHANGES = ("核增", "核减", "划转", "划入", "划出", "调剂", "收回", "退二补一")


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[str, ...]
    kinds: tuple[str, ...]  # accepted 编制类型
    changes: tuple[str, ...]  # accepted 变动
    default_kind: str | None = None
    default_change: str | None = None
    doc: str = ""


_BASE = ("单位", "行政区划", "编制类型")
_TAIL = ("日期", "依据", "其他来源")
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("核定编制", (*_BASE, "经费形式", "变动", "数量", *_TAIL), (*POST_KINDS, "内设机构"), ("核定",),
              default_change="核定", doc="核定的编制数、内设机构数（绝对数，自该日期起生效）"),
    SheetSpec("编制变动", (*_BASE, "经费形式", "变动", "数量", "对方单位", "对方行政区划", *_TAIL), (*POST_KINDS, "内设机构"),
              (*QUOTA_CHANGES, "周转", "归还"), doc="核增、核减、划转、划入、划出、从其他单位调剂、退二补一"),
    SheetSpec("实有人员", (*_BASE, "经费形式", "变动", "数量", *_TAIL), (*POST_KINDS, "内设机构"), ("实有",),
              default_change="实有", doc="某日实有在编人数（不是编制数）"),
    SheetSpec("领导职数", (*_BASE, "职级", "变动", "数量", "对方单位", "对方行政区划", *_TAIL), ("领导职数",),
              ("核定", *QUOTA_CHANGES, "实有"), default_kind="领导职数", doc="领导职数（按职级）的核定、变动和实配人数"),
    SheetSpec("编制池", (*_BASE, "经费形式", "变动", "数量", "对方单位", "对方行政区划", *_TAIL), POST_KINDS, POOL_CHANGES,
              doc="收回空编入池、周转借出、周转归还、从编制池调剂；单位为空表示本行政区划整体"),
)
SHEET_BY_NAME = {s.name: s for s in SHEETS}
REPORT_SHEETS = ("编制情况", "编制池余额", "检查结果", "台账核对")
META_SHEET = "说明"

# columns of this workbook that the 编制 sheet of the table format does not have
EXTRA_COLUMNS = {
    "行政区划": Column("行政区划", "text", False, ("区划", "jurisdiction"), doc="the unit's place when not the workbook's"),
    "对方行政区划": Column("对方行政区划", "text", False, ("对方区划", "counterpart_jurisdiction"),
                         doc="the counterpart's place when not the workbook's"),
    "其他来源": Column("其他来源", "text", False, ("另见", "also"), doc="other reports of the same figure"),
}
COLUMN_HELP = {
    "单位": "单位名称（本行政区划的单位写简称如 县自然资源局；空 = 本行政区划整体）",
    "行政区划": "单位不属于本工作簿行政区划时填写（如 示例市）",
    "编制类型": "行政编制、事业编制、政法专项编制、工勤编制、编制、领导职数、内设机构",
    "经费形式": "全额拨款、差额拨款、自收自支（事业编制）",
    "职级": "领导职数的职级，如 正科级、副科级、局长",
    "变动": "核定、核增、核减、收回、划转、划入、划出、周转、归还、调剂、退二补一、实有",
    "数量": "整数，≥0",
    "对方单位": "划转/划入/划出/调剂的另一方",
    "对方行政区划": "对方单位不属于本工作簿行政区划时填写",
    "日期": "2019、2019-03 或 2019-03-21；空 = 记录开始以前",
    "依据": "原文句子或文号",
    "其他来源": "同一数字的其他来源（导出时填写，导入时保留）",
}


def sheet_for(kind: str, change: str, *, has_unit: bool, has_counterpart: bool) -> str:
    """The sheet a figure belongs on (the export's choice; the import accepts what
    ``SheetSpec`` allows)."""
    if kind == "领导职数":
        return "领导职数"
    if change == "实有":
        return "实有人员"
    if change == "核定":
        return "核定编制"
    if kind in POST_KINDS and (change in ("收回", "周转", "归还") or (change == "调剂" and (not has_unit or not has_counterpart))):
        return "编制池"
    return "编制变动"


# ---------------------------------------------------------------- reading


def _column(header: Any) -> Column | None:
    col = STAFFING.column(header)
    if col is not None:
        return col
    key = header_key(header)
    for extra in EXTRA_COLUMNS.values():
        if key in {header_key(a) for a in (extra.name, *extra.aliases)}:
            return extra
    if key in ("实有人数", "人数", "职数"):
        return STAFFING.column("数量")
    return None


def _find_header(grid: list[tuple[int, list[Any]]]) -> int | None:
    for idx, (_, values) in enumerate(grid[:10]):
        cols = {_column(v) for v in values if v not in (None, "")}
        if STAFFING.column("数量") in cols and (STAFFING.column("单位") in cols or STAFFING.column("编制类型") in cols):
            return idx
    return None


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Reader:
    def __init__(self, path: Path, overrides: Mapping[str, Any] | None):
        self.path = path
        self.file = path.name
        self.overrides = dict(overrides or {})
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []

    def err(self, message: str, *, sheet: str | None = None, row: int | None = None, column: str | None = None) -> None:
        self.errors.append(RowError(self.file, message, row=row, column=column, sheet=sheet))

    def warn(self, message: str, *, sheet: str | None = None, row: int | None = None, column: str | None = None) -> None:
        self.warnings.append(RowError(self.file, message, row=row, column=column, sheet=sheet))

    def read(self, data: bytes) -> DocumentFacts:
        wb = open_workbook(self.path, data)
        try:
            grids = {ws.title.strip(): _sheet_grid(ws) for ws in wb.worksheets}
        finally:
            wb.close()
        from ingest import limits

        limits.check_rows(self.file, sum(len(grid) for grid in grids.values()))
        meta = self.meta(grids.get(META_SHEET, []))
        doc = self.document(meta, data)
        facts = DocumentFacts(document=doc)
        found = False
        for name, grid in grids.items():
            if name == META_SHEET or name in REPORT_SHEETS:
                continue
            spec = SHEET_BY_NAME.get(name)
            if spec is None:
                if any(not _empty(v) for _, values in grid for v in values):
                    self.warn(f"不是编制台账的工作表（可用：{'、'.join(s.name for s in SHEETS)}），已跳过", sheet=name)
                continue
            found = True
            self.sheet(spec, grid, doc, facts)
        if not found:
            self.err(f"没有编制台账的工作表：应有 {'、'.join(s.name for s in SHEETS)} 中的至少一个")
        return facts

    def meta(self, grid: list[tuple[int, list[Any]]]) -> dict[str, Any]:
        out: dict[str, Any] = {"extra": {}}
        for row_no, values in grid:
            key = values[0] if values else None
            if _empty(key) or str(key).strip().startswith("#"):
                continue
            value = values[1] if len(values) > 1 else None
            key = str(key).strip()
            canonical = META_KEYS.get(header_key(key))
            if header_key(key) in ("项目", "键", "key") and header_key(value) in ("内容", "值", "value"):
                continue
            if canonical == "date":
                try:
                    out["date"] = parse_date(value)
                except CellProblem as exc:
                    self.err(f"日期{exc}", sheet=META_SHEET, row=row_no, column=key)
            elif canonical:
                if not _empty(value):
                    out[canonical] = str(value).strip()
            elif not _empty(value):
                out["extra"][key] = str(value).strip()
        for key, value in self.overrides.items():
            canonical = META_KEYS.get(header_key(key)) or key
            if _empty(value):
                continue
            if canonical == "date":
                try:
                    out[canonical] = parse_date(value)
                except CellProblem as exc:
                    raise TableError([RowError(self.path.name, f"覆盖的日期{exc}")], path=str(self.path)) from None
            else:
                out[canonical] = str(value).strip()
        return out

    def document(self, meta: dict[str, Any], data: bytes) -> Document:
        jurisdiction = meta.get("jurisdiction")
        if not jurisdiction:
            raise TableError(self.errors + [RowError(
                self.file, "没有指明行政区划：请在“说明”工作表中填写“行政区划”，或导入时指定行政区划")], path=str(self.path))
        doc_meta = {"format": FORMAT, **meta["extra"]}
        if meta.get("parent_jurisdiction"):
            doc_meta["上级行政区划"] = meta["parent_jurisdiction"]
        return Document(
            id=document_id(self.path, jurisdiction), title=meta.get("title") or self.path.stem, date=meta.get("date"),
            jurisdiction=jurisdiction, issuer=meta.get("issuer"), number=meta.get("number"), kind="table",
            path=str(self.path), sha256=hashlib.sha256(data).hexdigest(), meta=doc_meta)

    def sheet(self, spec: SheetSpec, grid: list[tuple[int, list[Any]]], doc: Document, facts: DocumentFacts) -> None:
        idx = _find_header(grid)
        if idx is None:
            if any(not _empty(v) for _, values in grid for v in values):
                self.err("找不到表头：前10行中没有包含“单位”（或“编制类型”）和“数量”的一行", sheet=spec.name)
            return
        header_row, headers = grid[idx]
        mapping: dict[int, tuple[Column, str]] = {}
        seen: set[str] = set()
        for i, header in enumerate(headers):
            if _empty(header):
                continue
            col = _column(header)
            shown = str(header).strip()
            if col is None:
                self.warn(f"未知列“{shown}”，已忽略", sheet=spec.name, row=header_row, column=shown)
            elif col.name in seen:
                self.warn(f"列“{col.name}”重复出现，只读取第一列", sheet=spec.name, row=header_row, column=shown)
            else:
                seen.add(col.name)
                mapping[i] = (col, shown)
        for row_no, values in grid[idx + 1:]:
            if all(_empty(v) for v in values):
                continue
            first = next(v for v in values if not _empty(v))
            if isinstance(first, str) and first.strip().startswith("#"):
                continue
            if isinstance(first, str) and first.strip() in ("合计", "小计", "总计"):
                self.warn("合计行，已跳过", sheet=spec.name, row=row_no)
                continue
            cells = {col: values[i] for i, (col, _) in mapping.items() if i < len(values) and not _empty(values[i])}
            headers_shown = {col.name: header for col, header in mapping.values()}
            st = self.row(spec, row_no, cells, headers_shown, doc)
            if st is not None:
                facts.staffing.append(st)

    def row(self, spec: SheetSpec, row_no: int, cells: dict[Column, Any], shown: dict[str, str],
            doc: Document) -> StaffingStatement | None:
        def bad(column: str | None, message: str) -> None:
            self.err(message, sheet=spec.name, row=row_no, column=shown.get(column or "", column))

        staffing_cells = {c: v for c, v in cells.items() if c.name not in EXTRA_COLUMNS}
        kind_col, change_col = STAFFING.column("编制类型"), STAFFING.column("变动")
        assert kind_col is not None and change_col is not None
        if kind_col not in staffing_cells and spec.default_kind:
            staffing_cells[kind_col] = spec.default_kind
        if change_col not in staffing_cells and spec.default_change:
            staffing_cells[change_col] = spec.default_change
        raw_change = str(staffing_cells.get(change_col, "")).strip()
        special = raw_change == "退二补一"
        if special:
            staffing_cells[change_col] = "核减"
        values, problems = validate_row(STAFFING, staffing_cells)
        extras: dict[str, Any] = {}
        for name, col in EXTRA_COLUMNS.items():
            try:
                extras[name] = convert(col, cells.get(col))
            except CellProblem as exc:
                problems.append((name, str(exc)))
        if special:
            values["变动"] = "退二补一"
        if not problems:
            if values["编制类型"] not in spec.kinds:
                problems.append(("编制类型", f"“{values['编制类型']}”不应填在“{spec.name}”工作表，请填在“"
                                 f"{sheet_for(values['编制类型'], values['变动'], has_unit=True, has_counterpart=True)}”工作表"))
            elif values["变动"] not in spec.changes:
                target = sheet_for(values["编制类型"], values["变动"], has_unit=bool(values["单位"]),
                                   has_counterpart=bool(values["对方单位"]))
                problems.append(("变动", f"“{values['变动']}”不应填在“{spec.name}”工作表（可用：{'、'.join(spec.changes)}），"
                                 f"请填在“{target}”工作表"))
            elif not values["单位"] and extras["行政区划"] and extras["行政区划"] != doc.jurisdiction:
                problems.append(("行政区划", f"单位为空的行表示本工作簿的行政区划（{doc.jurisdiction}）整体，不能填写其他行政区划"))
            elif values["变动"] == "退二补一" and values["编制类型"] != "事业编制":
                problems.append(("编制类型", "“退二补一”只用于事业编制（核销的差额拨款或自收自支编制）"))
        if problems:
            for column, message in problems:
                bad(column, message)
            return None

        def mention(name: str | None, place: str | None) -> Mention | None:
            if not name:
                return None
            return Mention(name, place if place and place != doc.jurisdiction else None)

        st = StaffingStatement(
            unit=mention(values["单位"], extras["行政区划"]), kind=values["编制类型"], change=values["变动"],
            amount=values["数量"], prov=Provenance(doc.id, row_no, row_no, ""),
            counterpart=mention(values["对方单位"], extras["对方行政区划"]), date=values["日期"],
            funding=values["经费形式"], level=values["职级"])
        sentence = provenance_sentence(values["依据"], _render_staffing(st, doc.jurisdiction), doc.number)
        if extras["其他来源"]:
            sentence += ALSO_MARK + extras["其他来源"]
        st.prov = Provenance(doc.id, row_no, row_no, sentence)
        return st


def read_ledger_workbook(path: str | Path, *, skip_bad_rows: bool = False,
                         overrides: Mapping[str, Any] | None = None) -> TableResult:
    """Read a staffing ledger workbook into one document's facts (staffing statements only).
    With ``skip_bad_rows`` False any bad row raises ``TableError`` listing every problem."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise TableError([RowError(path.name, "编制台账工作簿应为 .xlsx 格式的 Excel 文件")], path=str(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TableError([RowError(path.name, "文件不存在")], path=str(path)) from None
    reader = _Reader(path, overrides)
    facts = reader.read(data)
    if not facts.staffing and not reader.errors:
        reader.warn("工作簿中没有编制记录")
    if reader.errors and not skip_bad_rows:
        raise TableError(reader.errors, path=str(path))
    return TableResult(facts, reader.errors, reader.warnings)


def is_ledger_workbook(path: str | Path) -> bool:
    """Whether an .xlsx file is laid out as a staffing ledger workbook (a sheet named 核定编制,
    编制变动, 实有人员, 领导职数 or 编制池)."""
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, read_only=True)
    except Exception:  # noqa: BLE001
        return False
    try:
        return any(ws.title.strip() in SHEET_BY_NAME for ws in wb.worksheets)
    finally:
        wb.close()


def import_ledger_workbooks(store: Any, paths: Iterable[str | Path], *, overrides: Mapping[str, Any] | None = None,
                            skip_bad_rows: bool = False, exclusive: Any = None) -> list[Any]:
    """Ingest staffing ledger workbooks: ``ingest.pipeline.ingest_paths`` with every file read
    as a ledger (one transaction per file, one bad file never stops the others)."""
    from ingest.pipeline import Overrides, ingest_paths

    given = dict(overrides or {})
    return ingest_paths(store, paths, skip_bad_rows=skip_bad_rows, ledger_only=True, exclusive=exclusive,
                        overrides=Overrides(date=given.get("date"), jurisdiction=given.get("jurisdiction"),
                                            title=given.get("title")))


# ---------------------------------------------------------------- writing


@dataclass
class Report:
    """A computed sheet added to an export (not read back)."""

    name: str
    headers: list[str]
    rows: list[list[Any]]
    widths: list[int] | None = None


def write_ledger_workbook(meta: list[tuple[str, Any]], rows: Mapping[str, list[dict[str, Any]]],
                          reports: Iterable[Report] = ()) -> bytes:
    """An .xlsx: the 说明 sheet (``meta`` key/value rows), the five ledger sheets with
    ``rows[sheet]`` (dicts keyed by column name), then the report sheets."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    head_font = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="E3EDF9")
    wrap = Alignment(wrap_text=True, vertical="top")
    ws = wb.active
    ws.title = META_SHEET
    ws.append(["项目", "内容"])
    for key, value in meta:
        ws.append([key, value])
    ws.append([])
    ws.append(["", "", "", "填写说明"])
    ws.cell(ws.max_row, 4).font = head_font
    for spec in SHEETS:
        ws.append(["", "", "", f"{spec.name}：{spec.doc}"])
    for column, text in COLUMN_HELP.items():
        ws.append(["", "", "", f"{column}：{text}"])
    for cell in ws[1]:
        cell.font, cell.fill = head_font, head_fill
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["D"].width = 80
    widths = {"单位": 28, "行政区划": 10, "编制类型": 12, "经费形式": 10, "职级": 10, "变动": 8, "数量": 7,
              "对方单位": 26, "对方行政区划": 10, "日期": 11, "依据": 60, "其他来源": 40}
    for spec in SHEETS:
        sheet = wb.create_sheet(spec.name)
        sheet.append(list(spec.columns))
        for cell in sheet[1]:
            cell.font, cell.fill = head_font, head_fill
        for item in rows.get(spec.name, []):
            sheet.append([item.get(c) for c in spec.columns])
        for i, column in enumerate(spec.columns, start=1):
            letter = get_column_letter(i)
            sheet.column_dimensions[letter].width = widths.get(column, 12)
            if column in ("日期", "单位", "对方单位", "依据", "其他来源"):
                for cell in sheet[letter][1:]:
                    cell.number_format = "@"
                    if column in ("依据", "其他来源"):
                        cell.alignment = wrap
        sheet.freeze_panes = "A2"
    for report in reports:
        sheet = wb.create_sheet(report.name)
        sheet.append(report.headers)
        for cell in sheet[1]:
            cell.font, cell.fill = head_font, head_fill
        for values in report.rows:
            sheet.append(values)
        for i, _ in enumerate(report.headers, start=1):
            width = (report.widths or [])[i - 1] if report.widths and i - 1 < len(report.widths) else 14
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def workbook_rows(data: bytes) -> dict[str, list[list[Any]]]:
    """Every sheet's cell values (for comparing two exports)."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    try:
        return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}
    finally:
        wb.close()


__all__ = ["FORMAT", "REPORT_SHEETS", "SHEETS", "Report", "SheetSpec", "import_ledger_workbooks", "is_ledger_workbook",
           "read_ledger_workbook", "sheet_for", "workbook_rows", "write_ledger_workbook"]
