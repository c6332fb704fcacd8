#!/usr/bin/env bash
# bench/intake: cases/s and latency of POST /api/v1/cases on the embedded PostgreSQL (durable settings),
# beside pgbench's simple-insert TPS on the same server in the same run. Not part of the tests.
# Usage: bench/intake/run.sh [CLIENTS=4] [SECONDS=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS="${1:-4}"; SECONDS_RUN="${2:-30}"; WARMUP="${WARMUP:-10}"
OUT=bench/intake/out; rm -rf "$OUT"; mkdir -p "$OUT"
APP_PORT=18080; PG_PORT=55433
command -v pgbench >/dev/null || { echo "pgbench missing: apt-get install -y postgresql-client (Debian's postgresql-15 ships it)"; exit 2; }
JAR="${JAR:-target/fengqiao.jar}"
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

FENGQIAO_EMBEDDED_DATA_DIR="$OUT/pg" FENGQIAO_EMBEDDED_PORT=$PG_PORT PORT=$APP_PORT \
    java -Xmx1g -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://localhost:$APP_PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "http://localhost:$APP_PORT/actuator/health" >/dev/null || { echo "app did not start, see $OUT/app.log"; exit 1; }

# Baseline: single-row inserts of a comparable row through pgbench, same server, same client count.
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=fengqiao
psql -q -c "DROP TABLE IF EXISTS bench_insert; CREATE TABLE bench_insert (id bigserial PRIMARY KEY, title text, body text, created timestamptz DEFAULT now())"
cat > "$OUT/insert.sql" <<'SQL'
INSERT INTO bench_insert (title, body) VALUES ('货车占道经营影响通行', '东湖街道某路段每天傍晚有货车占道卸货，影响居民出行，请尽快处理。');
SQL
pgbench -n -T "$SECONDS_RUN" -c "$CLIENTS" -j "$CLIENTS" -f "$OUT/insert.sql" > "$OUT/pgbench.txt" 2>&1
PG_TPS=$(grep -oP 'tps = \K[0-9.]+' "$OUT/pgbench.txt" | head -1)
psql -q -c "DROP TABLE bench_insert"

# Load-independent costs per case, so that runs on a busy machine still compare: commits and WAL flushes on the
# server, CPU seconds of the application process (request + background listeners), all per case created.
snapshot() {
  psql -Atc "SELECT (SELECT count(*) FROM cases), (SELECT xact_commit FROM pg_stat_database WHERE datname = 'fengqiao'),
                    (SELECT wal_sync FROM pg_stat_wal)" | tr '|' ' '
  awk '{ print $14 + $15 }' "/proc/$APP/stat"
}
pg_ticks() {   # CPU ticks of the PostgreSQL server: postmaster and its live backends
  local pm; pm=$(head -1 "$OUT/pg/postmaster.pid")
  for p in $pm $(pgrep -P "$pm"); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done | awk '{ s += $1 } END { print s }'
}
read -r C0 X0 W0 <<<"$(snapshot | head -1)"; T0=$(snapshot | tail -1); P0=$(pg_ticks)
if [ -n "${PROFILE:-}" ]; then   # PROFILE=1: a JFR recording of the measured part (after the warm-up) in $OUT/intake.jfr
  (sleep "$WARMUP"; jcmd "$APP" JFR.start name=bench settings=profile duration="${SECONDS_RUN}s" filename="$PWD/$OUT/intake.jfr" >/dev/null) &
fi
LINE=$(java bench/intake/IntakeLoad.java "http://localhost:$APP_PORT" "$CLIENTS" "$SECONDS_RUN" "$WARMUP")
echo "$LINE"
for _ in $(seq 1 120); do   # let the background listeners finish the work the intake queued
  [ "$(psql -Atc 'SELECT count(*) FROM event_publication WHERE completion_date IS NULL')" = 0 ] && break; sleep 1
done
read -r C1 X1 W1 <<<"$(snapshot | head -1)"; T1=$(snapshot | tail -1); P1=$(pg_ticks)
awk -v c=$((C1 - C0)) -v x=$((X1 - X0)) -v w=$((W1 - W0)) -v t=$((T1 - T0)) -v p=$((P1 - P0)) -v hz="$(getconf CLK_TCK)" \
  'BEGIN { printf "per_case: commits=%.1f wal_flushes=%.2f app_cpu_ms=%.2f pg_cpu_ms=%.2f (over %d cases incl. warm-up)\n", x / c, w / c, t * 1000 / hz / c, p * 1000 / hz / c, c }'
# Ceiling of any HTTP intake on this stack: the same clients and token doing the cheapest authenticated call.
FLOOR=$(java bench/intake/IntakeLoad.java "http://localhost:$APP_PORT" "$CLIENTS" "$SECONDS_RUN" 5 floor)
echo "$FLOOR"
CASES=$(echo "$LINE" | grep -oP 'cases_per_s=\K[0-9.]+')
FLOOR_RPS=$(echo "$FLOOR" | grep -oP 'requests_per_s=\K[0-9.]+')
echo "pgbench_insert_tps=$PG_TPS clients=$CLIENTS"
awk -v a="$CASES" -v b="$PG_TPS" -v f="$FLOOR_RPS" 'BEGIN { printf "ratio_cases_to_pgbench=%.3f (target >= 0.5) ratio_floor_get_to_pgbench=%.3f ratio_cases_to_floor_get=%.3f\n", a / b, f / b, a / f }'
