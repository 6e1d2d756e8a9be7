"""Receiving uploaded files (POST /ingest, POST /staffing/import): limits, names, types, and
running an ingest function on them from a temporary folder. One place for both routes."""

from __future__ import annotations

import multiprocessing
import tempfile
import threading
from collections.abc import AsyncGenerator, Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartParser, parse_options_header

from api import openapi as api_openapi
from api.edge import text_problem
from api.errors import ApiError
from api.settings import Settings
from ingest.limits import LimitExceeded, Limits, check_size
from ingest.pipeline import FileResult, ParsedFile, parse_paths

MULTIPART_SLACK = 256 * 1024  # boundaries and form fields around the files
_CHUNK = 1024 * 1024
MAX_NAME_BYTES = 200  # a file name is kept to this many UTF-8 bytes (file systems allow 255)


def safe_name(raw: str | None) -> str:
    """The file name without folders; refused when it holds invalid text, shortened (keeping
    its extension) when it is longer than a file system allows."""
    name = Path((raw or "").replace("\\", "/")).name.strip()
    problem = text_problem(name)
    if problem:
        raise ApiError(422, "invalid_file_name", f"上传的文件名{problem}，请改名后再上传")
    if not name or name in (".", ".."):
        raise ApiError(422, "invalid_file_name", "上传的文件没有有效的文件名")
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        suffix = Path(name).suffix if len(Path(name).suffix) <= 16 else ""
        stem = name[: len(name) - len(suffix)]
        while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
            stem = stem[:-1]
        name = stem + suffix
    return name


class _StrictParser(MultiPartParser):
    """Starlette's multipart parser, but text that is not valid UTF-8 is noted (Starlette
    falls back to Latin-1 silently) so that it can be refused."""

    invalid: str | None = None

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._current_part.content_disposition)
        for key in (b"name", b"filename"):
            if key in options:
                try:
                    options[key].decode("utf-8")
                except UnicodeDecodeError:
                    self.invalid = self.invalid or ("文件名" if key == b"filename" else "表单字段名")
        super().on_headers_finished()

    def on_part_end(self) -> None:
        if self._current_part.file is None:
            try:
                self._current_part.data.decode("utf-8")
            except UnicodeDecodeError:
                self.invalid = self.invalid or f"表单字段“{self._current_part.field_name}”"
        super().on_part_end()


async def receive_files(request: Request, settings: Settings, *, suffixes: Iterable[str], kinds: str,
                        max_files: int = 100, known_fields: Iterable[str] = ()) -> tuple[list[tuple[str, bytes]], dict[str, str]]:
    """The uploaded files (name, bytes) and the plain form fields. The body is read as it
    arrives and refused (413) as soon as it passes the upload limit, before the rest is read
    or stored. Any file too large or of the wrong type, or any field that is not valid text,
    rejects the whole request before anything is written."""
    limit = settings.max_upload_bytes
    too_big = f"上传内容超过上限 {settings.max_upload_mb:g} MB（KG_MAX_UPLOAD_MB）"
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit + MULTIPART_SLACK:
        raise ApiError(413, "file_too_large", too_big)
    if not request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        raise ApiError(415, "unsupported_media_type", "请用 multipart/form-data 上传文件（字段名 files 或 file）")

    async def limited() -> AsyncGenerator[bytes, None]:
        received = 0
        async for chunk in request.stream():
            received += len(chunk)
            if received > limit + MULTIPART_SLACK:
                raise ApiError(413, "file_too_large", too_big)
            yield chunk

    parser = _StrictParser(request.headers, limited(), max_files=max_files, max_fields=20)
    try:
        form = await parser.parse()
    except ApiError:
        raise
    except Exception:
        raise ApiError(400, "bad_upload", "上传内容无法解析，请检查是否为有效的 multipart/form-data 表单") from None
    try:
        if parser.invalid:
            raise ApiError(422, "invalid_text", f"{parser.invalid}不是有效的 UTF-8 文本，请使用有效的中文或其他 UTF-8 文本")
        known = {"files", "file", *known_fields}
        unknown = [k for k, _ in form.multi_items() if k not in known]
        if unknown:
            shown = "、".join(f"“{k}”" for k in unknown[:3] if not text_problem(k)) or "（名称无效）"
            raise ApiError(422, "invalid_request", f"未知的表单字段{shown}；可用：{'、'.join(sorted(known))}")
        sent = [k for k, v in form.multi_items() if isinstance(v, str)]
        repeated = sorted({k for k in sent if sent.count(k) > 1 and not text_problem(k)})
        if repeated:
            raise ApiError(422, "invalid_request", f"表单字段“{repeated[0]}”只能给一次，收到 {sent.count(repeated[0])} 个")
        raw_fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        fields = {k: v.strip() for k, v in raw_fields.items()}
        stated = api_openapi.limits(settings)  # the limits the OpenAPI document states
        for key, value in raw_fields.items():  # limits hold for what was sent, before stripping
            problem = text_problem(key) or text_problem(value)
            if problem:
                raise ApiError(422, "invalid_text", f"表单字段“{key if not text_problem(key) else '?'}”{problem}")
            longest = stated.get(key, {}).get("maxLength")
            if longest is not None and len(value) > longest:
                raise ApiError(422, "query_too_long", f"表单字段“{key}”过长：最多 {longest} 个字，当前 {len(value)} 个字")
        uploads = [v for _, v in form.multi_items() if isinstance(v, UploadFile)]
        if not uploads:
            raise ApiError(422, "no_file", "没有收到文件：请在表单字段 files（或 file）中上传")
        names = [safe_name(u.filename) for u in uploads]
        allowed = {s.lower() for s in suffixes}
        wrong = [n for n in names if Path(n).suffix.lower() not in allowed]
        if wrong:
            raise ApiError(415, "unsupported_file_type",
                           f"不支持的文件类型：{'、'.join(wrong)}（{kinds}），本次没有导入任何文件", files=wrong)
        per_file = Limits.from_env()
        contents: list[bytes] = []
        total = 0
        for name, upload in zip(names, uploads, strict=True):
            chunks = []
            size = 0
            while chunk := await upload.read(_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if total > limit:
                    raise ApiError(413, "file_too_large", too_big)
                chunks.append(chunk)
            try:
                check_size(name, size, per_file)
            except LimitExceeded as exc:
                raise ApiError(413, "file_too_large", str(exc)) from None
            contents.append(b"".join(chunks))
    finally:
        await form.close()
    return list(zip(names, contents, strict=True)), fields


class Parser:
    """Reads and extracts uploads in a child process (one, started on first use and kept):
    a long or hostile file then costs the server neither its readers' CPU (no GIL shared with
    the request threads) nor its memory. If the child dies (killed, out of memory) the files
    it held fail with a message and the next upload starts a new child."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def parse(self, paths: list[str], **options: Any) -> tuple[list[ParsedFile], list[FileResult]]:
        pool = self._executor()
        try:
            return pool.submit(parse_paths, paths, **options).result()
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            pool.shutdown(wait=False)
            failed = [FileResult(p, "失败", errors=[f"{Path(p).name}：读取文件的进程意外退出（可能内存不足），该文件未导入"])
                      for p in paths]
            return [], failed

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def ingest_uploaded(lock: Any, files: list[tuple[str, bytes]],
                    run: Callable[[list[str], Callable[[], Any]], list[FileResult]]) -> dict[str, Any]:
    """Write the uploads under their own names (one folder each, so equal names do not
    collide), run ``run(paths, exclusive)`` on them and report per file by its uploaded name.
    ``run`` reads and extracts without any lock and writes inside ``store.writing(exclusive)``
    (``exclusive`` is the lock's ``write``): readers wait only while the store's view changes."""
    with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
        paths: dict[str, str] = {}
        for i, (name, data) in enumerate(files):
            folder = Path(tmp) / str(i)
            folder.mkdir()
            path = folder / name
            path.write_bytes(data)
            paths[str(path)] = name
        results = run(list(paths), lock.write)
    out = []
    for r in results:
        original = paths.get(r.path, Path(r.path).name)
        out.append({
            "file": original, "status": r.status, "doc_id": r.doc_id, "title": r.title, "date": r.date,
            "jurisdiction": r.jurisdiction, "counts": r.counts,
            "errors": [_without_folder(e, r.path, original, tmp) for e in r.errors],
            "reviews": [_without_folder(e, r.path, original, tmp) for e in r.reviews], "unparsed": r.unparsed,
        })
    return {
        "results": out,
        "ok": sum(r["status"] == "成功" for r in out),
        "failed": sum(r["status"] == "失败" for r in out),
        "empty": sum(r["status"] == "无内容" for r in out),
    }


def _without_folder(message: str, path: str, original: str, folder: str) -> str:
    """A message about an upload names the file as it was uploaded, never the server's
    temporary folder."""
    return message.replace(path, original).replace(str(Path(path).parent) + "/", "").replace(folder, "")
