#!/usr/bin/env bash
# Bulk work benchmark: imports of 10,000 rows and a print file of 1,000 posters, against the packaged
# application on a PostgreSQL of its own. Usage: bench/imports/run.sh [rows=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q package -DskipTests
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
./mvnw -B -ntp -q test-compile
java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
     -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
     org.liaison.bulk.bench.ImportBench "${1:-10000}"
