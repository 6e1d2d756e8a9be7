"""Duty clauses whose words name no matter shared with another unit, for the overlap list.

Nearly every 三定 list, at every level, ends with a residual item ("完成县委、县政府交办的其他任务",
"承办市人民政府和省林业局交办的其他事项", "承办新区党工委、管委会安排的其他事项"), and many carry a duty
every unit has over its own house or its own sector ("负责所属单位的安全生产管理工作", "负责本部门、本系统
安全生产和消防安全工作", "指导本系统的信息化建设"). Two such clauses read alike, word for word, in any
two units of a place, yet say nothing the two share:

* a **residual** clause names no matter at all: it is never a side of an overlap pair;
* an **own-scope** clause names its holder's own body or sector (本部门、本系统、本行业、所属单位 …): two such
  clauses are each about a different body, the same words and no overlap (like ``overlaps._mirrored``:
  the same service to two principals). Against a clause of the place's whole field ("负责安全生产综合监督
  管理") it is still compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

# "[完成|承办|办理…] <issuers> 交办的其他任务/事项/工作": the issuers are any run of names without a stop
_RESIDUAL = re.compile(
    r"(?:完成|承办|办理|承担|负责|做好|落实|执行)?[^，。；;！!]{0,40}?"
    r"(?:交办|交给|交付|交由|安排|部署|指派|委托)的?(?:其他|其它)(?:有关|重要|临时性?|专项)?(?:工作)?(?:任务|事项|事宜|工作)")
_FILLER = re.compile(r"[^\u4e00-\u9fff]|以及|和|及|等")

# the holder's own body or sector, opening the clause's object
_OWN = (r"(?:本部门|本系统|本行业|本领域|本机关|本单位|本局|本委|本厅|局机关|委机关|厅机关|"
        r"机关(?:和|及|及其)?(?:所属|直属)(?:事业)?单位|所属(?:事业)?单位|直属(?:事业)?单位)")
_LEAD_IN = re.compile(r"^(?:(?:按照|根据|依据)[^，；。]{0,40}[，,])?")
_VERBS = r"(?:负责|承担|做好|抓好|加强|指导|组织|督促|落实|监督|管理|[、和及])*"
_OWN_SCOPE = re.compile(_VERBS + _OWN)


@lru_cache(maxsize=50_000)
def residual(text: str) -> bool:
    """The clause only takes up whatever else its superiors assign: "完成县委、县政府交办的其他任务"
    (not "完成市政府交办的其他安全生产工作", which names a matter)."""
    if not _RESIDUAL.search(text):
        return False
    return not _FILLER.sub("", _RESIDUAL.sub("", text))


@lru_cache(maxsize=50_000)
def own_scoped(text: str) -> bool:
    """The clause's object opens with its holder's own body or sector ("负责所属单位的安全生产管理工作",
    "负责本部门、本系统安全生产工作", "按照管行业必须管安全的要求，负责本行业安全生产工作")."""
    body = _LEAD_IN.sub("", text.strip())
    return bool(_OWN_SCOPE.match(body))


def each_its_own(a: str, b: str) -> bool:
    """Two clauses each about its own holder's body or sector: no matter shared."""
    return own_scoped(a) and own_scoped(b)


# ---------------------------------------------------------------- the same template, each holder's own field

_JOIN = r"(?:和|与|及|、)?"


def field_words(core: str) -> tuple[str, ...]:
    """The words that name a unit's own field, from its name's core (the name without place, level and ending):
    林业 → 林业; 文化和旅游 → 文化, 旅游; 农业农村 → 农业农村, 农业, 农村 (a four-character core of two words);
    人力资源和社会保障 → 人力资源, 社会保障. A core of one character names no field."""
    parts = [p for p in re.split(r"[和与及、]", core) if len(p) >= 2]
    words = set(parts)
    if len(parts) == 1 and len(core) == 4:
        words.update((core[:2], core[2:]))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _without(text: str, words: tuple[str, ...]) -> tuple[str, int]:
    pattern = "(?:(?:" + "|".join(map(re.escape, words)) + ")" + _JOIN + ")+"
    rest, n = re.subn(pattern, "", text)
    return re.sub(r"[^\u4e00-\u9fff]", "", rest), n


@lru_cache(maxsize=50_000)
def each_its_own_field(a: str, core_a: str, b: str, core_b: str) -> bool:
    """Two clauses that say the same once each names its own holder's field ("拟订全县林业发展规划并组织实施" of
    the 林业局, "拟订全县水利发展规划并组织实施" of the 水利局; "负责全县农业对外交流与合作工作" / "负责全县文化和旅游
    对外交流与合作工作"): one activity done by each unit for its own field, no shared matter. Units whose fields share
    a word (农业农村 / 农业综合执法), and clauses that do not each name their own holder's field, are compared as before."""
    wa, wb = field_words(core_a), field_words(core_b)
    if not wa or not wb or any(w in core_b for w in wa) or any(w in core_a for w in wb):
        return False  # one field (农业农村 / 农业综合执法)
    ra, na = _without(a, wa)
    rb, nb = _without(b, wb)
    return na > 0 and nb > 0 and ra == rb
