# Shell helpers shared by the benchmark scripts (sourced, not run): the settings every script has, and functions
# that use them and the scripts' APP_ARGS as globals and set out, report, started, PG_DIR, PG_PORT, APP_PID,
# APP_PORT, jar and classpath. APP_LOG (default target/bench/app.log) is where the application logs.

APP_HEAP=${BENCH_APP_HEAP:-1g}
MAVEN_FLAGS=${BENCH_MAVEN_FLAGS--o}
DB_URL=${BENCH_DATABASE_URL:-}
DB_USER=${BENCH_DATABASE_USER:-postgres}
DB_PASSWORD=${BENCH_DATABASE_PASSWORD:-postgres}
PG_BIN=${BENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
read -r -a APP_JAVA_OPTS <<<"${BENCH_APP_JAVA_OPTS:-}"

out=target/bench
PG_DIR=
PG_PORT=
APP_PID=
APP_PORT=

# Everything printed from here on goes to the console and to target/bench/<$1>-<date>.txt; cleanup runs at exit.
begin_report() {
    mkdir -p "$out/classes"
    report="$out/$1-$(date +%Y%m%d-%H%M%S).txt"
    exec > >(tee "$report") 2>&1
    started=$(date +%s)
    trap cleanup EXIT
    trap 'exit 130' INT TERM
}

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
as_postgres() {
    if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A throw-away PostgreSQL in a temporary directory on a free port, like .ci/run; sets DB_URL.
# $1: extra server options (-c name=value …); $2: what to say about them.
start_database() {
    [[ -x "$PG_BIN/initdb" ]] || { echo "No PostgreSQL in $PG_BIN (set BENCH_PG_BIN or BENCH_DATABASE_URL)" >&2; exit 1; }
    PG_DIR=$(mktemp -d /tmp/nestwerk-bench-pg.XXXXXX)
    [[ $EUID -eq 0 ]] && chown postgres: "$PG_DIR"
    chmod 700 "$PG_DIR"
    local locale=C.UTF-8
    locale -a 2>/dev/null | grep -qix 'c.utf-\?8' || locale=C
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale="$locale" --no-sync >/dev/null
    PG_PORT=$(free_port)
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR $1" \
        start >/dev/null
    as_postgres "$PG_BIN/createdb" -h "$PG_DIR" -p "$PG_PORT" -U postgres nestwerk
    DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/nestwerk"
    log "$("$PG_BIN/postgres" --version) on 127.0.0.1:$PG_PORT (data in $PG_DIR${2:+, $2})"
}
stop_database() {
    if [[ -n "$PG_DIR" ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_DIR"
        PG_DIR=
    fi
}

# The application jar, the runtime classpath and the programs under bench/src compiled against them.
build_application_and_bench() {
    ./mvnw $MAVEN_FLAGS -q -B -DskipTests package dependency:build-classpath \
        -Dmdep.outputFile="$out/classpath.txt" -Dmdep.includeScope=runtime
    jar=$(ls target/nestwerk-*.jar | grep -v '\.original$' | head -n 1)
    classpath="target/classes:$(cat "$out/classpath.txt")"
    javac -nowarn -d "$out/classes" -cp "$classpath" $(find bench/src/be/nestwerk/offer bench/src/be/nestwerk/bench -name '*.java')
}
bench_java() {
    java -Xmx2g -Dlogback.configurationFile=bench/logback.xml -Dslf4j.internal.verbosity=ERROR \
        -cp "$out/classes:$classpath" "$@"
}

start_app() {
    SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
        java -Xms"$APP_HEAP" -Xmx"$APP_HEAP" "${APP_JAVA_OPTS[@]}" -jar "$jar" --server.port="$APP_PORT" "${APP_ARGS[@]}" >>"${APP_LOG:=$out/app.log}" 2>&1 &
    APP_PID=$!
    local since=$(date +%s)
    until curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; do
        if ! kill -0 "$APP_PID" 2>/dev/null || (($(date +%s) - since > 300)); then
            echo "The application did not start; the end of $APP_LOG:" >&2
            tail -n 40 "$APP_LOG" >&2
            exit 1
        fi
        sleep 1
    done
    APP_STARTED_IN=$(($(date +%s) - since))
    echo "Application ready on port $APP_PORT after $APP_STARTED_IN s (heap $APP_HEAP${APP_ARGS[*]:+, arguments: ${APP_ARGS[*]}})"
}
stop_app() {
    if [[ -n "$APP_PID" ]]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=
    fi
}

# The EXIT trap of a script: stops what it started (the application, extra processes listed in EXTRA_PIDS, the
# throw-away database) and says how it ended.
EXTRA_PIDS=()
cleanup() {
    local status=$?
    stop_app
    local pid
    for pid in "${EXTRA_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    stop_database
    log "Finished with status $status in $(($(date +%s) - started)) s; report in $report"
    exit "$status"
}
