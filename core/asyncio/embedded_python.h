// The Python half of the asyncio model, compiled into the binary: the parts
// CPython itself writes in Python (locks.py, queues.py, the combinators of
// tasks.py, timeouts.py, taskgroups.py, runners.py), run on our VM over the
// C++ loop, Future and Task (the parts CPython accelerates in C).
#pragma once

#include <span>
#include <string_view>

namespace ls::aio {

struct EmbeddedPython {
    std::string_view name;    // file name without .py, e.g. "locks"
    std::string_view source;
};

// In the order they run (file names sort by a numeric prefix).
std::span<const EmbeddedPython> embeddedPython();

}  // namespace ls::aio
