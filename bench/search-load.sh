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
APP_HEAP=${BENCH_APP_HEAP:-1g}
MAVEN_FLAGS=${BENCH_MAVEN_FLAGS--o}
DB_URL=${BENCH_DATABASE_URL:-}
DB_USER=${BENCH_DATABASE_USER:-postgres}
DB_PASSWORD=${BENCH_DATABASE_PASSWORD:-postgres}
REUSE=${BENCH_REUSE_DATABASE:-false}
PG_BIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
SQL_PROBE=${BENCH_SQL_PROBE:-true}
read -r -a APP_ARGS <<<"${BENCH_APP_ARGS:-}"
read -r -a APP_JAVA_OPTS <<<"${BENCH_APP_JAVA_OPTS:-}"

out=target/bench
mkdir -p "$out/classes"
report="$out/search-load-$(date +%Y%m%d-%H%M%S).txt"
exec > >(tee "$report") 2>&1
started=$(date +%s)

log() { printf '\n==> %s\n' "$*"; }
machine() {
    printf '%s cores (%s), %s memory, load average %s\n' "$(nproc)" \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
        "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)" \
        "$(cut -d ' ' -f 1-3 /proc/loadavg)"
}
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local candidate
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        candidate=$((20000 + RANDOM % 40000))
        port_in_use "$candidate" || { echo "$candidate"; return; }
    done
    echo "No free port found" >&2
    exit 1
}

start_app() {
    SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
        java -Xms"$APP_HEAP" -Xmx"$APP_HEAP" "${APP_JAVA_OPTS[@]}" -jar "$jar" --server.port="$APP_PORT" "${APP_ARGS[@]}" >>"$out/app.log" 2>&1 &
    APP_PID=$!
    local since=$(date +%s)
    until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; do
        if ! kill -0 "$APP_PID" 2>/dev/null || (($(date +%s) - since > 300)); then
            echo "The application did not start; the end of $out/app.log:" >&2
            tail -n 40 "$out/app.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "Application ready on port $APP_PORT after $(($(date +%s) - since)) s (heap $APP_HEAP${APP_ARGS[*]:+, arguments: ${APP_ARGS[*]}})"
}
stop_app() {
    if [[ -n "$APP_PID" ]]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=
    fi
}

PG_DIR=
APP_PID=
APP_PORT=
cleanup() {
    local status=$?
    stop_app
    if [[ -n "$PG_DIR" ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
    fi
    log "Finished with status $status in $(($(date +%s) - started)) s; report in $report"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_postgres() {
    if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

log "Machine: $(machine)"
echo "$(java -version 2>&1 | head -n 1)"

# --- the database ---------------------------------------------------------------------------------------------
if [[ -z "$DB_URL" ]]; then
    [[ -x "$PG_BIN/initdb" ]] || { echo "No PostgreSQL in $PG_BIN (set BENCH_PG_BIN or BENCH_DATABASE_URL)" >&2; exit 1; }
    PG_DIR=$(mktemp -d /tmp/nestwerk-bench-pg.XXXXXX)
    [[ $EUID -eq 0 ]] && chown postgres: "$PG_DIR"
    chmod 700 "$PG_DIR"
    locale=C.UTF-8
    locale -a 2>/dev/null | grep -qix 'c.utf-\?8' || locale=C
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale="$locale" --no-sync >/dev/null
    PG_PORT=$(free_port)
    # fsync off makes the load faster; it does not change the read-only search that is measured.
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c max_connections=100" \
        start >/dev/null
    as_postgres "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U postgres nestwerk
    DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/nestwerk"
    log "$("$PG_BIN/postgres" --version) on 127.0.0.1:$PG_PORT (data in $PG_DIR, shared_buffers 256MB)"
else
    log "Database $DB_URL"
fi

# --- the application and the benchmark programs -----------------------------------------------------------------
log "Building the application jar and the benchmark"
./mvnw $MAVEN_FLAGS -q -B -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=runtime
jar=$(ls target/nestwerk-*.jar | grep -v '\.original$' | head -n 1)
classpath="target/classes:$(cat "$out/classpath.txt")"
javac -nowarn -d "$out/classes" -cp "$classpath" $(find bench/src/be/nestwerk/offer bench/src/be/nestwerk/bench -name '*.java')
APP_PORT=$(free_port)

bench_java() {
    java -Xmx2g -Dlogback.configurationFile=bench/logback.xml -Dslf4j.internal.verbosity=ERROR \
        -cp "$out/classes:$classpath" "$@"
}
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
