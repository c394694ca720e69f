# `continue` inside an except* clause is a SyntaxError: the program does not
# start (break and return are refused the same way).
for attempt in range(3):
    try:
        print("attempt", attempt)
    except* ConnectionError:
        continue
print("not reached")
