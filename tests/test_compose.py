"""docker-compose.yml, Dockerfile and .dockerignore are consistent (Docker itself is not run here)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "${NEO4J_PASSWORD:?请设置 NEO4J_PASSWORD（Neo4j 密码，无默认值）}"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):  # "KEY=value" form
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {k: "" if v is None else str(v) for k, v in env.items()}


def _ports(service: dict) -> set[str]:
    return {str(p) for p in service.get("ports", [])}


def test_services(compose: dict) -> None:
    assert set(compose["services"]) == {"neo4j", "api"}


def test_neo4j_service(compose: dict) -> None:
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    # reachable from this machine only, never on all interfaces
    assert {"127.0.0.1:7474:7474", "127.0.0.1:7687:7687"} <= _ports(neo4j)
    assert all(p.startswith("127.0.0.1:") for p in _ports(neo4j))
    # no default password: `${VAR:?message}` makes compose refuse to start when it is unset
    assert _env(neo4j)["NEO4J_AUTH"] == f"neo4j/{PASSWORD}"
    assert "NEO4J_PLUGINS" not in _env(neo4j)
    assert "neo4j-data:/data" in neo4j["volumes"]
    assert "neo4j-data" in compose["volumes"]

    hc = neo4j["healthcheck"]
    test = hc["test"]
    cmd = " ".join(test) if isinstance(test, list) else test
    assert ("cypher-shell" in cmd and "RETURN 1" in cmd) or ("wget" in cmd and "7474" in cmd)
    if "cypher-shell" in cmd:
        assert PASSWORD in cmd  # same password as NEO4J_AUTH
    assert int(hc["retries"]) >= 1 and hc["interval"]


def test_api_service(compose: dict) -> None:
    api = compose["services"]["api"]
    assert "image" not in api or api.get("build")
    build = api["build"]
    context = build if isinstance(build, str) else build.get("context", ".")
    dockerfile = "Dockerfile" if isinstance(build, str) else build.get("dockerfile", "Dockerfile")
    assert (ROOT / context / dockerfile).is_file()
    assert "8000:8000" in _ports(api)

    env = _env(api)
    assert {"KG_BACKEND", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "KG_API_TOKEN"} <= set(env)
    assert env["KG_BACKEND"] == "neo4j"
    assert env["NEO4J_URI"] == "bolt://neo4j:7687"
    assert env["NEO4J_USER"] == "neo4j"
    assert env["NEO4J_PASSWORD"] == PASSWORD

    assert api["depends_on"] == {"neo4j": {"condition": "service_healthy"}}


def test_dockerfile() -> None:
    lines = [ln.strip() for ln in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    assert lines[0] == "FROM python:3.11-slim"
    assert any(ln.startswith("RUN pip install") and ".[embed]" in ln for ln in lines)
    assert 'CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]' in lines
    assert "EXPOSE 8000" in lines
    # every package the wheel includes (pyproject: kg*, ingest*, queries*, api*) is copied in
    for pkg in ("kg", "ingest", "queries", "api"):
        assert f"COPY {pkg} ./{pkg}" in lines


def test_dockerignore() -> None:
    entries = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".git", ".venv", "kgdata", "tests"} <= entries
    assert "kg" not in entries and "api" not in entries


def test_no_default_password() -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert "NEO4J_PASSWORD:-" not in text and "bianzhi-kg-pass" not in text
