def log = new File(basedir, 'build.log').getText('UTF-8')
def kiosk = new File(basedir, 'src/main/svc/kiosk.svc').canonicalPath
assert log.contains("[WARNING] ${kiosk}:4:2: warning: The journey has no stage for before and after purchase")
assert log.contains('The .svc models have 3 warnings (listed above as file:line:column) and failOnWarning is set: fix them, or set failOnWarning to false.')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/svc-maven-plugin/validate.sha256').exists() : 'a failed run is not remembered'
return true
