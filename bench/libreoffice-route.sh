#!/usr/bin/env bash
# Times the usual route to PDF — LibreOffice converting our DOCX — beside the native PDF renderer, on the
# same acts, one conversion at a time, as Gotenberg/docassemble-style services do. Run by hand:
#   bash bench/libreoffice-route.sh [ROUNDS]
# Needs libreoffice-writer (apt-get install -y libreoffice-writer-nogui) and hyperfine is not required.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-writer-nogui" >&2; exit 2; }
dotnet build -c Release src/Cli -v quiet -nologo >/dev/null
cli=(dotnet src/Cli/bin/Release/net10.0/supervision.dll)

for example in protest.kk instruction.ru; do
  "${cli[@]}" render "examples/$example.json" --format docx --out "$work/$example.docx" >/dev/null
  # Warm LibreOffice's profile once so the first timed run is not the profile creation.
  soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to pdf --outdir "$work" "$work/$example.docx" >/dev/null 2>&1
  times=()
  for _ in $(seq "$rounds"); do
    start=$(date +%s%N)
    soffice --headless -env:UserInstallation=file://"$work/profile" --convert-to pdf --outdir "$work" "$work/$example.docx" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  echo "libreoffice docx->pdf $example: median ${median} ms over $rounds runs (min ${sorted[0]}, max ${sorted[-1]})"
done
