"""Text is validated as Unicode at the edge, before any route sees it.

A query string, a path or a JSON body that is not valid UTF-8, or that holds a NUL character
or (in JSON, written as ``\\ud800``) a lone surrogate, is refused with 422 ``invalid_text`` and
a Chinese message naming the parameter. Without this, such text reaches code that encodes it
(SQLite, the tokenizer, the JSON response) and fails there as a server error. Multipart form
fields and file names are checked where uploads are received (``api.uploads``).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import error_response

MAX_JSON_BYTES = 1024 * 1024  # a JSON request (a question, a review) is small


class BadText(ValueError):
    def __init__(self, where: str):
        super().__init__(where)
        self.where = where


def text_problem(value: str) -> str | None:
    """Why ``value`` is not acceptable text, or None."""
    if "\x00" in value:
        return "含有空字符（NUL）"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "含有无效的 Unicode 字符（孤立的代理项）"
    return None


def _decode(raw: bytes, where: str) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadText(f"{where}不是有效的 UTF-8 文本") from None
    problem = text_problem(text)
    if problem:
        raise BadText(f"{where}{problem}")
    return text


def check_query(query: bytes) -> None:
    for pair in query.split(b"&"):
        if not pair:
            continue
        name, _, value = pair.partition(b"=")
        key = _decode(unquote_to_bytes(name.replace(b"+", b" ")), "参数名")
        _decode(unquote_to_bytes(value.replace(b"+", b" ")), f"参数“{key}”")


def _walk(value: Any, where: str) -> None:
    if isinstance(value, str):
        problem = text_problem(value)
        if problem:
            raise BadText(f"{where}{problem}")
    elif isinstance(value, dict):
        for k, v in value.items():
            _walk(k, "字段名")
            _walk(v, f"字段“{k}”" if isinstance(k, str) and not text_problem(k) else "字段")
    elif isinstance(value, list):
        for item in value:
            _walk(item, where)


def check_json(body: bytes) -> None:
    text = _decode(body, "请求体")
    try:
        value = json.loads(text)
    except ValueError:
        return  # not JSON at all: the route's validation says so
    _walk(value, "请求体")


class TextCheck:
    """ASGI middleware: refuse invalid text in the path, the query and JSON bodies."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            _decode(unquote_to_bytes(scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")),
                    "地址")
            check_query(scope.get("query_string", b""))
        except BadText as exc:
            await _refuse(scope, receive, send, exc.where)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        content_type = headers.get(b"content-type", b"").split(b";")[0].strip().lower()
        if scope.get("method") not in ("POST", "PUT", "PATCH") or not content_type.endswith(b"json"):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_JSON_BYTES:
                response = error_response(413, "payload_too_large",
                                          f"请求体过大：JSON 请求最多 {MAX_JSON_BYTES // 1024} KB")
                await response(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        try:
            check_json(body)
        except BadText as exc:
            await _refuse(scope, receive, send, exc.where)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


async def _refuse(scope: Scope, receive: Receive, send: Send, where: str) -> None:
    response = error_response(422, "invalid_text", f"{where}：请使用有效的中文或其他 UTF-8 文本")
    await response(scope, receive, send)
