"""POST /ask, GET /ask/intents"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import IndexDep, ReadAccess, SettingsDep, StoreDep, check_text, parse_day
from api.routes.responses import errors
from api.schemas import AskRequest, AskResponse, IntentItem
from queries.ask import LABELS, ask

router = APIRouter(tags=["问答"], dependencies=[ReadAccess], responses=errors(400, 422))


@router.post("/ask", response_model=AskResponse, summary="中文问答")
def post_ask(body: AskRequest, store: StoreDep, index: IndexDep, settings: SettingsDep) -> dict[str, Any]:
    """用中文提问（谁负责、历史沿革、隶属、牌子、级别、编制、职责交叉、机构设置），返回回答、相关单位和原文依据。

    问题中的日期（“2017年”“17年”“三年前”“2022年底”“改革前”）优先于 at。复合问题（“X有几个内设机构、多少编制？”）
    逐问回答（parts）。找不到问题中的单位时回答“没有找到X”且 units 为空，不会编造；没有把握时给出可点击的问法（suggestions）。
    """
    question = check_text(body.question, settings, "问题")
    if body.at:
        parse_day(body.at)  # a malformed date is a 400, not an answer
    return ask(store, question or "", body.at or None, index=index)


@router.get("/ask/intents", response_model=list[IntentItem], summary="问题类型")
def get_intents() -> list[dict[str, Any]]:
    """问答能识别的问题类型及其中文名称（网页据此显示）。"""
    return [{"intent": intent, "label": label} for intent, label in LABELS.items()]
