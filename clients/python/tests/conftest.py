"""What every test of the Python client gets: the service to talk to, from the environment (clients/scenario.md).

CORPORA_URL is the service's base address (required); CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET an API client with
the roles reader, writer and admin (ci-admin / ci-admin-secret by default); CORPORA_JWT_SECRET the service's
signing secret, needed only by step 10 of the scenario.
"""
import os
import secrets
from dataclasses import dataclass
from typing import Optional

import pytest


@dataclass(frozen=True)
class Settings:
    url: str
    client_id: str
    client_secret: str
    jwt_secret: Optional[str]


@pytest.fixture(scope="session")
def settings() -> Settings:
    url = os.environ.get("CORPORA_URL")
    if not url:
        pytest.fail("CORPORA_URL is not set: point it at a running Corpora, e.g. http://127.0.0.1:18091")
    return Settings(
        url=url.rstrip("/"),
        client_id=os.environ.get("CORPORA_CLIENT_ID", "ci-admin"),
        client_secret=os.environ.get("CORPORA_CLIENT_SECRET", "ci-admin-secret"),
        jwt_secret=os.environ.get("CORPORA_JWT_SECRET"),
    )


@pytest.fixture(scope="session")
def run_id() -> str:
    """Unique to the run: every name a test creates holds it, so runs against one service never collide."""
    return secrets.token_hex(4)
