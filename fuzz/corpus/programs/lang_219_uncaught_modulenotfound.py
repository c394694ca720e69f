# uncaught modulenotfound
print("--- uncaught modulenotfound ---")
print("importing third-party package")
import pandas as pd
frame = pd.DataFrame({"a": [1, 2]})
print(frame)
