"""Every Cypher statement of the Neo4j backend, as named constants with parameters.

Nothing here is built from user input: values always travel as parameters, and the only
names inside the text (labels, relationship types, index names) are fixed.

Graph shape (see ``kg.stores.neo4j_store`` for the full description)::

    (:Document {id, json, facts_json, seq})-[:REFS]->(:Unit)
    (:Unit {id, jurisdiction, name, keys, names_text, seq, idx})
    (:Unit)-[:PARENT|CO_LOCATED {fact properties}]->(:Unit)
    (:Unit)-[:HOLDS {fact properties}]->(:Clause {id, text, category, item, embedding?})
    (:Unit)-[:HAS_FACT]->(:Fact {fact properties})          NAME ALIAS SIGN RANK KIND EXISTS STAFFING
    (:Jurisdiction)-[:HAS_FACT]->(:Fact)                    figures for a whole 行政区划 (subject = its name)
    (:Unit)-[:HAS_ENDING]->(:Ending {id, subject, predicate, at, at_start, value, object, ...})
    (:Unit)-[:INPUT {pos}]->(:Event {id, type, date, date_start, ...})-[:OUTPUT {pos}]->(:Unit)
    (:Event)-[:MOVE {pos}]->(:Move {clause_id, source, target}); (:Unit)-[:GAVE]->(:Move)-[:TO]->(:Unit)
    (:Boundary {id, units, text, ...})-[:CONCERNS {pos}]->(:Unit)
    (:Jurisdiction {id, name, level, parent})
    (:KGMeta {key: 'revision', value})

Fact properties: id, subject, predicate, value, object, amount, valid_from,
valid_from_start (date), stated_to (the valid_to the record states), stated_to_start,
valid_to / valid_to_start (the effective end, endings folded in), event_id, extra (JSON),
doc_id (owning document), prov_doc, prov_start, prov_end, sentence, seq, idx.
``seq`` is the revision of the write that stored a record and ``idx`` its position in the
document's records, so ``ORDER BY seq, idx`` is the order the reference backend keeps.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- schema

VECTOR_INDEX = "kg_clause_embedding"
UNIT_NAMES_INDEX = "kg_unit_names"
CLAUSE_TEXT_INDEX = "kg_clause_text"

SCHEMA = (
    "CREATE CONSTRAINT kg_unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_clause_id IF NOT EXISTS FOR (n:Clause) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_fact_id IF NOT EXISTS FOR (n:Fact) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_ending_id IF NOT EXISTS FOR (n:Ending) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_boundary_id IF NOT EXISTS FOR (n:Boundary) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_jurisdiction_id IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT kg_meta_key IF NOT EXISTS FOR (n:KGMeta) REQUIRE n.key IS UNIQUE",
    "CREATE CONSTRAINT kg_parent_id IF NOT EXISTS FOR ()-[r:PARENT]-() REQUIRE r.id IS UNIQUE",
    "CREATE CONSTRAINT kg_holds_id IF NOT EXISTS FOR ()-[r:HOLDS]-() REQUIRE r.id IS UNIQUE",
    "CREATE CONSTRAINT kg_co_located_id IF NOT EXISTS FOR ()-[r:CO_LOCATED]-() REQUIRE r.id IS UNIQUE",
    "CREATE INDEX kg_unit_keys IF NOT EXISTS FOR (n:Unit) ON (n.keys)",
    "CREATE INDEX kg_fact_doc IF NOT EXISTS FOR (n:Fact) ON (n.doc_id)",
    "CREATE INDEX kg_fact_predicate IF NOT EXISTS FOR (n:Fact) ON (n.predicate)",
    "CREATE INDEX kg_fact_object IF NOT EXISTS FOR (n:Fact) ON (n.object)",
    "CREATE INDEX kg_fact_subject IF NOT EXISTS FOR (n:Fact) ON (n.subject)",
    "CREATE INDEX kg_ending_doc IF NOT EXISTS FOR (n:Ending) ON (n.doc_id)",
    "CREATE INDEX kg_ending_subject IF NOT EXISTS FOR (n:Ending) ON (n.subject)",
    "CREATE INDEX kg_event_doc IF NOT EXISTS FOR (n:Event) ON (n.doc_id)",
    "CREATE INDEX kg_move_doc IF NOT EXISTS FOR (n:Move) ON (n.doc_id)",
    "CREATE INDEX kg_boundary_doc IF NOT EXISTS FOR (n:Boundary) ON (n.doc_id)",
    "CREATE INDEX kg_clause_doc IF NOT EXISTS FOR (n:Clause) ON (n.doc_id)",
    "CREATE INDEX kg_parent_doc IF NOT EXISTS FOR ()-[r:PARENT]-() ON (r.doc_id)",
    "CREATE INDEX kg_holds_doc IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.doc_id)",
    "CREATE INDEX kg_co_located_doc IF NOT EXISTS FOR ()-[r:CO_LOCATED]-() ON (r.doc_id)",
    "CREATE FULLTEXT INDEX kg_unit_names IF NOT EXISTS FOR (n:Unit) ON EACH [n.name, n.names_text] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    "CREATE FULLTEXT INDEX kg_clause_text IF NOT EXISTS FOR (n:Clause) ON EACH [n.text] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
)

AWAIT_INDEXES = "CALL db.awaitIndexes($seconds)"

VECTOR_INDEX_OPTIONS = "SHOW VECTOR INDEXES YIELD name, options WHERE name = $name RETURN options"

# Created when clause embeddings are first stored: the dimension is only known then. Not
# quantized, so scores are the cosines the per-model thresholds (kg.index.calibration) expect.
CREATE_VECTOR_INDEX = (
    "CREATE VECTOR INDEX kg_clause_embedding IF NOT EXISTS FOR (c:Clause) ON (c.embedding) "
    "OPTIONS {indexConfig: {`vector.dimensions`: $dim, `vector.similarity_function`: 'cosine', "
    "`vector.quantization.enabled`: false}}"
)

AWAIT_INDEX = "CALL db.awaitIndex($name, $seconds)"

# --------------------------------------------------------------------------- revision

BUMP_REVISION = """
MERGE (m:KGMeta {key: 'revision'})
ON CREATE SET m.value = 0
SET m.value = m.value + 1
RETURN m.value AS revision
"""

READ_REVISION = "MATCH (m:KGMeta {key: 'revision'}) RETURN m.value AS revision"

# One writer at a time across processes: the writing block holds a write lock on this node
# (taken by the SET) in a transaction of its own until the block ends.
TAKE_WRITER_LOCK = """
MERGE (w:KGMeta {key: 'writer'})
SET w.taken = coalesce(w.taken, 0) + 1
RETURN w.taken
"""

# --------------------------------------------------------------------------- write: before

DOCUMENT_STATE = """
OPTIONAL MATCH (d:Document {id: $doc_id})
OPTIONAL MATCH (d)-[:REFS]->(u:Unit)
RETURN d IS NOT NULL AS found, collect(u.id) AS refs
"""

EXISTING_UNITS = "UNWIND $ids AS id MATCH (u:Unit {id: id}) RETURN collect(u.id) AS ids"

OLD_ENDING_SUBJECTS = "MATCH (e:Ending {doc_id: $doc_id}) RETURN collect(DISTINCT e.subject) AS ids"

OLD_HOLDS_OBJECTS = "MATCH ()-[r:HOLDS {doc_id: $doc_id}]->(c:Clause) RETURN collect(DISTINCT c.id) AS ids"

# --------------------------------------------------------------------------- write: delete a document's records

DELETE_DOC_RECORDS = """
CALL () { MATCH ()-[r:PARENT {doc_id: $doc_id}]->() DELETE r }
CALL () { MATCH ()-[r:HOLDS {doc_id: $doc_id}]->() DELETE r }
CALL () { MATCH ()-[r:CO_LOCATED {doc_id: $doc_id}]->() DELETE r }
CALL () { MATCH (n:Fact {doc_id: $doc_id}) DETACH DELETE n }
CALL () { MATCH (n:Ending {doc_id: $doc_id}) DETACH DELETE n }
CALL () { MATCH (n:Move {doc_id: $doc_id}) DETACH DELETE n }
CALL () { MATCH (n:Event {doc_id: $doc_id}) DETACH DELETE n }
CALL () { MATCH (n:Boundary {doc_id: $doc_id}) DETACH DELETE n }
CALL () { MATCH (:Document {id: $doc_id})-[r:REFS]->() DELETE r }
"""

# A clause the document no longer states but another document's HOLDS fact still points
# at becomes a stub (only its id): reads skip it, and re-ingesting its document revives it.
STUB_CLAUSES = """
MATCH (c:Clause {doc_id: $doc_id})
WHERE NOT c.id IN $keep AND EXISTS { (c)<-[:HOLDS]-() }
SET c = {id: c.id}
"""

DELETE_CLAUSES = "MATCH (c:Clause {doc_id: $doc_id}) WHERE NOT c.id IN $keep DETACH DELETE c"

DROP_CLAUSE_STUBS = """
UNWIND $ids AS id
MATCH (c:Clause {id: id})
WHERE c.doc_id IS NULL AND NOT EXISTS { (c)--() }
DELETE c
"""

DELETE_DOCUMENT = "MATCH (d:Document {id: $doc_id}) DETACH DELETE d"

# Record ids already used by another document (ids are unique per kind across the store).
ID_COLLISIONS = """
CALL () {
  UNWIND $facts AS id MATCH (n:Fact {id: id}) RETURN n.id AS id
  UNION ALL
  UNWIND $facts AS id MATCH ()-[r:PARENT {id: id}]->() RETURN r.id AS id
  UNION ALL
  UNWIND $facts AS id MATCH ()-[r:HOLDS {id: id}]->() RETURN r.id AS id
  UNION ALL
  UNWIND $facts AS id MATCH ()-[r:CO_LOCATED {id: id}]->() RETURN r.id AS id
  UNION ALL
  UNWIND $endings AS id MATCH (n:Ending {id: id}) RETURN n.id AS id
  UNION ALL
  UNWIND $events AS id MATCH (n:Event {id: id}) RETURN n.id AS id
  UNION ALL
  UNWIND $boundaries AS id MATCH (n:Boundary {id: id}) RETURN n.id AS id
  UNION ALL
  UNWIND $clauses AS id MATCH (n:Clause {id: id}) WHERE n.doc_id IS NOT NULL AND n.doc_id <> $doc_id
  RETURN n.id AS id
}
RETURN collect(id) AS ids
"""

# --------------------------------------------------------------------------- write: new records (UNWIND $rows batches)

WRITE_DOCUMENT = """
MERGE (d:Document {id: $doc_id})
ON CREATE SET d.seq = $seq
SET d.title = $title, d.date = $date, d.jurisdiction = $jurisdiction,
    d.json = $json, d.facts_json = $facts_json, d.ingested_at = $ingested_at
"""

WRITE_UNITS = """
UNWIND $rows AS row
MERGE (u:Unit {id: row.id})
ON CREATE SET u.jurisdiction = row.jurisdiction, u.name = row.name, u.seq = $seq, u.idx = row.idx,
              u.keys = [], u.names_text = row.name
"""

WRITE_JURISDICTIONS = """
UNWIND $rows AS row
MERGE (j:Jurisdiction {id: row.id})
ON CREATE SET j.seq = $seq, j.idx = row.idx
SET j.name = row.name, j.level = row.level, j.parent = row.parent
"""

WRITE_CLAUSES = """
UNWIND $rows AS row
MERGE (c:Clause {id: row.id})
WITH c, row, (c.text IS NOT NULL AND c.text <> row.props.text) AS changed
SET c += row.props
WITH c, changed WHERE changed
REMOVE c.embedding
"""

WRITE_PARENT_FACTS = """
UNWIND $rows AS row
MATCH (s:Unit {id: row.props.subject})
MATCH (o:Unit {id: row.props.object})
CREATE (s)-[r:PARENT]->(o)
SET r = row.props
RETURN count(r) AS written
"""

WRITE_CO_LOCATED_FACTS = """
UNWIND $rows AS row
MATCH (s:Unit {id: row.props.subject})
MATCH (o:Unit {id: row.props.object})
CREATE (s)-[r:CO_LOCATED]->(o)
SET r = row.props
RETURN count(r) AS written
"""

# The clause may belong to a document not (yet) stored: a stub keeps the link.
WRITE_HOLDS_FACTS = """
UNWIND $rows AS row
MATCH (s:Unit {id: row.props.subject})
MERGE (c:Clause {id: row.props.object})
CREATE (s)-[r:HOLDS]->(c)
SET r = row.props
RETURN count(r) AS written
"""

# The subject is a unit, or a jurisdiction for a figure of a whole 行政区划; facts are read
# by their ``subject`` property, the HAS_FACT link is for traversal.
WRITE_NODE_FACTS = """
UNWIND $rows AS row
CREATE (f:Fact)
SET f = row.props
WITH f, row
CALL (f, row) { MATCH (s:Unit {id: row.props.subject}) CREATE (s)-[:HAS_FACT]->(f) }
CALL (f, row) { MATCH (j:Jurisdiction {id: row.props.subject}) CREATE (j)-[:HAS_FACT]->(f) }
RETURN count(f) AS written
"""

WRITE_ENDINGS = """
UNWIND $rows AS row
CREATE (e:Ending)
SET e = row.props
WITH e, row
CALL (e, row) { MATCH (s:Unit {id: row.props.subject}) CREATE (s)-[:HAS_ENDING]->(e) }
RETURN count(e) AS written
"""

WRITE_EVENTS = """
UNWIND $rows AS row
CREATE (e:Event)
SET e = row.props
RETURN count(e) AS written
"""

WRITE_EVENT_INPUTS = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (u:Unit {id: row.unit})
CREATE (u)-[:INPUT {pos: row.pos}]->(e)
"""

WRITE_EVENT_OUTPUTS = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
MATCH (u:Unit {id: row.unit})
CREATE (e)-[:OUTPUT {pos: row.pos}]->(u)
"""

WRITE_MOVES = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
CREATE (e)-[:MOVE {pos: row.pos}]->(m:Move)
SET m = row.props
WITH m, row
CALL (m, row) { MATCH (u:Unit {id: row.props.source}) CREATE (u)-[:GAVE]->(m) }
CALL (m, row) { MATCH (u:Unit {id: row.props.target}) CREATE (m)-[:TO]->(u) }
"""

WRITE_BOUNDARIES = """
UNWIND $rows AS row
CREATE (b:Boundary)
SET b = row.props
RETURN count(b) AS written
"""

WRITE_BOUNDARY_UNITS = """
UNWIND $rows AS row
MATCH (b:Boundary {id: row.boundary})
MATCH (u:Unit {id: row.unit})
CREATE (b)-[:CONCERNS {pos: row.pos}]->(u)
"""

WRITE_REFS = """
MATCH (d:Document {id: $doc_id})
UNWIND $ids AS id
MATCH (u:Unit {id: id})
MERGE (d)-[:REFS]->(u)
"""

# --------------------------------------------------------------------------- write: after

# The effective end of every fact of the given subjects, exactly as ``kg.store.fold_endings``:
# the earliest matching ending that comes after the fact's start (the first stored one on a
# tie) replaces the stated end when it is earlier.
RECOMPUTE_VALID_TO = """
UNWIND $ids AS id
CALL (id) {
  MATCH (:Unit {id: id})-[r:PARENT|HOLDS|CO_LOCATED]->() RETURN r AS f
  UNION
  MATCH (n:Fact {subject: id}) RETURN n AS f
}
CALL (id, f) {
  OPTIONAL MATCH (e:Ending {subject: id})
  WHERE e.predicate = f.predicate
    AND (e.value IS NULL OR e.value = f.value)
    AND (e.object IS NULL OR e.object = f.object)
    AND (f.valid_from_start IS NULL OR e.at_start > f.valid_from_start)
  WITH e ORDER BY e.at_start, e.seq, e.idx
  LIMIT 1
  RETURN e
}
WITH f, CASE WHEN e IS NOT NULL AND (f.stated_to_start IS NULL OR e.at_start < f.stated_to_start)
             THEN e END AS win
SET f.valid_to = CASE WHEN win IS NULL THEN f.stated_to ELSE win.at END,
    f.valid_to_start = CASE WHEN win IS NULL THEN f.stated_to_start ELSE win.at_start END
"""

DROP_ORPHAN_UNITS = """
UNWIND $ids AS id
MATCH (u:Unit {id: id})
WHERE NOT EXISTS { (:Document)-[:REFS]->(u) }
WITH u, u.id AS gone
DETACH DELETE u
RETURN collect(gone) AS ids
"""

NAME_SOURCES = """
UNWIND $ids AS id
MATCH (u:Unit {id: id})
OPTIONAL MATCH (f:Fact {subject: id})
WHERE f.predicate IN $predicates AND f.value IS NOT NULL AND f.value <> ''
RETURN u.id AS id, u.jurisdiction AS jurisdiction, u.name AS name, collect(f.value) AS names
"""

WRITE_KEYS = """
UNWIND $rows AS row
MATCH (u:Unit {id: row.id})
SET u.keys = row.keys, u.names_text = row.names_text
"""

# --------------------------------------------------------------------------- reads

READ_DOCUMENTS = "MATCH (d:Document) RETURN d.json AS json ORDER BY d.seq"

READ_DOCUMENT = "MATCH (d:Document {id: $doc_id}) RETURN d.json AS json, d.facts_json AS facts_json"

READ_UNITS = """
MATCH (u:Unit)
RETURN u.id AS id, u.jurisdiction AS jurisdiction, u.name AS name
ORDER BY u.seq, u.idx
"""

READ_UNIT = "MATCH (u:Unit {id: $id}) RETURN u.id AS id, u.jurisdiction AS jurisdiction, u.name AS name"

READ_JURISDICTIONS = """
MATCH (j:Jurisdiction)
RETURN j.id AS id, j.name AS name, j.level AS level, j.parent AS parent
ORDER BY j.seq, j.idx
"""

READ_UNITS_BY_KEY = "MATCH (u:Unit) WHERE $key IN u.keys RETURN u.id AS id ORDER BY id"

READ_FACTS_OF_SUBJECT = """
CALL () {
  MATCH (:Unit {id: $subject})-[r:PARENT|HOLDS|CO_LOCATED]->() RETURN properties(r) AS f
  UNION ALL
  MATCH (n:Fact {subject: $subject}) RETURN properties(n) AS f
}
WITH f
WHERE ($predicate IS NULL OR f.predicate = $predicate) AND ($object IS NULL OR f.object = $object)
RETURN f ORDER BY f.seq, f.idx
"""

READ_FACTS_OF_OBJECT = """
CALL () {
  MATCH (:Unit {id: $object})<-[r:PARENT|CO_LOCATED]-() RETURN properties(r) AS f
  UNION ALL
  MATCH (:Clause {id: $object})<-[r:HOLDS]-() RETURN properties(r) AS f
  UNION ALL
  MATCH (n:Fact {object: $object}) RETURN properties(n) AS f
}
WITH f
WHERE $predicate IS NULL OR f.predicate = $predicate
RETURN f ORDER BY f.seq, f.idx
"""

READ_FACTS = """
CALL () {
  MATCH ()-[r:PARENT|HOLDS|CO_LOCATED]->() RETURN properties(r) AS f
  UNION ALL
  MATCH (n:Fact) RETURN properties(n) AS f
}
WITH f
WHERE $predicate IS NULL OR f.predicate = $predicate
RETURN f ORDER BY f.seq, f.idx
"""

# As-of reads in Cypher: the stored valid_to already has the endings folded in.
READ_FACTS_AT = """
CALL () {
  MATCH (:Unit {id: $subject})-[r:PARENT|HOLDS|CO_LOCATED]->() RETURN properties(r) AS f
  UNION ALL
  MATCH (n:Fact {subject: $subject}) RETURN properties(n) AS f
}
WITH f
WHERE f.predicate = $predicate
  AND (f.valid_from IS NULL OR f.valid_from_start <= $day)
  AND (f.valid_to IS NULL OR f.valid_to_start > $day)
RETURN f ORDER BY f.seq, f.idx
"""

READ_ENDINGS = """
MATCH (e:Ending {subject: $subject})
RETURN properties(e) AS e ORDER BY e.seq, e.idx
"""

_CLAUSE_FIELDS = "c {.id, .text, .category, .item, .prov_doc, .prov_start, .prov_end, .sentence}"

READ_CLAUSES = f"""
MATCH (c:Clause) WHERE c.doc_id IS NOT NULL
RETURN {_CLAUSE_FIELDS} AS clause ORDER BY c.seq, c.idx
"""

READ_CLAUSES_BY_ID = f"""
UNWIND $ids AS id
MATCH (c:Clause {{id: id}}) WHERE c.doc_id IS NOT NULL
RETURN {_CLAUSE_FIELDS} AS clause
"""

READ_EVENTS = "MATCH (e:Event) RETURN properties(e) AS e ORDER BY e.seq, e.idx"

# An event concerns a unit that is an input or output, or that gave or received a duty in it.
READ_EVENTS_OF_UNIT = """
MATCH (u:Unit {id: $unit_id})
CALL (u) {
  MATCH (u)-[:INPUT|OUTPUT]-(e:Event) RETURN e
  UNION
  MATCH (u)-[:GAVE]->(:Move)<-[:MOVE]-(e:Event) RETURN e
  UNION
  MATCH (u)<-[:TO]-(:Move)<-[:MOVE]-(e:Event) RETURN e
}
WITH DISTINCT e
RETURN properties(e) AS e ORDER BY e.seq, e.idx
"""

READ_BOUNDARIES = "MATCH (b:Boundary) RETURN properties(b) AS b ORDER BY b.seq, b.idx"

# One row per mention: a boundary naming a unit twice is listed twice (as the reference does).
READ_BOUNDARIES_OF_UNIT = """
MATCH (:Unit {id: $unit_id})<-[c:CONCERNS]-(b:Boundary)
RETURN properties(b) AS b ORDER BY b.seq, b.idx, c.pos
"""

# --------------------------------------------------------------------------- a document's own records (rebuild, migration)

DOC_CLAUSES = f"""
MATCH (c:Clause {{doc_id: $doc_id}})
RETURN {_CLAUSE_FIELDS} AS clause ORDER BY c.idx
"""

DOC_FACTS = """
CALL () {
  MATCH ()-[r:PARENT {doc_id: $doc_id}]->() RETURN properties(r) AS f
  UNION ALL
  MATCH ()-[r:HOLDS {doc_id: $doc_id}]->() RETURN properties(r) AS f
  UNION ALL
  MATCH ()-[r:CO_LOCATED {doc_id: $doc_id}]->() RETURN properties(r) AS f
  UNION ALL
  MATCH (n:Fact {doc_id: $doc_id}) RETURN properties(n) AS f
}
RETURN f ORDER BY f.idx
"""

DOC_ENDINGS = "MATCH (e:Ending {doc_id: $doc_id}) RETURN properties(e) AS e ORDER BY e.idx"

DOC_EVENTS = "MATCH (e:Event {doc_id: $doc_id}) RETURN properties(e) AS e ORDER BY e.idx"

DOC_BOUNDARIES = "MATCH (b:Boundary {doc_id: $doc_id}) RETURN properties(b) AS b ORDER BY b.idx"

# --------------------------------------------------------------------------- lineage (variable-length traversal)

# Units reached from a unit along event flows (unit -INPUT-> event -OUTPUT-> unit) and
# duty moves (unit -GAVE-> move -TO-> unit), any depth, shortest way first.
LINEAGE_DESCENDANTS = """
MATCH (start:Unit {id: $unit_id})
MATCH p = SHORTEST 1 (start)-[:INPUT|OUTPUT|GAVE|TO]->{2,64}(other:Unit)
WHERE other <> start
RETURN other.id AS id, length(p) / 2 AS depth,
       [n IN nodes(p) WHERE NOT n:Unit | CASE WHEN n:Move THEN n.event_id ELSE n.id END] AS via
ORDER BY depth, id
"""

LINEAGE_ANCESTORS = """
MATCH (start:Unit {id: $unit_id})
MATCH p = SHORTEST 1 (other:Unit)-[:INPUT|OUTPUT|GAVE|TO]->{2,64}(start)
WHERE other <> start
RETURN other.id AS id, length(p) / 2 AS depth,
       reverse([n IN nodes(p) WHERE NOT n:Unit | CASE WHEN n:Move THEN n.event_id ELSE n.id END]) AS via
ORDER BY depth, id
"""

# Whole-unit links only: 组建/重新组建/并入 events, from inputs that gave their whole selves.
LINEAGE_DESCENDANTS_WHOLE = """
MATCH (start:Unit {id: $unit_id})
MATCH p = SHORTEST 1 (start)
  ((a:Unit)-[:INPUT]->(e:Event)-[:OUTPUT]->(b:Unit)
   WHERE e.type IN $whole_types AND NOT a.id IN coalesce(e.partial_sources, []) AND a <> b){1,32}
  (other:Unit)
WHERE other <> start
RETURN other.id AS id, length(p) / 2 AS depth, [n IN nodes(p) WHERE n:Event | n.id] AS via
ORDER BY depth, id
"""

LINEAGE_ANCESTORS_WHOLE = """
MATCH (start:Unit {id: $unit_id})
MATCH p = SHORTEST 1 (other:Unit)
  ((a:Unit)-[:INPUT]->(e:Event)-[:OUTPUT]->(b:Unit)
   WHERE e.type IN $whole_types AND NOT a.id IN coalesce(e.partial_sources, []) AND a <> b){1,32}
  (start)
WHERE other <> start
RETURN other.id AS id, length(p) / 2 AS depth, reverse([n IN nodes(p) WHERE n:Event | n.id]) AS via
ORDER BY depth, id
"""

# --------------------------------------------------------------------------- search

SEARCH_FULLTEXT = """
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
WHERE node.doc_id IS NOT NULL OR node:Unit
RETURN node.id AS id, score
"""

WRITE_EMBEDDINGS = """
UNWIND $rows AS row
MATCH (c:Clause {id: row.id}) WHERE c.doc_id IS NOT NULL
CALL db.create.setNodeVectorProperty(c, 'embedding', row.vector)
RETURN count(c) AS written
"""

CLAUSES_WITHOUT_EMBEDDING = """
MATCH (c:Clause) WHERE c.doc_id IS NOT NULL AND c.embedding IS NULL
RETURN c.id AS id, c.text AS text ORDER BY c.seq, c.idx
"""

SEARCH_VECTORS = """
CALL db.index.vector.queryNodes($index, $k, $vector) YIELD node, score
RETURN node.id AS id, score
"""
