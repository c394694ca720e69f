// Opcode names, for the disassembler and diagnostics.
#include "opcodes.h"

#include <cstddef>

namespace ls::interp {

const char *opName(Op op) {
    static constexpr const char *names[] = {
#define LS_OP_NAME(name) #name,
        LS_OPCODES(LS_OP_NAME)
#undef LS_OP_NAME
    };
    auto i = static_cast<size_t>(op);
    return i < sizeof names / sizeof names[0] ? names[i] : "<bad opcode>";
}

}  // namespace ls::interp
