// Lints every Cypher statement chidao sends to Neo4j with Neo4j's own linter, offline.
//
//   node lint.mjs STATEMENTS.json SCHEMA.json [QUERY.cypher ...] [--strict]
//
// STATEMENTS.json: [{"cypher": "...", "parameters": ["rows", ...]}] (python -m graph.store.dump_statements)
// SCHEMA.json: {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]}
//   (python -m graph.store.dump_statements --schema)
// QUERY.cypher: saved queries; their $parameters are taken as given.
// Functions and procedures known to Neo4j 5 come with the package (its testData), APOC removed:
// chidao's Cypher must run on FalkorDB too, which has no APOC.
// Exit status 1 when any statement has an error (or, with --strict, a warning).

import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

// the package's ESM build does not resolve under plain node; its CommonJS build does
const require = createRequire(import.meta.url);
const { lintCypherQuery, testData } = require("@neo4j-cypher/language-support");

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const [statementsFile, schemaFile, ...queryFiles] = args.filter((a) => a !== "--strict");
if (!statementsFile || !schemaFile) {
  console.error("usage: node lint.mjs STATEMENTS.json SCHEMA.json [QUERY.cypher ...] [--strict]");
  process.exit(2);
}

const withoutApoc = (scoped) =>
  Object.fromEntries(
    Object.entries(scoped).map(([version, registry]) => [
      version,
      Object.fromEntries(Object.entries(registry).filter(([name]) => !name.startsWith("apoc."))),
    ]),
  );

const graphSchema = JSON.parse(readFileSync(schemaFile, "utf8"));
const baseSchema = {
  labels: graphSchema.labels,
  relationshipTypes: graphSchema.relationshipTypes,
  propertyKeys: graphSchema.propertyKeys,
  functions: withoutApoc(testData.mockSchema.functions),
  procedures: withoutApoc(testData.mockSchema.procedures),
};

const statements = JSON.parse(readFileSync(statementsFile, "utf8")).map((s, i) => ({
  where: `${statementsFile}[${i}]`,
  cypher: s.cypher,
  parameters: s.parameters,
}));
for (const file of queryFiles) {
  const cypher = readFileSync(file, "utf8");
  const parameters = [...new Set([...cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))];
  statements.push({ where: file, cypher, parameters });
}

let errors = 0;
let warnings = 0;
for (const { where, cypher, parameters } of statements) {
  const schema = { ...baseSchema, parameters: Object.fromEntries(parameters.map((p) => [p, null])) };
  for (const d of lintCypherQuery(cypher, schema)) {
    const isError = d.severity === 1;
    if (isError) errors += 1;
    else warnings += 1;
    const line = d.range.start.line + 1;
    const col = d.range.start.character + 1;
    console.log(`${where}:${line}:${col}: ${isError ? "error" : "warning"}: ${d.message}`);
    console.log(`    ${cypher.split("\n")[d.range.start.line]}`);
  }
}
console.log(`${statements.length} statements linted: ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors > 0 || (strict && warnings > 0) ? 1 : 0);
