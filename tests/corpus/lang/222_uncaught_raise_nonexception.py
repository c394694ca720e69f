def fail():
    raise "something bad"
print("start")
fail()
