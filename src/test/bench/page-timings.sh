#!/usr/bin/env bash
# Page render times of a running Claimboard, as a person's browser would ask for them.
# Usage: bash src/test/bench/page-timings.sh [BASE_URL] [ROUNDS] [WARMUP]
#   BASE_URL defaults to http://localhost:8080, ROUNDS (measured requests per page) to 50, WARMUP to 100.
# Each page is first requested WARMUP times so the JIT has compiled the hot paths, then ROUNDS times; the
# script prints the median, the 95th percentile and the slowest time per page (curl's time_total: request sent
# to last byte received).
set -euo pipefail

base="${1:-http://localhost:8080}"
rounds="${2:-50}"
warmup="${3:-100}"
pages=(
    "/"
    "/claims"
    "/claims?country=PL"
    "/claims?q=troops&status=DECLINED"
    "/timeline"
    "/timeline?country=GB&country=FR"
    "/compare?outlet=the-times&outlet=financial-times"
    "/countries"
    "/countries/GB"
    "/outlets"
    "/outlets/the-times"
    "/articles"
    "/articles/1"
)

time_of() {
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$base$1"
}

printf '%-52s %8s %8s %8s\n' "page" "median" "p95" "max"
for page in "${pages[@]}"; do
    for _ in $(seq 1 "$warmup"); do time_of "$page" >/dev/null; done
    status=""
    times=()
    for _ in $(seq 1 "$rounds"); do
        read -r status seconds < <(time_of "$page")
        times+=("$seconds")
    done
    if [ "$status" != "200" ]; then
        printf '%-52s answered %s\n' "$page" "$status"
        continue
    fi
    printf '%s\n' "${times[@]}" | sort -n | awk -v page="$page" '
        { t[NR] = $1 * 1000 }
        END { printf "%-52s %6.1f ms %6.1f ms %6.1f ms\n", page, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR] }'
done
