def f(x):
	if x:  # comment
		return [1,
		        2]

	# only a comment
	else:
		return \
			3
