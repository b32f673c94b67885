#!/usr/bin/env bash
# Referral reliability benchmark (issue 4): 16 clients, each signed in and stepped up with TOTP in a session of its
# own, create 10,000 referrals while the application is killed with kill -9 twice (after about 30 % and 65 % of the
# acknowledgements) and restarted on the same database. A request that gets no answer is sent again with the same
# request id until it is acknowledged. Afterwards: every acknowledged referral exists, has its SENT step, and every
# notification reached a real SMTP server (GreenMail standalone) at least once. Prints the counts; exits non-zero
# when a check fails.
# Usage: bench/referral-reliability.sh   (settings through environment variables, see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${BENCH_CLIENTS:-16}
REFERRALS=${BENCH_REFERRALS:-10000}
read -r -a KILL_AT <<<"${BENCH_KILL_AT:-30 65}"
DISPATCH_INTERVAL=${BENCH_MAIL_DISPATCH_INTERVAL:-1s}
DRAIN_TIMEOUT=${BENCH_DRAIN_TIMEOUT:-600}
GIVE_UP=${BENCH_GIVE_UP:-600}
GREENMAIL_VERSION=${BENCH_GREENMAIL_VERSION:-$(sed -n 's:.*<greenmail.version>\(.*\)</greenmail.version>.*:\1:p' pom.xml)}
read -r -a EXTRA_APP_ARGS <<<"${BENCH_APP_ARGS:-}"
# shellcheck source=bench/lib.sh
source bench/lib.sh
APP_LOG=$out/referral-app.log
begin_report referral-reliability

log "Machine: $(machine)"
echo "$(java -version 2>&1 | head -n 1)"

# --- the database -----------------------------------------------------------------------------------------------
if [[ -z "$DB_URL" ]]; then
    # Durable settings (fsync on): only the application is killed, but nothing here should flatter the figures.
    start_database "-c shared_buffers=256MB -c max_connections=100" "fsync on, shared_buffers 256MB"
else
    log "Database $DB_URL (it must be empty or hold an earlier run of this benchmark)"
fi

# --- the application, the driver and the SMTP sink --------------------------------------------------------------
log "Building the application jar and the benchmark"
build_application_and_bench

greenmail=$out/greenmail-standalone-$GREENMAIL_VERSION.jar
if [[ ! -f "$greenmail" ]]; then
    copy=(-q -B dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$out")
    # shellcheck disable=SC2086
    ./mvnw $MAVEN_FLAGS "${copy[@]}" 2>/dev/null || {
        echo "GreenMail standalone $GREENMAIL_VERSION is not in ~/.m2 yet: fetching it once from Maven Central"
        ./mvnw "${copy[@]}"
    }
fi
SMTP_PORT=$(free_port)
GREENMAIL_API_PORT=$(free_port)
java -Xmx1g -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$GREENMAIL_API_PORT" -Dgreenmail.auth.disabled \
    -jar "$greenmail" >"$out/greenmail.log" 2>&1 &
EXTRA_PIDS+=($!)
until curl -fs "http://127.0.0.1:$GREENMAIL_API_PORT/api/service/readiness" >/dev/null 2>&1; do
    kill -0 "${EXTRA_PIDS[0]}" 2>/dev/null || { echo "GreenMail did not start:" >&2; tail -n 20 "$out/greenmail.log" >&2; exit 1; }
    sleep 0.5
done
log "GreenMail standalone $GREENMAIL_VERSION: SMTP on 127.0.0.1:$SMTP_PORT, API on port $GREENMAIL_API_PORT"

APP_PORT=$(free_port)
APP_ARGS=(--spring.profiles.active=demo --nestwerk.base-url="http://127.0.0.1:$APP_PORT"
    --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT"
    --nestwerk.mail.dispatch-interval="$DISPATCH_INTERVAL" --nestwerk.mail.retry-backoff=1s
    --nestwerk.mail.retry-max-backoff=10s "${EXTRA_APP_ARGS[@]}")
: >"$APP_LOG"
log "Starting the application with the demo data"
start_app

# --- the load, with two kills -----------------------------------------------------------------------------------
progress=$out/referral-progress
kills=$out/referral-kills
rm -f "$progress" "$kills"
log "Load: $CLIENTS clients, $REFERRALS referrals, kill -9 after ${KILL_AT[*]} % of the acknowledgements"
bench_java be.nestwerk.bench.ReferralReliabilityDriver --base-url "http://127.0.0.1:$APP_PORT" \
    --url "$DB_URL" --user "$DB_USER" --password "$DB_PASSWORD" \
    --greenmail-api "http://127.0.0.1:$GREENMAIL_API_PORT" --clients "$CLIENTS" --referrals "$REFERRALS" \
    --progress "$progress" --kills "$kills" --expected-kills "${#KILL_AT[@]}" \
    --drain-timeout "$DRAIN_TIMEOUT" --give-up "$GIVE_UP" --acknowledged "$out/referral-acknowledged.csv" &
driver=$!
EXTRA_PIDS+=("$driver")

done_kills=0
while kill -0 "$driver" 2>/dev/null; do
    if ((done_kills < ${#KILL_AT[@]})); then
        acknowledged=$(cat "$progress" 2>/dev/null || echo 0)
        if ((${acknowledged:-0} >= REFERRALS * KILL_AT[done_kills] / 100)); then
            done_kills=$((done_kills + 1))
            killed=$(date +%s%N)
            kill -9 "$APP_PID"
            wait "$APP_PID" 2>/dev/null || true
            echo "kill -9 #$done_kills of the application (pid $APP_PID) at $acknowledged acknowledgements; restarting"
            APP_PID=
            start_app
            down=$((($(date +%s%N) - killed) / 1000000))
            printf 'kill %d at %d acknowledgements: the application was ready again %d.%d s later\n' \
                "$done_kills" "$acknowledged" $((down / 1000)) $((down % 1000 / 100)) >>"$kills"
        fi
    fi
    sleep 0.2
done
status=0
wait "$driver" || status=$?

log "Machine after the run: $(machine)"
exit "$status"
