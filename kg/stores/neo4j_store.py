"""The Neo4j backend: the same records as the embedded store, as a property graph.

Graph shape:

* ``(:Document)`` holds the document record and its name-level bundle (JSON strings) and
  ``[:REFS]`` the units its records refer to (what keeps a unit alive).
* ``(:Unit {id, jurisdiction, name, keys})``: identity only; ``keys`` are the lookup keys
  (``kg.names.lookup_key`` over the unit's name and its NAME/ALIAS/SIGN values).
* Dated facts: ``(:Unit)-[:PARENT]->(:Unit)``, ``(:Unit)-[:CO_LOCATED]->(:Unit)`` and
  ``(:Unit)-[:HOLDS]->(:Clause)`` are relationships; NAME, ALIAS, SIGN, RANK, KIND, EXISTS
  and STAFFING are ``(:Unit)-[:HAS_FACT]->(:Fact)`` nodes. Both carry the same properties:
  the strings of the record plus ``valid_from_start``/``valid_to_start`` as Neo4j dates,
  and ``valid_to`` is the *effective* end (endings folded in, recomputed in the writing
  transaction), so as-of questions are plain Cypher predicates.
* ``(:Unit)-[:HAS_ENDING]->(:Ending)``; ``(:Unit)-[:INPUT]->(:Event)-[:OUTPUT]->(:Unit)``;
  ``(:Event)-[:MOVE]->(:Move)`` with ``(:Unit)-[:GAVE]->(:Move)-[:TO]->(:Unit)`` for duty
  moves; ``(:Boundary)-[:CONCERNS]->(:Unit)``; ``(:Jurisdiction)``.
* ``(:KGMeta {key: 'revision'})``: incremented by every write.

Every write of a document is one transaction; all Cypher lives in ``neo4j_queries``. The
caller owns a driver passed to the constructor (``connect`` builds and owns its own), and
nothing talks to the server before a method is called.
"""

from __future__ import annotations

import json
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from typing import Any

import neo4j
from neo4j.exceptions import DriverError, Neo4jError

from kg.dates import start_of
from kg.errors import BackendUnavailable, DocumentNotFound, StoreError
from kg.model import (
    WHOLE_EVENT_TYPES,
    Boundary,
    ClauseMove,
    DocumentFacts,
    DutyClause,
    Ending,
    Event,
    EventType,
    Fact,
    Jurisdiction,
    Predicate,
    Provenance,
    Records,
    Unit,
    from_dict,
    partial_sources,
    to_dict,
)
from kg.model import Document as DocumentRecord
from kg.names import lookup_key, name_variants
from kg.store import GraphStore
from kg.stores import neo4j_queries as Q

_NAME_PREDICATES = [Predicate.NAME.value, Predicate.ALIAS.value, Predicate.SIGN.value]
_RELATIONSHIP_FACTS = {
    Predicate.PARENT: Q.WRITE_PARENT_FACTS,
    Predicate.HOLDS: Q.WRITE_HOLDS_FACTS,
    Predicate.CO_LOCATED: Q.WRITE_CO_LOCATED_FACTS,
}
_BATCH = 1000
_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


# --------------------------------------------------------------------------- helpers


def _start(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return start_of(value)
    except (ValueError, TypeError) as exc:
        raise StoreError(f"日期“{value}”无法识别，无法写入 Neo4j") from exc


def _json(value: Any) -> str:
    return json.dumps(to_dict(value), ensure_ascii=False)


def _prov_props(prov: Provenance) -> dict[str, Any]:
    return {"prov_doc": prov.doc_id, "prov_start": prov.start, "prov_end": prov.end, "sentence": prov.sentence}


def _prov(p: dict[str, Any]) -> Provenance:
    return Provenance(p.get("prov_doc") or "", p.get("prov_start") or 0, p.get("prov_end") or 0, p.get("sentence") or "")


def _fact_props(fact: Fact, doc_id: str, seq: int, idx: int) -> dict[str, Any]:
    return {
        "id": fact.id,
        "subject": fact.subject,
        "predicate": Predicate(fact.predicate).value,
        "value": fact.value,
        "object": fact.object,
        "amount": fact.amount,
        "valid_from": fact.valid_from,
        "valid_from_start": _start(fact.valid_from),
        "stated_to": fact.valid_to,
        "stated_to_start": _start(fact.valid_to),
        "valid_to": fact.valid_to,
        "valid_to_start": _start(fact.valid_to),
        "event_id": fact.event_id,
        "extra": _json(fact.extra or {}),
        "doc_id": doc_id,
        "seq": seq,
        "idx": idx,
        **_prov_props(fact.prov),
    }


def _fact(p: dict[str, Any], *, stated: bool = False) -> Fact:
    return Fact(
        id=p["id"],
        subject=p["subject"],
        predicate=Predicate(p["predicate"]),
        prov=_prov(p),
        value=p.get("value"),
        object=p.get("object"),
        amount=p.get("amount"),
        valid_from=p.get("valid_from"),
        valid_to=p.get("stated_to") if stated else p.get("valid_to"),
        event_id=p.get("event_id"),
        extra=json.loads(p.get("extra") or "{}"),
    )


def _ending(p: dict[str, Any]) -> Ending:
    return Ending(id=p["id"], subject=p["subject"], predicate=Predicate(p["predicate"]), at=p["at"], prov=_prov(p),
                  value=p.get("value"), object=p.get("object"), event_id=p.get("event_id"))


def _clause(p: dict[str, Any]) -> DutyClause:
    return DutyClause(id=p["id"], text=p.get("text") or "", prov=_prov(p), category=p.get("category") or "主要职责",
                      item=p.get("item"))


def _event(p: dict[str, Any]) -> Event:
    moves = [ClauseMove(m["clause_id"], m.get("source"), m.get("target")) for m in json.loads(p.get("moves") or "[]")]
    return Event(id=p["id"], type=EventType(p["type"]), date=p.get("date"), prov=_prov(p),
                 inputs=list(p.get("inputs") or []), outputs=list(p.get("outputs") or []), moves=moves,
                 attrs=json.loads(p.get("attrs") or "{}"))


def _boundary(p: dict[str, Any]) -> Boundary:
    return Boundary(id=p["id"], units=list(p.get("units") or []), text=p.get("text") or "", prov=_prov(p))


def _grouped_by_subject(facts: list[Fact]) -> list[Fact]:
    """Facts grouped by subject in order of first appearance (the reference backend's order)."""
    groups: dict[str, list[Fact]] = {}
    for f in facts:
        groups.setdefault(f.subject, []).append(f)
    return [f for group in groups.values() for f in group]


def _batches(rows: Sequence[Any], size: int = _BATCH) -> Iterable[Sequence[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _lucene_escape(text: str) -> str:
    return _LUCENE_SPECIAL.sub(r"\\\1", text)


# --------------------------------------------------------------------------- the store


class Neo4jStore(GraphStore):
    """``GraphStore`` over a Neo4j 5 database (any Bolt URI: bolt://, neo4j://, neo4j+s://).

        driver = neo4j.GraphDatabase.driver("bolt://localhost:7687", auth=None)
        store = Neo4jStore(driver)      # the caller owns (and closes) the driver
        store.ensure_schema()           # constraints and indexes, idempotent
    """

    backend = "neo4j"
    native_vector_search = True

    def __init__(self, driver: neo4j.Driver, database: str | None = None):
        self._driver = driver
        self._database = database
        self._owns_driver = False
        self._writer = threading.local()

    @contextmanager
    def writing(self, exclusive: Callable[[], AbstractContextManager[object]] | None = None) -> Iterator[None]:
        """One writer at a time across processes: a transaction of its own holds a write lock
        on ``(:KGMeta {key: 'writer'})`` for the whole block, so another process's block waits
        at its start. Reads inside the block see every committed write (nobody else can
        commit one meanwhile); ``replace_document`` commits in its own transaction. Nothing is
        cached in this process, so ``exclusive`` is not needed. Re-entrant within a thread."""
        if getattr(self._writer, "held", False):
            yield
            return
        try:
            session = self._session()
            tx = session.begin_transaction()
            tx.run(Q.TAKE_WRITER_LOCK).consume()
        except DriverError as exc:
            raise BackendUnavailable(f"Neo4j 连接失败：{exc}") from exc
        self._writer.held = True
        try:
            yield
        finally:
            self._writer.held = False
            try:
                tx.commit()  # releases the lock (it only counted a turn); the block's writes committed on their own
            except (DriverError, Neo4jError):
                pass  # the server ends a transaction whose connection is gone, and its lock with it
            finally:
                session.close()

    @classmethod
    def connect(cls, uri: str, user: str | None = None, password: str | None = None, *,
                database: str | None = None, ensure_schema: bool = True) -> Neo4jStore:
        """Open a driver (auth off when ``user`` is None), check the server answers and, by
        default, create the schema. The store owns this driver and closes it in ``close``."""
        auth = None if user is None else (user, password or "")
        try:
            driver = neo4j.GraphDatabase.driver(uri, auth=auth)
        except (DriverError, Neo4jError, ValueError) as exc:
            raise BackendUnavailable(f"Neo4j 地址“{uri}”无效：{exc}") from exc
        try:
            driver.verify_connectivity()
        except (DriverError, Neo4jError, OSError) as exc:
            driver.close()
            raise BackendUnavailable(f"无法连接 Neo4j（{uri}）：{exc}") from exc
        store = cls(driver, database=database)
        store._owns_driver = True
        if ensure_schema:
            try:
                store.ensure_schema()
            except BaseException:
                driver.close()
                raise
        return store

    def close(self) -> None:
        if self._owns_driver:
            self._driver.close()

    # ------------------------------------------------------------------ plumbing
    def _session(self, access_mode: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        # The driver-wide bookmark manager chains every session of this driver causally, so a
        # read on a cluster sees the write before it.
        return self._driver.session(database=self._database, default_access_mode=access_mode,
                                    bookmark_manager=self._driver.execute_query_bookmark_manager,
                                    notifications_min_severity="OFF")

    def _read(self, cypher: str, /, **params: Any) -> list[neo4j.Record]:
        """One read statement in an auto-commit transaction (one round trip: the contract's
        reads are many and small, and each is a single statement)."""
        try:
            with self._session(neo4j.READ_ACCESS) as session:
                return list(session.run(cypher, params))
        except DriverError as exc:
            raise BackendUnavailable(f"Neo4j 连接失败：{exc}") from exc

    def _write(self, work: Any, *args: Any) -> Any:
        try:
            with self._session() as session:
                return session.execute_write(work, *args)
        except StoreError:
            raise
        except Neo4jError as exc:
            raise StoreError(f"写入 Neo4j 失败：{exc.message or exc}") from exc
        except DriverError as exc:
            raise BackendUnavailable(f"Neo4j 连接失败：{exc}") from exc

    @staticmethod
    def _one(tx: neo4j.ManagedTransaction, cypher: str, /, **params: Any) -> Any:
        record = tx.run(cypher, params).single()
        return None if record is None else record[0]

    def ensure_schema(self, timeout_seconds: int = 300) -> None:
        """Create the constraints, lookup indexes and the CJK full-text indexes (idempotent).
        The vector index is created by ``store_clause_embeddings`` once the dimension is known."""
        try:
            with self._session() as session:
                for statement in Q.SCHEMA:
                    session.run(statement).consume()
                session.run(Q.AWAIT_INDEXES, {"seconds": timeout_seconds}).consume()
        except Neo4jError as exc:
            raise StoreError(f"创建 Neo4j 约束和索引失败：{exc.message or exc}") from exc
        except DriverError as exc:
            raise BackendUnavailable(f"Neo4j 连接失败：{exc}") from exc

    # ------------------------------------------------------------------ writes
    def replace_document(self, facts: DocumentFacts, records: Records) -> None:
        doc = facts.document
        for kind, ids in (
            ("clause", [c.id for c in records.clauses]),
            ("fact", [f.id for f in records.facts]),
            ("ending", [e.id for e in records.endings]),
            ("event", [e.id for e in records.events]),
            ("boundary", [b.id for b in records.boundaries]),
        ):
            if len(ids) != len(set(ids)):
                dup = sorted({i for i in ids if ids.count(i) > 1})
                raise StoreError(f"内部错误：文件 {doc.id} 的记录编号重复（{kind}）：{dup[:3]}")
        payload = {
            "doc_id": doc.id,
            "title": doc.title,
            "date": doc.date,
            "jurisdiction": doc.jurisdiction,
            "json": _json(doc),
            "facts_json": _json(facts),
            "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self._write(self._tx_replace, payload, records)

    def _tx_replace(self, tx: neo4j.ManagedTransaction, payload: dict[str, Any], records: Records) -> None:
        doc_id = payload["doc_id"]
        state = tx.run(Q.DOCUMENT_STATE, {"doc_id": doc_id}).single()
        old_refs = set(state["refs"]) if state else set()
        new_refs = records.unit_refs()
        record_units = {u.id for u in records.units}
        existing = set(self._one(tx, Q.EXISTING_UNITS, ids=sorted(new_refs - record_units)) or [])
        missing = [u for u in new_refs if u not in existing and u not in record_units]
        if missing:
            raise StoreError(f"内部错误：记录引用了不存在的单位 {missing[:3]}")
        seq = self._one(tx, Q.BUMP_REVISION)

        # 1. what the old version touched, then remove it
        affected = set(self._one(tx, Q.OLD_ENDING_SUBJECTS, doc_id=doc_id) or [])
        stub_candidates = set(self._one(tx, Q.OLD_HOLDS_OBJECTS, doc_id=doc_id) or [])
        tx.run(Q.DELETE_DOC_RECORDS, {"doc_id": doc_id}).consume()
        keep = [c.id for c in records.clauses]
        tx.run(Q.STUB_CLAUSES, {"doc_id": doc_id, "keep": keep}).consume()
        tx.run(Q.DELETE_CLAUSES, {"doc_id": doc_id, "keep": keep}).consume()
        taken = self._one(
            tx, Q.ID_COLLISIONS, doc_id=doc_id, clauses=keep, facts=[f.id for f in records.facts],
            endings=[e.id for e in records.endings], events=[e.id for e in records.events],
            boundaries=[b.id for b in records.boundaries],
        )
        if taken:
            raise StoreError(f"记录编号已被其他文件使用：{sorted(taken)[:3]}")

        # 2. the new version
        tx.run(Q.WRITE_DOCUMENT, {**payload, "seq": seq}).consume()
        self._write_records(tx, doc_id, seq, records)
        tx.run(Q.WRITE_REFS, {"doc_id": doc_id, "ids": sorted(new_refs)}).consume()

        # 3. derived state: effective ends, orphans, lookup keys, clause stubs
        affected |= {e.subject for e in records.endings} | {f.subject for f in records.facts}
        self._recompute_valid_to(tx, affected)
        orphans = set(self._one(tx, Q.DROP_ORPHAN_UNITS, ids=sorted(old_refs - new_refs)) or [])
        self._reindex_names(tx, (old_refs | new_refs | record_units) - orphans)
        stub_candidates |= {f.object for f in records.facts if f.predicate == Predicate.HOLDS and f.object}
        tx.run(Q.DROP_CLAUSE_STUBS, {"ids": sorted(stub_candidates)}).consume()

    def _write_records(self, tx: neo4j.ManagedTransaction, doc_id: str, seq: int, records: Records) -> None:
        def run(query: str, rows: list[dict[str, Any]], *, counted: bool = False) -> None:
            for batch in _batches(rows):
                result = tx.run(query, {"rows": list(batch), "seq": seq, "doc_id": doc_id})
                if counted:
                    written = result.single()
                    if written is None or written[0] != len(batch):
                        raise StoreError(f"内部错误：文件 {doc_id} 的记录未能全部写入 Neo4j")
                else:
                    result.consume()

        run(Q.WRITE_UNITS, [{"id": u.id, "jurisdiction": u.jurisdiction, "name": u.name, "idx": i}
                            for i, u in enumerate(records.units)])
        run(Q.WRITE_JURISDICTIONS, [{"id": j.id, "name": j.name, "level": j.level, "parent": j.parent, "idx": i}
                                    for i, j in enumerate(records.jurisdictions)])
        run(Q.WRITE_CLAUSES, [
            {"id": c.id, "props": {"text": c.text, "category": c.category, "item": c.item, "doc_id": doc_id,
                                   "seq": seq, "idx": i, **_prov_props(c.prov)}}
            for i, c in enumerate(records.clauses)
        ])
        by_shape: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for i, f in enumerate(records.facts):
            unit_subject = (f.extra or {}).get("scope") != "jurisdiction"
            shape = _RELATIONSHIP_FACTS.get(Predicate(f.predicate)) if f.object and unit_subject else None
            by_shape[shape or Q.WRITE_NODE_FACTS].append({"props": _fact_props(f, doc_id, seq, i)})
        for query, rows in by_shape.items():
            run(query, rows, counted=True)
        run(Q.WRITE_ENDINGS, [
            {"props": {"id": e.id, "subject": e.subject, "predicate": Predicate(e.predicate).value, "at": e.at,
                       "at_start": _start(e.at), "value": e.value, "object": e.object, "event_id": e.event_id,
                       "doc_id": doc_id, "seq": seq, "idx": i, **_prov_props(e.prov)}}
            for i, e in enumerate(records.endings)
        ], counted=True)
        run(Q.WRITE_EVENTS, [
            {"props": {"id": e.id, "type": EventType(e.type).value, "date": e.date, "date_start": _start(e.date),
                       "inputs": list(e.inputs), "outputs": list(e.outputs), "moves": _json(e.moves),
                       "attrs": _json(e.attrs), "partial_sources": partial_sources(e), "doc_id": doc_id,
                       "seq": seq, "idx": i, **_prov_props(e.prov)}}
            for i, e in enumerate(records.events)
        ], counted=True)
        run(Q.WRITE_EVENT_INPUTS, [{"event": e.id, "unit": u, "pos": p}
                                   for e in records.events for p, u in enumerate(e.inputs)])
        run(Q.WRITE_EVENT_OUTPUTS, [{"event": e.id, "unit": u, "pos": p}
                                    for e in records.events for p, u in enumerate(e.outputs)])
        run(Q.WRITE_MOVES, [
            {"event": e.id, "pos": p, "props": {"clause_id": m.clause_id, "source": m.source, "target": m.target,
                                                "event_id": e.id, "doc_id": doc_id}}
            for e in records.events for p, m in enumerate(e.moves)
        ])
        run(Q.WRITE_BOUNDARIES, [
            {"props": {"id": b.id, "units": list(b.units), "text": b.text, "doc_id": doc_id, "seq": seq, "idx": i,
                       **_prov_props(b.prov)}}
            for i, b in enumerate(records.boundaries)
        ], counted=True)
        run(Q.WRITE_BOUNDARY_UNITS, [{"boundary": b.id, "unit": u, "pos": p}
                                     for b in records.boundaries for p, u in enumerate(b.units)])

    def _recompute_valid_to(self, tx: neo4j.ManagedTransaction, subjects: set[str]) -> None:
        ids = sorted(subjects)
        for batch in _batches(ids):
            tx.run(Q.RECOMPUTE_VALID_TO, {"ids": list(batch)}).consume()

    def _reindex_names(self, tx: neo4j.ManagedTransaction, unit_ids: set[str]) -> None:
        """Lookup keys of the units: computed by ``kg.names`` in Python, stored on the node."""
        rows = []
        for record in tx.run(Q.NAME_SOURCES, {"ids": sorted(unit_ids), "predicates": _NAME_PREDICATES}):
            names = {record["name"], *record["names"]}
            keys = sorted({lookup_key(record["jurisdiction"], v) for n in names for v in name_variants(n)})
            rows.append({"id": record["id"], "keys": keys, "names_text": "\n".join(sorted(names))})
        for batch in _batches(rows):
            tx.run(Q.WRITE_KEYS, {"rows": list(batch)}).consume()

    def delete_document(self, doc_id: str) -> bool:
        return bool(self._write(self._tx_delete, doc_id))

    def _tx_delete(self, tx: neo4j.ManagedTransaction, doc_id: str) -> bool:
        state = tx.run(Q.DOCUMENT_STATE, {"doc_id": doc_id}).single()
        if state is None or not state["found"]:
            return False
        refs = set(state["refs"])
        self._one(tx, Q.BUMP_REVISION)
        affected = set(self._one(tx, Q.OLD_ENDING_SUBJECTS, doc_id=doc_id) or [])
        stubs = set(self._one(tx, Q.OLD_HOLDS_OBJECTS, doc_id=doc_id) or [])
        tx.run(Q.DELETE_DOC_RECORDS, {"doc_id": doc_id}).consume()
        tx.run(Q.STUB_CLAUSES, {"doc_id": doc_id, "keep": []}).consume()
        tx.run(Q.DELETE_CLAUSES, {"doc_id": doc_id, "keep": []}).consume()
        tx.run(Q.DELETE_DOCUMENT, {"doc_id": doc_id}).consume()
        self._recompute_valid_to(tx, affected)
        orphans = set(self._one(tx, Q.DROP_ORPHAN_UNITS, ids=sorted(refs)) or [])
        self._reindex_names(tx, refs - orphans)
        tx.run(Q.DROP_CLAUSE_STUBS, {"ids": sorted(stubs)}).consume()
        return True

    # ------------------------------------------------------------------ reads
    @property
    def revision(self) -> int:
        rows = self._read(Q.READ_REVISION)
        return int(rows[0]["revision"]) if rows else 0

    def documents(self) -> list[DocumentRecord]:
        return [from_dict(DocumentRecord, json.loads(r["json"])) for r in self._read(Q.READ_DOCUMENTS)]

    def _document_row(self, doc_id: str) -> neo4j.Record:
        rows = self._read(Q.READ_DOCUMENT, doc_id=doc_id)
        if not rows:
            raise DocumentNotFound(f"找不到文件：{doc_id}")
        return rows[0]

    def document(self, doc_id: str) -> DocumentRecord:
        return from_dict(DocumentRecord, json.loads(self._document_row(doc_id)["json"]))

    def document_facts(self, doc_id: str) -> DocumentFacts:
        return from_dict(DocumentFacts, json.loads(self._document_row(doc_id)["facts_json"]))

    def units(self) -> list[Unit]:
        return [Unit(r["id"], r["jurisdiction"], r["name"]) for r in self._read(Q.READ_UNITS)]

    def get_unit(self, unit_id: str) -> Unit | None:
        rows = self._read(Q.READ_UNIT, id=unit_id)
        return Unit(rows[0]["id"], rows[0]["jurisdiction"], rows[0]["name"]) if rows else None

    def jurisdictions(self) -> list[Jurisdiction]:
        return [Jurisdiction(r["id"], r["name"], r["level"] or "", r["parent"]) for r in self._read(Q.READ_JURISDICTIONS)]

    def facts(self, subject: str | None = None, predicate: Predicate | None = None,
              object: str | None = None) -> list[Fact]:
        pred = Predicate(predicate).value if predicate is not None else None
        if subject is not None:
            rows = self._read(Q.READ_FACTS_OF_SUBJECT, subject=subject, predicate=pred, object=object)
        elif object is not None:
            rows = self._read(Q.READ_FACTS_OF_OBJECT, object=object, predicate=pred)
        else:
            rows = self._read(Q.READ_FACTS, predicate=pred)
        return _grouped_by_subject([_fact(r["f"]) for r in rows])

    def facts_at(self, subject: str, predicate: Predicate, day: date) -> list[Fact]:
        """As-of read in Cypher (same answer as the base class, one round trip)."""
        rows = self._read(Q.READ_FACTS_AT, subject=subject, predicate=Predicate(predicate).value, day=day)
        return [_fact(r["f"]) for r in rows]

    def endings(self, subject: str) -> list[Ending]:
        return [_ending(r["e"]) for r in self._read(Q.READ_ENDINGS, subject=subject)]

    def clauses(self, ids: Iterable[str] | None = None) -> list[DutyClause]:
        if ids is None:
            return [_clause(r["clause"]) for r in self._read(Q.READ_CLAUSES)]
        wanted = list(ids)
        if not wanted:
            return []
        found = {r["clause"]["id"]: _clause(r["clause"]) for r in self._read(Q.READ_CLAUSES_BY_ID, ids=sorted(set(wanted)))}
        return [found[i] for i in wanted if i in found]

    def events(self, unit_id: str | None = None) -> list[Event]:
        if unit_id is None:
            return [_event(r["e"]) for r in self._read(Q.READ_EVENTS)]
        return [_event(r["e"]) for r in self._read(Q.READ_EVENTS_OF_UNIT, unit_id=unit_id)]

    def boundaries(self, unit_id: str | None = None) -> list[Boundary]:
        if unit_id is None:
            return [_boundary(r["b"]) for r in self._read(Q.READ_BOUNDARIES)]
        return [_boundary(r["b"]) for r in self._read(Q.READ_BOUNDARIES_OF_UNIT, unit_id=unit_id)]

    def units_by_key(self, key: str) -> list[str]:
        return [r["id"] for r in self._read(Q.READ_UNITS_BY_KEY, key=key)]

    # ------------------------------------------------------------------ beyond the contract
    def document_records(self, doc_id: str) -> Records:
        """The resolved records ``doc_id`` contributed, as written (stated ``valid_to``, not
        the effective one). ``units`` and ``jurisdictions`` are left empty: units belong to
        no document. For rebuilds and ``api.migrate``."""
        self._document_row(doc_id)
        return Records(
            clauses=[_clause(r["clause"]) for r in self._read(Q.DOC_CLAUSES, doc_id=doc_id)],
            facts=[_fact(r["f"], stated=True) for r in self._read(Q.DOC_FACTS, doc_id=doc_id)],
            endings=[_ending(r["e"]) for r in self._read(Q.DOC_ENDINGS, doc_id=doc_id)],
            events=[_event(r["e"]) for r in self._read(Q.DOC_EVENTS, doc_id=doc_id)],
            boundaries=[_boundary(r["b"]) for r in self._read(Q.DOC_BOUNDARIES, doc_id=doc_id)],
        )

    def lineage_units(self, unit_id: str, direction: str = "descendants", *,
                      whole_only: bool = False) -> list[dict[str, Any]]:
        """Units a unit flowed into (``descendants``) or came from (``ancestors``), at any
        depth, by a variable-length Cypher traversal. By default every flow counts: events
        (unit → event → unit) and single duty moves (unit → move → unit). ``whole_only``
        follows only whole-unit links (组建/重新组建/并入 from an input that did not give just
        named duties), the links ``queries.lineage`` expands to any depth. Each result:
        ``{"id", "depth", "via": [event ids]}``, shortest way first.

        >>> [u["id"] for u in store.lineage_units(uid, "ancestors")]   # doctest: +SKIP
        ['u_…国土资源部', 'u_…国家海洋局']
        """
        queries = {
            ("descendants", False): Q.LINEAGE_DESCENDANTS,
            ("ancestors", False): Q.LINEAGE_ANCESTORS,
            ("descendants", True): Q.LINEAGE_DESCENDANTS_WHOLE,
            ("ancestors", True): Q.LINEAGE_ANCESTORS_WHOLE,
        }
        query = queries.get((direction, whole_only))
        if query is None:
            raise StoreError(f"沿革方向只能是 descendants 或 ancestors，收到“{direction}”")
        self.unit(unit_id)
        rows = self._read(query, unit_id=unit_id, whole_types=sorted(t.value for t in WHOLE_EVENT_TYPES))
        return [{"id": r["id"], "depth": int(r["depth"]), "via": list(r["via"])} for r in rows]

    def search_names(self, text: str, limit: int = 10) -> list[tuple[str, float]]:
        """Units whose names (identity name, NAME/ALIAS/SIGN values) match ``text`` in the
        CJK full-text index: ``[(unit_id, score)]``, best first."""
        return self._fulltext(Q.UNIT_NAMES_INDEX, text, limit)

    def search_clause_text(self, text: str, limit: int = 10) -> list[tuple[str, float]]:
        """Clauses whose text matches ``text`` in the CJK full-text index."""
        return self._fulltext(Q.CLAUSE_TEXT_INDEX, text, limit)

    def _fulltext(self, index: str, text: str, limit: int) -> list[tuple[str, float]]:
        query = _lucene_escape(text.strip())
        if not query:
            return []
        try:
            rows = self._read(Q.SEARCH_FULLTEXT, index=index, query=query, limit=int(limit))
        except Neo4jError as exc:
            raise StoreError(f"全文检索失败（请先调用 ensure_schema 建立索引）：{exc.message or exc}") from exc
        return [(r["id"], float(r["score"])) for r in rows]

    def clauses_without_embedding(self) -> list[tuple[str, str]]:
        """``[(clause_id, text)]`` of stored clauses that have no embedding yet."""
        return [(r["id"], r["text"]) for r in self._read(Q.CLAUSES_WITHOUT_EMBEDDING)]

    def store_clause_embeddings(self, ids: Sequence[str], vectors: Any, *, batch: int = 500,
                                timeout_seconds: int = 300) -> int:
        """Store clause embeddings (one vector per id) in batches, creating the cosine vector
        index on the first call. Returns how many clauses were updated."""
        rows = [{"id": cid, "vector": [float(x) for x in vec]} for cid, vec in zip(ids, vectors, strict=True)]
        if not rows:
            return 0
        dim = len(rows[0]["vector"])
        if any(len(r["vector"]) != dim for r in rows):
            raise StoreError("职责向量的维度不一致")
        self._ensure_vector_index(dim, timeout_seconds)

        def work(tx: neo4j.ManagedTransaction, chunk: list[dict[str, Any]]) -> int:
            return int(self._one(tx, Q.WRITE_EMBEDDINGS, rows=chunk) or 0)

        return sum(self._write(work, list(chunk)) for chunk in _batches(rows, batch))

    def _vector_dimension(self) -> int | None:
        rows = self._read(Q.VECTOR_INDEX_OPTIONS, name=Q.VECTOR_INDEX)
        if not rows:
            return None
        return int(rows[0]["options"]["indexConfig"]["vector.dimensions"])

    def _ensure_vector_index(self, dim: int, timeout_seconds: int) -> None:
        current = self._vector_dimension()
        if current is not None:
            if current != dim:
                raise StoreError(f"职责向量维度为 {dim}，但 Neo4j 向量索引的维度是 {current}；请先删除索引 {Q.VECTOR_INDEX}")
            return
        try:
            with self._session() as session:
                session.run(Q.CREATE_VECTOR_INDEX, {"dim": dim}).consume()
                session.run(Q.AWAIT_INDEX, {"name": Q.VECTOR_INDEX, "seconds": timeout_seconds}).consume()
        except Neo4jError as exc:
            raise StoreError(f"创建 Neo4j 向量索引失败：{exc.message or exc}") from exc

    def search_clauses(self, query_vector: Any, k: int = 10) -> list[tuple[str, float]]:
        """Nearest clauses by cosine in the Neo4j vector index: ``[(clause_id, cosine)]``.
        (Neo4j scores cosine as (1 + cos) / 2; this returns the cosine itself.)"""
        if self._vector_dimension() is None:
            raise StoreError("尚未保存职责向量：请先调用 store_clause_embeddings")
        vector = [float(x) for x in query_vector]
        rows = self._read(Q.SEARCH_VECTORS, index=Q.VECTOR_INDEX, k=int(k), vector=vector)
        return [(r["id"], 2.0 * float(r["score"]) - 1.0) for r in rows]
