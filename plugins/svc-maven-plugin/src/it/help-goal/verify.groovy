def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('This plugin has 3 goals:') : 'generate, validate and help'
assert log.contains('svc:generate') && log.contains('svc:validate') : 'both goals listed'
assert log.contains('Writes the documentation of the .svc models') : "the goal's description from its Javadoc"
assert log.contains('formats (Default: html,md,checklists,json,svg)') : 'a parameter with its default'
assert log.contains('User property: svc.language') : 'the property that sets it on the command line'
assert log.contains('BUILD SUCCESS')
return true
