// A VmHost for unit tests: captures stdout/stderr and print() calls.
#pragma once

#include "interp/syntax_error.h"
#include "interp/vm.h"

#include <string>
#include <vector>

namespace ls::test {

struct CaptureHost : ls::interp::VmHost {
    std::string out, err;
    std::vector<std::string> prints;
    void write(int stream, std::string_view text) override { (stream == 2 ? err : out).append(text); }
    void printed(std::string_view text) override { prints.emplace_back(text); }
};

// Runs `source` as __main__ and returns stdout, with the exception line of
// an uncaught exception appended ("!! Type: message").
inline std::string runCapture(const std::string &source, ls::interp::VmOptions opts = {}) {
    CaptureHost host;
    ls::interp::VM vm(host, opts);
    try {
        vm.runMain(source, "t.py");
    } catch (ls::interp::PyException &e) {
        std::string tb = vm.formatException(e.exc);
        auto cut = tb.rfind('\n', tb.size() - 2);
        host.out += "!! " + tb.substr(cut == std::string::npos ? 0 : cut + 1);
    } catch (ls::SyntaxErrorException &e) {
        host.out += "!! " + e.info.type + ": " + e.info.msg + "\n";
    } catch (ls::interp::VmAbort &a) {
        host.out += "!! abort: " + a.message + "\n";
    }
    return host.out;
}

}  // namespace ls::test
