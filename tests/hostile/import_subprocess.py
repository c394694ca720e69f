# hostile: importing subprocess, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'subprocess' (LoopScope does not simulate this module)
import subprocess
