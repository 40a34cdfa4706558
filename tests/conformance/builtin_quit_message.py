print("quit with message")
quit("bye message")
