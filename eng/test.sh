#!/usr/bin/env bash
# The one test command (README "Test"): builds the solution and runs every test project.
# It installs what the tests need on a fresh Debian machine and stops everything it started, even on failure.
set -euo pipefail
cd "$(dirname "$0")/.."

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# --- prerequisites -------------------------------------------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK (see global.json) is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# RabbitMQ, Node.js with the local Cosmos DB server's packages, Chromium and a CJK font (each only when missing).
bash eng/prerequisites.sh

# --- servers ---------------------------------------------------------------------------------------------------
# Servers started for integration tests register their stop command here; the trap runs them on any exit.
cleanups=()
cleanup() {
  local status=$?
  for ((i=${#cleanups[@]}-1; i>=0; i--)); do eval "${cleanups[$i]}" || true; done
  exit $status
}
trap cleanup EXIT INT TERM

# --- build and test --------------------------------------------------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build RegulatorHub.sln -c Release -nologo -clp:ErrorsOnly

status=0
dotnet test RegulatorHub.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

# A plain closing line for any CI reader: "N passed, N failed".
python3 - "$results" <<'PY' || true
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    if counters is not None:
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
        skipped += int(counters.get("notExecuted", 0))
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
