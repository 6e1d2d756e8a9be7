"""Data for the API and ask tests (a helper module: it holds no tests of its own).

Two data sets, both loaded into real stores through the real applier:

* ``county_facts()``: a small hand-made county, 样例县, with a 2019 reform (自然资源局,
  应急管理局, 农业农村局, 市场监督管理局 and 卫生健康局 formed from older bureaus), signs,
  parents, internal divisions, staffing, a settled and an unsettled duty overlap and a 2021
  rename and upgrade. Every question of ``questions.yaml`` marked ``data: county`` needs only it.
* ``corpus_store()``: the development corpus (../shared/corpus and seeds, see kg.paths) plus
  samples/ (when the repository has one) plus the county. When the text extractors
  (``ingest.extractors.extract``) exist, the corpus goes through the real pipeline
  (``ingest.pipeline.ingest_paths``); until then each document's gold file (tests/gold) is
  turned into the same name-level statements the extractor is scored against, and the test
  output says so. Questions marked ``data: corpus`` need it.

The search index uses ``kg.index.embedder.default_embedder()`` with KG_EMBED_MODEL=hash; when
that module does not exist yet, a stand-in hashing embedder of the same shape is used (and
reported).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from kg.index.clause_index import IndexRegistry, set_default_registry
from kg.model import (
    BoundaryStatement,
    Document,
    DocumentFacts,
    DutyMove,
    DutyStatement,
    EventStatement,
    EventType,
    Mention,
    Provenance,
    StaffingStatement,
    UnitStatement,
)
from kg.paths import shared_dir
from kg.store import GraphStore
from kg.stores.networkx_store import NetworkxStore

REPO = Path(__file__).resolve().parent.parent
SHARED = shared_dir()
GOLD = REPO / "tests" / "gold"
COUNTY = "样例县"

# what the last corpus build used, for the accuracy report
DATA_NOTES: list[str] = []


# ---------------------------------------------------------------- embedder


class StandInHashEmbedder:
    """Character 1-3-gram feature hashing, L2-normalized: deterministic and fast. Used only
    when ``kg.index.embedder`` is not there yet."""

    name = "hash-standin-256"
    dim = 256

    def embed(self, texts: list[str], kind: str = "passage") -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            clean = "".join(ch for ch in text if not ch.isspace())
            for n in (1, 2, 3):
                for i in range(max(len(clean) - n + 1, 0)):
                    digest = hashlib.blake2b(clean[i : i + n].encode("utf-8"), digest_size=8).digest()
                    h = int.from_bytes(digest, "little")
                    out[row, h % self.dim] += (1.0 if (h >> 32) & 1 else -1.0) * (0.5 if n == 1 else 1.0)
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
        return out


def test_embedder() -> Any:
    os.environ.setdefault("KG_EMBED_MODEL", "hash")
    try:
        from kg.index.embedder import default_embedder
    except ImportError:
        note = "kg.index.embedder 尚不存在：使用测试内置的哈希嵌入器替身"
        if note not in DATA_NOTES:
            DATA_NOTES.append(note)
        return StandInHashEmbedder()
    return default_embedder()


test_embedder.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def install_registry() -> IndexRegistry:
    """A fresh process-wide index registry over the test embedder (no disk cache)."""
    registry = IndexRegistry(test_embedder(), use_cache=False)
    set_default_registry(registry)
    return registry


def ingested_store(folder: Path, store_dir: Path, texts: dict[str, str]) -> NetworkxStore:
    """A fresh index registry, then ``texts`` (file name → document text in the genre) written to
    ``folder`` and read through the real ingest pipeline into a store in ``store_dir``."""
    from ingest.pipeline import ingest_paths  # the pipeline is not needed by the hand-made data

    install_registry()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = NetworkxStore(store_dir)
    results = ingest_paths(store, [folder])
    assert all(r.status != "失败" for r in results), [r.errors for r in results]
    return store


# ---------------------------------------------------------------- hand-made documents


class _Doc:
    """Minimal statement builder: every statement gets its sentence as provenance."""

    def __init__(self, doc_id: str, title: str, date: str, jurisdiction: str = COUNTY, number: str | None = None):
        self.doc = Document(id=doc_id, title=title, date=date, jurisdiction=jurisdiction, number=number,
                            kind="plan")
        self.facts = DocumentFacts(document=self.doc)
        self.text: list[str] = []

    def prov(self, sentence: str) -> Provenance:
        start = sum(len(t) for t in self.text)
        self.text.append(sentence)
        return Provenance(self.doc.id, start, start + len(sentence), sentence)

    def unit(self, name: str, sentence: str, **kw: Any) -> _Doc:
        parent = kw.pop("parent", None)
        self.facts.units.append(UnitStatement(unit=Mention(name), prov=self.prov(sentence),
                                              parent=Mention(parent) if parent else None, **kw))
        return self

    def duties(self, unit: str, *texts: str, role: str | None = None) -> _Doc:
        for i, text in enumerate(texts, 1):
            self.facts.duties.append(DutyStatement(unit=Mention(unit), text=text, prov=self.prov(text), item=i,
                                                   role=role))
        return self

    def event(self, type_: EventType, sentence: str, inputs: list[str] = (), outputs: list[str] = (),  # type: ignore[assignment]
              duties: list[tuple[str | None, str]] = (), **kw: Any) -> _Doc:  # type: ignore[assignment]
        parent = kw.pop("parent", None)
        self.facts.events.append(EventStatement(
            type=type_, prov=self.prov(sentence), inputs=[Mention(n) for n in inputs],
            outputs=[Mention(n) for n in outputs],
            duties=[DutyMove(Mention(s) if s else None, t) for s, t in duties],
            parent=Mention(parent) if parent else None, **kw))
        return self

    def staffing(self, unit: str | None, kind: str, change: str, amount: int, sentence: str, **kw: Any) -> _Doc:
        counterpart = kw.pop("counterpart", None)
        self.facts.staffing.append(StaffingStatement(
            unit=Mention(unit) if unit else None, kind=kind, change=change, amount=amount, prov=self.prov(sentence),
            counterpart=Mention(counterpart) if counterpart else None, **kw))
        return self

    def boundary(self, units: list[str], sentence: str) -> _Doc:
        self.facts.boundaries.append(BoundaryStatement(units=[Mention(u) for u in units], text=sentence,
                                                       prov=self.prov(sentence)))
        return self

    def build(self) -> DocumentFacts:
        self.doc.text = "".join(self.text)
        return self.facts


def county_facts() -> list[DocumentFacts]:
    """样例县: three documents, 2015 (before the reform), 2019 (the reform), 2021 (事业单位)."""
    E = EventType
    before = (
        _Doc("doc_county_2015", "样例县人民政府工作部门主要职责内设机构和人员编制规定汇编", "2015-06-01",
             number="样编〔2015〕8号")
        .unit("县国土资源局", "县国土资源局是县人民政府工作部门，为正科级。", kind="政府工作部门", rank="正科级")
        .unit("县林业局", "县林业局是县人民政府工作部门，为正科级。", kind="政府工作部门", rank="正科级")
        .unit("县农业局", "县农业局是县人民政府工作部门，为正科级。", kind="政府工作部门", rank="正科级")
        .unit("县安全生产监督管理局", "县安全生产监督管理局是县人民政府工作部门，为正科级。", kind="政府工作部门",
              rank="正科级")
        .unit("县水利局", "县水利局是县人民政府工作部门，为正科级。", kind="政府工作部门", rank="正科级")
        .unit("县城乡规划局", "县城乡规划局是县人民政府工作部门，为正科级。", kind="政府工作部门", rank="正科级")
        .unit("县卫生和计划生育局", "县卫生和计划生育局是县人民政府工作部门，为正科级。", kind="政府工作部门",
              rank="正科级")
        .unit("县工商行政管理局", "县工商行政管理局是县人民政府工作部门，为正科级。", kind="政府工作部门",
              rank="正科级")
        .unit("县住房和城乡建设局", "县住房和城乡建设局是县人民政府工作部门，为正科级。", kind="政府工作部门",
              rank="正科级")
        .unit("县不动产登记中心", "县不动产登记中心是县国土资源局所属公益一类事业单位，为股级。", kind="事业单位",
              rank="股级", parent="县国土资源局", parent_relation="所属")
        .unit("县农机服务站", "县农机服务站是县农业局所属公益一类事业单位，为股级。", kind="事业单位", rank="股级",
              parent="县农业局", parent_relation="所属")
        .duties("县国土资源局", "负责全县土地资源调查和确权登记工作。", "负责全县矿产资源开发利用和保护的监督管理。",
                "负责全县地质灾害防治工作。")
        .duties("县林业局", "负责全县森林防火工作。", "负责全县森林资源保护和造林绿化工作。",
                "负责全县湿地保护和野生动植物保护管理工作。")
        .duties("县农业局", "负责全县草原防火工作。", "负责全县农业产业发展规划和农业技术推广。",
                "负责全县食用农产品质量安全监督管理工作。")
        .duties("县安全生产监督管理局", "负责全县安全生产综合监督管理工作。", "组织指导全县生产安全事故应急救援工作。")
        .duties("县水利局", "负责全县防汛抗旱工作。", "负责全县水资源调查和确权登记管理工作。",
                "负责全县农田水利工程建设和管理。")
        .duties("县城乡规划局", "负责全县城乡规划编制和实施管理工作。")
        .duties("县卫生和计划生育局", "负责全县医疗卫生服务体系建设。", "负责全县计划生育管理和服务工作。")
        .duties("县工商行政管理局", "负责全县市场主体登记注册和营业执照核发工作。")
        .duties("县住房和城乡建设局", "负责全县测绘地理信息管理工作。", "负责全县建筑市场监督管理。")
        .staffing("县国土资源局", "行政编制", "核定", 20, "县国土资源局机关行政编制20名。")
        .build()
    )
    reform = (
        _Doc("doc_county_2019", "样例县机构改革方案", "2019-03-01", number="样发〔2019〕3号")
        .event(E.ESTABLISH, "将县安全生产监督管理局的职责，县农业局的草原防火职责，县水利局的防汛抗旱职责，县林业局的森林防火职责整合，组建县应急管理局，作为县人民政府工作部门。",
               inputs=["县安全生产监督管理局", "县农业局", "县水利局", "县林业局"], outputs=["县应急管理局"],
               duties=[("县农业局", "草原防火职责"), ("县水利局", "防汛抗旱职责"), ("县林业局", "森林防火职责")],
               kind="政府工作部门", rank="正科级")
        .event(E.ESTABLISH, "将县国土资源局的职责，县林业局的森林资源保护和造林绿化、湿地保护和野生动植物保护管理职责，县水利局的水资源调查和确权登记管理职责，县城乡规划局的城乡规划管理职责整合，组建县自然资源局，作为县人民政府工作部门，加挂县林业局牌子。",
               inputs=["县国土资源局", "县林业局", "县水利局", "县城乡规划局"], outputs=["县自然资源局"],
               duties=[("县林业局", "森林资源保护和造林绿化职责"), ("县林业局", "湿地保护和野生动植物保护管理职责"),
                       ("县水利局", "水资源调查和确权登记管理职责"), ("县城乡规划局", "城乡规划管理职责")],
               kind="政府工作部门", rank="正科级")
        .event(E.ADD_SIGN, "县自然资源局加挂县林业局牌子。", inputs=["县自然资源局"], sign="县林业局")
        .event(E.ESTABLISH, "将县农业局的农业产业发展规划和农业技术推广、食用农产品质量安全监督管理职责整合，组建县农业农村局，作为县人民政府工作部门。",
               inputs=["县农业局"], outputs=["县农业农村局"],
               duties=[("县农业局", "农业产业发展规划和农业技术推广职责"), ("县农业局", "食用农产品质量安全监督管理职责")],
               kind="政府工作部门", rank="正科级")
        .event(E.ESTABLISH, "将县卫生和计划生育局的职责整合，组建县卫生健康局，作为县人民政府工作部门。",
               inputs=["县卫生和计划生育局"], outputs=["县卫生健康局"], kind="政府工作部门", rank="正科级")
        .event(E.ESTABLISH, "将县工商行政管理局的职责整合，组建县市场监督管理局，作为县人民政府工作部门，加挂县知识产权局牌子。",
               inputs=["县工商行政管理局"], outputs=["县市场监督管理局"], kind="政府工作部门", rank="正科级")
        .event(E.ADD_SIGN, "县市场监督管理局加挂县知识产权局牌子。", inputs=["县市场监督管理局"], sign="县知识产权局")
        .event(E.TRANSFER_UNIT, "县不动产登记中心改由县自然资源局管理。", inputs=["县不动产登记中心"],
               outputs=["县自然资源局"], relation="所属")
        .event(E.ABOLISH, "不再保留县国土资源局。", inputs=["县国土资源局"])
        .event(E.ABOLISH, "不再保留县林业局。", inputs=["县林业局"])
        .event(E.ABOLISH, "不再保留县农业局。", inputs=["县农业局"])
        .event(E.ABOLISH, "不再保留县安全生产监督管理局。", inputs=["县安全生产监督管理局"])
        .event(E.ABOLISH, "不再保留县城乡规划局。", inputs=["县城乡规划局"])
        .event(E.ABOLISH, "不再保留县卫生和计划生育局。", inputs=["县卫生和计划生育局"])
        .event(E.ABOLISH, "不再保留县工商行政管理局。", inputs=["县工商行政管理局"])
        .unit("县自然资源局", "县自然资源局是县人民政府工作部门，为正科级，加挂县林业局牌子。", kind="政府工作部门",
              rank="正科级", signs=["县林业局"], valid_from="2019-03-01")
        .unit("县自然资源局办公室", "县自然资源局设办公室。", kind="内设机构", parent="县自然资源局",
              parent_relation="内设", valid_from="2019-03-01")
        .unit("县自然资源局国土空间规划股", "县自然资源局设国土空间规划股。", kind="内设机构", parent="县自然资源局",
              parent_relation="内设", valid_from="2019-03-01")
        .unit("县自然资源局不动产登记股", "县自然资源局设不动产登记股。", kind="内设机构", parent="县自然资源局",
              parent_relation="内设", valid_from="2019-03-01")
        .duties("县自然资源局", "参与组织全县森林防火工作。", role="参与")
        .duties("县应急管理局", "牵头组织全县森林防火工作。", role="牵头")
        .duties("县市场监督管理局", "负责全县食用农产品质量安全监督管理工作。", "负责全县食品安全监督管理综合协调。")
        .duties("县自然资源局", "负责全县测绘地理信息管理工作。")
        .boundary(["县农业农村局", "县市场监督管理局"],
                  "县农业农村局负责食用农产品从种植养殖环节到进入批发、零售市场或者生产加工企业前的质量安全监督管理，县市场监督管理局负责进入批发、零售市场或者生产加工企业后的监督管理。")
        .staffing("县自然资源局", "行政编制", "核定", 25, "县自然资源局机关行政编制25名。")
        .staffing("县自然资源局", "领导职数", "核定", 1, "县自然资源局设局长1名。", level="局长")
        .staffing("县自然资源局", "领导职数", "核定", 3, "县自然资源局设副局长3名。", level="副局长")
        .staffing("县自然资源局", "内设机构", "核定", 6, "县自然资源局设6个内设机构。")
        .staffing("县应急管理局", "行政编制", "核定", 15, "县应急管理局机关行政编制15名。")
        .staffing("县国土资源局", "行政编制", "划转", 18, "将县国土资源局行政编制18名划入县自然资源局。",
                  counterpart="县自然资源局")
        .build()
    )
    later = (
        _Doc("doc_county_2021", "样例县事业单位改革实施方案", "2021-06-15", number="样编〔2021〕12号")
        .unit("县林业服务中心", "县林业服务中心是县自然资源局所属公益一类事业单位，为股级。", kind="事业单位",
              rank="股级", parent="县自然资源局", parent_relation="所属", valid_from="2019-03-01")
        .event(E.UPGRADE, "县林业服务中心升格为副科级。", inputs=["县林业服务中心"], outputs=["县林业服务中心"],
               rank="副科级")
        .event(E.RENAME, "县农机服务站更名为县农业机械化服务中心。", inputs=["县农机服务站"],
               outputs=["县农业机械化服务中心"])
        .event(E.TRANSFER_UNIT, "县农业机械化服务中心由县农业农村局管理。", inputs=["县农机服务站"],
               outputs=["县农业农村局"], relation="所属")
        .duties("县林业服务中心", "承担全县森林资源保护和造林绿化的技术服务工作。")
        .staffing("县林业服务中心", "事业编制", "核定", 12, "县林业服务中心核定事业编制12名。", funding="全额拨款")
        .staffing("县林业服务中心", "事业编制", "核增", 3, "为县林业服务中心核增事业编制3名。")
        .staffing(None, "事业编制", "收回", 20, "全县收回空余事业编制20名，纳入编制周转池。")
        .build()
    )
    return [before, reform, later]


def load_county(store: GraphStore) -> None:
    from ingest.pipeline import store_facts
    from kg.apply import Applier

    applier = Applier(store)
    for facts in county_facts():
        result = store_facts(store, applier, f"{facts.document.id}.json", facts)
        assert result.status == "成功", result.errors


# ---------------------------------------------------------------- development corpus


def _body(path: Path) -> tuple[str, dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := re.match(r"#\s*([\w-]+)\s*:\s*(.*)", lines[i])):
        meta.setdefault(m.group(1), m.group(2).strip())
        i += 1
    return "".join(lines[i:]), meta


def gold_facts(gold_file: Path, shared: Path = SHARED) -> DocumentFacts:
    """A gold file as the name-level statements an ideal extractor would produce."""
    from ingest.pipeline import document_id

    g = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    source = shared / g["file"]
    text, meta = _body(source) if source.exists() else ("", {})
    date = str(g["date"]) if g.get("date") is not None else None
    doc = Document(id=document_id(source), title=meta.get("title") or source.stem, date=date,
                   jurisdiction=g["jurisdiction"], path=str(source), text=text)

    def prov(sentence: str) -> Provenance:
        start = max(text.find(sentence), 0)
        return Provenance(doc.id, start, start + len(sentence), sentence)

    def m(name: str | None) -> Mention | None:
        return Mention(name) if name else None

    facts = DocumentFacts(document=doc)
    for u in g["units"]:
        facts.units.append(UnitStatement(
            unit=Mention(u["name"]), prov=prov(u.get("sentence") or u["name"]), kind=u.get("kind"),
            rank=u.get("rank"), parent=m(u.get("parent")), parent_relation=u.get("parent_relation"),
            signs=list(u.get("signs") or [])))
    for e in g["events"]:
        facts.events.append(EventStatement(
            type=EventType(e["type"]), prov=prov(e["sentence"]), inputs=[Mention(n) for n in e.get("inputs") or []],
            outputs=[Mention(n) for n in e.get("outputs") or []],
            duties=[DutyMove(m(d.get("from")), d["text"]) for d in e.get("duties") or []],
            date=str(e["date"]) if e.get("date") else None, rank=e.get("rank"), kind=e.get("kind"),
            relation=e.get("relation"), parent=m(e.get("parent")), sign=e.get("sign")))
    for i, d in enumerate(g["duties"], 1):
        facts.duties.append(DutyStatement(unit=Mention(d["unit"]), text=d["text"], prov=prov(d["text"]), item=i))
    for s in g["staffing"]:
        facts.staffing.append(StaffingStatement(
            unit=m(s.get("unit")), kind=s["kind"], change=s["change"], amount=int(s["amount"]),
            prov=prov(s["sentence"]), counterpart=m(s.get("counterpart")), funding=s.get("funding"),
            level=s.get("level")))
    for b in g["boundaries"]:
        facts.boundaries.append(BoundaryStatement(units=[Mention(u) for u in b["units"]], text=b["sentence"],
                                                  prov=prov(b["sentence"])))
    return facts


def _extractors_available() -> bool:
    try:
        from ingest.extractors import extract  # noqa: F401
    except ImportError:
        return False
    return True


def load_corpus(store: GraphStore, shared: Path = SHARED) -> list[str]:
    """Load the development corpus, seeds, samples/ and the county. Returns notes saying
    which way each part was loaded (printed by the accuracy test)."""
    from ingest.pipeline import ingest_paths, store_facts
    from kg.apply import Applier

    notes: list[str] = []
    folders = [p for p in (shared / "corpus", shared / "seeds") if p.is_dir()]
    if _extractors_available():
        results = ingest_paths(store, folders)
        failed = [r for r in results if r.status == "失败"]
        notes.append(f"开发语料：经完整导入流程（抽取器）导入 {len(results)} 个文件，失败 {len(failed)} 个")
        for r in failed:
            notes.append(f"  失败：{r.path}：{'；'.join(r.errors)}")
    else:
        bundles = [gold_facts(path, shared) for path in sorted(GOLD.glob("*.yaml"))]
        bundles = [b for b in bundles if not b.is_empty()]
        bundles.sort(key=lambda b: b.document.date or "")
        applier = Applier(store)
        for facts in bundles:
            result = store_facts(store, applier, facts.document.path or facts.document.id, facts)
            assert result.status == "成功", result.errors
        notes.append(f"开发语料：ingest.extractors 尚不可用，改由 tests/gold 的人工标注生成 {len(bundles)} 份文件的事实"
                     "（与抽取器的评分标准相同），经 kg.apply 写入")
    samples = REPO / "samples" / "示例县"
    if samples.is_dir():
        results = ingest_paths(store, [samples])
        failed = [r for r in results if r.status == "失败"]
        notes.append(f"samples/：导入 {len(results)} 个文件，失败 {len(failed)} 个")
    else:
        notes.append("samples/ 不存在：只用手工样例县")
    load_county(store)
    notes.append(f"手工样例县（{COUNTY}）：{len(county_facts())} 份文件")
    return notes


_CACHE: dict[str, Any] = {}


def corpus_store() -> NetworkxStore:
    """The corpus store, built once per test session in a temporary directory."""
    if "corpus" not in _CACHE:
        directory = Path(tempfile.mkdtemp(prefix="kg-ask-corpus-"))
        store = NetworkxStore(directory / "kgdata")
        notes = load_corpus(store)
        DATA_NOTES.extend(n for n in notes if n not in DATA_NOTES)
        _CACHE["corpus"] = store
    return _CACHE["corpus"]


def county_store(directory: Path) -> NetworkxStore:
    store = NetworkxStore(directory / "kgdata")
    load_county(store)
    return store
