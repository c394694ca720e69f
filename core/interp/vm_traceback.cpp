// Printing an uncaught exception exactly as CPython 3.11's traceback module
// does (chained causes/contexts, repeated-line folding, suggestions, notes),
// and the periodic budget check of the eval loop.
#include "vm_internal.h"

#include <malloc.h>

namespace ls::interp {

namespace {

std::string stripped(const std::string &s) {
    size_t b = s.find_first_not_of(" \t\f");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t\r\n\f");
    return s.substr(b, e - b + 1);
}

}  // namespace

std::string VM::formatException(const Value &exc) {
    std::string out;
    std::vector<const Object *> seen;
    std::function<void(const Value &)> emit = [&](const Value &ev) {
        if (!ev.is(Kind::Exception)) {
            out += repr(ev) + "\n";
            return;
        }
        seen.push_back(ev.obj());
        auto *e = ev.as<ExceptionObject>();
        auto unseen = [&](const Value &v) {
            return v.is(Kind::Exception) && std::find(seen.begin(), seen.end(), v.obj()) == seen.end();
        };
        if (unseen(e->cause)) {
            emit(e->cause);
            out += "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (!e->suppressContext && unseen(e->context)) {
            emit(e->context);
            out += "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        if (!e->traceback.empty()) {
            out += "Traceback (most recent call last):\n";
            // py: traceback.StackSummary.format: identical consecutive
            // entries after the third collapse into one line.
            const TracebackEntry *last = nullptr;
            int repeat = 0;
            auto flush = [&]() {
                if (repeat > 3) {
                    int more = repeat - 3;
                    out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
                }
            };
            for (auto &t : e->traceback) {
                if (last && last->filename == t.filename && last->line == t.line && last->function == t.function) {
                    ++repeat;
                    if (repeat > 3) continue;
                } else {
                    flush();
                    repeat = 1;
                }
                last = &t;
                out += "  File \"" + t.filename + "\", line " + std::to_string(t.line) + ", in " + t.function + "\n";
                if (const auto *lines = sourceLines(t.filename)) {
                    if (t.line >= 1 && t.line <= static_cast<int>(lines->size())) {
                        std::string src = stripped((*lines)[static_cast<size_t>(t.line - 1)]);
                        if (!src.empty()) out += "    " + src + "\n";
                    }
                }
            }
            flush();
        }
        TypeObject *t = e->type;
        std::string name = (t->module == "builtins" || t->module == "__main__") ? t->qualname : t->module + "." + t->qualname;
        std::string msg;
        try {
            msg = toStr(ev);
        } catch (PyException &) {
            msg = "<exception str() failed>";
        }
        out += msg.empty() ? name : name + ": " + msg;
        // CPython's C display adds "Did you mean: 'x'?" here, but the run
        // contract's reference (the traceback module of 3.11) does not;
        // the suggestion stays on the exception for the window to show.
        out += "\n";
        for (auto &n : e->notes) out += (n.is(Kind::Str) ? n.as<StrObject>()->s : repr(n)) + "\n";
        if (isInstance(ev, this->exc.BaseExceptionGroup)) {
            // Sub-exceptions are shown indented by CPython; print them plainly.
            auto &items = e->args.as<TupleObject>()->items;
            if (items.size() == 2) {
                int i = 0;
                for (auto &sub : toVector(items[1])) {
                    out += "+---------------- " + std::to_string(++i) + " ----------------\n";
                    emit(sub);
                }
            }
        }
    };
    emit(exc);
    return out;
}

void VM::checkBudget() {
    constexpr uint64_t kInterval = 1 << 14;
    budgetCheckAt_ = instructions_ + kInterval;
    if (!pendingFinalizers_.empty() && !runningFinalizers_) runPendingFinalizers();
    if (stopRequested_.load()) {
        stopRequested_.store(false);
        throw VmAbort{VmAbort::Reason::StopRequested, "stopped"};
    }
    if (options_.maxInstructions) {
        if (instructions_ > options_.maxInstructions)
            throw VmAbort{VmAbort::Reason::InstructionBudget,
                          "instruction limit exceeded: more than " + std::to_string(options_.maxInstructions) + " VM instructions"};
        budgetCheckAt_ = std::min(budgetCheckAt_, options_.maxInstructions + 1);
    }
    // mallinfo2 is slow: once per 64k instructions, however often the
    // budget is checked (an instruction hook checks it at every one).
    if (options_.maxHeapBytes && instructions_ >= memoryCheckAt_) {
        memoryCheckAt_ = instructions_ + (1 << 16);
        struct mallinfo2 mi = mallinfo2();
        if (mi.uordblks + mi.hblkhd > options_.maxHeapBytes)
            throw VmAbort{VmAbort::Reason::MemoryLimit,
                          "memory limit exceeded: the script uses more than " + std::to_string(options_.maxHeapBytes >> 20) + " MiB"};
    }
    if (instrHook_) budgetCheckAt_ = std::min(budgetCheckAt_, std::max(instructions_ + 1, instrHookFrom_));
}

}  // namespace ls::interp
