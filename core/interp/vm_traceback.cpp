// Printing an uncaught exception exactly as CPython 3.11's traceback module
// does (chained causes/contexts, repeated-line folding, suggestions, notes),
// and the periodic budget check of the eval loop.
#include "exception_groups.h"
#include "memory_cap.h"
#include "vm_internal.h"

#include <algorithm>

namespace ls::interp {

namespace {

std::string stripped(const std::string &s) {
    size_t b = s.find_first_not_of(" \t\f");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t\r\n\f");
    return s.substr(b, e - b + 1);
}

// py: traceback.TracebackException (3.11) built with compact=True, as the
// interpreter's excepthook does: one node per exception to print, with the
// cause or context it shows and, for a group, its members. Node indices
// stand in for the Python objects.
struct TbNode {
    Value exc;
    int cause = -1, context = -1;
    bool group = false;
    std::vector<int> members;
};

// py: traceback._ExceptionPrintContext and TracebackException.format.
class ExceptionPrinter {
public:
    explicit ExceptionPrinter(VM &vm) : vm_(vm) {}

    std::string print(const Value &root) {
        format(build(root));
        return std::move(out_);
    }

private:
    static constexpr int kMaxGroupWidth = 15, kMaxGroupDepth = 10;

    VM &vm_;
    std::vector<TbNode> nodes_;
    std::string out_;
    int depth_ = 0;          // exception_group_depth
    bool needClose_ = false;

    // py: TracebackException.__init__: the _seen set and the work queue
    // decide which occurrence of an exception reached twice is printed.
    int build(const Value &root) {
        std::vector<const Object *> seen;
        auto isSeen = [&](const Value &v) { return std::find(seen.begin(), seen.end(), v.obj()) != seen.end(); };
        auto make = [&](const Value &v) {
            if (v.isObj()) seen.push_back(v.obj());
            nodes_.emplace_back().exc = v;
            return static_cast<int>(nodes_.size() - 1);
        };
        int rootIndex = make(root);
        std::vector<int> queue{rootIndex};
        while (!queue.empty()) {
            int i = queue.back();
            queue.pop_back();
            Value ev = nodes_[i].exc;
            if (!ev.is(Kind::Exception)) continue;
            auto *e = ev.as<ExceptionObject>();
            int cause = -1, context = -1;
            if (e->cause.is(Kind::Exception) && !isSeen(e->cause)) cause = make(e->cause);
            bool needContext = cause < 0 && !e->suppressContext;
            if (needContext && e->context.is(Kind::Exception) && !isSeen(e->context)) context = make(e->context);
            std::vector<int> members;
            bool group = isExceptionGroup(vm_, ev);
            if (group)
                for (auto &m : e->groupExceptions.as<TupleObject>()->items) members.push_back(make(m));
            TbNode &n = nodes_[i];
            n.cause = cause;
            n.context = context;
            n.group = group;
            n.members = members;
            if (cause >= 0) queue.push_back(cause);
            if (context >= 0) queue.push_back(context);
            queue.insert(queue.end(), members.begin(), members.end());
        }
        return rootIndex;
    }

    // py: _ExceptionPrintContext.emit: every line gets the group margin.
    void emit(const std::string &text, char margin = '|') {
        std::string indent(static_cast<size_t>(2 * depth_), ' ');
        if (depth_) indent += std::string(1, margin) + " ";
        size_t pos = 0;
        while (pos < text.size()) {
            size_t end = text.find('\n', pos);
            end = end == std::string::npos ? text.size() : end + 1;
            out_ += indent;
            out_.append(text, pos, end - pos);
            pos = end;
        }
    }

    // py: StackSummary.format: identical consecutive entries after the
    // third collapse into one line.
    std::string stackText(const std::vector<TracebackEntry> &tb) {
        std::string s;
        const TracebackEntry *last = nullptr;
        int repeat = 0;
        auto flush = [&]() {
            if (repeat > 3) {
                int more = repeat - 3;
                s += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
            }
        };
        for (auto &t : tb) {
            if (last && last->filename == t.filename && last->line == t.line && last->function == t.function) {
                ++repeat;
                if (repeat > 3) continue;
            } else {
                flush();
                repeat = 1;
            }
            last = &t;
            s += "  File \"" + t.filename + "\", line " + std::to_string(t.line) + ", in " + t.function + "\n";
            if (const auto *lines = vm_.sourceLines(t.filename)) {
                if (t.line >= 1 && t.line <= static_cast<int>(lines->size())) {
                    std::string src = stripped((*lines)[static_cast<size_t>(t.line - 1)]);
                    if (!src.empty()) s += "    " + src + "\n";
                }
            }
        }
        flush();
        return s;
    }

    std::string safeStr(const Value &v, const char *what) {
        try {
            return vm_.toStr(v);
        } catch (PyException &) {
            return std::string("<") + what + " str() failed>";
        }
    }

    // py: TracebackException.format_exception_only (notes included).
    std::string exceptionOnly(const Value &ev) {
        if (!ev.is(Kind::Exception)) return vm_.repr(ev) + "\n";
        auto *e = ev.as<ExceptionObject>();
        TypeObject *t = e->type;
        std::string name = (t->module == "builtins" || t->module == "__main__") ? t->qualname : t->module + "." + t->qualname;
        std::string msg = safeStr(ev, "exception");
        // CPython's C display adds "Did you mean: 'x'?" here, but the run
        // contract's reference (the traceback module of 3.11) does not;
        // the suggestion stays on the exception for the window to show.
        std::string s = msg.empty() ? name + "\n" : name + ": " + msg + "\n";
        for (auto &n : e->notes) s += safeStr(n, "note") + "\n";  // a note's own newlines split it
        return s;
    }

    void format(int index) {
        // The chain, newest last: what each exception shows before itself.
        std::vector<std::pair<const char *, int>> output;
        for (int i = index; i >= 0;) {
            const TbNode &n = nodes_[i];
            bool suppress = n.exc.is(Kind::Exception) && n.exc.as<ExceptionObject>()->suppressContext;
            if (n.cause >= 0) {
                output.emplace_back("\nThe above exception was the direct cause of the following exception:\n\n", i);
                i = n.cause;
            } else if (n.context >= 0 && !suppress) {
                output.emplace_back("\nDuring handling of the above exception, another exception occurred:\n\n", i);
                i = n.context;
            } else {
                output.emplace_back(nullptr, i);
                i = -1;
            }
        }
        // Oldest first; each message introduces the exception after it.
        for (auto it = output.rbegin(); it != output.rend(); ++it) {
            if (it->first) emit(it->first);
            formatOne(nodes_[it->second]);
        }
    }

    void formatOne(const TbNode &n) {
        const Value &ev = n.exc;
        const std::vector<TracebackEntry> *tb = ev.is(Kind::Exception) ? &ev.as<ExceptionObject>()->traceback : nullptr;
        if (!n.group) {
            if (tb && !tb->empty()) {
                emit("Traceback (most recent call last):\n");
                emit(stackText(*tb));
            }
            emit(exceptionOnly(ev));
            return;
        }
        if (depth_ > kMaxGroupDepth) {
            emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
            return;
        }
        bool topLevel = depth_ == 0;
        if (topLevel) ++depth_;
        if (tb && !tb->empty()) {
            emit("Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
            emit(stackText(*tb));
        }
        emit(exceptionOnly(ev));
        int numExcs = static_cast<int>(n.members.size());
        int shown = numExcs <= kMaxGroupWidth ? numExcs : kMaxGroupWidth + 1;
        needClose_ = false;
        for (int i = 0; i < shown; ++i) {
            bool lastExc = i == shown - 1;
            if (lastExc) needClose_ = true;  // the closing line may come from a nested group
            bool truncated = i >= kMaxGroupWidth;
            std::string title = truncated ? "..." : std::to_string(i + 1);
            out_ += std::string(static_cast<size_t>(2 * depth_), ' ') + (i == 0 ? "+-" : "  ") + "+---------------- " + title +
                    " ----------------\n";
            ++depth_;
            if (!truncated) {
                format(n.members[static_cast<size_t>(i)]);
            } else {
                int remaining = numExcs - kMaxGroupWidth;
                emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (lastExc && needClose_) {
                out_ += std::string(static_cast<size_t>(2 * depth_), ' ') + "+------------------------------------\n";
                needClose_ = false;
            }
            --depth_;
        }
        if (topLevel) depth_ = 0;
    }
};

}  // namespace

std::string VM::formatException(const Value &exc) { return ExceptionPrinter(*this).print(exc); }

namespace {

[[noreturn]] void instructionLimitExceeded(uint64_t limit) {
    throw VmAbort{VmAbort::Reason::InstructionBudget,
                  "instruction limit exceeded: more than " + std::to_string(limit) + " VM instructions"};
}

}  // namespace

void VM::takeStopRequest() {
    if (stopRequested_.load()) {
        stopRequested_.store(false);
        throw VmAbort{VmAbort::Reason::StopRequested, "stopped"};
    }
}

// An item of a builtin's loop counts as one instruction against the budget.
void VM::checkNativeSteps() {
    takeStopRequest();
    if (options_.maxInstructions && instructions_ + nativeSteps_ > options_.maxInstructions)
        instructionLimitExceeded(options_.maxInstructions);
}

void VM::checkBudget() {
    constexpr uint64_t kInterval = 1 << 14;
    budgetCheckAt_ = instructions_ + kInterval;
    if (!pendingFinalizers_.empty() && !runningFinalizers_) runPendingFinalizers();
    takeStopRequest();
    if (options_.maxInstructions) {
        if (instructions_ + nativeSteps_ > options_.maxInstructions) instructionLimitExceeded(options_.maxInstructions);
        budgetCheckAt_ = std::min(budgetCheckAt_, options_.maxInstructions + 1);
    }
    // mallinfo2() walks malloc's free lists (milliseconds on a big, churned
    // heap such as 10,000 asyncio tasks'): at most once per 2^24
    // instructions, however often finalizers, budgets or the session's
    // instruction hook bring us here. (Big blocks are checked as they are
    // made: memory_cap.h.)
    if (options_.maxHeapBytes && instructions_ >= memoryCheckAt_) {
        memoryCheckAt_ = instructions_ + (uint64_t{1} << 24);
        checkGrowth(*this, 0);
    }
    if (instrHook_) budgetCheckAt_ = std::min(budgetCheckAt_, std::max(instructions_ + 1, instrHookFrom_));
}

}  // namespace ls::interp
