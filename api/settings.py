"""Settings of the HTTP service, read from the environment (or given to ``create_app``).

| variable | meaning | default |
| --- | --- | --- |
| ``KG_BACKEND`` | store backend: networkx or neo4j | networkx |
| ``KG_STORE`` | data directory of the networkx backend | ./kgdata |
| ``NEO4J_URI`` / ``NEO4J_USER`` / ``NEO4J_PASSWORD`` | Neo4j connection | bolt://localhost:7687 |
| ``KG_API_TOKEN`` | bearer token for writes (POST /ingest, DELETE /documents/{id}); unset = writes refused | unset |
| ``KG_MAX_UPLOAD_MB`` | largest accepted upload, in MB | 20 |
| ``KG_MAX_QUERY_CHARS`` | longest accepted question or search text | 500 |
| ``KG_WEB_DIR`` | folder of the web page's static files | web/ beside the package |
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.env import positive_number

DEFAULT_WEB_DIR = Path(__file__).resolve().parent.parent / "web"


@dataclass
class Settings:
    backend: str = "networkx"
    store_path: str | None = None
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = None
    api_token: str | None = None
    max_upload_mb: float = 20
    max_query_chars: int = 500
    web_dir: Path = field(default_factory=lambda: DEFAULT_WEB_DIR)

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            backend=(os.environ.get("KG_BACKEND") or "networkx").lower(),
            store_path=os.environ.get("KG_STORE") or None,
            neo4j_uri=os.environ.get("NEO4J_URI") or None,
            neo4j_user=os.environ.get("NEO4J_USER") or None,
            neo4j_password=os.environ.get("NEO4J_PASSWORD") or None,
            api_token=os.environ.get("KG_API_TOKEN") or None,
            max_upload_mb=positive_number("KG_MAX_UPLOAD_MB", 20),
            max_query_chars=int(positive_number("KG_MAX_QUERY_CHARS", 500)),
            web_dir=Path(os.environ.get("KG_WEB_DIR") or DEFAULT_WEB_DIR),
        )

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)
