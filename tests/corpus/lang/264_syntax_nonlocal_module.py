print("module start")
nonlocal counter
counter = 1
