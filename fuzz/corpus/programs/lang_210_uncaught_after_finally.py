def process():
    try:
        print("processing")
        raise RuntimeError("processing failed")
    finally:
        print("cleanup in finally")
try:
    process()
except ValueError:
    print("wrong handler")
finally:
    print("outer finally")
