"""The GraphStore contract every backend implements.

The rest of the code talks to a store only through these methods and never asks which
backend it is on. Writes are per document and atomic; reads return the records of
``kg.model`` with effective validity (endings folded into ``Fact.valid_to``).
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from kg.dates import holds_at, start_of
from kg.errors import BackendUnavailable, KGError, UnitNotFound
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
)
from kg.model import Document as DocumentRecord
from kg.names import AliasRules, Gazetteer, builtin_aliases, builtin_gazetteer, display_name
from kg.revcache import RevisionCache


class GraphStore(ABC):
    """Abstract store. Capabilities are class attributes; a missing method fails at
    construction because the methods are abstract."""

    backend: str = "abstract"
    #: whether the backend runs vector search itself (Neo4j vector index)
    native_vector_search: bool = False

    # ------------------------------------------------------------------ writes
    @abstractmethod
    def replace_document(self, facts: DocumentFacts, records: Records) -> None:
        """Atomically replace everything ``facts.document.id`` contributed with ``records``."""

    @abstractmethod
    def delete_document(self, doc_id: str) -> bool:
        """Remove a document and every record it contributed. False if it was not there."""

    @abstractmethod
    def close(self) -> None: ...

    @contextmanager
    def writing(self, exclusive: Callable[[], AbstractContextManager[object]] | None = None) -> Iterator[None]:
        """A block in which one caller writes at a time: resolve names against the store, then
        ``replace_document`` / ``delete_document``. A backend that several processes share
        makes this one transaction (or holds a lock) across processes and refreshes what it
        reads inside it. ``exclusive`` is taken while this process's view of the data changes,
        to keep its readers out (the API passes its readers-writer lock's ``write``).
        Re-entrant within one thread. This default suits a backend whose reads need no view
        of their own (each write is one transaction of the database)."""
        yield

    def changed_elsewhere(self) -> bool:
        """Whether another process wrote since this one last looked (then ``refresh()``)."""
        return False

    def refresh(self) -> bool:
        """Pick up other processes' writes; True if anything was reloaded."""
        return False

    def replace_all(self, written: list[tuple[DocumentFacts, Records]]) -> None:
        """Replace the whole store with ``written`` (documents in the order they were
        applied): what ``kg rebuild`` hands over. Backends that can do it in one transaction
        override this; the default deletes every document, then writes the new versions."""
        for doc in self.documents():
            self.delete_document(doc.id)
        for facts, records in written:
            self.replace_document(facts, records)

    # ------------------------------------------------------------------ reads
    @abstractmethod
    def documents(self) -> list[DocumentRecord]: ...

    @abstractmethod
    def document_records(self, doc_id: str) -> Records:
        """The resolved records ``doc_id`` contributed, as written: stated ends, not the
        effective ones (``units`` left empty). Raises DocumentNotFound."""

    @abstractmethod
    def document(self, doc_id: str) -> DocumentRecord:
        """Raises DocumentNotFound."""

    @abstractmethod
    def document_facts(self, doc_id: str) -> DocumentFacts:
        """The name-level bundle the document was ingested from (for rebuilds)."""

    @abstractmethod
    def units(self) -> list[Unit]: ...

    @abstractmethod
    def get_unit(self, unit_id: str) -> Unit | None: ...

    @abstractmethod
    def jurisdictions(self) -> list[Jurisdiction]: ...

    @abstractmethod
    def facts(
        self,
        subject: str | None = None,
        predicate: Predicate | None = None,
        object: str | None = None,
    ) -> list[Fact]:
        """Facts matching the filters, with ``valid_to`` the effective end."""

    @abstractmethod
    def endings(self, subject: str) -> list[Ending]: ...

    @abstractmethod
    def clauses(self, ids: Iterable[str] | None = None) -> list[DutyClause]: ...

    @abstractmethod
    def events(self, unit_id: str | None = None) -> list[Event]:
        """Events that concern ``unit_id``: as an input or output, or as the giver or taker
        of a duty moved in it (all events when None)."""

    @abstractmethod
    def boundaries(self, unit_id: str | None = None) -> list[Boundary]: ...

    @abstractmethod
    def units_by_key(self, key: str) -> list[str]:
        """Unit ids indexed under a name lookup key (``kg.names.lookup_key``)."""

    @property
    @abstractmethod
    def revision(self) -> int:
        """Changes whenever the stored data changes (search indexes rebuild on it)."""

    # ------------------------------------------------------------------ derived reads
    # Shared helpers built only on the abstract reads above.

    def unit(self, unit_id: str) -> Unit:
        found = self.get_unit(unit_id)
        if found is None:
            raise UnitNotFound(f"找不到单位：{unit_id}")
        return found

    def facts_at(self, subject: str, predicate: Predicate, day: date) -> list[Fact]:
        return [f for f in self.facts(subject, predicate) if holds_at(f.valid_from, f.valid_to, day)]

    def value_at(self, subject: str, predicate: Predicate, day: date) -> str | None:
        current = self.facts_at(subject, predicate, day)
        if not current:
            return None
        # the most recently begun value wins when documents overlap
        current.sort(key=lambda f: start_of(f.valid_from) if f.valid_from else date.min)
        return current[-1].value

    def exists_at(self, unit_id: str, day: date) -> bool:
        return existence_holds(self.facts(unit_id, Predicate.EXISTS), day)

    def name_at(self, unit_id: str, day: date | None = None) -> str:
        """The unit's display name at ``day`` (its latest name when None)."""
        unit = self.unit(unit_id)
        names = self.facts(unit_id, Predicate.NAME)
        if day is not None:
            current = [f for f in names if holds_at(f.valid_from, f.valid_to, day)]
            # no name holds at ``day``: the last name begun by then; before every recorded
            # name (a unit known only by a mention, then renamed), the name it was first known by
            begun = [f for f in names if f.valid_from is None or start_of(f.valid_from) <= day]
            if not current and names and not begun:
                return display_name(unit.jurisdiction, unit.name)
            names = current or begun
        if names:
            names.sort(key=lambda f: (f.valid_to is None, start_of(f.valid_from) if f.valid_from else date.min))
            local = names[-1].value or unit.name
        else:
            local = unit.name
        return display_name(unit.jurisdiction, local)

    def alias_rules(self) -> AliasRules:
        """Alias rules for this store: the built-in ones, the file named by ``KG_ALIASES``
        and, for a store with a data directory, ``<directory>/aliases.yaml``. Ingest and
        name lookup both use them, so an alias a user adds is understood everywhere."""
        files = [Path(p) for p in (os.environ.get("KG_ALIASES") or "").split(os.pathsep) if p]
        directory = getattr(self, "directory", None)
        if directory is not None:
            files.append(Path(directory) / "aliases.yaml")
        stamp = tuple((str(f), f.stat().st_mtime if f.exists() else 0.0) for f in files)
        cached = getattr(self, "_alias_cache", None)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        rules = AliasRules.load(files) if files else builtin_aliases()
        self._alias_cache = (stamp, rules)
        return rules

    def gazetteer(self) -> Gazetteer:
        """Known places (built-in provinces plus every stored jurisdiction), cached per
        revision because name resolution and jurisdiction filters ask for it constantly.
        Callers that add places must copy it first (``Gazetteer.copy``)."""
        return _GAZETTEERS.get(self)


def _build_gazetteer(store: GraphStore) -> Gazetteer:
    gaz = builtin_gazetteer().copy()
    for j in store.jurisdictions():
        gaz.add(j.name, j.level, j.parent)
    return gaz


_GAZETTEERS: RevisionCache[Gazetteer] = RevisionCache(_build_gazetteer)


def open_store(
    backend: str | None = None,
    path: str | Path | None = None,
    *,
    neo4j_uri: str | None = None,
    neo4j_user: str | None = None,
    neo4j_password: str | None = None,
) -> GraphStore:
    """Build the store named by arguments or settings (env ``KG_BACKEND``, ``KG_STORE``,
    ``NEO4J_URI``/``NEO4J_USER``/``NEO4J_PASSWORD``). Backends are imported lazily."""
    backend = (backend or os.environ.get("KG_BACKEND") or "networkx").lower()
    if backend == "networkx":
        from kg.stores.networkx_store import NetworkxStore

        return NetworkxStore(Path(path or os.environ.get("KG_STORE") or "kgdata"))
    if backend == "neo4j":
        try:
            from kg.stores.neo4j_store import Neo4jStore
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise BackendUnavailable("使用 Neo4j 后端需要安装 neo4j 驱动：pip install neo4j") from exc
        return Neo4jStore.connect(
            neo4j_uri or os.environ.get("NEO4J_URI", "bolt://localhost:7687"),
            neo4j_user or os.environ.get("NEO4J_USER"),
            neo4j_password or os.environ.get("NEO4J_PASSWORD"),
        )
    raise KGError(f"未知的存储后端“{backend}”：可选 networkx 或 neo4j")


def existence_holds(spans: list[Fact], day: date) -> bool:
    """Whether existence facts put the unit in existence at ``day``.

    An existence with no start ("known to exist, since when unknown": a unit a document
    describes or names) starts at the unit's earliest dated establishment when there is
    one before its end, so describing 自然资源部 does not make it exist before its 2018
    establishment; else at the date a document attested it (``extra['attested']``); a
    re-formed unit's earlier, undated period keeps its open start.
    """
    dated = [start_of(f.valid_from) for f in spans if f.valid_from]
    earliest = min(dated) if dated else None
    for f in spans:
        start = start_of(f.valid_from) if f.valid_from else None
        end = start_of(f.valid_to) if f.valid_to else None
        if start is None and earliest is not None and (end is None or earliest < end):
            start = earliest
        attested = f.extra.get("attested") if start is None else None
        if attested and (end is None or start_of(attested) < end):
            start = start_of(attested)
        if start is not None and start > day:
            continue
        if f.valid_to is not None and start_of(f.valid_to) <= day:
            continue
        return True
    return False


def fold_endings(facts: list[Fact], endings: list[Ending]) -> list[Fact]:
    """Apply endings to facts: a fact's effective end is the earliest ending that matches it
    and comes after its start. Returns new Fact objects; the inputs are not modified."""
    if not endings:
        return facts
    out = []
    for fact in facts:
        end = fact.valid_to
        begun = start_of(fact.valid_from) if fact.valid_from else date.min
        for e in endings:
            if e.predicate != fact.predicate or e.subject != fact.subject:
                continue
            if e.value is not None and e.value != fact.value:
                continue
            if e.object is not None and e.object != fact.object:
                continue
            if start_of(e.at) <= begun:
                continue
            if end is None or start_of(e.at) < start_of(end):
                end = e.at
        out.append(fact if end == fact.valid_to else replace(fact, valid_to=end))
    return out
