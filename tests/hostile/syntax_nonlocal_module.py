# hostile: a syntax error: nonlocal module
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: nonlocal declaration not allowed at module level
# expect-stderr-has: ", line 7
# expect-stdout: 
nonlocal x
