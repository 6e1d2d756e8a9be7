"""Township documents: their place and the names of the bodies they name (sixteenth session).

Sentences are our own, in the genre of township 机构设置 notices, 撤乡设镇 approvals and town annals; the places
are real divisions (前童镇 and 桑洲镇 of 宁海县, 小吕乡 of 禹州市, 大李庄乡 of 扶沟县) or township shapes the
divisions list does not hold (青禾镇, 云岫乡).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.extractors.place_evidence import township_newest_form
from kg.divisions import divisions
from kg.names import Gazetteer, builtin_gazetteer, display_name, place_name, township_led


def _placed(name: str, where: str) -> tuple[str, str]:
    gaz = builtin_gazetteer().copy()
    gaz.add(where)
    placed = place_name(name, where, gaz)
    return placed.jurisdiction, display_name(placed.jurisdiction, placed.local)


# ---------------------------------------------------------------------------------------------------------------
# A body whose name opens with a township is that township's (tests/gold/README.md: a township's name is a place
# name, no county prefix)
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "where", "place", "full"), [
    ("前童镇人民政府", "宁海县", "前童镇", "前童镇人民政府"),  # a county text naming its township's government
    ("桑洲镇党委", "宁海县", "桑洲镇", "桑洲镇党委"),
    ("前童镇便民服务中心", "宁波市", "前童镇", "前童镇便民服务中心"),  # a city text: the township is in its chain
    ("大李庄乡党政综合办公室", "扶沟县", "大李庄乡", "大李庄乡党政综合办公室"),
    ("桑洲镇人民政府", "前童镇", "桑洲镇", "桑洲镇人民政府"),  # a sibling township, in a township's own text
    ("宁海县前童镇人民政府", "宁海县", "前童镇", "前童镇人民政府"),  # the county written before it
    ("青禾镇人民政府", "宁海县", "青禾镇", "青禾镇人民政府"),  # a township the divisions do not list: its body's word
    ("云岫乡公所", "宁海县", "云岫乡", "云岫乡公所"),  # a Republican 乡公所 of a town annal
    ("云岫乡革命委员会", "宁海县", "云岫乡", "云岫乡革命委员会"),
    ("青禾街道办事处", "宁海县", "青禾街道", "青禾街道办事处"),
    ("桃源街道办", "宁海县", "桃源街道", "桃源街道办事处"),  # the street's office written short
    ("宁海县桃源街道办", "中央", "桃源街道", "桃源街道办事处"),
    ("宁海县云岫乡公所", "中央", "云岫乡", "云岫乡公所"),  # an unknown township after its county written in full
])
def test_a_body_led_by_its_township_is_the_townships(name: str, where: str, place: str, full: str) -> None:
    assert _placed(name, where) == (place, full)


@pytest.mark.parametrize(("name", "where"), [
    ("乡镇企业局", "宁海县"),  # a county bureau for township enterprises
    ("城乡建设局", "宁海县"),
    ("乡村振兴局", "宁海县"),
    ("城镇建设管理办公室", "宁海县"),
    ("各乡镇人民政府", "宁海县"),  # a class, no township
    ("全镇综合治理办公室", "宁海县"),
    ("青禾镇建设银行网点", "宁海县"),  # an unknown shape followed by no township body: not taken
    ("城关镇人民政府", "宁海县"),  # a namesake of many counties, none of them 宁海县: kept the county's
])
def test_no_township_where_none_is_written(name: str, where: str) -> None:
    place, full = _placed(name, where)
    assert place == where and full == where + name


def test_a_namesake_township_anchored_by_the_documents_county_is_taken() -> None:
    # 桃源街道 is in several districts and counties; 宁海县 is one of them
    assert township_led("桃源街道办事处", ("宁海县", "宁波市", "浙江省")) == ("桃源街道", "办事处")
    assert township_led("桃源街道办事处", ("海淀区", "北京市")) is None


def test_relative_township_markers_still_take_the_documents_township() -> None:
    assert _placed("镇党政综合办公室", "前童镇") == ("前童镇", "前童镇党政综合办公室")
    assert _placed("县农业农村局", "前童镇") == ("宁海县", "宁海县农业农村局")


# ---------------------------------------------------------------------------------------------------------------
# A township the divisions hold under its former level word (撤乡设镇, 撤镇设街道 after the list was made)
# ---------------------------------------------------------------------------------------------------------------


def test_a_township_renamed_by_its_level_word_keeps_its_county() -> None:
    assert divisions().parent("小吕镇") == "禹州市"  # listed as 小吕乡
    assert divisions().parent("小吕街道") == "禹州市"
    assert divisions().parent("青禾镇") is None  # no form of it listed
    gaz = Gazetteer.builtin()
    gaz.add("小吕镇")
    assert gaz.ancestor_at_level("小吕镇", "县") == "禹州市"


def test_bodies_in_the_renamed_townships_text_take_the_right_places() -> None:
    assert _placed("市民政局", "小吕镇") == ("禹州市", "禹州市民政局")  # never 小吕镇民政局
    assert _placed("小吕乡人民政府", "小吕镇") == ("小吕乡", "小吕乡人民政府")  # never 小吕镇小吕乡人民政府
    assert _placed("禹州市小吕镇人民政府", "小吕镇") == ("小吕镇", "小吕镇人民政府")
    assert _placed("小吕乡", "小吕镇") == ("禹州市", "禹州市小吕乡")  # the former township, named whole
    assert _placed("小吕镇", "小吕镇") == ("禹州市", "禹州市小吕镇")  # itself named whole: filed as its county files it
    gaz = builtin_gazetteer().copy()
    gaz.add("小吕镇")
    gaz.add("禹州市", "市")  # a county-level city registered by its level word, as a store may hold it
    assert place_name("小吕乡", "小吕镇", gaz).jurisdiction == "禹州市"


# ---------------------------------------------------------------------------------------------------------------
# The document's place after 撤乡设镇 / 撤镇设街道: the township in its newest form
# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("place", "text", "newest"), [
    ("小吕乡", "经省政府批准，同意禹州市撤销小吕乡设立小吕镇，所辖区域不变。", "小吕镇"),
    ("小吕乡", "禹州市小吕乡撤乡建镇工作顺利通过验收", "小吕镇"),
    ("小吕乡", "近日，省政府批复同意撤销禹州市小吕乡建制，设置小吕镇，镇人民政府驻地不变。", "小吕镇"),
    ("前童镇", "经研究，同意撤销前童镇，设立前童街道办事处，以原前童镇的行政区域为其行政区域。", "前童街道"),
    ("前童镇", "前童撤镇设街道获市政府批复", "前童街道"),
    ("前童镇", "前童镇改设为前童街道，实行城市管理体制。", "前童街道"),
])
def test_the_newest_form_of_a_township_turned_into_another(place: str, text: str, newest: str) -> None:
    assert township_newest_form(place, text) == newest


@pytest.mark.parametrize(("place", "text"), [
    ("前童镇", "前童镇召开党委扩大会议，部署乡镇机构改革。"),  # no change of the township
    ("前童镇", "撤销桑洲镇，设立桑洲街道。"),  # another township's change
    ("宁海县", "同意撤销前童镇设立前童街道。"),  # the place is a county: not this rule
    ("前童镇", "撤销前童镇设立前童街道；撤销前童镇设立岔路街道。"),  # two new forms: a split, no one newest
])
def test_no_newest_form_without_a_change_of_that_township(place: str, text: str) -> None:
    assert township_newest_form(place, text) is None


def test_a_single_township_approval_is_about_the_new_town() -> None:
    raw = SimpleNamespace(
        text="禹州市小吕乡撤乡建镇获批\n\n近日，经省人民政府批准，同意禹州市撤销小吕乡设立小吕镇，实行镇管村体制。",
        meta={"title": "禹州市小吕乡撤乡建镇获批"})
    assert detect_jurisdiction(raw) == "小吕镇"


# ---------------------------------------------------------------------------------------------------------------
# Questions over a township text, through the real ingest pipeline (our own approval, in the genre)
# ---------------------------------------------------------------------------------------------------------------

_APPROVAL = """# title: 宁海县人民政府关于撤销桑洲镇设立桑洲街道的批复（2023年5月8日）
宁海县人民政府关于撤销桑洲镇设立桑洲街道的批复
桑洲镇人民政府：
你镇《关于撤镇设街道的请示》收悉。经研究，同意撤销桑洲镇，设立桑洲街道办事处，以原桑洲镇的行政区域为桑洲街道的行政区域。
宁海县人民政府
2023年5月8日
"""


# the same approval as a Traditional-character repost (the sentence is matched in the store as written)
_APPROVAL_TRAD = """# title: 宁海县人民政府關於撤銷岔路鎮設立岔路街道的批復（2023年6月2日）
宁海县人民政府關於撤銷岔路鎮設立岔路街道的批復
二、撤銷岔路鎮,以其原行政區域設立岔路街道辦事處,街道辦事處機關駐原岔路鎮政府駐地。
2023年6月2日
"""


@pytest.fixture(scope="module")
def approval_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    from tests.test_ask_data import ingested_store

    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"),
                       {"approval.txt": _APPROVAL, "repost.txt": _APPROVAL_TRAD})
    yield s
    s.close()


@pytest.mark.parametrize(("question", "former"), [
    ("宁海县桑洲街道办的前身是什么？", "桑洲镇"),
    ("桑洲街道办事处是由哪个镇改设的？", "桑洲镇"),
    ("岔路街道办的前身是什么？", "岔路镇"),
])
def test_a_streets_office_filed_under_its_street_keeps_its_predecessor(approval_store, question: str,  # type: ignore[no-untyped-def]
                                                                       former: str) -> None:
    from queries.ask import ask

    result = ask(approval_store, question)
    assert former in result["answer"], result["answer"]
    names = [u["name"] for u in result["units"]]
    assert names and names[0].endswith(former), names


def test_one_place_of_a_reform_statement() -> None:
    from kg.names import one_place

    gaz = builtin_gazetteer().copy()
    assert one_place("宁海县", "宁海县", gaz)
    assert one_place("宁海县", "桑洲街道", gaz)  # a township's office and a body of its county
    assert one_place("前童镇", "宁海县", gaz)
    assert not one_place("前童镇", "桑洲镇", gaz)  # two townships
    assert not one_place("宁海县", "禹州市", gaz)
    assert not one_place("宁波市", "宁海县", gaz)  # a county and its city: not a township
    assert one_place("岔路街道", "宁海县", gaz)  # listed as 岔路镇, a name several counties bear
    assert not one_place("岔路街道", "禹州市", gaz)
