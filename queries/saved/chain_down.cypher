// name: chain_down
// description: From a document, everything that implements, is based on, answers or amends it, down to the tasks, the bodies they were given to and what was reported.
// param document (document): the document to start from
// row: one document of the chain (its level below the start, how it is tied and to which document) with one of its tasks, who must do it and who reported on it
MATCH (root:Document) WHERE root.id IN $document
MATCH p = (d:Document)-[:IMPLEMENTS|BASED_ON|RESPONDS_TO|AMENDS|REPLACES*0..8]->(root)
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
OPTIONAL MATCH (d)-[:ASSIGNS]->(t:Task)
OPTIONAL MATCH (t)-[a:ASSIGNED_TO]->(body)
OPTIONAL MATCH (r:Document)-[ro:REPORTS_ON]->(t)
WITH d, level, relation, via, t,
     collect(DISTINCT issuer.name) AS issued_by,
     collect(DISTINCT body.name + coalesce(' (' + a.role + ')', '')) AS assigned_to,
     collect(DISTINCT coalesce(r.number, r.title, r.id) + coalesce(': ' + ro.status, '')) AS reported_by
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
