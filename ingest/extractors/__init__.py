"""Extractors: one document's text → name-level statements (``DocumentFacts``).

``extract(raw, doc)`` reads the document sentence by sentence with every pattern family
(a document can mix genres): what units are (sanding.unit_facts), reform events
(reform.event_facts), figures about posts and rank changes (news). The 三定 article
structure (主要职责 items, 职责分工, 内设机构 lists) is parsed only when it is present.
Short names are replaced by the full form the same document gives; facts stated twice are
merged; sentences with establishment wording that produced no fact go to ``unparsed``.

``detect_jurisdiction(raw)`` names the place a document is about (中央 for national ones).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from types import SimpleNamespace

from ingest.readers.meta import DATE_LINE, MINGUO_YEAR, MONTH_LINE, format_date, infer_meta, minguo_year
from kg.abbrev import abbreviations
from kg.divisions import divisions
from kg.model import Document, DocumentFacts, DutyMove, EventStatement, EventType, Mention, UnitStatement
from kg.names import (
    PlacedName,
    builtin_aliases,
    builtin_gazetteer,
    display_name,
    name_variants,
    place_name,
    zone_district,
)
from kg.text import normalize_name, normalize_text, occurrences

from . import chronicle_subject, clause_rewrites, headed_divisions, news, page_divisions, reform, sanding
from .body_counts import body_count_facts
from .boundary_parts import add_boundary_parts
from .co_location import co_located_signs, formed_together, separated_again
from .common import (
    RANK_RE,
    Ctx,
    DocText,
    as_name,
    date_in,
    date_running_days,
    event_date,
    find_names,
    in_cited_basis,
    is_headline,
    name_at_end,
    name_at_start,
    narrative_date,
    norm_rank,
    note_paragraph_date,
    paragraph_date,
    relative_year,
    strip_item_number,
)
from .constructions import _kind_by_level, bracket_sign_line, construction_facts, note_row_cell
from .counted_lists import owned_figures_first
from .county_relative import county_name, county_relative, naming_rule, prefixed_name
from .event_names import complete_event_names
from .frames import bracket_co_location_line, bracket_entry_facts, field_facts, frame_facts
from .handover import handover_facts
from .header_lists import class_heading_line, headed_class_members
from .inauguration import date_forming_by_inauguration
from .level_owned import level_owned_kind
from .links import link_statements, note_former_parents
from .place_evidence import (
    after_upper_stem,
    counties_after_upper_stem,
    only_place_of_its_bodies,
    outlet_county,
    relative_level_place,
    relative_stem_place,
    source_book_place,
    station_short_place,
    taiwan_executive,
    township_newest_form,
    without_addresses,
    without_citations,
    without_rosters,
)
from .prose_duties import add_prose_duties
from .reference import resolved
from .sanding_openings import added_duty_lines, cited_basis_spans, set_up_body

__all__ = ["detect_jurisdiction", "extract"]

_ESTABLISHMENT_WORDS = re.compile(
    r"组建|划入|划转|划归|牌子|更名|撤销|不再保留|不再设立|合并|并入|升格|降格|核增|核减|收回|调整为|新设|"
    r"增设|设立|成立|整合|重组|合署|代管|改由|核定|编制\s*\d|\d+\s*名[^。]{0,6}编制|编制[^。]{0,8}\d+\s*名"
)


def extract(raw, doc: Document) -> DocumentFacts:
    """Read the statements of one document. ``raw`` is a RawDocument (``.text``, ``.meta``)."""
    dt = DocText.build(raw.text)
    meta = getattr(raw, "meta", {}) or {}
    title = normalize_text(meta.get("title") or (doc.title if doc.title and doc.title != _stem(doc.path) else ""))
    head = "\n".join(dt.text.split("\n")[:6])
    ctx = Ctx(doc.id, dt, title, doc.jurisdiction or "中央")
    ctx.doc_date = doc.date or meta.get("date")

    structured = sanding.has_structure(dt.text)
    # a 三定 copied without its title: its opening cites a plan and sets the body up ("根据《…》，设置X，为…")
    opening_body = set_up_body(dt.text, as_name) if structured else None
    ctx.sanding = structured and bool(sanding.SANDING_TITLE.search(title + "\n" + head) or
                                      sanding._SECOND_ARTICLE.search(dt.text) or
                                      sanding.titled_in_opening(dt.text) or opening_body)
    ctx.about_sanding = ctx.sanding or sanding.is_about_sanding(title, dt.text)
    ctx.sanding_in_history = ctx.about_sanding and not ctx.sanding and sanding.sanding_in_history(title, dt.text)
    ctx.regulation = not ctx.about_sanding and _is_regulation(title or head.split("\n")[0], dt.text)
    # "明确部门管理职责" / "成员单位职责" head a list of each body's part, as 职责分工 does
    ctx.division_context = bool(re.search(r"职责分工|分工|职责边界|职责划分|监管职责|监管责任|各负其责|监管界限|责任分工|"
                                          r"(?:部门|成员单位)(?:管理|监管|工作|主要|应急)?职责",
                                          title + "\n" + dt.text[:4000]))
    canon = _Canon(title + "\n" + dt.text, ctx.jurisdiction)
    for sent in dt.sentences:
        for _, _, name in find_names(sent.text):
            canon.known.add(name)
    canon.read_declared(dt.text, ctx)
    ctx.canon = canon.get

    subject = sanding.sanding_subject(title, dt.text) if ctx.about_sanding else None
    subject = subject or (opening_body if ctx.sanding else None)
    notice_subject = _notice_subject(title + "\n" + head)
    if ctx.sanding and subject:
        ctx.focus = canon.get(subject)
    elif notice_subject:
        ctx.focus, ctx.notice = canon.get(notice_subject), True
    elif profile_subject := _profile_subject(title) or _profile_subject(dt.text.lstrip().split("\n", 1)[0]):
        ctx.focus, ctx.profile = canon.get(profile_subject), True
        ctx.profile_title = title if _profile_subject(title) else dt.text.lstrip().split("\n", 1)[0]
    elif ctx.about_sanding:
        # the 三定's own unit, named in its title, before any guess from the most named unit
        ctx.focus = canon.get(subject) if subject else _sanding_focus(title, dt.text, canon)

    ctx.focus = _unplaceholdered(ctx.focus, dt.text, ctx.jurisdiction)
    if ctx.profile and ctx.focus:
        ctx.focus = sanding.written_in_full(ctx.focus, title, canon.get)
    if ctx.sanding and ctx.focus:
        sanding.parse_structure(ctx, ctx.focus)
        _added_duties(ctx)  # "（一）增加的职能：⏎X职能。" (fourteenth session)
    elif ctx.focus and sanding.SANDING_TITLE.search(title + "\n" + head):
        sanding.division_headings(ctx, ctx.focus)  # a 三定 cut to its division pages
    elif ctx.profile and ctx.focus:
        # a unit's own page reproducing its numbered 主要职责 items (a page titled with them: from its top)
        sanding.profile_duties(ctx, ctx.focus, duty_page=bool(_DUTY_PAGE.search(ctx.profile_title)))
        sanding.profile_division_headings(ctx, ctx.focus)  # "内设机构⏎(一)科普部⏎收集…"
    elif not ctx.about_sanding and not ctx.notice and not ctx.profile:
        sanding.titled_unit_duties(ctx, title)  # "X单位名" as the title over "主要职责\n（一）…（二）…"
    if not (ctx.sanding and ctx.focus):
        sanding.division_items(ctx)  # "X设下列内设机构：（一）综合科：…" outside a 三定
        # "（一）机构、职能设置⏎1、办公室(加挂…牌子)⏎负责…": a unit's page listing its divisions over their duties
        page_divisions.numbered_division_paragraphs(ctx, page_divisions.page_unit(ctx))
        # "科室职责⏎一、综合股⏎1.负责…": divisions headed on their own lines over their duties (twelfth session)
        headed_divisions.headed_division_duties(ctx)
    duty_sentences = set(ctx.produced)

    reform.prepass(ctx)
    chronicle_subject.note_title(title, ctx)
    headline_figures = []
    requirements = False  # inside "市辖区政府机构设置要求是：" (rules for a class of places)
    class_line = None  # the line whose sentence opened with a class of places ("乡镇只设…")
    for sent in dt.sentences:
        line_text = dt.line_text(sent.line)
        if _REQUIREMENTS_HEAD.match(line_text):
            requirements = True
        elif requirements and _TOP_HEADING.match(line_text):
            requirements = False
        if sent.index in duty_sentences:
            continue
        note_row_cell(sent, ctx)
        note_paragraph_date(sent, ctx)
        chronicle_subject.note_line(sent, ctx)
        len_events = len(ctx.events)
        if bracket_entry_facts(sent, ctx):
            _date_by_clause(sent.text, ctx.events[len_events:], ctx.doc_date)
            separated_again(sent, ctx, len_events)
            chronicle_subject.note_read(ctx, ctx.events[len_events:])
            continue  # "民政局（1972年2月恢复）": a body's dated history in brackets
        if is_headline(dt.line_text(sent.line)):
            if _HEADLINE_FIGURE.search(sent.text):
                headline_figures.append(sent)  # "某州县级融媒体中心核定事业编制281名" (a news title)
            heading = strip_item_number(sent.text.strip()).strip()
            division = re.search(r"(?:科|股|处|室|组|司)$", heading) and not re.match(r"[\u4e00-\u9fff]{0,8}?[省市县区州旗]", heading)
            if heading and as_name(heading) == heading and not division:  # ("（一）综合科" is a division's heading)
                ctx.heading_unit = (sent.index, canon.get(heading))  # "（二）县医疗保障局": its section's owner
            elif heading != sent.text.strip():
                ctx.heading_unit = None  # "三、保障措施": a numbered heading of another matter ends the section
            if class_heading_line(sent, ctx):
                continue  # "国务院组成部门" alone on its line, then one name a line (units11)
            if bracket_sign_line(sent, ctx):
                continue  # "- 国务院新闻办公室（加挂在中共中央宣传部的牌子）": a list line, no heading
            if bracket_co_location_line(sent, ctx):
                continue  # "（十二）人事科（机关党委办公室与其合署办公）": a list line, no heading
            if not _colon_list_item(sent, dt, ctx):
                continue
            if ctx.colon_verb and _colon_item_event(sent, ctx):
                continue
        written = sent
        sent = resolved(sent, ctx)  # "该局撤销", "两室合并为X": the readers read the names referred to
        sent = chronicle_subject.entry_from_date(sent)  # "于1949年3月，县民主政府设民政科": the entry from its date
        sent = clause_rewrites.rewritten(sent)  # "X于1987年经县政府批准成立": the approver, a sign's address… left out
        first_unit, first_event = len(ctx.units), len(ctx.events)
        sanding.unit_facts(sent, ctx)
        reform.event_facts(sent, ctx)
        handover_facts(sent, ctx)  # "A向B移交X职责": a duty's hand-over (seventeenth session)
        news.rank_facts(sent, ctx)
        news.rank_change_facts(sent, ctx)
        news.staffing_facts(sent, ctx)
        body_count_facts(sent, ctx)
        construction_facts(sent, ctx, first_unit)
        # a second chance, clause by clause, for what nothing above read
        frame_facts(sent, ctx, [*ctx.units[first_unit:], *ctx.events[first_event:]])
        note_former_parents(sent.text, ctx.events[first_event:])  # "A代管的X改由B代管": A, on the event
        formed_together(sent, ctx, first_event)  # "成立A、B，合署办公": the two bodies formed work together
        co_located_signs(sent, ctx, first_event, first_unit)  # "…与Y合署办公，两块牌子": the body carries Y's sign
        separated_again(sent, ctx, first_event)  # "与Y合署，1979年从Y分出": the co-location ends, no body formed
        opener = ctx.opener_date[1] if ctx.opener_date and ctx.opener_date[0] == sent.index else None
        _date_by_clause(sent.text, ctx.events[first_event:], ctx.doc_date, opener)
        _undate_cited(sent, ctx, ctx.events[first_event:])
        date_running_days(sent, ctx, ctx.events[first_event:])  # "…1950年3月，…。4月12日，设立X": the running year
        if ctx.opener_date and ctx.opener_date[0] == sent.index:
            opener = ctx.opener_date[1]
            for e in ctx.events[first_event:]:
                # "3月18日，X挂牌" under "1984年": the heading's year, not the document's
                if e.date is None or e.date[4:] == opener[4:]:
                    e.date = opener
        if ctx.colon_list == sent.line and ctx.colon_date:
            for e in ctx.events[first_event:]:
                e.date = e.date or ctx.colon_date  # an item of a list its dated colon line opened
        _date_in_own_clause(sent.text, ctx.events[first_event:])
        for e in ctx.events[first_event:]:  # "四川已于2019年挂牌成立了省大数据中心": the event's bodies too
            for group in (e.inputs, e.outputs):
                for k, m in enumerate(group):
                    place = (_clause_place(sent.text, m.name, ctx.jurisdiction) or _sentence_county(sent.text, m.name, ctx.jurisdiction)
                             or _roundup_county(sent.text, m.name, ctx.jurisdiction) if m.jurisdiction is None else None)
                    if place:
                        group[k] = Mention(m.name, jurisdiction=place)
        for u in ctx.units[first_unit:]:
            place = _clause_place(sent.text, u.unit.name, ctx.jurisdiction) or _sentence_county(sent.text, u.unit.name, ctx.jurisdiction) \
                or _roundup_county(sent.text, u.unit.name, ctx.jurisdiction)
            if place and u.unit.jurisdiction is None:
                u.unit = Mention(u.unit.name, jurisdiction=place)
                if u.parent and u.parent.jurisdiction is None and u.parent.name[:1] == u.unit.name[:1]:
                    u.parent = Mention(u.parent.name, jurisdiction=place)  # "该中心系省政府直属…": that 省's
        for u in ctx.units[first_unit:]:
            if u.parent and u.parent.jurisdiction is None:
                county = _sentence_county(sent.text, u.parent.name, ctx.jurisdiction)
                if county:
                    u.parent = Mention(u.parent.name, jurisdiction=county)  # "东海县博物馆…，属县文化局领导"
        if _CLASS_SUBJECT.match(sent.text.strip()) or chronicle_subject.class_entry(sent.text):
            # "各镇在维护稳定办公室挂群众工作办公室牌子": a rule for every township names no one unit; "1981年，全县19个
            # 公社均建立档案室": a chronicle's entry of a class of places, each with a body of its own
            ctx.units[first_unit:] = [u for u in ctx.units[first_unit:] if _placed(u.unit.name)]
            ctx.events[first_event:] = [e for e in ctx.events[first_event:]
                                        if any(_placed(m.name) for m in (*e.inputs, *e.outputs))]
        _drop_proposed(sent.text, ctx.events, first_event)
        if requirements:
            del ctx.events[first_event:]  # "组建发展改革与经济商务局" for every 市辖区: no one body formed
        if class_line == sent.line and _SUBJECTLESS_FORMING.match(strip_item_number(sent.text)):
            del ctx.events[first_event:]  # "乡镇只设…。设立人民武装部，为乡镇党委的军事部门": the rule goes on
        class_line = sent.line if _BARE_CLASS_OPENING.match(strip_item_number(sent.text).strip()) else \
            (class_line if class_line == sent.line and _SUBJECTLESS_FORMING.match(strip_item_number(sent.text)) else None)
        chronicle_subject.note_read(ctx, ctx.events[first_event:])  # the paragraph's body goes on
        for start, end, name in find_names(written.text):
            ctx.recent.append(canon.get(name))
            signed = news.in_sign_clause(written.text, start, end)
            (ctx.named_as_sign if signed else ctx.named_plainly).add(canon.get(name))

    # "6月5日，X挂牌成立。……A重组为X": the undated forming takes the inauguration day (seventeenth session)
    ctx.events = date_forming_by_inauguration(ctx.events, dt.text, ctx.full, ctx.doc_date)
    if _STANDING_LIST.search(title) or _STANDING_LIST.search(head):
        # "国务院关于部委管理的国家局设置的通知": a standing list of bodies says what is there; its
        # "对外保留/加挂…牌子" are the units' signs (kept as unit facts), not signs added by a reform
        ctx.events = [e for e in ctx.events if e.type is not EventType.ADD_SIGN]
    _headline_figures(headline_figures, ctx)
    news.form_cell_figures(ctx)  # "人员编制⏎21": a form's cells one a line, on one unit's page
    news.unit_table_figures(ctx)  # "单位 | 行政编制 |" over "青山县财政局 | 25 |": a table of bodies and their posts
    field_facts(ctx)  # "单位名称：X" / "机构规格：股级" / "主管部门：Y", one a line
    headed_class_members(ctx)  # "一、内设机构⏎办公室、林政股…" / "下属单位：⏎1.县林业站" (sixteenth session)
    add_boundary_parts(ctx)  # each party's part of a 职责分工 statement is a clause it holds
    sanding.listed_duties(ctx, duty_sentences)  # "X的主要职责是：（一）…（二）…" outside a 三定
    sanding.division_duty_lines(ctx)  # "办公室：负责…" after a list of the host's divisions
    add_prose_duties(ctx, duty_sentences)  # "X为…机构，…负责Y" / "主要职责是…" outside a 三定's items
    facts = DocumentFacts(document=doc)
    if doc.kind is None:
        doc.kind = _doc_kind(ctx, title)
    _finish(ctx, canon, facts)
    return facts


# "，随后在1997年增设X" / "，后于2001年…": a clause's time after its adverbs of sequence
_SEQUENCE_LEAD = r"(?:(?:随后|后来|此后|其后|之后|后|又|再|并)(?:在|于)|[在于](?=(?:19|20)\d{2}\s*年[^，。；]{0,30}?(?:设立|成立|组建|增设|撤销|更名|改称|合并|并入)))?"
_CLAUSE_DATE = re.compile(r"(?:^|[，；,])\s*(?:\d{1,2}[、.．]\s*)?" + _SEQUENCE_LEAD +
                          r"((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*(\d{1,2})\s*日)?\s*[，,]"
                          r"|(?:^|[，；,])\s*(?:\d{1,2}[、.．]\s*)?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?=[\u4e00-\u9fff])"
                          r"|[，；,]\s*()(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?:初|底|末|上旬|中旬|下旬)?\s*[，,]?(?=[\u4e00-\u9fff])"
                          # "，2013年8月国务院批准设立X" / "，1992年国务院批复同意设立Y": a year (and month) straight before
                          # the clause's subject, not a period word ("2019年以来", "2018年底", "2020年度")
                          r"|(?:^|[，；,])\s*" + _SEQUENCE_LEAD + r"((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?()"
                          r"(?!\s*\d)(?![底初末中上下]旬?|起|以来|来|以后|以前|之前|前|后|至|到|份|度|代|的|内|间|开始|左右)(?=[\u4e00-\u9fff])")
_TYPE_VERB = {
    EventType.ABOLISH: r"撤销|撤消|撤并|不再保留|不再设立",
    EventType.ESTABLISH: r"成立|设立|组建|建立|恢复|新设|增设|(?<![建增新单另下])设(?![立在置有])|置|建(?=乡|镇)",
    EventType.RENAME: r"更名|改名|改称|复名|易名|改为|改设|改回|复称",
    EventType.CO_LOCATE: r"合署办公|合属办公",
    EventType.TRANSFER_UNIT: r"划归|改由|改属|改隶",
    EventType.MERGE_INTO: r"并入|合并",
    EventType.UPGRADE: r"升格|升为|提升为|提格",
    EventType.DOWNGRADE: r"降格|降为",
}
# a clause of the report's own time ("，借助今年机构改革，X升格为…", "，近日又更名为…"): it carries no earlier date
# "，同年成立X" / "，次年3月撤销Y": a clause dated by the year of the clause (or opener) before it
_SAME_YEAR_CLAUSE = re.compile(r"[，；,]\s*(同年|当年|是年|次年|翌年|第二年)(?:\s*(\d{1,2})\s*月)?")
_NOW_CLAUSE = re.compile(r"[，；,][^，；,。]{0,8}?(?:今年|近日|日前|近期|目前|本次|此次|这次)")


# "四川已于2019年挂牌成立了省大数据中心": a date written with 于 right before the event's verb, in its clause
_OWN_CLAUSE_DATE = re.compile(r"(?:已经|已|早已|早在|曾|先后|分别)?于\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?(?:\s*(\d{1,2})\s*日)?"
                              r"(?:正式|先后|相继)?(?:挂牌)?")


def _western_years(text: str) -> str:
    """The text with each Republican-era year written in the Western count ("民国二十九年（1940年）" → "1940年"), for
    reading clause dates only (offsets are not kept)."""
    if "民" not in text:
        return text
    return MINGUO_YEAR.sub(lambda m: f"{minguo_year(m)}年" if minguo_year(m) else m.group(0), text)


def _date_in_own_clause(text: str, events: list) -> None:  # type: ignore[type-arg]
    """"在四川省数据局成立前，四川已于2019年挂牌成立了省大数据中心" under a heading "2024年1月11日": the event
    whose verb follows "于YYYY年(M月(D日))" in its own clause, its body named after the verb in that clause, takes
    that date, whatever the heading, paragraph or document gives."""
    for clause in re.split(r"[，。；]", _western_years(text)):
        dm = _OWN_CLAUSE_DATE.search(clause)
        if not dm:
            continue
        rest = clause[dm.end():]
        date = format_date(dm.group(1), dm.group(2), dm.group(3) if dm.group(2) else None)
        for e in events:
            verb = _TYPE_VERB.get(e.type)
            body = e.inputs if e.type is EventType.ABOLISH else e.outputs or e.inputs
            if not verb or not body or not date or not re.match(rf"(?:{verb})", rest):
                continue
            if body[0].name in rest:
                e.date = date


def _date_by_clause(text: str, events: list, doc_date: str | None = None,  # type: ignore[type-arg]
                    opener: str | None = None) -> None:
    """A chronicle sentence of several dated clauses ("1963年1月17日，A与B合署办公，1967年5月，A被撤消"):
    each event takes the date of the one clause that holds its verb and its body's name (nothing
    changes when none or several do). ``opener`` is the date a month-first opening took from the
    chronicle ("12月A成立；次年6月撤销" under "1949年")."""
    text = _western_years(text)  # "…，民国二十九年（1940年）改为建设科": the clause's year in the Western count
    marks = sorted([*_CLAUSE_DATE.finditer(text), *_NOW_CLAUSE.finditer(text), *_SAME_YEAR_CLAUSE.finditer(text)],
                   key=lambda m: m.start())
    now = any(m.re is _NOW_CLAUSE for m in marks)
    same = any(m.re is _SAME_YEAR_CLAUSE for m in marks)
    # "县人民政府1949年5月23日随军进驻县城，6月18日成立X": the first marked clause is a bare month after a date glued
    # to the sentence's subject; the opening is then a dated clause too
    glued = bool(marks) and marks[0].re is _CLAUSE_DATE and not any(marks[0].groups()[:6]) \
        and (opener is not None
             or any(not in_cited_basis(text, g.start()) for g in _DATE_PHRASE.finditer(text, 0, marks[0].start())))
    # "经县委研究决定，1992年3月撤销A" / "根据工作需要，2001年5月，成立B": one dated clause after a lead that gives no date
    led = bool(marks) and marks[0].re is _CLAUSE_DATE and any(marks[0].group(k) for k in (1, 4, 10)) and marks[0].start() > 0 \
        and _DATE_PHRASE.search(text, 0, marks[0].start()) is None
    if not events or len(marks) < (1 if now or same or glued or led else 2):
        return
    segments = []
    year = None
    if marks[0].start() > 0 and (now or same or glued or led):
        # the sentence's opening (its chronicle date, if any) up to the first marked clause
        opening = narrative_date(text) or event_date(text[:marks[0].start()], None) or opener
        segments.append((text[:marks[0].start()], opening))
        year = opening[:4] if opening else None
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        if m.re is _NOW_CLAUSE:
            # the document's time ("，今年3月更名为…": its month), not a date carried on
            segments.append((text[m.start():end], relative_year(text[m.start():end], doc_date)
                             if re.search(r"今年\s*\d{1,2}\s*月", text[m.start():end]) else None))
            continue
        if m.re is _SAME_YEAR_CLAUSE:
            if year:
                year = str(int(year) + (0 if m.group(1) in ("同年", "当年", "是年") else 1))
            segments.append((text[m.end():end], format_date(year, m.group(2)) or format_date(year) if year else None))
            continue
        groups = m.groups()
        mark_year, month, day = next((groups[i:i + 3] for i in (0, 3, 6, 9) if any(groups[i:i + 3])), (None, None, None))
        if not mark_year and not year:
            # "县人民政府1949年5月23日随军进驻，6月18日成立X": a date glued after the sentence's subject, not at a
            # clause start, still gives its year to the bare month clauses after it
            glued = [g for g in _DATE_PHRASE.finditer(text, 0, m.start()) if not in_cited_basis(text, g.start())]
            year = glued[-1].group(1) if glued else None
        year = mark_year or year  # "1949年5月23日…，6月18日成立X": the month takes the clause's year before
        segments.append((text[m.end():end], format_date(year, month or None, day if month and day else None) if year else None))
    for e in events:
        verb = _TYPE_VERB.get(e.type)
        body = (e.inputs if e.type in (EventType.ABOLISH, EventType.TRANSFER_UNIT) else e.outputs or e.inputs)
        if not verb or not body:
            continue
        stem = re.sub(r"^(?:中共)?[\u4e00-\u9fff]{0,6}?[省市县区州]", "", body[0].name)[-3:] \
            or body[0].name  # "档案局" of 某县档案局; a district's whole name ("禄新区")
        held = [d for seg, d in segments if re.search(verb, seg) and (stem in seg or body[0].name in seg)]
        if not held:
            # "12月A成立；次年6月撤销": a clause of the verb alone, its subject the body just named
            held = [d for seg, d in segments if re.match(rf"\s*(?:又|再|旋即|随即|即)?(?:{verb})", seg)]
        if len(held) == 1 and (held[0] or now):  # a 同年 clause without a year before it changes nothing
            e.date = held[0]


def _undate_cited(sent, ctx, events: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    """"根据省委编委2018年12月的批复精神，X正式组建": the date of a cited basis dates the document cited, not the
    event; an event a reader dated by it takes the sentence's other date (paragraph, document) instead."""
    text = sent.text
    asides = [(b.start(), b.end()) for b in _ASIDE.finditer(text)]  # "X（2019年组建）近日更名为Y": a note on X
    cited, own = set(), set()
    for m in _DATE_PHRASE.finditer(text):
        y, mo, d = m.groups()
        aside = in_cited_basis(text, m.start()) or any(a <= m.start() < b for a, b in asides)
        (cited if aside else own).add(format_date(y, mo, d if mo else None))
    cited -= own
    outside = _ASIDE.sub("", text)
    for e in events:
        verb = _TYPE_VERB.get(e.type)
        if e.date and e.date in cited and (not asides or (verb and re.search(verb, outside))):
            e.date = paragraph_date(sent, ctx)


_ASIDE = re.compile(r"[（(][^（）()]{0,20}?(?:19|20)\d{2}\s*年[^（）()]{0,12}?(?:组建|成立|设立|设|建立|恢复|更名|改称|撤销|撤)[^（）()]{0,6}[）)]")
_DATE_PHRASE = re.compile(r"((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")
# (fifteenth session, lists) the verb may take a count or 以下/下列 and a class of bodies before the colon: "甲镇新设置4个机构：",
# "决定撤销以下单位：", "新组建下列3个部门："
_LIST_VERB = re.compile(r"(?:决定)?(不再保留|撤销|撤消|设立|增设|组建|成立|(?<=新)设置)"
                        r"(?:(?:(?:以下|下列)?(?:\d+|[一二两三四五六七八九十]+)个|以下|下列)[^，。；：:]{0,10}?(?:机构|部门|单位|站所))?[：:]$")


def _colon_list_item(sent, dt, ctx) -> bool:  # type: ignore[no-untyped-def]
    """A line without sentence punctuation is a heading, except an item of a list its previous
    line opened with a colon ("…的决议》：\n设立A\n设立B", "决定撤销：\nA\nB")."""
    k = sent.line - 1
    prev = dt.line_text(k).strip() if k >= 0 else ""
    if prev.endswith(("：", ":")):
        ctx.colon_list = sent.line
        vm = _LIST_VERB.search(prev)
        ctx.colon_verb = vm.group(1) if vm else None
        # "…通过，1952年11月16日公布《决议》：": the items take the last full date the colon line gives
        days = re.findall(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", prev)
        if not days and vm and vm.start() == 0 and k >= 1:
            # "…通过《决议》。⏎决定撤销：⏎A": a bare verb line takes the full date of the decision line above it
            days = re.findall(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", dt.line_text(k - 1))
        ctx.colon_date = date_in(days[-1]) if days else None
        return True
        return True
    if ctx.colon_list is not None and ctx.colon_list == k and prev and is_headline(prev):
        ctx.colon_list = sent.line
        return True
    ctx.colon_list, ctx.colon_verb, ctx.colon_date = None, None, None
    return False


def _colon_item_event(sent, ctx) -> bool:  # type: ignore[no-untyped-def]
    """"决定撤销：" then a bare name on each line: each listed body ends (or opens)."""
    name = as_name(strip_item_number(sent.text.strip()))
    if not name:
        return False
    kw = {"date": ctx.colon_date} if ctx.colon_date else {}
    if ctx.colon_verb in ("不再保留", "撤销", "撤消"):
        reform._event(ctx, sent, EventType.ABOLISH, [ctx.full(name)], [], **kw)
    else:
        reform._event(ctx, sent, EventType.ESTABLISH, [], [ctx.full(name)], **kw)
        if name not in ctx.established:
            ctx.established.append(name)
    return True


def _placed(name: str) -> bool:
    return bool(_PLACED.match(name) or divisions().place_prefix(name))


def _sentence_county(text: str, name: str, own: str) -> str | None:
    """In a city's or province's document, "东海县博物馆…，属县文化局领导，和县图书馆合署办公": a 县-relative
    name is in the one county the sentence names before it (written as a county: 东海县), when the
    document's own place is above county level."""
    i = text.find(name)
    gaz = divisions()
    if not name.startswith("县") or i <= 0 or gaz.level(own) not in ("市", "省", "自治区", "州", "地区", "盟"):
        return None
    found = {text[m.start():m.end()] for m in re.finditer(r"[\u4e00-\u9fff]{1,4}?县", text[:i])
             if gaz.is_place(text[m.start():m.end()]) and gaz.level(text[m.start():m.end()]) == "县"}
    found = {f for f in found if f != own}
    return found.pop() if len(found) == 1 else None


def _roundup_county(text: str, name: str, own: str | None) -> str | None:
    """In a round-up of no place of its own, "甲省乙县在机构改革中，将原城市管理局的职能并入住房和城乡建设局",
    "甲省丙市丁县将医疗保障局职责划入…，不再保留…的县医保局": a name written bare or relative to the county
    level is in the one county-level place the sentence names before it (eleventh session)."""
    i = text.find(name)
    if own not in (None, "中央") or i <= 0 or (_placed(name) and not name.startswith("县")) \
            or name.startswith(("县委", "县政府", "县人民政府")):
        return None
    gaz = divisions()
    head = text[:i]
    found = {gaz.get(p)[0].name for p in _place_candidates(head) if gaz.level(p) == "县"}  # 务川县 → its full name
    found |= {county for _start, county in counties_after_upper_stem(head)}
    return found.pop() if len(found) == 1 else None


def _clause_place(text: str, name: str, own: str) -> str | None:
    """In a document about several places, "四川已于2019年挂牌成立了省大数据中心": the 省/市 of a
    place-relative name is the province or city the same clause names before it (四川省), when
    that is not the document's own place."""
    marker = re.match(r"^(省|市)(?!委|政府|人民政府)", name)
    i = text.find(name)
    if not marker or i <= 0:
        return None
    start = max(text.rfind(c, 0, i) for c in "，。；：！？") + 1
    clause = text[start:i]
    gaz = divisions()
    found = None
    k = 0
    while k < len(clause) - 1:
        for length in (5, 4, 3, 2):
            token = clause[k:k + length]
            follows = clause[k + length:k + length + 1]
            # a stem ("四川") only before a word that ends a place ("四川已于…", "四川的…"), not "中山公园"
            stem_ok = length == 2 and (not follows or follows in "已于在的也还将和与、，等早曾")
            place = token if gaz.is_place(token) else (gaz.by_stem(token) if stem_ok else None)
            if place and gaz.level(place) == marker.group(1):
                found, k = place, k + length - 1
                break
        k += 1
    return found if found and found != own else None


def _own_place(name: str, jurisdiction: str) -> PlacedName | None:
    """``name`` split into place and local name when the place it is written with names that place
    (江苏省X, 江苏X, or the place's own level marker: 省X for 江苏省, 自治区X for 内蒙古自治区);
    None when a marker only stands for some place of that level (市X or 县X in a 江苏省 document:
    which city?), so two such names are never one body by their place."""
    placed = place_name(name, jurisdiction, builtin_gazetteer())
    clean = normalize_name(name)
    if not placed.explicit or not clean.endswith(placed.local):
        return placed
    written = clean[: len(clean) - len(placed.local)]
    own = placed.jurisdiction
    return placed if own.startswith(written) or own.endswith(written) else None


def _cut_once(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with one piece cut out ("市规划局" from 市规划管理局): another body's
    name, not a contraction (监督管理 → 监管 cuts two pieces)."""
    return any(full[:i] + full[i + len(full) - len(short):] == short for i in range(len(short) + 1))


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` is the genre's shortening of ``full``: the same opening, the 办公室/委员会 tail
    cut to 办/委, and the rest a subsequence of the full name ("市政务办" ← 市政务服务管理办公室,
    "县委编办" ← 县委机构编制委员会办公室); a full suffix (局, 厅) never shortens (县农业局 is not
    县农业农村局)."""
    if len(short) < 3 or len(short) >= len(full) or short[:2] != full[:2]:
        return False
    if not ((short.endswith("办") and full.endswith("办公室")) or (short.endswith("委") and full.endswith("委员会"))):
        return False
    if short.endswith("办公室") or short.endswith("委员会"):
        return False
    it = iter(full)
    return all(ch in it for ch in short)


# a change of one body into another, between the two names in one sentence
_CHANGED_INTO = r"[^。；\n]{0,12}?(?:更名为|改名为|改称为?|改为|改建为|重组为|调整为|改设为|升格为|并入|整合为)"
_CHANGED_INTO_AT = re.compile(_CHANGED_INTO)
_CHANGED_INTO_SPAN = 12 + 3  # the widest gap and the longest verb of _CHANGED_INTO

_CLASS_SUBJECT = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）])?(?:各|每个|每一个|所有|全部)(?:乡镇|乡|镇|街道|村|社区|县|区|县（市、区）|县（市）|县市区|设区市|市|州|地|省)")
_PLACED = re.compile(r"^(?:省|市|县|区|州|旗|自治区|国家|国务院|中共|中央)")

# "拟提出如下撤并意见：一、撤销城关乡、新发乡…", "县政府驻地镇…可增设城镇工作办公室": a proposal or a permission
# states no change; not 拟订/拟定 (a duty's verb) nor 拟引进 (people)
# "流泗、马影、文桥等区相继建立文化站": each place of a class forms its own body; the name is no one body
_EACH_PLACE_FORMS = re.compile(r"等(?:\d+个|[一二三四五六七八九十]+个)?(?:区|县|乡|镇|乡镇|街道|地|市|省)(?:也)?(?:相继|先后|分别|均|陆续|都|纷纷)"
                               r"(?:建立|设立|成立|组建)(?:了)?")
_PROPOSED = re.compile(r"拟(?!订|定)(?:另行|同步|先行|再|新)?(?:在[^，。；：]{1,20}?)?(?:提出|新设|设立|设置|设|组建|撤销|撤并|合并|将|调整|增设|成立|更名|划|整合|改)"
                       r"|(?:计划|准备|建议)(?:在[^，。；：]{1,20}?)?(?:提出|新设|设立|设置|设|组建|撤销|撤并|合并|将|调整|增设|成立|更名|划|整合|改)"
                       r"|(?<![许认])可(?:以)?(?:增设|设立|单独设置|组建|成立|加挂|挂|设置|撤销|合并)")


# a heading that opens the requirements for a class of places ("市辖区政府(不含某区)机构设置要求是：",
# "各县（市、区）机构改革要求如下："): the items under it, up to the next top-level heading, form no body
_REQUIREMENTS_HEAD = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?:各|每个|所有)?"
                                r"(?:市辖区|县（市、区）|县\(市、区\)|县（市）|县\(市\)|县市区|县区|区县|乡镇|街道|县级|区级|市级)"
                                r"[^：:。]{0,24}?要求(?:是|如下|为)?\s*[：:]\s*$")
# a sentence opening with a class of places as its subject ("乡镇只设党委、人大、政府领导机构", "镇设党政办公室…")
_BARE_CLASS_OPENING = re.compile(r"^(?:[^，。；]{0,12}?[。．.])?(?:各|每个|所有)?(?:乡镇|镇街|街道|县（市、区）|县\(市、区\)|县市区|乡|镇)"
                                 r"(?:党委|政府|机关)?(?:只|均|统一|一律|要|应|可|一般)?(?:设|设立|设置|保留|不设)")
_SUBJECTLESS_FORMING = re.compile(r"^\s*(?:同时|另|另外|并)?(?:设立|设置|组建|成立|增设|新设|单设)")
_TOP_HEADING = re.compile(r"^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)")


_STANDING_LIST = re.compile(r"(?<![《\u4e00-\u9fff])(?:国务院|[\u4e00-\u9fff]{2,8}?人民政府)?关于[^，。《》\n]{0,24}?"
                            r"(?:机构|国家局|直属机构|办事机构|议事协调机构)设置的通知(?!》)")


def _name_at(text: str, name: str) -> int:
    """Where a (resolved) name is written in the sentence: the name, else its longest written tail."""
    for k in range(0, max(len(name) - 2, 1)):
        at = text.find(name[k:])
        if at >= 0:
            return at
    return -1


def _drop_proposed(text: str, events: list, first: int) -> None:  # type: ignore[type-arg]
    """Events of this sentence whose bodies are all written after a proposal or permission marker
    (拟/计划/建议 + a reform verb, 可(以)增设…) are not changes: drop them; so are the bodies each place
    of a class formed ("A、B等区相继建立文化站")."""
    m = _PROPOSED.search(text) or _EACH_PLACE_FORMS.search(text)
    if not m:
        return
    keep = []
    for e in events[first:]:
        names = [x.name for x in (*e.inputs, *e.outputs)]
        spots = [_name_at(text, n) for n in names]
        if names and all(at >= m.start() for at in spots):
            continue
        keep.append(e)
    events[first:] = keep


def _added_duties(ctx: Ctx) -> None:
    """The duty phrases under a 三定's "增加的职能：" heading: each a transfer_duty into its body, no giver named."""
    lines = [ctx.dt.line_text(k) for k in range(len(ctx.dt.lines))]
    added = added_duty_lines(lines, lambda phrase: bool(find_names(phrase)))
    for sent in ctx.dt.sentences:
        duty = added.pop(sent.line, None)
        if duty and ctx.focus:
            reform._event(ctx, sent, EventType.TRANSFER_DUTY, [], [ctx.focus], duties=[DutyMove(None, duty)])


def _stem(path: str | None) -> str | None:
    if not path:
        return None
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0]


def _is_regulation(title: str, text: str) -> bool:
    """A standing rule (条例/办法/规则): what it says is not a dated reform."""
    if re.search(r"本(?:条例|办法|规则|细则)", text):
        return True
    return bool(re.search(r"(?:条例|办法|规则|细则|规定)(?:（[^）]*）)?(?:\s*[—-].*)?$", title.strip()))


_DUTY_PAGE = re.compile(r"(?:主要职责|工作职责|职能职责|部门职责|机构职责|职责职能|机构设置和职能|机构职能职责|"
                        r"主要职能|工作职能|部门职能|单位职能|单位职责)\s*$")  # "X主要职能" (tenth session)
_PROFILE_TITLE = re.compile(r"^(?P<unit>.{2,40}?)\s*[-—_|·：:]?\s*(?:机构概况|组织机构|单位简介|单位概况|机构简介|机构职能|"
                            r"机构设置|部门概况|部门简介|本单位简介|"
                            # a page of the unit's duties: "X的工作职责", "X主要职责", "X机构设置和职能"
                            r"(?:的)?(?:主要职责|工作职责|职能职责|部门职责|机构职责|职责职能|机构设置和职能|机构职能职责|"
                            r"主要职能|工作职能|部门职能|单位职能|单位职责))$")


def _profile_subject(title: str) -> str | None:
    """"成都大熊猫繁育研究基地 组织机构", "某县统计局-机构概况": the page of one unit about itself."""
    m = _PROFILE_TITLE.match(title.strip())
    if not m:
        return None
    written = m.group("unit").strip()
    name = as_name(written) or name_at_end(written)
    return name if name and written.endswith(name) else written if re.search(r"(?:基地|中心|馆|院|所|站)$", written) else None


def _notice_subject(head: str) -> str | None:
    """The body a notice is about, from its own title ("关于调整X职责的通知"); never from a document the page cites as
    its basis ("根据…《关于印发X机构改革方案的通知》精神，设置Y": X's plan is the ground Y stands on, Y is the subject)."""
    cited = cited_basis_spans(head)
    for m in re.finditer(r"关于(?:调整|明确|印发)?(.{2,40}?)(?:职责|机构|编制|体制|人员|主要职责|管理体制|领导体制|规格)", head):
        if any(a <= m.start() < b for a, b in cited):
            continue
        name = name_at_start(m.group(1)) or as_name(m.group(1))
        if name:
            return name
    return None


def _unplaceholdered(focus: str | None, text: str, jurisdiction: str | None) -> str | None:
    """"某市人民政府办公室…规定" as a collector's title over a text that writes its body "市政府办公室…": 某 stands for a
    place the text never names (no place: `_place_candidates`), so the body is the one the text writes relative to its
    level (the placeholder dropped, 人民政府 written short or not); unchanged when the text writes neither, or when the
    document was given 某X as its place."""
    if not focus or not re.match(r"^某(?:省|市|县|区|州|镇|乡)", focus) or (jurisdiction and focus.startswith(jurisdiction)):
        return focus  # a document given 某X as its place (an override) keeps the title's form
    bare = focus[1:]
    for candidate in (bare, bare.replace("人民政府", "政府")):
        if text.count(candidate) > text.count("某" + candidate):  # written without the placeholder
            return candidate
    return focus


def _sanding_focus(title: str, text: str, canon: _Canon) -> str | None:
    for source in (title, text):
        # "X“三定”规定", and the full title "X主要职责内设机构和人员编制规定" / "X职能配置、内设机构和人员编制规定"
        # on a line of its own (a page whose title sits below navigation lines)
        for m in re.finditer(r"(.{2,30}?)(?:的)?(?:“?三定”?(?:方案|规定)|(?:职能配置|主要职责)[、和]?内设机构和人员编制(?:规定|方案))",
                             source):
            name = name_at_end(re.split(r"[，。；：、（）《》—\s]", m.group(1))[-1])
            if name:
                return canon.get(name)
    counts = Counter(canon.get(n) for n in sorted(canon.known))
    # ties broken by name, never by set order (same input, same output under any hash seed)
    return min(counts, key=lambda n: (-counts[n], n)) if counts else None


def _doc_kind(ctx: Ctx, title: str) -> str:
    if ctx.about_sanding:
        return "sanding"
    if ctx.notice or ctx.regulation or re.search(r"通知|决定|批复|条例|办法", title):
        return "notice"
    if re.search(r"方案", title):
        return "plan"
    return "news" if title else "report"


# ---------------------------------------------------------------------------
# Names: short form → the full form the document gives
# ---------------------------------------------------------------------------

_PLACE_MARKER = re.compile(r"^(省|市|县|区|州|自治区|自治州|自治县)")


class _Canon:
    def __init__(self, text: str, jurisdiction: str) -> None:
        self.text = text
        self.jurisdiction = jurisdiction
        self.known: set[str] = set()
        self.declared: dict[str, str] = {}
        self.cache: dict[str, str] = {}
        self.county_relative = county_relative(text, jurisdiction)  # "县人民政府始设人事科", no county named
        self.naming_rule = naming_rule(text)  # "机构名称前均冠以某县革命委员会"

    def read_declared(self, text: str, ctx: Ctx) -> None:
        """"X（以下简称Y）" / "X（简称Y）" / "X（下称Y）"."""
        for m in re.finditer(r"（(?:以下)?(?:简称|下称)[，,：:]?“?([^”）]{2,20})”?）", text):
            full = name_at_end(text[max(0, m.start() - 40) : m.start()])
            short = normalize_name(m.group(1))
            if full and short and short != full:
                self.declared[short] = full
                ctx.aliases.append((short, full))

    def get(self, name: str) -> str:
        if name in self.cache:
            return self.cache[name]
        full = self._full(name)
        if full != name and full.endswith(name) and re.fullmatch(r"[\u4e00-\u9fff]{2,10}(?:镇|乡|街道)", name):
            placed = divisions().place_prefix(full)
            if placed and placed[1] == len(full) - len(name):
                full = name  # a township's or street's name is a place name: never its county-prefixed form (gold README)
        self.cache[name] = full
        return full

    def _contracts(self, short: str, full: str) -> bool:
        """Whether ``short`` is a usual contraction of ``full`` (kg.abbrev: 监督管理 → 监管 …), the place
        written in full or relative to the document's ("省市场监管局" ← 湖南省市场监督管理局)."""
        if short in abbreviations(full):
            return True
        if self.jurisdiction in ("中央", ""):
            return False
        ps, pf = _own_place(short, self.jurisdiction), _own_place(full, self.jurisdiction)
        return bool(ps and pf and ps.jurisdiction == pf.jurisdiction and ps.local != pf.local
                    and ps.local in abbreviations(pf.local) and not _cut_once(ps.local, pf.local))

    def _changed_into(self, short: str, full: str) -> bool:
        """Whether the document changes the body written ``short`` into ``full`` ("县计委更名为县计划
        经济委员会"): then the short form is the old body's name, not a shortening of the new one."""
        # literal names found with str.find and one precompiled verb pattern: a pattern built per
        # (short, full) pair filled the regex cache and recompiled every shared pattern per document
        text, start = self.text, self.text.find(short)
        while start >= 0:
            after = start + len(short)
            limit = after + _CHANGED_INTO_SPAN + len(full)
            end = text.find(full, after, limit)
            while end >= 0:
                if _CHANGED_INTO_AT.fullmatch(text, after, end):
                    return True
                end = text.find(full, end + 1, limit)
            start = text.find(short, start + 1)
        return False

    def _full(self, name: str) -> str:
        if name in self.declared:
            return self.declared[name]
        rules = builtin_aliases()
        for candidate in (name, name[2:] if name.startswith("国家") else "国家" + name):
            expanded = rules.expand("中央", candidate)
            if expanded and expanded != name and expanded in self.text:
                return expanded
        for full in sorted(self.known, key=lambda n: (-len(n), n)):
            if full == name or len(full) <= len(name) or full not in self.text or self._changed_into(name, full):
                continue
            # Only abbreviations (委员会 -> 委, no leading 国家); dropping 和 alone can make another
            # real name (中央国家机关工作委员会 vs 中央和国家机关工作委员会): that needs an alias rule.
            if name in name_variants(full) and name.replace("和", "") != full.replace("和", ""):
                return full
        shortened = sorted({full for full in self.known
                            if full in self.text and _abbreviates(name, full) and not self._changed_into(name, full)})
        if len(shortened) == 1:
            return shortened[0]  # "江苏省政务办" → 江苏省政务服务管理办公室, the one full name it shortens
        contracted = sorted({full for full in self.known
                             if len(full) > len(name) and full in self.text and self._contracts(name, full)
                             and not _cut_once(name, full) and not self._changed_into(name, full)})
        if len(contracted) > 1 and self.jurisdiction not in ("中央", ""):  # one body written two ways
            placed = {_own_place(f, self.jurisdiction) for f in contracted}
            contracted = [max(contracted, key=len)] if len(placed) == 1 and None not in placed else contracted
        if len(contracted) == 1:
            return contracted[0]  # "省食品药品监管局" → 江苏省食品药品监督管理局 (监督管理 → 监管, 住房和城乡建设 → 住建)
        m = _PLACE_MARKER.match(name)
        if m and self.jurisdiction not in ("中央", "") and name.endswith("部门") and not name.startswith(("市场", "市容")):
            # a class of units written with a place marker ("市辖区自然资源部门" in a 白城市 document):
            # the place rule applies to it as to a unit, though the store keeps class names as written
            gazetteer = builtin_gazetteer().copy()
            gazetteer.add(self.jurisdiction)
            placed = place_name(name, self.jurisdiction, gazetteer)
            if placed.explicit and placed.jurisdiction not in ("中央", ""):
                return display_name(placed.jurisdiction, placed.local)
        if m and self.jurisdiction not in ("中央", ""):
            place = self.jurisdiction
            local = name[m.end() :]
            stem = re.sub(r"(省|市|县|区|自治区|自治州|自治县)$", "", place)
            written_full = place + "人民" + local if local.startswith("政府") else ""
            if written_full and written_full in self.text:
                return written_full  # "市政府办公室" → 某市人民政府办公室, the full name the document writes
            for candidate in (place + local, stem + name):
                if local.startswith("委") and "中共" + candidate in self.text:
                    return "中共" + candidate  # "县委社会工作部" → 中共某县委社会工作部, as the document gives it
                spelled = "中共" + candidate.replace("委", "委员会", 1) if local.startswith("委") else ""
                if spelled and not local.startswith("委员会") and spelled in self.text:
                    return spelled  # "县委社会工作部" → 中共某县委员会社会工作部, 委 spelled out
                if candidate != name and candidate in self.text and candidate.startswith(stem):
                    return candidate
        historical = "中央人民政府" + name
        if not name.startswith(("中央", "国务院", "政务院")) and historical in self.text:
            return historical  # "林垦部" → 中央人民政府林垦部, the 1949–1954 full name the document writes (eleventh session)
        if not name.startswith("中共") and re.search(r"[省市县区州旗]委", name[:12]):
            # "东湖区委组织部" → 中共某市东湖区委组织部: the party body as the document writes it in full,
            # its place chain inside (one such form only)
            # only places may stand between 中共 and the name: "中共丽水县委将县委秘书处…" is a sentence
            full = {f for f in re.findall(rf"中共[\u4e00-\u9fff]{{0,12}}?{re.escape(name)}", self.text)
                    if _places_only(f[2:len(f) - len(name)])}
            if len(full) == 1:
                return full.pop()
        if self.naming_rule and (prefixed := prefixed_name(name, self.naming_rule)):
            return prefixed  # "政治部" under "机构名称前均冠以某县革命委员会": 某县革命委员会政治部
        if self.county_relative:
            return county_name(name) or name  # "改人事科为人事局" in a county's 志 that never names it: 县人事科
        return name

    def mention(self, m: Mention | None) -> Mention | None:
        if m is None:
            return None
        full = self.get(m.name)
        return m if full == m.name else replace(m, name=full)



_MASKED_PLACE = re.compile(r"^(?:(?:某{1,2}|[*＊]+|[xX]|[甲乙丙丁戊])(?:自治区|自治州|自治县|省|市|县|区|州|旗))+$")


def _places_only(text: str) -> bool:
    """Whether ``text`` is empty or a chain of places written in full ("南昌市东湖区", "某市某县")."""
    if not text or _MASKED_PLACE.match(text):
        return True
    gaz = divisions()
    return any(gaz.is_place(text[:k]) and _places_only(text[k:]) for k in range(len(text), 1, -1))

# ---------------------------------------------------------------------------
# Finishing: canonical names, merge, dedupe, unparsed
# ---------------------------------------------------------------------------


def _rank_out_of_kind(u: UnitStatement) -> None:
    """"正厅级省政府直属机构" is a rank and a kind: 正厅级 + 省政府直属机构."""
    if not u.kind:
        return
    m = RANK_RE.search(u.kind)
    if m and len(u.kind) > len(m.group(0)) + 1:
        u.rank = u.rank or norm_rank(m.group(0))
        u.kind = (u.kind[: m.start()] + u.kind[m.end():]).lstrip("的")
        u.kind = re.sub(r"^[省市县区](?=(?:公益[一二]类)?事业单位$)", "", u.kind)  # "为县副科级事业单位": 县 is its level
        if u.kind in ("单位", "机构", "部门", "机关", "建制"):
            u.kind = None  # "为正科级单位": a rank, no kind


def _once_placed(mentions: list[Mention], canon: _Canon) -> list[Mention]:
    """One input per body: "省食品药品监督管理局" and "江苏省食品药品监督管理局" in a 江苏省 document
    are the same body, written once with its place and once relative to it."""
    if canon.jurisdiction in ("中央", "") or len(mentions) < 2:
        return mentions
    seen, out = set(), []
    for m in mentions:
        key = (_own_place(m.name, canon.jurisdiction) or m.name) if m and m.name else None
        if key in seen:
            continue
        seen.add(key)
        out.append(m)
    return out


def _one_name_per_placed_body(units: list[UnitStatement], canon: _Canon) -> None:
    """A body written with its place and relative to it ("江苏省食品药品监督管理局", "省食品药品监督管理局")
    is described under one name (the longest written), so its facts merge."""
    if canon.jurisdiction in ("中央", ""):
        return
    key = {u.unit.name: _own_place(u.unit.name, canon.jurisdiction) or u.unit.name for u in units}
    best: dict[object, str] = {}
    for u in units:
        if len(u.unit.name) > len(best.get(key[u.unit.name], "")):
            best[key[u.unit.name]] = u.unit.name
    for u in units:
        name = best[key[u.unit.name]]
        if name != u.unit.name:
            u.unit = Mention(name)


def _division_signs_once(ctx: Ctx) -> None:
    """"分别为：秘书科（挂驻外工作科牌子）、会议科…": a sign in the bracket of a division list's item is read twice, by
    the division list (the host's division with its sign) and by the sign reader (the bare name, no host, and a sign
    event of it); the bare reading is the division's, so it and its sign event go (sixteenth session, lists)."""
    divisions = {}
    for u in ctx.units:
        if u.kind == "内设机构" and u.parent and u.signs:
            divisions.setdefault(u.prov.start, []).append(u)

    def shadowed(name: str, signs, start: int) -> bool:
        return any(d.unit.name.endswith(name) and d.unit.name != name and set(signs) <= set(d.signs)
                   for d in divisions.get(start, []))

    if not divisions:
        return
    ctx.units[:] = [u for u in ctx.units if u.kind or u.parent or not u.signs
                    or not shadowed(u.unit.name, u.signs, u.prov.start)]
    ctx.events[:] = [e for e in ctx.events if not (e.type is EventType.ADD_SIGN and len(e.inputs) == 1
                                                   and shadowed(e.inputs[0].name, [o.name for o in e.outputs],
                                                                e.prov.start))]


def _finish(ctx: Ctx, canon: _Canon, facts: DocumentFacts) -> None:
    cm = canon.mention
    for u in ctx.units:
        level_owned_kind(u)  # "镇属事业单位": parent 镇人民政府 (units14)
        u.unit = cm(u.unit)
        u.parent = cm(u.parent)
        u.signs = [canon.get(s) for s in u.signs]
        _rank_out_of_kind(u)
        if u.kind:
            u.kind = _kind_by_level(u.kind)
    ctx.final_rank = {canon.get(n) for n in ctx.final_rank}
    for d in ctx.duties:
        d.unit = cm(d.unit)
    for e in ctx.events:
        e.inputs = [cm(m) for m in e.inputs]
        e.outputs = [cm(m) for m in e.outputs]
        e.parent = cm(e.parent)
        e.former_parent = cm(e.former_parent)
        e.duties = [replace(d, source=cm(d.source)) for d in e.duties]
        if e.sign:
            e.sign = canon.get(e.sign)
    pool = set(canon.known) | {m.name for e in ctx.events for m in (*e.inputs, *e.outputs)}
    complete_event_names(ctx.events, pool, canon.text)
    for s in ctx.staffing:
        s.unit = cm(s.unit)
        s.counterpart = cm(s.counterpart)
    for b in ctx.boundaries:
        b.units = [cm(m) for m in b.units]

    _one_name_per_placed_body(ctx.units, canon)
    _division_signs_once(ctx)
    facts.units = _merge_units(ctx.units, ctx.final_rank)
    facts.events = reform.settle_moves(_dedupe_events(ctx.events, _identity(ctx.jurisdiction)))
    for e in facts.events:
        e.inputs = _once_placed(e.inputs, canon)
    link_statements(facts.events, ctx.dt.raw, ctx.jurisdiction)  # "组建Z。……不再保留A。": Z succeeds A
    facts.duties = _dedupe(ctx.duties, lambda d: (d.unit.name, d.text))
    facts.staffing = _dedupe(
        owned_figures_first(ctx.staffing),
        lambda s: (s.unit.name if s.unit else None, s.kind, s.change, s.amount, s.level,
                   s.counterpart.name if s.counterpart else None),
    )
    facts.boundaries = _dedupe(ctx.boundaries, lambda b: (tuple(m.name for m in b.units), b.text))
    facts.aliases = list(dict.fromkeys(ctx.aliases))
    for sent in ctx.dt.sentences:
        if sent.index in ctx.produced or is_headline(ctx.dt.line_text(sent.line)):
            continue
        if _ESTABLISHMENT_WORDS.search(sent.text):
            facts.unparsed.append(ctx.prov(sent))


# a title line stating a figure: a kind of posts, then its number ("…核定事业编制281名", "…精简编制120名")
_HEADLINE_FIGURE = re.compile(r"(?:编制|领导职数|定编)(?:数|总量|总数)?\s*(?:为|共)?\s*(?:\d+|[一二两三四五六七八九十百千]+)\s*[名人]|"
                              r"内设(?:机构|股室|科室|处室|部室)\s*\d+\s*个")


def _headline_figures(sentences, ctx) -> None:
    """A news title stating a figure ("全州县级融媒体中心核定事业编制281名", "某县精简编制120名"): read after the
    body, kept only when the body states no figure of the same amount (a title repeats the lead, maybe in other words)."""
    for sent in sentences:
        before = len(ctx.staffing)
        news.staffing_facts(sent, ctx)
        read, ctx.staffing[before:] = ctx.staffing[before:], []
        told = {s.amount for s in ctx.staffing}  # "…人员编制731名" over "部机关总行政编制为731名": one figure
        ctx.staffing.extend(s for s in read if s.amount not in told)


def _dedupe(items, key):
    seen = set()
    out = []
    for item in items:
        k = key(item)
        if k in seen:
            continue
        seen.add(k)
        out.append(item)
    return out


# the owner of a class of a government's or party committee's own sequence, written before the class
_SEQUENCE_OWNER = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:国务院|政务院|政府|人民政府|党委|[省市县区州旗]委|党中央|中共中央)")
# "…是新组建的政府工作部门" then "…作为县政府工作部门": an owner written without its level, and the level word
_LEVELLESS_OWNER = re.compile(r"(?:人民)?政府|党委")
_OWNER_LEVEL = re.compile(r"(?:自治区|自治州|自治县|[省市县区州旗盟镇乡])(?:人民)?")


def _merge_units(units: list[UnitStatement], final_rank: set[str]) -> list[UnitStatement]:
    merged: dict[str, UnitStatement] = {}
    for u in units:
        if not (u.kind or u.rank or u.parent or u.signs):
            continue
        name = u.unit.name
        if name not in merged:
            merged[name] = UnitStatement(u.unit, u.prov, kind=u.kind, rank=u.rank, parent=u.parent,
                                         parent_relation=u.parent_relation, signs=list(u.signs))
            continue
        m = merged[name]
        if m.kind and u.kind and m.kind != u.kind and m.kind.endswith(u.kind) and u.parent \
                and (re.search(r"直属|所属|下属|属下|管理的|代管的", m.kind[: -len(u.kind)])
                     or u.parent.name.endswith(m.kind[: -len(u.kind)])):  # "为Y正处级…事业单位" read whole
            m.kind = u.kind  # "省政府直属…单位" read whole by one reader, as parent + 事业单位 by another
        if m.kind and u.kind and m.kind != u.kind and m.kind.endswith(u.kind) \
                and re.fullmatch(r"[省市县区州旗](?:直属|所属|下属)|(?:县[（(]?处[)）]?|乡[（(]?科[)）]?|厅[（(]?局[)）]?|处|科|厅)级",
                                 m.kind[: -len(u.kind)]):  # "为处级事业单位": the band is the rank (constructions._BAND)
            m.kind = u.kind  # "为县直属正科级事业单位": a level alone names no owner (事业单位, no parent)
        if m.kind and u.kind and u.kind != m.kind and u.kind.endswith(m.kind) \
                and (_SEQUENCE_OWNER.fullmatch(u.kind[: -len(m.kind)])
                     or _OWNER_LEVEL.fullmatch(u.kind[: -len(m.kind)]) and _LEVELLESS_OWNER.match(m.kind)):
            m.kind = u.kind  # "县人民政府工作部门" refines a bare "工作部门"; "县政府工作部门" a levelless "政府工作部门"
        m.kind = m.kind or u.kind
        if u.rank and (not m.rank or name in final_rank):
            m.rank = u.rank if name not in final_rank or not m.rank else m.rank
        if u.parent and not m.parent:
            m.parent, m.parent_relation = u.parent, u.parent_relation
        for s in u.signs:
            if s not in m.signs:
                m.signs.append(s)
    # Ranks set by 升格/降格 are the unit's rank after the document.
    for u in units:
        if u.unit.name in final_rank and u.rank and u.unit.name in merged:
            merged[u.unit.name].rank = u.rank
    return list(merged.values())


def _names(ms: list[Mention]) -> tuple[str, ...]:
    return tuple(m.name for m in ms)


def _identity(jurisdiction: str):  # type: ignore[no-untyped-def]
    """A name as the store will resolve it in this document ("省农业农村厅" and "黑龙江省农业农村厅"
    in a 黑龙江省 document are one unit), for telling whether two statements are about one body."""
    gazetteer = builtin_gazetteer().copy()
    if jurisdiction and jurisdiction != "中央":
        gazetteer.add(jurisdiction)

    def ident(mentions: list[Mention]) -> tuple[str, ...]:
        out = []
        for m in mentions:
            placed = place_name(m.name, m.jurisdiction or jurisdiction or "中央", gazetteer)
            out.append(display_name(placed.jurisdiction, placed.local))
        return tuple(sorted(out))
    return ident


def _year(date: str | None) -> str | None:
    return date[:4] if date else None


def _dedupe_events(events: list[EventStatement], ident=None) -> list[EventStatement]:  # type: ignore[no-untyped-def]
    ident = ident or _names
    out: list[EventStatement] = []
    forming: dict[tuple, list[EventStatement]] = {}
    seen: dict[tuple, EventStatement] = {}
    key: tuple
    for e in events:
        if not e.outputs and e.type not in (EventType.ABOLISH, EventType.CO_LOCATE):
            continue
        if e.type in (EventType.TRANSFER_DUTY, EventType.MERGE_INTO) and set(_names(e.inputs)) & set(_names(e.outputs)):
            continue
        if e.type is EventType.RENAME and _names(e.inputs) == _names(e.outputs):
            continue  # "人事局（…恢复人事监察机构，改称人事局）": the name it has, no rename
        if e.type in (EventType.ESTABLISH, EventType.RE_FORM):
            # one body formed once per document, unless the document dates two formings apart
            # (a chronicle: "1980年，成立X。…1990年，成立X。")
            group = forming.setdefault((e.type, _formed_before(forming, e.type, ident(e.outputs))), [])
            same = next((f for f in group if e.date is None or f.date is None or _year(f.date) == _year(e.date)), None)
            if same is not None:
                _merge_event(same, e)
                continue
            group.append(e)
            out.append(e)
            continue
        key = (e.type, _names(e.inputs), _names(e.outputs), e.sign, e.rank, e.kind, e.relation,
               e.prov.start if e.type == EventType.TRANSFER_DUTY else None)
        if key in seen and e.date and seen[key].date and _year(e.date) != _year(seen[key].date):
            key = (*key, _year(e.date))  # a chronicle's second time, years apart ("1959年再度与Y合署办公")
        if key in seen:
            _merge_duties(seen[key], e.duties)
            if e.former_parent and not seen[key].former_parent:
                seen[key].former_parent, seen[key].former_relation = e.former_parent, e.former_relation
            continue
        seen[key] = e
        out.append(e)
    # "组建Z。在X基础上组建Z": the plain 组建 is the same reform as the re_form.
    reformed = {ident(e.outputs) for e in out if e.type == EventType.RE_FORM}
    return [e for e in out if not (e.type == EventType.ESTABLISH and not e.inputs and ident(e.outputs) in reformed)]


def _formed_before(forming: dict[tuple, list[EventStatement]], type_: EventType, formed: tuple[str, ...]) -> tuple[str, ...]:
    """"东源县卫生和计划生育局正式挂牌成立……新组建的县卫计局将…": a body formed again under a short form of a body this
    document formed before is that body (its identity); else the identity as given."""
    if len(formed) != 1 or (type_, formed) in forming:
        return formed
    for kind, earlier in forming:
        if kind is type_ and len(earlier) == 1 and formed[0] in abbreviations(earlier[0], min_len=4):
            return earlier
    return formed


def _merge_event(into: EventStatement, e: EventStatement) -> None:
    names = set(_names(into.inputs))
    if len(e.inputs) > len(into.inputs):
        into.prov = e.prov
    for m in e.inputs:
        if m.name not in names:
            into.inputs.append(m)
            names.add(m.name)
    _merge_duties(into, e.duties)
    into.kind = into.kind or e.kind
    into.date = into.date or e.date
    if e.parent and not into.parent:
        into.parent, into.relation = e.parent, e.relation


def _merge_duties(into: EventStatement, duties: list[DutyMove]) -> None:
    seen = {(d.source.name if d.source else None, d.text) for d in into.duties}
    for d in duties:
        k = (d.source.name if d.source else None, d.text)
        if k not in seen:
            into.duties.append(d)
            seen.add(k)


# ---------------------------------------------------------------------------
# Jurisdiction
# ---------------------------------------------------------------------------

# a central body "国家…部/局/委" never holds 由/的 (nor other function words) or a county, township's level in its name,
# and 干部 (cadres) is no ministry: "国家机关干部任免和管理由县委组织部承办" (a county chronicle) names no central body
_CENTRAL_MARKERS = re.compile(r"中共中央|国务院|全国人民代表大会|中国共产党|党中央|中央机构编制|国家(?:(?!干部|[的由在对从为是了与及县乡镇])[\u4e00-\u9fff]){1,12}(?:(?<!干)部|局|委|署|院)|[\u4e00-\u9fff]{2,8}部(?:职能配置|关于)")
_CENTRE_APPROVING = re.compile(r"(?:国务院|中共中央|党中央)(?:正式|先后|分别)?(?:批准|批复|同意|审批|核准|批转)")
_PLACE_SUFFIX = re.compile(r"(特别行政区|自治区|自治州|自治县|地区|省|市|州|县|区|盟|旗)")
_STEM_STOP_CHARS = set("本该全我各每其这此的了在和与及为是对由将从向共于把被给到至等或及并另原新各级")
_STEM_BAD_START = re.compile(r"^(?:中共|关于|结合|根据|按照|按|经|据|以|由|对|向|从|在|为|和|与|及|是|省|市|县|区|州|城|乡|镇|村|街|园|片|副|正)")
_STEM_VERBS = re.compile(
    r"组建|设立|新设|撤销|成立|加挂|保留|划入|并入|更名|整合|调整|合并|新建|筹建|所属|管理|代管|不再|挂牌|核定|核增|核减|"
    r"单位|机构|部门|事业|中心|[局委办所站厅处科股队院司部署]|编制|机关|政府|人民|全额|差额|拨款|同意|研究|决定|批准|"
    r"明确|要求|通知|印发|关于"
)
_STEM_STOP = re.compile(
    r"^(?:直辖|地级|县级|省级|市级|区级|城市|城乡|县市|市县|省市|市州|县区|县乡|开发|高新|经开|社区|辖区|园区|城区|"
    r"片区|景区|矿区|林区|牧区|灾区|郊区|市区|新区|老区|边区|山区|库区|校区|街区|小区|专区|行政区|示范区|试验区|"
    r"自贸|保税|首批|城镇|全国|中国|一市|两城|主城|治理|管理|服务|工作|发展|建设|改革|营商|示范|试点)$"
)
_NOT_PLACE_AFTER = re.compile(r"^(?:场|容|政(?!府)|级|长|民|属|直|域|内|外|里|中心|镇|县|区)")


_PLACE_END = re.compile(r"(特别行政区|自治区|自治州|自治县|地区|街道|省|市|州|县|区|盟|旗|镇|乡)")
_MASKED = re.compile(r"(?:[*＊xX]{1,3})$")


# the longest names of the gazetteer are autonomous counties of several peoples (双江拉祜族佤族布朗族傣族自治县, 15)
_LONGEST_PLACE = 16


def _place_candidates(text: str, *, weighted: bool = False) -> list:  # list[str] | list[tuple[str, float]]
    """Places written in full: real divisions of the national gazetteer (白城市, 湖南省, 瓜州县,
    凤岗镇; the longest one ending at each level word) and masked ones (**市, x市, 某县).
    A word that merely ends in a level character ("追究市", "扎实推进县") is never a place."""
    gaz = divisions()
    out: list = []
    for m in _PLACE_END.finditer(text):
        k, end, suffix = m.start(), m.end(), m.group(1)
        after = text[end:end + 2]
        anon = _MASKED.search(text[max(0, k - 3):k])
        if anon:
            before = text[k - len(anon.group(0)) - 1:k - len(anon.group(0))]
            if (not before or not re.match(r"[A-Za-z0-9]", before)) and not (
                    suffix in ("市", "县", "区") and _NOT_PLACE_AFTER.match(after)):
                out.append((anon.group(0) + suffix, 1.0) if weighted else anon.group(0) + suffix)
            continue
        if suffix in ("市", "县", "区") and _NOT_REAL_PLACE_AFTER.match(after):
            continue
        for length in range(min(_LONGEST_PLACE, end), len(suffix), -1):
            candidate = text[end - length:end]
            if not gaz.is_place(candidate) or candidate in _GENERIC_PLACES:
                continue
            prev = text[end - length - 1:end - length] if end - length > 0 else ""
            # after a date ("2020年5月15日新乡市十三届人大…") a place is written in full as well
            strong = not prev or not re.match(r"[\u4e00-\u9fff]", prev) or prev in "在据对为由从向与和及是了日于"
            # a party committee of the place ("中共内蒙古自治区委员会…", "中共某县委") writes it in full
            strong = strong or text[max(0, end - length - 2):end - length] == "中共"
            # a news dateline ("本报讯", "某网3月29日讯", "新华社长沙5日电") is followed by the report's place in full
            strong = strong or prev == "讯" or text[max(0, end - length - 2):end - length] == "日电"
            strong = strong or bool(out and text[end - length - len(_last(out)):end - length] == _last(out))
            strong = strong or after_upper_stem(text, end - length, candidate)  # "甘肃天祝县", "广东清远佛冈县"
            out.append((candidate, 1.0 if strong else 0.3) if weighted else candidate)
            break
    for _start, county in counties_after_upper_stem(text):  # "山西娄烦", "广东阳西": written by both stems
        out.append((county, 1.0) if weighted else county)
    return out


# after a real place name these show a word, not the place ("白城市场", "某市政工程", "全县民众"); 县委/区政府
# are fine, and so is a body whose name opens with 民 or 政 (县民政局, 县民族宗教事务局, 市政务服务中心, 市政协)
_NOT_REAL_PLACE_AFTER = re.compile(r"^(?:场|容|政(?!府|务|法|协|研)|级|长|民(?!政|族|宗|防|兵)|属|直|域|内|外|里)")
_GENERIC_PLACES = {"城区", "郊区", "矿区", "新区", "市区", "东区", "西区", "南区", "北区", "中区", "乡镇", "城镇", "集镇"}


def _title_pos(title: str, place: str) -> int:
    at = title.find(place)
    return at if at >= 0 else title.find(_stem_of(place) or place)


def _stem_of(place: str) -> str:
    stem = re.sub(r"(特别行政区|自治区|自治州|自治县|地区|省|市|州|县|区|盟|旗|街道|镇|乡)$", "", place)
    return stem if len(stem) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", stem) else ""


def _last(found: list) -> str:
    item = found[-1]
    return item[0] if isinstance(item, tuple) else item


def detect_jurisdiction(raw) -> str | None:
    """The place a document is about (``_detected_place``); a township that the text turns into another
    (撤乡设镇, 撤镇设街道: "同意甲县撤销乙乡设立乙镇") in its newest form (``township_newest_form``)."""
    found = _detected_place(raw)
    meta = getattr(raw, "meta", {}) or {}
    if not found or meta.get("jurisdiction"):
        return found
    text = normalize_text(getattr(raw, "text", "") or "")
    return township_newest_form(found, normalize_text(meta.get("title") or "") + "\n" + text) or found


def _detected_place(raw) -> str | None:
    """中央, or the province/city/county/township a document is about (as written, e.g. "**市"); None when
    the document names no place of its own and no central body (a pasted notice section, an essay on 县志),
    or when it is a round-up of several places (each clause's names then take their own place).

    After the places the document writes (``_written_place``): the place of the body signing it, when it is
    inside the place found (a township's office signing under its city: 大涌镇党政办公室 in a text naming
    中山市), and a province's document known by its number ("鄂政发〔2018〕26号") rather than filed under 中央
    for the central bodies its text cites."""
    meta = getattr(raw, "meta", {}) or {}
    if meta.get("jurisdiction"):
        return meta["jurisdiction"]
    text = without_addresses(normalize_text(getattr(raw, "text", "") or ""))  # an office's address is not its place
    text = without_rosters(text)  # "姓名 | 籍贯 | …" over "某某 | 四川纳溪 | …": where officials come from
    title = normalize_text(meta.get("title") or "")
    found = _written_place(SimpleNamespace(text=text, meta=meta))
    found = _body_branch_place(found, text)
    if taiwan_executive(title + "\n" + text) and found in (None, "中央", "台湾省"):
        return "台湾省"  # a county the executive supervises (连江县政府) is that county's text, not the island's
    book = source_book_place(text)
    if book:
        return book  # "内容出处: 《晋江市志》": an excerpt is of its book's place, whatever the library's site is
    county = outlet_county(text)
    if county and (found is None or found in divisions().chain(county)[1:]):
        return county  # "秀山网讯 …县卫生健康委员会…": the county outlet's own report
    zoned = _zone_place(title, text)
    if zoned:
        return zoned
    signer = _signer_place(text, found)
    if signer:
        return signer
    if found is None and not _roundup(title, text):
        ours = _our_place(title, text) or _signer_own_place(text) or station_short_place(text, None) \
            or only_place_of_its_bodies(text, _place_candidates(text[:5000]))
        if ours:
            return ours
    elif found and found != "中央":
        # "我旗…《达茂联合旗…方案》…上报包头市委": a report of our banner (county, district) that names its city more
        # often is of the one place of our level it names, when that place lies inside the one found
        ours = _our_place(title, text)
        if ours and ours != found and found in divisions().chain(ours)[1:]:
            return ours
        relative = relative_level_place(text, found, _place_candidates(text[:5000]))
        if relative:
            return relative
        stationed = station_short_place(text, found)
        if stationed:
            return stationed  # "市直各单位、驻宛各单位" with "市…局" bodies in a text citing its province's notice
    if found in (None, "中央") and not _CENTRAL_MARKERS.search(title) and not _roundup(title, text):
        number = meta.get("number") or infer_meta(text, {"title": title} if title else {}).get("number", "")
        province = _number_province(number, title + "\n" + text)
        if province:
            return province
    return found


def _zone_place(title: str, text: str) -> str | None:
    """"乌鲁木齐经济技术开发区（头屯河区）应急管理局关于…": a body of a zone that shares one government with
    the district or county in brackets (一套班子两块牌子) is of that district, not of the city, when the
    title (or, untitled, the first line) names it so."""
    first = title or next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    return zone_district(first[:80])


def _written_place(raw) -> str | None:  # type: ignore[no-untyped-def]
    """The place the document writes most prominently (title first, then its opening lines and text)."""
    text = normalize_text(getattr(raw, "text", "") or "")
    meta = getattr(raw, "meta", {}) or {}
    title = normalize_text(meta.get("title") or "")
    # "某部关于…的函（…，致某省某厅、…）": the addressees are not the document's place
    title_places = _place_candidates(_ADDRESSEES.sub("", title))
    # a place named in the body may be named in the title by its stem ("紫阳…" for 紫阳县)
    opening_places = list(dict.fromkeys(_place_candidates(text[:5000])))
    for place in opening_places:
        stem = _stem_of(place)
        if stem and stem in title and place not in title:
            title_places.append(place)
    first_line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if _roundup(title or first_line, text):
        return None
    if title_places:
        # "中共湖南省委办公厅 湖南省人民政府办公厅关于湖南省信访局…": the most named place.
        counts = Counter(title_places)
        best = max(counts, key=lambda p: (counts[p], -_title_pos(title, p)))
        return _approved_place(best, title) or _narrowest_in_chain(best, title, title_places)
    if title and _CENTRAL_MARKERS.search(title):
        return "中央"
    titled = _title_stem_place(title)
    text = _chains_collapsed(text, opening_places)  # "泰州市高港区人民政府办公室" speaks of 高港区, not of 泰州市 as well
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    scores: dict[str, float] = {}
    for weight, source in ((3, "\n".join(lines[:1])), (1, "\n".join(lines[1:3])), (1, text)):
        for place, strength in _place_candidates(source, weighted=True):
            scores[place] = scores.get(place, 0.0) + weight * strength
    if titled and _CENTRAL_MARKERS.search(text):
        titled = None  # a central text ("卫生部…国务院…") printed by a local journal ("上海医药")
    for place in [p for p in scores if not _anchored_township(p, text) or _visitor(p, title + "\n" + text)]:
        del scores[place]
    if not scores:
        return titled or _central_or_none(title, text)
    # Bare stems ("浏阳" for 浏阳市) count too: local reports name their own place that way.
    for place in list(scores):
        stem = _PLACE_SUFFIX.sub("", place, count=1) if not place.startswith(("*", "＊", "x", "X")) else ""
        stem = re.sub(r"(特别行政区|自治区|自治州|自治县|地区|省|市|州|县|区|盟|旗)$", "", place)
        if len(stem) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", stem):
            scores[place] += 0.5 * (text.count(stem) - text.count(place))
    place, score = max(scores.items(), key=lambda kv: kv[1])
    # "8月30日，国务院批准，撤销济宁地区", "经国务院批复同意": the centre approving a local change is no central subject
    central_score = len(_CENTRAL_MARKERS.findall(text)) - len(_CENTRE_APPROVING.findall(text))
    if score >= 2 and score * 2 >= central_score:
        if titled and titled != place and titled in divisions().chain(place)[1:] \
                and (_stem_of(place) or place) not in title:  # "岳阳楼区…" opens with the district, not the city
            # "龙岩经开区（高新区）管理体制调整会议召开" naming 新罗区, 永定区 in its body: the city the title opens with
            # by its stem is what the report is about; its districts are parts of it
            return titled
        return place
    return titled or _central_or_none(title, text)


_OUR_PLACE = re.compile(r"我(省|市|县|区|州|旗|镇|乡)|本(省|市|县|区)")
_OUR_LEVEL_END = {"省": ("省", "自治区", "市"), "市": ("市",), "县": ("县", "市"), "区": ("区",), "州": ("州",),
                  "旗": ("旗",), "镇": ("镇",), "乡": ("乡",)}


def _our_place(title: str, text: str) -> str | None:
    """"我市召开深化机构改革工作推进会议" with the byline "作者：秦皇岛市委编办": a report that speaks of its own
    place as 我市/我县/本区 is of the one place of that level the text names in full (the author's, the host's);
    none or several such places: unknown."""
    head = title + "\n" + text[:300]
    said = {m.group(1) or m.group(2) for m in _OUR_PLACE.finditer(head)}
    if len(said) != 1:
        return None
    ends = _OUR_LEVEL_END[said.pop()]
    places = {p for p in _place_candidates(text[:5000]) if p.endswith(ends) and _anchored_township(p, text)}
    # a partner or a destination ("我市与长春市交流", "赴吉林市考察") is another place, not ours
    own = {p for p in places if any(not re.search(r"[与和同赴到向至及、]$", text[max(0, at - 1):at])
                                    for at in occurrences(text, p))}
    own = {p for p in own if not _visitor(p, head + text)}
    return own.pop() if len(places) == 1 and len(own) == 1 else None


_TO_OUR_PLACE = r"[^，。；！？\n]{0,30}?(?:来|到|赴|莅临|走进)(?:我|本)(?:省|市|县|区|州|旗|镇|乡)"


def _visitor(place: str, text: str) -> bool:
    """"武乡县来我县考察交流…", "某市编办一行莅临我区调研": a place every mention of which comes to 我县/本区 is the
    visitor's, not the report's own."""
    mentions = [at + len(place) for at in occurrences(text, place)]
    return bool(mentions) and all(re.match(_TO_OUR_PLACE, text[end:]) for end in mentions)


def _anchored_township(place: str, text: str) -> bool:
    """A township whose name is borne in several counties (城区街道, 东城街道, 凤岗镇) is the document's place only
    when the text names the county or city of one of them, in full or by its stem ("東莞…鳳崗鎮"); other
    places always count."""
    gaz = divisions()
    found = gaz.get(place)
    if not found or gaz.level(place) != "乡镇" or len({d.parent for d in found}) <= 1:
        return True
    for d in found:
        for above in gaz.chain(d.parent)[:2]:
            if above in text or ((stem := _stem_of(above)) and stem in text):
                return True
    return False


_SIGNED_ON_ONE_LINE = re.compile(r"([\u4e00-\u9fff]{4,30}?)\s*((?:19|20)\d{2}\s*年.+|[〇零○一二三四五六七八九]{4}年.+)")
_SIGNER_SUFFIX = re.compile(r"(?:人民政府|政府|办公室|党政办公室|党委|委员会|办事处|工委)$")


def _signer_own_place(text: str) -> str | None:
    """A document naming no place but in the body that signs it above its date line ("中共青川县委机构编制委员会" /
    "（2020年6月）", "某县人民政府 2019年3月5日"): that body's place (written at its start, after 中共)."""
    gaz = divisions()
    lines = [re.sub(r"\s+", "", ln) for ln in text.split("\n") if ln.strip()]
    for index in range(len(lines) - 1, max(0, len(lines) - 6), -1):
        line = lines[index]
        if not (DATE_LINE.fullmatch(line) or MONTH_LINE.fullmatch(line)):
            continue
        signer = re.sub(r"^中共", "", lines[index - 1])
        if len(signer) > 30 or not _SIGNER_SUFFIX.search(signer):
            return None
        for length in range(min(12, len(signer) - 2), 1, -1):
            if gaz.is_place(signer[:length]) and signer[:length] not in _GENERIC_PLACES:
                return signer[:length] if _anchored_township(signer[:length], text) else None
        return None
    return None


def _signer_place(text: str, found: str | None) -> str | None:
    """The place of the body signing the document (the org line right above a date line alone: "大涌镇党政办公室" /
    "2018年12月10日"), when it lies inside the place found (中山市): a township or county office's own document
    that cites its city's plans. A township is taken only under a place the document names (its parent chain)."""
    if not found or found == "中央":
        return None
    gaz = divisions()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    signers = []
    for index, line in enumerate(lines):
        compact = re.sub(r"\s+", "", line)
        if index and DATE_LINE.fullmatch(compact):
            signers.append(re.sub(r"\s+", "", lines[index - 1]))
        elif (same_line := _SIGNED_ON_ONE_LINE.fullmatch(compact)) and DATE_LINE.fullmatch(same_line.group(2)):
            signers.append(same_line.group(1))  # "大涌镇党政办公室 2018年12月10日"
    for signer in signers:
        if len(signer) > 30 or not _SIGNER_SUFFIX.search(signer):
            continue
        for length in range(min(12, len(signer) - 2), 1, -1):
            place = signer[:length]
            if gaz.is_place(place) and place != found and found in gaz.chain(place)[1:]:
                return place
    return None


# The one-character names of the provinces that open their documents' numbers (鄂政发, 黔府办发, 湘政办发)
_PROVINCE_ABBREVIATIONS = {
    "京": "北京市", "津": "天津市", "沪": "上海市", "渝": "重庆市", "冀": "河北省", "晋": "山西省", "辽": "辽宁省",
    "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省",
    "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区",
    "琼": "海南省", "川": "四川省", "黔": "贵州省", "滇": "云南省", "云": "云南省", "藏": "西藏自治区",
    "陕": "陕西省", "甘": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区",
    "内": "内蒙古自治区",
}
_PROVINCE_NUMBER = re.compile(r"^(.)(?:蒙)?(?:政|府|办|委|发|编|组|宣|人|财)")


def _number_province(number: str, text: str) -> str | None:
    """"鄂政发〔2018〕26号" → 湖北省: the province whose one-character name opens the document's own number,
    when the text also names that province (in full or by its stem: "视察湖北"). City numbers open the same way
    (青政发 is 青岛's, 宁政发 南京's), so the name in the text must confirm it."""
    match = _PROVINCE_NUMBER.match(number)
    province = _PROVINCE_ABBREVIATIONS.get(match.group(1)) if match else None
    if not province:
        return None
    stem = divisions().get(province)[0].short if divisions().get(province) else ""
    stem = stem or _stem_of(province)
    return province if province in text or (stem and stem in text) else None


_ADDRESSEES = re.compile(r"(?<=[（(，,；;\s])致[^）)]*")
# a title that opens with a ministry written without a place ("某某部已设立N个司局"): local bodies are
# 厅/局/委, and a local party 部 is written with its 委 ("县委组织部")
_CENTRAL_TITLE = re.compile(r"^[\s【\[（(《“]*[\u4e00-\u9fff]{2,10}部(?![门分位])")


_LOCAL_COMMITTEE = re.compile(r"(?<![中党])(?:省委|市委|县委|区委|州委|盟委|旗委)")


# a local author's word for its own place, Simplified or Traditional ("我省", "本市", "我縣")
_OUR_WORD = re.compile(r"我(?:省|市|县|縣|区|區|州|旗|镇|鎮|乡|鄉)|本(?:省|市|县|縣|区|區)(?!级|級)")


def _central_or_none(title: str, text: str) -> str | None:
    """No place of its own: 中央 only when a central body is named, else the one province or prefecture
    city the document names by its stem only (else unknown, None)."""
    if _OUR_WORD.search(title + "\n" + text[:300]):
        # "本报讯 今年春，我省启动新一轮机构改革…与国务院对口": a local author speaking of its own province or
        # city without naming it; the central bodies it follows do not make the text central
        return _stem_place(title, text[:3000]) or relative_stem_place(title, text[:3000])
    if _CENTRAL_MARKERS.search(title + "\n" + without_citations(text)):  # a central body cited is not the author
        # "市委编办…来重庆高新区调研…是党中央、市委关于…的要求": a local report that cites 党中央 as any does, naming one
        # province or prefecture city by its stem, with its own committees (市委, 省委…) named at least as often
        local = len(_LOCAL_COMMITTEE.findall(text))
        stem = (_stem_place(title, text[:3000]) or relative_stem_place(title, text[:3000])) if local else None
        if stem and local >= len(_CENTRAL_MARKERS.findall(title + "\n" + text)):
            return stem
        return "中央"
    head = _CENTRAL_TITLE.match(title or "")
    if head and not re.search(r"[省市县区委]", head.group(0)):
        return "中央"
    return _stem_place(title, text[:3000]) or relative_stem_place(title, text[:3000])


_STEM_NOT_PLACE_AFTER = re.compile(r"(?:大学|学院|银行|集团|公司|路|街|大道|公园|号)")
# city stems that are everyday words too ("大同小异", "与会来宾", "岁岁安康"): never a place by the stem alone
_WORD_STEMS = {"大同", "来宾", "安康", "白银", "普洱", "黄山", "吉安"}


@cache
def _top_stems() -> tuple[tuple[str, str], ...]:
    """(stem, place) for every province and prefecture city whose stem names only it."""
    gaz = divisions()
    return tuple((stem, place) for stem in gaz.stems
                 if (place := gaz.by_stem(stem) if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", stem) else None)
                 and stem not in _WORD_STEMS)


def _stem_hits(text: str, not_after: re.Pattern[str]) -> Iterator[tuple[int, str, str]]:
    """(position, stem, place) of each province or prefecture city named by its stem in ``text``,
    not before a word that makes the stem something else (中山大学, 长沙路)."""
    for stem, place in _top_stems():
        for at in occurrences(text, stem):
            if not not_after.match(text, at + len(stem)):
                yield at, stem, place


def _stem_place(title: str, text: str) -> str | None:
    """"清代某省地方志述略", "本文结合某市实际…某市…" (a stem, not the full name): a document that names no place in full but one
    province or prefecture city by its stem, in its title or twice in its text, is of that place."""
    found: Counter[str] = Counter()
    for _, _, place in _stem_hits(title or "", _STEM_NOT_PLACE_AFTER):
        found[place] += 2
    in_text = Counter(place for _, _, place in _stem_hits(text, _STEM_NOT_PLACE_AFTER))
    found.update({place: n for place, n in in_text.items() if n >= 2 or place in found})
    if len(found) != 1:
        return None  # none, or several places (a comparison of cities): no place of its own
    return next(iter(found))


# a title that announces a survey of several places ("盘点 | 21个省级数据局揭牌", "多地试点…")
_ROUNDUP_TITLE = re.compile(r"盘点|综述|一览|多地|各地|多省|多个省|\d+(?:个)?省(?:份|区市)|[二三四五六七八九十]+省")


def _roundup(title: str, text: str) -> bool:
    """A round-up: the title announces several places, or the text names three or more places of
    three different provinces with none of them in the title; the document then has no place of its
    own (each clause's names take their own place)."""
    # the announcing line may be any of the page's first lines ("NEWS CENTER" / "新闻中心" / "盘点 | 21个省级数据局揭牌成立")
    head = [title, *[ln for ln in text.split("\n") if ln.strip()][:6]]
    if len(_introduced_counties(text[:5000])) >= 2:
        return True  # "四川宁南县…贵州务川县…": places from outside, each introduced by its province
    if not any(line and len(line) <= 60 and _ROUNDUP_TITLE.search(line) for line in head):
        return False
    gaz = divisions()
    provinces = set()
    for place in dict.fromkeys(_place_candidates(text[:5000])):
        chain = gaz.chain(place) if gaz.is_place(place) else []
        provinces.add(chain[-1] if chain else place)
    return len(provinces) >= 3


def _introduced_counties(text: str) -> set[str]:
    """Counties written after the stem of their province or city ("四川宁南县", "广东郁南县", "山西娄烦"): the way a
    text introduces places from elsewhere; two or more of them make a round-up (eleventh session)."""
    gaz = divisions()
    found = {county for _start, county in counties_after_upper_stem(text)}
    for place in dict.fromkeys(_place_candidates(text)):
        if gaz.level(place) == "县" and any(after_upper_stem(text, at, place)
                                           for at in occurrences(text, place)):
            found.add(place)
    return found


_CITED_TITLE = re.compile(r"《[^《》]{1,80}》")


def _cited_titles(text: str) -> list[tuple[int, int]]:
    """The spans of 《…》 titles: a place written inside a cited title is not written by this text."""
    return [m.span() for m in _CITED_TITLE.finditer(text)]


def _chains_collapsed(text: str, candidates: list[str]) -> str:
    """The text with a place blanked (same length) where it is only ever written right before a place inside it (cited
    titles aside): "中共泰州市高港区委办公室", "泰州市高港区人民政府办公室" name the district, the city only says where
    it lies (as a title's chain does, ``_narrowest_in_chain``); a city also written for itself keeps every mention."""
    gaz = divisions()
    places = [p for p in candidates if gaz.is_place(p)]  # the places written in the text's opening
    cited = _cited_titles(text)
    for upper in places:
        inside = [p for p in places if p != upper and upper in gaz.chain(gaz.parent(p, near=(upper,)) or "")]
        lowers = [p for p in inside if occurrences(text, upper + p)]
        if len(lowers) != 1:
            continue  # "青州市王坟镇、青州市庙子镇…": several places of the city, the city is the subject
        lower = lowers[0]
        level = gaz.level(lower)
        if any(p != lower and gaz.level(p) == level for p in inside):
            continue  # "青州市王坟镇…，庙子镇…，弥河镇…": its siblings named too, the city's report on its parts
        chained = set(occurrences(text, upper + lower))
        alone = [at for at in occurrences(text, upper)
                 if at not in chained and not any(a < at < b for a, b in cited)]
        if not alone:  # the upper place is never written for itself ("石门县委编办…石门县易家渡镇": kept)
            chars = list(text)
            for at in chained:
                chars[at:at + len(upper)] = " " * len(upper)
            text = "".join(chars)
    return text


# an upper government's approval of a lower place's request ("某省人民政府关于某县某乡撤乡设镇的批复", "某市人民政府关于
# 同意调整某区部分行政区划的批复"): the issuer writes its own place, the matter approved is the lower place's
_APPROVAL_TITLE = re.compile(r"关于(.{2,80}?)的(?:批复|批復)")


def _approved_place(best: str, title: str) -> str | None:
    """The first city or county written in an approval's matter that lies inside the issuer's place ``best``
    (大田县 in "福建省人民政府关于大田县吴山乡…撤乡设镇的批复"): the document is about that place. Townships
    approved in bulk by their own county (某区人民政府关于撤销某等6个镇…的批复) leave the county's place."""
    m = _APPROVAL_TITLE.search(title)
    if not m or best not in _place_candidates(title[:m.start()]):
        return None
    gaz = divisions()
    for place in _place_candidates(m.group(1)):
        if gaz.level(place) in ("市", "县") and best in gaz.chain(place)[1:]:
            return place
    return None


def _narrowest_in_chain(best: str, title: str, title_places: list) -> str:
    """"基于浙江省嵊州市…", "福建省金门县政府组织规程": a province written right before a place inside it
    names where that place is; the document is about the narrower place."""
    gaz = divisions()
    seen = {best}
    narrower = True
    while narrower:  # "山西省运城市盐湖区东郭镇…": down the whole chain written, to its last place
        narrower = False
        for place in dict.fromkeys(title_places):
            # "慈溪观海卫镇完成机构调整": a news title writes the upper place by its stem right before the township
            written = best + place in title or bool(_stem_of(best)) and _stem_of(best) + place in title
            if place in seen or not gaz.is_place(place) or not written:
                continue
            # a namesake township (东郭镇 of several counties): the one under the place written before it
            if any(best == d.parent or best in gaz.chain(d.parent) for d in gaz.get(place)):
                best, narrower = place, True
                seen.add(place)
                break
    return _branch_place(best, title)


# a body of the upper place's branch for one of its districts or counties ("随州市公安局曾都区分局", "青岛市公安局黄岛分局",
# "某市自然资源和规划局北仑分局"): the place the branch serves, written in full or by its stem right before 分局
_BRANCH = re.compile(r"(?<=[局委办院心])([\u4e00-\u9fff]{2,10}?)(?:分局|分中心|分院)")


# a body, then the branch of it for a place ("公安局婺城分局"): the body (group 1) and the place's word (group 2)
_BODY_BRANCH = re.compile(r"([\u4e00-\u9fff]{1,14}?(?:局|委|办|院|中心))([\u4e00-\u9fff]{2,10}?)(?:分局|分中心|分院)")


def _body_branch_place(found: str | None, text: str) -> str | None:
    """"金华市公安局婺城分局…金华市公安局婺城分局" with the city never written otherwise (cited titles aside): the page
    is the branch's, of the district it serves (the body-text counterpart of ``_branch_place``)."""
    if not found or found == "中央" or not divisions().is_place(found):
        return found
    cited = _cited_titles(text)
    served, parents, others = set(), set(), []
    for at in occurrences(text, found):
        if any(a < at < b for a, b in cited):
            continue
        after = text[at + len(found):at + len(found) + 30]
        m = _BODY_BRANCH.match(after)
        place = _branch_place(found, found + m.group(0)) if m else found
        if place == found:
            others.append(after)
            continue
        served.add(place)
        parents.add(m.group(1))
    # "…北仑分局是宁波市自然资源和规划局的派出机构": the branch's own parent body named is no mention of the city
    if any(not any(after.startswith(p) for p in parents) for after in others):
        return found  # the city written for itself, or before a body that is no branch of a place inside it
    return served.pop() if len(served) == 1 else found


def _branch_place(best: str, title: str) -> str:
    """The district or county of a branch named in the title, when it lies inside ``best``; else ``best``."""
    gaz = divisions()
    for m in _BRANCH.finditer(title):
        word = m.group(1)
        place = word if gaz.is_place(word) else gaz.by_stem(word, near=(best,))
        if place and place != best and best in gaz.chain(place)[1:]:
            return place
        # "东莞市公安局东坑分局", "湖州市公安局织里分局": a branch for one township, named by its stem
        towns = [t for t in (word + "镇", word + "乡", word + "街道") if gaz.is_place(t)
                 and any(best == d.parent or best in gaz.chain(d.parent) for d in gaz.get(t))]
        if len(towns) == 1:
            return towns[0]
    return best


_TITLE_LEAD = re.compile(r"^[\s【\[（(《“]*")
_TITLE_STEM_NOT_AFTER = re.compile(r"[省市县区州盟旗]|大学|学院|银行|集团|公司")


def _title_stem_place(title: str) -> str | None:
    """A province or prefecture city named by its stem at the title's start, as news and yearbooks do
    ("武汉组建市数据局", "湖北药监局挂牌", "内蒙古年鉴 2021卷"): the one place of that stem (``_stem_hits``),
    when the stem is not the start of another word (中山大学) nor of the place's full name."""
    head = _TITLE_LEAD.sub("", title or "")
    at_start = [(len(stem), place) for pos, stem, place in _stem_hits(head, _TITLE_STEM_NOT_AFTER) if pos == 0]
    return max(at_start)[1] if at_start else None


