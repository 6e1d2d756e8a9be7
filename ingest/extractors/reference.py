"""Bodies referred to without their names, resolved to the names written before them.

A reform text names a body once and then refers to it: by a demonstrative and its ending ("该局撤销"), by a
count of the bodies just named ("两室合并为县档案馆", "以上3个部门不再保留"), by their endings in a pair
("局、馆合署办公"), by 前者/后者, or by 其 before what it owns ("其职能并入Y"). The readers read names; this
module gives them the sentence with each such word replaced by the name(s) it stands for, so that every
reader (constructions and the clause frame reader alike) reads the resolved clause:

* a referring word stands for the nearest body named before it whose ending matches (局 for 该局, 委 or
  委员会 for 该委, any body for 该机构/该单位/该部门), in the sentence first, then in the sentences before it
  on the same line or the line before (at most four sentences back);
* a count (两/二/三/…/N + 个/家 + ending) stands for that many distinct bodies named before, nearest first,
  written back in the order the text named them; fewer bodies than the count: nothing is resolved;
* bodies written distributively ("县委、县人委各设有档案室1个") are named too (县委档案室, 县人委档案室).

Only a referring word whose clause goes on with an event verb (撤销, 合并, 更名, 合署办公, 划入 …) is replaced:
descriptions and figures after 该X ("该局为…", "核定该局…") are read by their own constructions. The
copy keeps the original's offsets and index: provenance is always the document's own sentence.

Those constructions, and every other reader of a body written by its ending alone ("局内设…", "该中心系…", "我中心
核定…"), ask the one resolver here, ``referred_body(ctx, head, order)``: the first body that ending can stand for
(``matches``) among the sources the reader trusts, in the order it trusts them (the bodies named so far, those the
document formed, its focus, or the reader's own names).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from .common import Ctx, Sentence, as_name, find_names

# endings a referring word can carry; longest first
_HEADS = ("委员会", "办公室", "中心", "机构", "单位", "部门", "机关", "部委",
          "局", "委", "办", "部", "厅", "署", "院", "馆", "站", "所", "队", "处", "室", "科", "股", "组", "社")
_HEAD = "|".join(_HEADS)
_ANY_BODY = {"机构", "单位", "部门", "机关", "部委"}
_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# "两所学校", "该所学校": the ending word opens a longer noun, no body of that ending
_NOUN_GOES_ON = r"学校|学院|医院|企业|公司|工厂|区域|地区|地方|项目|人员|干部|同志"
_CUE = re.compile(rf"前身|各设|各建立|各成立|该|此|前者|后者|其|上述|以上|这些|前述|新组建的|新成立的|新设立的|[两二三四五六七八九十\d](?:个|家)?(?:{_HEAD})|[局馆委办科室站所院队][、与和]?[局馆委办科室站所院队]")
# the clause after the referring word states an event
_EVENT_VERB = re.compile(
    r"撤销|撤消|撤并|不再保留|不再设立|合并|并入|整合|重组|组建|成立|设立|更名|改名|改称|改为|复名|升格|降格|"
    r"合署办公|合属办公|分设|分开|分离|划入|划归|划转|划出|移交|承担|加挂|挂牌|揭牌|保留|挂在|设在")
_OWN_SETUP = re.compile(r"总监|一职|\d+\s*名|编制|职数|内设|下设")
_PERSON_AFTER = re.compile(r"(?:局长|主任|书记|负责人|领导|干部|职工|工作人员|成员|长)")
# 该局 / 此中心 (not 应该, 该县, 本局: the document's own unit is read elsewhere)
_DEMONSTRATIVE = re.compile(rf"(?<!应)(?:该|此(?!处|时|外|前|后|次|举))(?P<head>{_HEAD})(?!{_NOUN_GOES_ON})")
# 两室 / 以上3个部门 / 这两个委员会 / 三局 opening a clause (not "下设三个中心：", a list announced)
_COUNT = re.compile(
    rf"(?:^|(?<=[，；。：、,;\s])|(?<=将|把|由|后|经))(?P<lead>这|此|上述|以上)?"
    rf"(?P<n>[两二三四五六七八九十]|\d{{1,2}})(?:个|家)?(?P<head>{_HEAD})(?![：:是为均都皆长牌]|{_NOUN_GOES_ON})")
# "X的前身为Y，成立于…" / "前身为“Y”，1959年成立": the history told after it is Y's
_PREDECESSOR = re.compile(r"(?:^|(?<=[，；。\s、]))(?:[^，。；]{2,30}?的)?前身(?:是|为)“?(?P<old>[^，。；“”]{2,30}?)”?"
                          r"，(?=成立|始建|建于|组建|设立|于|[\d一二三四五六七八九〇零]{2,4}年)")
# 上述机构 / 以上单位 / 这些部门: the list named before
_THESE = re.compile(r"(?:上述|以上|这些|前述)(?P<head>机构|单位|部门|机关)(?![：:])")
# 新组建的局 / 新成立的中心: the body of that ending formed last (not 组建后的局: the merger's result, named after it)
_NEW_HEAD = re.compile(rf"(?:新组建的|新成立的|新设立的)(?P<head>{_HEAD})(?![\u4e00-\u9fff]*?(?:局|委|办|中心|厅|部|院|馆|站|所)[，。；将])")
# 局、馆合署办公 / 馆局合署办公: two endings, one body each
_PAIR = re.compile(r"(?:^|(?<=[，；。,;\s]))(?P<h1>[局馆委办科室站所院队])[、与和]?(?P<h2>[局馆委办科室站所院队])"
                   r"(?=合署办公|合属办公|合并|分设|分开|分离)")
_LATTER = re.compile(r"(?P<which>前者|后者)")
_OWNED = re.compile(r"(?:全部|部分|相关|原有)?(?:职能|职责|工作|业务|牌子)")
# 其 before what a body owns, opening a clause: "，其职能并入Y" (not 其中, 其他, 尤其, 及其)
_ITS = re.compile(r"(?:^|(?<=[，；。,;]))其(?=(?:全部|部分|相关|原有)?(?:职能|职责|工作|业务|牌子|人员|编制)[^，。；]{0,30}?"
                  r"(?:并入|划入|划归|划转|移交|交由|由|挂在|设在))")
# "县委、县人委各设有档案室1个": one body of that name for each owner
_DISTRIBUTED = re.compile(r"(?P<owners>[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+)各(?:设有|设立|设|建立|成立|有)"
                          r"(?P<head>[\u4e00-\u9fff]{1,8}?(?:室|科|股|组|办公室|站|所))(?:\d+个|[一两二三]个)?(?=，|。|；|$)")
# "三委一办", "四部一办", "两部一室": a set of bodies named by the count of each ending (a chronicle's shorthand
# for the bodies set up together before it), often in quotes; at least two endings
_SEGMENT = r"[一两二三四五六七八九十](?:委|部|办|室|组|科|局|站|所|处|股|队)"
_COMPOUND_COUNT = re.compile(rf"[“‘\"]?(?P<segs>(?:{_SEGMENT}){{2,5}})[”’\"]?")
_COMPOUND_VERB = re.compile(r"撤销|撤消|撤并|取消|不再保留|合并|并入|改为|改称|改设|恢复")
_LEADING_VERB = re.compile(r"(?:始建|复建|重建|复设|恢复|新建|建立|成立|设立|组建|设|建)(?=[县市省区州旗镇乡])")
_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|以及|，|,)?\s*")
_QUOTED = re.compile(r"“(?P<n>[\u4e00-\u9fff]{1,10}(?:办|局|委|部|厅|署|院|馆|站|所|中心))”")


def resolved(sent: Sentence, ctx: Ctx) -> Sentence:
    """The sentence with each referring word replaced by the names it stands for (the sentence itself when
    none is resolved)."""
    if ctx.about_sanding or not (_CUE.search(sent.text) or _COMPOUND_COUNT.search(sent.text)):
        return sent
    text = sent.text
    spans: list[tuple[int, int, str]] = []
    for m in _DEMONSTRATIVE.finditer(text):
        if _PERSON_AFTER.match(text, m.end()) or not _event_follows(text, m.end()):
            continue
        got = _bodies_before(sent, ctx, m.start(), m.group("head"), 1)
        if got:  # "该科职能并入Y": the body's duties ("X的职能"), as the duty readers write them
            spans.append((m.start(), m.end(), got[0] + ("的" if _OWNED.match(text, m.end()) else "")))
    for m in _COUNT.finditer(text):
        g = m.group("n")
        n = int(g) if g.isdigit() else _NUM[g]
        if n < 2 or not _event_follows(text, m.end()):
            continue
        got = _bodies_before(sent, ctx, m.start(), m.group("head"), n, listed=bool(m.group("lead")))
        if len(got) == n:
            spans.append((m.start(), m.end(), "、".join(got)))
    for m in _DISTRIBUTED.finditer(text):
        # "县委、县人委各设有档案室1个": each owner sets up its own body, named in full for the readers
        owners = [o for o in m.group("owners").split("、") if o]
        if all(find_names(o) or o.endswith(("委", "政府", "人委", "党委")) for o in owners):
            spans.append((m.start(), m.end(), "设立" + "、".join(o + m.group("head") for o in owners)))
    for m in _PREDECESSOR.finditer(text):
        # "X的前身为Y，成立于1960年7月，…": the clauses after it are about Y, the predecessor named (the
        # comma goes: "Y成立于1960年7月")
        if as_name(m.group("old")) == m.group("old"):
            spans.append((m.start(), m.end(), m.group("old")))
    for m in _THESE.finditer(text):
        if _event_follows(text, m.end()):
            got = _bodies_before(sent, ctx, m.start(), m.group("head"), None)
            if got:
                spans.append((m.start(), m.end(), "、".join(got)))
    for m in _NEW_HEAD.finditer(text):
        if _event_follows(text, m.end()):
            newest = referred_body(ctx, m.group("head"), ["established"])
            if newest:
                spans.append((m.start(), m.end(), newest))
    for m in _PAIR.finditer(text):
        one = _bodies_before(sent, ctx, m.start(), m.group("h1"), 1)
        two = _bodies_before(sent, ctx, m.start(), m.group("h2"), 1)
        if one and two and one != two:
            spans.append((m.start(), m.end(), f"{one[0]}与{two[0]}"))
    for m in _LATTER.finditer(text):
        if not _event_follows(text, m.end()):
            continue
        named = _names_in(text[:m.start()])
        if len(named) >= 2:
            spans.append((m.start(), m.end(), named[-1] if m.group("which") == "后者" else named[-2]))
    for m in _ITS.finditer(text):
        got = _bodies_before(sent, ctx, m.start(), "机构", 1)
        if got:
            spans.append((m.start(), m.end(), got[0] + "的"))
    for m in _COMPOUND_COUNT.finditer(text):
        got = _compound_bodies(ctx, m.group("segs"), text, m.start(), m.end())
        if got:
            spans.append((m.start(), m.end(), "、".join(got)))
    if not spans:
        return sent
    out, last = [], 0
    for s, e, name in sorted(spans):
        if s < last:
            continue  # overlapping readings: the first kept
        out.append(text[last:s] + name)
        last = e
    out.append(text[last:])
    return replace(sent, text="".join(out))


def _event_follows(text: str, pos: int) -> bool:
    clause = re.split(r"[，；。,;]", text[pos:], maxsplit=1)[0]
    # posts, figures and divisions the body sets up for itself ("该局还设立了食品安全总监1名") are their readers'
    return bool(_EVENT_VERB.search(clause)) and not _OWN_SETUP.search(clause)


def _names_in(text: str) -> list[str]:
    """The bodies a stretch of text names, in order: names, bodies written distributively, quoted short forms."""
    return [n for _, _, n in _spans_in(text)]


def _spans_in(text: str) -> list[tuple[int, int, str]]:
    found = [(s, e, _verb_off(n)) for s, e, n in find_names(text)]
    for m in _DISTRIBUTED.finditer(text):
        owners = [o for o in m.group("owners").split("、") if o]
        # the owners' span replaces the names found inside it ("县人委" alone is no body here); one list
        found = [f for f in found if not m.start() <= f[0] < m.end()]
        found += [(m.start() + k, m.start() + k, o + m.group("head")) for k, o in enumerate(owners)]
    for m in _QUOTED.finditer(text):
        if not any(s <= m.start() + 1 < e for s, e, _ in found) and as_name(m.group("n")) is None:
            found.append((m.start(), m.end(), m.group("n")))
    return sorted(found)


def _lists_in(text: str) -> list[list[str]]:
    """Runs of names written as one list (parted only by 、 和 及 与 以及 ，), nearest the end first."""
    runs: list[list[tuple[int, int, str]]] = []
    for span in _spans_in(text):
        if runs and _LIST_GAP.fullmatch(text[runs[-1][-1][1]:span[0]]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [[n for _, _, n in run] for run in reversed(runs)]


def _verb_off(name: str) -> str:
    """"复建县档案局" read as one name: the verb is no part of the body."""
    m = _LEADING_VERB.match(name)
    return name[m.end():] if m and as_name(name[m.end():]) == name[m.end():] else name


def _chunks(sent: Sentence, ctx: Ctx, pos: int) -> list[str]:
    """The text before ``pos`` in the sentence, then up to four sentences before it on the same line or the line
    before, nearest first."""
    chunks = [sent.text[:pos]]
    sentences = ctx.dt.sentences
    for k in range(sent.index - 1, max(-1, sent.index - 5), -1):
        prev = sentences[k]
        if sent.line - prev.line > 1:
            break
        chunks.append(prev.text)
    return chunks


def _bodies_before(sent: Sentence, ctx: Ctx, pos: int, head: str, count: int | None, *, listed: bool = False) -> list[str]:
    """Bodies with that ending named nearest before ``pos``, in the order the text named them: for a count,
    the nearest list of exactly that many such bodies (the list it counts), else the ``count`` nearest ones
    (not for ``listed``: 上述/以上 point at a list); with no count, the nearest list of two or more."""
    for chunk in _chunks(sent, ctx, pos):
        for run in _lists_in(chunk):
            names = list(dict.fromkeys(n for n in run if matches(n, head)))
            if (count is None and len(names) >= 2) or (count and count > 1 and len(names) == count):
                return names
    if count is None or (listed and count > 1):
        return []
    picked = referred_bodies(ctx, head, [written_before(sent, ctx, pos)], count)
    return picked[::-1] if len(picked) == count else []


# ---------------------------------------------------------------------------
# One resolver: the body a text writes by its ending alone
# ---------------------------------------------------------------------------

# a clause's subject written as a body's ending alone, after a year, a demonstrative or 我: "局内设…", "该中心下设…",
# "2019年局机关…", "我局本级…"
ENDING_ALONE = re.compile(r"(?:(?:19|20)\d{2}\s*年(?:度)?)?(?:该|本|我)?(?P<c>中心|[局委办院馆站所队厅署])(?:机关)?(?:本级)?")

# where a body written by its ending alone is looked for, each source newest first; a caller names the sources it
# trusts in the order it trusts them, and may put its own names among them (the page's own body, the names written
# before the word)
_SOURCES = {
    "recent": lambda ctx: reversed(ctx.recent),  # the bodies named so far, the last first
    "formed": lambda ctx: (o.name for e in reversed(ctx.events) for o in e.outputs),  # what the events formed
    "established": lambda ctx: reversed(ctx.established),  # the bodies the document formed
    "focus": lambda ctx: (ctx.focus,),  # the body the document is about
}


def matches(name: str, head: str) -> bool:
    """Whether a body can be written by ``head`` alone: its ending (委 or 委员会 for 委, 办 or 办公室 for 办), any body
    for 机构/单位/部门/机关/部委; never the bare ending itself."""
    if head in _ANY_BODY:
        return True
    if head == "委":
        return name.endswith(("委", "委员会"))
    if head == "办":
        return name.endswith(("办", "办公室"))
    return name.endswith(head) and name != head


def referred_bodies(ctx: Ctx, head: str, order: Sequence[str | Iterable[str | None]], count: int = 1) -> list[str]:
    """The ``count`` distinct bodies ``head`` can stand for, first found first, looked for in the sources of ``order``:
    a source's name (``_SOURCES``: "recent", "formed", "established", "focus") or the caller's own names, nearest
    first. Fewer when fewer are found."""
    found: list[str] = []
    for source in order:
        for name in _SOURCES[source](ctx) if isinstance(source, str) else source:
            if name and matches(name, head) and name not in found:
                found.append(name)
                if len(found) == count:
                    return found
    return found


def referred_body(ctx: Ctx, head: str, order: Sequence[str | Iterable[str | None]]) -> str | None:
    """The body a text writes by its ending alone ("该局", "本中心", "局内设A、B", "中心下设…"): the first body with that
    ending among the sources of ``order`` (``referred_bodies``); None when none has it."""
    found = referred_bodies(ctx, head, order)
    return found[0] if found else None


def written_before(sent: Sentence, ctx: Ctx, pos: int) -> Iterator[str]:
    """The bodies written before ``pos``, nearest first: in the sentence, then in up to four sentences before it on
    the same line or the line before."""
    for chunk in _chunks(sent, ctx, pos):
        yield from reversed(_names_in(chunk))


def compound_segments(segs: str) -> list[tuple[int, str]] | None:
    """"三委一办" → [(3, 委), (1, 办)]; None for a single count ("三委": read as a count of one ending)."""
    parts = [(_NUM.get(c, 1 if c == "一" else 0), h) for c, h in re.findall(r"([一两二三四五六七八九十])(.)", segs)]
    return parts if len(parts) >= 2 and all(n for n, _ in parts) else None


def _compound_bodies(ctx: Ctx, segs: str, text: str, start: int, end: int) -> list[str]:
    """The bodies a compound count stands for: the bodies one earlier sentence of the document formed together
    whose endings it counts exactly (nearest such sentence first), when its clause states an event
    ("将“三委一办”撤销", "取消“四部一办”"); none when no group fits."""
    parts = compound_segments(segs)
    clause_start = max(text.rfind(c, 0, start) for c in "，。；,;") + 1
    clause_end = min([k for k in (text.find(c, end) for c in "，。；,;") if k >= 0] or [len(text)])
    if not parts or not _COMPOUND_VERB.search(text[clause_start:start] + text[end:clause_end]):
        return []
    groups: dict[int, list[str]] = {}
    for e in ctx.events:
        if e.type.value in ("establish", "re_form"):
            for o in e.outputs:
                group = groups.setdefault(e.prov.start, [])
                if o.name not in group:
                    group.append(o.name)
    for _, names in sorted(groups.items(), reverse=True):
        if _counts_exactly(names, parts):
            return names
    return []


def _counts_exactly(names: list[str], parts: list[tuple[int, str]]) -> bool:
    """Whether every name takes one segment's ending and every segment is filled to its count (办公室 counts as 办
    or as 室, 委员会 as 委)."""
    if len(names) != sum(n for n, _ in parts):
        return False
    left = {h: n for n, h in parts}

    def fill(k: int) -> bool:
        if k == len(names):
            return all(v == 0 for v in left.values())
        for h in left:
            if left[h] and matches(names[k], h):
                left[h] -= 1
                if fill(k + 1):
                    return True
                left[h] += 1
        return False

    return fill(0)
