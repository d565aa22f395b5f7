#!/usr/bin/env bash
# Times the Linked Data pages (p50/p95 of every entity page) on the seed graph, or on N copies of it:
#   web/bench.sh                # the five seed articles
#   web/bench.sh --copies 400   # 2,000 articles
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >/dev/null
exec java ${KECHUANG_JAVA_OPTS:--Xmx2g} -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  org.w3id.kechuang.web.PageBench "$@"
