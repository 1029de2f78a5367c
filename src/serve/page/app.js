// The reveal page script (placeholder; the web page replaces it).
