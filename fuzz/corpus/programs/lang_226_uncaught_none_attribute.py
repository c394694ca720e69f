# uncaught none attribute
print("--- uncaught none attribute ---")
names = ["carol", "alice", "bob"]
sorted_names = names.sort()
print(names)
sorted_names.append("dave")
