# Shared by the benchmark scripts (sourced, not run): starting the built API the way production runs it and
# waiting until it answers. Each script differs only in the environment it gives the service.
#
#   start_api PORT OUT [NAME=VALUE ...]   starts src/Api's Release build on 127.0.0.1:PORT from its output
#                                         folder (so that its appsettings.json is the content root's),
#                                         Production environment, with the extra variables given; its log goes
#                                         to OUT/server.log and its PID to $server
#   await_api PORT OUT                    waits up to 30 s for /health; if the API does not come up, prints
#                                         its log and exits 2

start_api() {
  local port=$1 out=$2
  shift 2
  ( cd src/Api/bin/Release/net10.0 && exec env ASPNETCORE_ENVIRONMENT=Production Urls="http://127.0.0.1:$port" "$@" \
    dotnet Supervision.Api.dll >"$out/server.log" 2>&1 ) &
  server=$!
}

await_api() {
  local port=$1 out=$2
  for _ in $(seq 1 150); do
    if curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  echo "the API did not come up on port $port; its log:" >&2
  cat "$out/server.log" >&2
  exit 2
}
