"""FastAPI dependencies: the store, the search index, the settings, locking and the write token.

The store lives on ``app.state`` (built in the lifespan, see ``api.app``). Tests replace it
with ``app.dependency_overrides[get_store] = lambda: my_store``; locking and refresh depend
on ``get_store``, so they follow the override.

The search index (``IndexDep``) comes from the index registry the lifespan builds beside the
store (``app.state.registry``), never from a process global; tests replace it with
``app.dependency_overrides[get_index]``.

Concurrency: reads share the store, writes (ingest, delete) take it alone, through one
readers-writer lock per app. Before a read, a store that can see other processes' writes
(the networkx backend's ``refresh()``) is refreshed.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated

from fastapi import Depends, Request

from api.errors import ApiError
from api.settings import Settings
from kg.dates import as_of, parse_partial
from kg.index.clause_index import ClauseIndex
from kg.store import GraphStore


class RWLock:
    """Many readers or one writer; a waiting writer holds new readers back."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False
        self._waiting_writers = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writer or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._waiting_writers += 1
            while self._writer or self._readers:
                self._cond.wait()
            self._waiting_writers -= 1
            self._writer = True
        try:
            yield
        finally:
            with self._cond:
                self._writer = False
                self._cond.notify_all()


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    store = getattr(request.app.state, "store", None)
    if store is None:
        raise ApiError(503, "store_unavailable", "数据存储尚未就绪，请稍后再试")
    return store


def get_lock(request: Request) -> RWLock:
    return request.app.state.lock


# how long a request waits for the start-up warm-up (model and search index) before a 503
READY_WAIT_SECONDS = 120.0


def get_index(request: Request, store: GraphStore = Depends(get_store)) -> ClauseIndex:
    """The search index of the store, from the registry built in the lifespan. While the
    warm-up (model load, first index build) runs, a request waits for it, then gets 503."""
    ready = getattr(request.app.state, "ready", None)
    if ready is not None and not ready.wait(READY_WAIT_SECONDS):
        raise ApiError(503, "not_ready", "服务正在加载模型和检索索引，请稍后再试")
    registry = getattr(request.app.state, "registry", None)
    if registry is None:
        raise ApiError(503, "not_ready", "检索索引尚未就绪，请稍后再试")
    return registry.index_for(store)


def parse_uploads(request: Request, paths: list[str], **options: object) -> tuple[list, list]:
    """Read and extract uploaded files: in the app's parser process when it has one."""
    parser = getattr(request.app.state, "parser", None)
    if parser is None:
        from ingest.pipeline import parse_paths

        return parse_paths(paths, **options)  # type: ignore[arg-type]
    return parser.parse(paths, **options)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
IndexDep = Annotated[ClauseIndex, Depends(get_index)]
LockDep = Annotated[RWLock, Depends(get_lock)]


def read_access(store: StoreDep, lock: LockDep) -> Iterator[None]:
    """Hold a shared lock for the request; pick up other processes' writes first."""
    changed = getattr(store, "changed_elsewhere", None)  # a stand-in store in a test may lack it
    if changed is not None and changed():  # only then does a read wait for everyone else
        with lock.write():
            store.refresh()
    with lock.read():
        yield


ReadAccess = Depends(read_access)


def require_token(request: Request, settings: SettingsDep) -> None:
    """Writes need ``Authorization: Bearer <KG_API_TOKEN>``; without a configured token they
    are refused outright."""
    if not settings.api_token:
        raise ApiError(403, "writes_disabled", "服务器未配置 KG_API_TOKEN，写操作（导入、删除）已关闭")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "写操作需要提供凭据：Authorization: Bearer <令牌>",
                       headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(token.strip().encode("utf-8"), settings.api_token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "令牌不正确", headers={"WWW-Authenticate": "Bearer"})


WriteAuth = Depends(require_token)


def check_text(value: str | None, settings: Settings, what: str = "查询内容", *, required: bool = True) -> str | None:
    """Strip a free-text parameter and enforce KG_MAX_QUERY_CHARS."""
    text = (value or "").strip()
    if not text:
        if required:
            raise ApiError(422, "invalid_request", f"缺少{what}")
        return None
    if len(text) > settings.max_query_chars:
        raise ApiError(422, "query_too_long", f"{what}过长：最多 {settings.max_query_chars} 个字，当前 {len(text)} 个字")
    return text


def parse_day(value: str | None) -> date:
    """A user date ('2017', '2017-06', '2017-06-30', '2017年'); today when empty.
    Malformed dates raise InvalidDate (400 invalid_date)."""
    if value is not None and len(value) > 40:  # before the blank test: the limit is on what was sent
        from kg.errors import InvalidDate

        raise InvalidDate("日期过长，无法识别，请写成 2018、2018-03 或 2018-03-21")
    if value is None or not value.strip():
        return as_of(None)
    return as_of(parse_partial(value.strip()))
