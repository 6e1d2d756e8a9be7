"""One router per resource. ``ROUTERS`` is what ``api.app.create_app`` mounts."""

from __future__ import annotations

from api.routes import (
    ask,
    diff,
    documents,
    health,
    ingest,
    jurisdictions,
    orgchart,
    overlaps,
    staffing,
    units,
    who_handles,
)

ROUTERS = [
    health.router,
    units.router,
    who_handles.router,
    overlaps.router,
    orgchart.router,
    diff.router,
    documents.router,
    ingest.router,
    jurisdictions.router,
    ask.router,
    staffing.router,
]
