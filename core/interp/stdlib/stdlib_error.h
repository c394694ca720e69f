// Error type shared by the plain-C++ stdlib helpers (random, time, datetime).
// The helpers know nothing of the interpreter's object model, so they report
// a failure as "which CPython exception, with which message"; the module
// wrappers turn it into the real Python exception.
#pragma once

#include <stdexcept>
#include <string>

namespace ls::stdlib {

class StdlibError : public std::runtime_error {
public:
    // Only the CPython classes these helpers can raise.
    enum class Kind { ValueError, IndexError, TypeError, OverflowError, ZeroDivisionError, OSError, ReError };

    StdlibError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}

    Kind kind() const noexcept { return m_kind; }

    // The Python class name, e.g. "ValueError" (qualified where it is not a
    // builtin: "re.error").
    const char* typeName() const noexcept
    {
        switch (m_kind) {
        case Kind::ValueError: return "ValueError";
        case Kind::IndexError: return "IndexError";
        case Kind::TypeError: return "TypeError";
        case Kind::OverflowError: return "OverflowError";
        case Kind::ZeroDivisionError: return "ZeroDivisionError";
        case Kind::OSError: return "OSError";
        case Kind::ReError: return "re.error"; // strptime's duplicate-directive regex error
        }
        return "Exception";
    }

private:
    Kind m_kind;
};

} // namespace ls::stdlib
