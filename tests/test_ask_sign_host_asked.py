""""X挂到哪个单位了", "X是挂在A还是B": where the sign X hangs (隶属, sign mode), not X's manager
nor how A and B overlap. 挂到 / 挂于 ask the host as 挂在 does; an either-or of two hosts asks
which one carries the sign.

The documents are written here in the genre and go through the real ingest pipeline."""

from __future__ import annotations

import pytest

from queries.ask import ask
from tests.test_ask_data import ingested_store

_PLAN = """# title: 石泉县机构改革实施方案（2019年3月1日）
石泉县机构改革实施方案
（2019年3月1日）
（一）组建县农业农村局，作为县政府工作部门。县农业农村局加挂县乡村振兴局牌子。
（二）县人民政府办公室加挂县金融工作办公室牌子。
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    s = ingested_store(tmp_path_factory.mktemp("docs"), tmp_path_factory.mktemp("kg"), {"plan.txt": _PLAN})
    yield s
    s.close()


@pytest.mark.parametrize("question, host", [
    ("石泉县乡村振兴局挂到哪个单位了？", "石泉县农业农村局"),
    ("石泉县乡村振兴局的牌子挂于哪个部门", "石泉县农业农村局"),
    ("石泉县乡村振兴局是挂在县政府办还是农业农村局？", "石泉县农业农村局"),
    ("石泉的县金融工作办公室牌子是挂在农业农村局还是县政府办公室啊", "石泉县人民政府办公室"),
])
def test_where_the_sign_hangs(store, question: str, host: str) -> None:  # type: ignore[no-untyped-def]
    result = ask(store, question)
    assert result["intent"] == "parent", result
    assert [u["name"] for u in result["units"]][:1] == [host], result["answer"]


@pytest.mark.parametrize("question", ["Ｕ挂到哪个单位了", "Ｕ的牌子挂于哪个部门", "2021年Ｕ挂到哪了"])
def test_hung_to_is_a_sign_cue(question: str) -> None:
    from queries.ask.intents import Intent, mode_of

    assert mode_of(Intent.PARENT, question) == "sign"
    assert mode_of(Intent.UNIT_INFO, question) == "sign"
