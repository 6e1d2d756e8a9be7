"""Reform news that reports a body formed, then what it took in (fourteenth session): "X正式成立。…X整合了A、B的Y
职能，在…" gives X's establishment its sources; a list of stems sharing the last item's head and the level written on
the first ("县工商、质监、食药局") names one body per stem. Sentences written here, in the genre."""

from __future__ import annotations

from ingest.extractors.common import names_in_list
from tests.test_constructions import events, facts_of


def _establish(text: str, place: str) -> list[tuple]:
    return [e for e in events(facts_of(text, place)) if e[0] == "establish"]


def test_a_body_formed_then_its_sources_in_a_later_sentence() -> None:
    text = ("甲县市场监督管理局正式挂牌成立。县领导出席揭牌仪式。"
            "甲县市场监督管理局整合了甲县工商局、甲县质监局的监督管理职能。")
    assert _establish(text, "甲县") == [("establish", ("甲县工商局", "甲县质监局"), ("甲县市场监督管理局",), None)]


def test_the_sources_clause_goes_on_with_what_the_body_does() -> None:
    text = ("乙县市场监督管理局成立。乙县市场监督管理局目前整合了乙县工商局、乙县食药局的监管职能，"
            "在统一监管的框架下，建立了全覆盖的监管体系。")
    got = facts_of(text, "乙县")
    moves = sorted((m.source.name, m.text) for e in got.events if e.type.value == "establish" for m in e.duties)
    assert moves == [("乙县工商局", "监管职能"), ("乙县食药局", "监管职能")]


def test_stems_sharing_a_head_and_a_level() -> None:
    assert names_in_list("县工商、质监、食药局") == ["县工商局", "县质监局", "县食药局"]
    assert names_in_list("市民政、劳动局") == ["市民政局", "市劳动局"]
    assert names_in_list("市场监管、质监局") == ["市场监管局", "质监局"]  # 市场 is no level


def test_sources_written_as_stems_sharing_a_head() -> None:
    text = "丙县市场监督管理局成立。丙县市场监督管理局整合了县工商、质监、食药局的监督管理职能。"
    (got,) = _establish(text, "丙县")
    assert tuple(n.removeprefix("丙") for n in got[1]) == ("县工商局", "县质监局", "县食药局")  # placed by the store
    assert got[2] == ("丙县市场监督管理局",)


def test_a_body_not_reported_formed_takes_in_no_sources() -> None:
    assert not _establish("丁县农业农村局整合了丁县畜牧局的畜牧业管理职能，在全县推行。", "丁县")
