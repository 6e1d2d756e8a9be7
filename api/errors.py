"""Every error the API returns has one shape: ``{"error": {"code": "...", "message": "..."}}``.

``code`` is stable (tests and clients match on it); ``message`` is Chinese, for people. Domain
errors (``kg.errors.KGError``) keep their own codes; HTTP-level problems get codes of their
own. Nothing a user sends can produce a bare 500: unexpected exceptions become
``internal_error`` with a Chinese message and no stack trace.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kg.errors import (
    AmbiguousName,
    BackendUnavailable,
    DocumentNotFound,
    IngestError,
    InvalidDate,
    KGError,
    StoreError,
    UnitNotFound,
)

log = logging.getLogger("bianzhi_kg.api")

# HTTP status per domain error; anything else derived from KGError is a 400.
STATUS_OF: dict[type[KGError], int] = {
    UnitNotFound: 404,
    DocumentNotFound: 404,
    AmbiguousName: 409,
    InvalidDate: 400,
    IngestError: 400,
    BackendUnavailable: 503,
    StoreError: 500,
}


class ApiError(Exception):
    """An HTTP error with a stable code and a Chinese message."""

    def __init__(self, status: int, code: str, message: str, *, headers: dict[str, str] | None = None,
                 **extra: Any):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        self.extra = extra


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **extra}}


def error_response(status: int, code: str, message: str, *, headers: dict[str, str] | None = None,
                   **extra: Any) -> JSONResponse:
    return JSONResponse(error_body(code, message, **extra), status_code=status, headers=headers)


def _status_of(exc: KGError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS_OF:
            return STATUS_OF[cls]
    return 400


def kg_error_response(exc: KGError) -> JSONResponse:
    extra: dict[str, Any] = {}
    if isinstance(exc, AmbiguousName):
        extra["candidates"] = [{"id": uid, "name": label} for uid, label in exc.candidates]
    status = _status_of(exc)
    if status >= 500:
        log.error("store error: %s", exc)
    return error_response(status, exc.code, exc.message, **extra)


_HTTP_CODES = {
    400: ("bad_request", "请求有误"),
    401: ("unauthorized", "需要登录凭据"),
    403: ("forbidden", "没有权限"),
    404: ("not_found", "找不到请求的地址"),
    405: ("method_not_allowed", "该地址不支持这种请求方法"),
    413: ("payload_too_large", "请求内容过大"),
    415: ("unsupported_media_type", "不支持的内容类型"),
    422: ("invalid_request", "请求参数有误"),
}

_FIELD_NAMES = {"q": "查询内容", "at": "日期", "top": "返回数量", "min_score": "相似度阈值", "question": "问题",
                "root": "根单位", "from": "起始日期", "to": "截止日期", "limit": "返回数量", "depth": "层数",
                "jurisdiction": "行政区划", "kind": "机构类别", "body": "请求体"}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "body", "path")]
        field = _FIELD_NAMES.get(loc[-1], loc[-1]) if loc else "请求体"
        kind = err.get("type", "")
        if kind == "missing":
            parts.append(f"缺少{field}")
        elif kind in ("string_too_long",):
            limit = (err.get("ctx") or {}).get("max_length")
            parts.append(f"{field}过长（最多 {limit} 个字）" if limit else f"{field}过长")
        elif kind in ("int_parsing", "float_parsing"):
            parts.append(f"{field}应为数字")
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            parts.append(f"{field}超出允许范围")
        elif kind in ("json_invalid", "model_attributes_type", "dict_type"):
            parts.append("请求体应为 JSON 对象")
        elif kind == "string_type":
            parts.append(f"{field}应为文字")
        elif kind == "extra_forbidden":
            parts.append(f"不认识的字段“{(loc[-1] if loc else '')[:20]}”")
        else:
            parts.append(f"{field}格式不正确")
    return "；".join(dict.fromkeys(parts)) or "请求参数有误"


def _allowed_methods(request: Request) -> list[str]:
    """Every method the API documents for this path (GET and DELETE /documents/{id} are two
    routes; Starlette's own 405 names only the first one's). Read from the OpenAPI document,
    which is what clients see."""
    import re

    methods: set[str] = set()
    path = request.url.path
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            methods |= {m.upper() for m in operations if m in ("get", "post", "put", "patch", "delete")}
    return sorted(methods)


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, headers=exc.headers, **exc.extra)

    @app.exception_handler(KGError)
    async def _kg_error(request: Request, exc: KGError) -> JSONResponse:
        return kg_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        too_long = any(e.get("type") == "string_too_long" for e in exc.errors())
        code = "query_too_long" if too_long else "invalid_request"
        return error_response(422, code, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_CODES.get(exc.status_code, ("http_error", "请求无法处理"))
        if isinstance(exc.detail, str) and exc.detail and not exc.detail.isascii():
            message = exc.detail
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return error_response(exc.status_code, code, message, headers=headers or None)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "服务器内部错误，请稍后再试或联系管理员")
