// name: signers
// description: Who signed for whom, with capacity and post: who is accountable for each signed document.
// param agency (agency, optional): only documents issued by this body, or signed by people holding a post in it
// param limit (int, default 500): at most this many rows, the latest documents first
// row: one signature: the signer, the post and capacity, for whom (on behalf of), who stays accountable, the issuing body and the document, with the signature block quoted
// from the body when one is given (UNWIND of an empty list runs nothing), else every signature
CALL {
  UNWIND coalesce($agency, []) AS body_id
  MATCH (a:Agency {id: body_id})-[:ISSUED]->(d:Document)<-[s:SIGNED]-(p:Person)
  RETURN p, s, d
  UNION
  UNWIND coalesce($agency, []) AS body_id
  MATCH (a:Organization {id: body_id})-[:ISSUED]->(d:Document)<-[s:SIGNED]-(p:Person)
  RETURN p, s, d
  UNION
  UNWIND coalesce($agency, []) AS body_id
  MATCH (a:Agency {id: body_id})<-[:HOLDS_POST]-(p:Person)-[s:SIGNED]->(d:Document)
  RETURN p, s, d
  UNION
  UNWIND CASE WHEN $agency IS NULL THEN [1] ELSE [] END AS every
  MATCH (p:Person)-[s:SIGNED]->(d:Document)
  RETURN p, s, d
}
WITH p, s, d
ORDER BY d.date DESC, d.id, p.name
LIMIT $limit
OPTIONAL MATCH (i)-[:ISSUED]->(d)
WITH p, s, d, collect(i.name) AS issued_by
RETURN p.name AS signer,
       s.title AS post,
       s.capacity AS capacity,
       s.on_behalf_of AS on_behalf_of,
       // KT. (a deputy for the head), TL. and TUQ. (by delegation), Q. (acting): the one signed for
       // stays accountable; TM. (for a collective body) and a plain signature: the signer
       CASE
         WHEN s.capacity IN ['KT.', 'K/T', 'TL.', 'T/L', 'TUQ.', 'Q.'] AND s.on_behalf_of IS NOT NULL
           THEN s.on_behalf_of + coalesce(', ' + issued_by[0], '')
         ELSE p.name
       END AS accountable,
       issued_by,
       coalesce(d.number, d.title, d.id) AS document,
       d.date AS date,
       s.sources_json AS quotes,
       d.id AS id
ORDER BY date DESC, id, signer
