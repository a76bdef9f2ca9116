def log = new File(basedir, 'build.log').getText('UTF-8')
def kiosk = new File(basedir, 'src/main/svc/kiosk.svc').canonicalPath
assert log.contains("[WARNING] ${kiosk}:6:15: warning: 接触点“pay”没有负责人：请添加“owner <角色>”（由谁对它负责）。 [svc.touchpoint.no-owner]") : 'the warning in Chinese, with its code'
assert log.contains('[INFO] 已检查 1 个文件：0 个错误，3 个警告。')
assert log.contains('BUILD SUCCESS')
assert log.contains('Bad configuration of svc:generate: 未知的格式“gif”：请用 html、md、checklists、json、svg、png，或用逗号分隔的几种 -> [Help 1]') : 'a bad setting in Chinese, once'
assert log.contains('Bad configuration of svc:generate: eventDate“2026-13-01”不是日期：请写成 YYYY-MM-DD，例如 2026-03-02 -> [Help 1]') : 'a bad date in Chinese'
return true
