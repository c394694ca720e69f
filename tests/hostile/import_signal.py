# hostile: importing signal, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'signal' (LoopScope does not simulate this module)
import signal
