"""The 编制 tab of the web page in a real browser (the machinery of tests/test_browser.py: the
real server in a subprocess, Debian's headless Chromium through Playwright; skipped without
Chromium except in CI). The store holds the sample county only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.staffing_data import build
from tests.test_browser import Server, Watch, browser, chromium_path, page  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:  # noqa: F811
    os.environ.setdefault("KG_EMBED_MODEL", "hash")
    directory = tmp_path_factory.mktemp("staffing-web")
    build(directory).close()
    srv = Server(directory / "kgdata", directory / "server.log")
    try:
        srv.wait_ready()
        yield srv
    finally:
        srv.stop()


def test_staffing_tab(server: Server, page: Any, tmp_path: Path) -> None:  # noqa: F811
    watch = Watch(page)
    page.goto(server.url + "/")
    page.click("nav button[data-tab=staffing]")
    page.wait_for_selector("#st-jur option[value='示例县']", state="attached")
    page.select_option("#st-jur", "示例县")
    page.fill("#st-unit", "县自然资源局")
    page.click("#st-form button[type=submit]")
    page.wait_for_selector("#st-result table")
    text = page.inner_text("#st-result")
    assert "行政编制24名" in text and "编制台账" in text and "调整后，县自然资源局机关行政编制24名。" in text
    page.screenshot(path=str(tmp_path / "unit.png"), full_page=True)
    page.click("#st-pool")
    page.wait_for_selector("#st-result >> text=收支明细")
    assert "全额拨款事业编制24名" in page.inner_text("#st-result")
    page.click("#st-checks")
    page.wait_for_selector("#st-result >> text=长期空编")
    with page.expect_download() as info:
        page.click("#st-export")
    download = info.value
    assert download.suggested_filename.endswith(".xlsx") and "编制台账" in download.suggested_filename
    page.wait_for_selector("#st-result >> text=已导出")
    assert not watch.errors and not watch.external, watch.errors + watch.external
