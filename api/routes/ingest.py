"""POST /ingest: upload files, same rules as `kg ingest` (one result per file)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from api.deps import LockDep, SettingsDep, StoreDep, WriteAuth, parse_uploads
from api.routes.responses import errors
from api.schemas import IngestResponse
from api.uploads import ingest_uploaded, receive_files
from ingest.pipeline import TABLE_SUFFIXES, TEXT_SUFFIXES, Overrides, apply_parsed
from kg.dates import parse_partial

router = APIRouter(tags=["文件"], responses=errors(400, 401, 403, 413, 415, 422))

SUPPORTED = sorted(TABLE_SUFFIXES | TEXT_SUFFIXES)

_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "additionalProperties": False,
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}, "minItems": 1, "maxItems": 100,
                                  "description": "一个或多个文件（字段名 files 或 file）：" + "、".join(SUPPORTED)},
                        "date": {"type": "string", "description": "文件日期（覆盖文件自身的日期）"},
                        "jurisdiction": {"type": "string", "description": "文件所属行政区划"},
                        "title": {"type": "string", "description": "文件标题"},
                    },
                },
                # the type of each file is decided by its name's extension
                "encoding": {"files": {"headers": {"Content-Disposition": {
                    "description": "每个文件的文件名（决定文件类型）",
                    "schema": {"type": "string", "example": 'form-data; name="files"; filename="notice.txt"'}}}}},
            }
        },
    }
}


@router.post("/ingest", response_model=IngestResponse, summary="上传并导入文件", dependencies=[WriteAuth],
             openapi_extra=_OPENAPI)
async def post_ingest(request: Request, store: StoreDep, settings: SettingsDep, lock: LockDep) -> dict[str, Any]:
    """上传文件（multipart/form-data），按与命令行 `kg ingest` 相同的规则导入：每个文件单独成败，
    返回每个文件的结果与中文说明。需要令牌（Authorization: Bearer …）。"""
    files, fields = await receive_files(request, settings, suffixes=SUPPORTED, kinds="支持 " + "、".join(SUPPORTED),
                                         known_fields=("date", "jurisdiction", "title"))
    date = fields.get("date") or None
    if date:
        date = parse_partial(date)
    overrides = Overrides(date=date, jurisdiction=fields.get("jurisdiction") or None, title=fields.get("title") or None)

    def run(paths: list[str], exclusive: Any) -> list[Any]:
        parsed, failed = parse_uploads(request, paths, overrides=overrides)  # no lock, another process
        return apply_parsed(store, parsed, failed, exclusive=exclusive)

    return await run_in_threadpool(ingest_uploaded, lock, files, run)
