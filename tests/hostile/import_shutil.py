# hostile: importing shutil, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'shutil' (LoopScope does not simulate this module)
import shutil
