"""A division named as a body is one place whether its ancestors are written or not (fifteenth session).

Chronicles and reform records write the same division bare ("撤销济宁地区") and with its province
("山东省济宁地区"), and the scorer must treat both as one name (tests/gold/README.md, Names). What it
must keep apart: a body of a province and a central body ("山东省公安厅" ≠ "公安厅" of 中央), two
namesakes in different cities (北京市朝阳区 ≠ 长春市朝阳区), and a chain that is no chain (潍坊市济宁市).
"""

import pytest

from kg.divisions import divisions
from kg.model import Mention


@pytest.mark.parametrize("written, itself", [
    ("济宁市", "济宁市"),
    ("山东省济宁市", "济宁市"),
    ("山东济宁市", "济宁市"),  # the province by its stem
    ("山东省济宁地区", "济宁地区"),  # a former prefecture, by the stem of the city it became
    ("湖北省荆州地区", "荆州地区"),
    ("山东省荣成县", "荣成县"),  # a former county, now 荣成市
    ("威海市荣成县", "荣成县"),
    ("山东省威海市荣成县", "荣成县"),
    ("广东省清远市佛冈县", "佛冈县"),
    ("四川省阿坝藏族羌族自治州", "阿坝藏族羌族自治州"),
])
def test_a_division_is_itself_with_or_without_its_ancestors(written, itself):
    assert divisions().division_itself(written) == itself


@pytest.mark.parametrize("written, kept", [
    ("北京市朝阳区", "北京市朝阳区"),  # namesakes keep the nearest ancestor written
    ("吉林省长春市朝阳区", "长春市朝阳区"),
])
def test_namesake_divisions_keep_their_nearest_ancestor(written, kept):
    assert divisions().division_itself(written) == kept


@pytest.mark.parametrize("name", [
    "潍坊市济宁市",  # what is written in front is not the division's chain
    "山东省公安厅", "济宁市公安局", "公安厅",  # bodies, not divisions
    "贫困县", "重点地区", "开发区", "市区", "自治县",  # words ending in a level word
])
def test_not_a_division_or_not_its_chain(name):
    assert divisions().division_itself(name) is None


@pytest.mark.parametrize("a, b, jur_a, jur_b", [
    ("山东省济宁地区", "济宁地区", "山东省", "中央"),
    ("济宁市", "山东省济宁市", "济宁市", "山东省"),
    ("山东省荣成县", "荣成县", "山东省", "威海市"),
    ("江苏省苏州市吴江县", "吴江县", "江苏省", "苏州市"),
])
def test_scorer_equates_a_division_with_and_without_ancestors(a, b, jur_a, jur_b):
    from tests.gold_score import Resolver

    assert Resolver(jur_a).full(Mention(a)) == Resolver(jur_b).full(Mention(b))


@pytest.mark.parametrize("a, b, jur", [
    ("山东省公安厅", "公安厅", "中央"),  # a province's body is never the central one
    ("山东省水利厅", "水利部", "山东省"),
    ("北京市朝阳区", "长春市朝阳区", "中央"),
    ("济宁市", "济宁地区", "山东省"),  # the city and the prefecture it replaced are two units
    ("荣成县", "荣成市", "威海市"),
])
def test_scorer_keeps_apart_other_places_and_bodies(a, b, jur):
    from tests.gold_score import Resolver

    assert Resolver(jur).full(Mention(a)) != Resolver(jur).full(Mention(b))
