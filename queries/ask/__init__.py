"""问答: a Chinese question routed to the queries, answered with its sources.

No language model writes answers; a question is read in four steps, one module each:

1. ``dates``: the date asked about (2017年, 17年, 2018年3月, 三年前 against an injectable
   today, 2018年改革前 …).
2. ``parsing``: names linked through the store's one name index (``queries.resolve``:
   official, short, generated short forms, old names, signs, place-relative names) become
   placeholders; unit-shaped names the store does not know are kept apart ("没有找到X");
   compound questions are split into parts.
3. ``routing``: the intent from a classifier trained on labelled questions
   (``data/examples.yaml``), the mode from the table in ``intents``, the topic of 谁负责X.
4. ``answers``: one answerer per ``Intent`` runs the query functions and writes the answer
   with the units that answer (best first) and the source sentences.

>>> ask(store, "2017年谁负责草原防火？")["units"][0]["name"]   # doctest: +SKIP
'样例县农业局'
"""

from queries.ask.answers import ANSWERERS
from queries.ask.core import ask
from queries.ask.dates import DateSpec, extract_date
from queries.ask.intents import LABELS, SPECS, Intent
from queries.ask.parsing import Parsed, parse
from queries.ask.routing import Route, route

__all__ = ["ANSWERERS", "LABELS", "SPECS", "DateSpec", "Intent", "Parsed", "Route", "ask", "extract_date", "parse", "route"]
