"""The body a chronicle paragraph is about (tenth session).

Chronicle prose (县志, 机构志, a yearbook's 机构沿革, a unit's 历史沿革 page, a township's 沿革) writes the
body once and then leaves it out: "县农业局 …… 1956年改称农林局。1958年与水利局合并，称农林水利局。1962年撤销。"
Every subjectless clause of such a paragraph is about the paragraph's body, and after a rename the
body goes by its new name. This module keeps that body while a document is read:

- it is set by a heading line that is one name ("县农业技术推广中心", "17、场坝镇", "某镇的历史沿革"), by a
  name glued before a chronicle entry on its line ("种子公司 1965年设县种子站。", "林垦部 1949年10月设立，…"),
  or by a list line that is a name with its dated history in brackets ("民政局（1972年2月恢复）");
- it follows the events read: the body a sentence formed, re-formed or renamed (its new name), the body
  merged, moved or abolished (the same body, which may be restored next); a sentence forming several
  bodies leaves no one body;
- a new line that is not a chronicle entry (no date opening it) goes back to the heading's body, and a
  new heading replaces it.

The readers of subjectless clauses (the frame reader's topic, ``frames.frame_facts``) take it for a
chronicle sentence, one opening with its date ("1965年5月，改为农林局。", "同年撤销。", "民国24年…").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .common import Ctx, Sentence, as_name, strip_item_number

_HEADING_TAIL = re.compile(r"(?:的)?(?:历史沿革|机构沿革|建置沿革|组织沿革|沿革|概况|简介|简史)$")
# a name the recognizer may not know, written alone as a heading: a body's or a township's tail
_UNIT_TAIL = re.compile(r"[\u4e00-\u9fff]{2,20}(?:委员会|办公室|中心|公司|公署|公社|街道|[局委办部厅馆站所镇乡科队院社处署会])")
# a place chain before a township or street ("某市甲区乙镇"): the township's own name
_CHAIN_TAIL = re.compile(r"(?:省|自治区|市|县|区|旗|州)(?P<t>[^省市县区旗州]{2,6}?(?:镇|乡|街道))$")
# a chronicle entry: a date opens it (a year, 民国, a same-year word, a month under a year heading)
CHRONICLE_OPENING = re.compile(r"^\s*(?:\d{1,2}\s*[、.．]\s*)?(?:(?:19|20)\d{2}\s*年|民国|同年|当年|是年|次年|翌年|\d{1,2}\s*月)")
_BRACKET_ENTRY = re.compile(r"^(?P<n>[^（(，。；：]{2,24}?)[（(](?P<b>[^（()）]*(?:(?:19|20)\d{2}|同年)[^（()）]*)[)）]\s*$")


_TOWNSHIP_BODY = re.compile(r"[\u4e00-\u9fff]{2,4}(?:人民公社|公社|管区|区公所)|(?P<stem>[\u4e00-\u9fff]{2,3})区")
_NOT_STEM = re.compile(r"^[该本各全第一二三四五六七八九十新老]|[辖城社片园郊景灾山林牧]$|[市县省]|保护|开发|试验|示范")


def township_body(text: str) -> bool:
    """A commune or a district of a county the name recognizer may not know ("塘房区", "东风公社")."""
    m = _TOWNSHIP_BODY.fullmatch(text.strip())
    return bool(m) and not (m.group("stem") and _NOT_STEM.search(m.group("stem")))


def _body(text: str) -> str | None:
    text = strip_item_number(text.strip()).strip()
    text = _HEADING_TAIL.sub("", text)
    if not text or len(text) > 30 or re.search(r"[，。；：,;:、（()）\s\d]", text):
        return None
    cm = _CHAIN_TAIL.search(text)
    if cm and len(text) > len(cm.group("t")):
        return cm.group("t")  # "广西武宣县禄新镇" → 禄新镇
    if as_name(text) == text or _UNIT_TAIL.fullmatch(text) or township_body(text):
        return text
    return None


def heading_body(line: str) -> str | None:
    """The body a heading line names ("县农业技术推广中心", "17、场坝镇", "中滩镇的历史沿革"); None for a
    heading of another matter ("第七章 农业管理机构", "历史沿革")."""
    return _body(line)


def glued_heading(text: str) -> tuple[str, str] | None:
    """"种子公司1965年设县种子站" → (种子公司, "1965年设县种子站"): a name written before a chronicle
    entry on its line (the printed spaces between them are gone after normalization)."""
    m = re.match(r"^\s*(?P<n>[^\d，。；：,;:（(]{2,24}?)\s*(?=(?:19|20)\d{2}\s*年|民国)", strip_item_number(text))
    if not m:
        return None
    name = _body(m.group("n"))
    if not name:
        return None
    rest = strip_item_number(text)[m.end():]
    return name, rest


def bracket_entry(text: str) -> tuple[str, str] | None:
    """"民政局（1972年2月恢复）" → (民政局, "1972年2月恢复"): a list line of a body and its dated history."""
    m = _BRACKET_ENTRY.match(strip_item_number(text.strip()))
    if not m:
        return None
    name = _body(m.group("n"))
    return (name, m.group("b")) if name else None


def note_title(title: str, ctx: Ctx) -> None:
    """A document titled by one body ("县档案局", "某镇历史沿革") is about it from its first line."""
    body = heading_body(title) if title else None
    if body:
        ctx.heading_subject = ctx.chronicle_subject = body


def first_of_line(sent: Sentence, ctx: Ctx) -> bool:
    return sent.index == 0 or ctx.dt.sentences[sent.index - 1].line != sent.line


def note_line(sent: Sentence, ctx: Ctx) -> None:
    """Before a sentence is read: at a new line, the paragraph's body (see the module's docstring)."""
    if not first_of_line(sent, ctx):
        return
    line = ctx.dt.line_text(sent.line).strip()
    if sent.text.strip() == line and not re.search(r"[。！？]$", line) and not bracket_entry(line):
        ctx.heading_subject = heading_body(line)  # a heading of another matter ends the last body's section
        ctx.chronicle_subject, ctx.subject_confirmed, ctx.chronicle_unnamed = ctx.heading_subject, False, False
        return
    glued = glued_heading(sent.text) or bracket_entry(sent.text)
    if glued:
        ctx.chronicle_subject, ctx.heading_subject, ctx.subject_confirmed = glued[0], glued[0], False
    elif not CHRONICLE_OPENING.match(strip_item_number(sent.text)):
        ctx.chronicle_subject = ctx.heading_subject  # a new paragraph of another kind: back to the heading's body
        ctx.subject_confirmed = False


# before an entry's date: a yearbook's heading word in 【】 ("【机构设置】1951年9月…") or 于 ("于1949年3月，…")
_BEFORE_DATE = re.compile(r"^(\s*)(?:【(?P<head>[^】]{1,12})】\s*)?(?:于\s*)?(?=(?:19|20)\d{2}\s*年|民国)")


def entry_from_date(sent: Sentence) -> Sentence:
    """"于1949年3月，县民主政府设民政科" / "【机构设置】1951年9月县人民政府始设人事科" → the entry from its
    date: the readers know entries that open with the date."""
    m = _BEFORE_DATE.match(sent.text)
    if not m or m.end() == len(m.group(1)):
        return sent
    if m.group("head") and as_name(m.group("head")):
        return sent  # "【县数据局】2020年，内设股室3个…": a yearbook entry headed by its body, who owns what follows
    return replace(sent, text=m.group(1) + sent.text[m.end():])


# "1981年，全县19个公社、镇均建立档案室" / "1958年各公社都设立了文化站" / "同年，全市各街道普遍成立调解委员会": a class
# of places (or of bodies) after the entry's date, each forming a body of its own, with 均/都/普遍/先后/也 before the verb
_CLASS_ENTRY = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年[^，。；]{0,8}?|同年|当年|是年|次年)?[，,]?\s*(?:全[县市区省旗州]|各)(?:各)?"
                          r"[^，。；]{0,16}?(?:公社|乡镇|乡|镇|场|街道|办事处|区|村|社区|单位|机关|部门|学校|企业)"
                          r"(?:[、和][^，。；]{1,6})*?(?:均|都|普遍|先后|相继|也都|全部|陆续)(?:已|先后|相继)?"
                          r"(?:建立|设立|设置|成立|组建|设有|增设|设)")


def class_entry(text: str) -> bool:
    """A chronicle entry whose subject is a class of places or bodies each forming its own body: the body
    formed is no one unit (see the pattern's examples)."""
    return bool(_CLASS_ENTRY.match(strip_item_number(text)))


def subject_of(sent: Sentence, ctx: Ctx, text: str) -> str | None:
    """The paragraph's body for a chronicle sentence (``text``: the sentence after its glued heading)."""
    if ctx.sanding or ctx.regulation or not ctx.chronicle_subject:
        return None
    if CHRONICLE_OPENING.match(strip_item_number(text)):
        return ctx.full(ctx.chronicle_subject)
    return None


_FORMS = ("establish", "re_form", "rename")
# the party group or leadership group set up inside a body ("中共某局党组", "某局核心小组", "某局革命领导小组"):
# formed in a chronicle of the body, it does not become the body the later entries are about
PARTY_GROUP = re.compile(r"(?:核心小组|党组|党委|党总支|党支部|革命领导小组)$")
_SAME = ("abolish", "merge_into", "transfer_unit", "co_locate", "upgrade", "downgrade", "change_kind", "add_sign")


def note_read(ctx: Ctx, events: list) -> None:
    """After a sentence: the one body it formed or renamed, else the one it merged, moved or abolished;
    several bodies formed ("撤销农林局，建立农业局、林业局和畜牧局") leave none."""
    if not events:
        return
    ctx.subject_confirmed, ctx.chronicle_unnamed = True, False
    # "成立某乡人民政府": the township itself is the paragraph's body
    formed = {re.sub(r"(?<=[乡镇])人民政府$", "", m.name) for e in events if e.type.value in _FORMS for m in e.outputs}
    if formed and all(PARTY_GROUP.search(n) for n in formed):
        return  # "成立中共某局核心小组": the body's party group; the entries after it go on about the body
    ctx.chronicle_group = sorted(formed) if len(formed) > 1 else []
    if formed:
        ctx.chronicle_subject = formed.pop() if len(formed) == 1 else None
        return
    last = events[-1]
    kind = last.type.value
    if kind == "merge_into":
        # "A并入B": the paragraph stays with the body it was about; else the one its heading names
        names = [m.name for m in (*last.inputs, *last.outputs)]
        now = ctx.full(ctx.chronicle_subject or "")
        stem = (ctx.heading_subject or "")[:2]
        if now not in [ctx.full(n) for n in names]:
            ctx.chronicle_subject = next((n for n in names if stem and n.startswith(stem)), names[0] if names else None)
    elif kind in _SAME and len(last.inputs) == 1:
        ctx.chronicle_subject = last.inputs[0].name


__all__ = ["CHRONICLE_OPENING", "PARTY_GROUP", "bracket_entry", "class_entry", "entry_from_date", "first_of_line", "glued_heading", "heading_body",
           "note_line", "note_read", "note_title", "subject_of", "township_body"]
