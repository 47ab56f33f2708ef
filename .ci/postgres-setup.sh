#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the PostgreSQL tests: installs it if missing (Debian/Ubuntu, needs root),
# starts the cluster, creates role and database 'claimboard' (password 'claimboard'). Safe to run again.
set -euo pipefail

DB_NAME="${CLAIMBOARD_PG_DB:-claimboard}"
DB_USER="${CLAIMBOARD_PG_USER:-claimboard}"
DB_PASSWORD="${CLAIMBOARD_PG_PASSWORD:-claimboard}"

as_postgres() {
    if [ "$(id -un)" = "postgres" ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "postgres-setup: installing PostgreSQL"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
fi

# The newest installed cluster (e.g. "15 main").
read -r PG_VERSION PG_CLUSTER < <(pg_lsclusters --no-header | sort -rn | awk 'NR==1 {print $1, $2}')
if [ -z "${PG_VERSION:-}" ]; then
    echo "postgres-setup: no PostgreSQL cluster found" >&2
    exit 1
fi
if ! pg_lsclusters --no-header | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
    echo "postgres-setup: starting cluster $PG_VERSION $PG_CLUSTER"
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
fi
for _ in $(seq 1 30); do
    as_postgres psql -qtAc "select 1" >/dev/null 2>&1 && break
    sleep 1
done

if [ "$(as_postgres psql -qtAc "select 1 from pg_roles where rolname = '$DB_USER'")" != "1" ]; then
    echo "postgres-setup: creating role $DB_USER"
    as_postgres psql -qc "create role \"$DB_USER\" login password '$DB_PASSWORD'"
fi
if [ "$(as_postgres psql -qtAc "select 1 from pg_database where datname = '$DB_NAME'")" != "1" ]; then
    echo "postgres-setup: creating database $DB_NAME"
    as_postgres createdb -O "$DB_USER" "$DB_NAME"
fi
echo "postgres-setup: ready at jdbc:postgresql://localhost:5432/$DB_NAME (user $DB_USER)"
