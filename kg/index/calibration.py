"""Per-model search thresholds. Embedding models differ in how high unrelated texts score
(e5 rarely goes below 0.8 between two duty clauses), so thresholds belong to the model.

* relevance floor: raw query-to-clause cosine below which a clause sharing no word with the
  query is no answer (default model: related clauses 0.87–0.95, unrelated 0.83–0.86).
* topic margin: how far below a place's closest clause to a topic a clause may lie and still be
  about the topic (the overlap topic view).

The bars of the overlap list (高/中/低, on centred clause vectors) are not here: they have one
place, ``queries.overlap_bars``.
"""

from __future__ import annotations

# model-name prefix -> relevance floor for search
_FLOORS = {
    "hash-": 0.30,
}
_DEFAULT_FLOOR = 0.87


def relevance_floor(model_name: str) -> float:
    """Cosine below which a clause that shares no word with the query is not an answer."""
    for prefix, floor in _FLOORS.items():
        if model_name.startswith(prefix):
            return floor
    return _DEFAULT_FLOOR


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
