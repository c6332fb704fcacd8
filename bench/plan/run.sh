#!/usr/bin/env bash
# Joint-plan benchmark: generates instances of several sizes and runs the joint planner beside the greedy
# baseline on each. Usage: bench/plan/run.sh [time-limit-seconds]   (not part of the test run)
set -euo pipefail
cd "$(dirname "$0")/../.."
LIMIT="${1:-5}"
WORK="${TMPDIR:-/tmp}/fengqiao-bench-plan"
mkdir -p "$WORK"
[ -f target/fengqiao.jar ] || ./mvnw -q -B -DskipTests package

# name firms departments weeks demands-per-firm slack seed
SIZES=(
  "small      300 7 4 2.0 1.3 1"
  "medium    1000 7 4 2.0 1.3 2"
  "large     3000 7 4 2.0 1.3 3"
  "large-x2  3000 7 4 2.5 1.3 4"
  "tight     3000 7 4 2.0 0.9 5"
)
printf '%-9s %-7s %s\n' size planner figures
for row in "${SIZES[@]}"; do
  read -r name firms depts weeks dpf slack seed <<<"$row"
  dir="$WORK/$name"
  ./fengqiao plan generate --dir "$dir" --firms "$firms" --departments "$depts" --weeks "$weeks" \
      --demands-per-firm "$dpf" --slack "$slack" --seed "$seed" >/dev/null
  start=$(date +%s.%N)
  output=$(./fengqiao plan evaluate --shops "$dir/shops.csv" --demands "$dir/demands.csv" \
      --capacity "$dir/capacity.csv" --out "$dir/plan.csv" --time-limit "$LIMIT" --baseline)
  end=$(date +%s.%N)
  printf '%-9s %-7s %s\n' "$name" greedy "$(grep '^greedy:' <<<"$output" | sed 's/^greedy: //')"
  printf '%-9s %-7s %s  wall_s=%.1f\n' "$name" joint "$(tail -n 1 <<<"$output")" "$(echo "$end - $start" | bc)"
done
