"""The `kg` command line, run in-process with typer's CliRunner on stores built in Python.

`kg ingest` is tested with the file parser replaced by one that reads a JSON dump of a
``DocumentFacts`` bundle: the readers/extractors/table formats are tested on their own;
here what matters is the command: per-file success and failure, messages naming the file,
the exit code, the user's alias file and what lands in the store.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import ingest.pipeline
from api.cli import app
from kg.errors import IngestError
from kg.model import DocumentFacts, from_dict
from kg.stores.networkx_store import NetworkxStore
from tests.builders import apply_doc, doc, write_facts_file

runner = CliRunner()
PLAN = "深化党和国家机构改革方案"


def kg(*args: str, store: Path):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [*args, "--store", str(store)])


def kg_json(*args: str, store: Path):  # type: ignore[no-untyped-def]
    result = kg(*args, "--json", store=store)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture
def reform_store(store_dir: Path) -> Path:
    store = NetworkxStore(store_dir)
    apply_doc(store, doc("s2013", date="2013-03", title="国务院机构改革和职能转变方案")
              .unit("国家工商行政管理总局", kind="直属机构", rank="正部级")
              .duties("国家工商行政管理总局", "负责市场主体统一登记注册", "承担监督管理市场交易行为的责任")
              .unit("国家食品药品监督管理总局", kind="直属机构", rank="正部级")
              .duties("国家食品药品监督管理总局", "负责食品安全监督管理", "负责药品注册管理"))
    apply_doc(store, doc("p2018", date="2018-03", title=PLAN)
              .establish("国家市场监督管理总局", inputs=["国家工商行政管理总局"], kind="国务院直属机构", rank="正部级")
              .merge_into("国家食品药品监督管理总局", "国家市场监督管理总局")
              .establish("国家药品监督管理局", parent="国家市场监督管理总局", relation="管理", kind="部门管理机构")
              .abolish("国家工商行政管理总局"))
    store.close()
    return store_dir


# ---------------------------------------------------------------- ingest


def _parse_facts_json(path: Path, overrides, *, skip_bad_rows: bool = False,  # type: ignore[no-untyped-def]
                      ledger_only: bool = False):
    """Stand-in for the real parser: a file holding a DocumentFacts bundle as JSON."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"内容无法解析（{type(exc).__name__}）") from exc
    facts = from_dict(DocumentFacts, data)
    facts.document.path = str(path)
    return ingest.pipeline.ParsedFile(path, facts)


@pytest.fixture
def facts_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest.pipeline, "parse_file", _parse_facts_json)


def test_ingest_folder_with_a_good_and_a_bad_file(tmp_path: Path, store_dir: Path, facts_parser: None) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_facts_file(folder / "good.json", doc("good", date="2019-03", jurisdiction="白城市", title="白城市机构改革方案")
                     .establish("市自然资源局", kind="政府工作部门").duty("市自然资源局", "负责全市耕地保护").build())
    (folder / "bad.json").write_bytes(b"\xff\xfe{ not json")

    result = kg("ingest", str(folder), store=store_dir)
    assert result.exit_code == 1, result.output
    bad_lines = [line for line in result.output.splitlines() if "bad.json" in line]
    assert bad_lines, result.output
    assert any(line.strip().startswith(("[失败]", "错误")) for line in bad_lines)
    assert "内容无法解析" in result.output
    assert "[成功] good.json" in result.output
    assert "成功 1，失败 1" in result.output

    docs = kg_json("documents", store=store_dir)
    assert [d["id"] for d in docs] == ["good"]
    assert docs[0]["title"] == "白城市机构改革方案"
    units = kg_json("units", "--at", "2020", store=store_dir)
    assert [u["name"] for u in units] == ["白城市自然资源局"]


GOOD_LEDGER = """\
文件:
  标题: 白城市机构改革台账
  行政区划: 白城市
  日期: 2019-03
单位:
  - 名称: 市国土资源局
    机构类别: 政府工作部门
    成立日期: 2010
职责:
  - 单位: 市国土资源局
    职责: 负责全市耕地保护
    起始日期: 2010
事件:
  - 类型: 组建
    日期: 2019-03
    来源单位: 市国土资源局
    结果单位: 市自然资源局
    依据: 将市国土资源局的职责整合，组建市自然资源局。
  - 类型: 不再保留
    日期: 2019-03
    来源单位: 市国土资源局
"""

BAD_LEDGER = """\
文件:
  标题: 有错误的台账
  行政区划: 白城市
事件:
  - 类型: 升格
    日期: 2019-13
    来源单位: 市国土资源局
    规格: 正科级
"""


def test_ingest_ledger_files_end_to_end(tmp_path: Path, store_dir: Path) -> None:
    """The real pipeline on two ledgers in the documented YAML format (docs/table-schema.md)."""
    folder = tmp_path / "台账"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD_LEDGER, encoding="utf-8")
    (folder / "bad.yaml").write_text(BAD_LEDGER, encoding="utf-8")
    result = kg("ingest", str(folder), store=store_dir)
    assert result.exit_code == 1, result.output
    assert "[失败] bad.yaml" in result.output
    assert any("bad.yaml" in line and "日期" in line for line in result.output.splitlines() if "2019-13" in line)
    assert "[成功] good.yaml" in result.output
    assert [d["title"] for d in kg_json("documents", store=store_dir)] == ["白城市机构改革台账"]
    assert [u["name"] for u in kg_json("units", "--at", "2020", store=store_dir)] == ["白城市自然资源局"]
    shown = kg("show", "白城市国土资源局", store=store_dir)
    assert shown.exit_code == 0, shown.output
    assert "组建：白城市国土资源局 → 白城市自然资源局" in shown.output
    assert "来源：《白城市机构改革台账》 2019-03：将市国土资源局的职责整合，组建市自然资源局。" in shown.output


def test_ingest_json_report(tmp_path: Path, store_dir: Path, facts_parser: None) -> None:
    write_facts_file(tmp_path / "good.json", doc("good", date="2019").unit("自然资源部").build())
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    result = kg("ingest", str(tmp_path / "good.json"), str(tmp_path / "bad.json"), str(tmp_path / "missing.txt"),
                "--json", store=store_dir)
    assert result.exit_code == 1
    rows = {Path(r["path"]).name: r for r in json.loads(result.stdout)}
    assert rows["good.json"]["status"] == "成功" and rows["good.json"]["counts"]["units"] == 1
    assert rows["bad.json"]["status"] == "失败" and "bad.json" in rows["bad.json"]["errors"][0]
    assert rows["missing.txt"]["status"] == "失败" and "missing.txt" in rows["missing.txt"]["errors"][0]


def test_two_files_of_one_batch_with_the_same_document_id(tmp_path: Path, store_dir: Path,
                                                         facts_parser: None) -> None:
    (tmp_path / "甲").mkdir()
    (tmp_path / "乙").mkdir()
    write_facts_file(tmp_path / "甲" / "通知.json", doc("same", date="2019-03", title="甲通知").unit("自然资源部").build())
    write_facts_file(tmp_path / "乙" / "通知.json", doc("same", date="2019-04", title="乙通知").unit("应急管理部").build())
    result = kg("ingest", str(tmp_path / "甲"), str(tmp_path / "乙"), store=store_dir)
    assert result.exit_code == 1, result.output
    assert "[失败] 通知.json" in result.output and "会互相覆盖" in result.output
    assert [d["title"] for d in kg_json("documents", store=store_dir)] == ["甲通知"]
    # a later batch may replace it on purpose (an edited copy); the report says what it replaced
    again = kg("ingest", str(tmp_path / "乙"), store=store_dir)
    assert again.exit_code == 0, again.output
    assert "已替换此前导入的同名文件《甲通知》（通知.json" in again.output
    assert str(tmp_path) not in again.output  # no server paths in reports
    assert [d["title"] for d in kg_json("documents", store=store_dir)] == ["乙通知"]


def test_ingest_of_an_empty_bundle_is_not_a_failure(tmp_path: Path, store_dir: Path, facts_parser: None) -> None:
    write_facts_file(tmp_path / "empty.json", doc("empty", date="2019").build())
    result = kg("ingest", str(tmp_path / "empty.json"), store=store_dir)
    assert result.exit_code == 0, result.output
    assert "[无内容] empty.json" in result.output
    assert kg_json("documents", store=store_dir) == []


def test_ingest_uses_the_alias_file_in_the_store(tmp_path: Path, store_dir: Path, facts_parser: None) -> None:
    store = NetworkxStore(store_dir)
    apply_doc(store, doc("a", date="2019-01", jurisdiction="白城市").unit("市自然资源局"))
    store.close()
    (store_dir / "aliases.yaml").write_text("白城市:\n  自然资源局: [市资源局]\n", encoding="utf-8")
    write_facts_file(tmp_path / "b.json", doc("b", date="2019-06", jurisdiction="白城市")
                     .duty("市资源局", "负责全市耕地保护").build())
    result = kg("ingest", str(tmp_path / "b.json"), store=store_dir)
    assert result.exit_code == 0, result.output
    units = kg_json("units", store=store_dir)
    assert [u["name"] for u in units] == ["白城市自然资源局"]
    profile = kg_json("show", "白城市自然资源局", store=store_dir)
    assert [d["text"] for d in profile["duties"]] == ["负责全市耕地保护"]
    # the same rule is understood when a user looks the unit up by the alias
    assert kg_json("show", "白城市资源局", store=store_dir)["id"] == profile["id"]


# ---------------------------------------------------------------- units and show


def test_units_json_at_dates(reform_store: Path) -> None:
    before = {u["name"] for u in kg_json("units", "--at", "2017", store=reform_store)}
    after = kg_json("units", "--at", "2019", store=reform_store)
    assert before == {"国家工商行政管理总局", "国家食品药品监督管理总局"}
    assert {u["name"] for u in after} == {"国家市场监督管理总局", "国家药品监督管理局"}
    (nmpa,) = [u for u in after if u["name"] == "国家药品监督管理局"]
    assert (nmpa["parent"], nmpa["kind"], nmpa["jurisdiction"]) == ("国家市场监督管理总局", "部门管理机构", "中央")
    text = kg("units", "--at", "2019", store=reform_store)
    assert text.exit_code == 0 and "共 2 个单位" in text.output


def test_show_a_merged_unit_prints_its_history_with_sources(reform_store: Path) -> None:
    result = kg("show", "国家食品药品监督管理总局", store=reform_store)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "已不存在" in out
    assert "并入：国家食品药品监督管理总局 → 国家市场监督管理总局" in out
    assert f"来源：《{PLAN}》 2018-03：将国家食品药品监督管理总局并入国家市场监督管理总局。" in out
    assert "职责：负责药品注册管理（国家食品药品监督管理总局 → 国家市场监督管理总局）" in out
    assert "来源：《国务院机构改革和职能转变方案》 2013-03" in out

    earlier = kg("show", "国家食品药品监督管理总局", "--at", "2017", store=reform_store).output
    assert "2017-12-31 存续" in earlier
    assert any("负责食品安全监督管理（" in line and "至 2018-03）" in line for line in earlier.splitlines())


def test_show_json_of_the_receiving_unit(reform_store: Path) -> None:
    profile = kg_json("show", "市场监管总局", "--at", "2019", store=reform_store)
    assert profile["name"] == "国家市场监督管理总局"
    assert {d["text"] for d in profile["duties"]} == {
        "负责市场主体统一登记注册", "承担监督管理市场交易行为的责任", "负责食品安全监督管理", "负责药品注册管理"}
    assert all(d["evidence"]["text"] for d in profile["duties"])
    assert {e["type"] for e in profile["events"]} == {"establish", "merge_into"}
    assert [c["name"] for c in profile["children"]] == ["国家药品监督管理局"]


def test_show_reports_ambiguous_and_unknown_names(store_dir: Path) -> None:
    store = NetworkxStore(store_dir)
    apply_doc(store, doc("a", date="2019", jurisdiction="白城市").unit("市自然资源局"))
    apply_doc(store, doc("b", date="2019", jurisdiction="长春市").unit("市自然资源局"))
    store.close()
    result = kg("show", "自然资源局", store=store_dir)
    assert result.exit_code == 2
    assert "对应多个单位" in result.output
    assert "白城市自然资源局" in result.output and "长春市自然资源局" in result.output
    assert kg("show", "自然资源局", "--jurisdiction", "长春市", store=store_dir).exit_code == 0
    missing = kg("show", "不存在的单位", store=store_dir)
    assert missing.exit_code == 2 and "找不到" in missing.output
    bad_date = kg("show", "长春市自然资源局", "--at", "2019-13", store=store_dir)
    assert bad_date.exit_code == 2 and "日期" in bad_date.output


# ---------------------------------------------------------------- export


def test_export_json(reform_store: Path) -> None:
    data = kg_json("export", "--format", "json", store=reform_store)
    store = NetworkxStore(reform_store)
    try:
        assert {u["id"] for u in data["units"]} == {u.id for u in store.units()}
        assert {f["id"] for f in data["facts"]} == {f.id for f in store.facts()}
        assert {e["type"] for e in data["events"]} == {"establish", "merge_into", "abolish"}
        assert {d["id"] for d in data["documents"]} == {"s2013", "p2018"}
        assert all("text" not in d for d in data["documents"])
    finally:
        store.close()


def test_export_graphml(reform_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    result = kg("export", "--format", "graphml", "-o", str(out), store=reform_store)
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    g = nx.read_graphml(io.BytesIO(out.read_bytes()))
    names = {d.get("name") for _, d in g.nodes(data=True) if d.get("type") == "unit"}
    assert {"国家市场监督管理总局", "国家食品药品监督管理总局", "国家药品监督管理局"} <= names
    assert {d.get("type") for _, _, d in g.edges(data=True)} >= {"input", "output", "holds", "parent"}


def test_export_jsonld(reform_store: Path) -> None:
    data = kg_json("export", "--format", "jsonld", store=reform_store)
    assert data["@context"]["org"] == "http://www.w3.org/ns/org#"
    nodes = data["@graph"]
    events = [n for n in nodes if n["@type"] == "org:ChangeEvent"]
    orgs = {n["name"]: n for n in nodes if n["@type"] == "org:Organization"}
    assert len(events) == 4  # two establishments, a merge, an abolition
    merge = [e for e in events if e["kg:eventType"] == "merge_into"][0]
    assert merge["originalOrganization"] == [orgs["国家食品药品监督管理总局"]["@id"]]
    assert merge["resultingOrganization"] == [orgs["国家市场监督管理总局"]["@id"]]
    assert "并入" in merge["source"]["prov:value"]
    assert orgs["国家药品监督管理局"]["subOrganizationOf"] == [orgs["国家市场监督管理总局"]["@id"]]
    assert data["@context"]["subOrganizationOf"]["@id"] == "org:subOrganizationOf"


def test_export_rejects_an_unknown_format(reform_store: Path) -> None:
    result = kg("export", "--format", "xml", store=reform_store)
    assert result.exit_code == 2
    assert "不支持的导出格式" in result.output


# ---------------------------------------------------------------- documents and delete


def test_documents_and_delete(reform_store: Path) -> None:
    listed = kg("documents", store=reform_store)
    assert listed.exit_code == 0
    assert f"2018-03  {PLAN}（中央）  [p2018]" in listed.output
    assert "共 2 个文件" in listed.output

    deleted = kg("delete", "p2018", store=reform_store)
    assert deleted.exit_code == 0 and "已删除文件 p2018" in deleted.output
    assert [d["id"] for d in kg_json("documents", store=reform_store)] == ["s2013"]
    # the plan's units are gone and what it had ended is open again
    assert {u["name"] for u in kg_json("units", "--at", "2019", store=reform_store)} == {
        "国家工商行政管理总局", "国家食品药品监督管理总局"}

    again = kg("delete", "p2018", store=reform_store)
    assert again.exit_code == 2 and "找不到文件：p2018" in again.output
