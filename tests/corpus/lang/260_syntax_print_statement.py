name = "python2 habits"
print "hello", name
