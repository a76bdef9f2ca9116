// What a pipeline sees on the second build: the café documented again, the hotel's pages as they were,
// the renamed blueprint's old file removed, and the file the pipeline put there left alone.
def docs = new File(basedir, 'target/svc-docs')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Wrote \d+ files for 3 services to / : 'the first build documents every service'
assert log =~ /Wrote \d+ files for 1 service to .* \(2 services unchanged\); removed \d+ files? no longer written\./ : 'the second, the café only'
assert !new File(docs, 'Cafe/blueprint-grab.svg').exists() : 'the renamed blueprint\'s old file is gone'
assert new File(docs, 'Cafe/blueprint-takeaway.svg').isFile()
assert new File(docs, 'notes.txt').isFile() : 'a file the tool did not write stays'
assert new File(docs, 'Stay/index.html').isFile() && new File(docs, 'Meetings/index.html').isFile()
assert new File(docs, 'model.json').getText('UTF-8').contains('"takeaway"')
return true
