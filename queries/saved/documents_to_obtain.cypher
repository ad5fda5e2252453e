// name: documents_to_obtain
// description: Documents that loaded files cite but that were never loaded themselves, the most cited first: what to ask for next.
// param limit (int, default 200): at most this many rows
// row: one document not loaded: its number, kind, date and issuer, how many documents cite it, in how many loaded files it is named, and which documents cite it
// citing documents counted from the relationships (one pass), documents no document cites added with 0:
// three times faster than a count per document on a million relationships
CALL {
  MATCH (c:Document)-->(d:Document)
  WHERE d.source_file IS NULL
  RETURN d, count(DISTINCT c) AS cited_by_documents
  UNION ALL
  MATCH (d:Document)
  WHERE d.source_file IS NULL
  RETURN d, 0 AS cited_by_documents
}
WITH d, max(cited_by_documents) AS cited_by_documents, size(coalesce(d.source_files, [])) AS cited_in_files
// ordered and cut before the details are looked up
ORDER BY cited_by_documents DESC, cited_in_files DESC, d.date DESC, d.id
LIMIT $limit
OPTIONAL MATCH (i)-[:ISSUED]->(d)
WITH d, cited_by_documents, cited_in_files, collect(DISTINCT i.name) AS issued_by
OPTIONAL MATCH (c2:Document)-->(d)
WITH d, cited_by_documents, cited_in_files, issued_by, collect(DISTINCT coalesce(c2.number, c2.title, c2.id)) AS cited_in
RETURN coalesce(d.number, d.id) AS document,
       d.doc_type_name AS kind,
       d.date AS date,
       issued_by,
       cited_by_documents,
       cited_in_files,
       cited_in,
       d.id AS id
ORDER BY cited_by_documents DESC, cited_in_files DESC, date DESC, id
