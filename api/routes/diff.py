"""GET /diff"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import ReadAccess, StoreDep, parse_day
from api.routes.responses import errors
from api.schemas import Diff
from queries.orgchart import diff

router = APIRouter(tags=["查询"], dependencies=[ReadAccess], responses=errors(400, 422))


@router.get("/diff", response_model=Diff, response_model_by_alias=True, summary="两个日期之间的变化")
def get_diff(
    store: StoreDep,
    from_: Annotated[str, Query(alias="from", description="起始日期，如 2017")],
    to: Annotated[str | None, Query(description="截止日期（默认今天）")] = None,
    jurisdiction: Annotated[str | None, Query(description="行政区划", max_length=100)] = None,
) -> dict[str, Any]:
    """新设、撤销、更名、隶属调整、规格调整的单位，划转的职责和编制，每项附事件与来源。"""
    return diff(store, parse_day(from_), parse_day(to), jurisdiction=jurisdiction or None)
