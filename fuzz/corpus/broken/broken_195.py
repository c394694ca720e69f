while x:
pass