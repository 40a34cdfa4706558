b = b"bytes
