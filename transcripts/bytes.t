# 'bytes' shows typed bytes: visible form (␍ ␊ ␉ drawn), byte count, hexdump.
wirepad> bytes GET / HTTP/1.1\r\nHost: example.com\r\n\r\n
GET / HTTP/1.1␍␊
Host: example.com␍␊
␍␊
37 bytes
00000000  47 45 54 20 2f 20 48 54  54 50 2f 31 2e 31 0d 0a  |GET / HTTP/1.1..|
00000010  48 6f 73 74 3a 20 65 78  61 6d 70 6c 65 2e 63 6f  |Host: example.co|
00000020  6d 0d 0a 0d 0a                                    |m....|

# Non-ASCII input is UTF-8; \xHH is any byte; bytes outside printable ASCII show as \xHH.
wirepad> bytes caf\xc3\xa9\t\0\\
caf\xc3\xa9␉\x00\\
8 bytes
00000000  63 61 66 c3 a9 09 00 5c                           |caf....\|

# An invalid escape names its column and points at it.
wirepad> bytes GET /\q HTTP/1.1
error: column 6: unknown escape "\q" (known: \r \n \t \0 \\ \" \xHH)
  GET /\q HTTP/1.1
       ^

wirepad> bytes abc\x4
error: column 4: \x needs two hex digits, got "\x4"
  abc\x4
     ^

# 'hex' goes the other way.
wirepad> hex 47 45 54 0d 0a
escaped: GET\r\n
GET␍␊
5 bytes
00000000  47 45 54 0d 0a                                    |GET..|

wirepad> hex 47 4
error: odd number of hex digits (3); every byte is two digits
