"""Bodies a body has under it that are not its divisions (eleventh session, units11; tests
``tests/test_units11.py``).

County annals, budget reports and profile pages list a bureau's own institutions after its divisions:
"X内设A科、B股，下辖C站、D所、E馆", "下设直属单位3个，F大队、G处和H中心", "X所属管理单位有：I、J等5处县直单位",
"X现辖K站、L场…共十一个单位", "设M中队、N中队2个股级直属机构". Every listed body gets X as its parent and no
kind: the list says what X has, not what the bodies are. A list holding a division (科, 股, 室, 部, 组, 办)
after 下设 is the division readers' (``sanding._division_lists``); places (街道, 镇, 乡) are no bodies.

Names: a listed body takes the document's place (文化馆 → 宝清县文化馆); a 分局, and a 大队/支队/中队 of a police
bureau or of another 队, is written as the host's part (公安局刑侦大队, 执法大队渣土扬尘中队). A sentence opening with
a place and "设" + that place's level word ("甲区设区城市管理局，…；下设区执法大队") gives the level word its place.
"""
from __future__ import annotations

import re

from kg.model import Mention, UnitStatement

from .common import CN_NUM, Ctx, Sentence, cn_int, find_names, name_at_end, split_list_items
from .reference import ENDING_ALONE, referred_body

_LIST_RANK = r"[正副]?(?:科|股|处)级"
# the verb (and a class header with its count) before the list
_UNDER = re.compile(rf"(?P<verb>下设|下辖|现辖|下属|所属(?:管理)?单位有|直属单位有|下属单位有)"
                    rf"(?P<cls>直属单位|二级单位|下属单位|事业单位)?(?:(?P<num>{CN_NUM})个)?"
                    r"(?(num)(?P<cls2>站所|事业站所|直属单位|二级单位|下属单位|单位|基层站所)?)[，,：:]?"
                    r"(?P<list>[^。；;]{2,400})")
# "设A中队、B中队2个股级直属机构": the count, rank and class after the list
_COUNTED_AFTER = re.compile(rf"(?<![建增新开假])(?P<verb>下设|设有|设)(?P<list>[^。；;，,]{{4,300}}?)(?<![零〇一二两三四五六七八九十百千万\d])"
                            rf"(?P<num>{CN_NUM})个(?P<rank>{_LIST_RANK})?(?P<cls>直属机构|直属单位|二级单位|下属单位)")
# "…内设部门，以及A、B等直属单位": a list closed by its class, no count
_CLASS_AFTER = re.compile(r"(?:以及|及)(?P<verb>)(?P<list>[^。；;，,]{4,200}?)等(?P<num>)(?P<cls>直属单位|下属单位|二级单位|直属事业单位)")
# the end of the list: a count of the bodies ("等5处县直医疗卫生单位", "共十一个单位", "8个二级单位")
_LIST_END = re.compile(rf"(?:等|共|计)?(?<![零〇一二两三四五六七八九十百千万\d])(?P<num>{CN_NUM})(?:个|处|所|家)"
                       r"(?P<tail>[^、，,]{0,12}?(?:单位|机构))?")
_BODY_HEAD = re.compile(r"(?:分局|大队|支队|中队|总站|分站|站|所|中心|馆|院|团|场|圃|社|公司|店|台|处|局|队)$")
_DIVISION_HEAD = re.compile(r"(?:科|股|室|部|组|办|处室|科室)$")
_SINGLE_HEAD = r"(?:分局|大队|支队|中队|总站|站|所|馆|院|团|场|圃|公司)$"  # one body alone after 下设
_PLACE_HEAD = re.compile(r"(?:街道|镇|乡|村|社区|新区|科技城|农经区)$")
_OWNER_NOT_HOST = re.compile(r"(?:政府|公署|党委|党工委|[省市县区]委)$")


def opening_place(text: str) -> tuple[str, str] | None:
    """"甲区设区城市管理局，…": (甲区, 区) — the level word after 设 stands for the place written first."""
    m = re.match(r"^\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?[，,]?)?(?P<p>[\u4e00-\u9fff]{1,6}?(?P<lvl>区|县|市|旗))(?:设|下设|内设)(?P=lvl)",
                 text)
    return (m.group("p"), m.group("lvl")) if m else None


def placed(name: str, opening: tuple[str, str] | None) -> str:
    """A name opening with the level word of the place the sentence opened with takes that place."""
    if opening and name.startswith(opening[1]) and not name.startswith(opening[0]):
        return opening[0] + name[len(opening[1]):]
    return name


def _items(raw: str) -> list[tuple[str, list[str]]]:
    """Split at 、，和及 outside brackets; a bracket closing an item is its sign when it is a body's name
    ("博物馆（文物管理所）"), else a note dropped ("（参公事业）"); a bracket inside an item is dropped."""

    out = []
    for item in split_list_items(raw):
        item = re.sub(r"^(?:有|包括|为)", "", item.strip(" ：:"))
        signs: list[str] = []
        pm = re.fullmatch(r"(.+?)[（(]([^）)]{2,30})[）)]", item)
        if pm:
            item = pm.group(1)
            signs = [x for x in re.split(r"[、，,]", pm.group(2)) if _BODY_HEAD.search(x) and len(x) >= 3]
        item = re.sub(r"[（(][^）)]*[）)]", "", item)
        out.append((item, signs))
    return out



def _host(sent: Sentence, text: str, left: str, ctx: Ctx) -> str | None:
    stripped = left.rstrip(" ，,；;")
    host = name_at_end(left.rstrip())
    if host and left.rstrip().endswith(host):
        return host  # "X下设A、B": the host written right before the verb
    clause = re.split(r"[，,；;]", stripped)[-1] if stripped else ""
    referred = ENDING_ALONE.fullmatch(clause.strip())
    if referred and stripped.endswith(clause):  # "局下设A站": the last body named with that ending
        before = [n for _, _, n in reversed(find_names(left)) if n not in ctx.divisions]
        return referred_body(ctx, referred.group("c"), [before, "recent"])
    prov = ctx.prov(sent)
    hosts = [u.parent.name for u in ctx.units if u.kind == "内设机构" and u.parent and u.prov == prov]
    if hosts and stripped:  # "X内设A、B；下设C": the host of the divisions just listed
        return hosts[-1]
    named = find_names(text)
    opening = re.match(r"^\s*(?:(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?[，,]?\s*)?", text)
    if named and stripped and named[0][0] <= (opening.end() if opening else 0) + 4 and named[0][1] <= len(left) \
            and named[0][2] not in ctx.divisions:
        return named[0][2]  # "X编制7人，内设…；下辖…": the body the sentence opens with
    if not stripped:
        return ctx.described if ctx.described and ctx.described_at >= sent.index - 2 else (ctx.recent[-1] if ctx.recent else None)
    return None


def _name(item: str, host: str, ctx: Ctx, opening: tuple[str, str] | None) -> str:
    item = placed(item, opening)
    if re.match(r"^(?:[省市县区州旗]|中国|中央|国家)", item):
        return item
    full = ctx.full(host)
    if item.endswith("分局") or (re.search(r"(?:大队|支队|中队)$", item) and re.search(r"(?:公安局|公安分局|队)$", full)):
        return full + item  # a police bureau's 刑侦大队, a 队's 中队: written as the host's part
    return item


def subordinate_bodies(sent: Sentence, text: str, ctx: Ctx) -> None:
    opening = opening_place(text)
    for m in (*_UNDER.finditer(text), *_COUNTED_AFTER.finditer(text), *_CLASS_AFTER.finditer(text)):
        counted_after = m.re is not _UNDER
        raw = m.group("list")
        count = cn_int(m.group("num")) if m.group("num") else None
        cls = m.group("cls") or m.groupdict().get("cls2")  # "下辖3个站所：A、B、C" (sixteenth session)
        if not counted_after:
            if not cls and re.match(r"\d|[零〇一二两三四五六七八九十]+个", raw):
                continue  # "下辖6个街道": a count of places, no list
            end = _LIST_END.search(raw)
            if end and (end.group("tail") or not count):
                raw, count, cls = raw[:end.start()], count or cn_int(end.group("num")), cls or end.group("tail")
            elif not cls and "，" in raw:
                raw = raw.split("，")[0]
        if re.match(rf"(?:{_LIST_RANK})?事业单位", raw):
            continue  # "下设股级事业单位A、B": the institutions reader's (``sanding._institutions``)
        raw = re.sub(r"等(?:部门|单位|机构|科室)$", "", raw.strip())
        items = _items(raw)
        names = [i for i, _ in items]
        single = len(items) == 1 and m.group("verb") in ("下设", "下辖") and re.search(_SINGLE_HEAD, names[0])
        if single and (count or 1) > 1:
            continue  # "下设4个执法中队，分别为：…": a count of a class, no body of the class's name (sixteenth session)
        if (len(items) < 2 and not single) or any(not re.fullmatch(r"[\u4e00-\u9fff]{2,24}", n) for n in names):
            continue
        if any(_PLACE_HEAD.search(n) for n in names):
            continue  # "下辖6个街道、5个镇": places, no bodies
        if cls and "内设" in cls:
            continue  # "下设A科、B室4个内设机构": divisions
        if m.group("verb") in ("下设", "设", "设有") and not (cls and re.search(r"单位|直属", cls)) and \
                (any(_DIVISION_HEAD.search(n) for n in names) or all(n.endswith("处") for n in names)):
            continue  # the division readers' list
        if cls and count:
            if count != len(items) and not (m.group("verb") in ("下辖", "现辖") and abs(count - len(items)) <= 1):
                continue
        elif not all(_BODY_HEAD.search(n) for n in names):
            continue
        host = _host(sent, text, text[:m.start()], ctx)
        if not host or _OWNER_NOT_HOST.search(host):
            continue  # a government's bodies are the sequence readers'
        host = placed(host, opening)
        rank = m.groupdict().get("rank")
        prov = ctx.prov(sent)
        for item, signs in items:
            name = _name(item, host, ctx, opening)
            if name == host:
                continue
            ctx.units.append(UnitStatement(Mention(name), prov, rank=rank, parent=Mention(host),
                                           parent_relation="所属", signs=[placed(s, opening) for s in signs]))
        ctx.mark(sent)
    if "、" in text:
        shared_head_bodies(sent, text, ctx)


# (sixteenth session, lists) "下设城关、东河、西河财税所" / "下设城关、新集两个工商所": bare words sharing one class head, each
# with the head one body; the head is a body's class (its ending a body's), the words no names of their own
_BARE_WORD = r"[\u4e00-\u9fff]{2,4}(?:[（(][^（）()、，,]{1,8}[)）])?"
_SHARED_HEAD = re.compile(rf"(?<![建增新开假])(?P<verb>下设|下辖|设立|设有|设置|设)(?P<list>(?:{_BARE_WORD}、)+)"
                          r"(?P<tail>[\u4e00-\u9fff（）()\d]{3,24}?)(?=和|及|以及|[，,。；;]|$)")
_TAIL_COUNT = re.compile(rf"^(?P<last>{_BARE_WORD}?)(?:等)?(?<![零〇一二两三四五六七八九十百千万\d])(?P<num>{CN_NUM})个(?P<head>.+)$")
_CLASS_HEAD = re.compile(r"(?:分局|分所|分站|大队|支队|中队|总站|站|所|院|馆|中心|处|场|圃)$")
_OWN_ENDING = re.compile(r"(?:局|所|站|队|科|股|室|处|院|馆|中心|部|办|委|会|镇|乡|村|区|县|市|省)$")
_NOTE = re.compile(r"[（(][^（）()]*[)）]")


def shared_head_items(listed: str, tail: str) -> tuple[list[str], str] | None:
    """The words of "城关、东河、西河财税所" ("城关、东河、" and "西河财税所") and their shared head: the head after the
    count when one is written ("西河3个税务所"), else after a last word as long as most words before it; None when
    the head is no class of bodies, a word is a name of its own, or a count is not the number of words."""
    words = [_NOTE.sub("", w) for w in listed.split("、") if w]
    tail = _NOTE.sub("", tail)
    counted = _TAIL_COUNT.match(tail)
    if counted:
        last, head = counted.group("last"), counted.group("head")
        words.append(last)
        if cn_int(counted.group("num")) != len(words):
            return None
    else:
        lengths = sorted(len(w) for w in words)
        size = max(set(lengths), key=lambda n: (lengths.count(n), -n))
        last, head = tail[:size], tail[size:]
        words.append(last)
    if len(words) < 2 or len(head) < 2 or not _CLASS_HEAD.search(head):
        return None
    if any(not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", w) or _OWN_ENDING.search(w) for w in words):
        return None
    return words, head


def shared_head_bodies(sent: Sentence, text: str, ctx: Ctx) -> None:
    """"1975年，县财税局成立，下设城关、东河、西河财税所" / "县工商局下设城关、新集两个工商所": each word with the shared
    head is a body under the host (parent, 所属), as a county annal writes a bureau's stations by their places."""
    opening = opening_place(text)
    for m in _SHARED_HEAD.finditer(text):
        read = shared_head_items(m.group("list"), m.group("tail"))
        if not read:
            continue
        host = _host(sent, text, text[:m.start()], ctx)
        if not host or _OWNER_NOT_HOST.search(host):
            continue
        host = placed(host, opening)
        words, head = read
        prov = ctx.prov(sent)
        for word in words:
            ctx.units.append(UnitStatement(Mention(_name(word + head, host, ctx, opening)), prov, parent=Mention(host),
                                           parent_relation="所属"))
        ctx.mark(sent)


def is_subordinate_list(verb: str, items: list[str]) -> bool:
    """A 下设/下辖 list every item of which is a body that is no division (分局, 大队, 站, 所…): not divisions."""
    return bool(re.search(r"下设|下辖|现辖", verb)) and len(items) >= 2 and all(
        re.search(r"(?:分局|大队|支队|中队|总站|站|所|馆|院|团|场|圃|公司|队)$", i) for i in items)
