"""Bodies listed under a header that states their class, rank, owner or count (tenth session,
docs/extraction.md "Tenth session" under "Unit descriptions outside a 三定"). Sentences written for
these tests in the genre's wording."""
from __future__ import annotations

import pytest

from tests.test_constructions import facts_of, units

# --- a class with its owner, then 有/包括 and the members ---------------------------------------------------


@pytest.mark.parametrize(("text", "member", "kind"), [
    ("1985年，中共某市委工作机构有办公室、组织部、统一战线工作部、政法委员会。", "某市委组织部", "市委工作机构"),
    ("至此，县委工作（派出）机构有办公室、组织部、宣传部、农村工作委员会，共4个。", "县委农村工作委员会", "县委工作（派出）机构"),
    ("区政府工作部门包括：区发展和改革局、区教育局、区财政局等。", "区教育局", "区政府工作部门"),
])
def test_members_of_an_owned_class_take_it_as_their_kind(text: str, member: str, kind: str) -> None:
    got = units(facts_of(text, "某县"))
    assert got[member][0] == kind


def test_a_count_that_disagrees_with_the_list_gives_no_class() -> None:
    got = units(facts_of("县政府工作部门有县财政局、县教育局，共9个。", "某县"))
    assert all(u[0] != "县政府工作部门" for u in got.values())


def test_a_class_without_owner_is_left_to_the_division_readers() -> None:
    got = units(facts_of("目前主要工作机构有综合科、业务科。", "某县"))
    assert all(u[0] != "工作机构" for u in got.values())


def test_the_state_reached_supersedes_an_earlier_list_of_the_class() -> None:
    text = ("1980年，中共某县委工作机构有办公室、组织部、宣传部。1990年，县委设立县委政策研究室。"
            "至此，县委工作（派出）机构有办公室、组织部、宣传部、政策研究室，共4个。")
    got = units(facts_of(text, "某县"))
    kinds = {name: u[0] for name, u in got.items() if name.endswith("组织部")}
    assert set(kinds.values()) == {"县委工作（派出）机构"}


# --- an owner's bodies counted, sub-classes listing members in brackets -------------------------------------


def test_members_in_bracketed_sublists_belong_to_the_owner() -> None:
    text = ("县农业农村局下属事业单位9个，其中正股级单位2个（县农技推广中心、县种子管理站），"
            "副股级单位2个（县农机服务站、县植保站），其他单位5个（含乡镇农业站5个）。")
    got = units(facts_of(text, "某县"))
    assert got["县种子管理站"][2] == "县农业农村局" and got["县种子管理站"][3] == "所属"
    assert got["县植保站"][2] == "县农业农村局"
    assert not any("乡镇农业站" in name for name in got)


# --- a rank the count gives every member ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "member", "kind", "rank"), [
    ("市政府新组建3个正处级部门：市数据局、市信访局、市医疗保障局。", "市信访局", None, "正处级"),
    ("省政府新设2个厅级直属机构：省统计局、省审计局。", "省审计局", "省政府直属机构", "厅级"),
])
def test_a_counted_set_up_with_a_rank_ranks_its_members(text: str, member: str, kind: str | None, rank: str) -> None:
    got = units(facts_of(text, "某省"))[member]
    assert got[0] == kind and got[1] == rank


def test_a_counted_division_list_with_a_rank_ranks_every_division() -> None:
    got = units(facts_of("县档案馆为正科级事业单位，内设综合股、接收征集股、保管利用股等3个副股级机构。", "某县"))
    assert got["县档案馆保管利用股"][:3] == ("内设机构", "副股级", "县档案馆")


def test_divisions_after_a_described_subject_belong_to_it() -> None:
    text = "县气象台是县气象局所属事业单位，是全县气象服务的技术中心，内设预报科、观测科等2个机构。"
    got = units(facts_of(text, "某县"))
    assert got["县气象台观测科"][2] == "县气象台"


# --- a government's own divisions in a chronicle ------------------------------------------------------------


def test_a_further_counted_list_shares_the_first_lists_host() -> None:
    got = units(facts_of("1936年，县公署内设民政、财政2个科，秘书、庶务2个室。", "某县"))
    assert got["县公署民政科"][:3] == ("内设机构", None, "县公署")
    assert got["县公署庶务室"][:3] == ("内设机构", None, "县公署")


def test_the_host_named_again_before_a_further_division() -> None:
    got = units(facts_of("1990年设县水产局，内设：办公室、渔政科、技术科，局内设防汛办公室。", "某县"))
    assert "县水产局防汛办公室" in got and not any("局内设" in name for name in got)


def test_this_body_pointed_back_to_hosts_its_counted_divisions() -> None:
    text = "某县残疾人联合会是县委领导的人民团体，编制12人。该单位设有办公室、康复部、维权部等3个内设部门。"
    got = units(facts_of(text, "某县"))
    assert got["某县残疾人联合会维权部"][:3] == ("内设机构", None, "某县残疾人联合会")


def test_counts_of_parts_of_the_divisions_are_no_division_count() -> None:
    f = facts_of("1936年，县公署内设民政、财政2个科，秘书、庶务2个室。", "某县")
    assert not [x for x in f.staffing if x.kind == "内设机构"]
