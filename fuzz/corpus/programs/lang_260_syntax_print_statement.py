# syntax print statement: the file does not compile, so nothing is printed
print("never printed")
name = "python2 habits"
print "hello", name
print("also never printed")
