with x:
pass