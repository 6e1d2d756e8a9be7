"""Per-file limits (ingest/limits.py) hold for `kg ingest` as for uploads: each refusal names
the file, the limit and the setting, in Chinese, and the other files of the batch still land."""

from __future__ import annotations

import io
import resource
import time
import zipfile
from pathlib import Path

import pytest

from ingest.pipeline import ingest_paths
from kg.store import open_store

SANDING = ("样例县测试局职能配置、内设机构和人员编制规定\n第一条 根据有关规定，制定本规定。\n"
           "第二条 样例县测试局是县政府工作部门，为正科级。\n"
           "第三条 样例县测试局主要职责是：\n（一）负责全县测试工作的组织实施。\n（二）承担测试数据的统计分析。\n")


def _ingest(tmp_path: Path, *files: Path) -> dict[str, object]:
    store = open_store("networkx", tmp_path / "store")
    try:
        return {Path(r.path).name: r for r in ingest_paths(store, files)}
    finally:
        store.close()


def _refused(result: object, name: str, setting: str) -> str:
    assert result.status == "失败", result  # type: ignore[attr-defined]
    message = result.errors[0]  # type: ignore[attr-defined]
    assert name in message and setting in message and "上限" in message, message
    return message


def test_file_size_cap_on_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_MAX_FILE_MB", "1")
    big = tmp_path / "大文件.txt"
    big.write_text(SANDING + "啊" * 400_000, encoding="utf-8")  # 1.2 MB
    small = tmp_path / "小文件.txt"
    small.write_text(SANDING, encoding="utf-8")
    results = _ingest(tmp_path, big, small)
    message = _refused(results["大文件.txt"], "大文件.txt", "KG_MAX_FILE_MB")
    assert "1 MB" in message
    assert results["小文件.txt"].status == "成功"


def _bomb_docx(path: Path, unpacked_mb: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * (unpacked_mb * 1024 * 1024))


def test_zip_bomb_refused_in_seconds_with_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "炸弹.docx"
    _bomb_docx(bomb, 1024)  # 1 GB of spaces in about 1 MB
    assert bomb.stat().st_size < 3 * 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    results = _ingest(tmp_path, bomb)
    assert time.monotonic() - start < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024  # KB: nothing was unpacked
    _refused(results["炸弹.docx"], "炸弹.docx", "KG_MAX_ZIP_RATIO")


def test_unzipped_total_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_MAX_UNZIPPED_MB", "1")
    monkeypatch.setenv("KG_MAX_ZIP_RATIO", "1000000")
    path = tmp_path / "大表.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<x/>" * 1_000_000)
    path.write_bytes(buffer.getvalue())
    _refused(_ingest(tmp_path, path)["大表.xlsx"], "大表.xlsx", "KG_MAX_UNZIPPED_MB")


def test_html_depth_cap(tmp_path: Path) -> None:
    page = tmp_path / "深.html"
    page.write_text("<html><body>" + "<div>" * 8000 + "样例县测试局负责测试工作。" + "</div>" * 8000 + "</body></html>",
                    encoding="utf-8")
    start = time.monotonic()
    results = _ingest(tmp_path, page)
    assert time.monotonic() - start < 5
    _refused(results["深.html"], "深.html", "KG_MAX_HTML_DEPTH")
    # ordinary pages with unclosed <p> and <li> are not deep
    ok = tmp_path / "浅.html"
    ok.write_text("<html><body>" + "<p>样例县测试局负责测试工作。" * 2000 + "<ul>" + "<li>一项" * 2000 + "</ul></body></html>",
                  encoding="utf-8")
    assert "KG_MAX_HTML_DEPTH" not in " ".join(_ingest(tmp_path, ok)["浅.html"].errors)


def test_rows_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_MAX_ROWS", "100")
    table = tmp_path / "单位表.csv"
    table.write_text("名称,行政区划\n" + "".join(f"样例县第{i}局,样例县\n" for i in range(500)), encoding="utf-8")
    _refused(_ingest(tmp_path, table)["单位表.csv"], "单位表.csv", "KG_MAX_ROWS")


def test_time_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_MAX_SECONDS_PER_FILE", "0.000001")
    text = tmp_path / "慢.txt"
    text.write_text(SANDING, encoding="utf-8")
    _refused(_ingest(tmp_path, text)["慢.txt"], "慢.txt", "KG_MAX_SECONDS_PER_FILE")
