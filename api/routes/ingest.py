"""POST /ingest: upload files, same rules as `kg ingest` (one result per file)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from api.deps import LockDep, SettingsDep, StoreDep, WriteAuth
from api.errors import ApiError
from api.routes.responses import errors
from api.schemas import IngestResponse
from ingest.pipeline import TABLE_SUFFIXES, TEXT_SUFFIXES, Overrides, ingest_paths
from kg.dates import parse_partial
from kg.store import GraphStore

router = APIRouter(tags=["文件"], responses=errors(400, 401, 403, 413, 415, 422))

SUPPORTED = sorted(TABLE_SUFFIXES | TEXT_SUFFIXES)
_MULTIPART_SLACK = 256 * 1024  # boundaries and form fields around the files
_CHUNK = 1024 * 1024

_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                                  "description": "一个或多个文件（字段名 files 或 file）：" + "、".join(SUPPORTED)},
                        "date": {"type": "string", "description": "文件日期（覆盖文件自身的日期）"},
                        "jurisdiction": {"type": "string", "description": "文件所属行政区划"},
                        "title": {"type": "string", "description": "文件标题"},
                    },
                }
            }
        },
    }
}


def _safe_name(raw: str | None) -> str:
    name = Path((raw or "").replace("\\", "/")).name.replace("\x00", "").strip()
    if not name or name in (".", ".."):
        raise ApiError(422, "invalid_file_name", "上传的文件没有有效的文件名")
    return name


@router.post("/ingest", response_model=IngestResponse, summary="上传并导入文件", dependencies=[WriteAuth],
             openapi_extra=_OPENAPI)
async def post_ingest(request: Request, store: StoreDep, settings: SettingsDep, lock: LockDep) -> dict[str, Any]:
    """上传文件（multipart/form-data），按与命令行 `kg ingest` 相同的规则导入：每个文件单独成败，
    返回每个文件的结果与中文说明。需要令牌（Authorization: Bearer …）。"""
    limit = settings.max_upload_bytes
    too_big = f"上传内容超过上限 {settings.max_upload_mb:g} MB（KG_MAX_UPLOAD_MB）"
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit + _MULTIPART_SLACK:
        raise ApiError(413, "file_too_large", too_big)
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        raise ApiError(415, "unsupported_media_type", "请用 multipart/form-data 上传文件（字段名 files 或 file）")
    try:
        form = await request.form(max_files=100, max_fields=20)
    except Exception:
        raise ApiError(400, "bad_upload", "上传内容无法解析，请检查是否为有效的 multipart/form-data 表单") from None
    try:
        uploads = [v for k, v in form.multi_items() if isinstance(v, UploadFile)]
        if not uploads:
            raise ApiError(422, "no_file", "没有收到文件：请在表单字段 files（或 file）中上传")
        fields = {k: v.strip() for k, v in form.multi_items() if isinstance(v, str)}
        date = fields.get("date") or None
        if date:
            date = parse_partial(date)
        overrides = Overrides(date=date, jurisdiction=fields.get("jurisdiction") or None, title=fields.get("title") or None)
        names = [_safe_name(u.filename) for u in uploads]
        wrong = [n for n in names if Path(n).suffix.lower() not in SUPPORTED]
        if wrong:
            raise ApiError(415, "unsupported_file_type",
                           f"不支持的文件类型：{'、'.join(wrong)}（支持 {'、'.join(SUPPORTED)}），本次没有导入任何文件",
                           files=wrong)
        contents: list[bytes] = []
        total = 0
        for upload in uploads:
            chunks = []
            while chunk := await upload.read(_CHUNK):
                total += len(chunk)
                if total > limit:
                    raise ApiError(413, "file_too_large", too_big)
                chunks.append(chunk)
            contents.append(b"".join(chunks))
    finally:
        await form.close()
    return await run_in_threadpool(_ingest, store, lock, list(zip(names, contents, strict=True)), overrides)


def _ingest(store: GraphStore, lock: Any, files: list[tuple[str, bytes]], overrides: Overrides) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
        paths: dict[str, str] = {}
        for i, (name, data) in enumerate(files):
            folder = Path(tmp) / str(i)  # one folder per upload: equal names do not collide
            folder.mkdir()
            path = folder / name
            path.write_bytes(data)
            paths[str(path)] = name
        with lock.write():
            results = ingest_paths(store, list(paths), overrides=overrides)
    out = []
    for r in results:
        original = paths.get(r.path, Path(r.path).name)
        out.append({
            "file": original, "status": r.status, "doc_id": r.doc_id, "title": r.title, "date": r.date,
            "jurisdiction": r.jurisdiction, "counts": r.counts,
            "errors": [e.replace(r.path, original) for e in r.errors], "reviews": r.reviews, "unparsed": r.unparsed,
        })
    return {
        "results": out,
        "ok": sum(r["status"] == "成功" for r in out),
        "failed": sum(r["status"] == "失败" for r in out),
        "empty": sum(r["status"] == "无内容" for r in out),
    }
