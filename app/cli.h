#pragma once

namespace ls::app {

// Parses the command line and runs the requested command; returns the exit code.
int runCli(int argc, char **argv);

}  // namespace ls::app
