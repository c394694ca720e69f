# hostile: importing urllib.request, which reaches the OS
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'urllib.request' (LoopScope does not simulate this module)
import urllib.request
