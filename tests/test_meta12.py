"""Document place, twelfth session (docs/extraction.md, "Document date and place, twelfth session").
Sentences are written for these tests in the genre, not copied from any real document."""
from __future__ import annotations

import pytest

from ingest.extractors import _place_candidates, detect_jurisdiction
from ingest.readers.base import RawDocument
from ingest.readers.meta import infer_meta


def _place(text: str, title: str | None = None) -> str | None:
    meta = infer_meta(text, {"title": title} if title else {})
    return detect_jurisdiction(RawDocument("a", text, meta))


# --- a text writing its own bodies by their level word names its place by the stem ---------------------------------

@pytest.mark.parametrize("text, expected", [
    # a city's meeting: 市委/市政府 alone, the city's stem once in the closing wish
    ("5月9日上午，市委常委会召开会议，研究机构编制工作。市委书记主持会议，市政府有关负责同志列席。"
     "会议要求，各部门要主动担当作为，为洛阳高质量发展贡献力量。", "洛阳市"),
    # the author's word for its place (我市) and a stem inside a slogan
    ("近日，我市新组建的市数据局正式挂牌。市委、市政府高度重视，要求加快推进数字绵阳建设。", "绵阳市"),
    # a province: 省委/省政府 alone, the province's stem once
    ("省委编委召开会议，省委、省政府有关负责同志出席，会议强调要为建设美丽云南提供体制机制保障。", "云南省"),
    # Traditional characters: 市委/市政協 and a stem written alike in both scripts
    ("3月2日，市委、市政府召開機構改革推進會，市政協主席出席。會議要求全力推動南充經濟社會發展。", "南充市"),
    # a county-level city's stem counts when named twice
    ("市政协召开主席会议。会议指出，要总结昆山经验，市委、市政府各部门要为昆山发展献计出力。", "昆山市"),
])
def test_a_text_of_level_bodies_is_of_the_one_place_it_names_by_its_stem(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize("text", [
    # two cities of the level named: a comparison, no place of its own
    "市委常委会召开会议，市政府负责同志列席，会议要求学习洛阳、绵阳的经验做法。",
    # a county-level city's stem once is too weak (the stem is often a word of another kind)
    "市委常委会召开会议，市政府负责同志列席，会议听取了昆山经验介绍。",
    # the level of the bodies is the county's, the stem a city's: the city is not the county's own place
    "县委常委会召开会议，县政府负责同志列席，我县要主动融入绵阳都市圈。",
    # a stem that starts another word (a university) is no place
    "市委常委会召开会议，市政府负责同志列席，会议听取了洛阳师范学院的汇报。",
    # an office the city keeps in another city is not that city's text
    "市政府办公室内设机构：秘书科、综合科、上海联络处。市政府办公室负责市政府机关日常运转。",
    # no body written by its level word: a stem named once places nothing
    "编制工作座谈会近日召开，与会同志交流了洛阳的做法。",
])
def test_no_place_by_the_stem_without_its_level_bodies_or_with_several_places(text):
    assert _place(text) in (None, "中央")


def test_the_longest_gazetteer_names_are_read_in_full():
    # autonomous counties of several peoples have names of up to fifteen characters
    text = "双江拉祜族佤族布朗族傣族自治县人力资源和社会保障局2023年度部门决算"
    assert "双江拉祜族佤族布朗族傣族自治县" in _place_candidates(text)
