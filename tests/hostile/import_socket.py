# hostile: importing socket, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'socket' (LoopScope does not simulate this module)
import socket
