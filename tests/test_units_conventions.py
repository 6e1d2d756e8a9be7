"""Unit conventions decided in the ninth session (tests/gold/README.md, "Unit conventions"), and the
constructions they touch. Sentences written for these tests in the genre's wording."""
from __future__ import annotations

import pytest

from tests.test_constructions import facts_of, units


# --- the owner of a class of the government's own sequence is part of the kind ----------------------------

@pytest.mark.parametrize(("text", "jur", "unit", "kind"), [
    ("政务院设立三个直属机构，主办专门业务。这三个直属机构是：中央气象局，中央工商行政管理局，国家档案局。", "中央",
     "中央气象局", "政务院直属机构"),
    ("县人民政府设立两个工作部门：县统计局、县档案局。", "某县", "县统计局", "县人民政府工作部门"),
    ("市委设立三个工作机关：市委办公室、市委组织部、市委宣传部。", "某市", "市委组织部", "市委工作机关"),
])
def test_a_counted_class_of_the_sequence_is_owned_in_its_kind(text: str, jur: str, unit: str, kind: str) -> None:
    got = units(facts_of(text, jur))[unit]
    assert got[0] == kind and got[2] is None


def test_a_counted_class_of_institutions_keeps_its_owner_as_parent() -> None:
    got = units(facts_of("县政府设立三个直属事业单位：县档案馆、县图书馆、县文化馆。", "某县"))["县图书馆"]
    assert got[2] == "县政府"


# --- "A与B一个机构两块牌子": which is the body ------------------------------------------------------------

@pytest.mark.parametrize(("text", "host", "sign"), [
    ("县人民政府外事办公室与县委外事工作委员会办公室一个机构两块牌子。", "县委外事工作委员会办公室", "县人民政府外事办公室"),
    ("县委网络安全和信息化委员会办公室与县互联网信息办公室，一套班子、两块牌子。", "县委网络安全和信息化委员会办公室",
     "县互联网信息办公室"),
    ("县档案馆与县地方志编纂中心实行一套人马、两块牌子。", "县档案馆", "县地方志编纂中心"),  # no party body: the first
])
def test_a_party_body_hosts_its_government_partner(text: str, host: str, sign: str) -> None:
    got = units(facts_of(text, "某县"))
    assert got[host][4] == (sign,) and sign not in got


def test_a_described_first_body_hosts_its_partner_whatever_it_is() -> None:
    got = units(facts_of("县司法局（与县委全面依法治县委员会办公室一个机构两块牌子）为县政府工作部门，正科级。", "某县"))
    assert got["县司法局"][0] == "县政府工作部门" and got["县司法局"][4] == ("县委全面依法治县委员会办公室",)


def test_a_listed_body_with_its_partner_in_brackets() -> None:
    text = "一、列入省委工作机关的机构\n- 省人民政府台湾事务办公室（与省委台湾工作办公室一个机构两块牌子）\n- 省人民政府新闻办公室（加挂在省委宣传部的牌子）"
    got = units(facts_of(text, "某省"))
    assert got["省委台湾工作办公室"][4] == ("省人民政府台湾事务办公室",)
    assert got["省委宣传部"][4] == ("省人民政府新闻办公室",)
