# hostile: importing multiprocessing, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'multiprocessing' (LoopScope does not simulate this module)
import multiprocessing
