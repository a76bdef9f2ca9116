'use strict';
// What the packaged .vsix holds: the contributions VS Code reads, each file they name, the language
// client, and nothing of the build (tests, scripts). The build sets SVC_VSIX after packaging; run
// alone, the test uses target/svc-language.vsix when it is there.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const yauzl = require('yauzl');

const VSIX = process.env.SVC_VSIX || path.join(__dirname, '../target/svc-language.vsix');

function entries(file) {
	return new Promise((resolve, reject) => {
		yauzl.open(file, { lazyEntries: true }, (error, zip) => {
			if (error) return reject(error);
			const files = new Map();
			zip.on('entry', (entry) => {
				zip.openReadStream(entry, (e, stream) => {
					if (e) return reject(e);
					const chunks = [];
					stream.on('data', (c) => chunks.push(c));
					stream.on('end', () => {
						files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
						zip.readEntry();
					});
				});
			});
			zip.on('end', () => resolve(files));
			zip.on('error', reject);
			zip.readEntry();
		});
	});
}

const skip = !process.env.SVC_VSIX && !fs.existsSync(VSIX)
	? 'no ' + VSIX + ': build it with "npm run package" (the Maven build does) to check its content' : false;

test('the .vsix carries the language, its grammar, configuration and snippets, and the client', { skip }, async () => {
	assert.ok(fs.existsSync(VSIX), 'the build made no ' + VSIX);
	const files = await entries(VSIX);
	const manifest = JSON.parse(files.get('extension/package.json'));
	const contributes = manifest.contributes;
	assert.deepStrictEqual(contributes.languages[0].extensions, ['.svc']);
	const read = (relative) => {
		const name = 'extension/' + relative.replace(/^\.\//, '');
		assert.ok(files.has(name), 'the .vsix lacks ' + name);
		return JSON.parse(files.get(name));
	};
	const grammar = read(contributes.grammars[0].path);
	assert.strictEqual(grammar.scopeName, contributes.grammars[0].scopeName);
	assert.match(grammar.repository.keywords.match, /\|service\|/);
	const configuration = read(contributes.languages[0].configuration);
	assert.deepStrictEqual(configuration.comments, { lineComment: '//', blockComment: ['/*', '*/'] });
	assert.ok(configuration.autoClosingPairs.some((p) => p.open === '「' && p.close === '」'));
	const word = new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags);
	assert.strictEqual(word.exec('汽车售后服务 ')[0], '汽车售后服务', 'a Chinese name is one word');
	assert.strictEqual(word.exec('𠮷野家 ')[0], '𠮷野家', 'beyond the first plane too');
	const snippets = read(contributes.snippets[0].path);
	assert.deepStrictEqual(Object.values(snippets).map((s) => s.prefix).sort(), ['service', 'standard', 'step', 'touchpoint']);
	assert.ok(files.has('extension/' + manifest.main.replace(/^\.\//, '')), 'the main script');
	assert.ok([...files.keys()].some((f) => f.startsWith('extension/node_modules/vscode-languageclient/')), 'the language client');
	assert.deepStrictEqual(contributes.commands.map((c) => c.command).sort(), ['svc.generateDocumentation', 'svc.showBlueprint']);
	assert.ok(files.has('extension/l10n/bundle.l10n.zh-cn.json'), 'the Chinese messages');
	assert.strictEqual(JSON.parse(files.get('extension/package.nls.zh-cn.json'))['command.showBlueprint'], '显示服务蓝图');
	assert.ok(contributes.configuration.properties['svc.server.path']);
	const leaked = [...files.keys()].filter((f) => /^extension\/(test|scripts|target)\//.test(f) || f.includes('node_modules/@vscode/vsce'));
	assert.deepStrictEqual(leaked, [], 'build files in the .vsix');
});
