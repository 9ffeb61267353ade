"""One Spark session (local mode, 2 workers) for the whole test run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def spark() -> Iterator[Any]:
    from plantrace.batch.spark import spark_session

    with spark_session("local[2]", app="plantrace-tests") as session:
        yield session
