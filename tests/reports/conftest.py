"""Services on a fresh database, as the poll tests use them."""

from tests.polls.conftest import services

__all__ = ["services"]
