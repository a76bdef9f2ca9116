// What a pipeline sees over four builds (the checks run after the last): the second documents the
// café again, the hotel's pages as they were, and removes the renamed blueprint's old file; the third
// stops at a file in the way of a new service's pages; the fourth continues it. The file the
// pipeline put into the documentation folder is left alone throughout.
def docs = new File(basedir, 'target/svc-docs')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Wrote \d+ files for 3 services to [^\n]*svc-docs\.\n/ : 'the first build documents every service'
assert log =~ /Wrote \d+ files for 1 service to .* \(2 services unchanged\); removed 1 file no longer written\./ :
		'the second, the café only, and its blueprint "grab" (renamed "takeaway") goes'
assert log.contains('Spa is a file, not a folder') : 'the third build names what stopped it'
assert log =~ /Wrote \d+ files for 3 services to .* \(1 service kept from the run that was stopped\); removed 1 file no longer written\./ :
		'the fourth takes the café as the stopped build left it, documents the hotel it had begun, and removes "takeaway" again'
assert new File(docs, 'Cafe/blueprint-grab.svg').isFile() && !new File(docs, 'Cafe/blueprint-takeaway.svg').exists()
assert new File(docs, 'Spa/index.html').isFile() && new File(docs, 'Stay/index.html').isFile() && new File(docs, 'Meetings/index.html').isFile()
assert !new File(docs, '.svc-journal.jsonl').exists() : 'the journal goes once the manifest is written'
assert new File(docs, 'notes.txt').isFile() : 'a file the tool did not write stays'
def json = new File(docs, 'model.json').getText('UTF-8')
assert json.contains('"grab"') && !json.contains('"takeaway"') && json.contains('"Spa"')
return true
