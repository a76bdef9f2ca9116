def log = new File(basedir, 'build.log').getText('UTF-8')
def kiosk = new File(basedir, 'src/main/svc/kiosk.svc').canonicalPath
assert log.contains("[WARNING] ${kiosk}:6:15: warning: Touchpoint 'pay' has no owner: add 'owner <role>'") : 'the warning as file:line:column'
assert log.contains('[INFO] 1 file checked: 0 errors, 3 warnings.')
assert log.contains('BUILD SUCCESS')
return true
