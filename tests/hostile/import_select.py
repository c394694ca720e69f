# hostile: importing select, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'select' (LoopScope does not simulate this module)
import select
