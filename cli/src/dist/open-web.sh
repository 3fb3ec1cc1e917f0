#!/bin/sh
# Starts the web page on this computer (http://127.0.0.1:8080/) and opens it in the browser; Ctrl+C stops it.
here=$(cd "$(dirname "$0")" && pwd)
exec "$here/dr" serve --open "$@"
