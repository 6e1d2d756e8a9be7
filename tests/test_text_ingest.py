"""Text ingest end to end: encodings and formats give the same facts; empty and corrupt
files leave the store as it was."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.pipeline import Overrides, ingest_paths, parse_file
from kg.model import DocumentFacts
from kg.paths import shared_dir
from kg.stores.networkx_store import NetworkxStore
from queries.export import export_json

SHARED = shared_dir()
FILES = ["sanding-mnr-2018-partial.txt", "reform-2018-plan-partial.txt", "local-hunan-2019-xinfangju-notice.txt"]


def _corpus(name: str) -> Path:
    path = SHARED / "corpus" / name
    if not path.exists():
        pytest.fail(f"开发语料缺失：{path}")
    return path


def _body(path: Path) -> tuple[list[str], list[str]]:
    """(header lines, body lines) of a corpus file."""
    lines = path.read_text("utf-8").splitlines()
    header = [line for line in lines if line.startswith("# ")]
    return header, lines[len(header):]


def _content(facts: DocumentFacts) -> dict[str, object]:
    """What a document states, without where in the file it stood."""
    return {
        "units": sorted((u.unit.name, u.kind, u.rank, u.parent.name if u.parent else None, tuple(u.signs))
                        for u in facts.units),
        "duties": sorted((d.unit.name, d.text) for d in facts.duties),
        "events": sorted((str(e.type), tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs),
                          tuple((m.source.name if m.source else None, m.text) for m in e.duties)) for e in facts.events),
        "staffing": sorted((s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in facts.staffing),
    }


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_copy_gives_the_same_facts(tmp_path: Path, name: str, encoding: str) -> None:
    original = _corpus(name)
    copy = tmp_path / name
    copy.write_bytes(original.read_text("utf-8").encode(encoding))
    want = parse_file(original, Overrides()).facts
    got = parse_file(copy, Overrides()).facts
    assert not want.is_empty()
    assert _content(got) == _content(want)
    assert got.document.date == want.document.date and got.document.jurisdiction == want.document.jurisdiction


@pytest.mark.parametrize("name", FILES)
def test_docx_copy_gives_the_same_facts(tmp_path: Path, name: str) -> None:
    """A user's .docx has no `# key:` header; the same date and place are given at ingest."""
    original = _corpus(name)
    _, body = _body(original)
    document = docx.Document()
    for line in body:
        document.add_paragraph(line)
    copy = tmp_path / (Path(name).stem + ".docx")
    document.save(str(copy))
    want = parse_file(original, Overrides()).facts
    got = parse_file(copy, Overrides(date=want.document.date, jurisdiction=want.document.jurisdiction)).facts
    assert _content(got) == _content(want)


def _seeded_store(tmp_path: Path) -> NetworkxStore:
    store = NetworkxStore(tmp_path / "kg")
    [ok] = ingest_paths(store, [_corpus("sanding-mnr-2018-partial.txt")])
    assert ok.status == "成功"
    return store


def test_a_document_that_yields_nothing_is_reported_and_not_stored(tmp_path: Path) -> None:
    store = _seeded_store(tmp_path)
    before = export_json(store)
    empty = tmp_path / "会议通知.txt"
    empty.write_text("关于召开年度工作会议的通知\n请各单位于下周一上午九时到三楼会议室参加会议。\n", "utf-8")
    [result] = ingest_paths(store, [empty])
    assert result.status == "无内容"
    assert "会议通知.txt" in result.errors[0] and "未写入" in result.errors[0]
    assert export_json(store) == before


@pytest.mark.parametrize(("name", "data"), [
    ("损坏.docx", b"PK\x03\x04 this is not really a zip"),
    ("扫描件.pdf", b"%PDF-1.4\n%garbage without any text layer"),
    ("乱码.txt", bytes(range(256)) * 8),
])
def test_a_corrupt_file_is_reported_and_the_store_unchanged(tmp_path: Path, name: str, data: bytes) -> None:
    store = _seeded_store(tmp_path)
    before = export_json(store)
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good" / "local-hunan-2019-xinfangju-notice.txt"
    good.parent.mkdir()
    good.write_bytes(_corpus("local-hunan-2019-xinfangju-notice.txt").read_bytes())
    results = {Path(r.path).name: r for r in ingest_paths(store, [bad, good])}
    assert results[name].status == "失败"
    message = results[name].errors[0]
    assert name in message and "Traceback" not in message
    assert results[good.name].status == "成功"  # one bad file does not stop the others
    after = export_json(store)
    assert [d for d in after["documents"] if d["path"] and Path(d["path"]).name == name] == []
    assert {d["id"] for d in after["documents"]} == {d["id"] for d in before["documents"]} | {results[good.name].doc_id}


def test_a_page_with_an_impossible_date_tag_still_ingests(tmp_path: Path) -> None:
    page = tmp_path / "通知.html"
    page.write_text('<html><head><meta name="pubdate" content="2019-02-30"><title>关于调整县财政局的通知'
                    '</title></head><body><p>示例县机构编制委员会决定，将县财政局更名为县财政事务局。</p>'
                    "</body></html>", "utf-8")
    facts = parse_file(page, Overrides(jurisdiction="示例县")).facts
    assert facts.document.date != "2019-02-30"


def test_old_office_files_in_a_folder_are_reported_not_passed_over(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # how every .doc/.xls begins
    (tmp_path / "台账.xls").write_bytes(ole)
    (tmp_path / "通知.doc").write_bytes(ole)
    store = NetworkxStore(tmp_path / "kg")
    results = {Path(r.path).name: r for r in ingest_paths(store, [tmp_path])}
    assert results["台账.xls"].status == "失败" and ".xlsx" in results["台账.xls"].errors[0]
    assert results["通知.doc"].status == "失败" and ".docx" in results["通知.doc"].errors[0]


def test_a_malformed_date_override_is_said_once_for_the_batch(tmp_path: Path) -> None:
    from kg.errors import InvalidDate

    store = NetworkxStore(tmp_path / "kg")
    with pytest.raises(InvalidDate, match="2019-13"):
        ingest_paths(store, [_corpus("local-hunan-2019-xinfangju-notice.txt")], overrides=Overrides(date="2019-13"))
    assert store.documents() == []
