"""GET /orgchart"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import ReadAccess, StoreDep, parse_day
from api.routes.responses import errors
from api.schemas import OrgChart
from queries.orgchart import org_chart
from queries.resolve import find_unit

router = APIRouter(tags=["查询"], dependencies=[ReadAccess], responses=errors(400, 404, 409, 422))


@router.get("/orgchart", response_model=OrgChart, summary="机构图")
def get_orgchart(
    store: StoreDep,
    root: Annotated[str | None, Query(description="根单位（编号或名称）；不填则列出行政区划内所有顶层单位", max_length=200)] = None,
    at: Annotated[str | None, Query(description="查询日期（默认今天）")] = None,
    jurisdiction: Annotated[str | None, Query(description="行政区划", max_length=100)] = None,
) -> dict[str, Any]:
    """某日的机构树：上级单位及其内设机构、所属单位。"""
    day = parse_day(at)
    uid = find_unit(store, root.strip(), jurisdiction=jurisdiction or None, at=day) if root and root.strip() else None
    return org_chart(store, root=uid, at=day, jurisdiction=jurisdiction or None)
