"""More wordings of 职责分工 (docs/extraction.md, "职责分工 sentences"): a list sharing its
level prefix or its head, "根据各自职责负责", a party named by a label ("X工作职责：…",
"（3）X：…"), and support of a named lead (配合/协助 B 做X, 与B密切配合, 加强与B的沟通).
Sentences are written for these tests in the genre's wording; no corpus document is used."""

from __future__ import annotations

import pytest

from tests.test_constructions import boundaries, facts_of


def _sets(text: str, place: str = "某县") -> list[frozenset[str]]:
    return [frozenset(b) for b in boundaries(facts_of(text, place))]


@pytest.mark.parametrize(("text", "place", "expected"), [
    # a level prefix written once for the whole list of supporters
    ("由省商务厅承办，省农业厅、卫生厅、公安厅协办，开展生猪屠宰专项整治。", "某省",
     {"省商务厅", "省农业厅", "省卫生厅", "省公安厅"}),
    ("县水利局负责，县农业农村局、林业局配合，做好灌区水土保持工作。", "某县",
     {"县水利局", "县农业农村局", "县林业局"}),
    # a head (部门) written once after a list of stems
    ("粮食储备由县发改局负责，财政、审计部门配合。", "某县", {"县发改局", "财政部门", "审计部门"}),
])
def test_a_list_sharing_its_prefix_or_head(text: str, place: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text, place)


@pytest.mark.parametrize(("text", "expected"), [
    # "根据各自职责负责": each party of the list holds its own part
    ("职责分工如下：农业、林业、水利部门根据各自职责负责农业面源污染的防治。",
     {"农业部门", "林业部门", "水利部门"}),
    ("县教育局、县卫生健康局按照各自职责负责学校传染病防控。", {"县教育局", "县卫生健康局"}),
])
def test_a_list_each_by_its_own_duties(text: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a label names the party; its part supports a named lead
    ("三、责任分工\n3.公安部门工作职责：负责配合交通运输部门查处非法营运车辆，维护客运站治安秩序。",
     {"公安部门", "交通运输部门"}),
    ("（4）县公安局：负责现场治安维护。协助县卫生健康局落实密切接触者的隔离措施。",
     {"县公安局", "县卫生健康局"}),
    # a table row: the row's unit supports the named lead
    ("职责边界\n县民政局\t与县残疾人联合会密切配合，做好困难残疾人生活补贴发放工作", {"县民政局", "县残疾人联合会"}),
    # the subject before the partner, in a sentence of its own
    ("县民政局与县残疾人联合会密切配合，做好困难残疾人生活补贴发放工作。", {"县民政局", "县残疾人联合会"}),
    ("职责边界\n县委宣传部\t加强与县应急管理局等有关部门的沟通，做好灾情信息发布", {"县委宣传部", "县应急管理局"}),
    # support of a named lead in a sentence of its own: a lead/support boundary even outside a division text
    ("县市场监管局配合县商务局打击私屠滥宰行为。", {"县市场监管局", "县商务局"}),
])
def test_a_party_supporting_a_named_lead(text: str, expected: set) -> None:
    assert frozenset(expected) in _sets(text)


@pytest.mark.parametrize("text", [
    "县政府督促各有关部门履行职责，落实分工。",  # 督促各有关部门 is no party
    "（2）县财政局：负责保障应急处置经费。",  # a label and one part: no second party
    "县医保局会同县财政局开展专项检查。",  # joint work in a news item, not support of a lead
    "根据三定规定，县卫健局为了加强与县医保局的沟通协调，由一名副局长兼任县医保局副局长。",  # a purpose
    "（5）县科技局：组织科研力量开展防治技术攻关，协调有关单位做好技术服务。",  # 协调有关单位: no named partner
])
def test_no_division_from_these(text: str) -> None:
    assert not boundaries(facts_of(text, "某县"))


def test_a_body_that_holds_a_duty_now_is_a_party_not_part_of_a_name() -> None:
    # "并划入现由B承担的X职责": B is the party ("划入现由B" is no name)
    text = ("职责分工如下：县质监部门负责食品生产加工环节的监管，并划入现由县卫生部门承担的食品生产加工环节的卫生监管职责；"
            "县工商部门负责食品流通环节的监管。")
    names = {n for b in boundaries(facts_of(text, "某县")) for n in b}
    assert not any("划入" in n or "现由" in n for n in names)
    assert {"某县卫生部门", "某县质监部门"} <= names or {"县卫生部门", "县质监部门"} <= names


def _duties(text: str) -> list[tuple[str, str]]:
    return [(d.unit.name, d.text) for d in facts_of(text, "某市").duties if d.category == "职责表述"]


def test_a_label_names_the_unit_whose_duties_its_line_states() -> None:
    text = ("四、成员单位职责\n（1）市城管执法支队职责：负责城区占道经营行为的巡查和处置。\n"
            "（2）市交通运输局：负责公交站点周边秩序的维护。并配合做好道路保洁。市公路事业发展中心职责：负责国省道沿线的巡查。\n"
            "（3）市应急管理局主要职责：牵头组织应急演练。")
    got = _duties(text)
    assert ("市城管执法支队", "负责城区占道经营行为的巡查和处置。") in got
    assert ("市交通运输局", "负责公交站点周边秩序的维护。") in got
    assert ("市交通运输局", "并配合做好道路保洁。") in got  # the label's line goes on
    assert ("市公路事业发展中心", "负责国省道沿线的巡查。") in got  # the next unit's label on the same line
    assert ("市应急管理局", "牵头组织应急演练。") in got


@pytest.mark.parametrize("text", [
    "市长：王某某\n地址：某市人民路1号",  # a field, no duty
    "各成员单位职责：负责本系统的应急值守。",  # 各成员单位 names no unit
    "领导小组办公室主任：由市应急管理局局长兼任。",
])
def test_no_labelled_duty_from_these(text: str) -> None:
    assert not _duties(text)


def test_a_table_row_with_tab_separated_cells() -> None:
    # the docx and html readers join a table's cells with a tab: the row's own unit is still its first cell
    text = ("职责边界\n县委宣传部\t与县应急管理局建立灾情信息通报机制，做好灾情信息发布\n"
            "县民政局\t配合县应急管理局做好受灾群众生活救助，负责救灾捐赠款物的管理")
    got = _sets(text)
    assert frozenset({"县委宣传部", "县应急管理局"}) in got
    assert frozenset({"县民政局", "县应急管理局"}) in got
