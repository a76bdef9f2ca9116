"""A minimal client of ./svc language-server for the benchmark scripts: JSON-RPC over the server's
standard input and output, answers by request id, the latest diagnostics per document, the
progress the server reports, and the server's resident memory."""
import json, os, subprocess, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


class Server:
    def __init__(self):
        self.process = subprocess.Popen([os.path.join(ROOT, "svc"), "language-server"], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        env=dict(os.environ, SVC_NO_BUILD="1"))
        self.answers, self.diagnostics, self.progress = {}, {}, []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.process.stdout
        while True:
            length = None
            while True:
                header = out.readline()
                if not header:
                    return
                header = header.strip()
                if not header:
                    break
                if header.lower().startswith(b"content-length:"):
                    length = int(header.split(b":")[1])
            message = json.loads(out.read(length))
            if "id" in message and "method" in message:
                # A request of the server's (a progress bar to make): answered as an editor does.
                self.send({"id": message["id"], "result": None})
            with self.cond:
                if message.get("method") == "$/progress":
                    self.progress.append(message["params"]["value"])
                if "id" in message and "method" not in message:
                    self.answers[message["id"]] = message
                elif message.get("method") == "textDocument/publishDiagnostics":
                    self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
                self.cond.notify_all()

    def send(self, message):
        body = json.dumps(dict(message, jsonrpc="2.0")).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def wait_for(self, condition, what, limit=3600):
        """Waits until condition() holds (checked whenever a message arrives); exits the script on timeout."""
        deadline = time.time() + limit
        with self.cond:
            while not condition():
                if time.time() > deadline or self.process.poll() is not None:
                    raise SystemExit("gave up waiting for %s" % what)
                self.cond.wait(1)

    def answer(self, ident):
        self.wait_for(lambda: ident in self.answers, "the answer to request %s" % ident)
        with self.cond:
            return self.answers.pop(ident)

    def rss(self):
        for line in open("/proc/%d/status" % self.process.pid):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024

    def cpu(self):
        """Seconds of CPU the server has used (its threads, the JIT's and the collector's), which
        this machine's noise moves far less than the time on the clock."""
        fields = open("/proc/%d/stat" % self.process.pid).read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def kill(self):
        """Ends the session as an editor does (shutdown, exit), so the JVM exits normally (a flight
        recording asked for in SVC_JAVA_OPTS is written); killed if it has not ended after 30 s."""
        try:
            self.send({"id": "shutdown", "method": "shutdown"})
            self.answer("shutdown")
            self.send({"method": "exit"})
            self.process.wait(30)
        except (OSError, SystemExit, subprocess.TimeoutExpired):
            self.process.kill()
