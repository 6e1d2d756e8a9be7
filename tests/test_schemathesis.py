"""Property-based API tests: schemathesis generates requests for every operation of the app's
OpenAPI spec (valid and invalid ones) and sends them in-process through the ASGI transport.

The app runs its own lifespan over a store of the development corpus and samples/示例县
(KG_EMBED_MODEL=hash), with a write token that every request carries, so the write
endpoints (POST /ingest, DELETE /documents/{id}) are exercised too. Every response must be
no server error (5xx) and must conform to the spec: documented status code, content type,
headers and body schema; invalid input must be rejected with a 4xx, valid input accepted.
Every check runs with its defaults and no operation is excluded: the spec states what the
server enforces (``api/openapi.py``), so the two agree.

The number of examples per operation is bounded (KG_SCHEMATHESIS_EXAMPLES, default 25) so the
whole run stays well under two minutes on two cores.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings

from api.app import create_app
from api.settings import Settings
from tests.test_ask_data import install_registry
from tests.test_browser import build_store

TOKEN = "schemathesis-token"
EXAMPLES = int(os.environ.get("KG_SCHEMATHESIS_EXAMPLES", "25"))

# The spec is read from the app at import (no store needed for that); the store is built, and
# its path set, by the fixture below before the first request starts the app's lifespan.
# (schemathesis.pytest.from_fixture would be the lazy way, but it breaks on pytest 9.)
SETTINGS = Settings(store_path=None, api_token=TOKEN)
APP = create_app(SETTINGS)

# Every check runs, unchanged: the spec states every limit the server enforces (lengths,
# patterns of dates, the upload's fields), so schema-valid input is accepted and invalid
# input refused with a documented 4xx.
CONFIG = schemathesis.config.SchemathesisConfig()
schema = schemathesis.openapi.from_dict(APP.openapi(), config=CONFIG)
schema.app = APP


@pytest.fixture(scope="module", autouse=True)
def corpus_data(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    os.environ.setdefault("KG_EMBED_MODEL", "hash")
    install_registry()
    data = build_store(tmp_path_factory.mktemp("schemathesis"))
    SETTINGS.store_path = str(data)
    yield data
    from schemathesis.python import asgi

    asgi.shutdown_lifespans()  # closes the store


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, phases=[Phase.explicit, Phase.generate],
          suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    ready = getattr(APP.state, "ready", None)
    if ready is None:  # the lifespan starts with the first request
        case.call(headers={"Authorization": f"Bearer {TOKEN}"})
        ready = getattr(APP.state, "ready", None)
    if ready is not None:
        ready.wait(300)  # /health is 503 (documented) until the warm-up is done; judge the ready server
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"})
