"""Structured ingest: ledger files (台账) in csv, xlsx, json or yaml → one ``DocumentFacts``.

    result = read_table("示例县台账.xlsx", skip_bad_rows=True)
    result.facts      # DocumentFacts: units, duties, events, staffing, boundaries
    result.errors     # bad rows (RowError), each naming file, sheet, row and column
    result.warnings   # not fatal: unknown columns, skipped sheets, total rows …

Each format has a small reader that turns the file into raw rows (header → value); the
columns, their aliases and the row validation live in ``ingest.table_schema`` and are the
same for every format. The document id is ingest.identity.document_id (jurisdiction + file name), so
re-ingesting an edited ledger replaces the earlier version. Every statement's provenance
points at its row: ``start == end == row number`` as the user sees it (in a workbook the
header is usually row 1; JSON/YAML records are numbered the same way, the first record of a
list being row 2, so a YAML ledger and the workbook built from it cite the same rows).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ingest.identity import document_id
from ingest.table_schema import (
    META_KEYS,
    RECORD_TYPES,
    CellProblem,
    Column,
    RecordType,
    detect_record_type,
    header_key,
    is_meta_section,
    parse_date,
    record_type_named,
    validate_row,
)
from kg.errors import IngestError
from kg.model import (
    EVENT_LABELS,
    BoundaryStatement,
    Document,
    DocumentFacts,
    DutyMove,
    DutyStatement,
    EventStatement,
    EventType,
    Mention,
    Provenance,
    StaffingStatement,
    UnitStatement,
)

__all__ = ["RowError", "TableError", "TableResult", "SUPPORTED_SUFFIXES", "read_table"]

# ---------------------------------------------------------------- results and errors


@dataclass
class RowError:
    """One problem, located as the user sees it.

    style: "sheet" (xlsx: 工作表 + 行), "csv" (行) or "record" (json/yaml: section + 第N条).
    row: the row number (xlsx/csv) or the provenance row of a json/yaml record.
    """

    file: str
    message: str
    row: int | None = None
    column: str | None = None
    sheet: str | None = None
    record: int | None = None
    line: int | None = None
    style: str = "sheet"

    def __str__(self) -> str:
        where = self.file
        if self.style == "record" and self.record is not None:
            where += f" “{self.sheet}” 第{self.record}条" + (f"（第{self.line}行）" if self.line else "")
            if self.column:
                where += f" “{self.column}”"
        else:
            if self.sheet and self.style == "sheet":
                where += f" 工作表“{self.sheet}”"
            elif self.sheet:
                where += f" “{self.sheet}”"
            if self.row is not None:
                where += f" 第{self.row}行"
            if self.column:
                where += f" “{self.column}”列"
        return f"{where}：{self.message}"


class TableError(IngestError):
    """The file, or some of its rows, cannot be used. ``errors`` lists every problem."""

    code = "table_error"

    def __init__(self, errors: list[RowError], *, path: str | None = None):
        self.errors = errors
        name = errors[0].file if errors else (Path(path).name if path else "表格")
        if len(errors) == 1 and errors[0].row is None and errors[0].record is None:
            message = str(errors[0])
        else:
            listed = "\n".join(f"- {e}" for e in errors)
            message = f"{name} 有 {len(errors)} 处错误，未导入：\n{listed}"
        super().__init__(message, path=path)


@dataclass
class TableResult:
    facts: DocumentFacts
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)


# ---------------------------------------------------------------- raw rows (reader output)


@dataclass
class _Row:
    row: int  # provenance row number
    cells: dict[Column, Any]
    raw: dict[str, Any]  # canonical column name -> raw value (for rendering the type word)
    record: int | None = None
    line: int | None = None


@dataclass
class _Section:
    rtype: RecordType
    sheet: str | None
    rows: list[_Row] = field(default_factory=list)


@dataclass
class _MetaItem:
    key: str  # canonical key (title, …) or the key as written
    value: Any
    row: int | None = None
    record: int | None = None
    line: int | None = None
    sheet: str | None = None


@dataclass
class _Raw:
    file: str
    fmt: str
    style: str
    meta: list[_MetaItem] = field(default_factory=list)
    sections: list[_Section] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)

    def error(self, message: str, **where: Any) -> None:
        self.errors.append(RowError(self.file, message, style=self.style, **where))

    def warn(self, message: str, **where: Any) -> None:
        self.warnings.append(RowError(self.file, message, style=self.style, **where))


_TOTAL_WORDS = {"合计", "小计", "总计", "合 计"}


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _map_headers(raw: _Raw, rtype: RecordType, headers: list[Any], *, row: int, sheet: str | None) -> dict[int, Column]:
    """Column index → Column; unknown and repeated headers become warnings."""
    mapping: dict[int, Column] = {}
    seen: set[str] = set()
    for i, header in enumerate(headers):
        if _empty(header):
            continue
        col = rtype.column(header)
        if col is None:
            raw.warn(f"未知列“{str(header).strip()}”，已忽略", row=row, sheet=sheet, column=str(header).strip())
        elif col.name in seen:
            raw.warn(f"列“{col.name}”重复出现，只读取第一列", row=row, sheet=sheet, column=str(header).strip())
        else:
            seen.add(col.name)
            mapping[i] = col
    return mapping


def _rows_from_grid(raw: _Raw, rtype: RecordType, grid: list[tuple[int, list[Any]]], mapping: dict[int, Column],
                    sheet: str | None) -> _Section:
    from ingest import limits

    limits.check_rows(raw.file, len(grid))
    section = _Section(rtype, sheet)
    for k, (row_no, values) in enumerate(grid):
        if k % 1000 == 999:
            limits.check_time("读取表格")
        if all(_empty(v) for v in values):
            continue
        first = next(v for v in values if not _empty(v))
        if isinstance(first, str) and first.strip().startswith("#"):
            continue
        if isinstance(first, str) and first.strip() in _TOTAL_WORDS:
            raw.warn("合计行，已跳过", row=row_no, sheet=sheet)
            continue
        cells: dict[Column, Any] = {}
        for i, col in mapping.items():
            value = values[i] if i < len(values) else None
            if not _empty(value):
                cells[col] = value
        section.rows.append(_Row(row_no, cells, {c.name: v for c, v in cells.items()}))
    return section


def _find_header(grid: list[tuple[int, list[Any]]], rtype: RecordType | None,
                 limit: int = 10) -> tuple[int, RecordType] | None:
    """Index in grid of the header row (the first rows may hold a title)."""
    for idx, (_, values) in enumerate(grid[:limit]):
        headers = [v for v in values if not _empty(v)]
        if not headers:
            continue
        if rtype is not None:
            cols = {rtype.column(h) for h in headers}
            if all(c in cols for c in rtype.required):
                return idx, rtype
        else:
            found, _ = detect_record_type(headers)
            if found is not None:
                return idx, found
    return None


# ---------------------------------------------------------------- xlsx


def _excel_date(value: dt.datetime | dt.date, number_format: str) -> str:
    """An Excel date cell as a partial date, with the precision its display format shows."""
    day = value.date() if isinstance(value, dt.datetime) else value
    fmt = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", (number_format or "").lower())
    if "d" in fmt or "general" in fmt or not fmt:
        return day.isoformat()
    if "m" in fmt:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _cell(cell: Any) -> Any:
    value = cell.value
    if isinstance(value, dt.datetime | dt.date):
        return _excel_date(value, cell.number_format)
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


def open_workbook(path: Path, data: bytes) -> Any:
    """An .xlsx file's workbook, its cells' values (not formulas); a file openpyxl cannot open is a TableError saying
    so. The caller closes it."""
    import openpyxl  # local: only xlsx needs it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure here means the file is unusable
        raise TableError([RowError(path.name, f"无法打开：文件已损坏，或不是 .xlsx 格式的 Excel 工作簿（{type(exc).__name__}）")],
                         path=str(path)) from None


def _read_xlsx(path: Path, data: bytes) -> _Raw:
    raw = _Raw(path.name, "xlsx", "sheet")
    wb = open_workbook(path, data)
    try:
        sheets = list(wb.worksheets)
        # 说明 first, then 单位 (other sheets may refer to units it declares), then the rest in order
        order = {"units": 0}
        sheets.sort(key=lambda ws: (0 if is_meta_section(ws.title) else 1,
                                    order.get(getattr(record_type_named(ws.title), "key", ""), 1)))
        for ws in sheets:
            grid = _sheet_grid(ws)
            if is_meta_section(ws.title):
                _meta_from_grid(raw, grid, ws.title)
                continue
            named = record_type_named(ws.title)
            if not any(not _empty(v) for _, values in grid for v in values):
                continue
            found = _find_header(grid, named)
            if found is None:
                if named is not None:
                    missing = "、".join(f"“{c.name}”" for c in named.required)
                    raw.error(f"找不到表头：前10行中没有包含必填列{missing}的一行", sheet=ws.title)
                else:
                    raw.warn("不是可识别的记录类型（单位、职责、事件、编制、分工、说明），已跳过", sheet=ws.title)
                continue
            idx, rtype = found
            header_row, headers = grid[idx]
            mapping = _map_headers(raw, rtype, headers, row=header_row, sheet=ws.title)
            raw.sections.append(_rows_from_grid(raw, rtype, grid[idx + 1:], mapping, ws.title))
    finally:
        wb.close()
    return raw


def _sheet_grid(ws: Any) -> list[tuple[int, list[Any]]]:
    merged: dict[tuple[int, int], Any] = {}
    for rng in ws.merged_cells.ranges:
        top = _cell(ws.cell(rng.min_row, rng.min_col))
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                merged[(r, c)] = top
    grid = []
    for r, row in enumerate(ws.iter_rows(min_row=1, min_col=1), start=1):
        values = []
        for c, cell in enumerate(row, start=1):
            value = _cell(cell)
            if value is None and (r, c) in merged:
                value = merged[(r, c)]
            values.append(value)
        grid.append((r, values))
    return grid


def _meta_from_grid(raw: _Raw, grid: list[tuple[int, list[Any]]], sheet: str) -> None:
    for row_no, values in grid:
        cells = [v for v in values if not _empty(v)]
        if not cells:
            continue
        key = str(values[0]).strip() if not _empty(values[0]) else ""
        value = values[1] if len(values) > 1 else None
        if not key or header_key(key) in {"项目", "字段", "键", "key", "名称"} and header_key(value) in {"内容", "值", "value"}:
            continue
        raw.meta.append(_MetaItem(key, value, row=row_no, sheet=sheet))


# ---------------------------------------------------------------- csv

_TYPE_LINE = re.compile(r"^#\s*(类型|type|记录类型)\s*[:：]\s*(.+?)\s*$", re.IGNORECASE)
_META_LINE = re.compile(r"^#\s*([^:：]+?)\s*[:：]\s*(.*?)\s*$")


def _decode(path: Path, data: bytes, raw_file: str) -> str:
    """The text readers' decoding (BOMs, UTF-16, UTF-8, GB18030, garble checks)."""
    from ingest.readers.base import ReadError
    from ingest.readers.text import decode_bytes

    try:
        text, _ = decode_bytes(path, data)
    except ReadError as exc:
        raise TableError([RowError(raw_file, f"无法识别文件编码：{exc.reason}（CSV 请另存为 UTF-8 或 GBK 编码）", style="csv")],
                         path=str(path)) from None
    return text.removeprefix("\ufeff")


def _read_csv(path: Path, data: bytes) -> _Raw:
    raw = _Raw(path.name, "csv", "csv")
    text = _decode(path, data, path.name).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    named: RecordType | None = None
    type_row: int | None = None
    skip = 0
    for line in lines:
        if not line.startswith("#"):
            break
        skip += 1
        m = _TYPE_LINE.match(line)
        if m:
            type_row = skip
            named = record_type_named(m.group(2))
            if named is None:
                raw.error(f"未知的记录类型“{m.group(2)}”，可选：单位、职责、事件、编制、分工", row=skip)
            continue
        m = _META_LINE.match(line)
        if m:
            raw.meta.append(_MetaItem(m.group(1), m.group(2) or None, row=skip))
    body = "\n".join(lines[skip:])
    first = next((ln for ln in lines[skip:] if ln.strip()), "")
    delimiter = "\t" if "\t" in first and "," not in first else ","
    try:
        records = list(csv.reader(io.StringIO(body), delimiter=delimiter))
    except csv.Error as exc:
        raise TableError([RowError(path.name, f"CSV 格式错误：{exc}", style="csv")], path=str(path)) from None
    grid = [(skip + i, rec) for i, rec in enumerate(records, start=1)]
    if raw.errors:
        return raw
    if not any(not _empty(v) for _, rec in grid for v in rec):
        raw.warn("文件中没有记录")
        return raw
    found = _find_header(grid, named)
    if found is None:
        if named is not None:
            missing = "、".join(f"“{c.name}”" for c in named.required)
            raw.error(f"类型为“{named.name}”，但找不到包含必填列{missing}的表头", row=type_row)
        else:
            headers = [v for v in next(rec for _, rec in grid if any(not _empty(v) for v in rec)) if not _empty(v)]
            _, reason = detect_record_type(headers)
            raw.error(f"{reason}：请在第一行写“# 类型: 单位”（或 职责、事件、编制、分工），或使用规定的列名")
        return raw
    idx, rtype = found
    header_row, headers = grid[idx]
    mapping = _map_headers(raw, rtype, headers, row=header_row, sheet=None)
    raw.sections.append(_rows_from_grid(raw, rtype, grid[idx + 1:], mapping, None))
    return raw


# ---------------------------------------------------------------- json / yaml


def _read_mapping(path: Path, data: Any, fmt: str, lines: dict[str, list[int | None]] | None = None) -> _Raw:
    raw = _Raw(path.name, fmt, "record")
    if not isinstance(data, dict):
        raw.error("顶层应为一个映射：“文件”（说明）以及“单位”“职责”“事件”“编制”“分工”等记录列表")
        return raw
    lines = lines or {}
    keys = list(data)
    keys.sort(key=lambda k: (0 if is_meta_section(k) else 1,
                             0 if getattr(record_type_named(k), "key", "") == "units" else 1))
    for key in keys:
        value = data[key]
        if is_meta_section(key):
            if value is None:
                continue
            if not isinstance(value, dict):
                raw.error(f"“{key}”应为“键: 值”形式的说明")
                continue
            for k, v in value.items():
                raw.meta.append(_MetaItem(str(k), v, sheet=str(key)))
            continue
        rtype = record_type_named(key)
        if rtype is None:
            raw.warn(f"未知的部分“{key}”，已忽略（可用：文件、单位、职责、事件、编制、分工）")
            continue
        if value is None:
            continue
        if not isinstance(value, list):
            raw.error(f"“{key}”应为记录列表", sheet=str(key))
            continue
        from ingest import limits

        limits.check_rows(raw.file, len(value))
        section = _Section(rtype, str(key))
        unknown: set[str] = set()
        key_lines = lines.get(str(key), [])
        for n, item in enumerate(value, start=1):
            line = key_lines[n - 1] if n - 1 < len(key_lines) else None
            row_no = n + 1
            if item is None:
                continue
            if not isinstance(item, dict):
                raw.error("应为“列名: 值”形式的记录", sheet=str(key), record=n, row=row_no, line=line)
                continue
            cells: dict[Column, Any] = {}
            for k, v in item.items():
                col = rtype.column(k)
                if col is None:
                    if str(k) not in unknown:
                        unknown.add(str(k))
                        raw.warn(f"未知列“{k}”，已忽略", sheet=str(key), record=n, row=row_no, line=line, column=str(k))
                    continue
                if not _empty(v) and v != []:
                    cells[col] = v
            section.rows.append(_Row(row_no, cells, {c.name: v for c, v in cells.items()}, record=n, line=line))
        raw.sections.append(section)
    return raw


def _read_json(path: Path, data: bytes) -> _Raw:
    try:
        text = data.decode("utf-8-sig")
        parsed = json.loads(text)
    except UnicodeDecodeError:
        raise TableError([RowError(path.name, "无法识别文件编码，JSON 文件应为 UTF-8 编码", style="record")],
                         path=str(path)) from None
    except json.JSONDecodeError as exc:
        raise TableError([RowError(path.name, f"JSON 格式错误（第{exc.lineno}行第{exc.colno}列）：{exc.msg}",
                                   style="record")], path=str(path)) from None
    return _read_mapping(path, parsed, "json")


def _read_yaml(path: Path, data: bytes) -> _Raw:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError([RowError(path.name, "无法识别文件编码，YAML 文件应为 UTF-8 编码", style="record")],
                         path=str(path)) from None
    try:
        # one parse: the node tree gives line numbers, the same tree gives the data
        loader = yaml.SafeLoader(text)
        try:
            node = loader.get_single_node()
            parsed = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"（第{mark.line + 1}行）" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise TableError([RowError(path.name, f"YAML 格式错误{where}：{problem}", style="record")],
                         path=str(path)) from None
    lines: dict[str, list[int | None]] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(value_node, yaml.SequenceNode):
                lines[str(key_node.value)] = [item.start_mark.line + 1 for item in value_node.value]
    return _read_mapping(path, parsed, "yaml", lines)


_READERS: dict[str, Callable[[Path, bytes], _Raw]] = {
    ".xlsx": _read_xlsx,
    ".xlsm": _read_xlsx,
    ".csv": _read_csv,
    ".json": _read_json,
    ".yaml": _read_yaml,
    ".yml": _read_yaml,
}
SUPPORTED_SUFFIXES = tuple(_READERS)


# ---------------------------------------------------------------- from rows to statements

_OVERRIDE_KEYS = {**META_KEYS}
_REFERENCE = re.compile(r"〔\d{4}〕|\[\d{4}\]|［\d{4}］|【\d{4}】|（\d{4}）\d+号|\(\d{4}\)\d+号|第\d+号$|号$|纪要$")
_WHOLE_DUTY = {"全部职责", "全部", "职责", "所有职责"}
_DUTY_WORD = re.compile(r"(职责|职能|工作|任务)$")


def _is_reference(text: str) -> bool:
    """A 依据 that cites a document (文号 or 《title》) rather than quoting a sentence. A text
    that already says where it is from ("…（来源：…）", as exports write it) is a sentence."""
    if "来源" in text:
        return False
    t = text.strip().strip("（）()")
    if t.endswith(("。", "；", "！", "？", ";")):
        return False
    return bool(_REFERENCE.search(t)) or (t.startswith("《") and t.endswith("》"))


def provenance_sentence(basis: str | None, rendered: str, number: str | None) -> str:
    """The sentence a row's facts cite: its 依据 when that quotes a sentence, else the row
    rendered as one, with the document it cites (or the file's 文号) as its source."""
    if basis and not _is_reference(basis):
        return basis
    ref = basis or number
    return f"{rendered}（来源：{ref}）" if ref else rendered


class _Builder:
    def __init__(self, path: Path, raw: _Raw, overrides: Mapping[str, Any] | None):
        self.path = path
        self.raw = raw
        self.overrides = overrides or {}
        self.errors: list[RowError] = list(raw.errors)
        self.warnings: list[RowError] = list(raw.warnings)
        self.declared: dict[str, str] = {}

    def err(self, message: str, *, at: _Row | _MetaItem | None = None, sheet: str | None = None,
            column: str | None = None) -> None:
        where: dict[str, Any] = {"sheet": sheet}
        if at is not None:
            where.update(row=at.row, record=at.record, line=at.line)
            if isinstance(at, _MetaItem):
                where["sheet"] = at.sheet
        self.errors.append(RowError(self.raw.file, message, column=column, style=self.raw.style, **where))

    # ------------------------------------------------------------ document
    def document(self, typed: dict[str, list[tuple[_Row, dict[str, Any]]]], data: bytes) -> Document:
        meta: dict[str, Any] = {}
        extra: dict[str, str] = {}
        for item in self.raw.meta:
            canonical = META_KEYS.get(header_key(item.key)) or META_KEYS.get(item.key.strip())
            value = item.value
            if canonical is None:
                if not _empty(value):
                    extra[item.key.strip()] = str(value).strip()
                continue
            if canonical == "date":
                try:
                    meta["date"] = parse_date(value)
                except CellProblem as exc:
                    self.err(f"日期{exc}", at=item, column=item.key)
                continue
            if not _empty(value):
                meta[canonical] = str(value).strip()
        for key, value in self.overrides.items():
            canonical = _OVERRIDE_KEYS.get(key) or _OVERRIDE_KEYS.get(header_key(key))
            if canonical is None:
                raise ValueError(f"未知的覆盖项“{key}”，可用：title、jurisdiction、date、issuer、number、parent_jurisdiction")
            if _empty(value):
                continue
            if canonical == "date":
                try:
                    meta["date"] = parse_date(value)
                except CellProblem as exc:
                    raise TableError([RowError(self.raw.file, f"覆盖的日期{exc}", style=self.raw.style)],
                                     path=str(self.path)) from None
            else:
                meta[canonical] = str(value).strip()
        jurisdiction = meta.get("jurisdiction")
        if not jurisdiction:
            places = {v["行政区划"] for _, v in typed.get("units", []) if v["行政区划"]}
            if len(places) == 1:
                jurisdiction = places.pop()
        if not jurisdiction:
            raise TableError(self.errors + [RowError(
                self.raw.file, "没有指明行政区划：请在“说明”中填写“行政区划”，或导入时指定行政区划（--jurisdiction）",
                style=self.raw.style)], path=str(self.path))
        doc_meta = {"format": self.raw.fmt, **extra}
        if meta.get("parent_jurisdiction"):
            doc_meta["上级行政区划"] = meta["parent_jurisdiction"]
        return Document(
            id=document_id(self.path, jurisdiction),
            title=meta.get("title") or self.path.stem,
            date=meta.get("date"),
            jurisdiction=jurisdiction,
            issuer=meta.get("issuer"),
            number=meta.get("number"),
            kind="table",
            path=str(self.path),
            sha256=hashlib.sha256(data).hexdigest(),
            meta=doc_meta,
        )

    # ------------------------------------------------------------ helpers
    def m(self, name: str) -> Mention:
        return Mention(name, self.declared.get(name))

    def prov(self, row: _Row, sentence: str) -> Provenance:
        return Provenance(self.doc.id, row.row, row.row, sentence)

    def sentence(self, basis: str | None, rendered: str) -> str:
        return provenance_sentence(basis, rendered, self.doc.number)

    # ------------------------------------------------------------ build
    def build(self, data: bytes) -> DocumentFacts:
        typed: dict[str, list[tuple[_Row, dict[str, Any]]]] = {r.key: [] for r in RECORD_TYPES}
        for section in self.raw.sections:
            for row in section.rows:
                values, problems = validate_row(section.rtype, row.cells)
                if problems:
                    for column, message in problems:
                        self.err(message, at=row, sheet=section.sheet, column=column)
                else:
                    typed[section.rtype.key].append((row, values))
        self.doc = self.document(typed, data)
        facts = DocumentFacts(document=self.doc)
        jur = self.doc.jurisdiction
        seen_units: set[tuple[str, str | None, str | None]] = set()
        for _, v in typed["units"]:
            place = v["行政区划"]
            if place and place != jur:
                for name in (v["名称"], *v["简称/别名"]):
                    self.declared.setdefault(name, place)
        for row, v in typed["units"]:
            key = (v["名称"], v["行政区划"], v["成立日期"])
            if key in seen_units:
                self.warnings.append(RowError(self.raw.file, f"单位“{v['名称']}”重复登记", row=row.row,
                                              record=row.record, line=row.line, style=self.raw.style))
            seen_units.add(key)
            facts.units.append(self.unit(row, v))
        for row, v in typed["duties"]:
            facts.duties.append(DutyStatement(
                unit=self.m(v["单位"]), text=v["职责"], prov=self.prov(row, v["职责"]), item=v["序号"],
                category=v["类别"] or "主要职责", role=v["角色"], valid_from=v["起始日期"]))
        for row, v in typed["events"]:
            facts.events.append(self.event(row, v))
        for row, v in typed["staffing"]:
            facts.staffing.append(self.staffing(row, v))
        for row, v in typed["boundaries"]:
            facts.boundaries.append(BoundaryStatement(units=[self.m(n) for n in v["单位"]], text=v["内容"],
                                                      prov=self.prov(row, v["内容"])))
        return facts

    def unit(self, row: _Row, v: dict[str, Any]) -> UnitStatement:
        place = v["行政区划"] if v["行政区划"] and v["行政区划"] != self.doc.jurisdiction else None
        parts = [p for p in (v["机构类别"], v["规格"]) if p]
        if v["上级单位"]:
            parts.append(_relation_phrase(v["上级单位"], v["隶属关系"]))
        if v["加挂牌子"]:
            parts.append(f"加挂{'、'.join(v['加挂牌子'])}牌子")
        if v["简称/别名"]:
            parts.append(f"又称{'、'.join(v['简称/别名'])}")
        if v["成立日期"]:
            parts.append(f"{v['成立日期']}成立")
        if v["撤销日期"]:
            parts.append(f"{v['撤销日期']}撤销")
        label = f"{v['名称']}（{place}）" if place else v["名称"]
        rendered = f"{label}：{'，'.join(parts)}" if parts else label
        return UnitStatement(
            unit=Mention(v["名称"], place),
            prov=self.prov(row, self.sentence(None, rendered)),
            kind=v["机构类别"], rank=v["规格"],
            parent=self.m(v["上级单位"]) if v["上级单位"] else None,
            parent_relation=v["隶属关系"],
            signs=list(v["加挂牌子"]), aliases=list(v["简称/别名"]),
            valid_from=v["成立日期"], valid_to=v["撤销日期"],
        )

    def event(self, row: _Row, v: dict[str, Any]) -> EventStatement:
        t = EventType(v["类型"])
        ins = [self.m(n) for n in v["来源单位"]]
        outs = [self.m(n) for n in v["结果单位"]]
        moves = []
        for source, text in v["划转职责"]:
            giver = self.m(source) if source else (ins[0] if ins else None)
            moves.append(DutyMove(giver, text, whole=text in _WHOLE_DUTY))
        ev = EventStatement(type=t, prov=Provenance(self.doc.id, row.row, row.row, ""), date=v["日期"],
                            rank=v["规格"], kind=v["机构类别"], relation=v["隶属关系"])
        if t in (EventType.ESTABLISH, EventType.RE_FORM, EventType.MERGE_INTO, EventType.RENAME):
            ev.inputs, ev.outputs, ev.duties = ins, outs, moves
            if v["上级单位"]:
                ev.parent = self.m(v["上级单位"])
        elif t == EventType.TRANSFER_DUTY:
            givers = list(dict.fromkeys(m.source for m in moves if m.source))
            ev.inputs, ev.outputs, ev.duties = ins or givers, outs, moves
        elif t == EventType.TRANSFER_UNIT:
            ev.inputs = ins
            ev.outputs = outs or [self.m(v["上级单位"])]
        elif t in (EventType.ADD_SIGN, EventType.REMOVE_SIGN):
            if v["牌子"]:
                ev.inputs, ev.sign = ins or outs, v["牌子"]
            else:  # 来源单位 = the host, 结果单位 = the sign (as the extractors' gold writes it)
                ev.inputs, ev.sign = ins, v["结果单位"][0]
        elif t in (EventType.UPGRADE, EventType.DOWNGRADE, EventType.CHANGE_KIND):
            ev.inputs = ins or outs
            ev.outputs = list(ev.inputs)
            if v["上级单位"]:
                ev.parent = self.m(v["上级单位"])
        elif t == EventType.CO_LOCATE:
            ev.inputs = list(dict.fromkeys([*ins, *outs]))
        else:  # abolish, staffing_change
            ev.inputs, ev.outputs, ev.duties = ins or outs, (outs if ins else []), moves
        raw_word = str(row.raw.get("类型", "")).strip()
        word = raw_word if raw_word and not raw_word.isascii() else EVENT_LABELS[t]
        rendered = _render_event(ev, word, v)
        ev.prov = self.prov(row, self.sentence(v["依据"], rendered))
        return ev

    def staffing(self, row: _Row, v: dict[str, Any]) -> StaffingStatement:
        st = StaffingStatement(
            unit=self.m(v["单位"]) if v["单位"] else None, kind=v["编制类型"], change=v["变动"], amount=v["数量"],
            prov=Provenance(self.doc.id, row.row, row.row, ""),
            counterpart=self.m(v["对方单位"]) if v["对方单位"] else None,
            date=v["日期"], funding=v["经费形式"], level=v["职级"])
        rendered = _render_staffing(st, self.doc.jurisdiction)
        st.prov = self.prov(row, self.sentence(v["依据"], rendered))
        return st


def _names(ms: list[Mention]) -> str:
    return "、".join(m.name for m in ms)


def _relation_phrase(parent: str, relation: str | None) -> str:
    return {
        None: f"由{parent}管理", "管理": f"由{parent}管理", "代管": f"由{parent}代管", "所属": f"{parent}所属",
        "内设": f"{parent}内设机构", "主管": f"主管部门为{parent}", "领导": f"由{parent}领导",
    }.get(relation, f"由{parent}{relation}")


def _duty_phrase(move: DutyMove) -> str:
    text = move.text if _DUTY_WORD.search(move.text) else f"{move.text}职责"
    if move.whole:
        text = "职责"
    return f"{move.source.name}的{text}" if move.source else text


def _render_event(ev: EventStatement, word: str, v: dict[str, Any]) -> str:
    d = f"{ev.date} " if ev.date else ""
    ins, outs = _names(ev.inputs), _names(ev.outputs)
    duties = "、".join(_duty_phrase(m) for m in ev.duties)
    t = ev.type
    if t == EventType.ESTABLISH:
        text = f"{d}{word}{outs}"
        if ins:
            text += f"（整合{ins}）"
        if duties:
            text += f"，划入{duties}"
        if ev.kind:
            text += f"，作为{ev.kind}"
        if ev.rank:
            text += f"，为{ev.rank}"
        if ev.parent:
            text += f"，{_relation_phrase(ev.parent.name, ev.relation)}"
        return text
    if t == EventType.RE_FORM:
        text = f"{d}在{ins}基础上{word}{outs}" if ins else f"{d}{word}{outs}"
        return text + (f"，划入{duties}" if duties else "")
    if t == EventType.ABOLISH:
        return f"{d}{word}{ins}"
    if t == EventType.MERGE_INTO:
        return f"{d}{ins}并入{outs}" + (f"，划入{duties}" if duties else "")
    if t == EventType.RENAME:
        return f"{d}{ins}更名为{outs}"
    if t == EventType.TRANSFER_DUTY:
        return f"{d}将{duties}划入{outs}"
    if t == EventType.TRANSFER_UNIT:
        parent = ev.outputs[0].name if ev.outputs else ""
        phrase = {None: f"改由{parent}管理", "管理": f"改由{parent}管理", "代管": f"改由{parent}代管",
                  "所属": f"划归{parent}，为其所属单位", "内设": f"调整为{parent}内设机构",
                  "主管": f"改由{parent}主管", "领导": f"改由{parent}领导"}.get(ev.relation, f"改由{parent}管理")
        return f"{d}{ins}{phrase}"
    if t == EventType.ADD_SIGN:
        return f"{d}{ins}加挂{ev.sign}牌子"
    if t == EventType.REMOVE_SIGN:
        return f"{d}{ins}不再保留{ev.sign}牌子"
    if t == EventType.UPGRADE:
        return f"{d}{ins}升格为{ev.rank}"
    if t == EventType.DOWNGRADE:
        return f"{d}{ins}降格为{ev.rank}"
    if t == EventType.CHANGE_KIND:
        return f"{d}{ins}调整为{ev.kind}"
    if t == EventType.CO_LOCATE:
        return f"{d}{ins}合署办公"
    return f"{d}{ins}{word}"


def _render_staffing(st: StaffingStatement, jurisdiction: str | None) -> str:
    d = f"{st.date} " if st.date else ""
    unit = st.unit.name if st.unit else (jurisdiction or "")
    measure = "个" if st.kind == "内设机构" else "名"
    kind = st.kind
    if st.kind == "领导职数" and st.level:
        kind = f"{st.level}领导职数"
    elif st.funding:
        kind = f"{st.funding}{st.kind}"
    n = f"{st.amount}{measure}"
    cp = st.counterpart.name if st.counterpart else None
    text = {
        "核定": f"核定{unit}{kind}{n}",
        "核增": f"为{unit}核增{kind}{n}",
        "核减": f"核减{unit}{kind}{n}",
        "收回": f"收回{unit}空余{kind}{n}" if st.unit else f"{unit}共收回空余{kind}{n}",
        "划转": f"将{unit}{kind}{n}划转至{cp}" if cp else f"划转{unit}{kind}{n}",
        "划入": f"将{cp}{kind}{n}划入{unit}" if cp else f"向{unit}划入{kind}{n}",
        "划出": f"将{unit}{kind}{n}划出至{cp}" if cp else f"从{unit}划出{kind}{n}",
        "周转": f"从周转编制池为{unit}周转使用{kind}{n}",
        "归还": f"{unit}向周转编制池归还{kind}{n}",
        "调剂": f"为{unit}调剂{kind}{n}" + (f"（从{cp}调剂）" if cp else ""),
        "实有": f"{unit}实有{kind}人员{n}",
    }.get(st.change, f"{unit}{kind}{st.change}{n}")
    return d + text


# ---------------------------------------------------------------- entry point


def read_table(path: str | Path, *, skip_bad_rows: bool = False,
               overrides: Mapping[str, Any] | None = None) -> TableResult:
    """Read one ledger file into one document's facts.

    overrides: document metadata that wins over the file's own (keys title, jurisdiction,
    date, issuer, number, parent_jurisdiction, or their Chinese names).
    With ``skip_bad_rows`` False any bad row raises ``TableError`` listing every problem;
    with True the good rows are kept and the bad ones returned in ``errors``. A file that
    cannot be read at all always raises ``TableError``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise TableError([RowError(path.name, "是旧版 Excel 格式（.xls），请在 Excel 中另存为 .xlsx 后再导入")],
                         path=str(path))
    reader = _READERS.get(suffix)
    if reader is None:
        raise TableError([RowError(path.name, f"不支持的表格格式“{suffix or '无扩展名'}”，"
                                              "可用：.xlsx、.csv、.json、.yaml")], path=str(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TableError([RowError(path.name, "文件不存在")], path=str(path)) from None
    except OSError as exc:
        raise TableError([RowError(path.name, f"无法读取文件（{exc.strerror or exc}）")], path=str(path)) from None
    raw = reader(path, data)
    builder = _Builder(path, raw, overrides)
    facts = builder.build(data)
    if facts.is_empty() and not builder.errors:
        builder.warnings.append(RowError(raw.file, "文件中没有可导入的记录", style=raw.style))
    if builder.errors and not skip_bad_rows:
        raise TableError(builder.errors, path=str(path))
    return TableResult(facts, builder.errors, builder.warnings)
