#include "trace_writer.h"

#include "interp/text/format_number.h"

namespace ls::runner {

void appendJsonString(std::string &out, std::string_view s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

std::string jsonFloat(double d) { return ls::text::floatRepr(d); }

TraceWriter::~TraceWriter() { close(); }

bool TraceWriter::open(const std::string &path) {
    f_ = std::fopen(path.c_str(), "w");
    return f_ != nullptr;
}

void TraceWriter::event(double t, std::string_view ev, std::string_view fields) {
    if (!f_) return;
    std::string line = "{\"t\": " + jsonFloat(t) + ", \"ev\": ";
    appendJsonString(line, ev);
    line += fields;
    line += "}\n";
    std::fwrite(line.data(), 1, line.size(), f_);
}

long TraceWriter::tell() {
    if (!f_) return 0;
    std::fflush(f_);
    return std::ftell(f_);
}

void TraceWriter::close() {
    if (f_) std::fclose(f_);
    f_ = nullptr;
}

}  // namespace ls::runner
