// What a user of the examples' build sees: the documentation, then "nothing to do", then Chinese.
def docs = new File(basedir, 'target/svc-docs')
for (path in ['index.html', 'README.md', 'model.json', 'svc-model.schema.json', 'Cafe/index.html', 'Cafe/README.md',
              'Cafe/journey.svg', 'Cafe/checklists/launch-readiness.csv', '汽车售后服务/index.html']) {
    assert new File(docs, path).isFile() : "missing ${path}"
}
def pictures = []
docs.eachFileRecurse { if (it.name.endsWith('.png')) pictures << it }
assert pictures.isEmpty() : "PNG only when asked for: ${pictures}"
def checklists = []
docs.eachFileRecurse { if (it.name.endsWith('.csv')) checklists << it }
assert checklists.size() == 20 : "five checklists for each of the four services, found ${checklists.size()}"

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(' files checked: 0 errors, 0 warnings.')
assert log =~ /Wrote \d+ files for 4 services to /
assert log.contains('[INFO] Nothing to do: 6 .svc files unchanged since the last successful run.')
assert log =~ /\[INFO\] 已为 4 个服务写入 \d+ 个文件，输出到 / : 'the Chinese run tells it in Chinese'
// The third run is in Chinese: its settings changed, so it wrote the documentation again.
def index = new File(docs, 'index.html').getText('UTF-8')
assert index.contains('<html lang="zh-CN">') : 'the last run wrote Chinese'
assert index.contains('共 4 个服务，分属 3 个文件夹：<span><a href="#folder-cafe">cafe</a>（1）</span>') && index.contains('<h3>hotel</h3>') : 'listed folder by folder'
assert new File(docs, 'Cafe/index.html').getText('UTF-8').contains('以 2026-03-02 发生的事件计算到期日。')

// The plugin's jar holds this build's classes of the bundles it runs: once, a build without clean
// shaded an older plugin jar again, and its stale copies of the runtime's classes won.
def plugin = new java.util.zip.ZipFile(new File(localRepositoryPath, "org/svcworkbench/svc-maven-plugin/${pluginVersion}/svc-maven-plugin-${pluginVersion}.jar"))
[runtimeJar, generatorJar, diagramJar].each { path ->
	def bundle = new java.util.zip.ZipFile(path)
	def classes = bundle.entries().toList().findAll { it.name.endsWith('.class') }
	assert !classes.isEmpty() : "no classes in ${path}"
	def stale = classes.findAll { entry ->
		def shaded = plugin.getEntry(entry.name)
		shaded == null || !Arrays.equals(plugin.getInputStream(shaded).bytes, bundle.getInputStream(entry).bytes)
	}
	assert stale.isEmpty() : "the plugin's jar holds other classes than ${path}: ${stale.take(3)*.name} (${stale.size()} of ${classes.size()})"
	bundle.close()
}
plugin.close()
return true
