# Settings, variables and echo; a transcript session always starts at width 100, colour off.
wirepad> set
width            100      columns for output (auto = the terminal's)
color            off      ANSI colours (auto = on at a terminal unless NO_COLOR is set)
timeout          5s       how long network commands wait for the peer
connect-timeout  timeout  HTTP: how long the connect may take (timeout = as the timeout setting)
idle-timeout     timeout  HTTP: how long a read waits for the next byte (timeout = as the timeout setting)
body-limit       64       HTTP: the largest file 'body @FILE' reads, in MiB
utf8             auto     raw views show valid UTF-8 as text: auto (when the response says charset=utf-8), on, off
editor           auto     the editor 'edit' runs (auto = $VISUAL, else $EDITOR, else vi)
profile          strict   how responses are parsed: strict (RFC 9112) or lenient (notes each leniency)

wirepad> set width 72
wirepad> set width
width = 72
wirepad> set width 5
error: width: want a number from 20 to 1000 or auto, got '5'

wirepad> set $host example.com
wirepad> vars
$TMP = $TMP
$host = example.com

wirepad> echo Host: $host, ${host}; $$5 is a dollar sign
Host: example.com, example.com; $5 is a dollar sign
wirepad> echo $nohost
error: column 1: no variable $nohost (see 'vars'; write $$ for a dollar sign)
  $nohost
  ^

# Every transcript runs in a fresh temp dir, shown as $TMP.
wirepad> echo $TMP
$TMP
wirepad> record $TMP/rec.t
recording to $TMP/rec.t; 'record stop' ends it
written first, to make them again: $host
note: output here is 72 columns wide and transcripts run at 100, so views that wrap will not match; 'set width 100' records at that width
wirepad> bytes \x00
\x00
1 byte
00000000  00                                                |.|
wirepad> record stop
recorded 1 command to $TMP/rec.t; check it with: bin/wirepad run $TMP/rec.t
wirepad> replay $TMP/rec.t
replay $TMP/rec.t:3  set $host example.com
replay $TMP/rec.t:5  bytes \x00
  \x00
  1 byte
  00000000  00                                                |.|
replay: 2 commands, all matched
