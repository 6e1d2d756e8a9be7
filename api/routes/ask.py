"""POST /ask"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import ReadAccess, SettingsDep, StoreDep, check_text, parse_day
from api.routes.responses import errors
from api.schemas import AskRequest, AskResponse
from queries.ask import ask

router = APIRouter(tags=["问答"], dependencies=[ReadAccess], responses=errors(400, 422))


@router.post("/ask", response_model=AskResponse, summary="中文问答")
def post_ask(body: AskRequest, store: StoreDep, settings: SettingsDep) -> dict[str, Any]:
    """用中文提问（谁负责、历史沿革、隶属、牌子、级别、编制、职责交叉、机构设置），返回回答、相关单位和原文依据。

    问题中的日期（“2017年”“2022年底”“改革前”）优先于 at。无法回答时 intent 为 unknown 或 units 为空，不会编造。
    """
    question = check_text(body.question, settings, "问题")
    if body.at:
        parse_day(body.at)  # a malformed date is a 400, not an answer
    return ask(store, question or "", body.at or None)
