"""The extractor scored against the gold standard: dev and blind side by side (issue 10).

The scoring itself lives in ``tests/gold_score.py`` (``python -m tests.gold_score`` prints the
same tables, ``--misses`` lists dev misses; blind misses are never listed). This module checks
the gold files and the split, guards the blind gold by its hash, and prints the tables at the
end of every run.

FLOORS are a ratchet, not the goal: the issue's goal is dev >= 0.95 and blind >= 0.90 for
events, units, duties and staffing. A floor is raised to the measured figure (less 0.02)
whenever extraction improves; it is never lowered to make a run pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.paths import shared_dir
from tests import gold_score as gs

# (set, fact type, precision floor, recall floor) — measured at the commit that set them
FLOORS = {
    # The sets changed again on 2026-12-06: news-qingyuan-2013-sanding and news-shenyang-2009-reform
    # moved from blind to dev (split.yaml `moved`; reserve empty, blind 25). On the new sets, with
    # main as it was right after the move (992b416), blind measured events 0.457/0.364, units
    # 0.700/0.226, staffing 0.062/0.038, duty_moves 0.250/0.077. Every floor below is the figure
    # measured on 2026-12-06 after the session's branches (frames, moves, staffing, dates, units)
    # less 0.02, rounded down: blind events 0.500/0.409, units 0.692/0.290, staffing 0.062/0.038,
    # duty_moves 0.727/0.615; dev events 0.954/0.973, units 0.946/0.929, staffing 0.985/0.942.
    # Ninth session: report-qingdao-shibei-2017-jiedao moved to dev (blind 24); right after the move
    # blind measured events 0.556/0.455, units 0.714/0.323, staffing 0.455/0.263, duty_moves 0.727/0.615,
    # dev staffing 0.921/0.921 (the moved document's figures for a class of 街道办事处 got an owner; 1.000/1.000
    # after the place_class_no_owner construction); the floors below still hold.
    ("dev", "events"): (0.97, 0.97),  # h9-events: measured 0.996/0.996 less 0.02, rounded down
    ("dev", "units"): (0.94, 0.92),  # h8-units: measured 0.960/0.947 less 0.02
    ("dev", "duties"): (0.98, 0.98),
    ("dev", "duty_moves"): (0.98, 0.98),
    # thirteenth session: yearbook-feicheng-xiangzhen moved from blind to dev (split.yaml `moved`); with it dev
    # staffing measured 0.975/0.908 (its township figures of 事业编制 and posts read as plain 编制 or not at all):
    # the set changed, so the floor is the new figure less 0.02
    ("dev", "staffing"): (0.95, 0.88),
    ("dev", "boundaries"): (0.98, 0.98),
    ("blind", "events"): (0.48, 0.38),
    ("blind", "units"): (0.67, 0.27),
    ("blind", "duty_moves"): (0.70, 0.59),
    ("blind", "staffing"): (0.04, 0.01),
    ("blind", "boundaries"): (0.98, 0.58),
}
ENUMS = {
    "parent_relation": {None, "管理", "代管", "所属", "内设", "派出", "领导", "主管"},
    "type": {"establish", "re_form", "abolish", "merge_into", "rename", "transfer_duty", "transfer_unit",
             "add_sign", "remove_sign", "upgrade", "downgrade", "change_kind", "co_locate"},
}


def _all_gold() -> list[Path]:
    return gs.dev_files() + gs.blind_files() + sorted((gs.GOLD_DIR / "reserve").glob("*.yaml"))


def _require_docs() -> None:
    # the gold standard and the documents it scores are part of every run: never skip silently
    if not gs.dev_files() or not gs.blind_files():
        pytest.fail("no gold files under tests/gold")
    if not (shared_dir() / "corpus").is_dir():
        pytest.fail(f"the development documents are not under {shared_dir()} (../shared must sit beside the clone)")


def test_duty_transfers_are_scored_per_giver_and_receiver() -> None:
    """One event with two givers and two events of one giver each state the same facts; every pair
    must still be right (a wrong giver is a miss and a false row), and other events stay whole."""
    grouped = gs.event_rows("transfer_duty", ("甲局", "乙局"), ("丙局",), "2019")
    split = gs.event_rows("transfer_duty", ("甲局",), ("丙局",), "2019") + gs.event_rows("transfer_duty", ("乙局",), ("丙局",), "2019")
    assert sorted(grouped) == sorted(split) and len(grouped) == 2
    wrong = gs.event_rows("transfer_duty", ("甲局", "丁局"), ("丙局",), "2019")
    assert len(set(wrong) & set(split)) == 1
    assert gs.event_rows("establish", ("甲局", "乙局"), ("丙局",), None) == [("establish", ("甲局", "乙局"), ("丙局",), None)]
    assert gs.event_rows("transfer_duty", (), ("丙局",), None) == [("transfer_duty", (), ("丙局",), None)]
    # no giver written, two receivers: one row per receiver, still without a giver
    assert gs.event_rows("transfer_duty", (), ("丙局", "丁局"), None) == [("transfer_duty", (), ("丙局",), None),
                                                                     ("transfer_duty", (), ("丁局",), None)]


def test_the_peoples_government_is_written_both_ways() -> None:
    """省政府 and 省人民政府 name one body, also inside a longer name; other differences still count."""
    assert gs.same_name("福建省政府", "福建省人民政府")
    assert gs.same_name("宣城市人民政府办公室", "宣城市政府办公室")
    assert not gs.same_name("宣城市人民政府", "宣城市人民政府办公室")
    assert not gs.same_name("福建省政府", "福建省人民政府办公厅")
    assert not gs.same_name("甲县人民政府", "乙县人民政府")


def test_gold_files_parse() -> None:
    for path in _all_gold():
        gold = yaml.safe_load(path.read_text("utf-8"))
        assert isinstance(gold, dict) and gold.get("file"), f"{path}: no file"
        for key in ("units", "events", "duties", "staffing", "boundaries"):
            assert isinstance(gold.get(key), list), f"{path.name}: {key} missing"
        for u in gold["units"]:
            assert u.get("parent_relation") in ENUMS["parent_relation"], f"{path.name}: {u}"
        for e in gold["events"]:
            assert e["type"] in ENUMS["type"], f"{path.name}: {e['type']}"


# the keys a gold entry may carry; a flow-style entry whose text holds an unquoted ASCII comma
# ("{from: A, text: X,Y}") parses into a cut text and a stray key "Y"
ENTRY_KEYS = {
    "duties": {"unit", "text"},
    "event_duties": {"from", "text"},
}


def test_dev_gold_entries_are_not_cut_by_a_comma() -> None:
    """Dev gold only: blind gold is checked by whoever may read it (its hash is fixed)."""
    for path in gs.dev_files():
        gold = yaml.safe_load(path.read_text("utf-8"))
        for d in gold["duties"]:
            assert set(d) <= ENTRY_KEYS["duties"], f"{path.name}: {d}"
        for e in gold["events"]:
            for d in e.get("duties") or []:
                assert set(d) <= ENTRY_KEYS["event_duties"], f"{path.name}: {d}"


def test_split_is_kept() -> None:
    split = yaml.safe_load(gs.SPLIT_FILE.read_text("utf-8"))
    blind = {Path(p).stem for p in split["blind"]}
    reserve = {Path(p).stem for p in split["reserve"]}
    # 25 while the reserve held documents; 24 since report-qingdao-shibei-2017-jiedao moved to dev
    # with the reserve empty (split.yaml `moved`, 2026-12-06); 23 since yearbook-feicheng-xiangzhen moved to dev
    # (2026-12-07), the reserve still empty; 22 since division-luohe-2011-chengshiguanli moved to dev (2026-12-08)
    assert len(blind) >= 22
    assert blind == {p.stem for p in gs.blind_files()}, "blind gold files differ from split.yaml"
    assert reserve == {p.stem for p in (gs.GOLD_DIR / "reserve").glob("*.yaml")}
    dev = {p.stem for p in gs.dev_files()}
    assert not dev & (blind | reserve), "a blind or reserve document has dev gold"


def test_blind_gold_unchanged() -> None:
    """The blind gold was committed before extraction work on it; an edit shows here (a move
    to dev is recorded in split.yaml together with a new hash)."""
    assert gs.blind_hash() == gs.BLIND_HASH_FILE.read_text("utf-8").strip()


def test_every_document_has_gold() -> None:
    _require_docs()
    shared = shared_dir()
    docs = {p.stem for p in (shared / "corpus").glob("*.txt")} | {p.stem for p in (shared / "seeds").glob("*.txt")}
    have = {p.stem for p in _all_gold()}
    assert not docs - have, f"documents without gold: {sorted(docs - have)}"


@pytest.mark.report
def test_gold_scores() -> None:
    _require_docs()
    dev = gs.score_set("dev", gs.dev_files())
    blind = gs.score_set("blind", gs.blind_files())
    print(gs.report(dev, blind))
    failures = []
    for (name, kind), (p_floor, r_floor) in FLOORS.items():
        total = (dev if name == "dev" else blind).total(kind)
        if total.precision < p_floor or total.recall < r_floor:
            failures.append(f"{name} {kind}: P {total.precision:.3f} (floor {p_floor}), R {total.recall:.3f} "
                            f"(floor {r_floor})")
    assert not failures, "extraction got worse:\n" + "\n".join(failures)
