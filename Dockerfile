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
RUN pip install ".[embed]"

RUN useradd --create-home --uid 10001 kg
USER kg

EXPOSE 8000
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
