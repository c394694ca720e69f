# uncaught module attribute
print("--- uncaught module attribute ---")
import math
print(math.sqrt(9))
print(math.sqr(9))
