# hostile: looking for file, socket or process classes through object.__subclasses__()
# reference: loopscope
# expect-code: 0
# expect-stdout: nothing reaches the OS\n
for cls in object.__subclasses__():
    if cls.__name__ in ("Popen", "FileIO", "socket"):
        print("found", cls)
print("nothing reaches the OS")
