"""The web tests use the API tests' app fixtures."""

from tests.api.conftest import client, db, people_db, read_client

__all__ = ["client", "db", "people_db", "read_client"]
