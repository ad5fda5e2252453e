// name: open_tasks
// description: Tasks not done, optionally for one body; overdue ones first, by deadline, against an as-of date.
// param agency (agency, optional): only the tasks given to this body
// param as_of (date, default today): deadlines before this date are overdue
// param limit (int, default 500): at most this many rows
// row: one task not done: whether it is overdue, its deadline and status, who must do it, and the document that gave it
// a body's tasks are found from the body; all open tasks only when no body is given (UNWIND of an
// empty list runs nothing, so only one of the two ways is walked)
CALL {
  UNWIND coalesce($agency, []) AS body_id
  MATCH (b:Agency {id: body_id})<-[:ASSIGNED_TO]-(t:Task)
  RETURN t
  UNION
  UNWIND coalesce($agency, []) AS body_id
  MATCH (b:Organization {id: body_id})<-[:ASSIGNED_TO]-(t:Task)
  RETURN t
  UNION
  UNWIND CASE WHEN $agency IS NULL THEN [1] ELSE [] END AS every
  MATCH (t:Task)
  RETURN t
}
WITH t
WHERE t.status IS NULL OR t.status <> 'done'
WITH t, t.status = 'overdue' OR (t.deadline IS NOT NULL AND t.deadline < $as_of) AS overdue
// order and cut first, then look up the details of the rows kept
ORDER BY overdue DESC, t.deadline IS NULL, t.deadline, t.id
LIMIT $limit
OPTIONAL MATCH (t)-[r:ASSIGNED_TO]->(b)
WITH t, overdue, collect(b.name + coalesce(' (' + r.role + ')', '')) AS assigned_to
OPTIONAL MATCH (g:Document)-[:ASSIGNS]->(t)
WITH t, overdue, assigned_to, g ORDER BY g.date
WITH t, overdue, assigned_to, collect(g)[0] AS g
RETURN overdue,
       t.deadline AS deadline,
       t.status AS status,
       t.description AS task,
       assigned_to,
       coalesce(g.number, g.title, g.id) AS given_in,
       g.date AS given_on,
       t.id AS id
ORDER BY overdue DESC, deadline IS NULL, deadline, id
