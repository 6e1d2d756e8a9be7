"""Per-model score bars. Embedding models differ in how high unrelated texts score
(e5 rarely goes below 0.8 between two duty clauses), so thresholds belong to the model.

* relevance floor: raw query-to-clause cosine below which a clause sharing no word with the
  query is no answer (default model: related clauses 0.87–0.95, unrelated 0.83–0.86).
* duplicate bar: cosine between *centered* clause vectors (ClauseIndex.centered) above which
  two clauses say the same thing. Measured on the sample county + corpus (242 clauses):
  e5 pairs' 99th percentile 0.48, true duplicates 0.72–0.84; hash 99.9th percentile 0.67.
  Re-checked 12-05 with the fixed clause mean (scripts/overlap_sweep.py, high-bar table):
  e5 0.72 is the lowest bar at which the precision sample holds no false pair (9 of 9 是, at
  0.70 one 否 of 10); hash 0.60: 13 of 13 是, the pair read as 重复 included (it scores
  0.60–0.62). Both kept. No code reads this bar: the overlap list grades 重复 at
  ``queries.overlap_bars`` 高 (e5 0.85, hash 0.82).
"""

from __future__ import annotations

# model-name prefix -> (relevance floor for search, duplicate bar for overlaps)
_BARS = {
    "hash-": (0.30, 0.60),
}
_DEFAULT = (0.87, 0.72)


def relevance_floor(model_name: str) -> float:
    """Cosine below which a clause that shares no word with the query is not an answer."""
    return _lookup(model_name)[0]


def duplicate_bar(model_name: str) -> float:
    """Cosine above which two clauses say the same thing."""
    return _lookup(model_name)[1]


def _lookup(model_name: str) -> tuple[float, float]:
    for prefix, bars in _BARS.items():
        if model_name.startswith(prefix):
            return bars
    return _DEFAULT


# model-name prefix -> how far below the place's closest clause to a topic (query-to-clause
# cosine) a clause may be and still count as about the topic in the overlap topic view
# (queries.overlaps._topical). e5: on the sample county the clauses saying a topic in other
# words (新型农村合作医疗 for 基本医疗保险, 主体功能区规划 for 空间规划, 产品质量监督 for 市场监管) lie
# within 0.035 of the closest, unrelated ones from 0.045 on (防汛抗旱: 村镇建设 0.059, 政府债务 0.060).
# The hash fake's cosines say little (0.5 for the best, 0.1 for a clause sharing one word): rank only.
_TOPIC_MARGINS = {
    "hash-": 1.0,
}
_DEFAULT_TOPIC_MARGIN = 0.04


def topic_margin(model_name: str) -> float:
    """Query-to-clause cosine below the place's best within which a clause is near a topic."""
    for prefix, margin in _TOPIC_MARGINS.items():
        if model_name.startswith(prefix):
            return margin
    return _DEFAULT_TOPIC_MARGIN
