#!/usr/bin/env bash
# Scale benchmark of the cluster layer: indexing and querying a collection of one-second recordings on the embedded silo,
# for two builds of the command line side by side in the same run (e.g. the shard layer against the commit before it).
#   tests/Benchmarks/scale.sh <recordings> <themes> <leitmotif-dll>...
# Prints, per build: index wall time per recording, the wall time of indexing the unchanged collection again (every
# recording reused: the layer's own overhead, no features computed), one theme's "matched … in" time, a batch of <themes>
# themes, and the bytes of persisted grain state. Work files go to ${SCALE_WORK:-/tmp/leitmotif-scale}.
set -euo pipefail
recordings=$1 themes=$2; shift 2
root="$(cd "$(dirname "$0")/../.." && pwd)"
work=${SCALE_WORK:-/tmp/leitmotif-scale}
collection="$work/collection-$recordings"
if [ ! -d "$collection/recordings" ]; then
  dotnet run -c Release --project "$root/tests/Benchmarks" -- collection "$collection" "$recordings" 1 "$themes" >&2
fi
themes_written=("$collection"/themes/*.csv)
first_theme=${themes_written[0]}
for dll in "$@"; do
  data="$work/data-$(echo "$dll" | md5sum | cut -c1-8)-$recordings"
  rm -rf "$data"
  start=$(date +%s.%N)
  dotnet "$dll" --data "$data" index "$collection/recordings" --features cens >/dev/null 2>"$work/index.log" || { tail -3 "$work/index.log"; exit 1; }
  end=$(date +%s.%N)
  dotnet "$dll" --data "$data" index "$collection/recordings" --features cens >/dev/null 2>&1
  reindexed=$(date +%s.%N)
  one=$(dotnet "$dll" --data "$data" query "$first_theme" 2>&1 >/dev/null | grep -o 'in [0-9.]* s' | tail -1)
  one_again=$(dotnet "$dll" --data "$data" query "$first_theme" 2>&1 >/dev/null | grep -o 'in [0-9.]* s' | tail -1)
  batch_start=$(date +%s.%N)
  batch=$(dotnet "$dll" --data "$data" batch-query "$collection/themes" --output "$work/results.json" 2>&1 >/dev/null | grep -o 'in [0-9.]* s' | tail -1)
  batch_end=$(date +%s.%N)
  state=$(du -sb "$data/grains" | cut -f1)
  catalog=$(du -sb "$data/grains/catalog" | cut -f1)
  echo "build=$dll recordings=$recordings index_s=$(echo "$end - $start" | bc) index_ms_per_recording=$(echo "scale=3; ($end - $start) * 1000 / $recordings" | bc)" \
       "reindex_unchanged_s=$(echo "$reindexed - $end" | bc)" \
       "one_theme_matched_$one one_theme_again_$one_again batch_${themes}_themes_matched_$batch batch_wall_s=$(echo "$batch_end - $batch_start" | bc)" \
       "grain_state_bytes=$state catalog_bytes=$catalog"
done
