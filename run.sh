#!/usr/bin/env bash
# Runs the whole platform on this machine: PostgreSQL (data in .local-data/), Kafka and the four
# services. Needs only a JDK 17+. Ctrl-C stops everything. Options: --seed loads the 2018 edition.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw --quiet package -DskipTests
exec java -jar local-stack/target/local-stack.jar run "$@"
