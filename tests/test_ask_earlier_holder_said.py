""""X以前是物价局管的，现在找谁": the earlier holder the asker names (是A管的 / 是A负责的, without
在/归/由) is the setting; the question is who holds X now. "X以前是县政府的，现在归谁" (no verb of
handling) is not such a setting."""

from __future__ import annotations

import pytest

from queries.ask.parsing import split_compound


@pytest.mark.parametrize("question, asked", [
    ("安康药品和医疗服务价格以前是物价局管的，现在找谁？", "安康药品和医疗服务价格现在找谁"),
    ("石泉县草原防火以前是林业局负责的，现在归哪个部门", "石泉县草原防火现在归哪个部门"),
    ("医疗救助原先是民政局管理的，现在哪个部门管", "医疗救助现在哪个部门管"),
    ("草原防火原来归林业局管，现在谁管", "草原防火现在谁管"),
])
def test_the_earlier_holder_is_the_setting(question: str, asked: str) -> None:
    assert split_compound(question) == [asked]


def test_a_former_owner_without_a_verb_of_handling_is_not() -> None:
    q = "石泉县林业局以前是县政府的，现在归谁"
    assert split_compound(q) == [q]
