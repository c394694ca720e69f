# hostile: importing pathlib, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'pathlib' (LoopScope does not simulate this module)
import pathlib
