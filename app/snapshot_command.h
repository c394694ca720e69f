// `loopscope snapshot SCRIPT.py [--step N | --time T | --every G] [--seed N]
// [--granularity G] [--lang en|zh]`: Snapshots as JSON (docs/snapshot-schema.md).
#pragma once

#include <string>
#include <vector>

namespace ls::app {

int snapshotCommand(const std::vector<std::string> &args);

}  // namespace ls::app
