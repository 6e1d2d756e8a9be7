"""职责交叉重叠: GET /overlaps (the ranked list), /overlaps/export (the list as Excel),
/overlaps/history (overlaps stated by reforms, for unit pages), /overlaps/about (the three
overlap questions). All call ``queries.overlaps`` with the same ranking and filters."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import ReadAccess, StoreDep, parse_day
from api.routes.responses import errors
from api.schemas import OverlapAnswer, OverlapHistory, Overlaps
from kg.store import GraphStore
from queries.overlap_export import XLSX, overlaps_workbook
from queries.overlap_history import overlap_history
from queries.overlaps import duplicated_functions, overlaps_about
from queries.resolve import find_unit

router = APIRouter(tags=["查询"], dependencies=[ReadAccess], responses=errors(400, 422))

AtQuery = Annotated[str | None, Query(description="查询日期（默认今天）")]
JurQuery = Annotated[str | None, Query(description="行政区划", max_length=100)]
MinScore = Annotated[float | None, Query(ge=0.0, le=1.0, description="相似度阈值（默认按嵌入模型和置信度校准）")]
LeadSupport = Annotated[bool, Query(description="是否列出“牵头—参与”关系的单位对")]
Confidence = Annotated[Literal["高", "中", "低"], Query(description="列出的最低置信度：高、中（默认）、低")]
Topic = Annotated[str | None, Query(description="只列出涉及这项职责的，如 森林防火", max_length=100)]
UnitQuery = Annotated[str | None, Query(description="只列出涉及这个单位的（名称或编号）", max_length=200)]


def _unit(store: GraphStore, name: str | None, jurisdiction: str | None, at: str | None) -> str | None:
    if not name or not name.strip():
        return None
    return find_unit(store, name.strip(), jurisdiction=jurisdiction or None, at=at)


def _list(store: GraphStore, at: str | None, jurisdiction: str | None, min_score: float | None, lead_support: bool,
          limit: int | None, confidence: str, topic: str | None, unit: str | None) -> dict[str, Any]:
    day = parse_day(at)
    uid = _unit(store, unit, jurisdiction, at)
    return duplicated_functions(store, at=day, jurisdiction=jurisdiction or None, min_score=min_score,
                                include_lead_support=lead_support, limit=limit, confidence=confidence,
                                topic=(topic or "").strip() or None, units=[uid] if uid else None)


@router.get("/overlaps", response_model=Overlaps, summary="职责交叉重叠", responses=errors(404, 409))
def get_overlaps(
    store: StoreDep,
    at: AtQuery = None,
    jurisdiction: JurQuery = None,
    min_score: MinScore = None,
    lead_support: LeadSupport = False,
    limit: Annotated[int, Query(ge=1, le=1000, description="最多返回多少对")] = 200,
    confidence: Confidence = "中",
    topic: Topic = None,
    unit: UnitQuery = None,
) -> dict[str, Any]:
    """同一日期、同一行政区划内，职责条文相同或相近的单位对（及三个以上单位的组），按置信度和相似度排序：
    附共同词、双方条文及出处、牵头/参与、职责分工、等级（重复/交叉/分散，GAO-15-49SP）及理由；
    另列改革文件所述的职责分散（stated：查询日期之后的改革所整合的；history：查询日期及以前的改革所整合的）。"""
    return _list(store, at, jurisdiction, min_score, lead_support, limit, confidence, topic, unit)


@router.get("/overlaps/export", summary="导出职责交叉重叠清单（Excel）", response_class=Response,
            responses={200: {"content": {XLSX: {"schema": {"type": "string", "format": "binary"}}},
                             "description": "职责交叉重叠候选清单（.xlsx）"}, **errors(404, 409)})
def get_overlaps_export(
    store: StoreDep,
    at: AtQuery = None,
    jurisdiction: JurQuery = None,
    min_score: MinScore = None,
    lead_support: LeadSupport = False,
    confidence: Confidence = "中",
    topic: Topic = None,
    unit: UnitQuery = None,
) -> Response:
    """与 GET /overlaps 相同的清单（不限条数），每对一行，附双方条文、出处、等级、理由和“审核意见”空列，供人工审核。"""
    result = _list(store, at, jurisdiction, min_score, lead_support, None, confidence, topic, unit)
    name, data = overlaps_workbook(result)
    disposition = f"attachment; filename=\"overlaps.xlsx\"; filename*=UTF-8''{quote(name)}"
    return Response(content=data, media_type=XLSX, headers={"Content-Disposition": disposition})


@router.get("/overlaps/history", response_model=OverlapHistory, summary="改革文件所述的职责分散（历史）",
            responses=errors(404, 409))
def get_overlap_history(
    store: StoreDep,
    unit: UnitQuery = None,
    jurisdiction: JurQuery = None,
    at: AtQuery = None,
) -> dict[str, Any]:
    """改革文件“将A的X职责、B的X职责……整合，组建D”所说明的：改革前X分散在A、B。给出单位时，列出该单位作为划出方或组建后单位的各项。"""
    day = parse_day(at)
    uid = _unit(store, unit, jurisdiction, at)
    items = overlap_history(store, day, None if uid else (jurisdiction or None), unit=uid)
    return {"at": day.isoformat(), "jurisdiction": jurisdiction or None, "items": items,
            "unit": {"id": uid, "name": store.name_at(uid, day)} if uid else None}


@router.get("/overlaps/about", response_model=OverlapAnswer, summary="职责交叉问题（哪些部门都管X、X和Y有没有交叉、改革前X由哪些部门管）",
            responses=errors(404, 409))
def get_overlaps_about(
    store: StoreDep,
    topic: Topic = None,
    unit: Annotated[list[str] | None, Query(description="一个或两个单位（名称或编号）", max_length=2)] = None,
    before_reform: Annotated[bool, Query(description="问改革前由哪些部门承担")] = False,
    at: AtQuery = None,
    jurisdiction: JurQuery = None,
) -> dict[str, Any]:
    """“哪些部门都管X？”（topic）、“X和Y职责有没有交叉？”（两个 unit）、“X和哪些部门有交叉？”（一个 unit）、
    “改革前X是哪几个部门在管？”（topic + before_reform）；都不给时回答“哪些部门之间有职责交叉”。"""
    uids = [u for u in (_unit(store, name, jurisdiction, at) for name in unit or []) if u]
    return overlaps_about(store, topic=(topic or "").strip() or None, units=uids or None,
                          at=parse_day(at) if at else None, jurisdiction=jurisdiction or None,
                          before_reform=before_reform)
