"""The fixed clause mean (kg.index.clause_mean): overlap scores do not move when documents are
added to the store, a model without a stored mean falls back to the store's mean and says so,
and every stored mean belongs to the current reference texts."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import numpy as np
import pytest

from kg.index import clause_mean
from kg.index.clause_index import IndexRegistry
from kg.index.embedder import HashEmbedder
from kg.stores.networkx_store import NetworkxStore
from queries.overlaps import duplicated_functions
from tests.builders import apply_doc, doc

P = "甲县"


def _base(store: NetworkxStore) -> None:
    apply_doc(store, doc("sd2016", date="2016-04", jurisdiction=P, title="甲县部门主要职责（2016）")
              .duty("县林业局", "负责全县森林防火的组织协调和监督检查工作。")
              .duty("县应急管理局", "负责组织指导全县森林火灾扑救和防火督查工作。")
              .duty("县财政局", "负责全县政府采购的监督管理工作。")
              .duty("县教育局", "负责全县义务教育均衡发展和学校布局调整工作。")
              .duty("县卫生健康局", "负责全县传染病防治和突发公共卫生事件应急处置工作。"))


def _more(store: NetworkxStore) -> None:
    """Documents of other places and other matters: they move the store's mean."""
    apply_doc(store, doc("sd2017", date="2017-02", jurisdiction="乙县", title="乙县部门主要职责（2017）")
              .duty("县民政局", "负责全县最低生活保障和特困人员救助供养工作。")
              .duty("县人力资源和社会保障局", "负责全县城乡居民基本养老保险的经办管理工作。")
              .duty("县住房和城乡建设局", "负责全县房屋建筑工程质量安全的监督管理。")
              .duty("县交通运输局", "负责全县农村公路的建设、养护和管理工作。"))
    apply_doc(store, doc("sd2018", date="2018-06", jurisdiction="丙市", title="丙市部门主要职责（2018）")
              .duty("市统计局", "负责组织实施全市经济普查和人口抽样调查。")
              .duty("市审计局", "负责对全市财政预算执行情况进行审计监督。")
              .duty("市档案馆", "负责收集、保管和利用全市重要档案资料。"))


def _score(store: NetworkxStore, registry: IndexRegistry) -> float:
    """The score of the fixed pair (the two forest-fire clauses of 甲县)."""
    result = duplicated_functions(store, jurisdiction=P, index=registry.index_for(store), limit=None,
                                  confidence="低", min_score=-1.0)
    for p in result["pairs"]:
        if {u["name"] for u in p["units"]} == {f"{P}林业局", f"{P}应急管理局"}:
            return float(p["score"])
    raise AssertionError("the forest-fire pair is not a candidate")


def _scores_before_and_after(tmp_path: Path, embedder) -> tuple[float, float, str]:  # type: ignore[no-untyped-def]
    store = NetworkxStore(tmp_path / "kg")
    try:
        registry = IndexRegistry(embedder, use_cache=False)
        _base(store)
        before = _score(store, registry)
        _more(store)
        after = _score(store, registry)
        return before, after, registry.index_for(store).centre
    finally:
        store.close()


class UnstoredHash(HashEmbedder):
    """The hash fake under a name no mean is stored for (the hash bars still apply)."""

    name = "hash-no-stored-mean"


def test_a_pair_scores_the_same_whatever_else_the_store_holds(tmp_path: Path) -> None:
    before, after, centre = _scores_before_and_after(tmp_path, HashEmbedder())
    assert centre.endswith("hash-ngram-256.256.txt")
    assert after == pytest.approx(before, abs=1e-6)


def test_without_a_stored_mean_the_store_mean_is_used_and_logged(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    # the drift the fixed mean removes: centred on the store's own mean, the pair's score moves
    with caplog.at_level(logging.WARNING, logger="kg.index"):
        before, after, centre = _scores_before_and_after(tmp_path, UnstoredHash())
    assert centre == clause_mean.STORE_MEAN
    assert abs(after - before) > 1e-3
    assert any("no stored clause mean for model hash-no-stored-mean" in r.getMessage() for r in caplog.records)


def test_a_mean_stored_for_another_dimension_or_model_is_not_used(tmp_path: Path) -> None:
    vectors = np.eye(3, dtype=np.float32)
    clause_mean.write_mean(clause_mean.mean_path("m", 4, tmp_path), "m", np.ones(4, dtype=np.float32), {"what": "test"})
    clause_mean.write_mean(clause_mean.mean_path("m", 3, tmp_path), "other", np.ones(3, dtype=np.float32), {})
    mean, centre = clause_mean.centre_of("m", vectors, tmp_path)
    assert centre == clause_mean.STORE_MEAN and np.allclose(mean, vectors.mean(axis=0))
    clause_mean.write_mean(clause_mean.mean_path("n", 3, tmp_path), "n", np.full(3, 0.5, dtype=np.float32), {})
    mean, centre = clause_mean.centre_of("n", vectors, tmp_path)
    assert centre.endswith("n.3.txt") and np.allclose(mean, 0.5)


def test_every_stored_mean_belongs_to_the_current_reference_texts() -> None:
    digest = hashlib.sha256(clause_mean.REFERENCE.read_bytes()).hexdigest()[:16]
    texts = clause_mean.reference_texts()
    paths = sorted(clause_mean.MEANS_DIR.glob("*.txt"))
    assert paths and len(texts) >= 100
    for path in paths:
        header, values = clause_mean.read_mean(path)
        assert path == clause_mean.mean_path(header["model"], int(header["dim"])), path
        assert f"sha256 {digest}" in header["texts"], f"{path.name}: written for other reference texts"
        assert values.shape == (int(header["dim"]),)
    # the hash fake's mean can be checked outright
    _, stored = clause_mean.read_mean(clause_mean.mean_path(HashEmbedder.name, HashEmbedder.dim))
    assert np.allclose(stored, HashEmbedder().embed(texts).mean(axis=0), atol=1e-6)


@pytest.mark.model
def test_with_the_real_model_a_pair_scores_the_same_whatever_else_the_store_holds(tmp_path: Path) -> None:
    from kg.index.embedder import model_embedder

    embedder = model_embedder()
    before, after, centre = _scores_before_and_after(tmp_path, embedder)
    assert centre.endswith(f"{embedder.name}.{embedder.dim}.txt")
    assert after == pytest.approx(before, abs=1e-6)


def test_the_means_and_their_texts_are_installed_with_the_package() -> None:
    # `pip install .` (the Docker image) copies only package data matching these patterns:
    # without them an installed product would centre on the store's mean again
    import fnmatch
    import tomllib

    config = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    for path in [clause_mean.REFERENCE, *clause_mean.MEANS_DIR.glob("*.txt")]:
        assert any(fnmatch.fnmatch(path.name, p) for p in patterns), path.name
