// The error is in the log where a developer's eye and an IDE's link find it; Kiosk is documented anyway.
def log = new File(basedir, 'build.log').getText('UTF-8')
def typos = new File(basedir, 'src/main/svc/typos.svc').canonicalPath
assert log.contains("[ERROR] ${typos}:5:13: error: Unknown channel 'billbord'") : 'the error as file:line:column'
assert log.contains("[ERROR] ${typos}: service 'Typos' has errors: no documentation for it.")
assert log.contains('The .svc models have 1 error (listed above as file:line:column): fix them and build again.')
assert log.contains('BUILD FAILURE')
def docs = new File(basedir, 'target/svc-docs')
assert new File(docs, 'Kiosk/index.html').isFile() : 'the service without errors is documented'
assert !new File(docs, 'Typos').exists()
assert new File(docs, 'Kiosk/checklists/launch-readiness.csv').isFile()
assert !new File(docs, 'Kiosk/journey.svg').exists() && !new File(docs, 'README.md').exists() : 'only the formats asked for'
assert new File(docs, 'Kiosk/index.html').getText('UTF-8').contains('<svg') : 'the report inlines its diagrams' 
assert !new File(basedir, 'target/svc-maven-plugin/generate.sha256').exists() : 'a failed run is not remembered'
return true
