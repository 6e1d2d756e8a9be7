"""As-of reads: before, at and after events; partial dates; a query year means its end."""

from __future__ import annotations

from datetime import date

import pytest

from kg.dates import as_of, end_of, holds_at, parse_partial, start_of
from kg.errors import InvalidDate
from kg.model import Predicate
from kg.store import GraphStore
from queries.unit_info import unit_profile, units_at
from tests.builders import apply_doc, doc, unit_id

# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("raw", "expected"), [
    ("2018", "2018"), ("2018-3", "2018-03"), ("2018-03", "2018-03"), ("2018/3/21", "2018-03-21"),
    ("2018.03.21", "2018-03-21"), ("2017年", "2017"), ("2018年3月", "2018-03"), ("2018年3月21日", "2018-03-21"),
    ("2017年底", "2017"), (date(2019, 1, 2), "2019-01-02"), (None, None), ("", None),
])
def test_parse_partial(raw, expected) -> None:  # type: ignore[no-untyped-def]
    assert parse_partial(raw) == expected


@pytest.mark.parametrize("raw", ["2018-13", "2018-02-30", "去年", "18-03", "2018-03-21-1", "0000", "0000-05"])
def test_parse_partial_rejects_with_a_chinese_message(raw: str) -> None:
    with pytest.raises(InvalidDate) as info:
        parse_partial(raw)
    assert "日期" in str(info.value)


def test_partial_date_bounds() -> None:
    assert (start_of("2018"), end_of("2018")) == (date(2018, 1, 1), date(2018, 12, 31))
    assert (start_of("2016-02"), end_of("2016-02")) == (date(2016, 2, 1), date(2016, 2, 29))
    assert (start_of("2018-03-21"), end_of("2018-03-21")) == (date(2018, 3, 21), date(2018, 3, 21))


def test_a_query_date_means_the_end_of_what_it_covers() -> None:
    assert as_of("2017") == date(2017, 12, 31)
    assert as_of("2018-02") == date(2018, 2, 28)
    assert as_of("2018-03-21") == date(2018, 3, 21)
    assert as_of(None) == date.today()


def test_validity_is_half_open() -> None:
    assert holds_at("2018-03", None, date(2018, 3, 1))
    assert not holds_at("2018-03", None, date(2018, 2, 28))
    assert holds_at(None, "2018-03", date(2018, 2, 28))
    assert not holds_at(None, "2018-03", date(2018, 3, 1))
    assert holds_at("2010", "2018-03-21", date(2018, 3, 20))
    assert not holds_at("2010", "2018-03-21", date(2018, 3, 21))
    assert holds_at(None, None, date(1900, 1, 1))


# ---------------------------------------------------------------- store reads at dates


@pytest.fixture
def lifecycle(store: GraphStore) -> str:
    """A county unit: set up in 2010 (year only), upgraded 2015-06, moved to a new parent
    2016-09-15, abolished on 2018-03-21 with its duty going to another unit."""
    apply_doc(store, doc("d2010", date="2010", jurisdiction="瓜州县")
              .unit("县人民政府").unit("县发展和改革局")
              .establish("县投资促进中心", kind="事业单位", rank="副科级", parent="县人民政府", relation="所属")
              .duty("县投资促进中心", "负责全县招商引资工作"))
    apply_doc(store, doc("d2015", date="2015-06", jurisdiction="瓜州县").upgrade("县投资促进中心", "正科级"))
    apply_doc(store, doc("d2016", date="2016-09-15", jurisdiction="瓜州县")
              .transfer_unit("县投资促进中心", "县发展和改革局", relation="管理"))
    apply_doc(store, doc("d2018", date="2018-03-21", jurisdiction="瓜州县")
              .transfer_duty("县投资促进中心", "招商引资职责", "县发展和改革局")
              .abolish("县投资促进中心"))
    return unit_id(store, "瓜州县投资促进中心")


@pytest.mark.parametrize(("at", "exists"), [
    ("2009", False), ("2009-12-31", False), ("2010-01", True), ("2010", True),
    ("2018-02", True), ("2018-03-20", True), ("2018-03-21", False), ("2018-03", False), ("2018", False),
])
def test_existence_at_dates(store: GraphStore, lifecycle: str, at: str, exists: bool) -> None:
    assert store.exists_at(lifecycle, as_of(at)) is exists
    assert unit_profile(store, lifecycle, at)["exists"] is exists
    assert (lifecycle in {u["id"] for u in units_at(store, at, "瓜州县")}) is exists


@pytest.mark.parametrize(("at", "rank"), [
    ("2012", "副科级"), ("2015-05", "副科级"), ("2015-05-31", "副科级"), ("2015-06-01", "正科级"),
    ("2015-06", "正科级"), ("2015", "正科级"), ("2017", "正科级"),
])
def test_rank_at_dates(store: GraphStore, lifecycle: str, at: str, rank: str) -> None:
    assert store.value_at(lifecycle, Predicate.RANK, as_of(at)) == rank
    assert unit_profile(store, lifecycle, at)["rank"] == rank


@pytest.mark.parametrize(("at", "parent"), [
    ("2016-09-14", "瓜州县人民政府"), ("2016-09-15", "瓜州县发展和改革局"), ("2016-08", "瓜州县人民政府"),
    ("2016-09", "瓜州县发展和改革局"), ("2016", "瓜州县发展和改革局"), ("2015", "瓜州县人民政府"),
])
def test_parent_at_dates(store: GraphStore, lifecycle: str, at: str, parent: str) -> None:
    assert [c["name"] for c in unit_profile(store, lifecycle, at)["parent_chain"]] == [parent]


@pytest.mark.parametrize(("at", "holder"), [
    ("2017", "瓜州县投资促进中心"), ("2018-03-20", "瓜州县投资促进中心"), ("2018-03-21", "瓜州县发展和改革局"),
    ("2018", "瓜州县发展和改革局"), ("2030", "瓜州县发展和改革局"),
])
def test_duty_holder_at_dates(store: GraphStore, lifecycle: str, at: str, holder: str) -> None:
    holding = [f for f in store.facts(predicate=Predicate.HOLDS) if holds_at(f.valid_from, f.valid_to, as_of(at))]
    assert [store.name_at(f.subject, as_of(at)) for f in holding] == [holder]


def test_units_listed_at_dates(store: GraphStore, lifecycle: str) -> None:
    def names(at: str) -> set[str]:
        return {u["name"] for u in units_at(store, at, "瓜州县")}

    assert "瓜州县投资促进中心" not in names("2009")
    assert "瓜州县投资促进中心" in names("2017")
    assert "瓜州县投资促进中心" not in names("2019")
    # units the 2010 document describes still exist: nothing ended them
    assert {"瓜州县人民政府", "瓜州县发展和改革局"} <= names("2019")


def test_units_known_only_by_a_mention_are_listed_at_any_date(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2019", jurisdiction="瓜州县").duty("县应急管理局", "负责安全生产综合监督管理"))
    for at in ("1990", "2019", "2030"):
        assert [u["name"] for u in units_at(store, at, "瓜州县")] == ["瓜州县应急管理局"]
    assert unit_profile(store, unit_id(store, "瓜州县应急管理局"), "2019")["exists"] is None


def test_event_in_a_year_is_seen_by_the_query_for_that_year(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2017-05").unit("国家旅游局"))
    apply_doc(store, doc("b", date="2018-03").establish("文化和旅游部", inputs=["国家旅游局"]).abolish("国家旅游局"))
    tourism, culture = unit_id(store, "国家旅游局"), unit_id(store, "文化和旅游部")
    assert {u["id"] for u in units_at(store, "2017")} == {tourism}
    assert {u["id"] for u in units_at(store, "2018")} == {culture}  # '2018' = end of 2018
    assert {u["id"] for u in units_at(store, "2018-02")} == {tourism}
    assert {u["id"] for u in units_at(store, "2018-03")} == {culture}


def test_year_only_event_holds_from_the_start_of_that_year(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2018").unit("国家移民管理局"))
    uid = unit_id(store, "国家移民管理局")
    assert store.exists_at(uid, as_of("2018-01"))
    assert not store.exists_at(uid, as_of("2017"))


def test_names_at_dates_follow_renames(store: GraphStore) -> None:
    apply_doc(store, doc("a", date="2008", jurisdiction="白城市").unit("市卫生局"))
    apply_doc(store, doc("b", date="2014-06", jurisdiction="白城市").rename("市卫生局", "市卫生和计划生育委员会"))
    apply_doc(store, doc("c", date="2019-01", jurisdiction="白城市").rename("市卫生和计划生育委员会", "市卫生健康委员会"))
    uid = unit_id(store, "白城市卫生健康委员会")
    assert unit_id(store, "白城市卫生局") == uid == unit_id(store, "白城市卫生和计划生育委员会")
    expected = {"2013": "白城市卫生局", "2014-05": "白城市卫生局", "2014-06": "白城市卫生和计划生育委员会",
                "2018": "白城市卫生和计划生育委员会", "2019": "白城市卫生健康委员会"}
    assert {at: store.name_at(uid, as_of(at)) for at in expected} == expected
    assert unit_profile(store, uid, "2016")["name"] == "白城市卫生和计划生育委员会"
