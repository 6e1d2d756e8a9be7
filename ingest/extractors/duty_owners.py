"""Who holds a list of duty items whose intro names no body (eleventh session).

* ``described_subject``: "X是…的机动队伍。其主要职责：" / "X是市政府的派出机构，…。主要工作职责是："
  — the body the sentence before the intro (or the intro's own sentence) describes as what it is.
* ``class_members``: "其他各分局主要职责：" — every member of a list introduced before ("下设A分局、
  B分局、C分局") whose name ends with the class word, less (with 其他/其余) those that already got
  their own items.
* ``entry_name``: an encyclopedia entry's field line "中文名：X" names the page's body.
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
_ENTRY_NAME = re.compile(r"(?:^|\n)[ \t\-•·*]*中文(?:名称|名)[ \t]*[：:][ \t]*(?P<name>[^\s，。；,;]{2,40})[ \t]*(?=\n|$)")


def _known(ctx: Ctx, name: str) -> str:
    """A name as the page's units write it in full ("直属分局" → "市城市管理行政执法局直属分局")."""
    longer = {u.unit.name for u in ctx.units if u.unit.name.endswith(name) and u.unit.name != name}
    if len(longer) == 1:
        return longer.pop()
    return ctx.canon(name) if callable(ctx.canon) else name


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
    if not name or name != m.group("name"):
        return None
    return Mention(ctx.canon(name) if callable(ctx.canon) else name)
