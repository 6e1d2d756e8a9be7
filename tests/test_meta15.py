"""The document's own place and date, fifteenth trial's constructions: an upper government's approval of a
lower place's matter is of that place; an entry card's start and end fields date the body, not the page.
Sentences made up in the genre."""
from __future__ import annotations

import pytest

from ingest.extractors import detect_jurisdiction
from ingest.readers.base import RawDocument
from ingest.readers.meta import infer_meta


def _place(text: str, title: str) -> str | None:
    return detect_jurisdiction(RawDocument("a", text, {"title": title}))


@pytest.mark.parametrize("title, text, expected", [
    ("四川省人民政府关于蓬溪县金桥乡撤乡设镇的批复",
     "遂宁市人民政府：\n你市《关于蓬溪县金桥乡撤乡设镇的请示》收悉。经研究，同意撤销金桥乡，设立金桥镇。\n四川省人民政府\n2016年3月2日",
     "蓬溪县"),
    ("湖北省人民政府关于同意郧西县部分乡镇行政区划调整的批复",
     "十堰市人民政府：\n你市请示收悉。同意郧西县撤销两个乡，以其原行政区域设立相应的镇。\n湖北省人民政府",
     "郧西县"),
    ("宁波市人民政府关于同意调整北仑区部分街道行政区划的批复",
     "北仑区人民政府：\n你区请示收悉。经研究，同意撤销某镇，设立某街道办事处。\n宁波市人民政府\n2019年5月8日",
     "北仑区"),
    # traditional characters, as reposted on a forum
    ("寧波市人民政府關於同意調整北侖區部分行政區劃的批復",
     "北侖區人民政府：\n你區請示收悉。同意撤銷某鎮，設立某街道辦事處。\n寧波市人民政府",
     "北仑区"),
])
def test_an_upper_governments_approval_is_of_the_lower_place_it_approves(title, text, expected):
    assert _place(text, title) == expected


@pytest.mark.parametrize("title, text, expected", [
    # a county approving its own townships in bulk: the county's own document
    ("浏阳市人民政府关于撤销某等3个乡建制设立相应镇的批复",
     "各乡镇人民政府：\n经研究，同意撤销某等3个乡建制，设立相应的镇。\n浏阳市人民政府", "浏阳市"),
    # a province's approval of its own department's units: no lower place is approved
    ("湖南省人民政府关于同意调整省林业局所属事业单位的批复",
     "省林业局：\n你局请示收悉。同意调整所属事业单位机构编制事项。\n湖南省人民政府", "湖南省"),
])
def test_an_approval_of_the_issuers_own_matter_keeps_its_place(title, text, expected):
    assert _place(text, title) == expected


@pytest.mark.parametrize("card", [
    "机构名称: 某县人民政府\n起始时间: 1950年3月1日\n后置机构: 县人民委员会",
    "机构名称：某县供销合作社\n终止时间：1958年10月",
    "机构名称: 某县粮食局\n撤销时间: 1969年2月12日",
])
def test_an_entry_cards_start_or_end_field_does_not_date_the_page(card):
    text = f"某县机构条目\n知识类型: 机构\n{card}\n机构描述\n该机构历经多次调整，名称屡有变化。"
    assert infer_meta(text, {"title": "某县机构条目（《某地区志》机构条目）"}).get("date", "") == ""


def test_a_published_field_still_dates_the_page():
    text = "某县机构简介\n发布时间: 2019年4月2日\n机构名称: 某县粮食局\n起始时间: 1950年3月1日"
    assert infer_meta(text, {"title": "某县机构简介"}).get("date") == "2019-04-02"
