#!/bin/sh
# Starts a throwaway Tradeoff team repository on this machine, for a try:
# a PostgreSQL server in a folder of its own (no system service), listening
# on 127.0.0.1 only, with the schema, two example roles and the bundled
# comparison in it.  Prints the URL to open; stop it with the line it prints.
#
#   sh packaging/try-repository.sh [FOLDER] [PORT]
#
# Needs Debian's postgresql package and a built tradeoff (TRADEOFF=path to
# override ./build/release/app/tradeoff).
set -eu
dir=${1:-/tmp/tradeoff-repository}
port=${2:-54329}
tradeoff=${TRADEOFF:-$(dirname "$0")/../build/release/app/tradeoff}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
[ -x "$tradeoff" ] || { echo "no tradeoff at $tradeoff (build it, or set TRADEOFF)" >&2; exit 1; }
as=""
if [ "$(id -u)" = 0 ]; then as="runuser -u postgres --"; fi
# Server tools run from / (the postgres user may not enter this folder).
pg() { (cd / && $as "$@"); }
if [ ! -d "$dir/data" ]; then
    mkdir -p "$dir"
    if [ -n "$as" ]; then chown postgres:postgres "$dir"; fi
    pg "$bin/initdb" -D "$dir/data" -A trust -U tradeoff -E UTF8 >/dev/null
fi
pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -w start >/dev/null
pg "$bin/psql" -h 127.0.0.1 -p "$port" -U tradeoff -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'decisions'" | grep -q 1 \
    || pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U tradeoff decisions
url="postgresql://tradeoff@127.0.0.1:$port/decisions"
"$tradeoff" repo init "$url"
# The bundled comparison, from the build folder.
bundled=$(dirname "$tradeoff")/bundled.tradeoff
if [ -f "$bundled" ]; then "$tradeoff" repo push "$bundled" "$url"; fi
pg "$bin/psql" -h 127.0.0.1 -p "$port" -U tradeoff -d decisions -qtAc "
    DO \$\$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lead') THEN CREATE ROLE lead LOGIN IN ROLE tradeoff_owner; END IF;
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'guest') THEN CREATE ROLE guest LOGIN IN ROLE tradeoff_participant; END IF;
    END \$\$;"
echo "Open:  $tradeoff $url"
echo "Roles: tradeoff (administrator), lead (owner), guest (participant): postgresql://ROLE@127.0.0.1:$port/decisions"
echo "Stop:  $as $bin/pg_ctl -D $dir/data -m fast stop"
