try:
x