"""After new files are stored: load again the files that cite, without its issuer, a document the store
now knows with one. The store gives such a citation the known document's id as the file is written
(``CypherStore.replace_file``), so loading the citing file again makes the two one node, and what each
file stated stays its own (``forget`` still takes away exactly one file's part)."""

from __future__ import annotations

from pathlib import Path

from graph.store import CypherStore, StoreError
from loaders.errors import LoaderError
from loaders.pipeline import extract_file


def rejoin(store: CypherStore) -> list[str]:
    """Load again each stored file whose citations can now be joined; the files loaded again.
    A file no longer on disk, or that no longer reads, is left as it was stored."""
    done = []
    for name in store.files_to_resolve():
        path = Path(name)
        if not path.is_file():
            continue
        try:
            store.replace_file(name, extract_file(path))
        except (LoaderError, StoreError):
            continue  # what was stored stays; the next ingest tries again
        done.append(name)
    return done
