"""Finding the unit a user means by a name (or an id): one lookup for every caller.

``find_unit`` (routes and CLI taking a unit name), ``search_units`` (``GET /units?q=``) and
the question router's linking (``queries.ask``) all read the same ``NameIndex``: official
names, short names from the alias files and from ``kg.abbrev``, former names and signs, each
with and without its place, built once per store revision.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from kg.abbrev import PROVINCE_SHORT, abbreviations
from kg.dates import as_of
from kg.errors import AmbiguousName, UnitNotFound
from kg.model import Predicate, Unit
from kg.names import CENTRAL, guess_level, lookup_key, name_variants, place_forms, place_name, place_stem
from kg.revcache import RevisionCache
from kg.store import GraphStore
from kg.text import normalize_name
from queries.committee_names import add_committee_forms
from queries.scope import alive as is_alive
from queries.sub_body_names import add_own_part_forms, add_sub_body_forms

# the contractions chronicles write for the bodies of 1950s–1970s local government
_CONTRACTED_BODIES = (("革命委员会", "革委会"), ("人民委员会", "人委"))
# 国有 / 国营 opening the name of a state farm, forest farm, nursery or works (国有七尖峰林场,
# 国营常熟水产养殖场, 地方国营农机修造厂): staff drop it; never of a body that is no such works
_STATE_OWNED = re.compile(r"(?:地方)?(?:国有|国营)(?=\S{2,}(?:场|圃|厂)$)")


def find_unit(store: GraphStore, name: str, *, jurisdiction: str | None = None, at: str | date | None = None) -> str:
    """The id of the unit ``name`` means. Exact names beat aliases, aliases beat signs;
    units existing at ``at`` beat the others. Several equally good → AmbiguousName.

    >>> find_unit(store, "发改委")            # doctest: +SKIP
    'u_22467aa7b6b7a74c'
    """
    if store.get_unit(name) is not None:
        return name
    candidates = candidate_units(store, name, jurisdiction=jurisdiction)
    if not candidates:  # generated short forms (住建部) and place-qualified forms
        candidates = sorted(uid for uid, _ in name_index(store).lookup(name)
                            if jurisdiction is None or store.unit(uid).jurisdiction == jurisdiction)
    if not candidates:
        raise UnitNotFound(f"找不到名为“{name}”的单位" + (f"（行政区划：{jurisdiction}）" if jurisdiction else ""))
    day = as_of(at)
    wanted = normalize_name(name)

    def rank(uid: str) -> tuple[int, int]:
        unit = store.unit(uid)
        names = {normalize_name(unit.name)} | {normalize_name(f.value or "") for f in store.facts(uid, Predicate.NAME)}
        full_names = {normalize_name(store.name_at(uid))} | {normalize_name(unit.jurisdiction + n) for n in names}
        if wanted in names or wanted in full_names:
            quality = 0
        elif any(normalize_name(f.value or "") in (wanted,) for f in store.facts(uid, Predicate.SIGN)):
            quality = 2
        else:
            quality = 1
        alive = 0 if is_alive(store, uid, day) else 1
        return quality, alive

    ranked = sorted(candidates, key=rank)
    best = rank(ranked[0])
    top = [u for u in ranked if rank(u) == best]
    if len(top) > 1 and (same := one_body_recorded_twice(store, top, day)):
        return same
    if len(top) > 1:
        raise AmbiguousName(name, [(u, store.name_at(u)) for u in top])
    return top[0]


def one_body_recorded_twice(store: GraphStore, uids: list[str], day: date | None = None) -> str | None:
    """Several unit records of one place that bear the same name at ``day`` are one body the
    documents recorded twice (a county's 计划委员会 in its 1956 and its 1976 chapters), not
    bodies of different places to ask the user about: the record that says the most about it
    (events, then facts) stands for it. None when the names or places differ."""
    units = [store.unit(u) for u in uids]
    if len(units) < 2 or len({u.jurisdiction for u in units}) != 1:
        return None
    if len({normalize_name(store.name_at(u, day) if day else store.name_at(u)) for u in uids}) != 1 \
            and not _one_body_by_written_form(store, uids):
        return None
    return min(uids, key=lambda u: (-len(store.events(u)), -len(store.facts(u)), u))


def _one_body_by_written_form(store: GraphStore, uids: list[str]) -> bool:
    """Whether a name one of the records bears (its first name, a dated name or a former name,
    never a sign) is a written form of every other record too: a news report's "国家卫健委医政医管局"
    (renamed since) is the 三定's 国家卫生健康委员会医政医管局, whose short forms the index derives."""
    index = name_index(store)
    wanted = set(uids)
    for uid in uids:
        # its names only: an alias ("市政务中心") may be shared by two bodies, and then it names neither alone
        borne = {store.unit(uid).name} | {f.value or "" for f in store.facts(uid, Predicate.NAME)}
        if any(len(n) >= NameIndex.MIN_LEN and wanted <= {u for u, _ in index.lookup(n)} for n in borne):
            return True
    return False


def candidate_units(store: GraphStore, name: str, *, jurisdiction: str | None = None) -> list[str]:
    gaz = store.gazetteer()
    contexts = [jurisdiction] if jurisdiction else [CENTRAL] + sorted(j.id for j in store.jurisdictions() if j.id != CENTRAL)
    found: set[str] = set()
    for context in contexts:
        assert context is not None
        placed = place_name(name, context, gaz)
        if jurisdiction is None and not placed.explicit and placed.jurisdiction != context:
            continue
        local = store.alias_rules().full_local(placed.jurisdiction, placed.local)
        for variant in name_variants(local):
            found.update(store.units_by_key(lookup_key(placed.jurisdiction, variant)))
    return sorted(found)


# ---------------------------------------------------------------- the name index


@dataclass
class Span:
    """A name found in a question: a unit (``candidates``: unit ids with their name quality,
    best first) or a place (``place``)."""

    start: int
    end: int
    text: str
    kind: str  # "unit" | "place"
    candidates: list[tuple[str, int]] = field(default_factory=list)
    place: str | None = None


# 与 between two words of a body's name, as 和 is written there ("卫生与计划生育局")
_JOINED_BY_YU = re.compile(r"(?<=[\u4e00-\u9fff]{2})与(?=[\u4e00-\u9fff]{2})")


class NameIndex:
    """Every written form of every unit name → unit ids, for scanning text and for lookup.

    Quality: 0 an official name, 1 a short, generated (``kg.abbrev``) or former name, 2 a
    sign. Each form is indexed bare, with its place and its place path (``kg.names.place_forms``:
    样例县自然资源局, 样例自然资源局, 样例市样例县自然资源局) and with its level word (县自然资源局)."""

    MIN_LEN = 3

    def __init__(self, store: GraphStore):
        self.keys: dict[str, dict[str, int]] = defaultdict(dict)
        self.places: dict[str, str] = {}
        self.province_forms: set[str] = set()  # 湘信访局: only where a word starts
        rules = store.alias_rules()
        full_to_alias: dict[tuple[str, str], list[str]] = defaultdict(list)
        for (jur, alias), full in sorted(rules.rules.items()):
            full_to_alias[(jur, full)].append(alias)
        gaz = store.gazetteer()
        named: list[tuple[Unit, dict[str, int], dict[str, set[str]]]] = []
        for unit in sorted(store.units(), key=lambda u: u.id):
            names: dict[str, int] = {normalize_name(unit.name): 0}
            for fact in store.facts(unit.id):
                if not fact.value:
                    continue
                if fact.predicate == Predicate.NAME:
                    names[normalize_name(fact.value)] = 0
                elif fact.predicate == Predicate.ALIAS:
                    names.setdefault(normalize_name(fact.value), 1)
                elif fact.predicate == Predicate.SIGN:
                    names.setdefault(normalize_name(fact.value), 2)
            for name, quality in list(names.items()):
                if name.endswith("发展计划委员会"):
                    # 国家发展计划委员会 (1998–2003) and its local peers are written 国家计委, 广州市计委
                    names.setdefault(name.removesuffix("发展计划委员会") + "计划委员会", max(quality, 1))
                branch = _BRANCH.match(name)
                if branch:  # 生态环境局示例县分局 (of 示例市): 示例县生态环境分局, 生态环境分局
                    for form in (branch["line"] + "分局", branch["place"] + branch["line"] + "分局"):
                        names.setdefault(form, max(quality, 1))
                if _JOINED_BY_YU.search(name):
                    # 与 and 和 join a body's two lines alike, in one document even (区卫生与计划生育局 /
                    # 区卫生和计划生育局): the 和 form and its short forms (卫计局, 卫生计生局) name it too
                    names.setdefault(_JOINED_BY_YU.sub("和", name), max(quality, 1))
                if name.endswith("街道办事处") and len(name) > 5:
                    # a subdistrict's office is said 街道办 (曹范街道办, 某区东城街道办)
                    names.setdefault(name.removesuffix("事处"), max(quality, 1))
                elif name == "办事处" and unit.jurisdiction.endswith("街道"):
                    # the same office filed under its street (kg.names.township_led): 曹范街道 + 办
                    names.setdefault("办", max(quality, 1))
                bare = name.removeprefix("人民政府")
                if bare != name and len(bare) >= 4 and bare not in _GOVERNMENT_OFFICES:
                    # 洪山区人民政府扶贫开发办公室 is written 洪山区扶贫开发办公室, 洪山区扶贫办
                    names.setdefault(bare, max(quality, 1))
                elif bare != name and bare in _GOVERNMENT_OFFICES:
                    # a government's own office is written with 政府, never bare: 长春市政府办公厅,
                    # 示例县政府办公室, 县政府办
                    names.setdefault("政府" + bare, max(quality, 1))
                    if bare == "办公室":
                        names.setdefault("政府办", max(quality, 1))
            written = list(names.items())
            for name, quality in written:
                for alias in full_to_alias.get((unit.jurisdiction, name), []):
                    names.setdefault(alias, max(quality, 1))
            generated: dict[str, set[str]] = defaultdict(set)  # derived form → the names it is derived from
            for name, quality in written:
                shorts = set(abbreviations(name, min_len=2))  # a two-character form only after its place
                if name.endswith("委员会办公室"):
                    # the office of a committee written with the committee's short form: 食品安全委员会
                    # 办公室 → 食安委办公室 (beside 食安办), 网信委办公室
                    shorts |= {c + "办公室" for c in abbreviations(name.removesuffix("办公室"), min_len=2) if c.endswith("委")}
                owned = _STATE_OWNED.match(name)
                if owned:
                    # a state farm, forest farm or works is said without 国有 / 国营: 七尖峰林场 for
                    # 国有七尖峰林场, 常熟水产养殖场 for 国营常熟水产养殖场 (fifteenth session)
                    shorts.add(name[owned.end():])
                for full, short_form in _CONTRACTED_BODIES:
                    if full in name:
                        # a county chronicle's 革委会 / 人委 for 革命委员会 / 人民委员会 and their bodies:
                        # 县革委会政治部, 县人委办公室 (thirteenth session)
                        shorts.add(name.replace(full, short_form))
                for short in sorted(shorts):
                    if short not in names or short in generated:
                        names[short] = min(names.get(short, 9), max(quality, 1))
                        generated[short].add(name)
            named.append((unit, names, generated))
        add_committee_forms(named)  # 县委编办 and 县编办, 市委网信办 and 市网信办
        add_sub_body_forms(named)  # 国家卫健委疾控局, 曹县编办综合科
        add_own_part_forms(named)  # 林长科 alone, when no other unit has it
        shared = _shared_forms(named)
        for unit, names, generated in named:
            for short in set(generated) & shared.get(unit.jurisdiction, set()):
                del names[short]  # a derived form two bodies share names neither: "您是不是要问…", never one of them
            level = gaz.places[unit.jurisdiction].level if unit.jurisdiction in gaz.places else guess_level(unit.jurisdiction)
            marker = {"省": "省", "市": "市", "县": "县"}.get(level, "")
            # a district's bodies are written 区X as its own documents write them ("区农业农村局"), not 县X
            # (seventeenth session); a banner's 旗X
            markers = [m for m in (marker, "区" if level == "县" and unit.jurisdiction.endswith("区") else "",
                                   "旗" if unit.jurisdiction.endswith("旗") else "") if m]
            for name, quality in names.items():
                for variant in sorted(name_variants(name) | {name}):
                    q = quality if variant == name else max(quality, 1)
                    forms = place_forms(unit.jurisdiction, variant, gaz)  # with its place, stem or place path
                    bare_q = q if unit.jurisdiction == CENTRAL else max(q, 1)  # a local name without its place
                    if len(variant) >= self.MIN_LEN:
                        previous = self.keys[variant].get(unit.id)
                        if previous is None or bare_q < previous:
                            self.keys[variant][unit.id] = bare_q
                    if unit.jurisdiction != CENTRAL:
                        for m in markers:
                            forms.add(m + variant)
                        province = PROVINCE_SHORT.get(unit.jurisdiction)
                        if province and len(variant) >= 3 and variant[0] not in "省市县区":
                            forms.add(province + variant)
                            self.province_forms.add(province + variant)
                    if "自治县" in variant:  # 中共秀山自治县委社会工作部 is also 秀山县委社会工作部
                        forms.add(variant.replace("自治县", "县"))
                    forms |= {f.replace("自治县", "县") for f in forms if "自治县" in f}
                    for form in forms:
                        if len(form) >= self.MIN_LEN:
                            previous = self.keys[form].get(unit.id)
                            if previous is None or q < previous:
                                self.keys[form][unit.id] = q
        for j in sorted(store.jurisdictions(), key=lambda j: j.id):
            if j.id != CENTRAL and not j.id.startswith("*"):
                self.places[j.name] = j.id
                stem = place_stem(j.name)
                if not stem and j.name.endswith(("州", "盟", "旗")) and len(j.name) >= 3:
                    stem = j.name[:-1]  # 阿坝州 → 阿坝 ("阿坝乡镇里…"), as 海淀区 → 海淀
                if stem and len(stem) >= 2:
                    self.places.setdefault(stem, j.id)
                    if j.name.endswith(("自治县", "自治州", "自治旗")):  # 秀山自治县 is also 秀山县
                        self.places.setdefault(stem + j.name[-1], j.id)
        for word in ("中央", "国务院", "中央层面", "国家层面", "中央一级", "国家一级", "国家级"):
            self.places[word] = CENTRAL
        self.max_len = max((len(k) for k in self.keys), default=0)
        self.max_place = max((len(k) for k in self.places), default=0)
        # forms by length, for the one-character-difference lookup
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for form in sorted(self.keys):
            self._by_length[len(form)].append(form)

    def scan(self, text: str, places_first: bool = False) -> list[Span]:
        """Non-overlapping longest matches, unit names before places (places before unit names
        of the same text with ``places_first``: a county the store also records as a body)."""
        found: list[Span] = []
        for i in range(len(text)):
            for length in range(min(self.max_len, len(text) - i), self.MIN_LEN - 1, -1):
                piece = text[i : i + length]
                ids = self.keys.get(piece)
                following = text[i + length : i + length + 1]
                if ids and following and following in _CONTINUES.get(piece[-1], "") \
                        and not _ends_before_adverb(piece, text[i + length : i + length + 2]):
                    continue  # 自然资源部 + 门: a word going on, not the unit
                if ids and piece in self.province_forms and i > 0 and "\u4e00" <= text[i - 1] <= "\u9fff" \
                        and text[i - 1] not in "的和与及在是由归从向给对问请":
                    continue  # 南京 + 信访局 is not 京 + 信访局
                if ids:
                    ranked = sorted(ids.items(), key=lambda kv: (kv[1], kv[0]))
                    found.append(Span(i, i + length, piece, "unit", ranked))
                    break
            for length in range(min(self.max_place, len(text) - i), 1, -1):
                piece = text[i : i + length]
                if piece in self.places:  # every length: 秀山 stays a place when 县委… takes 秀山县's 县
                    found.append(Span(i, i + length, piece, "place", place=self.places[piece]))
        chosen: list[Span] = []
        for span in sorted(found, key=lambda s: (-(s.end - s.start), (s.kind == "unit") == places_first, s.start)):
            if all(span.end <= c.start or span.start >= c.end for c in chosen):
                chosen.append(span)
        return sorted(chosen, key=lambda s: s.start)

    def lookup(self, name: str) -> list[tuple[str, int]]:
        """Units a written form names exactly, (unit id, quality) best first."""
        ids = self.keys.get(normalize_name(name), {})
        return sorted(ids.items(), key=lambda kv: (kv[1], kv[0]))

    def near(self, name: str, limit: int = 2) -> list[str]:
        """Indexed forms that differ from ``name`` by one character (same length, or one
        character more or less), closest first: candidates for "您是不是要问…", never a match."""
        wanted = normalize_name(name)
        out: list[tuple[int, str]] = []
        for length in (len(wanted), len(wanted) - 1, len(wanted) + 1):
            for form in self._by_length.get(length, []):
                if _one_edit(wanted, form):
                    best_quality = min(self.keys[form].values())
                    out.append((best_quality, form))
        out.sort()
        return [form for _, form in out[:limit]]

    def search(self, text: str) -> list[tuple[str, str, int]]:
        """(unit, matched form, quality) for every form containing ``text``."""
        wanted = normalize_name(text)
        found: dict[str, tuple[str, int]] = {}
        for form, hits in self.keys.items():
            if wanted not in form:
                continue
            for uid, quality in hits.items():
                q = quality if form == wanted else max(quality, 1)
                if uid not in found or q < found[uid][1]:
                    found[uid] = (form, q)
        return [(uid, form, q) for uid, (form, q) in sorted(found.items())]


def _shared_forms(named: list[tuple[Unit, dict[str, int], dict[str, set[str]]]]) -> dict[str, set[str]]:
    """Jurisdiction → the derived short forms (``kg.abbrev``) that two or more of its units
    derive at the same quality from names they do not share (计委 of a 计划委员会 and of a
    发展计划委员会): such a form names neither. A form derived from one name that several
    records bear (one body recorded twice, a sign carried by a body and then its successor) is
    not a collision: the name itself is shared and the date decides; nor is a form derived from
    a sign (海洋局 of 自然资源部's sign) beside the same form of a body's own name, which the
    better quality decides."""
    holders: dict[tuple[str, str], list[tuple[int, set[str]]]] = defaultdict(list)
    for unit, names, generated in named:
        for form, sources in generated.items():
            holders[(unit.jurisdiction, form)].append((names[form], sources))
    shared: dict[str, set[str]] = defaultdict(set)
    for (jurisdiction, form), found in holders.items():
        best = min(q for q, _ in found)
        best_sources = [src for q, src in found if q == best]
        if len(best_sources) > 1 and not set.intersection(*best_sources):
            shared[jurisdiction].add(form)
    return shared


# a city bureau's branch in one of its counties, named "<line>局<county>分局"
_BRANCH = re.compile(r"^(?P<line>[\u4e00-\u9fff]{2,12}?)(?:管理)?局(?P<place>[\u4e00-\u9fff]{1,8}?(?:县|区|市|旗))分局$")

# what is left of a government's own offices without 人民政府: no name of a body on its own
_GOVERNMENT_OFFICES = ("办公室", "办公厅", "研究室", "参事室", "督查室")


# characters that, after a name's last character, show the word goes on (部门, 局面, 委员)
_CONTINUES = {"部": "门分署级长属委", "局": "面势限长", "委": "员托派", "办": "理事法公", "所": "属在有以谓"}


def _ends_before_adverb(piece: str, after: str) -> bool:
    """"A和自然资源部分别是什么级别", "应急部分头管哪些": a name ending in 部 before the adverb
    分别 / 分头 ends there; 部分 is the word "part" only otherwise ("部分职责")."""
    return piece.endswith("部") and after in ("分别", "分头")


def _one_edit(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


NAME_INDEXES: RevisionCache[NameIndex] = RevisionCache(NameIndex)


def name_index(store: GraphStore) -> NameIndex:
    """The store's name index, rebuilt when the store's revision moves."""
    return NAME_INDEXES.get(store)


def search_units(store: GraphStore, q: str, jurisdiction: str | None = None) -> list[tuple[str, str, int]]:
    """(unit, matched name, quality) for units whose name, short name, old name or sign is
    ``q`` or contains it: exact and alias matches first (``GET /units?q=``)."""
    found: dict[str, tuple[str, int]] = {}
    for uid in candidate_units(store, q, jurisdiction=jurisdiction):
        found[uid] = (store.name_at(uid), 0)
    for uid, form, quality in name_index(store).search(q):
        if jurisdiction and store.unit(uid).jurisdiction != jurisdiction:
            continue
        if uid not in found or quality < found[uid][1]:
            found[uid] = (form, quality)
    return [(uid, name, quality) for uid, (name, quality) in sorted(found.items())]
