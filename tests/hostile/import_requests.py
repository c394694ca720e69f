# hostile: importing requests, a third-party package
# reference: loopscope
# expect-code: 1
# expect-stderr: ModuleNotFoundError: No module named 'requests'
import requests
