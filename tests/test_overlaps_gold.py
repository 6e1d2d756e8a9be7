"""The overlap list measured on hand-read gold (tests/overlaps/gold.yaml, issue 13 point 1)
and on the precision sample labelled before the bars were chosen
(tests/overlaps/precision_sample.yaml), on the bundled data of ``make run``.

Printed at the end of every run (marker ``report``), for the hash fake and, marked
``model``, the default model:
* pair recall, dev and blind: overall (the default list of the pair's jurisdiction at its
  date) and top 20 per topic (the list filtered by the pair's topic);
* stated recall, dev and blind: reform sentences naming overlaps found in the history;
* negatives listed by the default list (dev and blind);
* precision on the labelled sample at the model's default bar.
Blind figures are printed as figures only, never item by item. Assertions hold the bars'
precision and guard the dev figures against regressions; blind figures are not asserted on.
"""

from __future__ import annotations

import math

import pytest

from tests.overlaps import measure

pytestmark = pytest.mark.report

# dev figures (hash) at the time the bars were chosen: a fall below them is a regression
# (top20: measured minus 0.02 when the topic view learnt the place's nearest clauses to a topic)
# (pairs: raised 12-05 when pairs a later reform gathered were listed: measured hash 0.62, e5 0.58)
# (e5 pairs: raised 12-05 with the fixed clause mean and the 中 bar 0.68: measured 27/45 = 0.60)
# (12-06: raised with 职责分工 pairs listed before the statement's date, a division pair about the topic its
#  statement names, and reform-gathered topic pairs at 中: measured hash 30/45, 33/45; e5 30/45, 35/45; one pair below)
# (12-06, later: raised with 职责分工 classes resolved to the unit their document named: measured hash 32/45,
#  35/45; e5 32/45, 37/45; one pair below)
# (12-06, eighth session: raised with the 共同事项 source, two units' clauses naming one rare matter: measured
#  hash 34/45, 35/45; e5 33/45, 37/45; pairs one pair below)
DEV_FLOOR = {"hash": {"pairs": 0.73, "top20": 0.75, "stated": 0.77},
             "model": {"pairs": 0.71, "top20": 0.80, "stated": 0.77}}


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from kg.paths import shared_dir

    if not (shared_dir() / "corpus").is_dir():
        pytest.fail(f"开发语料不在 {shared_dir()}：CI 要求 ../shared 与仓库并列")
    if not measure.GOLD.is_file():
        pytest.fail(f"缺少职责交叉金标准 {measure.GOLD}")
    store = measure.corpus_store(tmp_path_factory.mktemp("ovgold"))
    yield store
    store.close()


def _embedder(kind: str):  # type: ignore[no-untyped-def]
    # "model" is the real default model even when another test module set KG_EMBED_MODEL=hash
    from kg.index.embedder import HashEmbedder, model_embedder

    return HashEmbedder() if kind == "hash" else model_embedder()


def _negatives_listed(store, index, negatives: list[dict]) -> tuple[int, int]:  # type: ignore[no-untyped-def,type-arg]
    from queries.overlaps import duplicated_functions

    listed = 0
    for g in negatives:
        at = str(g["date"]) if g.get("date") is not None else None
        pairs = duplicated_functions(store, at=at, jurisdiction=g.get("jurisdiction"), index=index, limit=None)["pairs"]
        listed += measure.pair_listed(store, pairs, g)
    return listed, len(negatives)


def _fmt(k: int, n: int) -> str:
    return f"{k}/{n} = {k / n:.2f}" if n else "0/0"


@pytest.mark.parametrize("kind", ["hash", pytest.param("model", marks=pytest.mark.model)])
def test_overlap_recall_and_precision(bundled, kind: str) -> None:  # type: ignore[no-untyped-def]
    from kg.index.clause_index import IndexRegistry
    from queries.overlap_bars import overlap_bars

    index = IndexRegistry(_embedder(kind), use_cache=kind != "hash").index_for(bundled)
    bars = overlap_bars(index.embedder.name)
    sample = measure.load_sample()
    assert sample and all(i["label"] in ("是", "否") for i in sample), "the sample is labelled before any bar"
    scores = measure.sample_scores(bundled, index, sample, bars.low)
    precision, listed = measure.precision_at(sample, scores, bars.medium)

    print(f"职责交叉（{index.embedder.name}；阈值 高 {bars.high} / 中 {bars.medium} / 低 {bars.low}；"
          f"金标准 {measure.gold_digest()}）")
    print(f"  精确率（标注样本 {len(sample)} 对，默认阈值 {bars.medium}）：{_fmt(round(precision * listed), listed)}")
    figures = {}
    for split in ("dev", "blind"):
        gold = measure.load_gold((split,))
        pairs = measure.pair_recall(bundled, index, gold["pairs"])
        stated = measure.stated_recall(bundled, gold["stated"])
        neg, nneg = _negatives_listed(bundled, index, gold["negatives"])
        figures[split] = (pairs, stated)
        print(f"  {split:5s} 单位对召回：总体 {_fmt(pairs.overall, pairs.n)}；按主题前20 {_fmt(pairs.top20, pairs.n)}；"
              f"改革文件所述召回 {_fmt(stated.overall, stated.n)}；反例被列出 {_fmt(neg, nneg)}")
        if split == "dev":  # dev items may be named; blind ones never are
            print(f"        dev 未找到：{' '.join(pairs.missed)} | {' '.join(stated.missed)}")

    assert not math.isnan(precision) and precision >= 0.7, f"precision {precision:.2f} at the default bar"
    dev_pairs, dev_stated = figures["dev"]
    assert dev_pairs.rate(dev_pairs.overall) >= DEV_FLOOR[kind]["pairs"]
    assert dev_pairs.rate(dev_pairs.top20) >= DEV_FLOOR[kind]["top20"]
    assert dev_stated.rate(dev_stated.overall) >= DEV_FLOOR[kind]["stated"]


def test_the_gold_loader_leaves_blind_items_out() -> None:
    if not measure.GOLD.is_file():
        pytest.fail(f"缺少职责交叉金标准 {measure.GOLD}")
    dev = measure.load_gold()
    assert all(x.get("split", "dev") == "dev" for items in dev.values() for x in items)
    both = measure.load_gold(("dev", "blind"))
    assert sum(map(len, both.values())) >= sum(map(len, dev.values()))


def test_sample_file_has_no_scores() -> None:
    for item in measure.load_sample():
        assert set(item) == {"id", "jurisdiction", "date", "a", "b", "label", "grade"}, item
        assert item["label"] in ("是", "否") and item["grade"] in ("重复", "交叉", "分散", "否"), item
        assert set(item["a"]) == set(item["b"]) == {"unit", "clause"}
