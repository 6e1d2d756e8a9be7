"""The embedded default backend: SQLite as the durable record, networkx as the projection.

Why SQLite underneath: one transaction per ingested document (delete that document's old
records, insert the new) gives atomicity and durability for free. A kill at any moment
leaves either the old or the new version of a document, never half of one, and re-ingest
is a replace by construction. On open, the in-memory projection (dict indexes plus a
networkx MultiDiGraph of units, clauses and events) is rebuilt from SQLite; after each
committed write it is updated in place.

Several processes (the server, ``kg ingest`` runs) may share one store. One durable revision,
``meta.revision`` in SQLite, goes up with every committed write; a process whose projection
is older than it reloads (``changed_elsewhere()`` / ``refresh()``). Writers take turns:
``writing()`` opens the write transaction (``BEGIN IMMEDIATE``, so one writer at a time
across processes), reloads the projection if another process wrote, and only then lets the
caller resolve names and write, so every decision is made against the current data.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import DocumentNotFound, StoreError
from kg.graph import to_networkx
from kg.model import (
    Boundary,
    DocumentFacts,
    DutyClause,
    Ending,
    Event,
    Fact,
    Jurisdiction,
    Predicate,
    Records,
    Unit,
    event_units,
    from_dict,
    record_unit_refs,
    to_dict,
)
from kg.model import Document as DocumentRecord
from kg.names import lookup_key, name_variants
from kg.store import GraphStore, fold_endings

SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
    id TEXT PRIMARY KEY, doc TEXT NOT NULL, facts TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units(id TEXT PRIMARY KEY, jurisdiction TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jurisdictions(id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS records(
    doc_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY(kind, id));
CREATE INDEX IF NOT EXISTS records_doc ON records(doc_id);
"""
_KINDS: dict[str, type] = {
    "clause": DutyClause,
    "fact": Fact,
    "ending": Ending,
    "event": Event,
    "boundary": Boundary,
}
_NAME_PREDICATES = (Predicate.NAME, Predicate.ALIAS, Predicate.SIGN)


class _Projection:
    """In-memory indexes over the records, updated per document."""

    def __init__(self) -> None:
        self.documents: dict[str, DocumentRecord] = {}
        self.doc_facts_json: dict[str, str] = {}
        self.units: dict[str, Unit] = {}
        self.jurisdictions: dict[str, Jurisdiction] = {}
        self.items: dict[str, dict[str, Any]] = {kind: {} for kind in _KINDS}
        self.doc_records: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.facts_by_subject: dict[str, list[str]] = defaultdict(list)
        self.facts_by_object: dict[str, list[str]] = defaultdict(list)
        self.facts_by_predicate: dict[str, set[str]] = defaultdict(set)
        self.endings_by_subject: dict[str, list[str]] = defaultdict(list)
        self.events_by_unit: dict[str, list[str]] = defaultdict(list)
        self.boundaries_by_unit: dict[str, list[str]] = defaultdict(list)
        self.refs: dict[str, set[str]] = defaultdict(set)  # unit id -> doc ids referring to it
        self.keys: dict[str, set[str]] = defaultdict(set)  # lookup key -> unit ids
        self.unit_keys: dict[str, set[str]] = defaultdict(set)

    # -- units and names
    def add_unit(self, unit: Unit) -> None:
        self.units[unit.id] = unit
        self.reindex_names(unit.id)

    def drop_unit(self, unit_id: str) -> None:
        self.units.pop(unit_id, None)
        for key in self.unit_keys.pop(unit_id, set()):
            self.keys[key].discard(unit_id)

    def reindex_names(self, unit_id: str) -> None:
        unit = self.units.get(unit_id)
        for key in self.unit_keys.pop(unit_id, set()):
            self.keys[key].discard(unit_id)
        if unit is None:
            return
        names = {unit.name}
        for fid in self.facts_by_subject.get(unit_id, []):
            fact = self.items["fact"][fid]
            if fact.predicate in _NAME_PREDICATES and fact.value:
                names.add(fact.value)
        keys = {lookup_key(unit.jurisdiction, v) for n in names for v in name_variants(n)}
        self.unit_keys[unit_id] = keys
        for key in keys:
            self.keys[key].add(unit_id)

    # -- records
    def add_records(self, doc_id: str, records: Records) -> set[str]:
        touched: set[str] = set()
        for kind, item in records.items():
            self.items[kind][item.id] = item
            self.doc_records[doc_id].append((kind, item.id))
            refs = record_unit_refs(kind, item)
            for ref in refs:
                self.refs[ref].add(doc_id)
            touched |= refs
            self._index(kind, item)
        return touched

    def remove_records(self, doc_id: str) -> set[str]:
        touched: set[str] = set()
        for kind, item_id in self.doc_records.pop(doc_id, []):
            item = self.items[kind].pop(item_id, None)
            if item is None:
                continue
            refs = record_unit_refs(kind, item)
            for ref in refs:
                self.refs[ref].discard(doc_id)
            touched |= refs
            self._unindex(kind, item)
        return touched

    def _index(self, kind: str, item: Any) -> None:
        if kind == "fact":
            self.facts_by_subject[item.subject].append(item.id)
            self.facts_by_predicate[item.predicate].add(item.id)
            if item.object:
                self.facts_by_object[item.object].append(item.id)
        elif kind == "ending":
            self.endings_by_subject[item.subject].append(item.id)
        elif kind == "event":
            for unit_id in event_units(item):  # inputs, outputs, duty givers and takers
                self.events_by_unit[unit_id].append(item.id)
        elif kind == "boundary":
            for unit_id in item.units:
                self.boundaries_by_unit[unit_id].append(item.id)

    def _unindex(self, kind: str, item: Any) -> None:
        if kind == "fact":
            self.facts_by_subject[item.subject].remove(item.id)
            self.facts_by_predicate[item.predicate].discard(item.id)
            if item.object:
                self.facts_by_object[item.object].remove(item.id)
        elif kind == "ending":
            self.endings_by_subject[item.subject].remove(item.id)
        elif kind == "event":
            for unit_id in event_units(item):
                if item.id in self.events_by_unit[unit_id]:
                    self.events_by_unit[unit_id].remove(item.id)
        elif kind == "boundary":
            for unit_id in item.units:
                if item.id in self.boundaries_by_unit[unit_id]:
                    self.boundaries_by_unit[unit_id].remove(item.id)


class NetworkxStore(GraphStore):
    backend = "networkx"

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"无法创建数据目录 {self.directory}：{exc.strerror}") from exc
        self._db_path = self.directory / "kg.sqlite3"
        # two connections: writes go through ``_conn`` (inside ``writing()``), loading and the
        # revision check through ``_read``, which only ever sees committed data
        self._conn = sqlite3.connect(self._db_path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA busy_timeout=60000")
        self._conn.executescript(_SCHEMA)
        self._conn.execute("INSERT OR IGNORE INTO meta VALUES('schema', ?)", (SCHEMA_VERSION,))
        self._conn.execute("INSERT OR IGNORE INTO meta VALUES('revision', '1')")
        self._read = sqlite3.connect(self._db_path, isolation_level=None, check_same_thread=False)
        self._read.execute("PRAGMA busy_timeout=60000")
        self._read_lock = threading.Lock()
        self._write_mutex = threading.Lock()  # the threads of this process, one writer at a time
        self._writer: int | None = None  # thread id inside writing()
        self._exclusive: Callable[[], AbstractContextManager[Any]] = nullcontext
        self._wrote = False
        self._reload_after_commit = False  # replace_all wrote rows the projection does not hold yet
        self._revision = 0  # of the projection: the stored one, or above it while a write is open
        self._seen = 0  # the stored (committed) revision the projection was made from
        self._graph_cache: tuple[int, nx.MultiDiGraph] | None = None
        self._mem = _Projection()
        self._load()

    # ------------------------------------------------------------------ loading
    def _load(self) -> None:
        with self._read_lock:
            self._read.execute("BEGIN")  # one snapshot for the revision and the rows
            try:
                revision = self._stored_revision(self._read)
                mem = self._load_from(self._read.cursor())
            finally:
                self._read.execute("COMMIT")
        self._mem = mem
        self._graph_cache = None
        self._revision = self._seen = revision

    @staticmethod
    def _stored_revision(conn: sqlite3.Connection) -> int:
        row = conn.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def _load_from(self, cur: sqlite3.Cursor) -> _Projection:
        mem = _Projection()
        for (body,) in cur.execute("SELECT body FROM jurisdictions"):
            j = from_dict(Jurisdiction, json.loads(body))
            mem.jurisdictions[j.id] = j
        for doc_id, doc, facts in cur.execute("SELECT id, doc, facts FROM documents"):
            mem.documents[doc_id] = from_dict(DocumentRecord, json.loads(doc))
            mem.doc_facts_json[doc_id] = facts
        units = [Unit(*row) for row in cur.execute("SELECT id, jurisdiction, name FROM units")]
        per_doc: dict[str, Records] = defaultdict(Records)
        lists = {"clause": "clauses", "fact": "facts", "ending": "endings", "event": "events", "boundary": "boundaries"}
        for doc_id, kind, body in cur.execute("SELECT doc_id, kind, body FROM records ORDER BY rowid"):
            getattr(per_doc[doc_id], lists[kind]).append(from_dict(_KINDS[kind], json.loads(body)))
        for doc_id, records in per_doc.items():
            mem.add_records(doc_id, records)
        for unit in units:
            mem.add_unit(unit)
        return mem

    def changed_elsewhere(self) -> bool:
        """Whether another process committed since our projection was made (one small read
        of the durable revision)."""
        with self._read_lock:
            return self._stored_revision(self._read) != self._seen

    def refresh(self) -> bool:
        """Reload if another process committed since we last looked. True if reloaded. The
        caller keeps readers of this process out meanwhile (the API does, with its lock)."""
        if self.changed_elsewhere():
            self._load()
            return True
        return False

    @contextmanager
    def writing(self, exclusive: Callable[[], AbstractContextManager[Any]] | None = None) -> Iterator[None]:
        """One write transaction: one writer at a time across processes and threads. The
        projection is brought up to date inside it, so names resolved and units judged unused
        within the block see every other process's writes. ``exclusive`` keeps this
        process's readers out while the projection changes (the API passes its lock's
        ``write``); the caller must not hold it already. Re-entrant within one thread."""
        if self._writer == threading.get_ident():
            yield
            return
        with self._write_mutex:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            self._writer = threading.get_ident()
            self._exclusive = exclusive or nullcontext
            self._wrote = False
            self._reload_after_commit = False
            try:
                if self._stored_revision(conn) != self._seen:
                    with self._exclusive():
                        self._load()
                yield
                if self._wrote:  # the projection's revision went up with each change
                    conn.execute("UPDATE meta SET value = ? WHERE key = 'revision'", (str(self._revision),))
                conn.execute("COMMIT")
                if self._wrote:
                    self._seen = self._revision
                if self._reload_after_commit:  # replace_all: the projection is made from the rows
                    with self._exclusive():
                        self._load()
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if self._wrote:  # the projection holds what was rolled back
                    with self._exclusive():
                        self._load()
                raise
            finally:
                self._writer = None
                self._exclusive = nullcontext
                self._wrote = False
                self._reload_after_commit = False

    def _changing(self) -> AbstractContextManager[Any]:
        """Around every change of the projection inside ``writing()``."""
        self._wrote = True
        return self._exclusive()

    # ------------------------------------------------------------------ writes
    def replace_document(self, facts: DocumentFacts, records: Records) -> None:
        with self.writing():
            self._replace_document(facts, records)

    def _replace_document(self, facts: DocumentFacts, records: Records) -> None:
        doc = facts.document
        mem = self._mem
        old_refs = {u for u, docs in mem.refs.items() if doc.id in docs}
        new_refs = records.unit_refs()
        known_units = {u.id: u for u in records.units}
        missing = [u for u in new_refs if u not in mem.units and u not in known_units]
        if missing:
            raise StoreError(f"内部错误：记录引用了不存在的单位 {missing[:3]}")
        orphans = {
            u for u in old_refs - new_refs if mem.refs.get(u, set()) <= {doc.id}
        }
        rows = [(doc.id, kind, item.id, json.dumps(to_dict(item), ensure_ascii=False)) for kind, item in records.items()]
        facts_json = json.dumps(to_dict(facts), ensure_ascii=False)  # once, and outside the exclusive part
        conn = self._conn
        # inside writing(): its transaction commits or rolls back
        conn.execute("DELETE FROM records WHERE doc_id = ?", (doc.id,))
        conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT OR IGNORE INTO units VALUES (?, ?, ?)",
            [(u.id, u.jurisdiction, u.name) for u in records.units],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO jurisdictions VALUES (?, ?)",
            [(j.id, json.dumps(to_dict(j), ensure_ascii=False)) for j in records.jurisdictions],
        )
        conn.executemany("DELETE FROM units WHERE id = ?", [(u,) for u in orphans])
        conn.execute(
            "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)",
            (
                doc.id,
                json.dumps(to_dict(doc), ensure_ascii=False),
                facts_json,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        with self._changing():
            self._apply_in_memory(doc, facts_json, records, orphans)

    def _apply_in_memory(self, doc: DocumentRecord, facts_json: str, records: Records, orphans: set[str]) -> None:
        mem = self._mem
        touched = mem.remove_records(doc.id)
        for j in records.jurisdictions:
            mem.jurisdictions[j.id] = j
        for unit in records.units:
            if unit.id not in mem.units:
                mem.add_unit(unit)
        touched |= mem.add_records(doc.id, records)
        for unit_id in orphans:
            mem.drop_unit(unit_id)
        for unit_id in touched - orphans:
            mem.reindex_names(unit_id)
        mem.documents[doc.id] = doc
        mem.doc_facts_json[doc.id] = facts_json
        self._graph_cache = None
        self._revision += 1

    def replace_all(self, written: list[tuple[DocumentFacts, Records]]) -> None:
        """Inside ``writing()`` (one transaction): readers see the old graph until the new one
        is committed; the projection is then reloaded from what was committed. Nothing else
        may be written in the same block after it (the projection is stale until the commit)."""
        with self.writing():
            conn = self._conn
            stamps = dict(conn.execute("SELECT id, ingested_at FROM documents").fetchall())
            now = datetime.now(UTC).isoformat(timespec="seconds")
            self._replace_rows(conn, written, stamps, now)
            self._wrote = True  # the stored revision goes up with the commit,
            self._revision += 1
            self._reload_after_commit = True  # and this process's view is rebuilt from it

    @staticmethod
    def _replace_rows(conn: sqlite3.Connection, written: list[tuple[DocumentFacts, Records]],
                      stamps: dict[str, str], now: str) -> None:
        for table in ("records", "units", "jurisdictions", "documents"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
        for facts, records in written:
            doc = facts.document
            conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?)", [
                (doc.id, kind, item.id, json.dumps(to_dict(item), ensure_ascii=False))
                for kind, item in records.items()])
            conn.executemany("INSERT OR IGNORE INTO units VALUES (?, ?, ?)",
                             [(u.id, u.jurisdiction, u.name) for u in records.units])
            conn.executemany("INSERT OR REPLACE INTO jurisdictions VALUES (?, ?)", [
                (j.id, json.dumps(to_dict(j), ensure_ascii=False)) for j in records.jurisdictions])
            conn.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)", (
                doc.id, json.dumps(to_dict(doc), ensure_ascii=False), json.dumps(to_dict(facts), ensure_ascii=False),
                stamps.get(doc.id, now)))

    def delete_document(self, doc_id: str) -> bool:
        with self.writing():
            return self._delete_document(doc_id)

    def _delete_document(self, doc_id: str) -> bool:
        mem = self._mem
        if doc_id not in mem.documents:
            return False
        orphans = {u for u, docs in mem.refs.items() if docs == {doc_id}}
        conn = self._conn
        conn.execute("DELETE FROM records WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        conn.executemany("DELETE FROM units WHERE id = ?", [(u,) for u in orphans])
        with self._changing():
            self._forget_in_memory(doc_id, orphans)
        return True

    def _forget_in_memory(self, doc_id: str, orphans: set[str]) -> None:
        mem = self._mem
        touched = mem.remove_records(doc_id)
        for unit_id in orphans:
            mem.drop_unit(unit_id)
        for unit_id in touched - orphans:
            mem.reindex_names(unit_id)
        mem.documents.pop(doc_id, None)
        mem.doc_facts_json.pop(doc_id, None)
        self._graph_cache = None
        self._revision += 1

    def close(self) -> None:
        self._conn.close()
        self._read.close()

    # ------------------------------------------------------------------ reads
    @property
    def revision(self) -> int:
        return self._revision

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The store as a networkx graph (units, clauses and events as nodes, dated edges),
        for running networkx algorithms on it; built on demand and kept until the next write."""
        cached = self._graph_cache
        if cached is None or cached[0] != self._revision:
            cached = self._graph_cache = (self._revision, to_networkx(self))
        return cached[1]

    def documents(self) -> list[DocumentRecord]:
        return list(self._mem.documents.values())

    def document(self, doc_id: str) -> DocumentRecord:
        try:
            return self._mem.documents[doc_id]
        except KeyError:
            raise DocumentNotFound(f"找不到文件：{doc_id}") from None

    def document_facts(self, doc_id: str) -> DocumentFacts:
        self.document(doc_id)
        return from_dict(DocumentFacts, json.loads(self._mem.doc_facts_json[doc_id]))

    def document_records(self, doc_id: str) -> Records:
        self.document(doc_id)
        out = Records()
        lists: dict[str, list[Any]] = {"clause": out.clauses, "fact": out.facts, "ending": out.endings,
                                       "event": out.events, "boundary": out.boundaries}
        for kind, item_id in self._mem.doc_records.get(doc_id, []):
            item = self._mem.items[kind].get(item_id)
            if item is not None:
                lists[kind].append(copy.deepcopy(item))
        return out

    def units(self) -> list[Unit]:
        return list(self._mem.units.values())

    def get_unit(self, unit_id: str) -> Unit | None:
        return self._mem.units.get(unit_id)

    def jurisdictions(self) -> list[Jurisdiction]:
        return list(self._mem.jurisdictions.values())

    def facts(self, subject: str | None = None, predicate: Predicate | None = None, object: str | None = None) -> list[Fact]:
        mem = self._mem
        table = mem.items["fact"]
        if subject is not None:
            ids: Iterable[str] = mem.facts_by_subject.get(subject, [])
        elif object is not None:
            ids = mem.facts_by_object.get(object, [])
        elif predicate is not None:
            ids = mem.facts_by_predicate.get(predicate, set())
        else:
            ids = table.keys()
        found = [
            f
            for f in (table[i] for i in ids)
            if (predicate is None or f.predicate == predicate)
            and (object is None or f.object == object)
            and (subject is None or f.subject == subject)
        ]
        by_subject: dict[str, list[Fact]] = defaultdict(list)
        for f in found:
            by_subject[f.subject].append(f)
        out: list[Fact] = []
        for subj, group in by_subject.items():
            out.extend(fold_endings(group, self.endings(subj)))
        return out

    def endings(self, subject: str) -> list[Ending]:
        table = self._mem.items["ending"]
        return [table[i] for i in self._mem.endings_by_subject.get(subject, [])]

    def clauses(self, ids: Iterable[str] | None = None) -> list[DutyClause]:
        table = self._mem.items["clause"]
        if ids is None:
            return list(table.values())
        return [table[i] for i in ids if i in table]

    def events(self, unit_id: str | None = None) -> list[Event]:
        table = self._mem.items["event"]
        if unit_id is None:
            return list(table.values())
        return [table[i] for i in self._mem.events_by_unit.get(unit_id, [])]

    def boundaries(self, unit_id: str | None = None) -> list[Boundary]:
        table = self._mem.items["boundary"]
        if unit_id is None:
            return list(table.values())
        return [table[i] for i in self._mem.boundaries_by_unit.get(unit_id, [])]

    def units_by_key(self, key: str) -> list[str]:
        return sorted(self._mem.keys.get(key, set()))
