// Command line: `loopscope run SCRIPT.py [--seed N] [--trace FILE]
// [--max-steps N] [--max-instructions N]`, `loopscope snapshot ...`
// (snapshot_command.cpp), --help, --version.
#include "cli.h"

#include "runner/script_runner.h"
#include "snapshot_command.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace ls::app {

namespace {

const char *kUsage =
    "usage: loopscope run SCRIPT.py [--seed N] [--trace FILE.jsonl] [--max-steps N] [--max-instructions N]\n"
    "       loopscope snapshot SCRIPT.py [--step N | --time T | --every G] [--seed N] [--granularity G] [--lang en|zh]\n"
    "       loopscope --help | --version\n"
    "\n"
    "LoopScope runs Python 3.11 asyncio programs on a simulated event loop with a\n"
    "virtual clock, for teaching. `run` behaves as `python3 SCRIPT.py` would in the\n"
    "virtual world of the run contract (exit codes: 0 ok, 1 uncaught exception,\n"
    "2 usage error, 3 deadlock, 4 a budget exceeded).\n";

int usageError(const std::string &msg) {
    std::fputs(kUsage, stderr);
    std::fprintf(stderr, "error: %s\n", msg.c_str());
    return 2;
}

bool parseUint(const std::string &s, uint64_t &out) {
    if (s.empty() || s.find_first_not_of("0123456789") != std::string::npos) return false;
    try { out = std::stoull(s); } catch (...) { return false; }
    return true;
}

int runCommand(const std::vector<std::string> &args) {
    runner::RunOptions opts;
    std::string script;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i], val;
        size_t eq = a.find('=');
        std::string opt = a.substr(0, eq);
        bool takesValue = opt == "--seed" || opt == "--trace" || opt == "--max-steps" || opt == "--max-instructions";
        if (takesValue) {
            if (eq != std::string::npos) val = a.substr(eq + 1);
            else if (i + 1 < args.size()) val = args[++i];
            else return usageError(opt + " needs a value");
            if (opt == "--trace") opts.tracePath = val;
            else if (opt == "--seed") {
                try { opts.seed = static_cast<uint64_t>(std::stoll(val)); } catch (...) { return usageError("--seed wants an integer, got '" + val + "'"); }
            } else if (opt == "--max-steps") {
                if (!parseUint(val, opts.maxSteps)) return usageError("--max-steps wants an integer, got '" + val + "'");
            } else if (!parseUint(val, opts.maxInstructions)) {
                return usageError("--max-instructions wants an integer, got '" + val + "'");
            }
        } else if (a.rfind("--", 0) == 0) {
            return usageError("unknown option " + a);
        } else if (script.empty()) {
            script = a;
        } else {
            return usageError("unexpected argument '" + a + "'");
        }
    }
    if (script.empty()) return usageError("no script given");
    std::ifstream in(script, std::ios::binary);
    if (!in) {
        std::error_code ec;
        std::string abs = std::filesystem::absolute(script, ec).string();
        std::fprintf(stderr, "loopscope: can't open file '%s': [Errno 2] No such file or directory\n", abs.c_str());
        return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    opts.scriptPath = script;
    std::error_code ec;
    opts.displayPath = std::filesystem::absolute(script, ec).lexically_normal().string();
    runner::RunOutput io;
    std::string outBuf;
    io.out = [&](std::string_view s) {
        outBuf.append(s);
        if (outBuf.size() > (1 << 16)) { std::fwrite(outBuf.data(), 1, outBuf.size(), stdout); outBuf.clear(); }
    };
    io.err = [&](std::string_view s) {
        std::fwrite(outBuf.data(), 1, outBuf.size(), stdout);
        outBuf.clear();
        std::fflush(stdout);
        std::fwrite(s.data(), 1, s.size(), stderr);
    };
    int code = runner::runScript(ss.str(), opts, io);
    std::fwrite(outBuf.data(), 1, outBuf.size(), stdout);
    std::fflush(stdout);
    return code;
}

}  // namespace

int runCli(int argc, char **argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) return usageError("no command given");
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (args[0] == "--version") {
        std::printf("loopscope %s\n", LOOPSCOPE_VERSION);
        return 0;
    }
    if (args[0] == "run") return runCommand(std::vector<std::string>(args.begin() + 1, args.end()));
    if (args[0] == "snapshot") return snapshotCommand(std::vector<std::string>(args.begin() + 1, args.end()));
    return usageError("unknown command '" + args[0] + "'");
}

}  // namespace ls::app
