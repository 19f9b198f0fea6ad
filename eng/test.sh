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

# RabbitMQ 3.10 (Debian, with the AMQP 1.0 plugin) for the AMQP adapter's tests. The tests start and stop private
# nodes of their own (tests/RegulatorHub.Testing/Brokers/RabbitMqBroker.cs); only the program is needed here.
if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  echo "Installing rabbitmq-server (Debian) for the AMQP tests..."
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo -n); fi
  # policy-rc.d exit 101 stops the package from starting its system service during install; removed afterwards.
  policy=/usr/sbin/policy-rc.d
  had_policy=0
  if [ -e "$policy" ]; then had_policy=1; fi
  if [ "$had_policy" -eq 0 ]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
    "${as_root[@]}" chmod +x "$policy"
  fi
  install_status=0
  { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rabbitmq-server; } || install_status=$?
  if [ "$had_policy" -eq 0 ]; then "${as_root[@]}" rm -f "$policy"; fi
  if [ "$install_status" -ne 0 ]; then
    echo "Installing rabbitmq-server failed (exit $install_status)." >&2
    exit "$install_status"
  fi
  # Should a system broker have started anyway, stop it and keep it from starting at boot.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-system-running >/dev/null 2>&1; then
    "${as_root[@]}" systemctl disable --now rabbitmq-server >/dev/null 2>&1 || true
  elif command -v service >/dev/null 2>&1; then
    "${as_root[@]}" service rabbitmq-server stop >/dev/null 2>&1 || true
    command -v update-rc.d >/dev/null 2>&1 && { "${as_root[@]}" update-rc.d rabbitmq-server disable >/dev/null 2>&1 || true; }
  fi
fi

# The local Cosmos DB server (npm @vercel/cosmosdb-server, pinned in eng/cosmos-server/package-lock.json) for the
# Cosmos DB adapter's tests. The tests start and stop their own servers on 127.0.0.1
# (tests/RegulatorHub.Testing/Cosmos/CosmosServer.cs); only the packages are needed here.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Installing nodejs and npm (Debian) for the local Cosmos DB server..."
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo -n); fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
fi
if [ ! -f eng/cosmos-server/node_modules/@vercel/cosmosdb-server/package.json ] ||
   [ eng/cosmos-server/package-lock.json -nt eng/cosmos-server/node_modules/.package-lock.json ]; then
  echo "Installing the local Cosmos DB server (npm ci in eng/cosmos-server)..."
  (cd eng/cosmos-server && npm ci --no-audit --no-fund --loglevel=error)
fi

# Chromium (Debian) for the browser tests (tests/RegulatorHub.Dashboard.Browser.Tests): Playwright drives
# /usr/bin/chromium and never downloads a browser of its own. A CJK font so screenshots show the Chinese labels.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing chromium (Debian) for the browser tests..."
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo -n); fi
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi
if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  echo "Installing a CJK font (Debian fonts-wqy-microhei) for the browser tests' screenshots..."
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then as_root=(sudo -n); fi
  { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-microhei ||
    { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-microhei; }; } ||
    echo "No CJK font installed; screenshots will show boxes for Chinese text." >&2
fi

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
