async def f()
  pass