"""Lists of a body's subordinate bodies in prose (sixteenth session, lists): a list a web page wrapped after its
enumeration comma, a page's anti-scrape noise between its lines, the divisions a body has now (现设, a state and no
quota), a sign in a division item's bracket read once. Sentences are written for these tests in the genre's
wording; no corpus or trial document is used."""

from __future__ import annotations

import pytest

from ingest.extractors.common import DocText, blank_scrape_noise
from tests.test_constructions import events, facts_of


def _divisions(f) -> dict[str, tuple]:
    return {u.unit.name: (u.parent.name if u.parent else None, tuple(u.signs)) for u in f.units if u.kind == "内设机构"}


def _figures(f) -> set[tuple]:
    return {(s.unit.name if s.unit else None, s.kind, s.change, s.amount) for s in f.staffing}


# --- anti-scrape noise -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("noise", ["k3.8Tb,;2xq7Pa", "Q9-4mR;7ub=2Lc", "e2:5Hs+8wn,1Yo?", "w7,.3Fa9;Bz0-Kd"])
def test_a_pages_noise_string_at_a_line_end_is_blanked(noise) -> None:
    text = f"县档案馆是县委直属事业单位。 {noise}\n内设办公室、保管股。"
    blanked = blank_scrape_noise(text)
    assert len(blanked) == len(text) and noise not in blanked and "县档案馆是县委直属事业单位。" in blanked


@pytest.mark.parametrize("token", ["www.gov.cn/xxgk", "2021-03-15)", "GB/T2260-2007", "Tel:0731-84012345",
                                  "(Revised,2019)", "ISBN7-5012-1234"])
def test_a_url_a_date_a_code_or_a_word_is_no_noise(token) -> None:
    text = f"资料来源 {token}\n"
    assert blank_scrape_noise(text) == text


# --- a list wrapped after its enumeration comma -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "host", "items"), [
    ("乙县民政局内设机构4个，分别是：办公室、社会救助股、\n养老服务股、社会事务股。", "乙县民政局",
     ["办公室", "社会救助股", "养老服务股", "社会事务股"]),
    ("甲市文化广电旅游局设有5个科室，即办公室、艺术科、 h4;2Kd7,Tx9=pa\n公共服务科、产业发展科、\n市场管理科。",
     "甲市文化广电旅游局", ["办公室", "艺术科", "公共服务科", "产业发展科", "市场管理科"]),
    ("丙区商务局内设综合股、外贸股、\n（内贸股）、电商股等4个股室。", "丙区商务局", ["综合股", "外贸股", "电商股"]),
])
def test_a_division_list_wrapped_after_a_comma_is_read_whole(text, host, items) -> None:
    got = _divisions(facts_of(text, "某市"))
    for item in items:
        assert got.get(host + item, (None,))[0] == host, item


def test_a_line_ending_with_a_comma_joins_only_prose() -> None:
    text = "县林业局内设机构：办公室、林政股、\n1、营林股负责造林。"
    dt = DocText.build(text)
    assert any(s.text.startswith("1、营林股") for s in dt.sentences)  # an item number opens its own line
    joined = DocText.build("县林业局内设机构：办公室、林政股、\n营林股。")
    assert len(joined.sentences) == 1


# --- divisions there are now: no quota ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "host", "quota"), [
    ("丁县政府办公室现设职能股（室）3个，分别为：秘书股、综合股、信息股。", "丁县政府办公室", None),
    ("丁县政府办公室设职能股（室）3个，分别为：秘书股、综合股、信息股。", "丁县政府办公室", 3),
    ("戊县卫生健康局目前设有督查股、医政股、疾控股3个股室。", "戊县卫生健康局", None),
    ("戊县卫生健康局设有督查股、医政股、疾控股3个股室。", "戊县卫生健康局", 3),
])
def test_the_divisions_a_body_has_now_are_no_quota(text, host, quota) -> None:
    f = facts_of(text, "某市")
    assert len([d for d, (p, _) in _divisions(f).items() if p == host]) == 3
    assert _figures(f) == ({(host, "内设机构", "核定", quota)} if quota else set())


# --- a sign in a division item's bracket: read once, the division's ---------------------------------------------


@pytest.mark.parametrize(("text", "host", "division", "sign"), [
    ("己市人民政府办公室现设科（室）3个，分别为：秘书一科（挂督查科牌子）、会议科、信息科。",
     "己市人民政府办公室", "秘书一科", "督查科"),
    ("庚县林业局内设办公室（加挂行政审批股牌子）、林政股、造林股等3个股室。", "庚县林业局", "办公室", "行政审批股"),
])
def test_a_sign_of_a_listed_division_is_the_divisions_alone(text, host, division, sign) -> None:
    f = facts_of(text, "某市")
    assert _divisions(f)[host + division] == (host, (sign,))
    assert not [u for u in f.units if u.unit.name == division]  # no bare body bearing the sign
    assert not [e for e in events(f) if e[0] == "add_sign" and e[1] == (division,)]


def test_a_sign_of_a_body_outside_a_list_stays() -> None:
    f = facts_of("辛县档案馆（挂辛县地方志办公室牌子）为县委直属事业单位。", "某市")
    assert any(u.unit.name == "辛县档案馆" and u.signs for u in f.units)
