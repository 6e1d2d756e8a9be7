"""三定 regulations (《X职能配置、内设机构和人员编制规定》) and reports about them.

Two parts:

* ``parse_structure``: the article structure of a 三定 text — the 主要职责 items （一）（二）…
  become one DutyStatement per sentence; 职能转变 items are skipped; 职责分工 items become
  BoundaryStatements; "设下列内设机构：（一）办公厅。负责…" gives the divisions and their duties.
* ``unit_facts``: sentence patterns that state what a unit *is*, used in every document:
  "X是国务院组成部门，为正部级，对外保留Y牌子"; "是Z管理的国家局"; "国务院组成部门包括…";
  "作为X的派出机构"; "还管理A、B"; lists of internal divisions ("内设机构包括办公厅、…等27个司局").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from kg.model import BoundaryStatement, DutyStatement, Mention, StaffingStatement, UnitStatement
from kg.text import split_sentences

from . import duty_owners
from .common import (
    CN_NUM,
    RANK_RE,
    Ctx,
    Sentence,
    as_name,
    cn_int,
    distribute_places,
    find_names,
    is_unit_name,
    kind_phrase,
    name_at_end,
    name_at_start,
    names_in_list,
    norm_rank,
    split_list_items,
    strip_item_number,
)
from .reference import ENDING_ALONE, referred_body
from .subordinates import is_subordinate_list, opening_place, placed, shared_head_items, subordinate_bodies

SANDING_TITLE = re.compile(r"(.{2,40}?)(?:(?:主要)?职能配置|主要职责)[、，]?内设机构和人员编制(?:规定|方案)")
_ARTICLE = re.compile(r"(?:^|\n|。)\s*(第[一二三四五六七八九十百]+条)")
# 2008-style 三定 texts use headings "一、职能转变 / 二、主要职责 / 三、内设机构 / 四、人员编制"; the 2000
# round opens with "一、职能调整" ("（一）划出的职能。…（二）转变的职能。…").
_HEADING = re.compile(r"(?:^|\n)\s*([一二三四五六七八九十]+、)\s*"
                      r"(?:职能转变|职责调整|职能调整|主要职责|内设机构|人员编制|其他事项|附则|有关职责分工)")
_ITEM = re.compile(r"[（(]([一二三四五六七八九十]+)[)）]")
# the heading "二、主要职责" on a line of its own, or with its first item on the same line ("一、主要职责（一）…");
# a sub-heading "（一）主要职责" (its items then numbered 1. 2.); a line "主要职责" alone (a copy without numbers)
# (tenth session) an article headed "第三条 主要职责", and an article whose paragraph ("第三条 X贯彻落实…。") is
# followed by the items on the next line with no "主要职责是：" lead (a copy that dropped it)
_DUTIES_INTRO = re.compile(r"主要职责(?:是|为|如下|包括)?[：:]|"
                           r"(?:^|\n)\s*[一二三四五六七八九十]+、\s*主要职责[ \t]*(?=\n|[（(][一二三四五六七八九十]+[)）])|"
                           r"(?:^|\n)[ \t]*(?P<sub>[（(][一二三四五六七八九十]+[)）])?[ \t]*主要职责[ \t]*(?=\n)|"
                           r"(?:^|\n)[ \t]*第[一二三四五六七八九十]+条[ \t]*主要职责[ \t]*(?=\n|[（(]一[)）])|"
                           r"(?:^|\n)[ \t]*第[一二三四五六七八九十]+条(?![^\n]*(?:职能转变|转变职能|内设机构|编制))"
                           r"[^\n]*?贯彻(?:落实|执行)[^\n]*。[ \t]*(?=\n[ \t]*[（(]一[)）])")
# the sections of a 三定 copied without their numbers, or numbered as sub-headings: lines "主要职责" /
# "（二）职能转变" / "内设机构" / "人员编制…" alone
_BARE_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:[（(][一二三四五六七八九十]+[)）][ \t]*)?(?:职能转变|职责调整|职能调整|主要职责|内设机构|人员编制|领导职数)[^\n。，；]{0,6}[ \t]*(?=\n)")
# a heading of a page's next section on a line of its own ("二、人员情况", "三、2021年预算情况"): short, no sentence in it
_SECTION_LINE = re.compile(r"\n[ \t]*[一二三四五六七八九十]+、[^\n。，；：:,;]{1,16}[ \t]*(?=\n)")
_FIELD_LINE = re.compile(r"\n[ \t]*[^\n（(\d，。；]{2,8}[：:]")
_SUB_ITEM_LINE = re.compile(r"\n[ \t]*[（(][一二三四五六七八九十]+[)）]")
_DIVISIONS_INTRO = re.compile(
    r"设(?:置)?下列(?:内设机构|职能部门|司局|处室|机构)[：:]|内设机构(?:如下|设置如下)[：:]|"
    r"设(?:\d+|[一二三四五六七八九十]+)个(?:内设机构|职能司局|司局|处室|科室)(?:（[^）]{1,10}）)?[：:](?=\s*\n?\s*[（(][一二三])|"
    # "省政府办公厅内设18个职能处(室)。 (一)秘书处…": a count of divisions closing its sentence, the items right after
    r"(?<=[^\d])(?:内设|下设)(?:\d+|[一二三四五六七八九十]+)个(?:职能|业务|综合)?(?:内设机构|司局|处室|科室|股室|处|科|股)"
    r"(?:[（(]室[)）])?(?:[，,](?:均|都)为(?P<drank>(?:正|副)(?:处|科|股)级|股级)(?:建制|规格)?)?[。：:](?=\s*\n?\s*[（(]一[)）])"
)
_TERMINAL = "。！？!?；"

# 台 and 队 close a division too (x15un): "县气象局内设办公室、气象台、…", "（十五）车队", "执法大队"
_DIVISION_SUFFIX = re.compile(r"(?:办公厅|办公室|委员会|机关党委|机关纪委|中心|司|局|厅|室|处|科|股|部|办|组|"
                              r"(?<![平舞讲看柜灶站阳])台|(?<![团排梯军部乐球])队)$")


def is_division_name(name: str) -> bool:
    if not name or len(name) < 2 or len(name) > 20:
        return False
    if not re.fullmatch(r"[\u3400-\u9fff（）()]+", name):
        return False
    if re.search(r"的|和职责|负责|承担|包括|其中|以及|职责|等", name):
        return False
    if re.match(r"各", name) or re.search(r"改称|改为|更名|改名|合并|撤销", name):
        return False  # "内设各组改称股": the divisions as a class, changed; no division of that name
    return bool(_DIVISION_SUFFIX.search(name))


# ---------------------------------------------------------------------------
# Document-level detection
# ---------------------------------------------------------------------------


def sanding_subject(title: str, text: str) -> str | None:
    """The unit a 三定 text is about, from its title, first line or 第二条."""
    head = "\n".join([title, *text.split("\n")[:3]])
    second = _SECOND_ARTICLE.search(text)
    # "第二条 X（简称Y）为市政府工作部门": the name without its short form
    full = as_name(re.sub(r"[（(](?:以下)?简称[^）)]{1,20}[）)]$", "", second.group(1).strip())) if second else None
    for m in SANDING_TITLE.finditer(head):
        candidate = re.split(r"[《〈“]", m.group(1))[-1]
        township = _TOWNSHIP_SUBJECT.search(candidate)
        if township and not full and (township.group("whole") or not name_at_end(candidate)):
            return township.group("place")  # "龙溪镇党政机构职能配置…": the township's own 三定
        name = name_at_end(candidate)
        if name:
            return full if full and expands(full, name) else name
    return full


# a township's or street's 三定 title names the place and its 党政机构 as a whole ("龙溪镇党政机构职能配置、内设
# 机构和人员编制方案"): the township is the owner (a township's name is its body's, tests/gold/README.md)
_TOWNSHIP_SUBJECT = re.compile(r"(?:^|[\s》〉”])(?P<place>[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道))"
                               r"(?P<whole>党政机构|党政机关|机关|党委和政府|党委、政府|党委政府)?[、，]?$")


def expands(full: str, short: str) -> bool:
    """The 第二条's name is the title's name written out in full: longer, the title's characters in
    order inside it, the same last two characters ("开发区（头屯河区）应急管理局" in
    "开发区（乌鲁木齐市头屯河区）应急管理局")."""
    if len(full) <= len(short) or full[-2:] != short[-2:]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def written_in_full(short: str, title: str, canon: Callable[[str], str]) -> str:
    """A page's own body written short in a line of its text ("一、审计局主要职能") under a title that writes
    it in full ("长宁县审计局2021年部门预算公开"): the title's form, when it is the short one written out
    (``expands``); else the short form as it was."""
    for _, _, name in find_names(title):
        if expands(name, short):
            return canon(name)
    return short


# "第二条 X是…" / "第二条 X为市政府工作部门" (为 only before a kind of body: 工作部门, 直属机构, 事业单位 …)
_SECOND_ARTICLE = re.compile(r"第二条\s*(.{2,40}?)(?:是|为(?=[^。\n]{0,30}?(?:部门|机构|单位)))")


def has_structure(text: str) -> bool:
    structured = (bool(_ARTICLE.search(text)) or len(_HEADING.findall(text)) >= 2
                  or len(_BARE_HEADING.findall(text)) >= 2)
    items = bool(_ITEM.search(text)) or bool(_ARABIC_ITEM.search(text))
    return structured and bool(_DUTIES_INTRO.search(text)) and items


# "其主要职责、内设机构和人员编制规定由省编办提出方案" / "…规定另行制定": a 三定 still to come, named
# by a notice that forms the body; the notice is not about one
_SANDING_TO_COME = re.compile(r"^[^。；\n]{0,20}?(?:另行|由[^。；\n]{2,30}?(?:提出|制定|拟定|另行|报)|待)")


def titled_in_opening(text: str) -> bool:
    """The 三定's title on a line of its own within the text's first 600 characters (a page's
    navigation lines before it), not a 三定 still to come ("其…规定由…另行制定")."""
    head = text[:600]
    return any(not _SANDING_TO_COME.match(head[m.end():]) and head[m.end():m.end() + 1] in ("\n", "")
               and (m.start() == 0 or head[m.start() - 1] == "\n") for m in _TITLE_LINE.finditer(head))


_TITLE_LINE = re.compile(r"[^\n]{2,40}?(?:(?:主要)?职能配置|主要职责)[、，]?内设机构和人员编制(?:规定|方案)(?:[（(][^）)\n]{0,20}[)）])?", re.M)


# "三定" as a step of a reform's work, of no one body: "“三定”审核", "“三定”规定模板", "事业单位“三定”规定" (units14)
_SANDING_AS_WORK = re.compile(r"(?<!事业单位)(?<!事业单位[“\"])三定(?![”\"]?(?:规定)?(?:审核|模板))")


def is_about_sanding(title: str, text: str) -> bool:
    head = text[:600]
    in_head = any(not _SANDING_TO_COME.match(head[m.end():]) for m in SANDING_TITLE.finditer(head))
    return bool(SANDING_TITLE.search(title) or "三定" in title or _SANDING_AS_WORK.search(head) or in_head)


# ---------------------------------------------------------------------------
# Structure: 主要职责 items, 职责分工, 内设机构
# ---------------------------------------------------------------------------


def _latest_start(text: str, mark: int, prefixes: str) -> int:
    """The last position from which a search still finds the mark at ``mark``: the patterns
    read (^|prefix)\\s*mark, so that is the last prefix character in the blank run before it."""
    q = mark - 1
    while q >= 0 and text[q].isspace():
        if text[q] in prefixes:
            return q
        q -= 1
    if q >= 0 and text[q] in prefixes:
        return q
    return 0  # only ^ matches: found from position 0 alone


class _Regions:
    """Where the next article (第N条) or 2008-style heading (三、内设机构) begins after a point.

    The marks are found once per text and looked up by bisection, so finding the end of every
    主要职责 / 内设机构 region costs O(log n) instead of a scan to the end of the text (which
    made long texts without headings quadratic)."""

    def __init__(self, text: str) -> None:
        marks = sorted((_latest_start(text, m.start(1), prefixes), m.start(1))
                       for pattern, prefixes in ((_ARTICLE, "\n。"), (_HEADING, "\n")) for m in pattern.finditer(text))
        self._latest_starts = [s for s, _ in marks]
        # the earliest region end among the marks from index k on
        self._earliest_from = [e for _, e in marks]
        for k in range(len(marks) - 2, -1, -1):
            self._earliest_from[k] = min(self._earliest_from[k], self._earliest_from[k + 1])
        self._length = len(text)

    def end(self, start: int) -> int:
        """The earliest of _ARTICLE.search(text, start) and _HEADING.search(text, start)
        (their group 1), or the end of the text."""
        k = bisect.bisect_left(self._latest_starts, start)
        return self._earliest_from[k] if k < len(self._earliest_from) else self._length


_ARABIC_ITEM = re.compile(r"(?<![\d.．])(\d{1,2})[．.、﹒](?!\d)")  # "1﹒" (small full stop) too


_BRACKET_ARABIC_ITEM = re.compile(r"[（(](\d{1,2})[)）]")
_DUN_ITEM = re.compile(r"([一二三四五六七八九十]{1,3})、")


def _items(text: str, start: int, end: int, arabic: bool = False, dun: bool = False) -> list[tuple[int, int, int]]:
    """(number, body start, body end) of the （N） items between start and end (also "1．" items,
    then "（1）" items, when ``arabic`` and the region has no （N） item; then "一、" items when ``dun``:
    a list outside a 三定, where "一、" heads no section)."""
    marks: list[tuple[int, int, int]] = []
    pattern = _ITEM
    if arabic and not _ITEM.search(text, start, end):
        pattern = _ARABIC_ITEM
        if not _ARABIC_ITEM.search(text, start, end):
            pattern = _BRACKET_ARABIC_ITEM
            if dun and not _BRACKET_ARABIC_ITEM.search(text, start, end):
                pattern = _DUN_ITEM
    for m in pattern.finditer(text, start, end):
        p = m.start()
        while p > start and text[p - 1] == " ":  # the last character before the mark, spaces aside
            p -= 1
        if p > start and text[p - 1] not in "\n。：:；;" and m.start() != start:
            continue
        number = cn_int(m.group(1))
        if number is None:
            continue
        marks.append((number, m.start(), m.end()))
    items = []
    for k, (number, _, body_start) in enumerate(marks):
        body_end = marks[k + 1][1] if k + 1 < len(marks) else end
        items.append((number, body_start, body_end))
    return items


def _one_line_items(text: str, items: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The last item of a list whose other items each fit on one line ends at its own line's end
    when that line is a whole item (it closes with 。 or ；): what follows — a remark on another
    body, a heading such as 历史沿革, the next part of the page — is not the last item's text. A
    list whose items wrap over several lines, or whose last line names only the division (its
    duties on the lines below), keeps the region's end."""
    if len(items) < 2 or any("\n" in text[s:e].strip() for _, s, e in items[:-1]):
        return items
    number, start, end = items[-1]
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    line_end = text.find("\n", start + lead, end)
    if line_end < 0 or text[start:line_end].rstrip()[-1:] not in _TERMINAL:
        return items
    return [*items[:-1], (number, start, line_end)]


_FIGURE_CLAUSE = re.compile(
    r"(?:核定|设|配备|共有|现有)?[^，,、；;。\d０-９]{0,10}?[\d０-９一二两三四五六七八九十]+\s*[名个人]")


def is_figures_only(sentence: str) -> bool:
    """Whether every clause of the sentence is a figure ("事业编制3名，设科长1名、副科长1名。"):
    a division's staffing written inside its item, not one of its duties."""
    clauses = [c for c in re.split(r"[，,、；;。]", sentence) if c.strip()]
    return bool(clauses) and all(_FIGURE_CLAUSE.fullmatch(c.strip()) for c in clauses) and \
        bool(re.search(r"编制|职数|[长任记]\s*[\d０-９一二两三四五六七八九十]", sentence))


def _role(sentence: str) -> str | None:
    if sentence.startswith("牵头"):
        return "牵头"
    if sentence.startswith(("参与", "参加")):
        return "参与"
    if sentence.startswith(("配合", "协助")):
        return "配合"
    return None


def _duty_sentences(ctx: Ctx, start: int, end: int) -> list[tuple[int, int, str]]:
    text = ctx.dt.text
    body = text[start:end]
    out = []
    for s, e in split_sentences(body):
        gs, ge = start + s, start + e
        sentence = text[gs:ge].strip()
        if not sentence or ctx.dt.contains_gap(gs, ge):
            continue
        if sentence[-1] not in _TERMINAL and ctx.dt.followed_by_gap(ge):
            continue  # cut off by a gap: the clause is incomplete
        if not re.search(r"[\u4e00-\u9fff]", sentence):
            continue
        out.append((gs, ge, sentence))
    return out


def profile_duties(ctx: Ctx, subject: str, duty_page: bool = False) -> None:
    """A unit's own page ("X 机构职能", "X-机构概况") that reproduces its 三定's numbered 主要职责
    items ("主要职责：（一）…（二）…"): the items are its duties, read as a 三定's (two items at least)."""
    text = ctx.dt.text
    regions = _Regions(text)
    read = False
    for intro in _DUTIES_INTRO.finditer(text):
        if len(_items(text, intro.end(), regions.end(intro.end()), arabic=True)) >= 2:
            _read_duties(ctx, subject, regions, only=intro)
            read = True
    if not read and duty_page:
        # a page titled with its duties ("X的工作职责", "X主要职责"): the numbered items opening its
        # text are the duties, up to the page's next field or section heading
        first = _FIRST_ITEM.search(text)
        if first is None:
            return
        end = regions.end(first.start())
        for stop in (_FIELD_LINE.search(text, first.start(), end), _BARE_HEADING.search(text, first.start(), end),
                     _SECTION_LINE.search(text, first.start(), end)):
            end = stop.start() if stop else end
        if len(_items(text, first.start(), end, arabic=True, dun=True)) >= 2:
            _read_items(ctx, subject, first.start(), end, dun=True)


# a page titled with one unit's name alone, an encyclopedia entry or the unit's own page; a trailing
# note in brackets or after a separator ("（百科条目）", "_百科") is not part of the name
_NAME_TITLE = re.compile(r"^(?P<unit>[^（(\s_|—-]{2,40}?)\s*(?:[（(][^（()）]{0,30}[)）]|\s*[_|—-]\s*[^\n]{0,20})?$")


def titled_unit(title: str) -> str | None:
    """The unit a page's title names, when the title is that name alone (brackets or a site suffix aside)."""
    m = _NAME_TITLE.match(title.strip())
    if not m:
        return None
    name = as_name(m.group("unit"))
    return name if name == m.group("unit") else None


def titled_unit_duties(ctx: Ctx, title: str) -> None:
    """"安顺市某区应急管理局" as a page's title over a "主要职责" heading and its numbered items: the
    items are the titled unit's duties (a profile page without a profile word in its title)."""
    name = titled_unit(title)
    if name and _DUTIES_INTRO.search(ctx.dt.text):
        profile_duties(ctx, ctx.canon(name) if ctx.canon else name)
        profile_division_headings(ctx, ctx.canon(name) if ctx.canon else name)


# the first numbered item of a page, on a line of its own, within the page's opening lines
_FIRST_ITEM = re.compile(r"\A(?:[^\n]*\n){0,3}?[ \t]*(?=(?:[（(](?:一|1)[)）]|1[．.、]|一、)\S)")


def parse_structure(ctx: Ctx, subject: str) -> None:
    text = ctx.dt.text
    regions = _Regions(text)
    _read_duties(ctx, subject, regions)
    # A separate article "第N条 职责分工" (some 三定 texts put it outside 主要职责).
    for m in re.finditer(r"(?:^|\n)\s*第[一二三四五六七八九十]+条\s*(?:有关)?职责分工[。：:]?", text):
        _boundaries(ctx, subject, m.end(), regions.end(m.end()))
    _read_divisions(ctx, subject, regions)


def _read_duties(ctx: Ctx, subject: str, regions: _Regions, only: re.Match[str] | None = None) -> None:
    text = ctx.dt.text
    for intro in _DUTIES_INTRO.finditer(text):
        if only is not None and intro.start() != only.start():
            continue
        end = regions.end(intro.end())
        if intro.group("sub"):  # "（一）主要职责": its items end at the next sub-heading "（二）职能转变"
            nxt = _SUB_ITEM_LINE.search(text, intro.end(), end)
            end = nxt.start() if nxt else end
        else:
            bare = _BARE_HEADING.search(text, intro.end(), end)  # "内设机构" alone ends a copy without numbers
            end = bare.start() if bare else end
            nxt = _SECTION_LINE.search(text, intro.end(), end)  # "二、人员情况": the next section, whatever its words
            end = nxt.start() if nxt else end
        if only is not None:  # a page's next field ("内设机构：…", "联系电话：…") ends its duty items
            field = _FIELD_LINE.search(text, intro.end(), end)
            end = field.start() if field else end
        _read_items(ctx, subject, intro.end(), end)


def _read_items(ctx: Ctx, subject: str, start: int, end: int, dun: bool = False) -> None:
    """The numbered 主要职责 items between start and end: one duty per sentence; 职能转变 items
    skipped, 职责分工 items read as boundaries."""
    text = ctx.dt.text
    for number, b_start, b_end in _items(text, start, end, arabic=True, dun=dun):
        head = text[b_start:b_end].lstrip()
        if head.startswith(("职能转变", "转变职能")):
            continue
        if re.match(r"(?:有关)?职责分工|与.{2,30}?的(?:有关)?职责分工", head):
            _boundaries(ctx, subject, b_start, b_end)
            continue
        for gs, ge, sentence in _duty_sentences(ctx, b_start, b_end):
            ctx.duties.append(
                DutyStatement(Mention(subject), sentence, ctx.prov_span(gs, ge), item=number, role=_role(sentence))
            )
            ctx.produced.add(_sentence_index(ctx, gs))


def _read_divisions(ctx: Ctx, subject: str | None, regions: _Regions) -> None:
    text = ctx.dt.text
    if subject and not _DIVISIONS_INTRO.search(text):
        division_headings(ctx, subject)
    for intro in _DIVISIONS_INTRO.finditer(text):
        host = subject or _intro_host(ctx, intro)
        if not host:
            continue
        end = regions.end(intro.end())
        items = _one_line_items(text, _items(text, intro.end(), end, arabic=True))
        shared_rank = norm_rank(intro.group("drank")) if intro.group("drank") else None  # "…15个处室，均为正科级建制。"
        for _number, b_start, b_end in items:
            body = text[b_start:b_end].strip()
            # the item's name ends at 。；, or at ：/， when its figures follow ("（一）综合科：事业编制3名")
            dm = re.match(r"([^。；，,：:（(\n]{2,20})(?:[（(]([^）)]*)[）)])?[。；，,：:]?", body)
            if not dm or not is_division_name(dm.group(1)):
                continue
            division = ctx.division_name(dm.group(1), host)
            # "（一）秘书处（办公室）。": a division with its sign, as in the lists "国际合作司（港澳台办公室）"
            signs = [dm.group(2)] if dm.group(2) and is_division_name(dm.group(2)) else []
            ctx.divisions.add(division)
            prov = ctx.prov_span(b_start, b_start + len(dm.group(0)))
            ctx.units.append(
                UnitStatement(Mention(division), prov, kind="内设机构", rank=shared_rank, parent=Mention(host),
                              parent_relation="内设", signs=signs)
            )
            offset = b_start + (len(text[b_start:b_end]) - len(text[b_start:b_end].lstrip())) + dm.end()
            for gs, ge, sentence in _duty_sentences(ctx, offset, b_end):
                if is_figures_only(sentence):
                    continue  # "事业编制2名，设科长1名。": the division's staffing, not a duty
                ctx.duties.append(
                    DutyStatement(Mention(division), sentence, ctx.prov_span(gs, ge), category="内设机构职责",
                                  role=_role(sentence))
                )


# the heading's name may carry a bracket note: a sign ("（三）人事处（机关党委办公室）") or a remark on it
# ("（十二）人事科（机关党委办公室与其合署办公）") (x15un)
_HEADED = re.compile(r"^[ \t]*[（(][一二三四五六七八九十]+[)）][ \t]*(?P<name>[^\s，。；、：（()）]{2,20})"
                     r"(?:[ \t]*[（(](?P<note>[^（()）\n]{2,30})[)）])?[ \t]*$")
_DUTY_START = re.compile(r"^[ \t]*(?:主要)?(?:负责|承担|拟订|组织|协调|指导|研究|办理)")
_NAME_THEN_DUTY = re.compile(r"^[ \t]*(?P<name>[^\s，。；、：（(]{2,20}?)[ \t]*(?:主要)?(?:负责|承担)")
_SECTION = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+条)")


def division_headings(ctx: Ctx, subject: str) -> None:
    """A 三定's division list without its intro (a page cut before "设下列内设机构："): a run of
    headings "（十八）财务科" each followed by its "负责…" paragraph, and in that run the divisions
    written "机关党委负责机关党群工作。" (name, then its duties, on one line). Each division's
    paragraph (the lines up to the next division, a section heading or a line with figures) gives
    its 内设机构职责, as a division list with its intro does (eleventh session)."""
    lines = ctx.dt.text.split("\n")
    found: list[tuple[int, str]] = []  # (line number, division)
    for k, line in enumerate(lines):
        hm = _HEADED.match(line)
        nxt = next((x for x in lines[k + 1:] if x.strip()), "")
        if hm and is_division_name(hm.group("name")) and _DUTY_START.match(nxt):
            found.append((k, hm.group("name")))
    if len(found) < 2:
        return  # one heading is not a list
    for k in range(found[-1][0] + 1, len(lines)):
        if _SECTION.match(lines[k]) or _HEADED.match(lines[k]):
            break
        nm = _NAME_THEN_DUTY.match(lines[k])
        if nm and is_division_name(nm.group("name")):
            found.append((k, nm.group("name")))
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    starts = [k for k, _ in found]
    for k, name in found:
        division = ctx.division_name(name, subject)  # not in ctx.divisions: figures keep their reading
        prov = ctx.prov_span(offsets[k], offsets[k] + len(lines[k]))
        hm = _HEADED.match(lines[k])
        note = (hm.group("note") or "") if hm else ""
        signs = [ctx.full(note)] if note and is_division_name(note) else []
        ctx.units.append(UnitStatement(Mention(division), prov, kind="内设机构", parent=Mention(subject),
                                       parent_relation="内设", signs=signs))
        headed = bool(hm)
        start = offsets[k + 1] if headed else offsets[k] + _NAME_THEN_DUTY.match(lines[k]).start("name") + len(name)
        stop = k + 1 if not headed else next((j for j in range(k + 1, len(lines)) if j in starts or
                                               _SECTION.match(lines[j]) or _HEADED.match(lines[j]) or
                                               re.search(r"\d+名", lines[j]) or _no_duty_line(lines, k, j)), len(lines))
        for gs, ge, sentence in _duty_sentences(ctx, start, offsets[stop] - 1 if stop < len(lines) else len(ctx.dt.text)):
            ctx.duties.append(DutyStatement(Mention(division), sentence, ctx.prov_span(gs, ge), category="内设机构职责",
                                            role=_role(sentence)))


def _no_duty_line(lines: list[str], k: int, j: int) -> bool:
    """A line after a heading's duty paragraph that begins a sentence of its own and is no duty ("纪检监察机构
    按有关规定设置。" after the last division): the previous line closed its sentence, this one opens with no duty
    verb and no item number (x15un)."""
    if j <= k + 1 or not lines[j].strip():
        return False
    before = next((x for x in reversed(lines[k + 1 : j]) if x.strip()), "")
    return (before.rstrip().endswith("。") and not _DUTY_START.match(lines[j])
            and strip_item_number(lines[j].strip()) == lines[j].strip())


_DIVISIONS_HEADING = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]+、)?(?:内设机构|内设科室|内设部门|机构设置)[ \t]*[：:]?[ \t]*$")


def profile_division_headings(ctx: Ctx, subject: str) -> None:
    """A unit's own page with a heading line "内设机构" over numbered items "(一)科普部", each alone on its
    line (its duties on the lines after): each item a 内设机构 of the page's unit. Units only (t9ext)."""
    lines = ctx.dt.text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    inside = False
    for k, line in enumerate(lines):
        if _DIVISIONS_HEADING.match(line):
            inside = True
            continue
        if not inside or not line.strip():
            continue
        hm = _HEADED.match(line)
        if hm and is_division_name(hm.group("name")) and not is_unit_name_with_place(hm.group("name")):
            division = ctx.division_name(hm.group("name"), subject)
            note = hm.group("note") or ""
            ctx.units.append(UnitStatement(Mention(division), ctx.prov_span(offsets[k], offsets[k] + len(line)),
                                           kind="内设机构", parent=Mention(subject), parent_relation="内设",
                                           signs=[ctx.full(note)] if note and is_division_name(note) else []))
        elif len(line.strip()) <= 8 and not re.search(r"[，。；：,;]", line):
            inside = False  # the next heading ("领导信息", "联系方式") closes the list


def _intro_host(ctx: Ctx, intro: re.Match[str]) -> str | None:
    """Outside a 三定: the body written on the intro's own line right before it ("市地方志办公室设下列
    内设机构：" on a unit's page), the place rule applied by the canon."""
    text = ctx.dt.text
    before = text[text.rfind("\n", 0, intro.start()) + 1 : intro.start()].strip()
    name = name_at_end(before) if before else None
    if not name or not before.endswith(name) or is_division_name(name) and not is_unit_name(name):
        return None
    return ctx.canon(name) if ctx.canon else name


def division_items(ctx: Ctx) -> None:
    """A list of divisions introduced by its host outside a 三定 (a unit's page or a notice):
    "X设下列内设机构：（一）综合科：…（二）…"; each item a 内设机构 of X."""
    _read_divisions(ctx, None, _Regions(ctx.dt.text))


def _sentence_index(ctx: Ctx, pos: int) -> int:
    # binary search (sentences are in text order): a scan here made 三定 ingest quadratic
    from bisect import bisect_right

    sentences = ctx.dt.sentences
    k = bisect_right(sentences, pos, key=lambda sent: sent.nstart) - 1
    if k >= 0 and sentences[k].nstart <= pos < sentences[k].nend:
        return sentences[k].index
    return -1


def _boundaries(ctx: Ctx, subject: str, start: int, end: int) -> None:
    text = ctx.dt.text
    body = text[start:end]
    cuts = [m.start(1) for m in re.finditer(r"(?:^|[。\n：:])\s*(\d+[.．、]|[（(]\d+[)）])", body)]
    chunks = []
    if cuts:
        bounds = [*cuts, len(body)]
        chunks = [(start + bounds[k], start + bounds[k + 1]) for k in range(len(cuts))]
    else:
        chunks = [(start, end)]
    for cs, ce in chunks:
        chunk = text[cs:ce].strip()
        if not chunk or ctx.dt.contains_gap(cs, ce):
            continue
        others: list[str] = []
        m = re.search(r"与(.{2,60}?)(?:在.{1,30}?方面)?的(?:有关)?职责分工", chunk)
        if m:
            others = names_in_list(m.group(1))
        if not others:
            others = [n for _, _, n in find_names(chunk) if n != subject][:3]
        if not others:
            continue
        units = [Mention(subject), *(Mention(o) for o in others if o != subject)]
        ctx.boundaries.append(BoundaryStatement(units, strip_item_number(chunk), ctx.prov_span(cs, ce)))
        k = _sentence_index(ctx, cs)
        sentences = ctx.dt.sentences
        while 0 <= k < len(sentences) and sentences[k].nstart < ce:
            ctx.divided.add(k)  # the item's sentences: no second statement across them
            k += 1


# ---------------------------------------------------------------------------
# Sentence patterns: what a unit is
# ---------------------------------------------------------------------------

_SIGN_RE = re.compile(r"(?:对外)?(?:保留|加挂|挂)(.{2,80}?)(?:的)?牌子")
_PARENTED_KIND = re.compile(r"^(?P<parent>.{2,30}?)(?P<rel>管理|代管|领导|主管)的(?P<kind>.{2,12})$")


def _signs_in(text: str) -> list[str]:
    signs: list[str] = []
    for m in _SIGN_RE.finditer(text):
        if "不再" in text[max(0, m.start() - 3) : m.start()]:
            continue
        signs.extend(names_in_list(m.group(1)))
    return signs


def _is_statement(clause: str) -> tuple[str, str | None, str | None, str | None] | None:
    """'X是国务院组成部门' / 'X是Y管理的国家局' / 'X为国务院直属机构' ->
    (unit, kind, parent, relation)."""
    for m in re.finditer(r"是|为", clause):
        left, right = clause[: m.start()], clause[m.end() :]
        unit = name_at_end(left)
        if not unit or not left.rstrip().endswith(unit[-3:]):
            continue
        if re.search(r"(?:隶属于?|归属于?)$", left.rstrip()[: -len(unit)] if left.rstrip().endswith(unit) else ""):
            continue  # "医院隶属Y，为…事业单位": Y is the parent, not what is described
        if left.strip() != unit and distribute_places(left.strip()) != left.strip():
            continue  # "甲区和乙区交通局、公路局为…": places sharing bodies, each described (self_description)
        right = right.strip()
        parent = relation = None
        pm = _PARENTED_KIND.match(right)
        if pm:
            parent = as_name(pm.group("parent"))
            relation = pm.group("rel") if parent else None
            right = pm.group("kind")
        kind = kind_phrase(right)
        if kind is None:
            continue
        om = re.match(r"^(?P<owner>.{2,40}?)(?:所属|下属|直属|属下)(?P<rest>.{2,20})$", kind)
        if om and parent is None and name_at_end(om.group("owner")) == om.group("owner") and kind_phrase(om.group("rest")):
            # "为县农业农村局所属事业单位": the owner is the parent, the rest the kind
            parent, relation, kind = om.group("owner"), "所属", kind_phrase(om.group("rest"))
            if re.fullmatch(r"[\u4e00-\u9fff*＊xX]{0,12}?(?:省|市|县|区|州|旗|镇|乡|自治区|自治州|自治县)政府", parent):
                parent = parent[:-2] + "人民政府"  # "是山东省政府直属事业单位": the government written in full
        dm = re.match(r"^(?P<owner>(?:省|市|县|区|州|镇|乡|自治区)(?:委|政府|人民政府))(?:直属|所属|下属)(?P<rest>.{0,12}(?:事业)?单位)$", kind)
        if dm and parent is None and re.sub(RANK_RE.pattern, "", dm.group("rest")) == "单位":
            owner = dm.group("owner")  # "为县委直属正科级单位": owned, no kind
            return unit, None, owner[:-2] + "人民政府" if owner.endswith("政府") and not owner.endswith("人民政府") \
                else owner, "所属"
        if dm and parent is None and kind_phrase(dm.group("rest")):
            # "为县委直属正科级事业单位": owned by the place's party committee or government
            owner = dm.group("owner")
            owner = owner[:-2] + "人民政府" if owner.endswith("政府") and not owner.endswith("人民政府") else owner
            parent, relation, kind = owner, "所属", kind_phrase(dm.group("rest"))
        return unit, kind, parent, relation
    return None


def _coordinated_subjects(clause: str, unit: str) -> list[str]:
    """The bodies joined to the described one by 和/及/、 before it ("A和B为…事业单位", "A、B和C为县政府
    工作部门"): each a unit name written whole, the first one's place word (市/县/区) shared with the
    next when they lack one ("市A中心和B中心" → 市B中心 is resolved by the place rule alike)."""
    at = clause.find(unit)
    left = clause[:at].rstrip() if at > 0 else ""
    partners: list[str] = []
    while left and left[-1] in "和及、":
        left = left[:-1].rstrip()
        name = name_at_end(left)
        if not name or not left.endswith(name) or not is_unit_name(name):
            return []
        partners.insert(0, name)
        left = left[: -len(name)].rstrip()
    if left.strip(" \t，,"):
        return []  # words before the first body ("经研究，A和B…", "将A和B…"): no plain list of subjects
    return partners


def unit_facts(sent: Sentence, ctx: Ctx) -> None:
    text = strip_item_number(sent.text)
    text = re.sub(r"^第[一二三四五六七八九十百]+条", "", text)
    _kind_rank_statement(sent, text, ctx)
    _kind_includes(sent, text, ctx)
    _as_part_of(sent, text, ctx)
    _also_manages(sent, text, ctx)
    _division_lists(sent, text, ctx)
    subordinate_bodies(sent, text, ctx)


def _kind_rank_statement(sent: Sentence, text: str, ctx: Ctx) -> None:
    clauses = [c for _, c in Sentence(text, 0, len(text), 0).clauses("，；")]
    for k, clause in enumerate(clauses):
        found = _is_statement(clause)
        if not found:
            # "X，为正部级" without a kind: only directly after a unit name.
            continue
        unit, kind, parent, relation = found
        rank = None
        signs: list[str] = []
        for follow in clauses[k + 1 :]:
            follow = follow.strip()
            rm = re.match(rf"^(?:机构规格)?(?:为|规格为)({RANK_RE.pattern})", follow)
            if rm:
                rank = norm_rank(rm.group(1))
                continue
            if "牌子" in follow and not re.match(r"(?:内设|下设|设有)", follow):
                signs.extend(_signs_in(follow))  # (a division list's bracketed signs are the divisions')
                continue
            break
        kind_rank = norm_rank(kind)
        if kind and kind_rank and kind.startswith(kind_rank[:1]):
            rank = rank or kind_rank
        ctx.units.append(
            UnitStatement(Mention(unit), ctx.prov(sent), kind=kind, rank=rank,
                          parent=Mention(parent) if parent else None, parent_relation=relation, signs=signs)
        )
        for partner in _coordinated_subjects(clause, unit):  # "A和B为…事业单位": both are described
            ctx.units.append(UnitStatement(Mention(partner), ctx.prov(sent), kind=kind, rank=rank,
                                           parent=Mention(parent) if parent else None, parent_relation=relation))
        ctx.mark(sent)
        return
    # "X规格为正科级" / "X为正处级单位"
    m = re.search(rf"(.{{2,40}}?)(?:机构)?规格为({RANK_RE.pattern})", text)
    if m:
        ranked = name_at_end(m.group(1))
        if ranked:
            ctx.units.append(UnitStatement(Mention(ranked), ctx.prov(sent), rank=norm_rank(m.group(2))))
            ctx.mark(sent)
    # Signs in a 三定 text or a report of one: unit facts, not events.
    if (ctx.sanding or ctx.about_sanding) and "牌子" in text and "不再" not in text:
        host = None
        m = re.search(r"(.{2,40}?)(?:对外保留|加挂|保留)", text)
        if m:
            host = name_at_end(m.group(1))
        if m and not host and re.search(r"[（(]$", m.group(1)) and is_division_name(
                re.split(r"[、，；：]|内设|下设|设有", m.group(1)[:-1])[-1]):
            return  # "内设办公室（加挂人事处牌子）": a division's own sign, the list reader's (seventeenth session)
        host = host or ctx.focus
        signs = _signs_in(text)
        if host and signs:
            ctx.units.append(UnitStatement(Mention(host), ctx.prov(sent), signs=signs))
            ctx.mark(sent)


def _kind_includes(sent: Sentence, text: str, ctx: Ctx) -> None:
    for m in re.finditer(r"([^，。；：、]{2,14}?)包括[，：:]?([^。；]+)", text):
        kind = kind_phrase(m.group(1))
        if not kind or kind in ("内设机构",) or "内设" in kind:
            continue
        for name in names_in_list(m.group(2)):
            ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), kind=kind))
            ctx.mark(sent)


def _as_part_of(sent: Sentence, text: str, ctx: Ctx) -> None:
    m = re.search(r"作为(.{2,40}?)的(派出机构|内设机构|派出机关|所属事业单位|直属事业单位|下属单位|直属单位)", text)
    if not m:
        return
    parent = as_name(m.group(1))
    # a sign or note in brackets after the subject is no subject: "设置15个X（加挂Y牌子…），作为Z的派出机构" is X (fifteenth
    # session, lists); the brackets are blanked, positions kept
    plain = re.sub(r"[（(][^（）()]*[)）]", lambda b: "　" * len(b.group(0)), text)
    mentions = [n for s, _, n in find_names(plain) if s < m.start() and n != parent]
    counted = re.search(r"(?:设置|设立|设有|设)(?:\d+|[一二两三四五六七八九十]+)个(?P<x>[^，。；、（(　]{5,30})[　，,]*$",
                        plain[: m.start()])
    if counted and as_name(counted.group("x")) == counted.group("x"):
        mentions = [counted.group("x")]  # "跨地区设置15个X（…），作为Z的派出机构": the class of bodies set up, X
    if not parent or not mentions:
        return
    kind = m.group(2)
    relation = "内设" if kind == "内设机构" else "所属"
    ctx.units.append(
        UnitStatement(Mention(mentions[0]), ctx.prov(sent), kind=kind, parent=Mention(parent), parent_relation=relation)
    )
    ctx.mark(sent)


def _also_manages(sent: Sentence, text: str, ctx: Ctx) -> None:
    m = re.search(r"(?:^|，)(?:同时，?)?(?:还|并|另外还|此外还)(管理|代管)([^，。；]+)", text)
    if not m:
        return
    names = names_in_list(m.group(2))
    if not names:
        return
    host = None
    before = [n for s, _, n in find_names(text) if s < m.start()]
    if before:
        host = before[0]
    host = host or ctx.focus or (ctx.recent[-1] if ctx.recent else None)
    if not host:
        return
    for name in names:
        ctx.units.append(UnitStatement(Mention(name), ctx.prov(sent), parent=Mention(host), parent_relation=m.group(1)))
    ctx.mark(sent)


_LIST_RANK = r"[正副]?(?:部|司局|厅局|厅|局|县处|处|科|股)级"
_DIV_LIST = re.compile(
    rf"(?P<verb>内设机构(?:包括|有|为)|共设|下设|设有|内设(?!机构)|(?<![建开假内])设(?![置立])|设置(?=[^。；]{{2,400}}?个内设(?:机构|部门)))"
    rf"[，：:]?(?P<list>(?:(?!内设|下设)[^。；]){{2,400}}?)(?:等)?(?:共|(?<=[等，,])计|合计)?"
    rf"(?<![零〇一二两三四五六七八九十百千万\d])(?P<num>{CN_NUM})个(?:职能|业务|综合)?(?P<rank>{_LIST_RANK})?"
    rf"(?P<suf>司局部门|司局|内设机构|内设部门|职能部门|机构|司|局|[科股处][（(]室[)）]|处室|处|科室|科|股室|股|部室|组|办公室)(?![织长员建成合级])"
)  # "…等8个职能处室", "…3个业务科室": a qualifier before the division noun; "…等5个副科级机构" (tenth
# session): the rank the count gives every listed division; 计 counts only after 等 or a comma ("统计2个组" is 统计组,
# sixteenth session); a list never holds a further 内设/下设 ("甲区设区X局，内设A、B3个
# 科室": the list after 内设, eleventh session)
_DIV_LIST2 = re.compile(rf"(?P<inner>内)?设(?:有)?(?P<num>{CN_NUM})个(?:内设机构|司局|职能司局|处室|科室|股室|(?(inner)职能机构|(?!)))"
                        r"[，,]?(?:(?:分别是|分别为|即|包括|有)[：:]?|[：:])"
                        r"(?P<list>[^。]+)")
# (units14) "内设7个职能机构，包括A、B…和G": the connective word without a colon; 职能机构 after 内设 only
# "X现设职能科（室）23个，分别为：A、B…" / "共设职能股室10个，分别为A、B及C等": the count after the division noun,
# then the items (ninth session)
_DIV_LIST6 = re.compile(rf"(?P<verb>共设|现设|设有|内设|下设|设)(?:职能|业务|内设)?(?P<suf>[科处股][（(]室[)）]|科室|股室|处室|部室)"
                        rf"(?P<num>{CN_NUM})个[，,]?(?:分别为|分别是|即|包括)[：:]?(?P<list>[^。；]+)")
# "内设民政、优抚、社会3股" / "下设政工、民政2组和A、B": a county annal's count written straight before 股/组 (no 个);
# whole division names may follow after 和/及 (t9ext)
_DIV_LIST7 = re.compile(rf"(?P<verb>下设|内设|设有)(?P<list>[^。；：，]{{2,120}}?)(?<![零〇一二两三四五六七八九十百千万\d])"
                        rf"(?P<num>{CN_NUM})(?P<suf>股|组)(?![织长员建成合份票东权本价市])"
                        r"(?:(?:和|及)(?P<more>[^。；，：]{2,120}))?(?=[。；，]|$)")
# "X内设机构4个：A、B、C、D" / "机关内设科室5个，分别是A、B…": the division noun, then the count, then the list (units14)
_DIV_LIST8 = re.compile(rf"(?P<verb>内设)(?:机构|科室|股室|处室|职能机构|职能科室)(?P<num>{CN_NUM})个[，,]?"
                        r"(?:(?:分别是|分别为|即|包括|为|有)[：:]?|[：:])(?P<list>[^。；]+)")
# (seventeenth session) "中心内设办公室、采编部、技术部等科室" / "局下设A、B、C等机构": no count, the list closed by 等 and
# the division noun
_DIV_LIST9 = re.compile(r"(?P<verb>内设|下设|设有)(?![机构]|有)(?P<list>[^。；：，,]{4,200}?)等(?P<suf>)(?:内设机构|职能科室|科室|股室|处室|部室|机构|部门)"
                        r"(?P<num>)(?=[，,。；]|$)")
# "内设机构包括：A、B、C。" without a count; "内设科室：A、B" / "下设股室有：A、B" (sixteenth session)
_DIV_LIST3 = re.compile(r"(?P<verb>(?:内设|下设)机构(?:包括|有|为|是)?|(?:内设|下设)(?:职能|业务)?(?:科室|股室|处室|部室)(?:包括|有|为|是)?|内设|下设|"
                        r"设(?:置)?下列(?:内设机构|职能部门|司局|处室|科室|股室|机构))"
                        r"[：:](?P<list>[^。；\n]+)(?P<num>)")


# "县计划生育委员会内设办公室、宣传股、计划股。": no colon, no count; the host written right before;
# "…内设A（B、C）、D，其规格为正科级。": a rank shared by every item closes the list
_DIV_LIST4 = re.compile(r"(?P<verb>内设|下设|(?<=[我本][局委办所站院馆厅])设(?![置立在有计定备施想]))(?![机构]|有|[：:])(?P<list>[^。；：]{4,200}?)(?P<num>)"
                        rf"(?:[，,](?:其|均)?(?:机构)?规格(?:均)?为(?P<rank>{_LIST_RANK}))?(?=[。；]|$)")
# "X下设18个机构（副司局级），分别为：A、B（C）…": a count, the items' rank in brackets, then the list
_DIV_LIST5 = re.compile(rf"(?P<verb>下设|内设|设)下?(?P<num>{CN_NUM})个(?:内设|职能|业务)?(?P<suf>机构|司局|处室|科室|股室)"
                        rf"[（(](?P<rank>{_LIST_RANK})[)）][，,]?(?:分别为|分别是|即|包括|为)?[：:](?P<list>[^。]+)")
# "X直属科级事业单位4个，A（B）、C、D。" / "下设股级事业单位A、B和C。": the body's public institutions
_INSTITUTIONS = re.compile(rf"(?P<rel>直属|下设|下属|所属|(?<=[局委厅办署])属)(?P<rank>{_LIST_RANK})?事业单位(?:(?P<num>{CN_NUM})个)?(?:有|包括|为)?[，,：:]?"
                           r"(?:(?<=[，,])(?:即|为|是|分别是|分别为|包括)[：:]?)?(?P<list>[^。；]{4,300})(?=[。；]|$)")
# (sixteenth session) "所属事业单位1个，为X" / "下属事业单位一个，即X": one institution, named after its count
_INSTITUTION_END = re.compile(r"(?:中心|站|台|所|院|队|馆|圃|场|社|室|处|局|会)$")


def _institutions(sent: Sentence, text: str, ctx: Ctx) -> None:
    for m in _INSTITUTIONS.finditer(text):
        # "县林业局局属事业单位有：…": 局属 is the body's own (its 局 written again), the host before it
        left = text[: m.start() - 1] if m.group("rel") == "属" else text[: m.start()]
        host = name_at_end(left)
        if not host or not left.rstrip(" ，,").endswith(host):
            host = None
            if not left.strip(" ，,") and ctx.recent:
                host = ctx.recent[-1]  # "X为…。下设股级事业单位A、B…": the subject of the sentence before
            elif left.endswith(("；", "，", ",", ";")):  # "X保留，内设A、B；下设…": the body whose divisions came before
                named = [n for _, _, n in find_names(left)
                         if n not in ctx.divisions and not re.match(r"(?:内设|下设|设)", n)
                         and not any(d != n and d.endswith(n) for d in ctx.divisions)]
                host = named[-1] if named else None
            else:
                host = referred_host(left, ctx)  # "机构改革后，局直属事业单位有…": the body written by its ending
        if not host or re.search(r"(?:政府|[省市县区]委)$", host):
            continue  # "另设县政府直属事业单位2个：…": a government's list by kind (constructions' counted list)
        # "…有A、B、C等10个": the count closing the list is no item
        listed = re.sub(rf"(?:等|共)?(?:{CN_NUM})个(?:单位)?$", "", m.group("list").strip())
        items = _with_shared_heads(split_list_items(listed))
        named = []
        for item in items:
            pm = re.fullmatch(r"(.+?)[（(]([^）)]{2,60})[）)]", item)
            base = pm.group(1) if pm else item
            if not _INSTITUTION_END.search(base) or len(base) > 30 or re.search(r"[\d，]|[等共]", base):
                return  # every item a body's name, or no list
            inner = pm.group(2).strip() if pm else ""
            if inner and RANK_RE.fullmatch(inner):  # "A（副科级）、B（股级）": the item's own rank, no sign
                named.append((base, [], norm_rank(inner)))
            else:  # "A（B）": a second name it carries; a note ("（参公）") is none
                named.append((base, [x for x in re.split(r"[、，]", inner) if x and is_unit_name(x)], None))
        if len(named) < 2 and not (len(named) == 1 and m.group("num") and cn_int(m.group("num")) == 1):
            continue
        prov = ctx.prov(sent)
        relation = "直属" if m.group("rel") == "直属" else "所属"
        for name, signs, own_rank in named:
            ctx.units.append(UnitStatement(Mention(name), prov, kind="事业单位", rank=m.group("rank") or own_rank,
                                           parent=Mention(host), parent_relation=relation, signs=signs))
        ctx.mark(sent)


def referred_host(left: str, ctx: Ctx) -> str | None:
    """The body a clause names by its ending alone ("局内设A、B", "机构改革后，局直属事业单位有…", "该馆下设…"): the
    page's own body with that ending (its focus, its title's), else the last body an event formed or named with that
    ending, else the last body named; None when the clause writes more than an ending."""
    from .news import _report_unit

    ending = _referring_ending(left)
    if not ending:
        return None
    # the page's own body first (its focus, its title's), then a body just formed, then the last one named
    own = [ctx.focus, _report_unit(ctx.title) or titled_unit(ctx.title)]
    return referred_body(ctx, ending, [own, "formed", "recent"])


def _referring_ending(left: str) -> str | None:
    """The ending a clause's subject is written by alone, after a time or source lead ("机构改革后，局" → 局)."""
    m = ENDING_ALONE.fullmatch(_after_lead(left.strip(" ，,")).strip())
    return m.group("c") if m else None


def _after_lead(bare: str) -> str:
    """A subject without the time or source lead before it ("截至2024年3月，中心" → 中心; ``news._SUBJECT_LEAD``): only
    when a comma parts the two."""
    from .news import _SUBJECT_LEAD

    return bare[(_SUBJECT_LEAD.match(bare) or re.match("", bare)).end():] if re.search(r"[，,]", bare) else bare


def _with_shared_heads(items: list[str]) -> list[str]:
    """A list's run of bare words before an item they share a head with, each given the head: "A所、东河、西河水库管理所"
    → A所, 东河水库管理所, 西河水库管理所 (the shared head in a list, ``subordinates.shared_head_items``)."""
    out: list[str] = []
    run: list[str] = []
    for item in items:
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", item) and not _INSTITUTION_END.search(item):
            run.append(item)
            continue
        read = shared_head_items("、".join(run) + "、", item) if run else None
        out.extend([w + read[1] for w in read[0]] if read else [*run, item])
        run = []
    return out + run


def _division_lists(sent: Sentence, text: str, ctx: Ctx) -> None:
    for m in _DIV_LIST5.finditer(text):
        _division_list(sent, text, ctx, m, items=split_list_items(m.group("list")))
    if not _DIV_LIST5.search(text):
        _other_division_lists(sent, text, ctx)
    _institutions(sent, text, ctx)


def _other_division_lists(sent: Sentence, text: str, ctx: Ctx) -> None:
    for pattern in (_DIV_LIST, _DIV_LIST2, _DIV_LIST3, _DIV_LIST6, _DIV_LIST8, _DIV_LIST9):
        for m in pattern.finditer(text):
            _division_list(sent, text, ctx, m)
            if pattern is _DIV_LIST:
                _further_counted_lists(sent, text, ctx, m)
    if not any(p.search(text) for p in (_DIV_LIST, _DIV_LIST2, _DIV_LIST3, _DIV_LIST6, _DIV_LIST8, _DIV_LIST9)):
        for m in _DIV_LIST7.finditer(text):
            bare = [i.strip() for i in m.group("list").split("、") if i.strip()]
            more = [i.strip() for i in (m.group("more") or "").split("、") if i.strip()]
            if len(bare) < 2 or any(not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", i) for i in bare) \
                    or any(not is_division_name(i) for i in more) or (m.group("more") and not more):
                continue  # bare items, and whole division names after 和 ("…4股和生产救灾办公室")
            _division_list(sent, text, ctx, m, items=[*bare, *more])
    if not any(p.search(text) for p in (_DIV_LIST, _DIV_LIST2, _DIV_LIST3, _DIV_LIST6, _DIV_LIST8, _DIV_LIST9)):
        for m in _DIV_LIST4.finditer(text):
            items = _before_next_clause(split_list_items(m.group("list")))
            host = name_at_end(text[: m.start()])
            written = bool(host and text[: m.start()].endswith(host))
            kept = re.fullmatch(r"(?:.*[，,])?\s*(?P<h>[^，,。；]{2,40}?)(?:予以)?保留[，,]\s*", text[: m.start()])
            if not written and kept and name_at_end(kept.group("h")) == kept.group("h"):
                host, written = kept.group("h"), True  # "X保留，内设A、B": the kept body's divisions
            if not written and re.search(r"(?:^|[：:，,])\s*机关\s*$", text[: m.start()]):
                # "县林业局设科室情况：机关内设A（B）、C…": the organ of the body named before it, else of the page's
                # unit (a 部门决算 page) (units14)
                from .counted_lists import organ_host

                host = organ_host(ctx, text[: m.start()])
                written = bool(host)
            township = re.search(r"(?:^|[，,])\s*(?P<t>[^，,]{1,10}(?:镇|乡|街道))\s*$", text[: m.start()])
            if not written and township:  # "改革后，柳市镇内设A、B、C": the township's government (sixteenth session)
                from .counted_lists import government_of_township

                governed = government_of_township(township.group("t"))
                host, written = (governed, True) if governed != township.group("t") else (host, written)
            # "X 文化事业单位。…。内设A、B和C。": no host written, the body a sentence just before described
            after_description = not text[: m.start()].strip() and ctx.described and ctx.described_at >= sent.index - 3
            bare = [re.sub(r"[（(][^）)]*[）)]$", "", i) for i in items]
            # "我所设A、B、C" / "本局内设A、B" on the body's own page: the page's body (``_division_list`` reads 我所)
            own_page = re.fullmatch(r"\s*[我本](?:中心|[局委办所站院馆厅])(?:机关)?\s*", text[: m.start()])
            # "X为正处级事业单位，内设A、B和C，其…": the body the sentence describes (``_division_list`` reads it)
            sm = re.match(r"^(?P<s>[^，。；是为系]{2,40}?)(?:是|为|系)[^。；]*[，,；;]\s*$", text[: m.start()])
            described = bool(sm and name_at_end(sm.group("s")) == sm.group("s"))
            # "1996年，机构改革后的X局、馆合并（…），为…正处级事业单位，内设A、B…": the clause before describes the
            # sentence's subject (its first body, no approver), whose divisions these are (seventeenth session)
            subject = None
            lc = re.search(r"(?:^|[，,])(?P<c>[^，。；]{0,40}?)(?:为|是|系)[^，。；]*(?:单位|机构|部门)[，,；;]\s*$", text[: m.start()])
            if lc and not (written or own_page or described):
                own = lc.group("c").strip()
                subject = (as_name(own) if own and as_name(own) == own else None) if own else next(
                    (n for s_, e_, n in find_names(text[: lc.start()])
                     if not re.match(r"(?:批准|同意|印发|研究|决定|党组|批复)", text[e_:])), None)
            if (written or after_description or own_page or described or subject) and len(items) >= 2 \
                    and all(is_division_name(i) for i in bare):
                _division_list(sent, text, ctx, m, items=items, shared_host=subject,
                               host=host if kept and written else (None if written else ctx.described))  # every item a division: a list, not prose


# a clause after a list, opening with its own verb: "…内设A、B、C，设立D、E" / "…下设A、B，另设C" (sixteenth session)
_NEXT_CLAUSE = re.compile(r"^其|^(?:另|并|还|同时|此外)?(?:设立|成立|组建|设置|设有|下设|设|加挂|挂|负责|承担|主要|核定|编制|实行|为|是|均|各)")


def _before_next_clause(items: list[str]) -> list[str]:
    """The items of a list up to the first that opens a clause of its own with a verb ("设立D"): the list's end."""
    for k, item in enumerate(items):
        if k and _NEXT_CLAUSE.match(item):
            return items[:k]
    return items


# "…内设民政、财政、教育3个科，秘书、会计2个室": a further counted list after the first, the same host's
_FURTHER_LIST = re.compile(rf"[，,](?P<verb>)(?P<list>[^，。；：]{{2,80}}?)(?<![零〇一二两三四五六七八九十百千万\d])(?P<num>{CN_NUM})个"
                           rf"(?P<rank>{_LIST_RANK})?(?P<suf>处室|处|科室|科|股室|股|室)(?![织长员建成合])")


def _further_counted_lists(sent: Sentence, text: str, ctx: Ctx, first: re.Match) -> None:
    prov = ctx.prov(sent)
    divisions_before = [u for u in ctx.units if u.kind == "内设机构" and u.parent and u.prov == prov]
    if not divisions_before:
        return  # the first list gave nothing: no host to share
    end = first.end()
    while (m := _FURTHER_LIST.match(text, end)):
        _division_list(sent, text, ctx, m, shared_host=divisions_before[-1].parent.name)
        end = m.end()
    if end > first.end():  # "5个科，3个室": each count is a part of the divisions, none their number
        ctx.staffing[:] = [x for x in ctx.staffing if not (x.kind == "内设机构" and x.prov == prov)]


def _division_list(sent: Sentence, text: str, ctx: Ctx, m: re.Match, items: list[str] | None = None,
                   host: str | None = None, shared_host: str | None = None) -> None:
    left = text[: m.start()]
    if "其中" in left[-6:]:
        return
    if re.search(r"实际$", left.rstrip()):
        return  # "目前实际设有9个科室": the count at present, a state and no quota (as 实有人数)
    if m.groupdict().get("list") and re.search(rf"{CN_NUM}个", m.group("list")):
        return  # "内设11个科室,目前实际设有9个科室": a "list" holding a count of its own spans two counts
    given = host
    host = None
    names_before = [n for s, _, n in find_names(left) if n not in ctx.divisions]
    if names_before:
        host = names_before[-1]
    bare = _after_lead(left.strip())  # "截至2024年3月，中心设A、B等32个内设机构": the time lead before the head
    # "X是…事业单位。馆内设有A、B…": the last named body with that ending; "局机关内设A、B等10个股室" on the unit's own
    # budget page ("X2022年部门预算") or a page titled with its name alone (tenth session): the page's body
    referred = _referring_ending(left)
    host = host or referred_host(left, ctx)
    if not host and re.fullmatch(r"(?:[本我该])单位(?:机关)?", bare):  # "本单位内设4个科室，分别是：…" on a unit's
        from .page_divisions import page_unit  # own budget page: the page's unit (units14)

        host = page_unit(ctx)
    subject = re.match(r"^(?P<s>[^，。；是为系]{2,40}?)(?:是|为|系)[^。；]*[，,；;]\s*$", left)
    if subject and name_at_end(subject.group("s")) == subject.group("s"):
        host = subject.group("s")  # "X是…，是…单位，内设A、B": the body the sentence describes (tenth session)
    if not host and re.fullmatch(r"(?:该|本)(?:机构|单位)", left.strip()) and ctx.described \
            and ctx.described_at >= sent.index - 2:
        host = ctx.described  # "X是…人民团体。该机构设有A、B等10个内设部门" (tenth session)
    own = re.search(r"(?:^|[，,])\s*(?P<h>[省市县区州旗](?:人民)?政府|[省市县区州旗]公署)(?:机关)?\s*$", left)
    if not host and own:  # "县政府内设民政、财政3个科": the document's own government, its level alone (tenth session)
        host = own.group("h")
    if not host and not given and not shared_host:  # "…观海卫镇…完成了机关内设机构调整。内设7个职能机构，包括…" (units14)
        from .counted_lists import government_of_township, township_list_host

        host = township_list_host(ctx, sent, left)
        township = re.search(r"(?:^|[，,])\s*(?P<t>[^，,]{1,10}(?:镇|乡|街道))(?:机关)?\s*$", left)
        if not host and township and government_of_township(township.group("t")) != township.group("t"):
            host = government_of_township(township.group("t"))  # "柳市镇设置A、B3个内设机构" in a county's text (sixteenth session)
    host = shared_host or host or given or ctx.focus
    if host and not shared_host and not given:
        # "某市博物馆是…。博物馆内设A、B等部门": the body just named in full, written again without its place
        # (seventeenth session)
        full = next((n for n in (ctx.described, ctx.focus, *reversed(ctx.recent))
                     if n and n != host and n.endswith(host)
                     and re.fullmatch(r"[\u4e00-\u9fff*＊xX]{1,12}?(?:省|自治区|市|县|区|州|旗|盟|镇|乡|街道)", n[: -len(host)])), None)
        host = full or host
    if host:  # "甲镇设置A、B…4个内设机构": the township's government (units14)
        from .counted_lists import government_of_township

        host = government_of_township(host)
    host = placed(host, opening_place(text)) if host else host  # "甲区设区城市管理局，内设…" (eleventh session)
    if not host and not referred and ctx.described and ctx.described_at == sent.index - 1 and not find_names(left):
        host = ctx.described  # "X是…事业单位。现有员工500多人，设A、B等16个机构。": the body just described
    if not host and not left.strip() and ctx.recent:
        host = ctx.recent[-1]  # "X为…。下设A、B…": the subject of the sentence before
    if not host:
        return
    suffix = m.groupdict().get("suf") or ""
    suffix_char = suffix[0] if suffix[:1] in ("司", "局", "处", "科") and suffix not in ("司局", "司局部门") \
        and "室" not in suffix else ""  # "职能科（室）23个": 科 or 室, no suffix to add
    if suffix == "室":
        suffix_char = "室"  # "秘书、会计、警佐3个室": 秘书室 … (a bare 室, not 科室/处室: one of two nouns)
    if suffix in ("股", "组"):  # "计委下设计划、统计2个组": 计划组 …, only with the host right before the verb
        # or its forming verb between ("1975年，县计委成立，下设计划、统计2个组": the body formed, then its divisions)
        if not re.sub(r"(?:正式)?(?:成立|组建|设立|恢复|复设|重建|建立)$", "", left.rstrip(" ，,")).endswith(host):
            return
        suffix_char = suffix
    # split outside brackets, and at 和/及 before the last item ("…宣教科和后勤财务科")
    items = items or [i.strip(" ，：:") for i in split_list_items(re.sub(r"等$", "", m.group("list").strip())) if i.strip(" ，：:")]
    if is_subordinate_list(m.groupdict().get("verb") or "", [re.sub(r"[（(][^）)]*[）)]", "", i) for i in items]):
        return  # "局下设A分局、B大队": bodies under the host, no divisions (``subordinates``)
    names: list[str] = []
    signs: dict[str, list[str]] = {}
    for item in items:
        item = re.sub(r"^(?:包括|有|为)", "", item)
        # "内设：A、B，局内设C": the host referred to again before a further division
        item = re.sub(r"^(?:[局委办院馆站所队厅署]|中心)?(?:机关)?内设", "", item)
        item = re.sub(r"(?<=[科室股处])机构$", "", item)  # "…和C科机构3个科室": the noun before the count (eleventh session)
        pm = re.fullmatch(r"(.+?)[（(]([^）)]{2,60})[）)]", item)
        # "办公室（挂A、B牌子）": one 挂…牌子 around several signs (eleventh session), or one per sign
        inner = re.sub(r"^(?:加挂|挂)(.+?)牌子$", r"\1", pm.group(2)) if pm else ""
        bracket = [re.sub(r"^(?:加挂|挂)(.+)牌子$", r"\1", x) for x in re.split(r"[、，,]", inner) if x] if pm else []
        if pm and is_division_name(pm.group(1)) and bracket and all(is_division_name(x) for x in bracket):
            item = pm.group(1)  # "国际合作司（港澳台办公室）", "办公室（人事科、应急办公室）": a division with its signs
            signs[item] = bracket
        # "政工组…四个组"; "办公室、审计股两个科": an item with a division's ending of its own takes none (sixteenth session)
        if suffix_char and not item.endswith(suffix_char) and not re.search(r"(?:司|局|厅|室|处|科|股|组|中心)$", item):
            item = item + suffix_char
        if is_division_name(item) and not is_unit_name_with_place(item):
            names.append(item)
    count = cn_int(m.group("num")) if m.group("num") else None
    count = count or None  # "下设0个处室": no division count
    if not names and re.search(r"[，,\d]", m.group("list")):
        count = None  # "内设机构，核定…，相比增加了4个内设机构": no list, the figure is another clause's
    if not names and count is None:
        return
    prov = ctx.prov(sent)
    for each in coordinated_hosts(left, host) if not shared_host else [host]:
        for item in names:
            division = ctx.division_name(item, each)
            ctx.divisions.add(division)
            ctx.units.append(UnitStatement(Mention(division), prov, kind="内设机构", rank=m.groupdict().get("rank"),
                                           parent=Mention(each), parent_relation="内设", signs=signs.get(item, [])))
        # "X现设职能科（室）23个，分别为：…": the divisions there are now, a state as 实际设有 and no quota (sixteenth session)
        present = (m.groupdict().get("verb") or "") == "现设" or bool(re.search(r"(?:现|目前)$", left.rstrip()))
        if count is not None and not shared_host and not present and (names or "内设" in m.group("verb") or "内设" in suffix):
            ctx.staffing.append(StaffingStatement(Mention(each), "内设机构", "核定", count, prov))
    ctx.mark(sent)


def coordinated_hosts(left: str, host: str) -> list[str]:
    """"甲县、乙县气象局内设A、B" / "甲区和乙区交通局下设…": bare places before the host written right before the verb
    share its name, so the divisions are each place's (fifteenth session, lists); else the host alone."""
    lead = re.search(r"(?:^|[，,；：])\s*(?:[^，,；：]*?[的])?(?P<list>[^，,；：的]{2,60})$", left.rstrip())
    if not lead or not lead.group("list").endswith(host):
        return [host]
    from .common import distribute_places

    spread = distribute_places(lead.group("list"))
    hosts = spread.split("、") if spread != lead.group("list") else []
    # the host as read may be the last place's body ("海原县气象局"), a part of the list or the whole list read as one name
    return hosts if len(hosts) >= 2 and all(h.endswith(hosts[-1][-2:]) for h in hosts) else [host]


def is_unit_name_with_place(name: str) -> bool:
    """A name with its own place/central prefix is not an internal division of the host."""
    # 市容/市场/市政… open a division's name, no place (市容管理科, eleventh session)
    return bool(re.match(r"^(?:国家|国务院|中国|中共|中央|全国|[省市县](?![容场政貌]))", name)) and is_unit_name(name)


__all__ = ["division_items", "has_structure", "is_about_sanding", "parse_structure", "profile_duties", "sanding_subject", "unit_facts",
           "name_at_start"]


# ---------------------------------------------------------------------------
# Numbered 主要职责 items outside a 三定 (news reproducing a 三定, a unit's page, a yearbook entry)
# ---------------------------------------------------------------------------

# "X的主要职责是：" / "其主要职责为：" / "主要职能：" / a line "主要职责" alone; never "具体职责包括：" (a news
# paraphrase of a 三定, no items of it)
_LISTED_INTRO = re.compile(r"主要(?:工作)?(?:职责|职能)(?:是|为|如下|包括|有)?[：:]|(?:^|\n)[ \t]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?"
                           r"[ \t]*(?:(?:部门|单位|机构|(?!内设|下设|所属|直属|各)[\u4e00-\u9fff]{2,8}?)?[ \t]*主要(?:职责|职能)|"
                           r"(?:部门|单位|机构)职责|职能职责)[ \t]*。?[ \t]*(?=\n)|"
                           # (eleventh session) a heading inside a page flattened to one line, its first item right
                           # after it: "…第一部分概况一、主要职能（一）贯彻…。（二）…"
                           r"[一二三四五六七八九十]+、[ \t]*(?:部门|单位)?主要(?:职责|职能)[ \t]*"
                           r"(?=\n?[ \t]*(?:[（(]一[)）]|1[．.、﹒]))|"
                           # (h11-dutyowner) a heading line naming the body: "一、市场监管局职责", "X机构职能"
                           r"(?:^|\n)[ \t]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?[ \t]*"
                           r"(?P<owner>(?:(?!主要)[\u4e00-\u9fff（）()]){3,30}?)的?(?:工作|机构|部门)?(?:职责|职能)[ \t]*[：:]?[ \t]*(?=\n)")
# (the heading may carry the body's short name: "一、科协主要职能", "二、县档案馆主要职责"; never a class of
# bodies under it: "内设机构主要职责" heads the divisions' duties)
# a plan's task groups and an emergency plan's command bodies state their tasks, no body's duties
_PLAN_TITLE = re.compile(r"预案|实施方案|工作方案|行动方案|工作机制|工作规则")
_WORK_GROUP = re.compile(r"(?<!领导小)组$|专班$|指挥部$|工作组$")
# a 部门预算/部门决算 (budget or final accounts) page of one unit: "2021年X部门决算", "X2023年度部门预算公开说明"
_BUDGET_TITLE = re.compile(r"^(?:(?:19|20)\d{2}\s*年度?)?\s*(?P<unit>[^\s\d（(]{2,40}?)\s*(?:[（(][^）)]{2,30}[）)])?\s*"
                           r"(?:(?:19|20)\d{2}\s*年度?)?\s*(?:部门|单位|(?<=年)|(?<=年度))(?:预算|决算)")
_ITEM_LINE = re.compile(r"[ \t]*(?:[（(](?:[一二三四五六七八九十]+|\d{1,2})[)）]|\d{1,2}[．.、﹒](?!\d)|[一二三四五六七八九十]{1,3}、)")
_OWNER_WORDS = re.compile(r"^(?:其|该[\u4e00-\u9fff]{0,2}|新组建的|新成立的|组建后的)")


def listed_duties(ctx: Ctx, skip: set[int]) -> None:
    """Numbered items right after a duty intro outside a 三定 ("X的主要职责是：\\n（一）…\\n（二）…"):
    the items of the unit named before the intro, else of the unit formed or described (not a 内设机构)
    in the intro's sentence or the three before, else of the page's own unit (``ctx.focus``). Two
    items at least, numbered from one on, each opening its own line (or all on the intro's line);
    the first line that opens with no item number ends them. Read as a 三定's items (category
    主要职责); the sentences read are added to ``skip``."""
    text = ctx.dt.text
    # a plan is named in its title or opening, before any duty list (a duty item's "组织编制…应急预案" names none)
    first = _LISTED_INTRO.search(text)
    opening = text[:min(200, first.start() if first else 200)]
    if ctx.sanding or ctx.regulation or _PLAN_TITLE.search(ctx.title + "\n" + opening):
        return
    if any(d.category == "主要职责" for d in ctx.duties):
        return  # a unit's page already read by ``profile_duties``
    holders: dict[int, Mention] = {}  # sentence index → the unit described or formed there
    starts = {ctx.prov(s).start: s.index for s in ctx.dt.sentences}
    for u in ctx.units:
        if (u.kind or u.rank or u.signs) and u.kind != "内设机构" and u.prov.start in starts:
            holders.setdefault(starts[u.prov.start], u.unit)
    for e in ctx.events:
        if e.type.value in ("establish", "re_form", "rename") and e.outputs and e.prov.start in starts:
            holders[starts[e.prov.start]] = e.outputs[-1]
    for intro in _LISTED_INTRO.finditer(text):
        if intro.group("owner") and duty_owners.heading_owner(ctx, intro.group("owner")) is None:
            continue  # a heading of no body's duties ("内设机构职责", "工作职责")
        start = intro.end()
        while start < len(text) and text[start] in " \t\n":
            start += 1
        if not _ITEM_LINE.match(text, start) and intro.group(0).rstrip()[-1:] not in "：:":
            # a heading, then one sentence describing the body ("X是主管全县审计工作的县政府工作部门。"),
            # then the items
            line_end = text.find("\n", start)
            line = text[start:line_end if line_end != -1 else len(text)]
            if line_end == -1 or not line.rstrip().endswith("。") or line.count("。") > 1:
                continue
            start = line_end
            while start < len(text) and text[start] in " \t\n":
                start += 1
        if _SHI_ITEM.match(text, start):  # "主要职责是：一是负责…。二是…。": the items run on in the intro's paragraph
            line_end = text.find("\n", start)
            end = len(text) if line_end == -1 else line_end
            items = _shi_items(text, start, end)
        elif not _ITEM_LINE.match(text, start):
            continue
        else:
            end = _list_end(text, start)
            items = _items(text, start, end, arabic=True, dun=True)
        if len(items) < 2 or [n for n, _, _ in items] != list(range(1, len(items) + 1)):
            continue
        who = re.split(r"[，。；：:！？\n]", text[max(0, intro.start() - 30):intro.start()])[-1].strip()
        owners = duty_owners.class_members(ctx, who, intro.start()) or [_list_owner(ctx, text, intro, holders)]
        for list_owner in owners:
            for owner, _number, b_start, b_end in duty_owners.item_owners(ctx, text, items, list_owner):
                if owner is None or _WORK_GROUP.search(owner.name):
                    continue
                if text[b_start:b_end].lstrip().startswith(("职能转变", "转变职能")):
                    continue
                for gs, ge, sentence in _joined_sentences(ctx, b_start, b_end):
                    ctx.duties.append(DutyStatement(owner, sentence, ctx.prov_span(gs, ge), item=_number,
                                                    role=_role(sentence)))
                    skip.add(_sentence_index(ctx, gs))


# "一是…；二是…": an enumeration written with 是 (ninth session, tests/gold/README.md: read like （一）（二）)
_SHI_ITEM = re.compile(r"([一二三四五六七八九十]{1,2})是(?=[\u4e00-\u9fff])")


def _shi_items(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(number, body start, body end) of "一是…二是…" items between start and end, each mark opening the
    region or a sentence (after 。；)."""
    marks = [(cn_int(m.group(1)), m.start(), m.end()) for m in _SHI_ITEM.finditer(text, start, end)
             if m.start() == start or text[m.start() - 1] in "。；;"]
    marks = [(n, a, b) for n, a, b in marks if n is not None]
    return [(n, b, marks[k + 1][1] if k + 1 < len(marks) else end) for k, (n, _, b) in enumerate(marks)]


# "办公室：负责中心日常运转工作。" — a line naming a division the document listed for its host, then its duties
_DIVISION_DUTY_LINE = re.compile(r"^[ \t]*(?:[（(]?(?:[一二三四五六七八九十]+|\d{1,2})[)）、．.]?[ \t]*)?"
                                 r"(?P<d>[^：:，。；\s]{2,16})[ \t]*[：:][ \t]*(?P<body>(?:具体|主要)?(?:负责|承担)[^\n]+)$", re.M)


def division_duty_lines(ctx: Ctx) -> None:
    """Lines "D：负责…" after a list of divisions (outside a 三定, which is read by its structure): D one of the
    divisions read for one host, its sentences the division's duties (category 内设机构职责; tests
    `test_division_duty_lines_after_a_division_list`). Not read when no such division was listed."""
    if ctx.sanding or not ctx.divisions:
        return
    text = ctx.dt.text
    known = {d for d in ctx.divisions}
    if any(d.category == "内设机构职责" for d in ctx.duties):
        return  # read already as a numbered division list
    for m in _DIVISION_DUTY_LINE.finditer(text):
        own = m.group("d")
        hits = [d for d in known if d.endswith(own) and len(d) > len(own)]
        if len(hits) != 1:
            continue
        for gs, ge, sentence in _duty_sentences(ctx, m.start("body"), m.end("body")):
            ctx.duties.append(DutyStatement(Mention(hits[0]), sentence, ctx.prov_span(gs, ge), category="内设机构职责",
                                            role=_role(sentence)))


def _joined_sentences(ctx: Ctx, start: int, end: int) -> list[tuple[int, int, str]]:
    """An item's sentences, a sentence wrapped over lines joined ("下列审计:\n(1)…;\n(2)…。" is one);
    the rest of an item without a closing 。！？ is kept, unless the text ends there or a piece of it was
    dropped (a page cut off)."""
    text = ctx.dt.text
    out: list[tuple[int, int, str]] = []
    first = None
    last = None
    for gs, ge, _sentence in _duty_sentences(ctx, start, end):
        first = gs if first is None else first
        last = ge
        if text[gs:ge].rstrip()[-1:] in "。！？!?":
            out.append((first, ge, re.sub(r"\s*\n\s*", "", text[first:ge].strip())))
            first = None
    if first is not None and last is not None and not text[last:end].strip() and text[end:].strip():
        out.append((first, last, re.sub(r"\s*\n\s*", "", text[first:last].strip())))
    return out


# the levels of item numbers, as the genre nests them: 一、 > （一） > 1． > （1）
_LEVELS = (re.compile(r"[ \t]*[一二三四五六七八九十]{1,3}、"), re.compile(r"[ \t]*[（(][一二三四五六七八九十]+[)）]"),
           re.compile(r"[ \t]*\d{1,2}[．.、﹒](?!\d)"), re.compile(r"[ \t]*[（(]\d{1,2}[)）]"))


def _level(text: str, pos: int) -> int | None:
    return next((k for k, pattern in enumerate(_LEVELS) if pattern.match(text, pos)), None)


def _list_end(text: str, start: int) -> int:
    """The end of a list of numbered lines opening at ``start``: the first line after it that opens
    with no item number, or with a number of a higher level than the list's ("二、机构设置" after
    items "1．"), blank lines aside; or the end of the text."""
    top = _level(text, start)
    number = _item_number(text, start)
    line_end = text.find("\n", start)
    while line_end != -1:
        nxt = line_end + 1
        while nxt < len(text) and text[nxt] in " \t\n":
            nxt += 1
        if nxt >= len(text):
            return len(text)
        level = _level(text, nxt)
        if level is None and not _continues_item(text, nxt, top, number):
            return line_end
        if top is not None and level is not None and level < top:
            return line_end
        if level == top:
            number = _item_number(text, nxt)
        line_end = text.find("\n", nxt)
    return len(text)


_NUMBER_AT = re.compile(r"[ \t]*[（(]?([一二三四五六七八九十]{1,3}|\d{1,2})")


def _item_number(text: str, pos: int) -> int | None:
    m = _NUMBER_AT.match(text, pos)
    return cn_int(m.group(1)) if m else None


def _continues_item(text: str, pos: int, top: int | None, number: int | None) -> bool:
    """(eleventh session) an item's further sentences on a line of their own ("（一）负责A。⏎负责B。⏎（二）…"):
    the unnumbered line at ``pos`` (one or two such lines, each a whole sentence) belongs to item ``number``
    when the next line opens the following item at the list's own level."""
    if top is None or number is None:
        return False
    p = pos
    for _ in range(2):
        line_end = text.find("\n", p)
        if line_end == -1 or text[p:line_end].rstrip()[-1:] not in "。；;":
            return False
        p = line_end + 1
        while p < len(text) and text[p] in " \t\n":
            p += 1
        if _level(text, p) == top:
            return _item_number(text, p) == number + 1
        if _level(text, p) is not None:
            return False
    return False


def _list_owner(ctx: Ctx, text: str, intro: re.Match[str], holders: dict[int, Mention]) -> Mention | None:
    if intro.group("owner"):
        return duty_owners.heading_owner(ctx, intro.group("owner"))
    before = text[max(0, intro.start() - 60):intro.start()]
    # the words before "主要职责是：" in its line; a heading line names no one before it
    who = "" if intro.group(0).rstrip()[-1:] not in "：:" else re.split(r"[，。；：:！？\n]", before)[-1].strip()
    who = re.sub(r"的$", "", strip_item_number(who).strip())  # "一、主要职能：" numbers a heading, names no one
    if who and not _OWNER_WORDS.match(who):
        name = name_at_end(who)
        if name and who.endswith(name) and len(name) >= 3:
            canon = ctx.canon(name) if callable(ctx.canon) else name
            return Mention(written_in_full(canon, ctx.title, ctx.canon) if callable(ctx.canon) else canon)
        if re.search(r"[\u4e00-\u9fff]", who) and not re.fullmatch(r"(?:主要|其|该)", who):
            return None  # "…的主要职责" of something that is no body named ("政府信息公开工作机构的")
    index = _sentence_index(ctx, intro.start() + len(intro.group(0)) - len(intro.group(0).lstrip()))
    if index < 0:  # the intro's line stands outside any sentence: the one before it
        index = max((s.index for s in ctx.dt.sentences if s.nend <= intro.start()), default=-1)
    for k in range(index + 1, index - 4, -1):  # the description after a heading, the intro's sentence, three before
        if k in holders:
            return holders[k]
    described = duty_owners.described_subject(ctx, text, intro.start())  # "X是…队伍。其主要职责："
    if described is not None:
        return described
    # a line of its own naming the body, among the three lines before the intro (a yearbook entry's
    # heading "某县统计局", a section "（二）某县数据局")
    lines = text[:intro.start() + len(intro.group(0)) - len(intro.group(0).lstrip())].split("\n")
    for line in reversed(lines[-4:-1]):
        heading = strip_item_number(line.strip()).strip()
        if heading and as_name(heading) == heading and len(heading) >= 3:
            return Mention(ctx.canon(heading) if callable(ctx.canon) else heading)
    if ctx.focus:
        return Mention(ctx.focus)
    for line in (ctx.title, text.lstrip().split("\n", 1)[0]):
        budget = _BUDGET_TITLE.match(line.strip())
        name = name_at_end(budget.group("unit")) if budget else None
        if name and budget.group("unit").endswith(name):
            return Mention(ctx.canon(name) if callable(ctx.canon) else name)
    titled = titled_unit(ctx.title)  # a page titled with one unit's name alone ("某区应急管理局（百科）")
    if titled:
        return Mention(ctx.canon(titled) if callable(ctx.canon) else titled)
    entry = duty_owners.entry_name(ctx, text)  # an encyclopedia entry's "中文名：X" field
    if entry is not None:
        return entry
    # the body the text opens with, formed or described in its first three sentences, when the text is
    # built as a 三定 (headings "一、职责调整 / 二、主要职责 / 三、内设机构") but copied without its title:
    # "根据…，设立某县人民政府应急管理办公室，为县政府工作部门。一、职责调整…二、主要职责（一）…"
    opening = [k for k in holders if k <= 2]
    if opening and has_structure(text):
        return holders[min(opening)]
    return None
