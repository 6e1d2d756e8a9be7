"""Twelfth session (docs/overlaps.md, "Twelfth session"): a list of items each opened by a body's label
("（二）县交通运输局：负责…", "交通部门：一是…", "县环保局。负责…") is one 职责分工 statement, each body holding
its item. Sentences are written for these tests in the genre's wording; no corpus or bank document is
used. Unit tests run on the hash fake."""

from __future__ import annotations

import pytest

from ingest.extractors.party_labels import labelled_part, named_before_part
from tests.overlap_pages import listed_pairs
from tests.test_constructions import boundaries, facts_of


def _sets(text: str, place: str = "某县") -> list[frozenset[str]]:
    return [frozenset(b) for b in boundaries(facts_of(text, place))]


def _parts(text: str, place: str = "某县") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in facts_of(text, place).duties:
        out.setdefault(d.unit.name, []).append(d.text)
    return out


# ---------------------------------------------------------------- the label

@pytest.mark.parametrize(("text", "label"), [
    ("（三）县卫生健康局：负责病媒生物防制的技术指导。", "县卫生健康局"),
    ("4.城管部门工作职责：依法查处占道经营行为。", "城管部门"),
    ("水务部门：一是负责排水管网的日常养护；二是做好汛期排涝。", "水务部门"),
    ("（二）市应急管理局：1、牵头组织隐患排查。2、督促企业整改。", "市应急管理局"),
    ("六、部门分工 县林业局：要加强林区火源管控。", "县林业局"),
])
def test_a_label_opens_a_bodys_part(text: str, label: str) -> None:
    found = labelled_part(text)
    assert found is not None and found[0] == label


@pytest.mark.parametrize("text", [
    "县长：张三",
    "地址：某县人民路8号",
    "（一）县公安局：今年以来共破获盗窃案件12起。",
    "县交通运输局：2023年完成农村公路建设30公里。",
])
def test_a_label_over_no_part_is_no_label(text: str) -> None:
    assert labelled_part(text) is None


def test_a_name_closed_by_a_full_stop_labels_the_next_sentence() -> None:
    assert named_before_part("5、县农业农村局。", "负责秸秆综合利用的技术指导。") == "县农业农村局"
    assert named_before_part("县农业农村局。", "今年以来共推广还田面积两万亩。") is None


# ---------------------------------------------------------------- a list of labelled items

@pytest.mark.parametrize(("text", "expected"), [
    # items numbered （一）（二）, under a division heading; a part opening with another verb than 负责
    ("某县城区停车秩序整治方案\n三、职责分工\n（一）县公安局：负责道路停车秩序的管理，查处违停车辆。\n"
     "（二）县城市管理局：维护人行道停放秩序。\n（三）县住房和城乡建设局：指导住宅小区停车设施建设。",
     {"县公安局", "县城市管理局", "县住房和城乡建设局"}),
    # no heading left in the excerpt: the items name their bodies all the same
    ("某县农贸市场提升方案（节选）\n（四）县市场监督管理局：负责市场内食品安全监管。\n"
     "（五）县商务局：统筹农贸市场布局和改造提升。",
     {"县市场监督管理局", "县商务局"}),
    # labels naming the "职责" word, classes of bodies
    ("某县客运整顿方案\n（七）公安部门职责：依法查处无牌无证车辆。\n（八）交通运输部门职责：负责客运经营许可的监管。",
     {"公安部门", "交通运输部门"}),
    # Traditional characters (read as Simplified)
    ("某縣整治方案\n（一）縣交通運輸局：負責客運車輛的源頭管理。\n（二）縣公安局：維護道路通行秩序。",
     {"县交通运输局", "县公安局"}),
])
def test_consecutive_labelled_items_are_one_division(text: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text)


def test_an_item_of_another_opening_goes_on_with_the_list() -> None:
    text = ("某市市容整治方案\n1.市城管局：负责占道经营的查处。\n2.市园林局：依据职能做好行道树管护。\n"
            "3.市交通运输局：负责公交站亭的维护。")
    assert frozenset({"市城管局", "市园林局", "市交通运输局"}) in _sets(text, "某市")


def test_labels_on_a_line_the_page_did_not_break() -> None:
    text = ("某县整治方案\n四、责任分工 交通部门：一是负责整治办日常工作。二是组织联合执法。 "
            "公安部门：一是参与方案的制订。二是打击非法营运团伙。 财政部门：负责经费保障。")
    assert frozenset({"交通部门", "公安部门", "财政部门"}) in _sets(text)


def test_names_closed_by_a_full_stop_label_their_items() -> None:
    text = ("某县禁烧工作方案\n各成员单位及其职责如下：\n县生态环境分局。负责禁烧工作的统一监督。\n"
            "县交通运输局、公路局。负责公路两侧的巡查。\n县农业农村局。负责秸秆综合利用的指导。")
    assert frozenset({"县生态环境分局", "县交通运输局", "县公路局", "县农业农村局"}) in _sets(text)


def test_each_item_is_its_bodys_part() -> None:
    text = ("某县停车整治方案\n（一）县公安局：维护道路停车秩序，查处违停车辆。\n"
            "（二）县城市管理局：负责人行道停放秩序的管理。")
    parts = _parts(text)
    assert any("查处违停车辆" in p for p in parts["县公安局"])
    assert not any("人行道" in p for p in parts["县公安局"])
    assert any("人行道停放秩序" in p for p in parts["县城市管理局"])


@pytest.mark.parametrize("text", [
    # a report's account of each body's work is no division
    "某县整治工作总结\n（一）县公安局：今年以来共破获案件12起。\n（二）县交通运输局：2023年完成路面整治30公里。",
    # one labelled item alone
    "某县整治方案\n（一）县公安局：负责道路停车秩序的管理。\n二、工作要求\n各单位要高度重视。",
    # the offices of one body under a heading naming internal divisions: their functions, no division
    "某乡镇机构设置方案\n3.乡镇内设机构职能\n党政办公室：主要承担党委政府的日常工作。\n"
    "社会事务办公室：主要承担民政和社会保障工作。\n经济发展办公室：负责经济发展规划工作。",
    # labels naming no body
    "某县会议纪要\n主持：县政府副县长\n地点：县政府三楼会议室\n内容：研究停车秩序整治工作。",
])
def test_labels_outside_a_list_of_parts_state_no_division(text: str) -> None:
    assert not any(len(b) > 1 for b in _sets(text))


# ---------------------------------------------------------------- the overlap list

def test_a_list_of_labelled_items_lists_its_pairs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    listed = listed_pairs(tmp_path, "平安县电动自行车安全整治方案\n（一）县公安局：负责电动自行车登记上牌，查处交通违法行为。\n"
                                    "（二）县市场监督管理局：查处销售不合格电动自行车的行为。\n"
                                    "（三）县消防救援大队：负责电动自行车火灾隐患的排查。\n", "平安县")
    assert ({"平安县公安局", "平安县市场监督管理局"}, "职责分工") in listed, listed
