"""The clause frame reader (ingest/extractors/frames.py; docs/extraction.md, "The clause frame
reader"): a second chance, clause by clause, for what no construction read. Each variant is read
by the frame reader alone (``frames_only``: no construction runs before it), then through the
whole extractor. Sentences are written for these tests in the genre's wording; no corpus document
is used."""

from __future__ import annotations

import pytest

from ingest.extractors import extract
from ingest.extractors.common import Ctx, DocText
from ingest.extractors.frames import clauses, frame_facts
from ingest.readers.base import RawDocument
from kg.model import Document, DocumentFacts


def frames_only(text: str, jurisdiction: str = "长丰县", doc_date: str | None = "2020") -> Ctx:
    dt = DocText.build(text)
    ctx = Ctx("t", dt, "", jurisdiction)
    ctx.doc_date = doc_date
    for sent in dt.sentences:
        frame_facts(sent, ctx)
    return ctx


def facts_of(text: str, jurisdiction: str = "长丰县") -> DocumentFacts:
    raw = RawDocument("t.txt", text, {})
    return extract(raw, Document(id="t", title="t", date="2020", jurisdiction=jurisdiction, text=text))


def events(items) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(e.type.value, tuple(m.name for m in e.inputs), tuple(m.name for m in e.outputs), e.date)
            for e in items]


def units(items) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    out: dict[str, tuple] = {}
    for u in items:  # facts of one unit written in several clauses, merged as _finish merges them
        kind, rank, parent, signs = out.get(u.unit.name, (None, None, None, ()))
        out[u.unit.name] = (kind or u.kind, rank or u.rank, parent or (u.parent.name if u.parent else None),
                            tuple(dict.fromkeys((*signs, *u.signs))))
    return out


def test_clauses_are_cut_at_punctuation_and_before_a_second_verb() -> None:
    got = [c.text for c in clauses("撤销县粮食局并组建县发展和改革局，加挂县粮食和物资储备局（县储备中心）牌子；同时成立县数据局")]
    assert got == ["撤销县粮食局", "并组建县发展和改革局", "加挂县粮食和物资储备局（县储备中心）牌子", "同时成立县数据局"]


@pytest.mark.parametrize(("text", "expected"), [
    # establish, the body after the verb, or before a verb that closes the clause
    ("经县委研究，决定新设县数据资源服务中心。", [("establish", (), ("县数据资源服务中心",), None)]),
    ("县机关事务服务中心于2021年3月8日正式挂牌成立。", [("establish", (), ("县机关事务服务中心",), "2021-03-08")]),
    ("县退役军人事务局正式组建，核定行政编制8名。", [("establish", (), ("县退役军人事务局",), None)]),
    ("县人民政府增设县营商环境服务中心。", [("establish", (), ("县营商环境服务中心",), None)]),
    ("县委常委会研究决定，设立县委机构编制委员会办公室。", [("establish", (), ("县委机构编制委员会办公室",), None)]),
    ("县机构改革方案明确，组建县林业发展中心。", [("establish", (), ("县林业发展中心",), None)]),
    ("县委常委为县委社会工作部揭牌。", [("establish", (), ("县委社会工作部",), None)]),
    ("县档案馆，1984年成立。", [("establish", (), ("县档案馆",), "1984")]),
    ("1964年2月，复设县农业机械管理局。", [("establish", (), ("县农业机械管理局",), "1964-02")]),
    ("1978年，恢复县计划委员会建制。", [("establish", (), ("县计划委员会",), "1978")]),
    # abolish, the bodies after the verb or before it
    ("县科学技术局，2019年3月撤销。", [("abolish", ("县科学技术局",), (), "2019-03")]),
    ("撤销县粮食局、县物价局。", [("abolish", ("县粮食局",), (), None), ("abolish", ("县物价局",), (), None)]),
    # merged into another; merged into a new one
    ("县人防办整建制并入县住房和城乡建设局。", [("merge_into", ("县人防办",), ("县住房和城乡建设局",), None)]),
    ("由县招商局、县经济协作办合并组建县投资促进局。",
     [("establish", ("县招商局", "县经济协作办"), ("县投资促进局",), None)]),
    # renamed, its old name before and its new one after; a subject named in the clause before
    ("县计划委员会易名为县发展计划局。", [("rename", ("县计划委员会",), ("县发展计划局",), None)]),
    ("县农业技术中心出于工作需要，于2014年6月正式更名为县农业科技服务中心。",
     [("rename", ("县农业技术中心",), ("县农业科技服务中心",), "2014-06")]),
    ("1996年5月，县林业开发公司恢复县林业局名称。", [("rename", ("县林业开发公司",), ("县林业局",), "1996-05")]),
    # re-formed
    ("县文化馆改建为县文化艺术中心。", [("re_form", ("县文化馆",), ("县文化艺术中心",), None)]),
    # rank and kind changes
    ("县农机站升格为正科级。", [("upgrade", ("县农机站",), ("县农机站",), None)]),
    ("县老干部活动中心的规格由正科级调整为副科级。", [("downgrade", ("县老干部活动中心",), ("县老干部活动中心",), None)]),
    ("县地方志办公室改为县委直属事业单位。", [("change_kind", ("县地方志办公室",), ("县地方志办公室",), None)]),
    # a new parent
    ("县城市建设投资中心改由县国有资产服务中心代管。",
     [("transfer_unit", ("县城市建设投资中心",), ("县国有资产服务中心",), None)]),
    ("县检验检测中心的隶属关系由县质监局调整为县市场监督管理局。",
     [("transfer_unit", ("县检验检测中心",), ("县市场监督管理局",), None)]),
    # the topic's history keeps the topic; a reform's time is a time word
    ("县气象灾害防御中心，原为县科技局管理的事业单位，2019年机构改革中并入县应急管理局。",
     [("merge_into", ("县气象灾害防御中心",), ("县应急管理局",), "2019")]),
    ("县编制办公室原为县人事局管理的机构，2001年改为县委工作部门。",
     [("change_kind", ("县编制办公室",), ("县编制办公室",), "2001")]),
    # two bodies working together
    ("按照县委的部署，县农业农村局、县乡村振兴局于2021年5月合署办公。",
     [("co_locate", ("县农业农村局",), ("县乡村振兴局",), "2021-05")]),
    ("县档案局，1985年恢复，与县档案馆合署办公。",
     [("establish", (), ("县档案局",), "1985"), ("co_locate", ("县档案局",), ("县档案馆",), "1985")]),
    # a sign, with its bearer before the verb or in the clause before
    ("组建县行政审批局，同时挂县政务服务管理办公室牌子。",
     [("establish", (), ("县行政审批局",), None), ("add_sign", ("县行政审批局",), ("县政务服务管理办公室",), None)]),
])
def test_frames_read_each_event(text: str, expected: list[tuple]) -> None:
    assert events(frames_only(text).events) == expected


@pytest.mark.parametrize(("text", "unit", "expected"), [
    ("县政务服务中心，正科级，隶属县政府办公室。", "县政务服务中心", (None, "正科级", "县政府办公室", ())),
    ("县数据局（正科级），为县政府工作部门。", "县数据局", ("县政府工作部门", "正科级", None, ())),
    ("县档案馆，县委直属正科级事业单位，1984年成立。", "县档案馆", ("事业单位", "正科级", "县委", ())),
    ("保留县档案馆，为县委直属正科级事业单位。", "县档案馆", ("事业单位", "正科级", "县委", ())),
    ("组建县行政审批局，作为县政府工作部门，加挂县政务服务管理办公室牌子。", "县行政审批局",
     ("县政府工作部门", None, None, ("县政务服务管理办公室",))),
    ("县融媒体中心由县委宣传部归口管理。", "县融媒体中心", (None, None, "县委宣传部", ())),
    ("县公共资源交易中心由县政务服务管理局统一管理。", "县公共资源交易中心", (None, None, "县政务服务管理局", ())),
    ("县便民服务中心作为县人民政府的派出机构。", "县便民服务中心", ("派出机构", None, "县人民政府", ())),
    ("县防汛抗旱指挥部办公室设在县水利局。", "县防汛抗旱指挥部办公室", (None, None, "县水利局", ())),
    ("县农村能源站的主管部门为县农业农村局。", "县农村能源站", (None, None, "县农业农村局", ())),
    ("县城区保障房服务中心隶属县住房和城乡建设局，为正股级公益一类事业单位。", "县城区保障房服务中心",
     ("公益一类事业单位", "正股级", "县住房和城乡建设局", ())),
    ("县第二实验幼儿园，县教育局所属股级事业单位。", "县第二实验幼儿园", ("事业单位", "股级", "县教育局", ())),
    ("县文化和旅游局加挂县文物局牌子，为县政府工作部门。", "县文化和旅游局", ("县政府工作部门", None, None, ("县文物局",))),
    ("县农业农村局下设县农业技术推广中心、县动物疫病预防控制中心2个事业单位。", "县动物疫病预防控制中心",
     ("事业单位", None, "县农业农村局", ())),
    ("县水务局同时挂县河长制办公室、县节约用水办公室两块牌子。", "县水务局",
     (None, None, None, ("县河长制办公室", "县节约用水办公室"))),
])
def test_frames_read_each_description(text: str, unit: str, expected: tuple) -> None:
    assert units(frames_only(text).units)[unit] == expected


@pytest.mark.parametrize("text", [
    "各县要设立县级数据管理机构。",  # a rule for a class, with a modal
    "县直各单位不得擅自设立内设机构。",
    "拟组建县社会工作部。",  # a plan
    "组建县医疗保障局是县委作出的重要部署。",  # the forming as a subject
    "县数据局的成立，标志着全县数据工作进入新阶段。",  # a nominalisation
    "县公安局迅速成立专案组进行侦办。",  # a verb with a second object
    "县医保局成立以来，共追回医保基金200万元。",  # looking back
    "县文化局与县广播电视局合并。",  # no result named: merged into which?
    "县统计局设立综合股、普查股。",  # a unit before 设立: host or input, nobody can tell
    "县人民医院设在城关镇。",  # a location, no host
    "县教育局、县人社局更名为县教育体育局。",  # two old names, one new
    "为加强数据管理，各乡镇要组建数据专班。",
    "会议印发了《关于组建县数据局的通知》。",  # a title
    "县农业农村局下设县农业技术推广中心、县动物疫病预防控制中心3个事业单位。",  # the count is not the list's
])
def test_frames_refuse_what_position_does_not_settle(text: str) -> None:
    ctx = frames_only(text)
    assert not ctx.events and not ctx.units


def test_a_purpose_clause_is_skipped_and_the_action_read() -> None:
    got = events(frames_only("为加强食品安全监管，组建县食品安全检测中心。").events)
    assert got == [("establish", (), ("县食品安全检测中心",), None)]


def test_a_clause_the_constructions_left_is_read_by_the_frames() -> None:
    """"撤销A并组建B": when a construction reads only one clause, the frame reader reads the other,
    never a clause naming a body of the facts already read."""
    got = events(facts_of("撤销县粮食局并组建县发展和改革局。").events)
    assert ("abolish", ("县粮食局",), (), None) in got
    assert [e for e in got if e[0] == "establish"] == [("establish", (), ("县发展和改革局",), None)]


def test_an_approved_change_then_a_subjectless_rename() -> None:
    got = events(facts_of("经县编委会研究，同意将县城区保洁所由股级升格为副科级，更名为县市容环境服务中心。").events)
    assert ("rename", ("县城区保洁所",), ("县市容环境服务中心",), None) in got


def test_a_body_only_described_may_still_be_renamed_in_its_sentence() -> None:
    """"A（B）更名为C，为公益一类事业单位": the description was read; the rename is the frames' (the
    bracket after the old name is its short form or sign, no part of the subject)."""
    f = facts_of("县测绘服务所（县地名办公室）更名为县地理信息服务中心，为公益一类事业单位。")
    assert ("rename", ("县测绘服务所",), ("县地理信息服务中心",), None) in events(f.events)
    assert set(units(f.units)) == {"县地理信息服务中心"}


def test_a_chronicle_year_written_straight_before_its_verb_dates_the_event() -> None:
    """"1972年设立X，配备3人": no comma after the year, the year still opens the chronicle sentence."""
    text = "1964年2月，设立县科学技术委员会。\n1972年设立县科学技术办公室，配备3人。"
    assert ("establish", (), ("县科学技术办公室",), "1972") in events(facts_of(text).events)


def test_a_verb_and_its_object_are_no_name() -> None:
    """"复设县科委" is no name opening a clause: the clause is read as 复设 + 县科委."""
    ctx = frames_only("1964年2月，复设县科学技术委员会，后又撤销。")
    assert events(ctx.events)[0] == ("establish", (), ("县科学技术委员会",), "1964-02")


def test_no_topic_after_a_change_nobody_read() -> None:
    ctx = frames_only("县测绘服务所经县编委同意更名，为公益一类事业单位。")
    assert not ctx.units


def test_a_subjectless_clause_after_a_read_clause_is_about_its_opening_name() -> None:
    f = facts_of("县数据局，2023年10月挂牌成立，为县政府工作部门。")
    assert ("establish", (), ("县数据局",), "2023-10") in events(f.events)


def test_a_parent_named_in_a_read_clause_is_never_the_topic() -> None:
    """"同意建立X，为Y的下设机构，社会公益类事业单位": the kind is X's, never Y's."""
    f = facts_of("经研究，同意建立县城区绿化养护所，为县园林管理处的下设机构，社会公益类事业单位。")
    assert "县园林管理处" not in {u.unit.name for u in f.units}


def test_the_same_text_twice_gives_the_same_facts() -> None:
    text = ("县数据局，2023年10月挂牌成立，为县政府工作部门。撤销县粮食局并组建县发展和改革局。"
            "县政务服务中心，正科级，隶属县政府办公室。县农业技术中心出于工作需要，正式更名为县农业科技服务中心。")
    first, second = facts_of(text), facts_of(text)
    assert events(first.events) == events(second.events)
    assert units(first.units) == units(second.units)
    assert [(s.unit.name if s.unit else None, s.kind, s.amount) for s in first.staffing] == \
        [(s.unit.name if s.unit else None, s.kind, s.amount) for s in second.staffing]


def test_a_units_fields_one_a_line() -> None:
    text = ("单位名称：县农村土地流转服务中心\n机构规格：股级\n单位性质：公益一类事业单位\n主管部门：县农业农村局\n"
            "经费形式：全额拨款\n")
    assert units(facts_of(text).units)["县农村土地流转服务中心"] == ("公益一类事业单位", "股级", "县农业农村局", ())


@pytest.mark.parametrize("text", [
    "单位名称：县农村土地流转服务中心\n联系电话：1234567\n",  # no attribute of the unit
    "主管部门：县农业农村局\n",  # one field alone
    "单位名称：全县各乡镇农业服务中心\n机构规格：股级\n",  # a class, no one unit
])
def test_field_lines_that_describe_no_one_unit(text: str) -> None:
    assert not facts_of(text).units


def test_the_same_file_twice_gives_the_same_facts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ingest.pipeline import Overrides, parse_file

    path = tmp_path / "县机构调整通报.txt"
    path.write_text("长丰县机构编制委员会办公室\n2021年5月8日\n县数据局，2021年4月挂牌成立，为县政府工作部门。"
                    "县测绘服务所（县地名办公室）更名为县地理信息服务中心，为公益一类事业单位。\n"
                    "单位名称：县农村土地流转服务中心\n机构规格：股级\n主管部门：县农业农村局\n", "utf-8")

    def rows(facts):  # type: ignore[no-untyped-def]
        return (events(facts.events), units(facts.units), [(s.unit.name if s.unit else None, s.kind, s.amount)
                                                           for s in facts.staffing])

    first, second = parse_file(path, Overrides()).facts, parse_file(path, Overrides()).facts
    assert rows(first) == rows(second)
    assert rows(first)[0] and rows(first)[1]
