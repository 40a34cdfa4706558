x = 'single quote never closed
