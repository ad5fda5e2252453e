// name: agency_profile
// description: What a body issued, received, was assigned and reported.
// param agency (agency): the body, by name, alias or id
// param limit (int, default 500): at most this many rows
// row: one act of the body (issued, received, assigned, reported) with the document, its date, and the task where there is one
CALL {
  MATCH (a:Agency) WHERE a.id IN $agency RETURN a
  UNION
  MATCH (a:Organization) WHERE a.id IN $agency RETURN a
}
CALL {
  WITH a
  MATCH (a)-[:ISSUED]->(d:Document)
  RETURN 1 AS rank, 'issued' AS relation, d, d.doc_type_name AS detail, null AS t
  UNION ALL
  WITH a
  MATCH (d:Document)-[s:SENT_TO]->(a)
  RETURN 2 AS rank, 'received' AS relation, d, s.role AS detail, null AS t
  UNION ALL
  WITH a
  MATCH (t:Task)-[r:ASSIGNED_TO]->(a)
  OPTIONAL MATCH (d:Document)-[:ASSIGNS]->(t)
  RETURN 3 AS rank, 'was assigned' AS relation, d, r.role AS detail, t
  UNION ALL
  WITH a
  MATCH (a)-[:ISSUED]->(d:Document)-[ro:REPORTS_ON]->(t:Task)
  RETURN 4 AS rank, 'reported' AS relation, d, ro.status AS detail, t
  UNION ALL
  WITH a
  MATCH (a)-[:ISSUED]->(d:Document)-[:RESPONDS_TO]->(x:Document)
  RETURN 4 AS rank, 'reported' AS relation, d, 'answers ' + coalesce(x.number, x.title, x.id) AS detail, null AS t
}
RETURN a.name AS body,
       relation,
       coalesce(d.number, d.title, d.id) AS document,
       d.date AS date,
       detail,
       t.description AS task,
       t.status AS status,
       t.deadline AS deadline,
       coalesce(t.id, d.id) AS id
ORDER BY body, rank, date DESC, document, task
LIMIT $limit
