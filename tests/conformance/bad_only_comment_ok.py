# only comments and blank lines around one statement

    # an indented comment is fine
	# so is a tabbed one
print("after comments")  # trailing
# final comment without newline