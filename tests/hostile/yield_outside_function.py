# hostile: `yield` at module level
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: 'yield' outside function
# expect-stderr-has: ", line 8
# expect-stdout: 
x = 1
yield x
