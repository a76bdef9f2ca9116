// Which file is in the way and what to do, not an exception's bare path; the file itself untouched.
def log = new File(basedir, 'build.log').getText('UTF-8')
def docs = new File(basedir, 'docs')
assert log.contains("Cannot write the results: ${docs.absolutePath}: a file of that name is in the way."
		+ ' Move it out of the way, or set outputDirectory (svc.outputDirectory) to another folder.') : 'the file and the remedy'
assert log.contains('BUILD FAILURE')
assert docs.isFile() && docs.getText('UTF-8').startsWith('Notes kept here by hand') : 'the file in the way is left as it was'
assert !new File(basedir, 'target/svc-maven-plugin/generate.sha256').exists() : 'a failed run is not remembered'
return true
