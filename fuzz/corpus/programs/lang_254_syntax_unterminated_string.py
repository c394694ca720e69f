# syntax unterminated string: the file does not compile, so nothing is printed
print("never printed")
message = "hello world
print(message)
print("also never printed")
