# hostile: importing http.client, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'http.client' (LoopScope does not simulate this module)
import http.client
