# traceback's limits: at most 15 members shown per group, and groups nested
# deeper than 10 are cut.
import traceback

wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
print("".join(traceback.format_exception(wide)), end="")

exactly = ExceptionGroup("fifteen", [KeyError(i) for i in range(15)])
print("".join(traceback.format_exception(exactly))[-120:], end="")

sixteen = ExceptionGroup("sixteen", [KeyError(i) for i in range(16)])
print("".join(traceback.format_exception(sixteen))[-160:], end="")

deep = ValueError("bottom")
for level in range(13):
    deep = ExceptionGroup(f"level {level}", [deep])
print("".join(traceback.format_exception(deep)), end="")
