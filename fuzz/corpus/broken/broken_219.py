else:
 pass