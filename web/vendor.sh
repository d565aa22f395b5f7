#!/usr/bin/env bash
# Re-fetches the browser libraries the explorer pages use (Cytoscape.js) from the npm registry and copies
# their dist files into src/main/resources/kechuang/web/vendor/, where they are committed: the server works
# offline and the Maven build needs no npm. `npm ci` checks each tarball against the sha512 integrity of
# package-lock.json; vendor.sha256 then checks the copied files are the ones committed.
# Usage: web/vendor.sh          (re-fetch and verify)
#        web/vendor.sh --update (after changing the version in package.json: rewrite the lock and hashes)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dest="$here/../src/main/resources/kechuang/web/vendor"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$scratch/"
cd "$scratch"
if [ "${1:-}" = "--update" ]; then
  npm install --ignore-scripts --no-audit --no-fund >/dev/null
  cp package-lock.json "$here/package-lock.json"
else
  npm ci --ignore-scripts --no-audit --no-fund >/dev/null
fi
mkdir -p "$dest"
cp node_modules/cytoscape/dist/cytoscape.min.js "$dest/cytoscape.min.js"
cp node_modules/cytoscape/LICENSE "$dest/cytoscape.LICENSE"
cd "$dest"
if [ "${1:-}" = "--update" ]; then
  sha256sum cytoscape.min.js cytoscape.LICENSE > "$here/vendor.sha256"
fi
sha256sum -c "$here/vendor.sha256"
