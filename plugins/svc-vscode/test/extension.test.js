'use strict';
// The extension's VS Code side, run against a stand-in for the `vscode` module (VS Code itself
// cannot be downloaded here): it starts the client with the configured svc, says what to do when
// svc is missing, and "Show blueprint" draws the blueprint under the cursor with the real ./svc.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

const ROOT = path.join(__dirname, '../../..');
const SVC = path.join(ROOT, 'svc');
const BUILT = fs.existsSync(path.join(ROOT, 'plugins/org.svcworkbench.svc.cli/target/svc-cli.jar'));

function fakeVscode(settings, editor) {
	const calls = { errors: [], info: [], commands: new Map(), clients: [], panels: [], onSave: [] };
	const vscode = {
		calls,
		workspace: {
			workspaceFolders: [{ uri: { fsPath: path.join(ROOT, 'examples') }, name: 'examples' }],
			getConfiguration: () => ({ get: (key, fallback) => settings[key] ?? fallback }),
			createFileSystemWatcher: () => ({ dispose() {} }),
			onDidSaveTextDocument: (listener) => { calls.onSave.push(listener); return { dispose() {} }; },
			onDidChangeConfiguration: () => ({ dispose() {} }),
			saveAll: async () => true,
		},
		window: {
			activeTextEditor: editor,
			createOutputChannel: () => ({ append() {}, appendLine() {}, show() {}, dispose() {} }),
			showErrorMessage: async (message, ...items) => { calls.errors.push({ message, items }); },
			showInformationMessage: async (message) => { calls.info.push(message); },
			showWarningMessage: async (message) => { calls.info.push(message); },
			createWebviewPanel: (type, title) => {
				const panel = { title, webview: { html: '' }, onDidDispose() {} };
				calls.panels.push(panel);
				return panel;
			},
		},
		commands: {
			registerCommand: (name, run) => { calls.commands.set(name, run); return { dispose() {} }; },
			executeCommand: async () => {},
		},
		ViewColumn: { Beside: -2 },
		ProgressLocation: { Notification: 15 },
		Uri: { file: (p) => ({ fsPath: p }) },
		env: { openExternal: async () => true },
		l10n: { t: require('../src/server').format }, // VS Code's English: the message with its {n} filled in
	};
	const languageClient = {
		TransportKind: { stdio: 0 },
		LanguageClient: class {
			constructor(id, name, server, client) {
				calls.clients.push({ id, server, client });
			}
			async start() {}
			async stop() {}
		},
	};
	return { vscode, languageClient };
}

async function activateWith(settings, editor) {
	const fakes = fakeVscode(settings, editor);
	const load = Module._load;
	Module._load = function (request, ...rest) {
		if (request === 'vscode') return fakes.vscode;
		if (request === 'vscode-languageclient/node') return fakes.languageClient;
		return load.call(this, request, ...rest);
	};
	try {
		delete require.cache[require.resolve('../src/extension')];
		const extension = require('../src/extension');
		await extension.activate({ subscriptions: [] });
		return { extension, calls: fakes.vscode.calls };
	} finally {
		Module._load = load;
	}
}

test('the client runs the configured svc with language-server, for .svc files', async () => {
	const { calls } = await activateWith({ 'server.path': SVC });
	assert.deepStrictEqual(calls.errors, []);
	assert.strictEqual(calls.clients.length, 1);
	assert.deepStrictEqual(calls.clients[0].server.run.command, SVC);
	assert.deepStrictEqual(calls.clients[0].server.run.args, ['language-server']);
	assert.deepStrictEqual(calls.clients[0].client.documentSelector, [{ scheme: 'file', language: 'svc' }]);
	assert.deepStrictEqual([...calls.commands.keys()].sort(), ['svc.generateDocumentation', 'svc.showBlueprint']);
});

test('a missing svc: no client, a message that says what to set, and a button to the setting', async () => {
	const { calls } = await activateWith({ 'server.path': '/nowhere/svc' });
	assert.strictEqual(calls.clients.length, 0);
	assert.match(calls.errors[0].message, /"svc\.server\.path" is \/nowhere\/svc, and there is no such file/);
	assert.deepStrictEqual(calls.errors[0].items, ['Open Settings']);
});

test('Show blueprint draws the blueprint under the cursor with ./svc, and again when a file of its folder is saved', { skip: BUILT ? false : 'the svc distribution is not built (plugins/org.svcworkbench.svc.cli/target/svc-cli.jar)' }, async () => {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'svc-vscode-'));
	try {
		const file = path.join(folder, 'cafe.svc');
		fs.copyFileSync(path.join(ROOT, 'examples/cafe/cafe.svc'), file);
		const text = fs.readFileSync(file, 'utf8');
		const offset = text.indexOf('step appOrder');
		const editor = {
			document: { languageId: 'svc', uri: { fsPath: file }, isDirty: false, getText: () => text, offsetAt: () => offset },
			selection: { active: {} },
		};
		process.env.SVC_NO_BUILD = '1';
		const { calls } = await activateWith({ 'server.path': SVC }, editor);
		await calls.commands.get('svc.showBlueprint')();
		const panel = calls.panels[0];
		assert.strictEqual(panel.title, 'Blueprint grab (Cafe)');
		const image = /src="data:image\/svg\+xml;base64,([^"]+)"/.exec(panel.webview.html);
		assert.ok(image, 'an SVG image in the panel: ' + panel.webview.html.slice(0, 300));
		const svg = Buffer.from(image[1], 'base64').toString('utf8');
		assert.match(svg, /<svg[^>]*id="blueprint-grab"/);
		assert.match(svg, /Order ahead in the app/);
		assert.match(panel.webview.html, /Content-Security-Policy/);
		fs.writeFileSync(file, text.replaceAll('Order ahead in the app', 'Order in the app'));
		calls.onSave.forEach((listener) => listener({ languageId: 'svc', uri: { fsPath: file } }));
		const redrawn = async () => {
			for (let i = 0; i < 200; i++) {
				const now = /base64,([^"]+)"/.exec(panel.webview.html);
				if (now && Buffer.from(now[1], 'base64').toString('utf8').includes('Order in the app')) return true;
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			return false;
		};
		assert.ok(await redrawn(), 'the saved label is drawn within 20 s: ' + panel.webview.html.slice(0, 400));
	} finally {
		fs.rmSync(folder, { recursive: true, force: true });
	}
});
