# hostile: a function calling itself without end
# reference: cpython
# expect-code: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
# expect-stdout: 
def down(n):
    return down(n + 1)

down(0)
