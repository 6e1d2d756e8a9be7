"""Fifteenth session: text copied from a printed page (its lines wrapped mid-sentence), and quotas written in a row
by class of bodies, a later one without its kind. Sentences are written for these tests in the genre's wording."""

from __future__ import annotations

import pytest

from ingest.extractors.common import DocText
from tests.test_prose_duties import facts_of

# a yearbook page: 32 CJK characters a line, sentences running over line ends
PRINTED = (
    "1993年,按照全省乡镇机构改革方案,县委、县政府对乡镇机构进行调整,撤销原\n"
    "有的7个区公所,设立城关镇、东关镇、西河乡等12个乡镇人民政府,每个乡镇\n"
    "设党政办公室、经济发展办公室、社会事务办公室。乡镇事业单位设农业综合服\n"
    "务中心、文化广播站、财政所,实行统一管理。2002年,乡镇机构改革后,党政\n"
    "工作机构设综合办公室,事业单位设财政管理中心、农业综合服务中心。\n"
    "第二节 乡镇编制\n"
    "2005年,城关镇、东关镇等5个5万人口以上的乡镇核定事业编制45人;西河乡\n"
    "、南山乡等4个2万人口以上的乡镇核定38人;其余乡镇核定30人。全县乡镇\n"
    "核定行政编制420人,领导职数按有关规定配备,实行总量控制、统筹使用。\n"
)


def _read(text: str) -> DocText:
    return DocText.build(text)


def test_a_printed_page_is_read_in_sentences():
    doc = _read(PRINTED)
    lines = doc.text.split("\n")
    assert lines[0].endswith("实行统一管理。2002年，乡镇机构改革后，党政工作机构设综合办公室，事业单位设财政管理中心、农业综合服务中心。")
    assert "第二节乡镇编制" in lines  # a short heading line stays a line of its own
    assert len([line for line in lines if line]) == 3
    sentence = next(s for s in doc.sentences if "区公所" in s.text)
    start, end = doc.raw_span(sentence.nstart, sentence.nend)
    assert PRINTED[start:end].replace("\n", "").startswith("1993年,按照全省乡镇机构改革方案")  # cited from the file


@pytest.mark.parametrize("text", [
    # a web page: a paragraph a line, of every length
    "县机构编制委员会办公室关于调整县农业农村局内设机构的批复\n"
    "县农业农村局：\n"
    "你局《关于调整内设机构的请示》收悉。经研究，同意在县农业农村局增设乡村产业发展股，为局内设机构，核定行政编制2名，"
    "所需编制从局机关现有编制中调剂解决。调整后，县农业农村局内设机构9个，行政编制23名。\n"
    "此复。\n"
    "县委编办\n"
    "2023年5月6日\n",
    # a list of items each ending in its bracket note: complete lines, none goes on
    "办公室(1968年3月复设,1981年9月改称县政府办公室)\n政治部(1968年3月设,1975年6月撤销)\n"
    "生产指挥部(1968年3月设,1975年7月撤销)\n机关行政管理局(1975年7月设)\n"
    "计划委员会(1970年2月设,1978年并入县经济委员会)\n人民防空领导小组办公室(1975年7月设,1979年7月撤)\n",
    # numbered items open their own lines even when the line before fills the page
    "一、县自然资源局负责全县国土空间规划的编制和实施监督,统筹耕地保护工作并\n"
    "二、县农业农村局负责耕地质量建设和高标准农田建设项目的组织实施工作的\n"
    "三、县水利局负责农田水利工程建设的行业指导和监督管理工作及有关事项的\n"
    "四、县财政局负责资金保障和资金使用情况的绩效评价工作以及有关审计事项\n"
    "五、县审计局负责审计监督工作。\n六、县统计局负责数据统计。\n",
])
def test_text_that_is_not_a_printed_page_keeps_its_lines(text):
    assert _read(text).text.count("\n") == text.count("\n")


def test_a_printed_pages_facts_across_line_ends():
    figures = {(s.kind, s.amount) for s in facts_of(PRINTED).staffing}
    # "西河乡⏎、南山乡…核定38人": the line opening with 、 goes on with the row of quotas
    assert {("事业编制", 45), ("事业编制", 38), ("事业编制", 30), ("行政编制", 420)} <= figures


def _staffing(text: str) -> list[tuple]:
    return sorted((s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in facts_of(text).staffing)


@pytest.mark.parametrize(("text", "expected"), [
    # quotas by class in a row: the later parts carry the kind the first gave
    ("2005年，城关镇、东关镇等5个5万人口以上的乡镇核定事业编制45人；西河乡、南山乡等4个2万人口以上的乡镇核定38人；"
     "其余乡镇核定30人。",
     [(None, "事业编制", "核定", 30), (None, "事业编制", "核定", 38), (None, "事业编制", "核定", 45)]),
    ("一类乡镇核定行政编制40名，二类乡镇核定35名，三类乡镇核定30名。",
     [(None, "行政编制", "核定", 30), (None, "行政编制", "核定", 35), (None, "行政编制", "核定", 40)]),
])
def test_quotas_in_a_row_carry_the_kind(text, expected):
    assert _staffing(text) == expected


@pytest.mark.parametrize("text", [
    "全县乡镇核定行政编制420名，实有人员核定398人。",  # people in post, no quota
    "县委编办核定领导职数5名，核定3人。",  # no figure of posts is carried on to a bare count
])
def test_a_bare_figure_without_a_quota_before_it_is_no_quota(text):
    assert all(s[3] not in (398, 3) for s in _staffing(text))
