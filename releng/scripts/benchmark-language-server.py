#!/usr/bin/env python3
"""The language server's memory as an editor uses it (issue 18): ./svc language-server, one large
file opened (about 5 MB: the examples' cafe service repeated under new names), then completions at a
reference, the resident memory (VmRSS) read from /proc after each batch and after an idle minute.

    releng/scripts/benchmark-language-server.py [megabytes] [completions]

Run by hand (it takes a few minutes); the figures go in the README and the issue note. To compare
JVM settings, put them in SVC_JAVA_OPTS (./svc appends them last, so they win), e.g. the JVM's
defaults on this machine: SVC_JAVA_OPTS="-Xmx6g -XX:G1PeriodicGCInterval=0 -XX:MinHeapFreeRatio=40 -XX:MaxHeapFreeRatio=70".
"""
import os, re, sys, tempfile, time

from lsp_client import ROOT, Server

megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 5
completions = int(sys.argv[2]) if len(sys.argv) > 2 else 2000

cafe = open(os.path.join(ROOT, "examples/cafe/cafe.svc"), encoding="utf-8").read()
parts, size, n = [], 0, 0
while size < megabytes * 1e6:
    copy = re.sub(r"^service Cafe ", "service Cafe%d " % n, cafe, flags=re.M)
    parts.append(copy); size += len(copy.encode("utf-8")); n += 1
text = "\n".join(parts)
folder = tempfile.mkdtemp(prefix="svc-ls-")
path = os.path.join(folder, "big.svc")
open(path, "w", encoding="utf-8").write(text)
uri = "file://" + path
line = next(i for i, l in enumerate(text.split("\n")) if l.strip().startswith("channel ") and "{" not in l and i > 30)
column = len(text.split("\n")[line]) 

print("extra JVM options: %s" % (os.environ.get("SVC_JAVA_OPTS") or "none"))
server = Server()

start = time.time()
server.send({"id": 0, "method": "initialize", "params": {"processId": None, "rootUri": "file://" + folder, "capabilities": {}}})
server.answer(0)
server.send({"method": "initialized", "params": {}})
server.send({"method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "svc", "version": 1, "text": text}}})
print("file: %.1f MB, %d services; resident after start %d MB" % (size / 1e6, n, server.rss()))
batch = max(1, completions // 4)
for i in range(completions):
    server.send({"id": i + 1, "method": "textDocument/completion",
          "params": {"textDocument": {"uri": uri}, "position": {"line": line, "character": column}}})
    server.answer(i + 1)
    if (i + 1) % batch == 0:
        print("after %4d completions: resident %d MB (%.0f s)" % (i + 1, server.rss(), time.time() - start))
time.sleep(70)
print("after an idle minute: resident %d MB" % server.rss())
server.kill()
