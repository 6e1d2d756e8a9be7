"""End to end in a real browser: the real server (`kg serve` in a subprocess, on a free
loopback port, over a store of the development corpus and samples/示例县, KG_EMBED_MODEL=hash)
driven by Debian's headless Chromium through Playwright.

The page is loaded, a question asked, the answer and its evidence checked, a unit opened and
its lineage drawing (SVG) checked; a screenshot of each step lands in the test's tmp dir.
/docs is loaded too, with every request off this machine refused: Swagger UI must render
from the vendored files alone.

Chromium comes from Debian (`apt-get install chromium`, done by scripts/setup.sh); Playwright
downloads no browser. Without it the tests skip, except in CI (CI=true), where they fail.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from api.server_process import ServerProcess, demo_store
from tests.requirements import unavailable
from tests.test_ask_data import SHARED

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"  # Debian's; KG_CHROMIUM overrides
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
QUESTION = "自然资源部是由哪些单位组建的"
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


# ---------------------------------------------------------------- the server


def build_store(directory: Path) -> Path:
    data, results = demo_store(directory, SHARED)
    failed = [r.path for r in results if r.status == "失败"]
    assert not failed, f"ingest failed for {failed}"
    return data


class Server(ServerProcess):
    """The real server with the fast fake embedder."""

    def __init__(self, store: Path, log: Path, env: dict[str, str | None] | None = None):
        super().__init__(store, log, {"KG_EMBED_MODEL": "hash", **(env or {})})


@pytest.fixture(scope="module")
def chromium_path() -> str:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        unavailable("browser test", "Playwright for Python is not installed (pip install playwright)")
    if os.environ.get("KG_CHROMIUM"):  # an explicit choice is used as it is
        candidates = [os.environ["KG_CHROMIUM"]]
    else:
        candidates = [CHROMIUM, shutil.which("chromium") or ""]
    for path in candidates:
        if path and Path(path).is_file() and os.access(path, os.X_OK):
            return path
    unavailable("browser test", f"no Chromium at {candidates[0]} (apt-get install -y chromium, or bash scripts/setup.sh)")
    raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def server(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    os.environ.setdefault("KG_EMBED_MODEL", "hash")
    directory = tmp_path_factory.mktemp("browser")
    srv = Server(build_store(directory), directory / "server.log")
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()
    assert srv.proc.returncode is not None


@pytest.fixture(scope="module")
def browser(chromium_path: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Watch:
    """What went wrong on a page: console errors, uncaught exceptions, failed requests and
    requests to any host but this machine (those are refused)."""

    def __init__(self, page: Any):
        self.errors: list[str] = []
        self.external: list[str] = []
        page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.on("requestfailed", lambda r: self.errors.append(f"request failed: {r.url} {r.failure}")
                if urlsplit(r.url).hostname in LOCAL_HOSTS else None)
        page.route("**/*", self._route)

    def _route(self, route: Any) -> None:
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.external.append(url)
            route.abort()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    try:
        yield pg
    finally:
        context.close()


# ---------------------------------------------------------------- tests


def test_ask_then_open_unit_lineage(server: Server, page: Any, tmp_path: Path) -> None:
    watch = Watch(page)
    page.goto(server.url + "/")
    assert page.title() == "编制图谱"
    page.wait_for_selector("#ask-examples a[data-q]")
    # the jurisdiction filters are filled from GET /jurisdictions
    page.wait_for_function("document.querySelectorAll('#unit-jur option').length > 1")

    page.fill("#ask-q", QUESTION)
    page.click("#ask-form button[type=submit]")
    answer = page.wait_for_selector("#ask-result .answer")
    text = answer.inner_text()
    assert "自然资源部" in text and "国土资源部" in text and "国家海洋局" in text, text
    assert page.inner_text("#ask-result .tag") == "历史沿革"
    evidence = page.query_selector_all("#ask-result .evidence")
    assert evidence, "the answer shows no evidence"
    assert any("自然资源部" in e.inner_text() for e in evidence)
    assert page.query_selector_all("#ask-result .evidence .src"), "evidence without its source document"
    links = {a.inner_text(): a for a in page.query_selector_all("#ask-result a.unitlink")}
    assert "国土资源部" in links, sorted(links)
    page.screenshot(path=str(tmp_path / "1-answer.png"), full_page=True)

    # open a unit from the answer: its page and its lineage drawing
    links["国土资源部"].click()
    page.wait_for_selector("#tab-units.active")
    page.wait_for_selector("#unit-page h2")
    assert "国土资源部" in page.inner_text("#unit-page h2")
    page.wait_for_selector("#lineage-graph svg")
    units = page.query_selector_all("#lineage-graph svg g.unitnode")
    labels = [g.text_content() or "" for g in units]
    assert len(units) >= 2, labels
    assert any("自然资源部" in x for x in labels), labels
    assert page.query_selector_all("#lineage-graph svg path[marker-end]"), "lineage drawn without arrows"
    # every node lies inside the drawing (nothing cut off at the edges)
    inside = page.evaluate("""() => {
        const svg = document.querySelector('#lineage-graph svg').getBoundingClientRect();
        return [...document.querySelectorAll('#lineage-graph svg g')].every((g) => {
            const r = g.getBoundingClientRect();
            return r.left >= svg.left - 1 && r.right <= svg.right + 1 && r.top >= svg.top - 1 && r.bottom <= svg.bottom + 1;
        });
    }""")
    assert inside, "lineage nodes fall outside the drawing"
    assert page.query_selector_all("#unit-page .timeline .item"), "no timeline"
    page.screenshot(path=str(tmp_path / "2-unit.png"), full_page=True)

    # a unit node in the drawing opens that unit
    target = next(g for g in units if "自然资源部" in (g.text_content() or ""))
    target.click()
    page.wait_for_function("document.querySelector('#unit-page h2') && "
                           "document.querySelector('#unit-page h2').innerText.includes('自然资源部')")
    page.wait_for_selector("#lineage-graph svg g.unitnode")
    page.screenshot(path=str(tmp_path / "3-lineage-click.png"), full_page=True)

    assert not watch.errors, watch.errors
    assert not watch.external, f"the page reached off this machine: {watch.external}"


def test_who_handles_and_unit_search(server: Server, page: Any, tmp_path: Path) -> None:
    watch = Watch(page)
    page.goto(server.url + "/")
    page.click("nav button[data-tab=who]")
    page.fill("#who-q", "草原防火")
    page.click("#who-form button[type=submit]")
    page.wait_for_selector("#who-result .card")
    assert "草原防火" in page.inner_text("#who-result")
    page.click("nav button[data-tab=units]")
    page.fill("#unit-q", "自然资源")
    page.click("#unit-form button[type=submit]")
    page.wait_for_selector("#unit-list table")
    assert "自然资源部" in page.inner_text("#unit-list")
    page.screenshot(path=str(tmp_path / "units.png"), full_page=True)
    assert not watch.errors, watch.errors
    assert not watch.external, watch.external


def test_docs_render_offline(server: Server, page: Any, tmp_path: Path) -> None:
    watch = Watch(page)
    page.goto(server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=60_000)
    body = page.inner_text(".swagger-ui")
    assert "编制图谱 API" in body and "/ask" in body
    page.screenshot(path=str(tmp_path / "docs.png"))
    assert not watch.external, f"/docs reached off this machine: {watch.external}"
    assert not watch.errors, watch.errors
