# hostile: importing ctypes, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'ctypes' (LoopScope does not simulate this module)
import ctypes
