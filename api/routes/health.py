"""GET /health"""

from __future__ import annotations

from fastapi import APIRouter, Request

from api.deps import ReadAccess, SettingsDep, StoreDep
from api.errors import ApiError
from api.routes.responses import errors
from api.schemas import Health

router = APIRouter(tags=["服务"], responses=errors(503))


@router.get("/health", response_model=Health, summary="服务状态", dependencies=[ReadAccess])
def health(request: Request, store: StoreDep, settings: SettingsDep) -> dict:
    """服务是否可用，以及数据规模。启动后加载模型和检索索引期间返回 503（错误代码 not_ready），加载完成后返回 200。"""
    body = {
        "status": "ok",
        "backend": store.backend,
        "documents": len(store.documents()),
        "units": len(store.units()),
        "revision": store.revision,
        "writes_enabled": bool(settings.api_token),
    }
    ready = getattr(request.app.state, "ready", None)
    if ready is not None and not ready.is_set():
        raise ApiError(503, "not_ready", "服务正在加载模型和检索索引，请稍后再试")
    error = getattr(request.app.state, "warmup_error", None)
    if error:
        body["warmup_error"] = error
    seconds = getattr(request.app.state, "warmup_seconds", None)
    if seconds is not None:
        body["warmup_seconds"] = seconds
        body["warmup_steps"] = getattr(request.app.state, "warmup_steps", {})
    return body
