if x:
	pass
        pass