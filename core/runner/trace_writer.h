// The run contract's JSONL trace (shared/spec/run-contract.md, "Trace"):
// one JSON object per line, in the order things happen.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace ls::runner {

// Appends `s` to `out` as a JSON string literal (UTF-8 kept as is, as
// Python's json.dumps(..., ensure_ascii=False)).
void appendJsonString(std::string &out, std::string_view s);
// A float as Python's json.dumps writes it (repr; always with a point).
std::string jsonFloat(double d);

class TraceWriter {
public:
    TraceWriter() = default;
    ~TraceWriter();
    TraceWriter(const TraceWriter &) = delete;
    TraceWriter &operator=(const TraceWriter &) = delete;
    bool open(const std::string &path);
    bool enabled() const { return f_ != nullptr; }
    // Writes {"t": t, "ev": ev, <fields>}: `fields` is pre-rendered JSON
    // members (", \"task\": \"Task-1\"") or empty.
    void event(double t, std::string_view ev, std::string_view fields = {});
    void close();
    // Bytes written so far (flushed first); 0 when disabled.
    long tell();

private:
    std::FILE *f_ = nullptr;
};

}  // namespace ls::runner
