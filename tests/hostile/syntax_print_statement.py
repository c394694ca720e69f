# hostile: a syntax error: print statement
# reference: cpython
# expect-code: 1
# expect-stderr: SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
# expect-stderr-has: ", line 7
# expect-stdout: 
print "hi"
