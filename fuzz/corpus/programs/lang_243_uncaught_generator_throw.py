def consumer():
    while True:
        item = yield
        print("consumed", item)
c = consumer()
next(c)
c.send("x")
c.throw(ConnectionError("pipe closed"))
