"""README.md documents the whole surface: every HTTP route of the app, every CLI command
(sub-commands included) and every setting.

* Routes come from ``create_app().routes``. A route is documented when README names it as
  ``METHOD /path`` (path parameters may be named differently, ``{id}`` for ``{unit_id}``, and a
  query string may follow); routes outside the OpenAPI spec (``/``, ``/docs``, ``/openapi.json``)
  may instead appear as a bare `` `/path` ``. Static-file mounts (``/web``, ``/docs/assets``)
  are not routes a user calls and are left out.
* Commands come from the typer app of ``api.cli`` (as click sees it): ``kg ingest``,
  ``kg model install``…
* Settings are the environment variables read in ``api/settings.py``; the variables read
  anywhere in the package code (kg, ingest, queries, api) must be documented too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import typer.main
from starlette.routing import Mount, Route

from api.app import create_app
from api.settings import Settings

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
PACKAGES = ("kg", "ingest", "queries", "api")
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
ENV_NAME = re.compile(r"^(?:KG|NEO4J)_[A-Z0-9_]+$")


@pytest.fixture(scope="module")
def readme() -> str:
    if not README.is_file():
        pytest.fail("README.md is missing")
    return README.read_text(encoding="utf-8")


def _norm(path: str) -> str:
    path = path.split("?", 1)[0].rstrip(".,;:")
    path = re.sub(r"\{[^}/]*\}", "{}", path)
    return path if path == "/" else path.rstrip("/")


def _documented_routes(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    """(method, path) pairs named in the text, and bare `/paths` in backticks."""
    pairs = {(m, _norm(p)) for m, p in re.findall(r"\b(" + "|".join(METHODS) + r")\s+(/[^\s`|,)]*)", text)}
    bare = {_norm(p) for p in re.findall(r"`(/[^`\s]*)`", text)}
    return pairs, bare


def _app_routes() -> list[tuple[str, str, bool]]:
    """(method, path, in the OpenAPI spec) for every route of the app: the spec's operations,
    plus the routes outside it, found by walking ``app.routes`` (into included routers, which
    newer FastAPI keeps as wrappers around the original router)."""
    app = create_app(Settings(store_path=None))
    found: dict[tuple[str, str], bool] = {}
    for path, operations in app.openapi()["paths"].items():
        for method in operations:
            if method.upper() in METHODS:
                found[(method.upper(), path)] = True

    def walk(routes: list[object]) -> None:
        for route in routes:
            if isinstance(route, Mount):
                continue  # static files
            if isinstance(route, Route):
                in_schema = bool(getattr(route, "include_in_schema", True))
                for method in sorted((route.methods or set()) - {"HEAD", "OPTIONS"}):
                    found.setdefault((method, route.path), in_schema)
                continue
            inner = getattr(route, "original_router", None) or route
            assert hasattr(inner, "routes"), f"unknown kind of route: {route!r}"
            walk(list(inner.routes))

    walk(list(app.routes))
    return [(method, path, in_schema) for (method, path), in_schema in sorted(found.items(), key=lambda kv: kv[0][1])]


def test_every_route_is_in_readme(readme: str) -> None:
    routes = _app_routes()
    assert any(path == "/ask" for _, path, _ in routes), "the app has no routes?"
    pairs, bare = _documented_routes(readme)
    missing = [f"{method} {path}" for method, path, in_schema in routes
               if (method, _norm(path)) not in pairs and (in_schema or _norm(path) not in bare)]
    assert not missing, f"routes missing from README.md: {', '.join(missing)}"


def _commands() -> list[str]:
    from api.cli import app

    names: list[str] = []

    def walk(command: object, prefix: str) -> None:
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            if getattr(sub, "hidden", False):
                continue
            full = f"{prefix} {name}".strip()
            if getattr(sub, "commands", None) is None:
                names.append(full)
            else:  # a group: document its sub-commands
                walk(sub, full)

    walk(typer.main.get_command(app), "")
    return names


def test_every_cli_command_is_in_readme(readme: str) -> None:
    commands = _commands()
    assert "ingest" in commands and "model install" in commands, commands
    missing = [f"kg {name}" for name in commands
               if not re.search(r"\bkg\s+" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])", readme)]
    assert not missing, f"CLI commands missing from README.md: {', '.join(missing)}"


def _env_names(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    return {node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and ENV_NAME.match(node.value)}


def _missing_env(readme: str, names: set[str]) -> list[str]:
    return sorted(n for n in names if not re.search(r"(?<![\w])" + re.escape(n) + r"(?![\w])", readme))


def test_every_setting_is_in_readme(readme: str) -> None:
    names = _env_names(REPO / "api" / "settings.py")
    assert {"KG_STORE", "KG_API_TOKEN"} <= names, names
    missing = _missing_env(readme, names)
    assert not missing, f"settings (api/settings.py) missing from README.md: {', '.join(missing)}"


def test_every_environment_variable_read_by_the_code_is_in_readme(readme: str) -> None:
    names: set[str] = set()
    for package in PACKAGES:
        for source in sorted((REPO / package).rglob("*.py")):
            names |= _env_names(source)
    missing = _missing_env(readme, names)
    assert not missing, f"environment variables read by the code but missing from README.md: {', '.join(missing)}"


def test_the_checks_catch_a_missing_entry() -> None:
    """The matching is strict enough to fail on an undocumented route, command or setting."""
    pairs, bare = _documented_routes("| `GET /units/{id}/lineage?at=` | … |\n`GET /`\n(`/openapi.json`)")
    assert ("GET", "/units/{}/lineage") in pairs and ("GET", "/") in pairs and "/openapi.json" in bare
    assert ("GET", "/units/{}") not in pairs
    assert _missing_env("`KG_STORE_PATH`", {"KG_STORE"}) == ["KG_STORE"]
    assert not re.search(r"\bkg\s+model(?![\w-])", "kg model-install")


# ---------------------------------------------------------------- /docs works offline


def test_docs_page_references_no_external_host() -> None:
    """/docs loads Swagger UI from the vendored files (web/vendor/swagger-ui), never a CDN."""
    from fastapi.testclient import TestClient

    app = create_app(Settings(store_path=None))
    client = TestClient(app)  # no lifespan: the page needs no store
    page = client.get("/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    external = re.findall(r"(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s\"'<>]*", html)
    assert not external, f"/docs references external hosts: {external}"
    refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    assert any(r.endswith("swagger-ui-bundle.js") for r in refs) and any(r.endswith("swagger-ui.css") for r in refs), refs
    for ref in refs:
        assert ref.startswith("/") and not ref.startswith("//"), ref
        asset = client.get(ref)
        assert asset.status_code == 200 and len(asset.content) > 0, ref
    assert "url: '/openapi.json'" in html
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/redoc").status_code == 404
