#!/usr/bin/env bash
# A Leitmotif cluster on this machine: Azurite (Azure Storage emulator) and N silos in azure mode, all on 127.0.0.1.
#   infra/local/cluster.sh up N     install Azurite (first time), start it and N silos, wait until all have joined
#   infra/local/cluster.sh status   the silos and Azurite with their PIDs
#   infra/local/cluster.sh down     stop them all, by PID
# Logs and PID files: infra/local/logs/ (git-ignored). Azurite data: infra/local/.azurite/data (git-ignored).
# With LEITMOTIF_AZURE_STORAGE set to an account's connection string, the silos use that account and no Azurite is
# started; otherwise (unset, or UseDevelopmentStorage=true) Azurite is started and the variable is set to
# UseDevelopmentStorage=true, which the silos and the client require in azure mode.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
logs="$here/logs"
azurite_dir="$here/.azurite"
azurite_js="$azurite_dir/node_modules/azurite/dist/src/azurite.js"
silo_dll="$root/src/Silo/bin/Debug/net10.0/Leitmotif.Silo.dll"
client="$root/src/Client/bin/Debug/net10.0/leitmotif"
mkdir -p "$logs"

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_port() { # host port seconds
  for _ in $(seq 1 $(($3 * 4))); do
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && return 0
    sleep 0.25
  done
  return 1
}

up() {
  local n="${1:-3}"
  [[ "$n" =~ ^[1-9][0-9]?$ ]] || { echo "usage: $0 up N (1-99 silos)"; exit 2; }
  if ls "$logs"/silo-*.pid >/dev/null 2>&1; then echo "a cluster is already up ($0 status); '$0 down' first"; exit 2; fi
  if [ -z "${LEITMOTIF_AZURE_STORAGE:-}" ] || [ "$LEITMOTIF_AZURE_STORAGE" = UseDevelopmentStorage=true ]; then
    if [ ! -f "$azurite_js" ]; then
      echo "installing Azurite into $azurite_dir (first time only)"
      npm install --prefix "$azurite_dir" azurite@3.37.0 --no-audit --no-fund --loglevel=error
    fi
    mkdir -p "$azurite_dir/data"
    node "$azurite_js" --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 \
      --tableHost 127.0.0.1 --tablePort 10002 --location "$azurite_dir/data" --skipApiVersionCheck --loose \
      >"$logs/azurite.log" 2>&1 &
    echo $! >"$logs/azurite.pid"
    wait_port 127.0.0.1 10000 30 && wait_port 127.0.0.1 10002 30 || { echo "Azurite did not start; see $logs/azurite.log"; down; exit 1; }
    echo "Azurite on 127.0.0.1:10000 (blob) and :10002 (table), PID $(cat "$logs/azurite.pid")"
    export LEITMOTIF_AZURE_STORAGE=UseDevelopmentStorage=true
    azurite_hint=" (after: export LEITMOTIF_AZURE_STORAGE=UseDevelopmentStorage=true)"
  fi
  echo "building the silo and the client"
  dotnet build "$root/src/Silo/Leitmotif.Silo.csproj" -v q -nologo >"$logs/build.log" 2>&1 \
    && dotnet build "$root/src/Client/Leitmotif.Client.csproj" -v q -nologo >>"$logs/build.log" 2>&1 \
    || { echo "build failed; see $logs/build.log"; down; exit 1; }
  for i in $(seq 0 $((n - 1))); do
    Leitmotif__Cluster=azure Leitmotif__SiloPort=$((11111 + i)) Leitmotif__GatewayPort=$((30000 + i)) \
      Leitmotif__DashboardPort=$((8080 + i)) dotnet "$silo_dll" >"$logs/silo-$i.log" 2>&1 &
    echo $! >"$logs/silo-$i.pid"
  done
  echo "waiting for $n silo(s) to join"
  local joined=0
  for _ in $(seq 1 90); do
    joined=$(timeout 30 "$client" --cluster azure status 2>/dev/null | sed -n 's/^cluster .*, \([0-9]*\) active silo.*/\1/p' || true)
    [ "${joined:-0}" -ge "$n" ] && break
    sleep 2
  done
  if [ "${joined:-0}" -lt "$n" ]; then echo "only ${joined:-0} of $n silos joined in time; see $logs/silo-*.log"; down; exit 1; fi
  status
  cat <<TXT

All $n silos joined. Point the client at them${azurite_hint:-}:
  $client --cluster azure status
  $client --cluster azure index ~/music
  $client --cluster azure batch-query themes/ --output results.json
(or: dotnet run --project src/Client -- --cluster azure ...). Dashboards: http://127.0.0.1:8080/ ... :$((8080 + n - 1))/
Stop with: $0 down
TXT
}

status() {
  local any=0
  if alive "$logs/azurite.pid"; then echo "azurite  PID $(cat "$logs/azurite.pid")  127.0.0.1:10000 (blob), :10002 (table)"; fi
  for f in "$logs"/silo-*.pid; do
    [ -f "$f" ] || continue
    any=1
    local i; i="$(basename "$f" .pid)"; i="${i#silo-}"
    local state="stopped"; alive "$f" && state="running"
    echo "silo-$i   PID $(cat "$f")  $state  silo 127.0.0.1:$((11111 + i))  gateway :$((30000 + i))  dashboard http://127.0.0.1:$((8080 + i))/  log $logs/silo-$i.log"
  done
  [ "$any" = 1 ] || echo "no silos (start with: $0 up 3)"
}

down() {
  for f in "$logs"/silo-*.pid "$logs"/azurite.pid; do
    [ -f "$f" ] || continue
    local pid; pid="$(cat "$f")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
      echo "stopped $(basename "$f" .pid) (PID $pid)"
    fi
    rm -f "$f"
  done
}

case "${1:-}" in
  up) up "${2:-3}" ;;
  status) status ;;
  down) down ;;
  *) echo "usage: $0 up N | status | down"; exit 2 ;;
esac
