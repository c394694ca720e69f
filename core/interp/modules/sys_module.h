#pragma once

#include "../vm.h"

namespace ls::interp {

Value initSysModule(VM &vm);

}  // namespace ls::interp
