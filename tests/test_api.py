"""The HTTP API over a real store: every endpoint, auth on writes, and bad input answered
with the one JSON error shape, never a 500.

The store is the hand-made 样例县 (tests/test_ask_data.py), written to a temporary data
directory and opened by the app's own lifespan from its settings; one test swaps the store
with ``app.dependency_overrides`` instead.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from api.app import create_app
from api.deps import get_store
from api.settings import Settings
from tests.test_ask_data import REPO, county_store, install_registry

TOKEN = "test-token-0123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    install_registry()
    directory = tmp_path_factory.mktemp("api")
    county_store(directory).close()
    return directory / "kgdata"


def _client(data_dir: Path, **settings: object) -> TestClient:
    app = create_app(Settings(store_path=str(data_dir), **settings))  # type: ignore[arg-type]
    return TestClient(app, raise_server_exceptions=False)


def wait_ready(client: TestClient, seconds: float = 60.0) -> dict:
    """Poll GET /health until the start-up warm-up is done: 503 not_ready before, 200 after."""
    deadline = time.monotonic() + seconds
    while True:
        response = client.get("/health")
        if response.status_code == 200:
            return response.json()
        assert response.status_code == 503 and response.json()["error"]["code"] == "not_ready", response.text
        assert time.monotonic() < deadline, "the service never became ready"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def client(data_dir: Path) -> Iterator[TestClient]:
    with _client(data_dir, api_token=TOKEN) as c:
        wait_ready(c)
        yield c


def _error(response, status: int, code: str) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}, body
    assert body["error"]["code"] == code, body
    message = body["error"]["message"]
    assert message and any("\u4e00" <= ch <= "\u9fff" for ch in message), message  # Chinese
    return body["error"]


def _unit_id(client: TestClient, name: str) -> str:
    rows = client.get("/units", params={"q": name}).json()["units"]
    return next(r["id"] for r in rows if r["name"] == name)


# ---------------------------------------------------------------- reads


def test_health(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body["warmup_seconds"] is not None and "warmup_error" not in body or body["warmup_error"] is None
    assert body["status"] == "ok" and body["backend"] == "networkx"
    assert body["documents"] == 3 and body["units"] > 10 and body["writes_enabled"] is True


def test_units_list_and_search(client: TestClient) -> None:
    today = client.get("/units", params={"jurisdiction": "样例县"}).json()
    names = {u["name"] for u in today["units"]}
    assert "样例县自然资源局" in names and "样例县国土资源局" not in names  # abolished in 2019
    before = client.get("/units", params={"jurisdiction": "样例县", "at": "2017"}).json()
    assert "样例县国土资源局" in {u["name"] for u in before["units"]}
    search = client.get("/units", params={"q": "自然资源局"}).json()
    assert search["units"][0]["name"] == "样例县自然资源局"
    by_sign = client.get("/units", params={"q": "县知识产权局"}).json()
    assert [u["name"] for u in by_sign["units"]][:1] == ["样例县市场监督管理局"]
    by_old_name = client.get("/units", params={"q": "农机服务站"}).json()
    assert by_old_name["units"][0]["name"] == "样例县农业机械化服务中心"
    kinds = client.get("/units", params={"jurisdiction": "样例县", "kind": "事业单位"}).json()
    assert kinds["units"] and all(u["kind"] == "事业单位" for u in kinds["units"])


def test_unit_profile_by_id_and_name(client: TestClient) -> None:
    uid = _unit_id(client, "样例县自然资源局")
    by_id = client.get(f"/units/{uid}").json()
    assert by_id["name"] == "样例县自然资源局" and by_id["rank"] == "正科级"
    assert any(s["value"] == "林业局" for s in by_id["signs"])
    assert by_id["duties"] and by_id["duties"][0]["evidence"]["text"]
    by_name = client.get("/units/样例县自然资源局").json()
    assert by_name["id"] == uid


def test_lineage(client: TestClient) -> None:
    body = client.get("/units/样例县应急管理局/lineage").json()
    ancestors = {a["name"] for a in body["ancestors"]}
    assert {"样例县安全生产监督管理局", "样例县农业局"} <= ancestors
    kinds = {n["type"] for n in body["graph"]["nodes"]}
    assert kinds == {"unit", "event"} and body["graph"]["edges"]


def test_duties(client: TestClient) -> None:
    now = client.get("/units/样例县应急管理局/duties").json()
    assert any("草原防火" in d["text"] for d in now["duties"])
    before = client.get("/units/样例县农业局/duties", params={"at": "2017"}).json()
    assert any("草原防火" in d["text"] for d in before["duties"])
    history = client.get("/units/样例县农业局/duties", params={"history": "true"}).json()
    assert history["at"] is None and len(history["duties"]) >= 3


def test_who_handles(client: TestClient) -> None:
    now = client.get("/who-handles", params={"q": "草原防火"}).json()
    assert now["results"][0]["name"] == "样例县应急管理局"
    clause = now["results"][0]["clauses"][0]
    assert clause["evidence"]["text"] and clause["earlier_holders"]
    before = client.get("/who-handles", params={"q": "草原防火", "at": "2017", "jurisdiction": "样例县", "top": 1}).json()
    assert [r["name"] for r in before["results"]] == ["样例县农业局"]


def test_overlaps(client: TestClient) -> None:
    body = client.get("/overlaps", params={"jurisdiction": "样例县"}).json()
    pairs = [{u["name"] for u in p["units"]} for p in body["pairs"]]
    assert {"样例县自然资源局", "样例县住房和城乡建设局"} in pairs
    settled = [p for p in body["pairs"] if p["settled"]]
    assert settled and settled[0]["settled_by"]
    with_lead = client.get("/overlaps", params={"jurisdiction": "样例县", "lead_support": "true"}).json()
    assert any(p["lead_support"] for p in with_lead["pairs"])


def test_orgchart(client: TestClient) -> None:
    body = client.get("/orgchart", params={"jurisdiction": "样例县"}).json()
    top = {n["name"]: n for n in body["tree"]}
    assert "样例县自然资源局" in top
    assert {c["name"] for c in top["样例县自然资源局"]["children"]} >= {"样例县自然资源局办公室", "样例县林业服务中心"}
    rooted = client.get("/orgchart", params={"root": "样例县自然资源局", "at": "2020"}).json()
    assert rooted["tree"][0]["name"] == "样例县自然资源局"


def test_diff(client: TestClient) -> None:
    body = client.get("/diff", params={"from": "2017", "to": "2020", "jurisdiction": "样例县"}).json()
    assert body["from"] == "2017-12-31" and body["to"] == "2020-12-31"
    assert "样例县自然资源局" in {u["name"] for u in body["added"]}
    assert "样例县国土资源局" in {u["name"] for u in body["abolished"]}
    assert body["duties_moved"] and body["events"]


def test_documents(client: TestClient) -> None:
    docs = client.get("/documents").json()
    assert [d["id"] for d in docs] == ["doc_county_2015", "doc_county_2019", "doc_county_2021"]
    detail = client.get("/documents/doc_county_2019").json()
    assert detail["title"] == "样例县机构改革方案" and detail["counts"]["events"] > 5 and "组建县应急管理局" in detail["text"]


def test_jurisdictions(client: TestClient) -> None:
    rows = client.get("/jurisdictions").json()
    assert any(r["id"] == "样例县" and r["units"] > 10 for r in rows)


def test_ask(client: TestClient) -> None:
    body = client.post("/ask", json={"question": "2017年谁负责草原防火？"}).json()
    assert set(body) >= {"intent", "answer", "units", "evidence", "at"}
    assert body["intent"] == "who_handles" and body["units"][0]["name"] == "样例县农业局"
    assert body["at"] == "2017-12-31" and body["evidence"]
    with_at = client.post("/ask", json={"question": "谁负责草原防火", "at": "2017"}).json()
    assert with_at["units"][0]["name"] == "样例县农业局"
    garbage = client.post("/ask", json={"question": "今天天气怎么样"})
    assert garbage.status_code == 200 and garbage.json()["intent"] == "unknown" and garbage.json()["units"] == []


def test_web_page_and_docs(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "编制图谱" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    if (REPO / "web" / "app.js").exists():
        assert client.get("/web/app.js").status_code == 200
        assert client.get("/web/style.css").status_code == 200
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    for path in ("/units", "/units/{unit_id}", "/units/{unit_id}/lineage", "/units/{unit_id}/duties", "/who-handles",
                 "/overlaps", "/orgchart", "/diff", "/documents", "/documents/{doc_id}", "/health", "/ingest", "/ask"):
        assert path in spec["paths"], path


def test_store_can_be_swapped_with_dependency_overrides(data_dir: Path, tmp_path: Path) -> None:
    other = county_store(tmp_path)
    try:
        app = create_app(Settings(store_path=str(tmp_path / "never-opened")))
        app.dependency_overrides[get_store] = lambda: other
        with TestClient(app) as c:
            assert wait_ready(c)["documents"] == 3
            assert c.post("/ask", json={"question": "县林业局牌子挂在哪"}).json()["units"][0]["name"] == "样例县自然资源局"
    finally:
        other.close()


# ---------------------------------------------------------------- bad input


def test_unknown_and_ambiguous_units(client: TestClient) -> None:
    _error(client.get("/units/不存在的单位"), 404, "unit_not_found")
    _error(client.get("/units/不存在的单位/lineage"), 404, "unit_not_found")
    _error(client.get("/orgchart", params={"root": "不存在的单位"}), 404, "unit_not_found")
    _error(client.get("/documents/doc_nope"), 404, "document_not_found")


def test_ambiguous_name(tmp_path: Path) -> None:
    from ingest.pipeline import store_facts
    from kg.apply import Applier
    from tests.test_ask_data import _Doc

    store = county_store(tmp_path)
    other = (_Doc("doc_other", "另一县机构改革方案", "2019-03-01", jurisdiction="另一县")
             .unit("县自然资源局", "县自然资源局是县人民政府工作部门。", kind="政府工作部门").build())
    assert store_facts(store, Applier(store), "doc_other.json", other).status == "成功"
    try:
        app = create_app(Settings(store_path=str(tmp_path / "unused")))
        app.dependency_overrides[get_store] = lambda: store
        with TestClient(app, raise_server_exceptions=False) as c:
            err = _error(c.get("/units/县自然资源局"), 409, "ambiguous_name")
            assert {x["name"] for x in err["candidates"]} == {"样例县自然资源局", "另一县自然资源局"}
            assert c.get("/units/县自然资源局", params={"jurisdiction": "另一县"}).json()["name"] == "另一县自然资源局"
            answer = c.post("/ask", json={"question": "县自然资源局是什么级别"}).json()
            assert answer["units"] == [] and "对应多个单位" in answer["answer"]
    finally:
        store.close()


@pytest.mark.parametrize("url", [
    "/units?at=2017-13", "/units?at=yesterday", "/units/样例县自然资源局?at=2019-02-30",
    "/units/样例县自然资源局/lineage?at=20190", "/units/样例县自然资源局/duties?at=abc",
    "/who-handles?q=草原防火&at=2017-00", "/overlaps?at=二〇一七", "/orgchart?at=13/2017",
    "/diff?from=2017-13&to=2020", "/diff?from=2017&to=x",
])
def test_malformed_dates(client: TestClient, url: str) -> None:
    _error(client.get(url), 400, "invalid_date")


def test_overlong_and_missing_queries(client: TestClient) -> None:
    long = "草" * 501
    _error(client.get("/who-handles", params={"q": long}), 422, "query_too_long")
    _error(client.get("/units", params={"q": long}), 422, "query_too_long")
    _error(client.post("/ask", json={"question": long}), 422, "query_too_long")
    _error(client.get("/who-handles"), 422, "invalid_request")
    _error(client.get("/who-handles", params={"q": "  "}), 422, "invalid_request")
    _error(client.get("/who-handles", params={"q": "草原防火", "top": "many"}), 422, "invalid_request")
    _error(client.get("/who-handles", params={"q": "草原防火", "top": 0}), 422, "invalid_request")
    _error(client.get("/overlaps", params={"min_score": 3}), 422, "invalid_request")
    _error(client.get("/diff"), 422, "invalid_request")
    _error(client.post("/ask", json={}), 422, "invalid_request")
    _error(client.post("/ask", content=b"{not json", headers={"content-type": "application/json"}), 422, "invalid_request")
    _error(client.post("/ask", json={"question": "谁负责草原防火", "at": "2017-13"}), 400, "invalid_date")
    _error(client.get("/nowhere"), 404, "not_found")
    _error(client.put("/health"), 405, "method_not_allowed")


def test_garbage_questions_are_answered(client: TestClient) -> None:
    for question in ("", "？？？", "asdf" * 50, "<script>alert(1)</script>", "'; DROP TABLE units; --", "\x00\x01", "啊" * 500,
                     "2019年13月谁负责", "9999年谁负责草原防火", "县" * 300):
        response = client.post("/ask", json={"question": question})
        if not question.strip():
            _error(response, 422, "invalid_request")
            continue
        if "\x00" in question:  # text is checked at the edge: NUL is not text
            _error(response, 422, "invalid_text")
            continue
        assert response.status_code == 200, (question, response.text)
        body = response.json()
        assert body["answer"] and body["intent"] in {"unknown", "who_handles", "lineage", "parent", "unit_info",
                                                     "staffing", "overlap", "orgchart"}


def test_no_500_on_odd_parameters(client: TestClient) -> None:
    odd = ["", " ", "%", "'", "\"", "..", "../../etc/passwd", "样例县" * 20, "0", "-1", "1e9", "null", "中央"]
    for value in odd:
        for url, key in (("/units", "q"), ("/units", "jurisdiction"), ("/units", "kind"), ("/who-handles", "q"),
                         ("/who-handles", "jurisdiction"), ("/overlaps", "jurisdiction"), ("/orgchart", "root"),
                         ("/orgchart", "jurisdiction"), ("/diff", "jurisdiction")):
            params = {key: value}
            if url == "/who-handles" and key != "q":
                params["q"] = "草原防火"
            if url == "/diff":
                params["from"] = "2017"
            response = client.get(url, params=params)
            assert response.status_code < 500, (url, params, response.text)
            if response.status_code >= 400:
                assert "error" in response.json()
        response = client.get(f"/units/{value or 'x'}")
        assert response.status_code < 500, (value, response.text)


# ---------------------------------------------------------------- writes


def _upload(name: str, data: bytes) -> dict:
    return {"files": (name, io.BytesIO(data), "application/octet-stream")}


def _ledger_bytes() -> tuple[str, bytes]:
    """A small ledger in the sample format when samples/ exists, else a short text notice."""
    sample = REPO / "samples" / "示例县" / "示例县机构编制台账.yaml"
    if sample.exists():
        data = yaml.safe_load(sample.read_text(encoding="utf-8"))
        data["文件"] = {**data["文件"], "标题": "上传测试台账", "行政区划": "上传测试县"}
        for key in list(data):
            if isinstance(data[key], list):
                data[key] = data[key][:5] if key == "单位" else []
        return "上传测试台账.yaml", yaml.safe_dump(data, allow_unicode=True).encode("utf-8")
    text = "上传测试县关于组建县数据局的通知\n2023年5月1日\n组建县数据局，作为县人民政府工作部门。\n"
    return "上传测试通知.txt", text.encode("utf-8")


def test_writes_refused_without_configured_token(data_dir: Path) -> None:
    with _client(data_dir) as c:
        name, data = _ledger_bytes()
        _error(c.post("/ingest", files=_upload(name, data), headers=AUTH), 403, "writes_disabled")
        _error(c.delete("/documents/doc_county_2021", headers=AUTH), 403, "writes_disabled")
        assert c.get("/documents/doc_county_2021").status_code == 200


def test_writes_need_the_right_token(client: TestClient) -> None:
    name, data = _ledger_bytes()
    _error(client.post("/ingest", files=_upload(name, data)), 401, "unauthorized")
    _error(client.post("/ingest", files=_upload(name, data), headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
    _error(client.post("/ingest", files=_upload(name, data), headers={"Authorization": TOKEN}), 401, "unauthorized")
    _error(client.delete("/documents/doc_county_2021", headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")


def test_ingest_and_delete_with_token(tmp_path: Path) -> None:
    county_store(tmp_path).close()
    with _client(tmp_path / "kgdata", api_token=TOKEN) as c:
        name, data = _ledger_bytes()
        response = c.post("/ingest", files=_upload(name, data), data={"jurisdiction": "上传测试县"}, headers=AUTH)
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["results"]) == 1
        result = body["results"][0]
        assert result["file"] == name and result["status"] in ("成功", "无内容"), result
        if result["status"] == "成功":
            assert body["ok"] == 1 and result["doc_id"]
            assert result["doc_id"] in {d["id"] for d in c.get("/documents").json()}
            # the index and name lookups see the new data
            assert c.get("/health").json()["documents"] == 4
        deleted = c.delete("/documents/doc_county_2021", headers=AUTH)
        assert deleted.status_code == 200 and deleted.json()["deleted"] == "doc_county_2021"
        _error(c.get("/documents/doc_county_2021"), 404, "document_not_found")
        _error(c.delete("/documents/doc_county_2021", headers=AUTH), 404, "document_not_found")
        # the rename of 2021 is gone with its document
        assert c.post("/ask", json={"question": "县农机服务站现在叫什么"}).json()["units"][0]["name"] == "样例县农机服务站"


def test_a_document_naming_no_place_is_listed_without_one(tmp_path: Path) -> None:
    """A text that names no place and no central body has no place (None): /documents and
    /documents/{id} list it with jurisdiction null, never a 500."""
    county_store(tmp_path).close()
    text = "关于调整内设机构的通知\n经研究，同意设立综合科，撤销办公室。\n".encode()
    with _client(tmp_path / "kgdata", api_token=TOKEN) as c:
        response = c.post("/ingest", files=_upload("无地名通知.txt", text), headers=AUTH)
        assert response.status_code == 200, response.text
        doc_id = response.json()["results"][0]["doc_id"]
        listed = {d["id"]: d for d in c.get("/documents").json()}
        assert doc_id in listed and listed[doc_id]["jurisdiction"] is None
        detail = c.get(f"/documents/{doc_id}")
        assert detail.status_code == 200 and detail.json()["jurisdiction"] is None


def test_ingest_reports_a_bad_file_per_file(client: TestClient) -> None:
    response = client.post("/ingest", files=[("files", ("坏表格.xlsx", io.BytesIO(b"not a workbook"), "application/octet-stream"))],
                           headers=AUTH)
    assert response.status_code == 200, response.text
    result = response.json()["results"][0]
    assert result["status"] == "失败" and result["errors"] and "坏表格.xlsx" in result["errors"][0]


def test_upload_limits_and_types(data_dir: Path) -> None:
    with _client(data_dir, api_token=TOKEN, max_upload_mb=0.01) as c:
        _error(c.post("/ingest", files=_upload("大文件.txt", b"x" * 300_000), headers=AUTH), 413, "file_too_large")
        _error(c.post("/ingest", files=_upload("程序.exe", b"MZ\x00"), headers=AUTH), 415, "unsupported_file_type")
        _error(c.post("/ingest", files=_upload("无扩展名", b"abc"), headers=AUTH), 415, "unsupported_file_type")
        _error(c.post("/ingest", json={"file": "x"}, headers=AUTH), 415, "unsupported_media_type")
        _error(c.post("/ingest", files={"title": (None, "没有文件")}, headers=AUTH), 422, "no_file")
        _error(c.post("/ingest", data={"title": "没有文件"}, files={"other": ("", b"")}, headers=AUTH), 422,
               "invalid_request")  # a field the form does not have
        _error(c.post("/ingest", files=_upload("a.txt", b"x"), data={"date": "2017-13"}, headers=AUTH), 400, "invalid_date")


def test_settings_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_MAX_UPLOAD_MB", "5")
    monkeypatch.setenv("KG_MAX_QUERY_CHARS", "100")
    monkeypatch.setenv("KG_API_TOKEN", "abc")
    settings = Settings.from_env()
    assert settings.max_upload_bytes == 5 * 1024 * 1024 and settings.max_query_chars == 100 and settings.api_token == "abc"
    monkeypatch.setenv("KG_MAX_UPLOAD_MB", "lots")
    from kg.errors import KGError

    with pytest.raises(KGError):
        Settings.from_env()


def test_error_bodies_are_json(client: TestClient) -> None:
    response = client.get("/units/不存在的单位")
    assert response.headers["content-type"].startswith("application/json")
    assert json.loads(response.text)["error"]["code"] == "unit_not_found"
