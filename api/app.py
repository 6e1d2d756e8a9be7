"""The HTTP service: ``create_app(settings)`` builds a FastAPI app.

    uvicorn --factory api.app:create_app      # or: kg serve

The store is opened in the lifespan (never at import) from the settings, and closed on
shutdown; beside it the lifespan starts the warm-up (embedding model, search index, name index,
intent classifier, one question asked), and ``GET /health`` answers 503 until it is done; tests swap it with ``app.dependency_overrides[api.deps.get_store]``. There is no
app object at import time: ``api.app:app`` builds one on first access, for tools that want
a module attribute.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from api import errors
from api import openapi as api_openapi
from api.deps import RWLock
from api.edge import TextCheck
from api.routes import ROUTERS
from api.settings import DEFAULT_WEB_DIR, Settings
from api.uploads import Parser
from kg.store import GraphStore, open_store

log = logging.getLogger("kg.api")

DESCRIPTION = """编制图谱：机构编制知识图谱与问答服务。

按日期查询单位的名称、牌子、规格、隶属、职责、编制和历史沿革；谁负责某项职责；哪些单位职责交叉重叠；
某日的机构图及两个日期之间的变化；中文问答（POST /ask）。每个回答都附原文依据。

错误统一为 `{"error": {"code": "稳定代码", "message": "中文说明"}}`。写操作（POST /ingest、
DELETE /documents/{id}）需要 `Authorization: Bearer <KG_API_TOKEN>`。
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """A new app. ``settings`` default to the environment (``Settings.from_env()``)."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_store(
            settings.backend,
            settings.store_path,
            neo4j_uri=settings.neo4j_uri,
            neo4j_user=settings.neo4j_user,
            neo4j_password=settings.neo4j_password,
        )
        app.state.store = store
        app.state.ready = threading.Event()
        app.state.warmup_error = None
        warm = threading.Thread(target=_warm_up, args=(app, store), name="kg-warm-up", daemon=True)
        warm.start()
        app.state.parser = Parser()  # uploads are read in a child process, started on first use
        try:
            yield
        finally:
            app.state.parser.close()
            app.state.store = None
            warm.join(timeout=5)
            store.close()

    app = FastAPI(title="编制图谱 API", version="0.1.0", description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.lock = RWLock()
    app.state.store = None
    app.state.registry = None
    app.state.ready = None
    app.state.parser = None  # without the lifespan (tests that build the app bare): read in-process
    errors.install(app)
    app.add_middleware(TextCheck)  # invalid text is a 422 before any route sees it
    for router in ROUTERS:
        app.include_router(router)
    api_openapi.install(app, settings)
    _mount_docs(app)
    _mount_web(app, settings)
    return app


def _warm_up(app: FastAPI, store: GraphStore) -> None:
    """Load what the first question needs before saying ready (``GET /health`` 503 → 200):
    the embedding model and the index registry, the search index of the store, the name
    index, the intent classifier; then answer one question, so the first real one is fast."""
    import time

    started = time.perf_counter()
    steps: dict[str, float] = {}

    def step(name: str, since: float) -> float:
        now = time.perf_counter()
        steps[name] = round(now - since, 2)
        return now

    try:
        from kg.index.clause_index import default_registry
        from queries.ask import ask
        from queries.ask.routing import classifier

        t = started
        trained = threading.Thread(target=classifier, name="kg-classifier", daemon=True)
        trained.start()  # beside the model load: the two use different cores
        registry = default_registry()
        registry.embedder.embed(["模型预热"], kind="query")
        t = step("model", t)
        index = registry.index_for(store)
        t = step("search_index", t)
        app.state.registry = registry
        trained.join()
        classifier()
        t = step("classifier", t)
        ask(store, "谁负责安全生产监督管理？", index=index)
        step("first_question", t)
    except Exception as exc:  # reported by /health; requests then fail on their own
        app.state.warmup_error = f"{type(exc).__name__}: {exc}"
        log.exception("warm-up failed")
    finally:
        app.state.warmup_seconds = round(time.perf_counter() - started, 2)
        app.state.warmup_steps = steps
        app.state.ready.set()


# Swagger UI's files are vendored (web/vendor/swagger-ui), so /docs works without network access.
SWAGGER_DIR = DEFAULT_WEB_DIR / "vendor" / "swagger-ui"
SWAGGER_ASSETS = "/docs/assets"


def _mount_docs(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} · 接口文档",
            swagger_js_url=f"{SWAGGER_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER_ASSETS}/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None},  # no call to the online validator
        )

    app.mount(SWAGGER_ASSETS, StaticFiles(directory=SWAGGER_DIR, check_dir=False), name="swagger-ui")


def _mount_web(app: FastAPI, settings: Settings) -> None:
    web = settings.web_dir
    index = web / "index.html"

    @app.get("/", include_in_schema=False)
    def home() -> Any:
        if index.is_file():
            return FileResponse(index, media_type="text/html; charset=utf-8")
        return HTMLResponse("<!doctype html><meta charset='utf-8'><title>编制图谱</title>"
                            "<p>网页文件不存在（web/index.html）。接口文档见 <a href='/docs'>/docs</a>。</p>")

    if web.is_dir():
        app.mount("/web", StaticFiles(directory=web), name="web")


def __getattr__(name: str) -> Any:
    if name == "app":  # `uvicorn api.app:app`: built on access, not at import
        return create_app()
    raise AttributeError(name)
