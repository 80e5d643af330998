# The command list, and the help of one command: examples first, then usage.
# Run: bin/wirepad run transcripts/help.t   (add --update to rewrite the expected output)
wirepad> help
Commands (help NAME shows usage and examples):
Start here: serve echo, then new http://$echo/ and send (the README walks through it).
HTTP: draft a request, send it, look at it again
...
  new         Start a new request draft from a request line (exactly as typed), a URL (sets the
...
Bytes
  bytes       Show the bytes you type: their visible form and a hexdump.
  hex         Show the bytes that hex digits spell, escaped and visible, with a hexdump.
The session
  help        List the commands, or show one command's examples and usage.
...
Tab completes; $name expands a variable; Ctrl-C cancels a command; Ctrl-D quits.

wirepad> help bytes
bytes — Show the bytes you type: their visible form and a hexdump.

  wirepad> bytes GET / HTTP/1.1\r\nHost: example.com\r\n\r\n
  wirepad> bytes caf\xc3\xa9\t\0\\

usage: bytes ESCAPED-TEXT
Escapes: \r \n \t \0 \\ \" \xHH; anything else is taken as typed (as UTF-8).
The text runs from one space after 'bytes' to the end of the line, spaces included.
In the visible form CR, LF and TAB are drawn as ␍ ␊ ␉, other bytes outside printable ASCII as \xHH.
An invalid escape is an error that names its column and points at it.

# Unknown names are one-line errors.
wirepad> help nosuch
error: no command 'nosuch'; type 'help' for the list

wirepad> frobnicate
error: unknown command 'frobnicate'; type 'help' for the list
