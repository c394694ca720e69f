# hostile: writing a file
# reference: loopscope
# expect-code: 1
# expect-stderr: NotImplementedError: open() is not simulated by LoopScope (the virtual world has no files)
open("written_by_script.txt", "w").write("hello")
