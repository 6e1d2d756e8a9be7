"""A sentence whose subject acted on a date written after it with 于 ("县委于2019年2月印发方案，组建X"), fifteenth
session (h15-near): the events of the sentence take that date. Sentences made up in the genre."""
from __future__ import annotations

import pytest

from ingest.extractors.common import narrative_date
from tests.test_constructions import events, facts_of


@pytest.mark.parametrize("text, place, event", [
    ("县委于2019年2月印发机构改革方案，组建县医疗保障局。", "石门县", ("establish", (), ("县医疗保障局",), "2019-02")),
    ("市政府于2018年12月根据改革方案，组建市应急管理局。", "巢湖市", ("establish", (), ("市应急管理局",), "2018-12")),
    ("省委、省政府于2018年10月召开全省机构改革动员大会，组建省退役军人事务厅。", "湖南省",
     ("establish", (), ("省退役军人事务厅",), "2018-10")),
    ("中央于2023年3月依据党和国家机构改革方案，在国务院台湾事务办公室基础上组建中央台湾工作办公室。", "中央",
     ("re_form", ("国务院台湾事务办公室",), ("中央台湾工作办公室",), "2023-03")),
])
def test_the_subjects_date_dates_the_sentences_events(text, place, event):
    assert event in events(facts_of(text, place, date="2025-12-26"))


@pytest.mark.parametrize("text", [
    "县档案馆始建于1958年3月，隶属县委办公室。",  # 始建于: the verb's own date, the own-clause reader's
    "该中心成立于2015年，为公益一类事业单位。",
    "根据县委于2019年2月印发的方案，组建县医疗保障局。",  # the cited plan's date, not the sentence's subject
    "会议要求，各单位于2019年3月底前完成挂牌。",  # a deadline
])
def test_not_a_subjects_date(text):
    assert narrative_date(text) is None
