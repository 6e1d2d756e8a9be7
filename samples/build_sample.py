"""Build the sample workbooks from their YAML sources.

    python samples/build_sample.py            # every samples/source/*/*.yaml → samples/*/*.xlsx
    python samples/build_sample.py FILE.yaml  # one file

The YAML (under samples/source/, so ingesting samples/示例县 does not load the same
ledger twice) is the reviewable source; the workbook is what staff would keep. One sheet per
section (说明, 单位, 职责, 事件, 编制, 分工), the header in row 1 with every column of the
record type in the order of ``ingest/table_schema.py``, so YAML record N is workbook row N+1
and both cite the same rows. Lists are joined with "、" (duties with "；", giver and phrase
joined with "："). Dates become Excel date cells (month dates shown as yyyy-mm), years stay
text. The zip is written with fixed timestamps so rebuilding unchanged data gives the same
bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ingest.table_schema import RECORD_TYPES, Column, is_meta_section, record_type_named  # noqa: E402

_FIXED = dt.datetime(2025, 6, 30, 0, 0, 0)
_WIDE = {"职责": 70, "依据": 70, "内容": 90, "划转职责": 50, "来源单位": 40, "名称": 28, "单位": 28}


def _cell_value(col: Column, value: Any) -> tuple[Any, str | None]:
    """The value to write and its number format."""
    if isinstance(value, list):
        sep = "；" if col.kind == "duties" else "、"
        return sep.join(str(v) for v in value), None
    if col.kind == "date" and value is not None:
        if isinstance(value, dt.date):
            return value, "yyyy-mm-dd"
        text = str(value)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return dt.datetime(int(text[:4]), int(text[5:]), 1), "yyyy-mm"
        return text, "@"
    return value, None


def build(source: Path, target: Path | None = None) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    data = yaml.safe_load(source.read_text("utf-8"))
    # samples/source/<place>/<name>.yaml -> samples/<place>/<name>.xlsx
    target = target or source.parent.parent.parent / source.parent.name / source.with_suffix(".xlsx").name
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    for key, rows in data.items():
        if is_meta_section(key):
            ws = wb.create_sheet("说明")
            ws.append(["项目", "内容"])
            for k, v in (rows or {}).items():
                ws.append([str(k), v.isoformat() if isinstance(v, dt.date) else v])
            ws.column_dimensions["A"].width = 16
            ws.column_dimensions["B"].width = 60
            for c in ws[1]:
                c.font = bold
            continue
        rtype = record_type_named(key)
        if rtype is None:
            raise SystemExit(f"{source.name}: unknown section {key!r}")
        ws = wb.create_sheet(rtype.name)
        ws.append([c.name for c in rtype.columns])
        for c in ws[1]:
            c.font = bold
        for n, row in enumerate(rows or [], start=2):
            by_col = {rtype.column(k): v for k, v in row.items()}
            if None in by_col:
                raise SystemExit(f"{source.name}: {key} record {n - 1}: unknown column in {list(row)}")
            for i, col in enumerate(rtype.columns, start=1):
                if col not in by_col:
                    continue
                value, fmt = _cell_value(col, by_col[col])
                cell = ws.cell(row=n, column=i, value=value)
                if fmt:
                    cell.number_format = fmt
                if col.name in _WIDE:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, col in enumerate(rtype.columns, start=1):
            ws.column_dimensions[get_column_letter(i)].width = _WIDE.get(col.name, 12)
        ws.freeze_panes = "A2"
    order = ["说明", *(r.name for r in RECORD_TYPES)]
    wb._sheets.sort(key=lambda s: order.index(s.title) if s.title in order else len(order))
    wb.properties.creator = "samples/build_sample.py"
    wb.properties.created = _FIXED
    wb.properties.modified = _FIXED
    buffer = io.BytesIO()
    wb.save(buffer)
    target.write_bytes(_fixed_zip(buffer.getvalue()))
    return target


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry dated _FIXED (openpyxl stamps the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>2025-06-30T00:00:00Z\g<2>", content)
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, content)
    return out.getvalue()


def main(argv: list[str]) -> int:
    sources = [Path(a) for a in argv] or sorted(Path(__file__).resolve().parent.glob("source/*/*.yaml"))
    for source in sources:
        print(f"{source} -> {build(source)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
