"""GET /overlaps"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import ReadAccess, StoreDep, parse_day
from api.routes.responses import errors
from api.schemas import Overlaps
from queries.overlaps import duplicated_functions

router = APIRouter(tags=["查询"], dependencies=[ReadAccess], responses=errors(400, 422))


@router.get("/overlaps", response_model=Overlaps, summary="职责交叉重叠")
def get_overlaps(
    store: StoreDep,
    at: Annotated[str | None, Query(description="查询日期（默认今天）")] = None,
    jurisdiction: Annotated[str | None, Query(description="行政区划", max_length=100)] = None,
    min_score: Annotated[float | None, Query(ge=0.0, le=1.0, description="相似度阈值（默认按嵌入模型校准）")] = None,
    lead_support: Annotated[bool, Query(description="是否列出“牵头—参与”关系的单位对")] = False,
    limit: Annotated[int, Query(ge=1, le=1000, description="最多返回多少对")] = 200,
) -> dict[str, Any]:
    """同一日期、同一行政区划内，职责条文相同或相近的单位对（及三个以上单位的组），附双方条文；已有职责分工规定的标出。"""
    day = parse_day(at)
    return duplicated_functions(store, at=day, jurisdiction=jurisdiction or None, min_score=min_score,
                                include_lead_support=lead_support, limit=limit)
