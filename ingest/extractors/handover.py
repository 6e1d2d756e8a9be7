"""A duty handed over between two bodies, as reform news reports the hand-over (seventeenth session).

When a reform moves a duty, the giving and the receiving bodies hold a hand-over (移交) that the news reports with
its own constructions, the giver before 向 and the receiver after it:

    "2014年1月3日，省商务厅向省农业厅移交生猪屠宰监督管理职责。"          (the duty handed over)
    "市商务局与市农业局完成了生猪屠宰监督管理职责移交工作。"              (both bodies, the duty before 移交)
    "会上县商务局向县农业农村局移交了屠宰行业监管档案目录。"              (the duty's files: the duty is the one the
                                                                          report names as moving, "…职能移交")

Each is a ``transfer_duty`` from the giver to the receiver with the duty's words. Files, seals or lists handed over
with no duty named anywhere in the report as moving give nothing (an archive's transfer of records is no reform).
"""

from __future__ import annotations

import re

from kg.model import DutyMove, EventType, Mention

from .common import Ctx, Sentence, as_name, name_at_end

_DUTY_END = r"(?:职责|职能|工作职责)"
# "A向B移交(了)X" (正式/顺利/全面 before the verb)
_TO = re.compile(r"(?P<a>[^，。；：]{2,40}?)(?:正式|顺利|全面)?向(?P<b>[^，。；：]{2,40}?)(?:正式|顺利|全面)?移交(?:了)?"
                 r"(?P<x>[^，。；]{2,60}?)(?=[，。；]|$)")
# "A与B完成(了)X职责(的)移交(工作)"
_TOGETHER = re.compile(r"(?P<a>[^，。；：]{2,40}?)与(?P<b>[^，。；：]{2,40}?)(?:正式|顺利)?完成(?:了)?(?P<x>[^，。；]{2,60}?"
                       + _DUTY_END + r")(?:的)?移交(?:工作)?")
# what a report names as moving: "畜禽屠宰行业管理职能移交座谈会"
_MOVING = re.compile(r"(?:^|[，。；：\s“])(?:区|县|市|省)?(?P<x>[^，。；：\s“”]{2,30}?" + _DUTY_END + r")(?:的)?(?:移交|划转)")
_FILES = re.compile(r"材料|档案|资料|清单|印章|公章|文件")


def _body(text: str) -> str | None:
    text = re.sub(r"^(?:会上|会议上|随后|当天|同时|并|由)", "", text.strip())
    return as_name(text) if as_name(text) == text else name_at_end(text)


def handover_facts(sent: Sentence, ctx: Ctx) -> None:
    """The hand-over of a duty between two bodies (module docstring)."""
    from .reform import _event

    if "移交" not in sent.text:
        return
    for pattern in (_TO, _TOGETHER):
        for m in pattern.finditer(sent.text):
            giver, receiver = _body(m.group("a")), _body(m.group("b"))
            if not giver or not receiver or ctx.full(giver) == ctx.full(receiver):
                continue
            duty = m.group("x").strip()
            if not re.search(_DUTY_END + "$", duty):
                moving = _MOVING.search(ctx.title + "\n" + ctx.dt.text) if _FILES.search(duty) else None
                if not moving:
                    continue
                duty = moving.group("x")
            if any(e.type is EventType.TRANSFER_DUTY and [ctx.full(i.name) for i in e.inputs] == [ctx.full(giver)]
                   and [ctx.full(o.name) for o in e.outputs] == [ctx.full(receiver)] for e in ctx.events):
                continue  # the move itself was read already ("X职能由A移交B")
            _event(ctx, sent, EventType.TRANSFER_DUTY, [giver], [receiver], duties=[DutyMove(Mention(giver), duty)])
