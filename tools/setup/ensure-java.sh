#!/usr/bin/env bash
# The embedded Neo4j needs Java 17+ and, once, Maven (to fetch Neo4j's jars from Maven Central).
# Installs Debian's packages with apt when they are missing and this runs as root; otherwise says
# exactly what to install. Run before `npm start` and `npm test` (prestart, pretest). Nothing is
# needed when NEO4J_URI points at an existing Neo4j (then only `npm start` runs, without tests).
set -euo pipefail
if [ -n "${NEO4J_URI:-}" ] && [ "${1:-}" != "--always" ]; then exit 0; fi

java_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.\([0-9]*\)\)\{0,1\}.*/\1 \3/p' | head -1 |
    awk '{ print ($1 == 1 ? $2 : $1) }'
}

missing=()
major=$(java_major)
if [ "${major:-0}" -lt 17 ]; then missing+=(openjdk-17-jdk-headless); fi
# Maven only fetches the jars: not needed once they are resolved for the current pom (the stamp
# src/graph/neo4j-process/jars.ts writes is the pom's SHA-256).
root="$(cd "${BASH_SOURCE[0]%/*}/../.." && pwd)"
stamp="$root/.neo4j/lib/.resolved"
resolved=no
if [ -f "$stamp" ] && command -v sha256sum >/dev/null 2>&1 &&
  [ "$(cat "$stamp")" = "$(sha256sum "$root/tools/neo4j-embedded/pom.xml" | cut -d' ' -f1)" ]; then resolved=yes; fi
if [ "$resolved" = no ] && ! command -v mvn >/dev/null 2>&1; then missing+=(maven); fi
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi

why="Neo4j (started by this project) needs Java 17 or newer${major:+ (found: ${major/#0/none})} and Maven once to fetch its jars"
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  {
    echo "$why."
    echo "Install: ${missing[*]}"
    echo "  Debian/Ubuntu: sudo apt-get install -y ${missing[*]}"
    echo "  elsewhere: a Java 17+ JDK (e.g. Eclipse Temurin 17; the launcher is compiled at start) and Apache Maven 3.8+, both on PATH."
    echo "Or set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to use an existing Neo4j 5 server."
  } >&2
  exit 1
fi
echo "$why: installing ${missing[*]} with apt…"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
  { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
major=$(java_major)
if [ "${major:-0}" -lt 17 ]; then
  echo "Java 17 was installed but \`java\` on PATH is still older (${major}); select it with: update-alternatives --config java" >&2
  exit 1
fi
