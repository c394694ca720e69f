// The one table of narration sentences. Each kind has an English and a
// Chinese template; %1, %2, %3 are its arguments in order.
#include "narration.h"

#include <cstddef>

namespace ls::session {

namespace {

struct Template {
    NarrationKind kind;
    const char *name;
    const char *en;
    const char *zh;
};

// clang-format off
const Template kTemplates[] = {
    {NarrationKind::RunStarted,      "RunStarted",      "The script is about to start",                 "脚本即将开始运行"},
    {NarrationKind::TaskReached,     "TaskReached",     "%1 reached `%2`",                               "%1 执行到 `%2`"},
    {NarrationKind::TaskRanLine,     "TaskRanLine",     "%1 is at line %2: `%3`",                        "%1 执行到第 %2 行：`%3`"},
    {NarrationKind::ModuleRanLine,   "ModuleRanLine",   "The module is at line %1: `%2`",                "模块代码执行到第 %1 行：`%2`"},
    {NarrationKind::CallbackRan,     "CallbackRan",     "The loop ran the callback %1",                  "事件循环运行了回调 %1"},
    {NarrationKind::LoopIteration,   "LoopIteration",   "Loop iteration %1 begins with %2 ready handle(s)", "第 %1 轮事件循环开始，就绪队列中有 %2 个句柄"},
    {NarrationKind::ClockMoved,      "ClockMoved",      "The clock moved from t=%1 to t=%2",             "时钟从 t=%1 前进到 t=%2"},
    {NarrationKind::Printed,         "Printed",         "The script printed \"%1\"",                     "脚本输出了 \"%1\""},
    {NarrationKind::TaskStarted,     "TaskStarted",     "%1 starts running",                             "%1 开始运行"},
    {NarrationKind::RunEnded,        "RunEnded",        "The run is over (%1)",                          "运行结束（%1）"},
    {NarrationKind::NothingHappened, "NothingHappened", "Nothing happened",                              "什么也没有发生"},
    {NarrationKind::TimeoutReady,    "TimeoutReady",    "The loop sets its poll timeout to 0: %1 handle(s) are ready", "事件循环把轮询超时设为 0：就绪队列中有 %1 个句柄"},
    {NarrationKind::TimeoutStopping, "TimeoutStopping", "The loop sets its poll timeout to 0: it is stopping", "事件循环把轮询超时设为 0：循环正在停止"},
    {NarrationKind::TimeoutUntil,    "TimeoutUntil",    "The ready queue is empty: the loop may wait %1 s, until the earliest timer at t=%2", "就绪队列为空：事件循环最多等待 %1 秒，直到最早的定时器 t=%2"},
    {NarrationKind::TimerAdded,      "TimerAdded",      "a timer for t=%1 joined the heap",              "定时器堆加入 t=%1 的定时器"},
    {NarrationKind::TimerExpired,    "TimerExpired",    "the timer %1 (t=%2) moved to the ready queue",  "定时器 %1（t=%2）移入就绪队列"},
    {NarrationKind::TaskSuspended,   "TaskSuspended",   "%1 is suspended",                               "%1 挂起"},
    {NarrationKind::TaskFinished,    "TaskFinished",    "%1 finished with result %2",                    "%1 完成，结果为 %2"},
    {NarrationKind::TaskFailed,      "TaskFailed",      "%1 failed with %2",                             "%1 失败：%2"},
    {NarrationKind::TaskCancelled,   "TaskCancelled",   "%1 was cancelled",                              "%1 被取消"},
    {NarrationKind::TaskCreated,     "TaskCreated",     "%1 (%2) was created",                           "创建了 %1（%2）"},
    {NarrationKind::HandleQueued,    "HandleQueued",    "%1 joined the ready queue",                     "%1 加入就绪队列"},
    {NarrationKind::LockTaken,       "LockTaken",       "%1 took %2",                                    "%1 获得了 %2"},
    {NarrationKind::LockReleased,    "LockReleased",    "%1 released %2",                                "%1 释放了 %2"},
    {NarrationKind::OutputWritten,   "OutputWritten",   "it printed \"%1\"",                             "输出 \"%1\""},
    {NarrationKind::TaskWaits,       "TaskWaits",       "%1 waits for %2",                               "%1 等待 %2"},
};
// clang-format on

const Template *find(NarrationKind k) {
    for (auto &t : kTemplates)
        if (t.kind == k) return &t;
    return nullptr;
}

std::string substitute(const char *tpl, const std::vector<std::string> &args) {
    std::string out;
    for (const char *p = tpl; *p; ++p) {
        if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
            size_t i = static_cast<size_t>(p[1] - '1');
            if (i < args.size()) out += args[i];
            ++p;
        } else {
            out += *p;
        }
    }
    return out;
}

}  // namespace

const char *narrationKindName(NarrationKind k) {
    const Template *t = find(k);
    return t ? t->name : "?";
}

std::string formatNarrationItem(const NarrationItem &item, Language lang) {
    const Template *t = find(item.kind);
    if (!t) return {};
    return substitute(lang == Language::Chinese ? t->zh : t->en, item.args);
}

std::string formatNarration(const Narration &n, Language lang) {
    if (n.items.empty()) return {};
    std::string out = formatNarrationItem(n.items[0], lang);
    size_t rest = n.items.size() - 1;
    if (rest == 0) return out;
    out += lang == Language::Chinese ? "：" : ": ";
    for (size_t i = 1; i < n.items.size(); ++i) {
        if (i > 1) {
            if (lang == Language::Chinese) out += "，";
            else out += i + 1 == n.items.size() ? " and " : ", ";
        }
        out += formatNarrationItem(n.items[i], lang);
    }
    return out;
}

}  // namespace ls::session
