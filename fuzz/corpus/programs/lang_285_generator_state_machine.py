def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"
light = traffic_light()
print([next(light) for _ in range(7)])
def tokenizer(text):
    num = ""
    for ch in text + " ":
        if ch.isdigit():
            num += ch
            continue
        if num:
            yield ("NUM", int(num))
            num = ""
        if ch in "+-*/()":
            yield ("OP", ch)
print(list(tokenizer("12+3*(45-6)")))
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
