# hostile: importing threading, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'threading' (LoopScope does not simulate this module)
import threading
