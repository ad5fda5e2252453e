// name: path_between
// description: The shortest connection between two entities (documents, bodies, people, projects, tasks), up to 8 steps.
// param from (entity): where the connection starts: a name, number or id
// param to (entity): where it ends: a name, number or id
// row: one step of the path: from which entity, by which relationship (forward when it points from the first to the second), to which, and the quotes that state it
// dialect: falkordb
CALL {
  MATCH (a:Document) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Agency) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Organization) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Person) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Project) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Task) WHERE a.id IN $from RETURN a
}
CALL {
  MATCH (b:Document) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Agency) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Organization) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Person) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Project) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Task) WHERE b.id IN $to RETURN b
}
WITH a, b WHERE a <> b
// FalkorDB's shortestPath is a fast breadth-first search but follows one direction only, and its
// path algorithm that takes both directions enumerates paths (seconds at 5 steps on 1M
// relationships): so a path one way, a path the other way, or a mixed one of at most 3 steps
CALL {
  WITH a, b
  WITH shortestPath((a)-[*..8]->(b)) AS path
  WHERE path IS NOT NULL
  RETURN nodes(path) AS ns, relationships(path) AS rs
  UNION
  WITH a, b
  WITH shortestPath((b)-[*..8]->(a)) AS path
  WHERE path IS NOT NULL
  RETURN reverse(nodes(path)) AS ns, reverse(relationships(path)) AS rs
  UNION
  WITH a, b
  CALL algo.SPpaths({sourceNode: a, targetNode: b, relDirection: 'both', maxLen: 3, pathCount: 1}) YIELD path
  RETURN nodes(path) AS ns, relationships(path) AS rs
}
WITH ns, rs ORDER BY size(rs) LIMIT 1
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS x, rs[i] AS r, ns[i + 1] AS y
RETURN i + 1 AS step,
       coalesce(x.number, x.name, x.title, x.description, x.id) AS from_entity,
       type(r) AS relation,
       CASE WHEN startNode(r) = x THEN 'forward' ELSE 'backward' END AS direction,
       coalesce(y.number, y.name, y.title, y.description, y.id) AS to_entity,
       r.sources_json AS quotes
ORDER BY step
// dialect: neo4j
CALL {
  MATCH (a:Document) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Agency) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Organization) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Person) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Project) WHERE a.id IN $from RETURN a
  UNION
  MATCH (a:Task) WHERE a.id IN $from RETURN a
}
CALL {
  MATCH (b:Document) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Agency) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Organization) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Person) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Project) WHERE b.id IN $to RETURN b
  UNION
  MATCH (b:Task) WHERE b.id IN $to RETURN b
}
WITH a, b WHERE a <> b
MATCH path = shortestPath((a)-[*..8]-(b))
WITH nodes(path) AS ns, relationships(path) AS rs
WITH ns, rs ORDER BY size(rs) LIMIT 1
UNWIND range(0, size(rs) - 1) AS i
WITH i, ns[i] AS x, rs[i] AS r, ns[i + 1] AS y
RETURN i + 1 AS step,
       coalesce(x.number, x.name, x.title, x.description, x.id) AS from_entity,
       type(r) AS relation,
       CASE WHEN startNode(r) = x THEN 'forward' ELSE 'backward' END AS direction,
       coalesce(y.number, y.name, y.title, y.description, y.id) AS to_entity,
       r.sources_json AS quotes
ORDER BY step
