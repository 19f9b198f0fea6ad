#!/usr/bin/env bash
# Installs, on a Debian machine and only where missing, the programs the tests and benchmarks start servers from:
#   rabbitmq  RabbitMQ (Debian, with the AMQP 1.0 plugin) for the AMQP adapter
#   cosmos    Node.js and the local Cosmos DB server's npm packages (eng/cosmos-server) for the Cosmos DB adapter
#   chromium  Debian's Chromium and a CJK font for the browser tests and the ui benchmark
# With no argument, all three. eng/test.sh runs it before the tests; the benchmarks run it for what they need.
# It starts no server: the tests and benchmarks start and stop their own on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo -n); fi
apt_install() {
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}
apt_update() {
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
}

# The tests start and stop private nodes of their own (tests/RegulatorHub.Testing/Brokers/RabbitMqBroker.cs); only
# the program is needed here.
install_rabbitmq() {
  if [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then return 0; fi
  echo "Installing rabbitmq-server (Debian) for the AMQP adapter..."
  # policy-rc.d exit 101 stops the package from starting its system service during install; removed afterwards.
  local policy=/usr/sbin/policy-rc.d had_policy=0 install_status=0
  if [ -e "$policy" ]; then had_policy=1; fi
  if [ "$had_policy" -eq 0 ]; then
    printf '#!/bin/sh\nexit 101\n' | "${as_root[@]}" tee "$policy" >/dev/null
    "${as_root[@]}" chmod +x "$policy"
  fi
  { apt_update && apt_install rabbitmq-server; } || install_status=$?
  if [ "$had_policy" -eq 0 ]; then "${as_root[@]}" rm -f "$policy"; fi
  if [ "$install_status" -ne 0 ]; then
    echo "Installing rabbitmq-server failed (exit $install_status)." >&2
    return "$install_status"
  fi
  # Should a system broker have started anyway, stop it and keep it from starting at boot.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-system-running >/dev/null 2>&1; then
    "${as_root[@]}" systemctl disable --now rabbitmq-server >/dev/null 2>&1 || true
  elif command -v service >/dev/null 2>&1; then
    "${as_root[@]}" service rabbitmq-server stop >/dev/null 2>&1 || true
    if command -v update-rc.d >/dev/null 2>&1; then "${as_root[@]}" update-rc.d rabbitmq-server disable >/dev/null 2>&1 || true; fi
  fi
}

# npm @vercel/cosmosdb-server, pinned in eng/cosmos-server/package-lock.json; the servers themselves are started by
# tests/RegulatorHub.Testing/Cosmos/CosmosServer.cs.
install_cosmos() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "Installing nodejs and npm (Debian) for the local Cosmos DB server..."
    apt_update
    apt_install nodejs npm
  fi
  if [ ! -f eng/cosmos-server/node_modules/@vercel/cosmosdb-server/package.json ] ||
     [ eng/cosmos-server/package-lock.json -nt eng/cosmos-server/node_modules/.package-lock.json ]; then
    echo "Installing the local Cosmos DB server (npm ci in eng/cosmos-server)..."
    (cd eng/cosmos-server && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Playwright drives /usr/bin/chromium and never downloads a browser of its own. A CJK font so screenshots show the
# Chinese labels.
install_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing chromium (Debian) for the browser tests..."
    apt_update
    apt_install chromium
  fi
  if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
    echo "Installing a CJK font (Debian fonts-wqy-microhei) for the browser tests' screenshots..."
    { apt_install fonts-wqy-microhei || { apt_update && apt_install fonts-wqy-microhei; }; } ||
      echo "No CJK font installed; screenshots will show boxes for Chinese text." >&2
  fi
}

parts=("$@")
if [ ${#parts[@]} -eq 0 ]; then parts=(rabbitmq cosmos chromium); fi
for part in "${parts[@]}"; do
  case "$part" in
    rabbitmq) install_rabbitmq ;;
    cosmos) install_cosmos ;;
    chromium) install_chromium ;;
    *) echo "eng/prerequisites.sh: unknown part '$part' (rabbitmq, cosmos or chromium)" >&2; exit 2 ;;
  esac
done
