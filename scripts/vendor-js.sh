#!/usr/bin/env bash
# Re-vendor the chart library served by the web app (no page loads anything from the internet).
# Chart.js comes from the npm registry by name and version; its MIT licence is kept beside it.
set -euo pipefail
version="${1:-4.6.2}"
here="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "chart.js@$version" --silent >/dev/null && tar xzf chart.js-*.tgz)
cp "$tmp/package/dist/chart.umd.min.js" "$here/src/plantrace/web/static/chart.umd.min.js"
cp "$tmp/package/LICENSE.md" "$here/src/plantrace/web/static/chart.js-LICENSE.md"
echo "chart.js $version vendored into src/plantrace/web/static/"
