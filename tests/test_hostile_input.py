"""Input a hostile tester sends (issue 14): never a 500, text checked at the edge, no server
paths in responses, uploads refused while they arrive, limits named in Chinese.

Runs the app over the hand-made 样例县 store (as tests/test_api.py does).
"""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from tests.test_api import AUTH, TOKEN, _error
from tests.test_ask_data import county_store, install_registry

SANDING = ("样例县测试局职能配置、内设机构和人员编制规定\n第一条 根据有关规定，制定本规定。\n"
           "第二条 样例县测试局是县政府工作部门，为正科级。\n"
           "第三条 样例县测试局主要职责是：\n（一）负责全县测试工作的组织实施。\n（二）承担测试数据的统计分析。\n")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    install_registry()
    directory = tmp_path_factory.mktemp("hostile")
    county_store(directory).close()
    return directory / "kgdata"


@pytest.fixture(scope="module")
def client(data_dir: Path) -> Iterator[TestClient]:
    app = create_app(Settings(store_path=str(data_dir), api_token=TOKEN, max_upload_mb=2))
    with TestClient(app, raise_server_exceptions=False) as c:
        app.state.ready.wait(300)  # /health is 503 until the warm-up is done: judge the ready server
        yield c


def _upload(name: str, data: bytes, **fields: str) -> dict:
    return {"files": {"files": (name, io.BytesIO(data), "application/octet-stream")}, "data": fields}


# ------------------------------------------------------------------ text at the edge


def test_lone_surrogates_and_nul_are_422(client: TestClient) -> None:
    body = '{"question": "谁负责\\ud800草原防火"}'
    _error(client.post("/ask", content=body, headers={"Content-Type": "application/json"}), 422, "invalid_text")
    body = '{"question": "谁负责草原防火", "at": "\\udc00"}'
    _error(client.post("/ask", content=body, headers={"Content-Type": "application/json"}), 422, "invalid_text")
    _error(client.post("/ask", json={"question": "中\x00央"}), 422, "invalid_text")
    _error(client.get("/who-handles?q=%ED%A0%80"), 422, "invalid_text")  # a surrogate encoded in UTF-8
    _error(client.get("/who-handles?q=%FF%FE"), 422, "invalid_text")  # not UTF-8 at all
    _error(client.get("/units?q=%00"), 422, "invalid_text")
    _error(client.get("/units/%ED%A0%80"), 422, "invalid_text")
    message = _error(client.get("/who-handles?q=%00"), 422, "invalid_text")["message"]
    assert "q" in message  # names the parameter
    # invalid UTF-8 inside a JSON body
    _error(client.post("/ask", content=b'{"question": "\xff\xfe"}', headers={"Content-Type": "application/json"}),
           422, "invalid_text")
    # and the connection keeps working afterwards
    assert client.get("/health").status_code == 200


def test_invalid_form_fields_are_422_and_store_nothing(client: TestClient) -> None:
    before = {j["id"] for j in client.get("/jurisdictions").json()} if client.get("/jurisdictions").status_code == 200 \
        else None
    upload = _upload("通知.txt", SANDING.encode(), jurisdiction="中\x00央")
    _error(client.post("/ingest", headers=AUTH, **upload), 422, "invalid_text")
    boundary = "xyz"
    raw = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"jurisdiction\"\r\n\r\n".encode() + b"\xd6\xd0\xff"
           + f"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.txt\"\r\n\r\n".encode()
           + SANDING.encode() + f"\r\n--{boundary}--\r\n".encode())
    response = client.post("/ingest", content=raw, headers={**AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    _error(response, 422, "invalid_text")
    # a field the form takes once, sent twice: which one was meant is unknown
    twice = {"files": [("files", ("a.txt", SANDING.encode(), "text/plain"))], "data": {"title": ["甲", "乙"]}}
    assert "只能给一次" in _error(client.post("/ingest", headers=AUTH, **twice), 422, "invalid_request")["message"]
    if before is not None:
        assert {j["id"] for j in client.get("/jurisdictions").json()} == before


def test_long_and_odd_file_names(client: TestClient) -> None:
    name = "很长的文件名" * 50 + ".txt"  # 300 characters, 900 bytes
    response = client.post("/ingest", headers=AUTH, **_upload(name, SANDING.encode()))
    assert response.status_code == 200, response.text
    result = response.json()["results"][0]
    assert result["status"] == "成功" and result["file"].endswith(".txt")
    assert len(result["file"].encode()) <= 200
    for odd in ("../../etc/passwd.txt", "a\\b\\c.txt"):
        response = client.post("/ingest", headers=AUTH, **_upload(odd, SANDING.encode()))
        assert response.status_code == 200, response.text
        assert "/" not in response.json()["results"][0]["file"]


def test_blank_at_means_today_everywhere(client: TestClient) -> None:
    ask = client.post("/ask", json={"question": "谁负责草原防火？", "at": "  "})
    assert ask.status_code == 200, ask.text
    who = client.get("/who-handles", params={"q": "草原防火", "at": "  "})
    assert who.status_code == 200, who.text
    today = client.post("/ask", json={"question": "谁负责草原防火？"})
    assert ask.json()["at"] == today.json()["at"]


def test_allow_header_names_every_method(client: TestClient) -> None:
    response = client.request("OPTIONS", "/documents/whatever")
    assert response.status_code == 405
    assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "DELETE"}


# ------------------------------------------------------------------ no server paths


def test_responses_carry_no_server_paths(client: TestClient, data_dir: Path) -> None:
    for _ in range(2):  # the second upload replaces the first: its note must not name a folder
        response = client.post("/ingest", headers=AUTH, **_upload("路径测试.txt", SANDING.encode()))
        assert response.status_code == 200
    text = response.text
    assert "kg-upload-" not in text and "/tmp" not in text
    docs = client.get("/documents")
    assert docs.status_code == 200
    rows = docs.json()
    assert rows and all("path" not in row for row in rows)
    assert any(row["file"] == "路径测试.txt" for row in rows)
    assert "kg-upload-" not in docs.text and str(data_dir) not in docs.text
    doc_id = next(row["id"] for row in rows if row["file"] == "路径测试.txt")
    assert "kg-upload-" not in client.get(f"/documents/{doc_id}").text
    checks = client.get("/staffing/checks")
    if checks.status_code == 200:
        assert "/" not in (checks.json().get("rules_file") or "")


# ------------------------------------------------------------------ uploads and limits


def test_upload_refused_while_it_arrives(client: TestClient) -> None:
    """A chunked 200 MB upload (no Content-Length) is refused after a few MB, not stored first."""
    app = client.app
    sent = 0
    chunk = b"x" * (1024 * 1024)
    head = (b"--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.txt\"\r\n\r\n")

    async def receive() -> dict:
        nonlocal sent
        sent += 1
        if sent == 1:
            return {"type": "http.request", "body": head, "more_body": True}
        return {"type": "http.request", "body": chunk, "more_body": sent < 200}

    messages: list[dict] = []

    async def send(message: dict) -> None:
        messages.append(message)

    scope = {"type": "http", "method": "POST", "path": "/ingest", "raw_path": b"/ingest", "query_string": b"",
             "root_path": "", "scheme": "http", "server": ("testserver", 80), "client": ("127.0.0.1", 1),
             "http_version": "1.1", "app": app,
             "headers": [(b"authorization", f"Bearer {TOKEN}".encode()),
                         (b"content-type", b"multipart/form-data; boundary=b")]}
    asyncio.run(app(scope, receive, send))  # type: ignore[arg-type]
    start = next(m for m in messages if m["type"] == "http.response.start")
    assert start["status"] == 413
    body = json.loads(b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body"))
    assert body["error"]["code"] == "file_too_large" and "KG_MAX_UPLOAD_MB" in body["error"]["message"]
    assert sent <= 5  # refused at the limit (2 MB), not after reading all 200 chunks


def _bomb(name: str, size_mb: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(name, b"\x00" * (size_mb * 1024 * 1024))
    return buffer.getvalue()


def test_zip_bomb_docx_refused_before_reading(client: TestClient) -> None:
    data = _bomb("word/document.xml", 300)
    assert len(data) < 2 * 1024 * 1024
    response = client.post("/ingest", headers=AUTH, **_upload("炸弹.docx", data))
    assert response.status_code == 200
    result = response.json()["results"][0]
    assert result["status"] == "失败"
    message = result["errors"][0]
    assert "炸弹.docx" in message and "KG_MAX_ZIP_RATIO" in message


def test_deep_html_refused(client: TestClient) -> None:
    html = "<html><body>" + "<div>" * 5000 + "样例县测试局负责测试工作。" + "</div>" * 5000 + "</body></html>"
    response = client.post("/ingest", headers=AUTH, **_upload("深.html", html.encode()))
    result = response.json()["results"][0]
    assert result["status"] == "失败" and "KG_MAX_HTML_DEPTH" in result["errors"][0] and "深.html" in result["errors"][0]
