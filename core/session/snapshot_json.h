// Snapshots as JSON (docs/snapshot-schema.md): the whole Snapshot for
// `loopscope snapshot --step/--time`, and the per-tick form of the run
// contract's Snapshots section for `--every tick`.
#pragma once

#include "snapshot.h"

#include <string>

namespace ls::session {

// One JSON object (one line, no trailing newline).
std::string snapshotJson(const Snapshot &s, Language lang);
// {"tick", "t", "ready", "heap", "tasks", "done"}: the contract's fixed
// fields plus the done tasks, as tools/oracle.py writes them.
std::string tickJson(const Snapshot &s);

}  // namespace ls::session
