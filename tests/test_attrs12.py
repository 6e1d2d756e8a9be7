"""Twelfth session, attributes: "X是什么性质/什么级别" when the document states some of X's
attributes but not the one asked ("该中心系省政府直属正科级事业…", cut before its kind; "X由Y管理，
为副处级" with no kind; "X为公益一类事业单位" with no rank). Asked its nature, the answer names X,
says no kind is recorded and gives the rank and parent stated, with the sentence stating them. Asked
its rank, a kind tells none: "没有找到" and no unit (as an unanswerable question wants), the kind
shown. A unit with no attribute at all gets "没有找到" alone.

The documents are written here in the genre and go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from tests.test_ask_data import ingested_store

_NEWS = """# title: 安康市数据局挂牌成立（安康日报，2024年5月8日）
安康市数据局挂牌成立
（2024年5月8日）
5月8日，安康市数据局正式挂牌。此前，安康市已于2020年成立市信息资源中心，该中心系市政府直属正县级事业
"""

_APPROVAL = """# title: 关于设立安康市政务热线服务中心的批复（2021年3月2日）
关于设立安康市政务热线服务中心的批复
（2021年3月2日）
同意设立安康市政务热线服务中心，由市政府办公室管理，为副县级。
"""

_PROFILE = """# title: 安康市档案馆简介（2022年）
安康市档案馆简介
安康市档案馆为公益一类事业单位。
"""

_BARE = """# title: 关于成立安康市会展服务中心的通知（2022年6月1日）
关于成立安康市会展服务中心的通知
（2022年6月1日）
经研究，决定成立安康市会展服务中心。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"),
                       {"news.txt": _NEWS, "approval.txt": _APPROVAL, "profile.txt": _PROFILE, "bare.txt": _BARE})
    yield s
    s.close()


def _names(result: dict) -> list[str]:  # type: ignore[type-arg]
    return [u["name"] for u in result["units"]]


@pytest.mark.parametrize("question, unit, shown", [
    ("安康市信息资源中心是什么性质的单位？", "安康市信息资源中心", "正县级"),
    ("安康市信息资源中心属于什么类别", "安康市信息资源中心", "正县级事业"),
    ("安康市政务热线服务中心是什么性质？", "安康市政务热线服务中心", "副县级"),
    ("安康市政务热线服务中心是什么性质？", "安康市政务热线服务中心", "市政府办公室管理"),
])
def test_the_attributes_stated_answer_the_one_not_stated(store, question: str, unit: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "unit_info", result
    assert _names(result)[:1] == [unit], result["answer"]
    assert shown in result["answer"], result["answer"]
    assert "没有找到" in result["answer"], result["answer"]  # the asked attribute itself is not claimed


@pytest.mark.parametrize("question, shown", [
    ("安康市档案馆是什么级别？", "公益一类"),
    ("安康市档案馆是正科级吗", "公益一类"),
])
def test_a_kind_does_not_answer_a_rank(store, question: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert "没有找到" in result["answer"] and shown in result["answer"], result["answer"]
    assert not result["units"], result["answer"]  # the rank is not stated: not found, no unit named


def test_a_unit_with_no_attribute_is_still_not_found(store) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, "安康市会展服务中心是什么级别？")
    assert "没有找到" in result["answer"], result["answer"]
    assert not result["units"], result["answer"]
