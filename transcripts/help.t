# The command list, and the help of one command: examples first, then usage.
# Run: bin/wirepad run transcripts/help.t   (add --update to rewrite the expected output)
wirepad> help
Commands (help NAME shows usage and examples):
  help        List the commands, or show one command's examples and usage.
  quit, exit  Leave the REPL (Ctrl-D at the prompt does too).
  set         Show or change a setting, or set a variable.
  vars        List the session's variables ($name = value).
  echo        Print TEXT with $variables expanded.
  sleep       Pause for a while; Ctrl-C cancels.
  bytes       Show the bytes you type: their visible form and a hexdump.
  hex         Show the bytes that hex digits spell, escaped and visible, with a hexdump.
  record      Record the session from now on as a transcript ('bin/wirepad run' checks it).
  replay      Run a transcript step by step in a fresh session; stop at the first difference.
  lint        Run a message through every parser profile and show where each says it ends.
  env         Show the Rack env an application would get for a request (or [status, headers, body] for a response).
  serve       Start the lab server on 127.0.0.1 (Bob's widgets, httpbin-style and faulty endpoints); $lab is its address.
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
