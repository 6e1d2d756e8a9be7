"""The document's own place (detect_jurisdiction): a place named in the document, 中央 for central
bodies, None when the document names no place; sentences made up in the genre."""
from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument


def _place(text: str, title: str | None = None) -> str | None:
    return detect_jurisdiction(RawDocument("a", text, {"title": title} if title else {}))


@pytest.mark.parametrize("title, text", [
    # a pasted notice section that names no place and no central body
    (None, "各科室、各直属单位：\n经研究，决定将综合科更名为办公室，原职责不变。\n特此通知。"),
    ("关于调整内设机构的通知", "经局党组研究，撤销信息科，其职责划入办公室。请各科室做好衔接。"),
    # the same in Traditional characters
    ("關於調整內設機構的通知", "經局黨組研究，撤銷信息科，其職責劃入辦公室。請各科室做好銜接。"),
    # an essay on 县志 naming no place
    ("县志的体例与编纂", "县志是记载一县历史与现状的资料性文献，机构沿革一章记述县政府各部门的设置与变动。"),
])
def test_no_place_named_is_unknown(title, text):
    assert _place(text, title) is None


@pytest.mark.parametrize("title, text", [
    ("关于调整内设机构的通知", "根据国务院关于机构改革的部署，经研究，撤销信息科，其职责划入办公室。"),
    ("应急管理部已有司局亮相", "记者获悉，该部已设立办公厅、救援协调和预案管理局等司局。"),
    ("民政部关于养老服务职责分工的函（2020年5月8日，致湖南省民政厅、江西省民政厅）",
     "经研究，现就有关职责分工函复如下。"),
])
def test_central_body_without_a_place_is_central(title, text):
    assert _place(text, title) == "中央"


@pytest.mark.parametrize("title, text", [
    ("盘点｜多地新组建数据局", "河北省数据局日前挂牌。随后，浙江省数据局、四川省数据局也相继揭牌，湖南省数据局正在筹建。"),
    ("多地试点合并县级部门", "去年，山西娄烦县将水务局并入农业农村局。今年，广东郁南县成立民政和退役军人事务局，河北黄骅市也跟进。"),
    ("五省完成乡镇机构改革", "甘肃省、青海省、陕西省、贵州省、云南省的乡镇机构改革均已完成，各乡镇设党政综合办公室。"),
])
def test_round_up_of_several_provinces_has_no_place(title, text):
    assert _place(text, title) is None


def test_round_up_title_within_one_province_keeps_a_place():
    text = "长沙县数据局日前挂牌，浏阳市、宁乡市也相继组建数据局。长沙县数据局为县政府工作部门。"
    assert _place(text, "多地组建数据局") is not None


@pytest.mark.parametrize("title, expected", [
    ("基于浙江省嵊州市乡镇治理的实践", "嵊州市"),
    ("甘肃省瓜州县乡镇机构改革实施方案", "瓜州县"),
    ("基於浙江省嵊州市鄉鎮治理的實踐", "嵊州市"),
    ("石门县志（湖南省地方志数据库）", "石门县"),
])
def test_a_province_written_before_its_county_names_the_county(title, expected):
    assert _place("本文记述乡镇机构的设置与变动。", title) == expected


def test_a_province_not_written_before_the_county_stays():
    title = "湖南省人民政府关于同意调整长沙县部分乡镇行政区划的批复"
    assert _place("经研究，同意你省所报方案。", title) == "湖南省"


@pytest.mark.parametrize("title, text, expected", [
    # a province or prefecture city named only by its stem, in the title (anywhere) or twice in the text
    ("清末江西书院考略", "本文考察清末书院的改制过程，兼及学堂的设立。", "江西省"),
    (None, "本文结合遵义实际，对乡镇机构设置进行研究。遵义各乡镇均设党政综合办公室。", "遵义市"),
    ("關於鄉鎮機構的調查", "本文結合遵義實際，對鄉鎮機構設置進行研究。遵義各鄉鎮均設黨政綜合辦公室。", "遵义市"),
])
def test_a_place_named_only_by_its_stem(title, text, expected):
    assert _place(text, title) == expected


@pytest.mark.parametrize("title, text", [
    # a stem named once in the text, two different stems, a stem that starts another word, a stem that is a word
    (None, "本文结合遵义实际，对乡镇机构设置进行研究。"),
    ("城市街道执法的比较", "成都的做法与杭州的做法不同。成都设综合执法中心，杭州设执法队。"),
    ("关于中山大学附属医院的说明", "该院核定床位一千张，中山大学负责管理。"),
    ("会议纪要", "各位来宾：会议由办公室主持，来宾代表发言。"),
])
def test_no_place_by_stem(title, text):
    assert _place(text, title) is None
