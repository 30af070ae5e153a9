#!/usr/bin/env bash
# Starts a private, throwaway PostgreSQL cluster on loopback for the tests and prints
# the admin URL. Installs Debian's PostgreSQL first when it is missing.
#   scripts/postgres.sh start   -> prints postgres://postgres@127.0.0.1:PORT/postgres
#   scripts/postgres.sh stop
set -euo pipefail

PORT="${TIETONI_PG_PORT:-55432}"
DIR="${TIETONI_PG_DIR:-/tmp/tietoni-pg-$PORT}"

bin_dir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

ensure_installed() {
    if [ -z "$(bin_dir)" ]; then
        echo "installing PostgreSQL from Debian" >&2
        if [ "$(id -u)" -ne 0 ]; then echo "need root to apt-get install postgresql" >&2; exit 1; fi
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
}

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "${1:-start}" in
start)
    ensure_installed
    BIN="$(bin_dir)"
    if ! as_postgres "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
        rm -rf "$DIR"
        mkdir -p "$DIR"
        [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR"
        as_postgres "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
        as_postgres "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null
    fi
    echo "postgres://postgres@127.0.0.1:$PORT/postgres"
    ;;
stop)
    BIN="$(bin_dir)"
    [ -n "$BIN" ] && as_postgres "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
*)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
