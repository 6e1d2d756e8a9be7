"""Units: search, profile, lineage, duties."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from api.deps import ReadAccess, SettingsDep, StoreDep, check_text, parse_day
from api.routes.responses import errors
from api.schemas import DuplicateList, Lineage, UnitDuties, UnitList, UnitProfile
from kg.model import Predicate
from kg.store import GraphStore
from queries.lineage import lineage
from queries.resolve import find_unit, search_units
from queries.scope import alive, in_jurisdiction
from queries.unit_info import duties_at, parent_at, unit_profile

router = APIRouter(prefix="/units", tags=["单位"], dependencies=[ReadAccess], responses=errors(400, 422))

AtQuery = Annotated[str | None, Query(description="查询日期：2018、2018-03 或 2018-03-21（默认今天）")]
JurQuery = Annotated[str | None, Query(description="行政区划，如 中央、示例县", max_length=100)]
UnitPath = Annotated[str, Path(description="单位编号（或名称、简称）", max_length=200)]


def _row(store: GraphStore, uid: str, day: Any, matched: str | None = None) -> dict[str, Any]:
    unit = store.unit(uid)
    parent = parent_at(store, uid, day)
    dated = bool(store.facts(uid, Predicate.EXISTS))
    return {
        "id": uid,
        "name": store.name_at(uid, day),
        "jurisdiction": unit.jurisdiction,
        "kind": store.value_at(uid, Predicate.KIND, day),
        "rank": store.value_at(uid, Predicate.RANK, day),
        "parent": store.name_at(parent.object, day) if parent and parent.object and store.get_unit(parent.object) else None,
        "exists": store.exists_at(uid, day) if dated else None,
        "matched": matched,
    }


@router.get("", response_model=UnitList, summary="查找单位")
def list_units(
    store: StoreDep,
    settings: SettingsDep,
    q: Annotated[str | None, Query(description="按名称、简称、曾用名或牌子查找")] = None,
    at: AtQuery = None,
    jurisdiction: JurQuery = None,
    kind: Annotated[str | None, Query(description="机构类别，如 政府工作部门、事业单位", max_length=50)] = None,
    limit: Annotated[int, Query(ge=1, le=2000, description="最多返回多少个")] = 200,
) -> dict[str, Any]:
    """不带 q 时列出查询日期存在的单位；带 q 时按名称查找（不指定 at 时也包括已撤销的单位）。"""
    day = parse_day(at)
    text = check_text(q, settings, "查询内容", required=False)
    rows: list[dict[str, Any]] = []
    if text:
        hits = search_units(store, text)
        hits.sort(key=lambda h: (h[2], len(store.name_at(h[0])), store.name_at(h[0])))
        for uid, matched, _ in hits:
            if jurisdiction and not in_jurisdiction(store, uid, jurisdiction):
                continue
            if at and not alive(store, uid, day):
                continue
            row = _row(store, uid, day, matched)
            if kind and row["kind"] != kind:
                continue
            rows.append(row)
    else:
        for unit in store.units():
            if jurisdiction and not in_jurisdiction(store, unit.id, jurisdiction):
                continue
            if not alive(store, unit.id, day):
                continue
            row = _row(store, unit.id, day)
            if kind and row["kind"] != kind:
                continue
            rows.append(row)
        rows.sort(key=lambda r: (r["jurisdiction"], r["name"]))
    return {"at": day.isoformat(), "total": len(rows), "units": rows[:limit]}


def _resolve(store: GraphStore, unit: str, jurisdiction: str | None, at: str | None) -> str:
    return find_unit(store, unit.strip(), jurisdiction=jurisdiction, at=parse_day(at) if at else None)


@router.get("/duplicates", response_model=DuplicateList, summary="可能重复的单位")
def list_duplicates(store: StoreDep, jurisdiction: JurQuery = None) -> dict[str, Any]:
    """可能是同一单位的单位对，附依据（同名、简称、加地名的写法、牌子、存续时期）；用 kg merge 确认或否决。"""
    from queries.duplicates import duplicate_candidates

    pairs = duplicate_candidates(store, jurisdiction)
    return {"pairs": pairs, "total": len(pairs)}


@router.get("/{unit_id}", response_model=UnitProfile, summary="单位详情", responses=errors(404, 409))
def get_unit(store: StoreDep, unit_id: UnitPath, at: AtQuery = None, jurisdiction: JurQuery = None) -> dict[str, Any]:
    """名称、牌子、规格、类别、隶属、职责、编制和沿革事件，每项附来源。"""
    day = parse_day(at)
    uid = _resolve(store, unit_id, jurisdiction, at)
    return unit_profile(store, uid, day)


@router.get("/{unit_id}/lineage", response_model=Lineage, summary="历史沿革", responses=errors(404, 409))
def get_lineage(
    store: StoreDep,
    unit_id: UnitPath,
    at: AtQuery = None,
    jurisdiction: JurQuery = None,
    depth: Annotated[int | None, Query(ge=1, le=20, description="向前、向后追溯的层数（默认不限）")] = None,
) -> dict[str, Any]:
    """时间线、前身（整体并入、部分职责来源）、去向，以及可绘制的沿革图（单位与事件为节点）。"""
    day = parse_day(at)
    uid = _resolve(store, unit_id, jurisdiction, at)
    return lineage(store, uid, day, depth=depth)


@router.get("/{unit_id}/duties", response_model=UnitDuties, summary="单位职责", responses=errors(404, 409))
def get_duties(
    store: StoreDep,
    unit_id: UnitPath,
    at: AtQuery = None,
    jurisdiction: JurQuery = None,
    history: Annotated[bool, Query(description="列出曾经承担的全部职责（忽略 at）")] = False,
) -> dict[str, Any]:
    """查询日期承担的职责条文，附来源与起止时间。"""
    day = parse_day(at)
    uid = _resolve(store, unit_id, jurisdiction, at)
    return {
        "unit": {"id": uid, "name": store.name_at(uid, day), "jurisdiction": store.unit(uid).jurisdiction},
        "at": None if history else day.isoformat(),
        "duties": duties_at(store, uid, None if history else day),
    }
