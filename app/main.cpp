// loopscope: the command line (run contract) and, later, the window.
#include "cli.h"

int main(int argc, char **argv) { return ls::app::runCli(argc, argv); }
