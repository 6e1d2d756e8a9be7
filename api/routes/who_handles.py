"""GET /who-handles"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import IndexDep, ReadAccess, SettingsDep, StoreDep, check_text, parse_day
from api.routes.responses import errors
from api.schemas import WhoHandles
from queries.who_handles import who_handles

router = APIRouter(tags=["查询"], dependencies=[ReadAccess], responses=errors(400, 422))


@router.get("/who-handles", response_model=WhoHandles, summary="谁负责")
def get_who_handles(
    store: StoreDep,
    index: IndexDep,
    settings: SettingsDep,
    q: Annotated[str, Query(description="职责内容，如 草原防火")],
    at: Annotated[str | None, Query(description="查询日期（默认今天）")] = None,
    jurisdiction: Annotated[str | None, Query(description="行政区划", max_length=100)] = None,
    top: Annotated[int, Query(ge=1, le=50, description="返回多少个单位")] = 10,
) -> dict[str, Any]:
    """按职责条文与查询内容的匹配程度给单位排序（词语与语义），附匹配的条文及其此前、此后的承担单位。

    与问答（POST /ask）和命令 `kg who-handles` 是同一个查询：同样的排序、同样的相关度下限；不指定行政区划时按层级分组
    （中央在前，再按地方）；“中央”只含中央单位。只列出查询日期存在、且文件记载到该日期的单位。"""
    text = check_text(q, settings)
    day = parse_day(at)
    results = who_handles(store, text or "", at=day, jurisdiction=jurisdiction or None, top=top, index=index)
    return {"q": text, "at": day.isoformat(), "jurisdiction": jurisdiction, "results": results}
