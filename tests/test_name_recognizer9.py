"""Unit-name recognizer (common.find_names) on chronicle wording, ninth session: a verb glued before the
name, a year glued before a chronicle's subject, a post after the name, a one-character place's government,
and spans that start where the cleaned name starts. Sentences written for these tests in the genre's wording."""

from __future__ import annotations

import pytest

from ingest.extractors.common import as_name, find_names


def surfaces(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_names(text)]


def names(text: str) -> list[str]:
    return [n for _, _, n in find_names(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("1953年设卫生科（后改卫生局），1958年撤销。", ["卫生科", "卫生局"]),
    ("同年增设粮食科（后改称粮食局）。", ["粮食科", "粮食局"]),
    ("是年设文教科、农林科。", ["文教科", "农林科"]),
    ("新设立县档案馆，负责全县档案工作。", ["县档案馆"]),
    ("1962年，林业工作站隶属县农业局，后改为县人民委员会派出机构。", ["林业工作站", "县农业局", "县人民委员会"]),
    ("林业站隶县农业局管理。", ["林业站", "县农业局"]),
])
def test_chronicle_verb_glued_before_name(text, expected):
    assert surfaces(text) == expected
    assert names(text) == expected


@pytest.mark.parametrize("name", ["设计院", "设备科", "设施管理处", "改革委员会"])
def test_names_opening_with_a_verb_character_keep_it(name):
    assert as_name(name) == name


@pytest.mark.parametrize("text", ["同年成立县革命委员会，代行县政府职权。", "由乡革委会代行乡政府职权。"])
def test_verb_before_a_bare_kind_is_no_name(text):
    assert not any(s.startswith("代行") for s in surfaces(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("1968年南江县革命委员会成立。", "南江县革命委员会"),
    ("1979年县农机局改为农机公司。", "县农机局"),
    ("民国25年县政府秘书室改为总务科。", "县政府秘书室"),
    ("民国二十年教育局改称教育科。", "教育局"),
])
def test_year_glued_before_chronicle_subject(text, expected):
    assert surfaces(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("工作由区工委办公室主任兼管。", "区工委办公室"),
    ("县委组织部部长兼任县人事局局长。", "县委组织部"),
    ("市公安局局长列席会议。", "市公安局"),
    ("县总工会主席由县委副书记兼任。", "县总工会"),
])
def test_post_after_name_ends_it(text, expected):
    assert surfaces(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("12月，泸县人民政府成立。", "泸县人民政府"),
    ("是日，沙市人民政府迁入新址。", "沙市人民政府"),
])
def test_one_character_place_government(text, expected):
    assert expected in surfaces(text)


@pytest.mark.parametrize("name", ["市县人民政府", "各级人民政府", "县级人民政府", "某县人民政府", "某市人民政府"])
def test_classes_of_governments_stay_classes(name):
    # 某县/某市 are a collector's stand-ins, no place (eighth session): their government is no one-character place's
    assert as_name(name) is None


def test_she_qu_shi_keeps_its_she():
    # "设区市" (a prefecture-level city) is a class term, never "设" + "区市…"
    assert not any(n.startswith("区市") for n in names("设区市疾控局核定行政编制10名。"))


@pytest.mark.parametrize(("text", "expected"), [
    ("1958年与商业局合署，1962年分出。", ["商业局"]),
    ("将县广播站改制为县广播电视台。", ["县广播站", "县广播电视台"]),
    ("秘书处新设机要科。", ["秘书处", "机要科"]),
    ("农林处新增水产科、畜牧科。", ["农林处", "水产科", "畜牧科"]),
])
def test_a_change_verb_after_a_name_ends_it(text, expected):
    assert surfaces(text) == expected
