"""Receiving uploaded files (POST /ingest, POST /staffing/import): limits, names, types, and
running an ingest function on them from a temporary folder. One place for both routes."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.datastructures import UploadFile

from api.errors import ApiError
from api.settings import Settings
from ingest.pipeline import FileResult

MULTIPART_SLACK = 256 * 1024  # boundaries and form fields around the files
_CHUNK = 1024 * 1024


def safe_name(raw: str | None) -> str:
    name = Path((raw or "").replace("\\", "/")).name.replace("\x00", "").strip()
    if not name or name in (".", ".."):
        raise ApiError(422, "invalid_file_name", "上传的文件没有有效的文件名")
    return name


async def receive_files(request: Request, settings: Settings, *, suffixes: Iterable[str], kinds: str,
                        max_files: int = 100) -> tuple[list[tuple[str, bytes]], dict[str, str]]:
    """The uploaded files (name, bytes) and the plain form fields. Any file too large or of
    the wrong type rejects the whole request before anything is written."""
    limit = settings.max_upload_bytes
    too_big = f"上传内容超过上限 {settings.max_upload_mb:g} MB（KG_MAX_UPLOAD_MB）"
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit + MULTIPART_SLACK:
        raise ApiError(413, "file_too_large", too_big)
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        raise ApiError(415, "unsupported_media_type", "请用 multipart/form-data 上传文件（字段名 files 或 file）")
    try:
        form = await request.form(max_files=max_files, max_fields=20)
    except Exception:
        raise ApiError(400, "bad_upload", "上传内容无法解析，请检查是否为有效的 multipart/form-data 表单") from None
    try:
        uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if not uploads:
            raise ApiError(422, "no_file", "没有收到文件：请在表单字段 files（或 file）中上传")
        fields = {k: v.strip() for k, v in form.multi_items() if isinstance(v, str)}
        names = [safe_name(u.filename) for u in uploads]
        allowed = {s.lower() for s in suffixes}
        wrong = [n for n in names if Path(n).suffix.lower() not in allowed]
        if wrong:
            raise ApiError(415, "unsupported_file_type",
                           f"不支持的文件类型：{'、'.join(wrong)}（{kinds}），本次没有导入任何文件", files=wrong)
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
    return list(zip(names, contents, strict=True)), fields


def ingest_uploaded(lock: Any, files: list[tuple[str, bytes]],
                    run: Callable[[list[str]], list[FileResult]]) -> dict[str, Any]:
    """Write the uploads under their own names (one folder each, so equal names do not
    collide), run ``run`` on them under the write lock, and report per file by its
    uploaded name."""
    with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
        paths: dict[str, str] = {}
        for i, (name, data) in enumerate(files):
            folder = Path(tmp) / str(i)
            folder.mkdir()
            path = folder / name
            path.write_bytes(data)
            paths[str(path)] = name
        with lock.write():
            results = run(list(paths))
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
