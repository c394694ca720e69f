#include "snapshot_command.h"

#include "session/session.h"
#include "session/snapshot_json.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ls::app {

namespace {

const char *kUsage =
    "usage: loopscope snapshot SCRIPT.py [--step N | --time T | --every G] [--seed N]\n"
    "                          [--granularity G] [--lang en|zh] [--max-instructions N]\n"
    "\n"
    "Prints the Snapshot (docs/snapshot-schema.md) after N steps of granularity G\n"
    "(--step; default granularity: event, so N is the history index), at the first\n"
    "pause point at virtual time >= T (--time), or at the end of the run. --every G\n"
    "prints one object per line after each step of G; --every tick prints the run\n"
    "contract's per-iteration form (tick, t, ready, heap, tasks, done).\n"
    "G: event line handle iteration|tick output clock task end.\n";

int usage(const std::string &msg) {
    std::fputs(kUsage, stderr);
    std::fprintf(stderr, "error: %s\n", msg.c_str());
    return 2;
}

void emitLine(const std::string &s) {
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
}

// Waits as long as the step takes (the CLI has no Stop button; the run's
// budgets end runaway scripts).
session::Session::Status finish(session::Session &s, session::Session::Status st) {
    while (st == session::Session::Status::StillRunning) st = s.wait(1000);
    return st;
}

}  // namespace

int snapshotCommand(const std::vector<std::string> &args) {
    std::string script, every, lang = "en";
    session::Granularity g = session::Granularity::Event;
    bool haveStep = false, haveTime = false;
    uint64_t step = 0;
    double time = 0;
    session::EngineConfig cfg;
    for (size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i], val;
        size_t eq = a.find('=');
        std::string opt = a.substr(0, eq);
        bool valued = opt == "--step" || opt == "--time" || opt == "--every" || opt == "--seed" || opt == "--granularity" ||
                      opt == "--lang" || opt == "--max-instructions";
        if (valued) {
            if (eq != std::string::npos) val = a.substr(eq + 1);
            else if (i + 1 < args.size()) val = args[++i];
            else return usage(opt + " needs a value");
            try {
                size_t used = 0;
                if (opt == "--step") { step = std::stoull(val, &used); haveStep = true; }
                else if (opt == "--time") { time = std::stod(val, &used); haveTime = true; }
                else if (opt == "--seed") cfg.seed = static_cast<uint64_t>(std::stoll(val, &used));
                else if (opt == "--max-instructions") cfg.maxInstructions = std::stoull(val, &used);
                else used = val.size();
                if (used != val.size()) throw std::invalid_argument(val);
            } catch (...) {
                return usage(opt + " wants a number, got '" + val + "'");
            }
            if (opt == "--every") every = val;
            else if (opt == "--granularity" && !session::parseGranularity(val, g)) return usage("unknown granularity '" + val + "'");
            else if (opt == "--lang") {
                if (val != "en" && val != "zh") return usage("--lang wants en or zh");
                lang = val;
            }
        } else if (a.rfind("--", 0) == 0) {
            return usage("unknown option " + a);
        } else if (script.empty()) {
            script = a;
        } else {
            return usage("unexpected argument '" + a + "'");
        }
    }
    if (script.empty()) return usage("no script given");
    if (haveStep + haveTime + !every.empty() > 1) return usage("--step, --time and --every exclude each other");
    session::Granularity everyG = session::Granularity::Event;
    if (!every.empty() && !session::parseGranularity(every, everyG)) return usage("unknown granularity '" + every + "'");
    std::ifstream in(script, std::ios::binary);
    if (!in) {
        std::error_code ec;
        std::fprintf(stderr, "loopscope: can't open file '%s': [Errno 2] No such file or directory\n",
                     std::filesystem::absolute(script, ec).string().c_str());
        return 2;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    cfg.source = ss.str();
    cfg.scriptPath = script;
    std::error_code ec;
    cfg.displayPath = std::filesystem::absolute(script, ec).lexically_normal().string();
    const auto language = lang == "zh" ? session::Language::Chinese : session::Language::English;

    session::Session s(cfg);
    using St = session::Session::Status;
    if (!every.empty()) {
        const bool ticks = everyG == session::Granularity::Iteration;
        if (!ticks) emitLine(session::snapshotJson(*s.snapshot(), language));
        for (;;) {
            St st = finish(s, s.step(everyG));
            auto snap = s.snapshot();
            if (ticks) {
                if (snap->pause == session::PauseKind::Tick) emitLine(session::tickJson(*snap));
            } else {
                emitLine(session::snapshotJson(*snap, language));
            }
            if (st == St::Ended) break;
        }
    } else if (haveTime) {
        finish(s, s.jumpToTime(time));
        emitLine(session::snapshotJson(*s.snapshot(), language));
    } else if (haveStep) {
        if (g == session::Granularity::Event) finish(s, s.jumpToStep(step));
        else
            for (uint64_t i = 0; i < step; ++i)
                if (finish(s, s.step(g)) == St::Ended) break;
        emitLine(session::snapshotJson(*s.snapshot(), language));
    } else {
        finish(s, s.step(session::Granularity::End));
        emitLine(session::snapshotJson(*s.snapshot(), language));
    }
    std::fflush(stdout);
    return 0;
}

}  // namespace ls::app
