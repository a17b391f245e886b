#!/usr/bin/env bash
# Package checks (issue 7): what users install must be well-formed, typed for both module systems, small,
# and work from CommonJS and ESM. Run by CI after the build; `npm run check-package` locally.
#   publint                 package.json fields and exports agree with the files
#   attw --pack             types resolve for node10, node16 (CJS and ESM) and bundlers
#   npm pack --dry-run      what the tarball holds, and its size
#   test/package            a consumer project in a temp folder installs the packed tarball, then
#                           require()s it, imports it and type-checks against it (CJS and ESM)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== build"
npm run --silent build >/dev/null

echo "== publint"
npx --no-install publint --strict

echo "== @arethetypeswrong/cli --pack"
npx --no-install attw --pack . --format table

echo "== npm pack --dry-run"
npm pack --dry-run --json 2>/dev/null | node -e '
  const [p] = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const kB = (n) => (n / 1000).toFixed(1) + " kB";
  for (const f of p.files) console.log("  " + kB(f.size).padStart(9) + "  " + f.path);
  console.log(`${p.name}@${p.version}: ${p.entryCount} files, package size ${kB(p.size)}, unpacked ${kB(p.unpackedSize)}`);
'

echo "== consumer project (CJS require, ESM import, TypeScript nodenext)"
npx --no-install vitest run test/package --reporter=default
