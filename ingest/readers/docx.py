"""Word .docx: body paragraphs and tables in document order."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from ingest.readers.base import RawDocument, ReadError

_W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CELL_SEPARATOR = "\t"


def read_docx(path: str | Path, data: bytes) -> RawDocument:
    """Bytes of a .docx -> RawDocument; each paragraph and each table row is one line."""
    document = _open_document(path, data)
    lines = list(_body_lines(document))
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise ReadError(path, "Word 文档里没有文字（可能只有图片，需要先做文字识别）")
    meta: dict[str, str] = {}
    embedded_title = (document.core_properties.title or "").strip()
    if embedded_title:
        meta["embedded-title"] = embedded_title
    return RawDocument(path=str(path), text=text, meta=meta, encoding="utf-8", fmt="docx")


def _open_document(path: str | Path, data: bytes) -> Any:
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise ReadError(path, "读取 Word 文档需要安装 python-docx") from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise ReadError(path, "这是 ZIP 压缩包，但不是 Word（.docx）文档")
            archive.testzip()
        return docx.Document(io.BytesIO(data))
    except ReadError:
        raise
    except zipfile.BadZipFile:
        raise ReadError(path, "Word 文档已损坏（不是完整的 .docx/ZIP 文件，可能下载不完整）") from None
    except Exception as exc:  # python-docx/lxml raise many kinds on broken parts
        raise ReadError(path, f"Word 文档已损坏，无法解析（{type(exc).__name__}）") from None


def _body_lines(document: Any) -> list[str]:
    """Paragraph texts and table rows in the order they appear in the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W_NS}p":
            lines.append(Paragraph(child, document).text)
        elif child.tag == f"{_W_NS}tbl":
            lines.extend(_table_rows(Table(child, document)))
    return lines


def _table_rows(table: Any) -> list[str]:
    """One line per row: distinct cells (merged cells once) separated by a tab."""
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen_cells: list[Any] = []
        for cell in row.cells:
            if any(cell._tc is seen for seen in seen_cells):
                continue
            seen_cells.append(cell._tc)
            cells.append(_cell_text(cell))
        if any(cells):
            rows.append(_CELL_SEPARATOR.join(cells))
    return rows


def _cell_text(cell: Any) -> str:
    parts = [p.text.strip() for p in cell.paragraphs if p.text.strip()]
    for nested in cell.tables:
        parts.extend(_table_rows(nested))
    return " ".join(part.replace("\t", " ") for part in parts)
