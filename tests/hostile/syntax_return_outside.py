# hostile: a syntax error: return outside
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: 'return' outside function
# expect-stderr-has: ", line 8
# expect-stdout: 
x = 1
return 5
