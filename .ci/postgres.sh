#!/usr/bin/env bash
# Installs (Debian's postgresql), starts a local PostgreSQL server and creates the test role and
# database of the register tests. Prints the one connection string to use, on stdout, as its last
# line; everything else goes to stderr. Safe to run again: it starts what is down and creates what
# is missing.
#
#   export SUPERVISION_TEST_POSTGRES="$(bash .ci/postgres.sh)"
#
# Settings (environment): SUPERVISION_PG_DB (default supervision_test), SUPERVISION_PG_USER
# (default supervision), SUPERVISION_PG_PASSWORD (default supervision; a local test server only).
set -euo pipefail

db=${SUPERVISION_PG_DB:-supervision_test}
user=${SUPERVISION_PG_USER:-supervision}
password=${SUPERVISION_PG_PASSWORD:-supervision}

if [ "$(id -u)" -eq 0 ]; then sudo_cmd=(); else sudo_cmd=(sudo); fi
log() { echo "postgres.sh: $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql"
  "${sudo_cmd[@]}" apt-get update -qq >&2
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

# The first cluster Debian made (or one we make when there is none).
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1) || true
if [ -z "${version:-}" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  cluster=main
  log "creating cluster $version/$cluster"
  "${sudo_cmd[@]}" pg_createcluster "$version" "$cluster" >&2
  read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
fi

if [ "$status" != "online" ]; then
  log "starting cluster $version/$cluster on port $port"
  if ! "${sudo_cmd[@]}" pg_ctlcluster "$version" "$cluster" start >&2; then
    "${sudo_cmd[@]}" service postgresql start >&2
  fi
fi

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")"
  else
    sudo -u postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"
  fi
}

# Wait until it takes connections (a fresh start can take a few seconds).
for _ in $(seq 1 60); do
  if as_postgres -c 'select 1' >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

if [ "$(as_postgres -c "select 1 from pg_roles where rolname = '$user'")" != "1" ]; then
  log "creating role $user"
  as_postgres -c "create role \"$user\" login password '$password'" >&2
else
  as_postgres -c "alter role \"$user\" login password '$password'" >&2
fi

if [ "$(as_postgres -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
  log "creating database $db"
  as_postgres -c "create database \"$db\" owner \"$user\" encoding 'UTF8' template template0" >&2
fi

echo "Host=127.0.0.1;Port=$port;Database=$db;Username=$user;Password=$password"
