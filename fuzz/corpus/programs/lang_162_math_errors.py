import math
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
print(math.sqrt(0), math.log(1e-300) < 0)
