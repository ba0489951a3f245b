#!/usr/bin/env bash
# Sets the local PostgreSQL server (the one .ci/postgres.sh starts) and the kernel's writeback as
# docs/operations.md, "PostgreSQL's settings for a register under load", recommends for a register's
# server, then fills the server's pool of WAL files to reuse. Run it as root before a series of
# bench/issuing/run.sh postgres runs; that script prints the settings and the pool it found, so every
# figure says what it was measured on. Safe to run again.
#
#   sudo bash bench/lib/postgres-server.sh
#
# What each setting is for (measured in docs/performance.md, "Where PostgreSQL's slowest answers came from"):
#   shared_buffers 2GB            the bench's acts stay in PostgreSQL's cache: none is evicted and written out mid-run
#   max_wal_size 16GB             checkpoints come with checkpoint_timeout, not every half gigabyte of WAL (every 25 s
#   checkpoint_timeout 15min      at full load with PostgreSQL's 1 GB); each one's final fsyncs and the full pages
#                                 written after it held every commit up for 100–300 ms
#   min_wal_size 4GB              a checkpoint keeps this much WAL to reuse: a new 16 MB WAL file is otherwise written
#                                 full of zeros and synced while every committer waits, about 50 ms per 16 MB
#   wal_compression lz4           the full pages after a checkpoint take less WAL
#   vm.dirty_background_bytes 32MB   the kernel writes what PostgreSQL 15 writes through the page cache (each new
#                                 page of a table, zeros first) as it comes, not 400 MB at once every 30 s: that
#                                 burst queued a commit's WAL flush for 150 ms
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "postgres-server.sh: run it as root (it sets the server's configuration and a kernel setting)" >&2
  exit 2
fi

read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1) || true
if [ -z "${version:-}" ]; then
  echo "postgres-server.sh: no PostgreSQL cluster here: run bash .ci/postgres.sh first" >&2
  exit 2
fi
sql() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")"; }

before=$(sql -c "show shared_buffers")
sql -c "ALTER SYSTEM SET shared_buffers = '2GB'" \
    -c "ALTER SYSTEM SET max_wal_size = '16GB'" \
    -c "ALTER SYSTEM SET min_wal_size = '4GB'" \
    -c "ALTER SYSTEM SET checkpoint_timeout = '15min'" \
    -c "ALTER SYSTEM SET wal_compression = 'lz4'" \
    -c "SELECT pg_reload_conf()" >/dev/null
if [ "$before" != "2GB" ]; then
  echo "postgres-server.sh: restarting cluster $version/$cluster for shared_buffers" >&2
  pg_ctlcluster "$version" "$cluster" restart
  for _ in $(seq 1 60); do sql -c 'select 1' >/dev/null 2>&1 && break; sleep 1; done
fi
sysctl -q -w vm.dirty_background_bytes=33554432

# The benchmark's role may read the WAL folder's listing (pg_monitor), so that run.sh can say how many files are ready.
sql -c "SET client_min_messages = warning" -c "GRANT pg_monitor TO ${SUPERVISION_PG_USER:-supervision}" >/dev/null

# The pool a server that has run a while has: WAL files written once, then kept by a checkpoint for reuse. A full
# run of bench/issuing/run.sh uses about 70 of them, 1.1 GB (setup, warm-ups and both runs), far beyond what a
# register writes between two checkpoints, so run this again before each series of runs: under 400 files ready, it
# tops the pool up to about 8 GB. Each switch starts a new file (a small message first, so that there is something
# to switch from); the two checkpoints then keep the files for reuse.
pool() { sql -c "select count(*) from pg_ls_waldir() where name > pg_walfile_name(pg_current_wal_lsn())"; }
ready=$(pool)
if [ "$ready" -lt 400 ]; then
  echo "postgres-server.sh: filling the WAL pool ($ready files ready, 16 MB each; up to 512)" >&2
  for _ in $(seq "$ready" 520); do
    sql -c "select pg_logical_emit_message(false, 'bench', 'pool')" -c "select pg_switch_wal()" >/dev/null
  done
  sql -c "CHECKPOINT" -c "CHECKPOINT"
fi
echo "postgres-server.sh: $(sql -c "select string_agg(name || '=' || current_setting(name), ' ' order by name) from pg_settings where name in ('shared_buffers','max_wal_size','min_wal_size','checkpoint_timeout','wal_compression')") vm.dirty_background_bytes=$(sysctl -n vm.dirty_background_bytes); WAL files ready: $(pool)"
