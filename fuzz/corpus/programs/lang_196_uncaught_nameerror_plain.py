# uncaught nameerror plain
print("--- uncaught nameerror plain ---")
for i in range(2):
    print("loop", i)
print(undefined_variable_xyz)
