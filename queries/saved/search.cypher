// name: search
// description: Full-text search over names, numbers, titles, task descriptions and aliases, insensitive to case and diacritics ("Trang Cat" finds "Tràng Cát").
// param q (words): the words to find; every word must be there
// param limit (int, default 50): at most this many rows
// row: one node that holds every word: its kind, its name or number, its date, the match score and its id
// dialect: falkordb
// one full-text index per label over the folded search_key (graph.store.dialect); FalkorDB ANDs the words
CALL {
  CALL db.idx.fulltext.queryNodes('Document', $q) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.idx.fulltext.queryNodes('Agency', $q) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.idx.fulltext.queryNodes('Organization', $q) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.idx.fulltext.queryNodes('Person', $q) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.idx.fulltext.queryNodes('Project', $q) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.idx.fulltext.queryNodes('Task', $q) YIELD node, score RETURN node, score
}
RETURN labels(node)[0] AS kind,
       coalesce(node.number, node.name, node.description, node.title, node.id) AS name,
       CASE WHEN node.number IS NULL THEN null ELSE node.title END AS title,
       node.date AS date,
       score,
       node.id AS id
ORDER BY score DESC, name
LIMIT $limit
// dialect: neo4j
// one full-text index over every label (graph.store.dialect); Lucene ORs words unless each is required
CALL db.index.fulltext.queryNodes('chidao_search_key', '+' + replace($q, ' ', ' +')) YIELD node, score
RETURN labels(node)[0] AS kind,
       coalesce(node.number, node.name, node.description, node.title, node.id) AS name,
       CASE WHEN node.number IS NULL THEN null ELSE node.title END AS title,
       node.date AS date,
       score,
       node.id AS id
ORDER BY score DESC, name
LIMIT $limit
