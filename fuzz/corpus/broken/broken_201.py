try:
  pass