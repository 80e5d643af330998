# How transcripts match output that varies. This file is also the format's tutorial.
#   [..]      inside a line: any text (also none)
#   ...       a line of its own: any number of lines (also none)
#   TEXT (re) a line ending in " (re)": TEXT is a Java regex for the whole line
# Lines starting with '#' are comments; blank lines at the end of a block are not compared.
wirepad> bytes GET /[..] HTTP/1.1\r\n
GET /[..] HTTP/1.1␍␊
[..] bytes
...

wirepad> hex 00 ff 7f
escaped: \0\xff\x7f
\x00\xff\x7f
\d+ bytes? (re)
0{8}  00 ff 7f +\|\.\.\.\| (re)

# A line the format would misread (a '#' or the prompt at its start, "[..]", "..." or
# " (re)") is written as a regex with its first character in brackets; --update does that.
wirepad> echo # not a comment
[#] not a comment (re)
wirepad> echo wirepad> not a prompt
[w]irepad> not a prompt (re)
wirepad> echo ...
[.]\.\. (re)
