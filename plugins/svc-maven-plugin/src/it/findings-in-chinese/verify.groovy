def log = new File(basedir, 'build.log').getText('UTF-8')
def kiosk = new File(basedir, 'src/main/svc/kiosk.svc').canonicalPath
assert log.contains("[WARNING] ${kiosk}:6:15: warning: 接触点“pay”没有负责人：请添加“owner <角色>”（由谁对它负责）。 [svc.touchpoint.no-owner]") : 'the warning in Chinese, with its code'
assert log.contains('[INFO] 已检查 1 个文件：0 个错误，3 个警告。')
assert log.contains('BUILD SUCCESS')
return true
