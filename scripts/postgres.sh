#!/usr/bin/env bash
# Starts a private, throwaway PostgreSQL cluster on loopback for the tests and prints
# the admin URL. Installs Debian's PostgreSQL first when it is missing.
#   scripts/postgres.sh start   -> prints postgres://postgres@127.0.0.1:PORT/postgres
#   scripts/postgres.sh ca      -> prints the path of the CA certificate that signed the
#                                 server's TLS certificate (for sslmode=verify-full)
#   scripts/postgres.sh restart -> fast restart (connections cut), same options
#   scripts/postgres.sh stop
# The server takes TLS (ssl=on) with a certificate for 127.0.0.1 from a throwaway CA
# made here with openssl, so the tests can prove the portal's connections encrypt and
# verify the server; plain connections still work.
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

# A CA (root.crt) and the server's certificate for 127.0.0.1 signed by it, in $DIR.
make_certificates() {
    local ext="$DIR/server.ext"
    openssl req -x509 -newkey rsa:2048 -nodes -days 7 -subj "/CN=Tietoni test CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout "$DIR/ca.key" -out "$DIR/root.crt" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$DIR/server.key" -out "$DIR/server.csr" 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > "$ext"
    openssl x509 -req -in "$DIR/server.csr" -CA "$DIR/root.crt" -CAkey "$DIR/ca.key" -CAcreateserial \
        -days 7 -extfile "$ext" -out "$DIR/server.crt" 2>/dev/null
    rm -f "$DIR/ca.key" "$DIR/server.csr" "$ext" "$DIR/root.srl"
    chmod 600 "$DIR/server.key"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DIR/server.key" "$DIR/server.crt" "$DIR/root.crt"
    return 0
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
        make_certificates
        as_postgres "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
            -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c ssl=on -c ssl_cert_file=$DIR/server.crt -c ssl_key_file=$DIR/server.key" \
            start >/dev/null
    fi
    echo "postgres://postgres@127.0.0.1:$PORT/postgres"
    ;;
ca)
    echo "$DIR/root.crt"
    ;;
restart)
    # Fast shutdown (open connections are cut) and start with the same options; the
    # fault tests use it to restart the database under load.
    as_postgres "$(bin_dir)/pg_ctl" -D "$DIR" -m fast -w restart >/dev/null
    ;;
stop)
    BIN="$(bin_dir)"
    [ -n "$BIN" ] && as_postgres "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$DIR"
    ;;
*)
    echo "usage: $0 start|ca|restart|stop" >&2
    exit 2
    ;;
esac
