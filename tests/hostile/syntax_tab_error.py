# hostile: a syntax error: tab error
# reference: cpython
# expect-code: 1
# expect-stderr: TabError: inconsistent use of tabs and spaces in indentation
# expect-stderr-has: ", line 9
# expect-stdout: 
if True:
	x = 1
        y = 2
