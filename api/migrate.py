"""Moving a whole store from one backend to another (``kg migrate``).

Nothing is re-derived: every stored document is replayed into the target with its
name-level bundle (``document_facts``) and the resolved records it contributed, as they were
written (stated ends, not the effective ones, so endings still fold the same way and a later
delete still reopens what a document had closed). Each document is one atomic write in the
target; units are carried by the documents that refer to them, and the units and
jurisdictions no document refers to travel with the first document.

    >>> report = migrate_store(source, target)          # doctest: +SKIP
    >>> report.documents, report.verified
    (4, True)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kg.errors import KGError
from kg.store import GraphStore
from queries.export import export_json


class MigrationError(KGError):
    code = "migration_error"


@dataclass
class MigrationReport:
    source: str
    target: str
    documents: int = 0
    units: int = 0
    facts: int = 0
    verified: bool | None = None  # None: not checked
    differences: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def migrate_store(source: GraphStore, target: GraphStore, *, force: bool = False, verify: bool = True,
                  progress: Callable[[str], None] | None = None) -> MigrationReport:
    """Replay every document of ``source`` into ``target``. Refuses a target that already
    holds documents unless ``force`` (documents with the same id are then replaced)."""
    report = MigrationReport(source=source.backend, target=target.backend)
    existing = target.documents()
    if existing and not force:
        raise MigrationError(f"目标存储已有 {len(existing)} 个文件；如确需写入（同编号文件将被替换），请加 --force")
    documents = source.documents()
    units = source.units()
    order = {u.id: i for i, u in enumerate(units)}
    by_id = {u.id: u for u in units}
    per_doc = {d.id: source.document_records(d.id) for d in documents}
    referenced: set[str] = set()
    for records in per_doc.values():
        referenced |= records.unit_refs()
    missing = sorted(u for u in referenced if u not in by_id)
    if missing:
        raise MigrationError(f"源存储不一致：记录引用了不存在的单位 {missing[:3]}")
    unreferenced = [u for u in units if u.id not in referenced]
    if unreferenced and not documents:
        raise MigrationError(f"源存储有 {len(unreferenced)} 个单位但没有文件，无法迁移")

    for n, doc in enumerate(documents):
        records = per_doc[doc.id]
        refs = records.unit_refs()
        records.units = sorted((by_id[u] for u in refs), key=lambda u: order[u.id])
        if n == 0:
            records.units += unreferenced
            records.jurisdictions = source.jurisdictions()
        try:
            target.replace_document(source.document_facts(doc.id), records)
        except KGError as exc:
            raise MigrationError(f"迁移文件 {doc.id}（{doc.title}）失败：{exc}（此前的 {n} 个文件已写入目标）") from exc
        report.documents += 1
        if progress:
            progress(f"{n + 1}/{len(documents)} {doc.title}")
    report.units = len(target.units())
    report.facts = len(target.facts())
    if verify:
        report.differences = compare_exports(source, target)
        report.verified = not report.differences
    return report


def normalized_export(store: GraphStore) -> dict[str, Any]:
    """``queries.export.export_json`` with every list in a canonical order (backends keep
    their own insertion orders), as plain JSON values."""
    data = json.loads(json.dumps(export_json(store), ensure_ascii=False, default=str))
    for key, items in data.items():
        items.sort(key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
        if key == "facts":
            items.sort(key=lambda x: x["id"])
    return data


def compare_exports(a: GraphStore, b: GraphStore) -> list[str]:
    """Human-readable differences between two stores' exports (empty when equal)."""
    left, right = normalized_export(a), normalized_export(b)
    out = []
    for key in left:
        if left[key] == right.get(key):
            continue
        lset = {json.dumps(x, ensure_ascii=False, sort_keys=True) for x in left[key]}
        rset = {json.dumps(x, ensure_ascii=False, sort_keys=True) for x in right.get(key, [])}
        only_l, only_r = sorted(lset - rset), sorted(rset - lset)
        out.append(f"{key}：源有目标无 {len(only_l)} 项，目标有源无 {len(only_r)} 项"
                   + (f"，例如 {(only_l or only_r)[0][:200]}" if only_l or only_r else "（顺序或重复不同）"))
    return out
