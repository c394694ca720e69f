try:
  pass
else:
  pass