// name: project_timeline
// description: Every document and task about a project, in date order: the documents about it, the tasks they gave and the reports on those tasks.
// param project (project): the project, by name, short name or id
// row: one dated document with how it touches the project and, for a task, its description, status and deadline (undated documents come last)
MATCH (p:Project) WHERE p.id IN $project
OPTIONAL MATCH (x)-[:CONCERNS]->(p)
OPTIONAL MATCH (x)-[:ASSIGNS]->(given:Task)
// the project's tasks: those about it, and those given by documents about it
WITH p, [n IN collect(DISTINCT x) WHERE n:Task] + collect(DISTINCT given) AS tasks
CALL {
  WITH p
  MATCH (d:Document)-[:CONCERNS]->(p)
  RETURN d, 1 AS rank, 'about the project' AS relation, null AS t, null AS status
  UNION
  WITH tasks
  UNWIND tasks AS t
  MATCH (d:Document)-[:ASSIGNS]->(t)
  RETURN d, 2 AS rank, 'gives a task' AS relation, t, t.status AS status
  UNION
  WITH tasks
  UNWIND tasks AS t
  MATCH (d:Document)-[ro:REPORTS_ON]->(t)
  RETURN d, 3 AS rank, 'reports on a task' AS relation, t, coalesce(ro.status, t.status) AS status
}
RETURN d.date AS date,
       coalesce(d.number, d.title, d.id) AS document,
       d.doc_type_name AS kind,
       relation,
       t.description AS task,
       status,
       t.deadline AS deadline,
       coalesce(t.id, d.id) AS id
ORDER BY date IS NULL, date, rank, document, task
