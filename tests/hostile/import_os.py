# hostile: importing os, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'os' (LoopScope does not simulate this module)
import os
