"""The 职责交叉 tab in a real browser, on the bundled data of ``make run`` (sample county +
development corpus + seeds): candidates show when the tab is opened, with no setting
changed; each shows its grade, confidence, reason and both clauses with their sources; the
overlaps that reforms state appear as history (marked 文件所述), also on a unit's page.

Runs with the fast fake embedder, and again with the default model (marker ``model``), the
one ``make run`` serves with. Screenshots land in the test's tmp dir; the default-model one
is also kept as docs/img/overlaps-tab.png.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.test_browser import Server, Watch, browser, build_store, chromium_path, page  # noqa: F401

pytestmark = pytest.mark.browser
DOCS_SHOT = Path(__file__).resolve().parents[1] / "docs" / "img" / "overlaps-tab.png"


def _serve(tmp_path_factory: pytest.TempPathFactory, model: str | None) -> Iterator[Server]:
    directory = tmp_path_factory.mktemp("browser-overlaps")
    srv = Server(build_store(directory), directory / "server.log", {"KG_EMBED_MODEL": model})
    try:
        srv.wait_ready(timeout=300)
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def hash_server(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:  # noqa: F811
    yield from _serve(tmp_path_factory, "hash")


@pytest.fixture(scope="module")
def model_server(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:  # noqa: F811
    yield from _serve(tmp_path_factory, None)


def _check_tab(server: Server, page: Any, shot: Path) -> None:  # noqa: F811
    watch = Watch(page)
    page.goto(server.url + "/")
    page.click("nav button[data-tab=overlaps]")  # nothing else: no setting changed
    page.wait_for_selector("#ov-result .ov-pair", timeout=120_000)
    cards = page.query_selector_all("#ov-result .ov-pair")
    assert cards, page.inner_text("#ov-result")
    first = cards[0].inner_text()
    assert any(g in first for g in ("重复", "交叉", "分散")), first
    assert "置信" in first and "判断：" in first and "GAO-15-49SP" in first, first
    assert len(cards[0].query_selector_all(".src")) >= 2, "both clauses need their sources"
    assert "置信度中及以上" in page.inner_text("#ov-result .meta")
    page.screenshot(path=str(shot))
    page.screenshot(path=str(shot.with_name(shot.stem + "-full.png")), full_page=True)

    # history: reforms' stated overlaps, marked as stated by the document
    page.select_option("#ov-jur", "示例县")
    page.fill("#ov-at", "2018")
    page.click("#ov-form button[type=submit]")
    page.wait_for_selector("#ov-result .ov-stated")
    page.evaluate("document.querySelectorAll('details.ov-hist').forEach((d) => { d.open = true; })")
    stated = page.inner_text("#ov-result")
    assert "2019年改革前" in stated and "文件所述" in stated, stated
    assert "应急管理分散在" in stated, stated
    page.screenshot(path=str(shot.with_name(shot.stem + "-2018.png")), full_page=True)

    # a unit page shows the reforms that gathered its duties
    link = page.query_selector("#ov-result .ov-stated a.unitlink")
    assert link is not None
    link.click()
    page.wait_for_selector("#unit-page .ov-history")
    assert "改革前" in page.inner_text("#unit-page .ov-history")
    page.screenshot(path=str(shot.with_name(shot.stem + "-unit.png")), full_page=True)
    assert not watch.errors, watch.errors
    assert not watch.external, watch.external


def test_overlaps_tab_shows_candidates_by_default(hash_server: Server, page: Any, tmp_path: Path) -> None:  # noqa: F811
    _check_tab(hash_server, page, tmp_path / "overlaps.png")


@pytest.mark.model
def test_overlaps_tab_with_the_default_model(model_server: Server, page: Any, tmp_path: Path) -> None:  # noqa: F811
    _check_tab(model_server, page, tmp_path / "overlaps.png")
    DOCS_SHOT.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(tmp_path / "overlaps.png", DOCS_SHOT)
