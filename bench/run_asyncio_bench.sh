#!/usr/bin/env bash
# asyncio benchmarks: each bench/asyncio/*.py through `loopscope run` and
# through CPython 3.11's own asyncio (C-accelerated Task and Future) on the
# run contract's virtual-time loop (`tools/oracle.py run --c-tasks`), best
# of three. Prints CPU seconds (user+sys, steadier than wall time on a busy
# machine), wall seconds, and the CPU ratio (< 1.0: LoopScope is faster).
set -uo pipefail
exe=${1:?usage: run_asyncio_bench.sh path/to/loopscope}
here=$(cd "$(dirname "$0")" && pwd)
oracle="$here/../tools/oracle.py"
exec python3 - "$exe" "$oracle" "$here"/asyncio/*.py <<'PY'
import os, resource, subprocess, sys, time

exe, oracle, scripts = sys.argv[1], sys.argv[2], sys.argv[3:]


def best(cmd):
    """Best of three (cpu, wall) seconds; the outputs must agree."""
    cpu = wall = float('inf')
    out = None
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        w = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        c = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        cpu, wall = min(cpu, c), min(wall, w)
        out = p.stdout
    return cpu, wall, out


print(f"{'script':26} {'loopscope':>16} {'python3 (C Task)':>18} {'cpu ratio':>10}")
for s in scripts:
    oc, ow, oo = best([exe, 'run', s])
    tc, tw, to = best([sys.executable, oracle, 'run', s, '--c-tasks'])
    same = '' if oo == to else '  (OUTPUT DIFFERS)'
    print(f"{os.path.basename(s):26} {oc:6.2f}s cpu {ow:5.2f}s {tc:7.2f}s cpu {tw:5.2f}s {oc / tc:10.2f}{same}")
PY
