"""The national gazetteer and the place recognition built on it (docs/extraction.md, "Places")."""

from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument
from kg.divisions import divisions
from kg.names import Gazetteer, place_name


@pytest.mark.parametrize(("text", "place", "length"), [
    ("湖南省长沙县自然资源局", "长沙县", 6),  # a chain of places is followed down
    ("揭阳市揭东区工业信息化和科技局", "揭东区", 6),
    ("曹县曹县编委办", "曹县", 4),  # a place written twice counts once
    ("东莞市凤岗镇党建工作办公室", "凤岗镇", 6),  # townships
    ("秀山自治县委社会工作部", "秀山自治县", 5),  # everyday form of an autonomous county
    ("阿坝州乡镇机构改革", "阿坝州", 3),
    ("青岛市市北区街道办事处", "市北区", 6),  # districts named for the city's part: 市北区, 市南区, 市中区
    ("济南市市中区人民政府", "市中区", 6),
    ("市南区教育和体育局", "市南区", 3),
])
def test_place_prefix(text: str, place: str, length: int) -> None:
    assert divisions().place_prefix(text) == (place, length)


@pytest.mark.parametrize("text", ["城区管理局", "新区管委会", "市场监督管理局", "追究市场责任", "国家林业局",
                                  "市中心医院", "市北片区", "市区街道"])
def test_words_that_are_not_places(text: str) -> None:
    assert divisions().place_prefix(text) is None


def test_a_city_part_district_has_no_stem() -> None:
    """市中区 is in four cities and 市北区 in one; "市中"/"市北" are words ("城市中心"), never a place by themselves."""
    g = divisions()
    assert g.chain("市北区") == ["市北区", "青岛市", "山东省"]
    assert "市中" not in g.stems and "市北" not in g.stems and "市南" not in g.stems
    assert "海淀" in g.stems


def test_parents_and_renames() -> None:
    d = divisions()
    assert d.parent("揭东区") == "揭阳市"
    assert d.chain("揭东区") == ["揭东区", "揭阳市", "广东省"]
    assert d.parent("鼓楼区", ("南京市",)) == "南京市"
    assert d.parent("鼓楼区", ("福州市",)) == "福州市"
    assert d.current("襄樊市") == "襄阳市"
    assert d.by_stem("白城") == "白城市"


@pytest.mark.parametrize(("name", "doc_place", "expected"), [
    ("市自然资源局", "白城市", ("白城市", "自然资源局")),
    ("区交通局", "揭东区", ("揭东区", "交通局")),
    ("市委编办", "揭东区", ("揭阳市", "委编办")),  # 市 in a district's document: its city
    ("湖南省长沙县林业局", "中央", ("长沙县", "林业局")),
    ("省农业农村厅", "黑龙江省", ("黑龙江省", "农业农村厅")),
    ("某县某县融媒体中心", "某县", ("某县", "融媒体中心")),
])
def test_place_relative_names(name: str, doc_place: str, expected: tuple[str, str]) -> None:
    placed = place_name(name, doc_place, Gazetteer.builtin())
    assert (placed.jurisdiction, placed.local) == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # the place named only by its stem in the title, in full in the body
    ("紫阳扎实推进机构改革", "紫阳县委、县政府召开会议，部署紫阳县机构改革。", "紫阳县"),
    # a word ending in a level character is not a place
    # (nor a central body: the document names no place, None)
    ("关于追究市场监管责任的通知", "各单位要扎实推进县乡机构改革。", None),
    ("", "曹县编制委员会办公室为县委工作部门，正科级单位。", "曹县"),
    ("1997年8月13日徽县县委、县政府召开机构改革动员大会", "经过改革，县直机构由48个压缩到29个。", "徽县"),
])
def test_document_place(title: str, text: str, expected: str | None) -> None:
    raw = RawDocument("x.txt", text, {"title": title} if title else {})
    assert detect_jurisdiction(raw) == expected


def test_a_district_is_known_by_its_former_county_name() -> None:
    """撤县设区: 长安县 → 长安区, 垦利县 → 垦利区; older text (县志, news before the change) writes the county."""
    d = divisions()
    assert d.is_place("垦利县") and d.current("垦利县") == "垦利区"
    assert d.chain("垦利县")[1:] == ["东营市", "山东省"]
    assert not d.is_place("城区县") and not d.is_place("郊区县")
    raw = RawDocument("t.txt", "1985年5月，垦利县农业局成立。", {"title": "垦利县志（山东省地方志数据库）· 第二节 农业机构"})
    assert detect_jurisdiction(raw) == "垦利县"
