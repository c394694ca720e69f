# hostile: `async for` in a comprehension of a plain function
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: asynchronous comprehension outside of an asynchronous function
# expect-stderr-has: ", line 8
# expect-stdout: 
def f(aiter):
    return [x async for x in aiter]
