#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests and CI, from Debian's packages (apt-get install postgresql).
#   scripts/pg-throwaway.sh start DIR   initdb + start in DIR; the last line printed is the DATABASE_URL
#   scripts/pg-throwaway.sh stop DIR    stop it (DIR is left for the caller to remove)
# Port 54329 unless PG_THROWAWAY_PORT says otherwise (or 54329 is taken, e.g. by another run's cluster:
# then a free port); the unix socket lives in DIR; trust auth on
# 127.0.0.1 only; fsync off (a crash loses the cluster, which is the point of throwaway).
# PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' user.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
port=${PG_THROWAWAY_PORT:-54329}
if [[ "$cmd" == start && -z "${PG_THROWAWAY_PORT:-}" ]]; then
  port=$(node -e "
    const net = require('node:net')
    const tryPort = (p, next) => { const s = net.createServer(); s.once('error', next); s.listen(p, '127.0.0.1', () => { const got = s.address().port; s.close(() => console.log(got)) }) }
    tryPort($port, () => tryPort(0, (e) => { throw e }))")
fi
if [[ -z "$cmd" || -z "$dir" ]]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
  echo "pg-throwaway: no PostgreSQL under /usr/lib/postgresql (apt-get install -y postgresql)" >&2
  exit 1
fi

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [[ $(id -u) -eq 0 ]]; then
      id postgres >/dev/null 2>&1 || { echo "pg-throwaway: running as root needs a 'postgres' user" >&2; exit 1; }
      chown postgres "$dir"
    fi
    if [[ ! -f "$dir/data/PG_VERSION" ]]; then
      as_owner "$bindir/initdb" -D "$dir/data" -U locatiedesk --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://locatiedesk@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [[ -f "$dir/data/postmaster.pid" ]]; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
