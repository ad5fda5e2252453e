// name: document
// description: A document with its issuer, signer and capacity, recipients, the documents it cites and that cite it, its tasks, and every quote that states something about it.
// param document (document): the document
// row: one document, with lists of its issuers, signers, recipients, citations, tasks and quotes
MATCH (d:Document) WHERE d.id IN $document
// each pattern comprehension has its own variable names: FalkorDB mixes up names shared between them
RETURN coalesce(d.number, d.title, d.id) AS document,
       d.doc_type_name AS kind,
       d.date AS date,
       d.title AS title,
       d.source_file AS loaded_from,
       [(i1)-[:ISSUED]->(d) | i1.name] AS issued_by,
       [(p2:Person)-[s2:SIGNED]->(d) |
         {signer: p2.name, capacity: s2.capacity, title: s2.title, on_behalf_of: s2.on_behalf_of}] AS signed_by,
       [(d)-[s3:SENT_TO]->(a3) | {to: a3.name, role: s3.role}] AS sent_to,
       [(d)-[r4]->(c4:Document) | {relation: type(r4), document: coalesce(c4.number, c4.title, c4.id), date: c4.date}]
         AS cites,
       [(c5:Document)-[r5]->(d) | {relation: type(r5), document: coalesce(c5.number, c5.title, c5.id), date: c5.date}]
         AS cited_by,
       [(d)-[:ASSIGNS]->(t6:Task) | {task: t6.description, status: t6.status, deadline: t6.deadline}] AS tasks,
       [(d)-[:CONCERNS]->(x7:Project) | x7.name] AS projects,
       // a list per relationship, flattened by the runner: concatenating them here (reduce) copied
       // the whole list once per relationship, 18 ms on a directive cited 350 times
       d.sources_json + [(d)-[r8]-() | r8.sources_json] AS quotes,
       d.id AS id
ORDER BY date, document
