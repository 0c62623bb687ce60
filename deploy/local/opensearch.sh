#!/usr/bin/env bash
# A local single-node OpenSearch for the index's OpenSearch backend and its integration tests.
#
#   deploy/local/opensearch.sh [start|stop|status]     (default: start)
#
# start is idempotent: fetch the distribution from Maven Central when missing (the integ-test zip
# plus the analysis-common module, which brings the Dutch stemmer and stop-word filters), start
# the node in the background on 127.0.0.1:${STUKKEN_OPENSEARCH_PORT:-9200} (heap 512 MiB, security
# off: the integ-test distribution has no security plugin), write its pid and log under
# var/opensearch/, and wait until the cluster is healthy (timeout STUKKEN_OPENSEARCH_WAIT_S, 180 s).
# OpenSearch refuses to run as root: as root it runs as the system user `stukken-os` (created when
# missing) from a copy under /var/lib/stukken, since root's home is not readable by other users.
# Needs java 17 (JAVA_HOME, or the java on PATH), mvn, unzip and curl.
set -euo pipefail

VERSION="${STUKKEN_OPENSEARCH_VERSION:-2.19.6}"
PORT="${STUKKEN_OPENSEARCH_PORT:-9200}"
WAIT_S="${STUKKEN_OPENSEARCH_WAIT_S:-180}"
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
VAR="${STUKKEN_VAR_DIR:-$REPO/var}/opensearch"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/stukken/opensearch"
PIDFILE="$VAR/opensearch.pid"
LOG="$VAR/opensearch.out"
URL="http://127.0.0.1:$PORT"
RUN_USER=""
HOME_DIR="$CACHE/opensearch-$VERSION"
if [ "$(id -u)" -eq 0 ]; then
  RUN_USER="stukken-os"
  HOME_DIR="/var/lib/stukken/opensearch-$VERSION"
fi

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }
healthy() { curl -fsS "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

fetch() {
  mkdir -p "$CACHE"
  if [ ! -f "$CACHE/opensearch-$VERSION.zip" ]; then
    echo "fetching OpenSearch $VERSION (integ-test zip) with mvn"
    mvn -q -B -Dstyle.color=never dependency:copy -DoutputDirectory="$CACHE" \
      -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$VERSION:zip"
  fi
  if [ ! -f "$CACHE/analysis-common-$VERSION.jar" ]; then
    echo "fetching the analysis-common module $VERSION with mvn"
    mvn -q -B -Dstyle.color=never dependency:copy -DoutputDirectory="$CACHE" \
      -Dartifact="org.opensearch.plugin:analysis-common:$VERSION:jar"
  fi
}

install() {
  [ -f "$HOME_DIR/modules/analysis-common/plugin-descriptor.properties" ] && return 0
  local tmp
  tmp="$(mktemp -d)"
  unzip -q "$CACHE/opensearch-$VERSION.zip" -d "$tmp"
  local mod="$tmp/opensearch-$VERSION/modules/analysis-common"
  mkdir -p "$mod"
  cp "$CACHE/analysis-common-$VERSION.jar" "$mod/"
  # The Maven artifact is the bare jar; a module needs its descriptor. No extended plugins: the
  # painless extension inside the jar is only read when lang-painless is installed.
  cat > "$mod/plugin-descriptor.properties" <<PROPS
description=Adds "built in" analyzers to OpenSearch.
version=$VERSION
name=analysis-common
classname=org.opensearch.analysis.common.CommonAnalysisPlugin
java.version=11
opensearch.version=$VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
PROPS
  mkdir -p "$(dirname "$HOME_DIR")"
  rm -rf "$HOME_DIR"
  mv "$tmp/opensearch-$VERSION" "$HOME_DIR"
  rm -rf "$tmp"
}

java_home() {
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; return; fi
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

start() {
  if running && healthy; then echo "OpenSearch is up at $URL (pid $(cat "$PIDFILE"))"; return 0; fi
  if healthy; then echo "a node not started by this script answers at $URL; using it"; return 0; fi
  fetch
  install
  mkdir -p "$VAR/data" "$VAR/logs"
  local launch=()
  if [ -n "$RUN_USER" ]; then
    id "$RUN_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$RUN_USER"
    chown -R "$RUN_USER:" "$HOME_DIR" "$VAR"
    # The run user must reach its folders: a checkout under a private folder (mktemp -d is 0700)
    # gets the traverse bit on its ancestors, never the right to list them.
    local dir
    for dir in "$HOME_DIR" "$VAR"; do
      dir=$(dirname "$dir")
      while [ "$dir" != "/" ]; do chmod o+x "$dir"; dir=$(dirname "$dir"); done
    done
    launch=(setpriv "--reuid=$RUN_USER" "--regid=$RUN_USER" --init-groups)
  fi
  rm -f "$PIDFILE"
  local started=$SECONDS
  OPENSEARCH_JAVA_HOME="$(java_home)" OPENSEARCH_JAVA_OPTS="-Xms512m -Xmx512m" \
    nohup "${launch[@]}" "$HOME_DIR/bin/opensearch" -p "$PIDFILE" \
      -E cluster.name=stukken -E node.name=stukken-local -E discovery.type=single-node \
      -E network.host=127.0.0.1 -E http.port="$PORT" \
      -E path.data="$VAR/data" -E path.logs="$VAR/logs" \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      >"$LOG" 2>&1 </dev/null &
  local launcher=$!
  until healthy; do
    if ! kill -0 "$launcher" 2>/dev/null && ! running; then
      echo "OpenSearch exited during start; last lines of $LOG:" >&2; tail -20 "$LOG" >&2; exit 1
    fi
    if [ $((SECONDS - started)) -ge "$WAIT_S" ]; then
      echo "OpenSearch not healthy after ${WAIT_S}s; see $LOG" >&2; exit 1
    fi
    sleep 0.5
  done
  echo "OpenSearch $VERSION is up at $URL (pid $(cat "$PIDFILE"), $((SECONDS - started))s)"
}

stop() {
  if ! running; then echo "OpenSearch is not running"; rm -f "$PIDFILE"; return 0; fi
  local pid
  pid="$(cat "$PIDFILE")"
  kill "$pid"
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
  rm -f "$PIDFILE"
  echo "OpenSearch stopped"
}

status() {
  if running && healthy; then echo "up at $URL (pid $(cat "$PIDFILE"))"; else echo "down"; exit 1; fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
