# hostile: a syntax error: break outside
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: 'break' outside loop
# expect-stderr-has: ", line 8
# expect-stdout: 
x = 1
break
