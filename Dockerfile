# The bianzhi-kg API (see docker-compose.yml for the Neo4j service it talks to).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# README.md* : pyproject names README.md as the readme; the glob keeps the build working without it.
COPY pyproject.toml README.md* ./
COPY kg ./kg
COPY ingest ./ingest
COPY queries ./queries
COPY api ./api
COPY web ./web
RUN pip install ".[embed]"

# the web page and /docs assets live beside the code; the default embedding model is
# converted at build time, so the container needs no network at run time
ENV KG_WEB_DIR=/app/web \
    KG_MODEL_CACHE=/app/models \
    KG_CACHE=/app/cache \
    HF_HUB_OFFLINE=1
RUN kg model install && mkdir -p /app/cache && chmod -R a+rX /app/models

RUN useradd --create-home --uid 10001 kg && chown -R kg /app/cache
USER kg

EXPOSE 8000
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
