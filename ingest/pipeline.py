"""Ingest files into a store: read → extract → resolve → one transaction per document.

One bad file never stops the others and leaves the store as it was for that file: parsing
happens before any write, and each document is written in its own transaction. A batch is
applied in document-date order so that names resolve against what existed at the time.

Two phases, so that a long read never holds up anyone: ``parse_paths`` reads and extracts
(no store, no lock), ``apply_parsed`` resolves and writes each document inside
``store.writing()``: one writer at a time across processes, names resolved against the data
as it is at that moment. ``ingest_paths`` is both.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest import limits as file_limits
from ingest.identity import document_id
from ingest.limits import Limits
from ingest.readers import SUPPORTED_SUFFIXES as TEXT_READERS
from ingest.tables import SUPPORTED_SUFFIXES as TABLE_READERS
from kg.apply import Applier
from kg.dates import parse_partial, sort_key
from kg.decisions import MERGE, REJECT, Decision, find_decisions, load_decisions, save_decisions
from kg.errors import DocumentNotFound, KGError
from kg.model import Document, DocumentFacts, Records, to_dict
from kg.names import AliasRules
from kg.store import GraphStore

# what the readers take, plus the old Office formats, so that they get the readers' own
# message ("另存为 .xlsx/.docx") instead of being passed over
TABLE_SUFFIXES = set(TABLE_READERS) | {".xls"}
TEXT_SUFFIXES = set(TEXT_READERS) | {".doc"}
SKIPPED_NAMES = {"readme.md", "readme.txt", ".ds_store"}


@dataclass
class Overrides:
    date: str | None = None
    jurisdiction: str | None = None
    title: str | None = None

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in (("date", self.date), ("jurisdiction", self.jurisdiction), ("title", self.title)) if v}


UNCHANGED = "文件内容未变化，图谱保持不变"  # the review of a file whose stored version is the same: nothing written


@dataclass
class FileResult:
    """What happened to one file, in words a user reads."""

    path: str
    status: str  # 成功 | 失败 | 无内容
    doc_id: str | None = None
    title: str | None = None
    date: str | None = None
    jurisdiction: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    reviews: list[str] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status != "失败"


def collect_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[FileResult]]:
    """Expand folders; report paths that do not exist or have an unsupported type."""
    files: list[Path] = []
    problems: list[FileResult] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in TABLE_SUFFIXES | TEXT_SUFFIXES and not _ignored(child):
                    files.append(child)
        elif path.is_file():
            if path.suffix.lower() in TABLE_SUFFIXES | TEXT_SUFFIXES:
                files.append(path)
            else:
                supported = "、".join(sorted(TABLE_SUFFIXES | TEXT_SUFFIXES))
                problems.append(FileResult(str(path), "失败", errors=[f"{path.name}：不支持的文件类型“{path.suffix or '无扩展名'}”（支持 {supported}）"]))
        else:
            problems.append(FileResult(str(path), "失败", errors=[f"{path}：文件或目录不存在"]))
    return files, problems


def _ignored(path: Path) -> bool:
    return path.name.lower() in SKIPPED_NAMES or path.name.startswith((".", "~$"))


@dataclass
class ParsedFile:
    """One file read and extracted: its facts, the bad rows that were skipped
    (``--skip-bad-rows``) and notes a person should see (unknown sheets or columns …)."""

    path: Path
    facts: DocumentFacts
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_file(path: Path, overrides: Overrides, *, skip_bad_rows: bool = False,
               ledger_only: bool = False) -> ParsedFile:
    """Read and extract one file. Raises KGError (or ReadError/TableError, both with Chinese
    messages) on failure. ``ledger_only``: the file must be a staffing ledger workbook."""
    if ledger_only or path.suffix.lower() in TABLE_SUFFIXES:
        from ingest.ledger_xlsx import is_ledger_workbook, read_ledger_workbook
        from ingest.tables import read_table

        # a staffing ledger workbook (核定编制, 编制变动 … sheets) has a layout of its own
        is_ledger = ledger_only or (path.suffix.lower() in (".xlsx", ".xlsm") and is_ledger_workbook(path))
        reader = read_ledger_workbook if is_ledger else read_table
        result = reader(path, skip_bad_rows=skip_bad_rows, overrides=overrides.as_dict())
        return ParsedFile(path, result.facts, [str(e) for e in result.errors],
                          [f"注意：{w}" for w in result.warnings])
    from ingest.extractors import detect_jurisdiction, extract
    from ingest.readers import read_file

    raw = read_file(path, overrides=overrides.as_dict())
    file_limits.check_time("读取")
    meta = raw.meta
    date = parse_partial(meta.get("date"))  # the reader has applied the override
    jurisdiction = overrides.jurisdiction or meta.get("jurisdiction") or detect_jurisdiction(raw)
    doc = Document(
        id=document_id(path, jurisdiction or "中央"),  # an unknown place keeps the old id
        title=overrides.title or meta.get("title") or path.stem,
        date=date,
        jurisdiction=jurisdiction,
        issuer=meta.get("issuer"),
        number=meta.get("number"),
        path=str(path),
        sha256=raw.sha256,
        text=raw.text,
        meta={k: v for k, v in meta.items() if isinstance(v, str)},
    )
    return ParsedFile(path, extract(raw, doc))


_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


def parse_limited(path: Path, overrides: Overrides, limits: Limits, *, skip_bad_rows: bool = False,
                  ledger_only: bool = False) -> ParsedFile:
    """``parse_file`` within the limits (``ingest.limits``): the file's size and, for a zip
    (.docx, .xlsx), its members' declared sizes are checked before it is read; the readers
    check HTML nesting and table rows; the time budget covers reading and extraction."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0  # the reader explains a file that cannot be read
    file_limits.check_size(path.name, size, limits)
    try:
        with path.open("rb") as handle:
            is_zip = handle.read(4) in _ZIP_MAGIC
    except OSError:
        is_zip = False
    if is_zip:
        file_limits.check_zip(path.name, path, limits)
    with file_limits.reading(path, limits):
        parsed = parse_file(path, overrides, skip_bad_rows=skip_bad_rows, ledger_only=ledger_only)
        file_limits.check_time("提取")
    return parsed


def ingest_paths(
    store: GraphStore,
    paths: Iterable[str | Path],
    *,
    overrides: Overrides | None = None,
    skip_bad_rows: bool = False,
    aliases: AliasRules | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    ledger_only: bool = False,
    exclusive: Callable[[], AbstractContextManager[Any]] | None = None,
) -> list[FileResult]:
    """Ingest files and folders; ``progress(message, step, steps)`` is told of each of the
    two steps per file (read, then write). ``ledger_only``: every file is read as a staffing
    ledger workbook (``kg staffing import``). Reading takes no lock; each write is one
    ``store.writing(exclusive)`` block."""
    parsed, results = parse_paths(paths, overrides=overrides, skip_bad_rows=skip_bad_rows, progress=progress,
                                  ledger_only=ledger_only)
    return apply_parsed(store, parsed, results, aliases=aliases, progress=progress, exclusive=exclusive)


def parse_paths(
    paths: Iterable[str | Path],
    *,
    overrides: Overrides | None = None,
    skip_bad_rows: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    ledger_only: bool = False,
    limits: Limits | None = None,
) -> tuple[list[ParsedFile], list[FileResult]]:
    """Read and extract files and folders (the store is not touched): the parsed files, in
    the order they should be written, and the results of the files that already failed."""
    overrides = overrides or Overrides()
    # a malformed --date is the whole batch's error, said once (InvalidDate, in Chinese)
    overrides = Overrides(date=parse_partial(overrides.date), jurisdiction=overrides.jurisdiction,
                          title=overrides.title)
    limits = limits or Limits.from_env()
    files, results = collect_files(paths)
    steps = 2 * len(files)
    parsed: list[ParsedFile] = []
    for i, path in enumerate(files):
        if progress:
            progress(f"读取 {path.name}", i, steps)
        try:
            parsed.append(parse_limited(path, overrides, limits, skip_bad_rows=skip_bad_rows, ledger_only=ledger_only))
        except Exception as exc:  # every failure becomes a message for this file only
            results.append(FileResult(str(path), "失败", errors=[_message(path, exc)]))
    parsed = _without_id_clashes(parsed, results)
    parsed.sort(key=lambda item: document_order(item.facts))
    return parsed, results


def apply_parsed(
    store: GraphStore,
    parsed: list[ParsedFile],
    results: list[FileResult] | None = None,
    *,
    aliases: AliasRules | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    exclusive: Callable[[], AbstractContextManager[Any]] | None = None,
) -> list[FileResult]:
    """Write parsed files, each in its own ``store.writing()`` block (``exclusive``: see
    there). An unchanged document is left as it is; a document that replaces a stored one,
    or comes before one, changes how the documents after it resolve, so the graph is then
    rebuilt in date order. Returns ``results`` followed by one result per parsed file."""
    results = list(results or [])
    steps = 2 * len(parsed)
    stored = {d.id for d in store.documents()}
    applier = Applier(store, aliases)
    reordering: list[str] = []  # written documents that replace or precede stored ones
    for i, item in enumerate(parsed):
        if progress:
            progress(f"写入 {item.path.name}", len(parsed) + i, steps)
        doc = item.facts.document
        if doc.id in stored and _unchanged(store, item.facts):
            result = _unchanged_result(item)
        else:
            result = store_facts(store, applier, item.path, item.facts, item.errors, exclusive=exclusive,
                                 reordering=reordering)
        result.reviews.extend(item.notes)
        results.append(result)
    if reordering:
        if progress:
            progress("按日期顺序重建图谱", steps, steps)
        rebuilt = rebuild(store, aliases, exclusive=exclusive)
        note = (f"本批文件替换了已有文件或早于已有文件，已按日期顺序重建图谱（{rebuilt.documents} 份文件），"
                "结果与导入顺序无关")
        for result in results:
            if result.doc_id and result.status == "成功" and UNCHANGED not in result.reviews:
                result.reviews.append(note)
    if progress:
        progress("完成", steps, steps)
    return results


def _order_key(doc: Document) -> tuple[tuple[int, str], str]:
    return (sort_key(doc.date), doc.id)


def document_order(facts: DocumentFacts) -> tuple[tuple[int, str], str]:
    """The order documents are applied in, by every ingest and by ``rebuild``: their date
    (undated first), then their id."""
    return _order_key(facts.document)


def _canonical(facts: DocumentFacts) -> str:
    return json.dumps(to_dict(facts), ensure_ascii=False, sort_keys=True)


def _unchanged(store: GraphStore, facts: DocumentFacts) -> bool:
    try:
        return _canonical(store.document_facts(facts.document.id)) == _canonical(facts)
    except DocumentNotFound:
        return False


def _unchanged_result(item: ParsedFile) -> FileResult:
    doc = item.facts.document
    return FileResult(str(item.path), "成功", doc_id=doc.id, title=doc.title, date=doc.date,
                      jurisdiction=doc.jurisdiction, counts=item.facts.counts(), errors=list(item.errors),
                      reviews=[UNCHANGED])


@dataclass
class RebuildResult:
    documents: int
    reviews: list[str] = field(default_factory=list)


def rebuild(store: GraphStore, aliases: AliasRules | None = None, *,
            exclusive: Callable[[], AbstractContextManager[Any]] | None = None) -> RebuildResult:
    """Re-apply the stored extraction bundle of every document (no file is read again) in
    date order into a new snapshot, then replace the store's contents with it in one step
    (readers see the old graph until then). The graph depends only on the set of documents,
    never on the order they were ingested in. One ``store.writing()`` block: what is rebuilt
    is the store as it is while no other process writes (``exclusive``: see there).

    >>> rebuild(store).documents   # doctest: +SKIP
    57
    """
    with store.writing(exclusive):
        return _rebuild(store, aliases)


def _rebuild(store: GraphStore, aliases: AliasRules | None) -> RebuildResult:
    from kg.stores.networkx_store import NetworkxStore

    aliases = aliases or store.alias_rules()
    decisions = load_decisions(store)  # the scratch store has no decision file of its own
    bundles = sorted((store.document_facts(d.id) for d in store.documents()), key=document_order)
    written: list[tuple[DocumentFacts, Records]] = []
    reviews: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kg-rebuild-") as scratch_dir:
        scratch = NetworkxStore(Path(scratch_dir))
        try:
            applier = Applier(scratch, aliases, decisions)
            for facts in bundles:
                applied = applier.apply(facts)
                scratch.replace_document(facts, applied.records)
                written.append((facts, applied.records))
                reviews += [f"{r.message}：{r.prov.sentence}" for r in applied.reviews]
        finally:
            scratch.close()
    store.replace_all(written)
    return RebuildResult(len(written), reviews)


def _without_id_clashes(parsed: list[ParsedFile], results: list[FileResult]) -> list[ParsedFile]:
    """Two files of one batch with the same document id (e.g. the same file name in two
    folders) would silently replace each other: the first is kept, the others fail."""
    first: dict[str, Path] = {}
    kept = []
    for item in parsed:
        path, facts = item.path, item.facts
        doc_id = facts.document.id
        if doc_id in first:
            results.append(FileResult(str(path), "失败", doc_id=doc_id, title=facts.document.title, errors=[
                f"{path.name}：与同一批中的 {first[doc_id]} 对应同一文件编号（{doc_id}，同名文件），"
                f"导入后会互相覆盖，未导入；请改名后再导入"]))
            continue
        first[doc_id] = path
        kept.append(item)
    return kept


def store_facts(store: GraphStore, applier: Applier, path: Path | str, facts: DocumentFacts,
                row_errors: list[str] | None = None, *,
                exclusive: Callable[[], AbstractContextManager[Any]] | None = None,
                reordering: list[str] | None = None) -> FileResult:
    """Resolve and write one document's facts in one ``store.writing()`` block (so names are
    resolved against the store as it is while nobody else writes); never raises for the
    file's own problems. When the document replaces a stored one or is ordered before one
    (judged inside the block, against every process's writes), its id is added to
    ``reordering``: the caller then rebuilds, since later documents resolved without it."""
    doc = facts.document
    result = FileResult(str(path), "成功", doc_id=doc.id, title=doc.title, date=doc.date,
                        jurisdiction=doc.jurisdiction, counts=facts.counts(), errors=list(row_errors or []),
                        unparsed=[p.sentence for p in facts.unparsed])
    if facts.is_empty():
        result.status = "无内容"
        result.errors.append(f"{Path(str(path)).name}：没有提取到任何机构、职责、事件或编制信息，未写入数据库")
        return result
    try:
        with store.writing(exclusive):
            try:
                previous: Document | None = store.document(doc.id)
            except DocumentNotFound:
                previous = None
            precedes = any(_order_key(d) > _order_key(doc) for d in store.documents() if d.id != doc.id)
            applied = applier.apply(facts)
            store.replace_document(facts, applied.records)
            if reordering is not None and (previous is not None or precedes):
                reordering.append(doc.id)
    except Exception as exc:
        result.status = "失败"
        result.errors.append(_message(Path(str(path)), exc))
        return result
    result.reviews = [f"{r.message}：{r.prov.sentence}" for r in applied.reviews]
    if (previous is not None and previous.path and doc.path
            and (previous.sha256 is None or previous.sha256 != doc.sha256)
            and Path(previous.path).resolve() != Path(doc.path).resolve()):
        # named by file name and id only: the stored path is the server's business (for an
        # upload it is a temporary folder that differs every time)
        result.reviews.append(f"已替换此前导入的同名文件《{previous.title}》（{Path(previous.path).name}，文档编号 {doc.id}）")
    return result


def _message(path: Path, exc: BaseException) -> str:
    if isinstance(exc, KGError) or type(exc).__name__ in ("ReadError", "TableError"):
        text = str(exc)
        return text if path.name in text else f"{path.name}：{text}"
    return f"{path.name}：处理时发生内部错误（{type(exc).__name__}: {exc}），该文件未写入，其他文件不受影响"


def delete_document(store: GraphStore, doc_id: str, aliases: AliasRules | None = None, *,
                    exclusive: Callable[[], AbstractContextManager[Any]] | None = None) -> bool:
    """Remove a document and every record it contributed (False if it was not there). When
    documents ordered after it remain, they were resolved with it present: the graph is
    rebuilt, so it equals what ingesting the remaining documents alone gives."""
    try:
        doc = store.document(doc_id)
    except DocumentNotFound:
        return False
    later = any(_order_key(d) > _order_key(doc) for d in store.documents() if d.id != doc_id)
    with store.writing(exclusive):
        if not store.delete_document(doc_id):
            return False
    if later:
        rebuild(store, aliases, exclusive=exclusive)
    return True


def decide(store: GraphStore, unit: str, other: str, *, verdict: str = MERGE, undo: bool = False,
           aliases: AliasRules | None = None) -> Decision:
    """Store a person's decision that ``unit`` is ``other`` (merge: ``unit`` goes into
    ``other``) or is not (reject), or take it back (``undo``). Merges and their undoing
    rebuild the graph, so the decision holds exactly as if it had been known from the start;
    it is kept beside the data (``kg.decisions``) and so survives re-ingest and rebuild."""
    if verdict not in (MERGE, REJECT):
        raise KGError(f"未知的决定“{verdict}”：可选 merge 或 reject")
    if unit == other:
        raise KGError("不能把一个单位与它自己合并")
    decisions = load_decisions(store)
    pair = frozenset((unit, other))
    if undo:
        found = [d for d in find_decisions(decisions, unit, other) if d.verdict == verdict]
        if not found:
            raise KGError("没有找到这两个单位之间的这一决定，无从撤销")
        save_decisions(store, [d for d in decisions if d not in found])
        if verdict == MERGE:
            rebuild(store, aliases)
        return found[0]
    a, b = store.unit(unit), store.unit(other)
    decision = Decision(verdict, a.id, b.id, a.jurisdiction, a.name, b.jurisdiction, b.name)
    save_decisions(store, [d for d in decisions if d.pair() != pair] + [decision])
    if verdict == MERGE:
        rebuild(store, aliases)
    return decision
