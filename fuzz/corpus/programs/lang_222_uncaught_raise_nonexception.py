# uncaught raise nonexception
print("--- uncaught raise nonexception ---")
def fail():
    raise "something bad"
print("start")
fail()
