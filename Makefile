# The two commands of the README. Both install what they need first.
PY ?= python3
STORE ?= kgdata
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: run test setup lint bench

run:
	bash scripts/setup.sh runtime
	# the bundled sample county, plus the development corpus when ../shared is beside the clone;
	# a file that fails is reported and the others still land, so serving goes on
	-$(PY) -m api.cli ingest samples/示例县 $(wildcard ../shared/corpus ../shared/seeds) --store $(STORE)
	$(PY) -m api.cli serve --store $(STORE) --host $(HOST) --port $(PORT)

test:
	bash scripts/setup.sh dev
	$(PY) -m pytest -q

setup:
	bash scripts/setup.sh dev

lint:
	ruff check .
	mypy

bench:
	$(PY) -m bench.bench_queries --sizes 10000 100000 1000000
	$(PY) -m bench.bench_backends
	$(PY) -m bench.bench_api
	$(PY) -m bench.bench_ingest_size --sizes 1 4 16
	$(PY) -m bench.bench_ask
