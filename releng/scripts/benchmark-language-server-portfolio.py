#!/usr/bin/env python3
"""What an editor user waits for from ./svc language-server in a workspace holding a synthetic
portfolio (SyntheticPortfolio, folders of 20 services), as an editor meets it: the server answers
initialize; a file of the folder the server reads last is opened with a mistake at once; completion is
asked for in it while the server reads the workspace; the mistake is taken back while it reads; every
file is checked; the mistake is typed again, then taken back and typed in turn 20 times. Prints each wait, from the start and from its own request, the resident memory (VmRSS) and the CPU the server has used.

    releng/scripts/benchmark-language-server-portfolio.py [services]

Run by hand (10,000 services take minutes); the figures go in the issue note. Needs the
distribution (./svc --version builds it) and the benchmarks jar (./mvnw -pl
plugins/org.svcworkbench.svc.benchmarks -am install -DskipTests).
"""
import os, shutil, subprocess, sys, tempfile, time

from lsp_client import ROOT, Server

services = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
MISTAKE = "\nservice Unfinished {\n"

java = os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "java") if os.environ.get("JAVA_HOME") else "java"
work = tempfile.mkdtemp(prefix="svc-ls-portfolio-")
portfolio = os.path.join(work, "portfolio")
subprocess.run([java, "-cp", os.path.join(ROOT, "plugins/org.svcworkbench.svc.benchmarks/target/svc-benchmarks.jar"),
                "org.svcworkbench.svc.benchmarks.SyntheticPortfolio", portfolio, str(services)], check=True,
               stdout=subprocess.DEVNULL)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(portfolio) for f in fs if f.endswith(".svc"))
opened = files[-1]
text = open(opened, encoding="utf-8").read()
uri = "file://" + opened

server = Server()


def errors():
    return [d for d in server.diagnostics.get(uri, []) if d.get("severity") == 1]


def report(what, since=None):
    now = time.time()
    own = "" if since is None else "%8.1f s" % (now - since)
    print("%-44s %8.1f s %10s   resident %5d MB, CPU %6.1f s" % (what, now - start, own, server.rss(), server.cpu()), flush=True)


print("%d services in %d .svc files" % (services, len(files)))
print("%-44s %10s %10s" % ("", "from start", "its own"))
start = time.time()
server.send({"id": 0, "method": "initialize",
      "params": {"processId": None, "rootUri": "file://" + portfolio,
                 "capabilities": {"window": {"workDoneProgress": True}}}})  # as VS Code and Neovim declare
server.answer(0)
report("initialize answered (editor features wait)")
server.send({"method": "initialized", "params": {}})

opening = time.time()
server.send({"method": "textDocument/didOpen",
      "params": {"textDocument": {"uri": uri, "languageId": "svc", "version": 1, "text": text + MISTAKE}}})
server.wait_for(lambda: errors(), "the mistake's report")
report("last folder's file opened, mistake reported", opening)
unlinked = [d["message"] for d in errors() if d["message"].startswith("Unknown")]
if unlinked:
    raise SystemExit("the opened file was checked without its folder: %s" % unlinked[:3])

asking = time.time()
server.send({"id": 1, "method": "textDocument/completion",
      "params": {"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}})
completion = server.answer(1)
if "error" in completion:
    raise SystemExit("completion failed: %s" % completion["error"])
report("completion answered", asking)

# A keystroke while the workspace is read (its steps are up to 80 files by then): it cancels the
# step on its way, and its findings wait for its own folder only.
server.wait_for(lambda: len(server.diagnostics) >= len(files) // 3, "a third of the workspace's diagnostics")
typing = time.time()
server.send({"method": "textDocument/didChange",
      "params": {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text}]}})
server.wait_for(lambda: not errors(), "the mistake's report to go")
report("keystroke during the reading, its report" if len(server.diagnostics) < len(files)
       else "keystroke (the reading had ended), its report", typing)

# The workspace's check ends with every file's diagnostics published (an empty list for a clean file).
server.wait_for(lambda: len(server.diagnostics) >= len(files), "the workspace's diagnostics")
report("every file checked")
server.wait_for(lambda: server.progress and server.progress[-1].get("kind") == "end", "the progress bar's end")
print("  progress bar: %s, %d reports, then %s" % (server.progress[0].get("title"), len(server.progress) - 2,
                                                    server.progress[-2].get("message")))

typing = time.time()
server.send({"method": "textDocument/didChange",
      "params": {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text + MISTAKE}]}})
server.wait_for(lambda: errors(), "the mistake's report")
report("keystroke once read, its report", typing)

# Twenty keystrokes more, the mistake taken back and typed again in turn, each until its report changed.
waits = []
for version in range(4, 24):
    wrong = version % 2 == 1
    typing = time.time()
    server.send({"method": "textDocument/didChange",
          "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text + (MISTAKE if wrong else "")}]}})
    server.wait_for((lambda: errors()) if wrong else (lambda: not errors()), "a keystroke's report")
    waits.append(time.time() - typing)
waits.sort()
print("%-44s %8s   %.2f s median, %.2f s slowest" % ("20 keystrokes more, each until its report", "", waits[len(waits) // 2], waits[-1]))

server.kill()
shutil.rmtree(work, ignore_errors=True)
