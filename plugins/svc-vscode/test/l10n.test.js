'use strict';
// The extension speaks the language VS Code is displayed in: its own messages (vscode.l10n.t, the
// bundles in l10n/) and its contributions (package.nls*.json). Every message has its Chinese, with
// the same {n}, and no translation is left over; a Chinese setup error reads in Chinese.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { resolveSvc, format } = require('../src/server');

const HOME = path.join(__dirname, '..');
const zh = JSON.parse(fs.readFileSync(path.join(HOME, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));

/** The messages the sources pass to t(…) or vscode.l10n.t(…): a string literal, or literals joined by +. */
function messages() {
	const found = new Set();
	for (const file of fs.readdirSync(path.join(HOME, 'src'))) {
		const source = fs.readFileSync(path.join(HOME, 'src', file), 'utf8');
		for (const call of source.matchAll(/(?<![\w.])(?:vscode\.l10n\.)?t\(\s*'/g)) {
			let at = call.index + call[0].length - 1;
			let message = '';
			for (;;) {
				const end = source.indexOf("'", at + 1);
				message += source.slice(at + 1, end);
				const rest = /^\s*\+\s*'/.exec(source.slice(end + 1));
				if (!rest) break;
				at = end + rest[0].length;
			}
			found.add(message);
		}
	}
	return found;
}

const placeholders = (message) => [...message.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

test('every message of the extension has its Chinese, with the same placeholders', () => {
	const used = messages();
	assert.ok(used.size >= 15, 'the messages found: ' + [...used].join(' | '));
	for (const message of used) {
		assert.ok(zh[message], 'no Chinese for: ' + message);
		assert.deepStrictEqual(placeholders(zh[message]), placeholders(message), message);
	}
	assert.deepStrictEqual(Object.keys(zh).filter((message) => !used.has(message)), [], 'translations of messages no longer used');
});

test('the contributions (commands, settings) have their Chinese', () => {
	const manifest = fs.readFileSync(path.join(HOME, 'package.json'), 'utf8');
	const keys = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]).sort();
	const en = JSON.parse(fs.readFileSync(path.join(HOME, 'package.nls.json'), 'utf8'));
	const chinese = JSON.parse(fs.readFileSync(path.join(HOME, 'package.nls.zh-cn.json'), 'utf8'));
	assert.deepStrictEqual(Object.keys(en).sort(), keys);
	assert.deepStrictEqual(Object.keys(chinese).sort(), keys);
	assert.strictEqual(chinese['command.generateDocumentation'], '生成文档');
});

test('a setup error reads in Chinese in a Chinese VS Code', () => {
	const t = (message, ...args) => format(zh[message] ?? message, ...args);
	const missing = resolveSvc('/nowhere/svc', { env: {}, platform: 'linux', home: '/home/a', workspace: '/w', isFile: () => false,
		isDirectory: () => false, t });
	assert.strictEqual(missing.error, 'SVC：“svc.server.path”是 /nowhere/svc，但没有这个文件：请指向 SVC Workbench 的 svc 脚本，或留空以使用 PATH 上的 svc。');
	const english = resolveSvc('/nowhere/svc', { env: {}, platform: 'linux', home: '/home/a', workspace: '/w', isFile: () => false,
		isDirectory: () => false });
	assert.match(english.error, /^SVC: "svc\.server\.path" is \/nowhere\/svc, and there is no such file/);
});
