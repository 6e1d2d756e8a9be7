"""A person's decisions about unit identity: "these two are one unit" (merge) or "these two are
different units" (reject).

Stored like alias rules, beside the data and not in it, so they survive re-ingest and
``kg rebuild``: ``<store>/identity.yaml`` for a store with a data directory, else the file
named by ``KG_IDENTITY``. A decision names each unit by its id, jurisdiction and name; unit
ids are derived from the jurisdiction and the name (``kg.apply``), so a rebuild finds them
again. The applier reads merges: a unit it would create under the merged unit's name is the
kept unit instead. Removing a decision (``kg merge --undo``) and rebuilding undoes it.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KGError

MERGE, REJECT = "merge", "reject"


@dataclass(frozen=True)
class Decision:
    verdict: str  # merge | reject
    unit: str  # merged (or first) unit id
    into: str  # kept (or second) unit id
    unit_jurisdiction: str = ""
    unit_name: str = ""
    into_jurisdiction: str = ""
    into_name: str = ""

    def pair(self) -> frozenset[str]:
        return frozenset((self.unit, self.into))


def decisions_file(store: Any) -> Path | None:
    directory = getattr(store, "directory", None)
    if directory is not None:
        return Path(directory) / "identity.yaml"
    named = os.environ.get("KG_IDENTITY")
    return Path(named) if named else None


def load_decisions(store: Any) -> list[Decision]:
    path = decisions_file(store)
    if path is None or not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [Decision(**item) for item in data.get("decisions", [])]


def save_decisions(store: Any, decisions: list[Decision]) -> Path:
    path = decisions_file(store)
    if path is None:
        raise KGError("此存储没有数据目录：请用环境变量 KG_IDENTITY 指定保存单位合并决定的文件")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {"decisions": [asdict(d) for d in decisions]}
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(yaml.safe_dump(body, allow_unicode=True, sort_keys=False), encoding="utf-8")
    tmp.replace(path)
    return path


def merge_map(decisions: list[Decision]) -> dict[str, Decision]:
    """Merged unit id → its decision (chains followed: A→B, B→C gives A→C)."""
    direct = {d.unit: d for d in decisions if d.verdict == MERGE}
    out: dict[str, Decision] = {}
    for uid, decision in direct.items():
        seen = {uid}
        final = decision
        while final.into in direct and final.into not in seen:
            seen.add(final.into)
            final = direct[final.into]
        out[uid] = final
    return out


def find_decisions(decisions: list[Decision], first: str, second: str) -> list[Decision]:
    """Decisions about the pair named by ids or names, in either order (a merged unit no
    longer exists, so its name is all a person can give to undo the merge)."""
    from kg.names import display_name
    from kg.text import normalize_name

    def names(uid: str, jurisdiction: str, name: str) -> set[str]:
        return {uid, normalize_name(name), display_name(jurisdiction, normalize_name(name))}

    wanted = {first, second} | {normalize_name(x) for x in (first, second)}
    wanted |= {w[1:] for w in wanted if w[:1] in ("省", "市", "县", "区")}  # 县住建局: the place-relative form
    return [d for d in decisions
            if (names(d.unit, d.unit_jurisdiction, d.unit_name) & wanted)
            and (names(d.into, d.into_jurisdiction, d.into_name) & wanted)]
