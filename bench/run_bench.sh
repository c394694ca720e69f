#!/usr/bin/env bash
# Runs each benchmark script through `loopscope run` and through python3,
# side by side in the same run, and prints the time ratio (lower is better
# for LoopScope; < 1.0 means faster than CPython), in CPU time.
set -uo pipefail
exe=${1:?usage: run_bench.sh path/to/loopscope}
here=$(cd "$(dirname "$0")" && pwd)
best() {  # best of $N (default 3) CPU seconds (user+sys) of a command: steadier than wall time on a busy machine
  python3 - "${N:-3}" "$@" <<'PY'
import resource, subprocess, sys
n, cmd = int(sys.argv[1]), sys.argv[2:]
best = float("inf")
for _ in range(n):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
print(best)
PY
}
printf '%-22s %10s %10s %8s\n' script loopscope python3 ratio
for f in "$here"/scripts/*.py; do
  ours=$(best "$exe" run "$f")
  theirs=$(best env PYTHONHASHSEED=0 python3 "$f")
  ratio=$(python3 -c "print(f'{$ours / $theirs:.2f}')")
  printf '%-22s %9.3fs %9.3fs %8s\n' "$(basename "$f")" "$ours" "$theirs" "$ratio"
done

# Start-up: a small script, best of 20 runs each (the time is mostly the
# engine's own start: builtins, modules, the asyncio model's Python files).
echo
printf '%-22s %10s %10s %8s\n' start-up loopscope python3 ratio
for f in "$here"/startup/*.py; do
  ours=$(N=20 best "$exe" run "$f")
  theirs=$(N=20 best env PYTHONHASHSEED=0 python3 "$f")
  ratio=$(python3 -c "print(f'{$ours / $theirs:.2f}')")
  printf '%-22s %8.1fms %8.1fms %8s\n' "$(basename "$f")" "$(python3 -c "print($ours*1000)")" "$(python3 -c "print($theirs*1000)")" "$ratio"
done
