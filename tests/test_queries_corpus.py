"""The queries over the real development corpus and the sample county (issue: queries).

Runs twice: with the fast hash embedder (always) and with the real default model (marker
``model``), so the answers below hold on words alone and with the semantic model too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import ingest_paths, store_facts
from kg.apply import Applier
from kg.index.clause_index import IndexRegistry
from kg.model import Document, DocumentFacts, DutyStatement, Mention, Provenance
from kg.paths import shared_dir
from kg.stores.networkx_store import NetworkxStore
from queries.lineage import lineage
from queries.overlaps import duplicated_functions
from queries.resolve import find_unit
from queries.who_handles import who_handles

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir()

# Planted in the sample county (none of these texts is in the sample ledger): two
# paraphrases of one duty (found by meaning: the real model), a copy-paste pair with a few
# characters changed (found by MinHash, with any embedder), and a lead/support pair.
PLANTED = [
    ("县文化和旅游局", "负责全县文物保护单位的日常巡查和文物安全监督检查。", None),
    ("县住房和城乡建设局", "承担全县文物保护单位日常巡查及文物安全的监督检查工作。", None),
    ("县商务局", "负责全县成品油流通的监督管理，维护成品油市场秩序，查处违法经营行为。", None),
    ("县市场监督管理局", "负责全县成品油流通监督管理，维护成品油市场秩序，查处违法经营行为。", None),
    ("县教育局", "牵头组织全县校园周边交通安全综合治理工作。", "牵头"),
    ("县公安局", "参与全县校园周边交通安全综合治理工作。", "参与"),
]


def _embedder(kind: str):  # type: ignore[no-untyped-def]
    from kg.index.embedder import HashEmbedder, default_embedder

    if kind == "hash":
        return HashEmbedder()
    import os

    os.environ.pop("KG_EMBED_MODEL", None)
    return default_embedder()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> NetworkxStore:
    if not (SHARED / "corpus").is_dir():
        pytest.fail(f"开发语料不在 {SHARED}：CI 要求 ../shared 与仓库并列")
    store = NetworkxStore(tmp_path_factory.mktemp("corpus") / "kg")
    results = ingest_paths(store, [SHARED / "corpus", SHARED / "seeds", REPO / "samples" / "示例县"])
    assert not [r for r in results if r.status == "失败"], [r.errors for r in results if r.status == "失败"]
    doc = Document(id="planted", title="测试用补充职责", date="2024-01", jurisdiction="示例县")
    facts = DocumentFacts(doc, duties=[
        DutyStatement(Mention(unit), text, Provenance("planted", 0, len(text), text), role=role)
        for unit, text, role in PLANTED
    ])
    assert store_facts(store, Applier(store), "planted.txt", facts).status == "成功"
    return store


@pytest.fixture(scope="module", params=["hash", pytest.param("model", marks=pytest.mark.model)])
def index(request: pytest.FixtureRequest, corpus: NetworkxStore):  # type: ignore[no-untyped-def]
    return IndexRegistry(_embedder(request.param), use_cache=request.param != "hash").index_for(corpus)


def top_names(store: NetworkxStore, index, text: str, at: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    return [u["name"] for u in who_handles(store, text, at=at, jurisdiction="中央", top=5, index=index)]


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("组织编制主体功能区规划", None, "自然资源部"),
        ("组织编制主体功能区规划", "2017-01-01", "国家发展和改革委员会"),
        ("出入境检验检疫", None, "海关总署"),
        ("出入境检验检疫", "2017", "国家质量监督检验检疫总局"),
        ("价格监督检查与反垄断执法", None, "国家市场监督管理总局"),
    ],
)
def test_who_handles_on_the_corpus(corpus: NetworkxStore, index, text: str, at: str | None, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert top_names(corpus, index, text, at)[0] == expected


def test_who_handles_shows_earlier_holders(corpus: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    [first, *_] = who_handles(corpus, "出入境检验检疫", jurisdiction="中央", index=index)
    earlier = {h["name"] for c in first["clauses"] for h in c["earlier_holders"]}
    assert "国家质量监督检验检疫总局" in earlier


def test_lineage_of_the_ministry_of_natural_resources(corpus: NetworkxStore) -> None:
    result = lineage(corpus, find_unit(corpus, "自然资源部"))
    direct = {a["name"] for a in result["ancestors"] if a["depth"] == 1}
    assert {"国土资源部", "国家海洋局", "国家测绘地理信息局", "国家发展和改革委员会", "住房和城乡建设部",
            "水利部", "农业部", "国家林业局"} <= direct
    whole = {a["name"] for a in result["ancestors"] if a["depth"] == 1 and a["whole"]}
    assert {"国土资源部", "国家海洋局", "国家测绘地理信息局"} <= whole
    assert "国家发展和改革委员会" not in whole
    flows = {(f["other"]["name"], f["text"]) for f in result["duties_in"] if f["other"]}
    assert ("国家发展和改革委员会", "组织编制主体功能区规划职责") in flows
    assert any(name == "国家林业局" and "森林" in text for name, text in flows)


def test_lineage_of_the_state_oceanic_administration(corpus: NetworkxStore) -> None:
    soa = find_unit(corpus, "国家海洋局", at="2015")
    result = lineage(corpus, soa)
    events = [(e["date"], e["event"]["type"]) for e in result["timeline"] if e["kind"] == "事件"]
    assert any(d.startswith("2013") and t == "re_form" for d, t in events), events
    assert any(d.startswith("2018") and t == "abolish" for d, t in events), events
    assert "自然资源部" in {d["name"] for d in result["descendants"]}
    mnr_timeline = lineage(corpus, find_unit(corpus, "自然资源部"))["timeline"]
    assert any("国家海洋局" in e["text"] for e in mnr_timeline if e["kind"] == "牌子")


def _planted_pair(result: dict, a: int, b: int) -> dict | None:  # type: ignore[type-arg]
    names = {"示例" + PLANTED[a][0], "示例" + PLANTED[b][0]}
    for pair in result["pairs"]:
        if {u["name"] for u in pair["units"]} == names:
            texts = {c["a"]["text"] for c in pair["clauses"]} | {c["b"]["text"] for c in pair["clauses"]}
            if {PLANTED[a][1], PLANTED[b][1]} <= texts:
                return pair
    return None


def test_planted_copy_paste_duplicates_are_found(corpus: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    result = duplicated_functions(corpus, jurisdiction="示例县", index=index, limit=None)
    pair = _planted_pair(result, 2, 3)
    assert pair is not None, [[u["name"] for u in p["units"]] for p in result["pairs"]]
    assert pair["clauses"][0]["match"] == "文字雷同"


@pytest.mark.model
def test_planted_paraphrases_are_found_by_meaning(corpus: NetworkxStore) -> None:
    index = IndexRegistry(_embedder("model")).index_for(corpus)
    result = duplicated_functions(corpus, jurisdiction="示例县", index=index, limit=None)
    assert _planted_pair(result, 0, 1) is not None, [[u["name"] for u in p["units"]] for p in result["pairs"]]


def test_lead_support_pairs_are_listed_apart_from_duplicates(corpus: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    # listed by default, marked 牵头—参与 and graded 交叉 (an overlap, never a duplication)
    result = duplicated_functions(corpus, jurisdiction="示例县", index=index, limit=None)
    flagged = [p for p in result["pairs"] if {u["name"] for u in p["units"]} == {"示例县教育局", "示例县公安局"}]
    assert flagged and flagged[0]["lead_support"]
    assert flagged[0]["grade"] == "交叉" and "牵头" in flagged[0]["reason"]
    without = duplicated_functions(corpus, jurisdiction="示例县", index=index, include_lead_support=False, limit=None)
    pairs = {frozenset(u["name"] for u in p["units"]): p for p in without["pairs"]}
    lead = pairs.get(frozenset({"示例县教育局", "示例县公安局"}))
    assert lead is None or not any("校园周边" in c["a"]["text"] for c in lead["clauses"])


def test_overlaps_stay_inside_one_jurisdiction(corpus: NetworkxStore, index) -> None:  # type: ignore[no-untyped-def]
    result = duplicated_functions(corpus, index=index, limit=None)
    for pair in result["pairs"]:
        places = {corpus.unit(u["id"]).jurisdiction for u in pair["units"]}
        assert len(places) == 1, pair["units"]
