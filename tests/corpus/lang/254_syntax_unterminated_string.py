message = "hello world
print(message)
