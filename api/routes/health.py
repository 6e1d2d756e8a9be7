"""GET /health"""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import ReadAccess, SettingsDep, StoreDep
from api.routes.responses import errors
from api.schemas import Health

router = APIRouter(tags=["服务"], responses=errors())


@router.get("/health", response_model=Health, summary="服务状态", dependencies=[ReadAccess])
def health(store: StoreDep, settings: SettingsDep) -> dict:
    """服务是否可用，以及数据规模。"""
    return {
        "status": "ok",
        "backend": store.backend,
        "documents": len(store.documents()),
        "units": len(store.units()),
        "revision": store.revision,
        "writes_enabled": bool(settings.api_token),
    }
