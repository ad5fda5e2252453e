// name: chain_up
// description: From a document or a task up to the directives it rests on, to the top.
// param document (document|task): the document, or the task, to start from
// row: one document above the start (its level, how the document below is tied to it), its issuer, and whether it is the top of its chain
OPTIONAL MATCH (giver)-[:ASSIGNS]->(t:Task) WHERE t.id IN $document
// the document that gave the task, in one step: matched apart, a start that is no task still
// ran the traversal from nothing (a sixth of the query's time in FalkorDB when a document is asked);
// no label on giver, since ASSIGNS comes from a document, nor on what follows, since these
// relationships join documents only (each label test was one more matrix operation per step)
// a task rests on what the document that gave it rests on
WITH collect(DISTINCT giver.id) AS givers
// the documents asked, read from the index (so that the parameter is only ever an "IN" test of an id,
// which the runner may turn into the range of a typed number's key: queries.runner.by_number)
OPTIONAL MATCH (asked:Document) WHERE asked.id IN $document
WITH givers, collect(asked.id) AS asked
WITH asked + givers AS starts
// one index lookup per id (an IN over a computed list would scan every document)
UNWIND starts AS start
MATCH (s:Document {id: start})
MATCH p = (s)-[:IMPLEMENTS|BASED_ON|RESPONDS_TO|AMENDS|REPLACES*0..8]->(d)
WITH d, p ORDER BY length(p)
WITH d, collect(p)[0] AS p
WITH d, length(p) AS level,
     CASE WHEN length(p) = 0 THEN null ELSE type(relationships(p)[length(p) - 1]) END AS relation,
     CASE WHEN length(p) = 0 THEN null ELSE nodes(p)[length(p) - 1] END AS below
OPTIONAL MATCH (issuer)-[:ISSUED]->(d)
// the top of a chain rests on nothing: matched with the issuers in one pass, since a pattern
// comprehension in RETURN ran as one traversal per row and took half the query's time
OPTIONAL MATCH (d)-[:IMPLEMENTS|BASED_ON|RESPONDS_TO|AMENDS|REPLACES]->(above)
WITH d, level, relation, below, collect(DISTINCT issuer.name) AS issued_by, count(above) = 0 AS top
RETURN level,
       coalesce(d.number, d.title, d.id) AS document,
       d.doc_type_name AS kind,
       d.date AS date,
       issued_by,
       relation,
       coalesce(below.number, below.title, below.id) AS from_document,
       top,
       d.source_file IS NOT NULL AS loaded,
       d.id AS id
ORDER BY level, date, document
