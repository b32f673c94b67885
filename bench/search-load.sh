#!/usr/bin/env bash
# Search benchmark: starts a throw-away PostgreSQL (or uses BENCH_DATABASE_URL), builds the application and starts it
# without demo data (Flyway makes the schema and loads the territory), loads a synthetic Flanders-scale catalogue,
# times the search SQL on its own, restarts the application and drives the public search and a trivial endpoint with
# 32 closed-loop clients. Prints p50/p95/p99 latency and throughput of both, their ratio and the targets.
# Usage: bench/search-load.sh   (settings through environment variables, see bench/README.md; works offline)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${BENCH_CLIENTS:-32}
WARMUP=${BENCH_WARMUP:-30}
MEASURE=${BENCH_SECONDS:-60}
SEED=${BENCH_SEED:-2026}
TODAY=${BENCH_TODAY:-}
SEARCH_PATH=${BENCH_SEARCH_PATH:-/api/v1/offers/search}
TRIVIAL_PATH=${BENCH_TRIVIAL_PATH:-/actuator/health/liveness}
QUERIES=${BENCH_QUERIES:-bench/search-queries.txt}
REUSE=${BENCH_REUSE_DATABASE:-false}
SQL_PROBE=${BENCH_SQL_PROBE:-true}
read -r -a APP_ARGS <<<"${BENCH_APP_ARGS:-}"
# shellcheck source=bench/lib.sh
source bench/lib.sh
begin_report search-load

log "Machine: $(machine)"
echo "$(java -version 2>&1 | head -n 1)"

# --- the database ---------------------------------------------------------------------------------------------
if [[ -z "$DB_URL" ]]; then
    # fsync off makes the load faster; it does not change the read-only search that is measured.
    start_database "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c max_connections=100" \
        "shared_buffers 256MB"
else
    log "Database $DB_URL"
fi

# --- the application and the benchmark programs -----------------------------------------------------------------
log "Building the application jar and the benchmark"
build_application_and_bench
APP_PORT=$(free_port)

database=(--url "$DB_URL" --user "$DB_USER" --password "$DB_PASSWORD")
: >"$out/app.log"

if [[ "$REUSE" != true ]]; then
    log "Starting the application once so that Flyway makes the schema and loads the territory"
    start_app
    stop_app
    log "Generating the synthetic catalogue (seed $SEED)"
    bench_java be.nestwerk.offer.CatalogueGenerator "${database[@]}" --seed "$SEED" ${TODAY:+--today "$TODAY"}
fi

if [[ "$SQL_PROBE" == true ]]; then
    log "The search SQL on its own (one connection, no HTTP)"
    bench_java be.nestwerk.offer.SearchSqlProbe "${database[@]}"
fi

log "Starting the application on the catalogue"
start_app

log "Load: $CLIENTS clients, $WARMUP s warm-up, $MEASURE s per endpoint"
postmaster=0
[[ -n "$PG_DIR" ]] && postmaster=$(head -n 1 "$PG_DIR/data/postmaster.pid")
bench_java be.nestwerk.bench.SearchLoadDriver --base-url "http://127.0.0.1:$APP_PORT" --search-path "$SEARCH_PATH" \
    --trivial-path "$TRIVIAL_PATH" --queries "$QUERIES" --clients "$CLIENTS" --warmup "$WARMUP" --seconds "$MEASURE" \
    --app-pid "$APP_PID" --database-pid "$postmaster" --clock-ticks "$(getconf CLK_TCK)" \
    --postcodes src/main/resources/reference/vl-bru-postcodes.csv

log "Machine after the run: $(machine)"
