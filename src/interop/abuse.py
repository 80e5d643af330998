"""Attack clients for src/interop/abuse.sh, loopback only, bounded in count and time.

  python3 abuse.py slowloris PORT N SECONDS   N connections, each sending its head one byte a second
  python3 abuse.py slowbody PORT N SECONDS    N connections, each sending its head, then its body one byte a second
  python3 abuse.py idle PORT N SECONDS        N connections that connect and send nothing
  python3 abuse.py upload PORT N MIB MODE     N uploads of MIB MiB at once, MODE length|chunked

Each prints one summary line (what the server answered, counted by status) and exits.
"""
import collections
import resource
import socket
import sys
import threading
import time


def raise_fd_limit(n):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, max(soft, n + 256)) if hard != resource.RLIM_INFINITY else max(soft, n + 256)
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))


def status_of(data):
    line = data.split(b"\r\n", 1)[0]
    parts = line.split(b" ")
    return parts[1].decode() if len(parts) > 1 and line.startswith(b"HTTP/") else ("closed" if not data else "other")


def connect(port):
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    return s


def slowloris(port, n, seconds, body=False):
    raise_fd_limit(n)
    socks = []
    for _ in range(n):
        try:
            s = connect(port)
            s.setblocking(False)
            # a head that never ends, or a whole head and then a body that comes a byte a second
            s.send(b"POST /slow HTTP/1.1\r\nHost: a\r\nContent-Length: 1000000\r\n\r\n" if body else b"GET /slow HTTP/1.1\r\nHost: a\r\n")
            socks.append([s, b""])
        except OSError:
            pass
    end = time.time() + seconds
    while time.time() < end:
        for entry in socks:
            s = entry[0]
            try:
                s.send(b"x")  # one byte of a field that never ends, every second
            except OSError:
                pass
            try:
                entry[1] += s.recv(4096)
            except (BlockingIOError, OSError):
                pass
        time.sleep(1)
    counts = collections.Counter()
    for s, got in socks:
        try:
            s.setblocking(True)
            s.settimeout(0.2)
            got += s.recv(4096)
        except OSError:
            pass
        counts[status_of(got)] += 1
        s.close()
    print("%s: %d connections, answers: %s" % ("slowbody" if body else "slowloris", len(socks), dict(sorted(counts.items()))))


def idle(port, n, seconds):
    raise_fd_limit(n)
    socks = []
    for _ in range(n):
        try:
            socks.append(connect(port))
        except OSError:
            break
    time.sleep(seconds)
    alive = 0
    for s in socks:
        s.setblocking(False)
        try:
            s.recv(1)  # b"": closed by the server; bytes: it said something
        except BlockingIOError:
            alive += 1  # nothing to read and not closed: still open
        except OSError:
            pass
        s.close()
    print("idle: %d connections opened, %d still open after %d s" % (len(socks), alive, seconds))


def upload(port, n, mib, mode):
    raise_fd_limit(n)
    counts = collections.Counter()
    sent_total = [0]
    lock = threading.Lock()
    size = mib * 1024 * 1024
    block = b"x" * 65536

    def one():
        got, sent = b"", 0
        try:
            s = connect(port)
            if mode == "length":
                s.sendall(b"POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: %d\r\n\r\n" % size)
            else:
                s.sendall(b"POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
            s.settimeout(0.5)
            while sent < size:
                try:
                    s.sendall((b"10000\r\n" + block + b"\r\n") if mode == "chunked" else block)
                    sent += len(block)
                except socket.timeout:
                    pass
                except OSError:
                    break
                try:
                    s.setblocking(False)
                    got += s.recv(65536)
                except (BlockingIOError, OSError):
                    pass
                finally:
                    s.settimeout(0.5)
                if got:
                    break  # the server answered: it will not read the rest
            if mode == "chunked" and sent >= size and not got:
                s.sendall(b"0\r\n\r\n")
            s.settimeout(10)
            try:
                while b"\r\n\r\n" not in got:
                    d = s.recv(65536)
                    if not d:
                        break
                    got += d
            except OSError:
                pass
            s.close()
        except OSError:
            pass
        with lock:
            counts[status_of(got)] += 1
            sent_total[0] += sent

    threads = [threading.Thread(target=one) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    print("upload (%s): %d x %d MiB, answers: %s, %d MiB sent in all" % (mode, n, mib, dict(sorted(counts.items())), sent_total[0] >> 20))


if __name__ == "__main__":
    kind, port = sys.argv[1], int(sys.argv[2])
    if kind == "slowloris":
        slowloris(port, int(sys.argv[3]), int(sys.argv[4]))
    elif kind == "slowbody":
        slowloris(port, int(sys.argv[3]), int(sys.argv[4]), body=True)
    elif kind == "idle":
        idle(port, int(sys.argv[3]), int(sys.argv[4]))
    else:
        upload(port, int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
