"""The staffing endpoints (/staffing/…) and the `kg staffing` commands over the sample county
and the planted ledger (tests/staffing_data.py)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import app as cli_app
from api.settings import Settings
from tests.staffing_data import build
from tests.test_ask_data import install_registry

TOKEN = "staffing-token-42"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    install_registry()
    directory = tmp_path_factory.mktemp("staffing-api")
    build(directory, planted=True).close()
    return directory / "kgdata"


@pytest.fixture(scope="module")
def client(data_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(store_path=str(data_dir), api_token=TOKEN)), raise_server_exceptions=False) as c:
        yield c


def _error(response, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["code"] == code and any("\u4e00" <= ch <= "\u9fff" for ch in body["error"]["message"])


def test_unit_staffing(client: TestClient) -> None:
    body = client.get("/staffing/units/县自然资源局", params={"jurisdiction": "示例县", "at": "2025-12"}).json()
    assert body["unit"]["name"] == "示例县自然资源局" and body["at"] == "2025-12-31"
    admin = body["posts"][0]
    assert (admin["label"], admin["quota"], admin["actual"], admin["vacant"]) == ("行政编制", 24, 22, 2)
    assert body["ledger"] and all(e["evidence"]["text"] for e in body["ledger"])
    by_id = client.get(f"/staffing/units/{body['unit']['id']}", params={"at": "2020"}).json()
    assert by_id["posts"][0]["quota"] == 18
    _error(client.get("/staffing/units/火星局"), 404, "unit_not_found")
    _error(client.get("/staffing/units/县自然资源局", params={"at": "2019-13"}), 400, "invalid_date")


def test_checks(client: TestClient) -> None:
    body = client.get("/staffing/checks", params={"jurisdiction": "检查县", "at": "2024-06"}).json()
    assert {"over_quota", "over_leader_posts", "over_divisions", "long_vacancy", "township_norm", "ledger_mismatch",
            "loan_overdue"} == set(body["counts"])
    assert all(f["message"] and f["evidence"] for f in body["findings"])
    one = client.get("/staffing/checks", params={"jurisdiction": "检查县", "at": "2024-06", "unit": "县乙局"}).json()
    assert one["findings"] == []
    _error(client.get("/staffing/checks", params={"jurisdiction": "火星"}), 404, "jurisdiction_not_found")


def test_review(client: TestClient) -> None:
    body = client.post("/staffing/review", json={"unit": "县丙局", "jurisdiction": "检查县", "at": "2024-06"}).json()
    assert body["decision"] == "不予受理" and body["reasons"][0]["rule"] == "review_vacancy"
    ok = client.post("/staffing/review", json={"unit": "县乙局", "jurisdiction": "检查县", "at": "2024-06",
                                               "findings": [{"unit": "县甲局", "issue": "超编", "resolved": True}]}).json()
    assert ok["accepted"] is True
    _error(client.post("/staffing/review", json={"unit": ""}), 422, "invalid_request")
    whole = client.post("/staffing/review", json={"unit": "县乙局", "jurisdiction": "检查县", "at": "2024-06", "amount": 2.0})
    assert whole.status_code == 200  # a whole number written as 2.0 is still a whole number
    for wrong in (2.5, True, "2"):
        _error(client.post("/staffing/review", json={"unit": "县乙局", "amount": wrong}), 422, "invalid_request")


def test_pool(client: TestClient) -> None:
    body = client.get("/staffing/pool", params={"jurisdiction": "示例县", "at": "2023-06"}).json()
    assert {o["unit"]["name"] for o in body["on_loan"]} == {"示例县投资促进服务中心", "示例县疾病预防控制中心"}
    assert body["summary"].startswith("截至2023-06-30，示例县编制池")
    _error(client.get("/staffing/pool"), 422, "invalid_request")
    _error(client.get("/staffing/pool", params={"jurisdiction": "火星"}), 404, "jurisdiction_not_found")


def test_export_and_import(client: TestClient) -> None:
    response = client.get("/staffing/export", params={"jurisdiction": "示例县", "at": "2025-12"})
    assert response.status_code == 200 and response.headers["content-type"] == XLSX
    assert "filename*=UTF-8''" in response.headers["content-disposition"]
    wb = openpyxl.load_workbook(io.BytesIO(response.content))
    assert {"核定编制", "编制变动", "实有人员", "领导职数", "编制池", "编制情况"} <= set(wb.sheetnames)
    wb.close()
    unit = client.get("/staffing/export", params={"unit": "县自然资源局", "jurisdiction": "示例县"})
    assert unit.status_code == 200
    _error(client.get("/staffing/export"), 422, "invalid_request")
    _error(client.get("/staffing/export", params={"unit": "火星局"}), 404, "unit_not_found")

    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["行政区划", "导入县"])
    sheet = wb.create_sheet("核定编制")
    sheet.append(["单位", "编制类型", "数量", "日期"])
    sheet.append(["县甲局", "行政编制", 9, "2020"])
    changes = wb.create_sheet("编制变动")
    changes.append(["单位", "编制类型", "变动", "数量", "日期"])
    changes.append(["县甲局", "行政编制", "核增", "两名", "2021"])
    buffer = io.BytesIO()
    wb.save(buffer)
    files = {"files": ("导入县编制台账.xlsx", io.BytesIO(buffer.getvalue()), XLSX)}
    _error(client.post("/staffing/import", files=files), 401, "unauthorized")
    files = {"files": ("导入县编制台账.xlsx", io.BytesIO(buffer.getvalue()), XLSX)}
    body = client.post("/staffing/import", files=files, headers=AUTH).json()
    assert body["ok"] == 1 and body["results"][0]["counts"]["staffing"] == 2
    imported = client.get("/staffing/units/县甲局", params={"jurisdiction": "导入县"}).json()
    assert imported["posts"][0]["quota"] == 11
    bad = {"files": ("坏.xlsx", io.BytesIO(b"not a workbook"), XLSX)}
    result = client.post("/staffing/import", files=bad, headers=AUTH).json()
    assert result["failed"] == 1 and "无法打开" in result["results"][0]["errors"][0]
    _error(client.post("/staffing/import", files={"files": ("a.csv", io.BytesIO(b"x"), "text/csv")}, headers=AUTH),
           415, "unsupported_file_type")


def test_ask_through_the_api(client: TestClient) -> None:
    body = client.post("/ask", json={"question": "示例县编制池还剩多少", "at": "2025-12"}).json()
    assert body["intent"] == "staffing" and "全额拨款事业编制24名" in body["answer"]


def test_openapi_lists_the_staffing_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/staffing/units/{unit_id}", "/staffing/checks", "/staffing/review", "/staffing/pool",
                 "/staffing/export", "/staffing/import"):
        assert path in paths, path


# ---------------------------------------------------------------- kg staffing


runner = CliRunner()


def test_cli(data_dir: Path, tmp_path: Path) -> None:
    def kg(*args: str, store: Path = data_dir):  # type: ignore[no-untyped-def]
        return runner.invoke(cli_app, ["staffing", *args, "--store", str(store)])

    shown = kg("show", "县自然资源局", "--jurisdiction", "示例县", "--at", "2025-12")
    assert shown.exit_code == 0, shown.output
    assert "行政编制24名" in shown.output and "来源：" in shown.output
    as_json = json.loads(kg("show", "县自然资源局", "--jurisdiction", "示例县", "--json").stdout)
    assert as_json["posts"][0]["quota"] == 24
    checks = kg("checks", "--jurisdiction", "检查县", "--at", "2024-06")
    assert checks.exit_code == 0 and "超编" in checks.output and "依据：" in checks.output
    pool = kg("pool", "--jurisdiction", "示例县", "--at", "2025-12")
    assert pool.exit_code == 0 and "全额拨款事业编制24名" in pool.output
    out = tmp_path / "示例县.xlsx"
    exported = kg("export", "--jurisdiction", "示例县", "-o", str(out))
    assert exported.exit_code == 0 and out.stat().st_size > 0
    imported = kg("import", str(out), store=tmp_path / "fresh")
    assert imported.exit_code == 0 and "[成功]" in imported.output and "编制 70" in imported.output
    missing = kg("pool", "--jurisdiction", "火星")
    assert missing.exit_code == 2 and "火星" in missing.output
    neither = kg("export")
    assert neither.exit_code == 2
