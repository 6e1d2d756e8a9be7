"""GET /jurisdictions"""

from __future__ import annotations

from collections import Counter
from typing import Any

from fastapi import APIRouter

from api.deps import ReadAccess, StoreDep
from api.routes.responses import errors
from api.schemas import JurisdictionItem

router = APIRouter(tags=["服务"], dependencies=[ReadAccess], responses=errors())


@router.get("/jurisdictions", response_model=list[JurisdictionItem], summary="行政区划")
def list_jurisdictions(store: StoreDep) -> list[dict[str, Any]]:
    """已有数据的行政区划，及各自的单位数（供筛选使用）。"""
    counts = Counter(u.jurisdiction for u in store.units())
    known = {j.id: j for j in store.jurisdictions()}
    rows = []
    for jid in sorted(set(counts) | set(known), key=lambda j: (j != "中央", j)):
        j = known.get(jid)
        rows.append({"id": jid, "name": j.name if j else jid, "level": (j.level if j else "") or ("中央" if jid == "中央" else ""),
                     "parent": j.parent if j else None, "units": counts.get(jid, 0)})
    return rows
