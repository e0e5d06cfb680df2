from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from archiver.replica import ReplicaServer, langson_site


@pytest.fixture
def langson() -> Iterator[ReplicaServer]:
    """A fresh 66-article duk.langson replica on a free port (mutable per test)."""
    with ReplicaServer(langson_site(66)) as server:
        yield server
