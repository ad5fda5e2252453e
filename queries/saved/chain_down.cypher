// name: chain_down
// description: From a document, everything that implements, is based on, answers or amends it, down to the tasks, the bodies they were given to and what was reported.
// param document (document): the document to start from
// row: one document of the chain (its level below the start, how it is tied and to which document) with one of its tasks, who must do it and who reported on it
MATCH (root:Document) WHERE root.id IN $document
// no label on d, t or r: the contract lets these relationships join documents only (and ASSIGNS a
// document to a task), and each label test was one more matrix operation per step in FalkorDB
MATCH p = (d)-[:IMPLEMENTS|BASED_ON|RESPONDS_TO|AMENDS|REPLACES*0..8]->(root)
// the shortest tie of each document to the start decides its level
WITH d, p ORDER BY length(p)
WITH d, collect(p)[0] AS p
WITH d, length(p) AS level,
     CASE WHEN length(p) = 0 THEN null ELSE type(relationships(p)[0]) END AS relation,
     CASE WHEN length(p) = 0 THEN null ELSE nodes(p)[1] END AS parent
WITH d, level, relation, coalesce(parent.number, parent.title, parent.id) AS via
// one aggregation for issuers, assignees and reports (DISTINCT undoes their cross product):
// each aggregation step over a chain's rows cost more than the traversals themselves
OPTIONAL MATCH (issuer)-[:ISSUED]->(d)
OPTIONAL MATCH (d)-[:ASSIGNS]->(t)
OPTIONAL MATCH (t)-[a:ASSIGNED_TO]->(body)
OPTIONAL MATCH (r)-[ro:REPORTS_ON]->(t)
// the texts are built before the aggregation, which only collects names: FalkorDB copies each
// aggregated expression for every group, and copying these took half the aggregation's time
WITH d, level, relation, via, t, issuer.name AS issuer_name,
     body.name + coalesce(' (' + a.role + ')', '') AS assignee,
     coalesce(r.number, r.title, r.id) + coalesce(': ' + ro.status, '') AS report
WITH d, level, relation, via, t,
     collect(DISTINCT issuer_name) AS issued_by,
     collect(DISTINCT assignee) AS assigned_to,
     collect(DISTINCT report) AS reported_by
RETURN level,
       coalesce(d.number, d.title, d.id) AS document,
       d.date AS date,
       issued_by,
       relation,
       via,
       t.description AS task,
       t.status AS status,
       t.deadline AS deadline,
       assigned_to,
       reported_by,
       d.id AS id
ORDER BY level, date, document, task
