// name: document
// description: A document with its issuer, signer and capacity, recipients, the documents it cites and that cite it, its tasks, and every quote that states something about it.
// param document (document): the document
// row: one document, with lists of its issuers, signers, recipients, citations, tasks and quotes
MATCH (d:Document) WHERE d.id IN $document
// every relationship of the document is read once, with the node at its other end, and sorted out
// below by type and direction: one traversal where eight pattern comprehensions took twice the time.
// The contract decides the rest: ISSUED and SIGNED end at a document, SENT_TO, ASSIGNS and CONCERNS
// start at one, and only the relationships between documents need a direction and a label
WITH d, [(d)-[r]-(other) | [r, other]] AS ties
RETURN coalesce(d.number, d.title, d.id) AS document,
       d.doc_type_name AS kind,
       d.date AS date,
       d.title AS title,
       d.source_file AS loaded_from,
       [t IN ties WHERE type(t[0]) = 'ISSUED' | t[1].name] AS issued_by,
       [t IN ties WHERE type(t[0]) = 'SIGNED' |
         {signer: t[1].name, capacity: t[0].capacity, title: t[0].title, on_behalf_of: t[0].on_behalf_of}] AS signed_by,
       [t IN ties WHERE type(t[0]) = 'SENT_TO' | {to: t[1].name, role: t[0].role}] AS sent_to,
       [t IN ties WHERE startNode(t[0]) = d AND t[1]:Document |
         {relation: type(t[0]), document: coalesce(t[1].number, t[1].title, t[1].id), date: t[1].date}] AS cites,
       [t IN ties WHERE endNode(t[0]) = d AND t[1]:Document |
         {relation: type(t[0]), document: coalesce(t[1].number, t[1].title, t[1].id), date: t[1].date}] AS cited_by,
       [t IN ties WHERE type(t[0]) = 'ASSIGNS' | {task: t[1].description, status: t[1].status, deadline: t[1].deadline}]
         AS tasks,
       [t IN ties WHERE type(t[0]) = 'CONCERNS' | t[1].name] AS projects,
       // a list per relationship, flattened by the runner: concatenating them here (reduce) copied
       // the whole list once per relationship, 18 ms on a directive cited 350 times
       d.sources_json + [t IN ties | t[0].sources_json] AS quotes,
       d.id AS id
ORDER BY date, document
