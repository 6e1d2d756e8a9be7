"""Who holds a list of duty items whose intro names no body (eleventh session).

* ``described_subject``: "X是…的机动队伍。其主要职责：" / "X是市政府的派出机构，…。主要工作职责是："
  — the body the sentence before the intro (or the intro's own sentence) describes as what it is.
* ``class_members``: "其他各分局主要职责：" — every member of a list introduced before ("下设A分局、
  B分局、C分局") whose name ends with the class word, less (with 其他/其余) those that already got
  their own items.
* ``entry_name``: an encyclopedia entry's field line "中文名：X" names the page's body.
* ``heading_owner``: a heading line naming the body whose duties follow ("一、市场监管局职责").
* ``after_topic_label``: an item opening with a topic label ("（一）人才工作。负责…", "（二）政策研究：拟订…"):
  the label is no duty.
* ``item_subject``: a body named at the head of a duty item — its subject ("1.政务服务中心负责…") or a
  label ("（一）县档案馆：负责…").
"""

from __future__ import annotations

import re

from kg.model import Mention

from .common import Ctx, as_name

# a body described as what it is: "X是/为/系…机构/单位/部门/队伍/机关/组织"
_DESCRIBED = re.compile(r"(?P<name>[\u4e00-\u9fff（）()]{2,30}?)(?:是|为|系)(?!指)"
                        r"(?=[^。；;]{0,60}?(?:机构|单位|部门|队伍|机关|组织|派出|建制镇|[县市区]辖[镇乡]|民族乡))")
# the tail of a body's name, for bodies a page names without place or host ("直属分局", "街道办事处")
_BODY_TAIL = re.compile(r"(?:办事处|分局|支队|大队|中队|中心|所|站|局|委员会|办公室|院|馆|处|科|镇|乡)$")
_PRONOUN = re.compile(r"(?:其|该[\u4e00-\u9fff]{0,2})$")
_CLASS = re.compile(r"(?P<other>其他|其余|其它)?各(?P<cls>[\u4e00-\u9fff]{1,4})")
_MEMBER_LIST = re.compile(r"(?:下设|设有|设立|包括)(?P<members>[^。；;：:\n]{4,200}?)(?:等[\d一二三四五六七八九十]*个[^。；;\n]{0,6})?(?=[。；;\n])")
# a body named at the head of an item: a label "县档案馆：" or the subject of 负责/承担 ("政务服务中心负责…",
# "秘书科作为核心部门，负责…", "调研科主要负责…")
_ITEM_LABEL = re.compile(r"[ \t]*(?P<name>[^：:，,。；;\s]{2,20}?)[ \t]*[：:][ \t]*(?=\S)")
_ITEM_SUBJECT = re.compile(r"[ \t]*(?P<name>[\u4e00-\u9fff（）()]{2,24}?)(?:作为[^，,。；;：:]{1,12}[，,])?"
                           r"(?:主要|具体|则|还|统一)?(?:负责|承担)")
_NO_BODY = re.compile(r"^(?:各|有关|相关|其他|其余|其它|本|我)")
_ENTRY_NAME = re.compile(r"(?:^|\n)[ \t\-•·*]*中文(?:名称|名)[ \t]*[：:][ \t]*(?P<name>[^\s，。；,;]{2,40})[ \t]*(?=\n|$)")


def _known(ctx: Ctx, name: str) -> str:
    """A name as the page's units write it in full ("直属分局" → "市城市管理行政执法局直属分局")."""
    longer = {u.unit.name for u in ctx.units if u.unit.name.endswith(name) and u.unit.name != name}
    if len(longer) == 1:
        return longer.pop()
    written = _written_longer(ctx.dt.text, name)
    if written:
        return ctx.canon(written) if callable(ctx.canon) else written
    return ctx.canon(name) if callable(ctx.canon) else name


_LEVEL = "县市区州盟旗省镇乡"
_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,20}$")


def _written_longer(text: str, name: str) -> str | None:
    """The one longer form the page writes the short name in: its level ("县政务服务中心" for "政务服务中心")
    or its host ("县市场监管局东城分局" for "东城分局") right before it; None when the page writes none or
    several ("县级政务服务中心" and "指导…" are no longer form: a level word alone or a unit name only)."""
    forms = set()
    for m in re.finditer(re.escape(name), text):
        run = _RUN_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not run:
            continue
        before = run.group(0)
        best = None
        for k in range(len(before)):
            prefix = before[k:]
            if (len(prefix) == 1 and prefix in _LEVEL) or (len(prefix) >= 3 and as_name(prefix) == prefix):
                best = prefix
                break  # the longest such prefix
        if best:
            forms.add(best + name)
    return forms.pop() if len(forms) == 1 else None


def described_subject(ctx: Ctx, text: str, intro_start: int) -> Mention | None:
    head = _PRONOUN.sub("", text[:intro_start].rstrip(" \t\n")).rstrip(" \t\n")
    # the sentence that ends right before the intro, or the intro's own sentence ("X是…，主要职责是：")
    body_end = len(head) - 1 if head.endswith("。") else len(head)
    start = max(head.rfind("。", 0, body_end), head.rfind("\n", 0, body_end)) + 1
    sentence = head[start:body_end].strip()
    m = _DESCRIBED.match(sentence)
    if not m:
        return None
    name = m.group("name")
    if not (as_name(name) == name or (_BODY_TAIL.search(name) and len(name) >= 3)):
        return None
    return Mention(_known(ctx, name))


def class_members(ctx: Ctx, who: str, intro_start: int) -> list[Mention]:
    m = _CLASS.fullmatch(who)
    if not m:
        return []
    cls = m.group("cls")
    seen: list[str] = []
    for u in ctx.units:
        name = u.unit.name
        if name.endswith(cls) and u.prov.start < intro_start and name not in seen:
            seen.append(name)
    if len(seen) < 2:  # the list not read as units: its members as written ("下设A大队、B大队、C大队")
        lists = list(_MEMBER_LIST.finditer(ctx.dt.text, 0, intro_start))
        members = [w for w in re.split(r"[、，,和及]", lists[-1].group("members")) if w.endswith(cls)] if lists else []
        seen = list(dict.fromkeys(_known(ctx, w) for w in members if len(w) > len(cls)))
    if m.group("other"):
        owned = {d.unit.name for d in ctx.duties}
        seen = [n for n in seen if not any(n.endswith(o) or o.endswith(n) for o in owned)]  # "东城分局" owns
    return [Mention(n) for n in seen] if len(seen) >= 2 or (seen and m.group("other")) else []


def entry_name(ctx: Ctx, text: str) -> Mention | None:
    m = _ENTRY_NAME.search(text)
    name = as_name(m.group("name")) if m else None
    if not m or not name or name != m.group("name"):
        return None
    return Mention(ctx.canon(name) if callable(ctx.canon) else name)


def _is_body(name: str) -> bool:
    return not _NO_BODY.match(name) and (as_name(name) == name or (bool(_BODY_TAIL.search(name)) and len(name) >= 3))


def item_subject(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The body named at the head of the item text[start:end], and where the item's duty text starts: after
    a label's colon ("县档案馆：负责…" → "负责…"); at the item's start for a subject (the sentence keeps it:
    "政务服务中心负责…"). None when the item opens with no body's name ("负责…", "人才工作。负责…")."""
    m = _ITEM_LABEL.match(text, start, end)
    if m and _is_body(m.group("name")):
        return m.group("name"), m.end()
    m = _ITEM_SUBJECT.match(text, start, end)
    if m and _is_body(m.group("name")):
        return m.group("name"), start
    return None


def item_owners(ctx: Ctx, text: str, items: list[tuple[int, int, int]],
                owner: Mention | None) -> list[tuple[Mention | None, int, int, int]]:
    """(owner, number, duty start, end) of each item of a duty list whose list owner is ``owner``:
    * items labelled with two bodies or more ("（一）县档案馆：负责…（二）县史志办：负责…") are each their
      labelled body's (an unlabelled item goes with the label before it);
    * a list without an owner whose first item names a body as its subject or label ("1.政务服务中心负责…⏎
      2.负责…") is that body's.
    Otherwise every item is ``owner``'s, as written."""
    named = [item_subject(text, s, e) for _, s, e in items]
    labels = {n[0] for n, (_, s, _e) in zip(named, items, strict=True) if n is not None and n[1] != s}
    if len(labels) >= 2:
        out: list[tuple[Mention | None, int, int, int]] = []
        current: Mention | None = None
        for n, (number, s, e) in zip(named, items, strict=True):
            if n is not None and n[1] != s:
                current = Mention(_known(ctx, n[0]))
                s = n[1]
            out.append((current, number, s, e))
        return out
    if owner is None and named[0] is not None:
        first = Mention(_known(ctx, named[0][0]))
        return [(first, number, named[0][1] if k == 0 else s, e) for k, (number, s, e) in enumerate(items)]
    return [(owner, number, after_topic_label(text, s, e), e) for number, s, e in items]


# a topic label: a few words naming the item's matter, closed by 。 or a colon, then the duties
_TOPIC_LABEL = re.compile(r"[ \t]*(?P<label>[\u4e00-\u9fff、与和及]{2,12})[ \t]*(?:[：:]|。(?=[ \t]*[\u4e00-\u9fff]))")
# what a duty sentence opens with (a label opening so is a short duty: "负责反垄断统一执法。")
_DUTY_VERB = re.compile(r"^(?:负责|承担|承办|组织|指导|拟订|拟定|起草|制定|制订|贯彻|执行|监督|管理|协调|参与|参加|配合|协助|"
                        r"开展|推进|推动|做好|完成|落实|研究|审核|审查|审批|编制|统筹|牵头|办理|受理|发布|建立|实施|保障|"
                        r"会同|依法|按照|根据|对|为|指导|联系|归口|主管|综合管理|统一|加强|完善|维护|保护|培育|促进|宣传)")


def after_topic_label(text: str, start: int, end: int) -> int:
    """Where an item's duty text starts: after a topic label that opens it ("人才工作。负责…" /
    "政策贯彻与规划拟订：贯彻…"; the label opens with no duty verb and the item goes on after it), else at
    its start."""
    m = _TOPIC_LABEL.match(text, start, end)
    if not m or _DUTY_VERB.match(m.group("label")) or _is_body(m.group("label")):
        return start
    rest = m.end()
    while rest < end and text[rest] in " \t\n":
        rest += 1
    return rest if rest < end and re.match(r"[\u4e00-\u9fff]", text[rest]) else start


def heading_owner(ctx: Ctx, name: str) -> Mention | None:
    """The body a duty heading names ("一、市场监管局职责", "X机构职能"), None for a heading of no body."""
    name = name.strip()
    return Mention(_known(ctx, name)) if _is_body(name) else None
