#!/usr/bin/env bash
# Checks of the deployment files that can run on a machine without a Docker engine or a Kubernetes cluster:
#   1. infra/k8s: every manifest parses and the kustomization renders (kubectl kustomize, offline; without kubectl,
#      js-yaml from npm, installed once into the git-ignored infra/.tools), and the rendered Deployment has what the
#      README promises (pod IP advertised, 0.0.0.0 bound, Secret, ConfigMap, probes, resources).
#   2. infra/docker/Dockerfile: every COPY source exists and is not excluded by .dockerignore's top-level entries; the
#      Dockerfile's own `dotnet restore` and `dotnet publish` lines run on this host with /app replaced by a temporary
#      folder, and TorchSharp's native library lands in it.
#   3. The published silo starts in embedded mode on loopback (spare ports, temporary data folder), logs its start line,
#      accepts a TCP connection on its gateway port and answers HTTP on its dashboard; it is stopped by its PID. It
#      refuses azure mode without a connection string, and with an unadvertisable Address (0.0.0.0), before touching storage.
# Not checked here: `docker build` itself (no engine) and the manifests against a Kubernetes API server (none).
# Usage: infra/check.sh [--quick]   --quick: only the file checks (1 and the COPY/.dockerignore part of 2), about 1 s;
# .ci/run uses it. The full run takes about 10 s when the Release build is up to date, about 40 s from cold.
# Exit status 0 when everything passed.
set -euo pipefail
quick=false; [ "${1:-}" = --quick ] && quick=true
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d)
silo_pid=""
cleanup() {
  if [ -n "$silo_pid" ] && kill -0 "$silo_pid" 2>/dev/null; then kill "$silo_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "check failed: $*" >&2; exit 1; }
step() { echo "== $*"; }

# ---- 1. Kubernetes manifests -------------------------------------------------------------------------------------
step "k8s: parse and render infra/k8s"
rendered=$tmp/rendered.yaml
if command -v kubectl >/dev/null && [ -z "${CHECK_WITHOUT_KUBECTL:-}" ]; then
  kubectl kustomize infra/k8s >"$rendered" || fail "kubectl kustomize infra/k8s"
  echo "rendered with $(kubectl version --client 2>/dev/null | head -1) (kustomize built in; offline)"
else
  tools=infra/.tools
  [ -f "$tools/node_modules/js-yaml/package.json" ] ||
    npm install --prefix "$tools" js-yaml@4.1.0 --no-audit --no-fund --loglevel=error >/dev/null
  # No kustomize: parse every file strictly and concatenate the resources the kustomization lists.
  NODE_PATH=$tools/node_modules node -e '
    const yaml = require("js-yaml"), fs = require("fs"), path = require("path");
    const dir = "infra/k8s", out = [];
    for (const f of fs.readdirSync(dir).filter(f => /\.ya?ml$/.test(f)))
      for (const d of yaml.loadAll(fs.readFileSync(path.join(dir, f), "utf8")))
        if (d && f !== "kustomization.yaml") out.push(d);
    const k = yaml.load(fs.readFileSync(path.join(dir, "kustomization.yaml"), "utf8"));
    for (const r of k.resources) if (!fs.existsSync(path.join(dir, r))) throw new Error("missing resource " + r);
    process.stdout.write(out.map(d => yaml.dump(d)).join("---\n"));' >"$rendered" || fail "js-yaml parse of infra/k8s"
  echo "parsed with js-yaml (no kubectl on this machine)"
fi
for f in infra/k8s/*.yaml; do
  n=$(grep -c '^kind:' "$f" || true)
  [ "$f" = infra/k8s/kustomization.yaml ] || [ "$n" -ge 1 ] || fail "$f has no kind"
done
expect() { grep -Eq -- "$1" "$rendered" || fail "rendered manifests lack: $2"; }
expect '^kind: Deployment' "a Deployment"
expect '^kind: ConfigMap' "a ConfigMap"
expect 'fieldPath: status.podIP' "the pod IP from status.podIP"
expect 'value: \$\(POD_IP\)' "Leitmotif__Address = \$(POD_IP)"
expect 'name: Leitmotif__ListenAddress' "Leitmotif__ListenAddress"
expect 'name: LEITMOTIF_AZURE_STORAGE' "LEITMOTIF_AZURE_STORAGE"
expect 'name: leitmotif-azure-storage' "the Secret leitmotif-azure-storage"
expect 'readinessProbe:' "a readiness probe"
expect 'livenessProbe:' "a liveness probe"
expect 'requests:' "resource requests"
expect 'name: leitmotif-gateway' "the gateway Service"
expect 'name: leitmotif-dashboard' "the dashboard Service"
if grep -Eq 'type: (LoadBalancer|NodePort)' "$rendered"; then fail "a Service is exposed outside the cluster"; fi
# The pod labels follow the Orleans conventions; they must name the same cluster as the ConfigMap.
cm_cluster=$(sed -n 's/^ *Leitmotif__ClusterId: *//p' infra/k8s/configmap.yaml)
label_cluster=$(sed -n 's/^ *orleans\/clusterId: *//p' infra/k8s/deployment.yaml)
[ -n "$cm_cluster" ] && [ "$cm_cluster" = "$label_cluster" ] ||
  fail "orleans/clusterId label ($label_cluster) differs from the ConfigMap's ClusterId ($cm_cluster)"
echo "ok: $(grep -c '^kind:' "$rendered") resources ($(grep '^kind:' "$rendered" | awk '{print $2}' | sort | tr '\n' ' '))"

# ---- 2. Dockerfile's publish step ---------------------------------------------------------------------------------
step "docker: COPY sources and .dockerignore"
dockerfile=infra/docker/Dockerfile
[ -f .dockerignore ] || fail ".dockerignore missing at the repository root"
while read -r src; do
  [ -e "$src" ] || fail "Dockerfile copies $src, which does not exist"
  top=${src%%/*}
  if grep -Eqx -- "$top/?" .dockerignore; then fail "Dockerfile copies $src, but .dockerignore excludes $top"; fi
done < <(awk '/^COPY / && !/--from/ { for (i = 2; i < NF; i++) print $i }' "$dockerfile")
echo "ok: every COPY source exists and is in the build context"

if $quick; then echo "infra/check.sh --quick: file checks passed (publish and silo start skipped)"; exit 0; fi

step "docker: the Dockerfile's restore and publish lines, run on this host"
publish=$tmp/app
grep -E '^RUN dotnet (restore|publish) ' "$dockerfile" | sed -e 's/^RUN //' -e "s| /app\$| $publish|" >"$tmp/publish.sh"
[ "$(wc -l <"$tmp/publish.sh")" -eq 2 ] || fail "expected one dotnet restore and one dotnet publish line in $dockerfile"
cat "$tmp/publish.sh"
start=$SECONDS
bash -e "$tmp/publish.sh" >"$tmp/publish.log" 2>&1 || { tail -30 "$tmp/publish.log"; fail "the Dockerfile's publish step"; }
[ -f "$publish/Leitmotif.Silo.dll" ] || fail "no Leitmotif.Silo.dll in the published folder"
[ -f "$publish/libLibTorchSharp.so" ] || fail "no libLibTorchSharp.so in the published folder"
echo "ok: published in $((SECONDS - start)) s, $(du -sh "$publish" | cut -f1)"

# ---- 3. The published silo runs -----------------------------------------------------------------------------------
step "silo: published silo refuses azure mode without a connection string"
set +e
out=$(cd "$tmp" && env -u LEITMOTIF_AZURE_STORAGE timeout 60 dotnet "$publish/Leitmotif.Silo.dll" --Leitmotif:Cluster azure 2>&1)
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "no Azure Storage connection string" <<<"$out" || fail "expected exit 2 and a message, got $rc: $out"
echo "ok: $out"

step "silo: published silo refuses to advertise 0.0.0.0 in azure mode"
set +e
out=$(cd "$tmp" && LEITMOTIF_AZURE_STORAGE=UseDevelopmentStorage=true timeout 60 dotnet "$publish/Leitmotif.Silo.dll" \
  --Leitmotif:Cluster azure --Leitmotif:Address 0.0.0.0 2>&1)
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q "cannot be advertised" <<<"$out" || fail "expected exit 2 and a message, got $rc: $out"
echo "ok: $out"

step "silo: published silo starts in embedded mode on loopback"
silo_port=${CHECK_SILO_PORT:-21111}; gateway_port=${CHECK_GATEWAY_PORT:-40000}; dashboard_port=${CHECK_DASHBOARD_PORT:-18080}
for p in "$silo_port" "$gateway_port" "$dashboard_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then fail "port $p is in use; set CHECK_SILO_PORT / CHECK_GATEWAY_PORT / CHECK_DASHBOARD_PORT"; fi
done
log=$tmp/silo.log
(cd "$tmp" && exec dotnet "$publish/Leitmotif.Silo.dll" --Leitmotif:Data "$tmp/data" --Leitmotif:SiloPort "$silo_port" \
  --Leitmotif:GatewayPort "$gateway_port" --Leitmotif:DashboardPort "$dashboard_port") >"$log" 2>&1 &
silo_pid=$!
deadline=$((SECONDS + 90))
until grep -q '^Leitmotif silo (embedded)' "$log"; do
  kill -0 "$silo_pid" 2>/dev/null || { cat "$log"; fail "the silo exited before starting"; }
  [ $SECONDS -lt $deadline ] || { tail -20 "$log"; fail "no start line within 90 s"; }
  sleep 1
done
grep '^Leitmotif silo (embedded)' "$log"
# The start line comes before the host starts; the gateway opens once the silo is active.
until (exec 3<>"/dev/tcp/127.0.0.1/$gateway_port") 2>/dev/null; do
  kill -0 "$silo_pid" 2>/dev/null || { tail -20 "$log"; fail "the silo exited"; }
  [ $SECONDS -lt $deadline ] || { tail -20 "$log"; fail "gateway port $gateway_port does not accept connections"; }
  sleep 1
done
until code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$dashboard_port/") && [ "$code" = 200 ]; do
  [ $SECONDS -lt $deadline ] || fail "dashboard answered ${code:-nothing} instead of 200"
  sleep 1
done
echo "ok: gateway 127.0.0.1:$gateway_port accepts connections, dashboard http://127.0.0.1:$dashboard_port/ answered $code"
kill "$silo_pid"
for _ in $(seq 30); do kill -0 "$silo_pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$silo_pid" 2>/dev/null; then kill -9 "$silo_pid"; fail "the silo did not stop within 30 s of SIGTERM"; fi
wait "$silo_pid" 2>/dev/null || true
silo_pid=""
echo "ok: stopped by PID within 30 s of SIGTERM"
echo "infra/check.sh: all checks passed (docker build and Kubernetes apply were not run: no engine, no cluster here)"
