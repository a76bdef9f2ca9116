'use strict';
// The VS Code side: the language client for `svc language-server`, and two commands that run the
// svc command line (documentation for the workspace folder; the blueprint under the cursor).
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { resolveSvc, generateArguments, blueprintArguments } = require('./server');
const { blueprintAt, safeName } = require('./outline');

let client;
let output;
const blueprints = new Map(); // document path -> its open blueprint panel

function svcCommand() {
	const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
	return resolveSvc(vscode.workspace.getConfiguration('svc').get('server.path', ''), {
		env: process.env, platform: process.platform, home: os.homedir(), workspace: folder,
		isFile: (p) => fs.statSync(p, { throwIfNoEntry: false })?.isFile() ?? false,
		isDirectory: (p) => fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false,
		t: vscode.l10n.t,
	});
}

async function startClient() {
	const svc = svcCommand();
	if (svc.error) {
		const choice = await vscode.window.showErrorMessage(svc.error, vscode.l10n.t('Open Settings'));
		if (choice) vscode.commands.executeCommand('workbench.action.openSettings', 'svc.server.path');
		return;
	}
	const server = { command: svc.command, args: ['language-server'], transport: TransportKind.stdio };
	client = new LanguageClient('svc', 'SVC language server', { run: server, debug: server }, {
		documentSelector: [{ scheme: 'file', language: 'svc' }],
		synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.svc') },
		outputChannel: output,
	});
	try {
		await client.start();
	} catch (e) {
		vscode.window.showErrorMessage(vscode.l10n.t('SVC: the language server ({0} language-server) did not start: {1}. '
				+ 'See the "SVC" output for what it printed.', svc.command, e.message));
	}
}

/** Runs svc with the arguments; resolves with { code, stdout, stderr }. */
function runSvc(args, cwd) {
	const svc = svcCommand();
	if (svc.error) return Promise.reject(new Error(svc.error));
	return new Promise((resolve, reject) => {
		childProcess.execFile(svc.command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (error && typeof error.code !== 'number') reject(error);
			else resolve({ code: error ? error.code : 0, stdout, stderr });
		});
	});
}

async function generateDocumentation() {
	const folders = vscode.workspace.workspaceFolders || [];
	const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Document which folder?') }) : folders[0];
	if (!folder) {
		vscode.window.showWarningMessage(vscode.l10n.t('SVC: open a folder with .svc files to document it.'));
		return;
	}
	const config = vscode.workspace.getConfiguration('svc', folder.uri);
	const target = path.resolve(folder.uri.fsPath, config.get('documentation.output', 'svc-docs'));
	await vscode.workspace.saveAll(false);
	const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('SVC: documenting {0}', folder.name) },
		() => runSvc(generateArguments(folder.uri.fsPath, target, config.get('documentation.language', 'en')), folder.uri.fsPath))
		.catch((e) => ({ code: -1, stdout: '', stderr: e.message }));
	output.appendLine(`$ svc ${generateArguments(folder.uri.fsPath, target, config.get('documentation.language', 'en')).join(' ')}`);
	output.append(result.stdout + result.stderr);
	const index = path.join(target, 'index.html');
	if (result.code === 0 || (result.code === 1 && fs.existsSync(index))) {
		const summary = (result.stdout + result.stderr).trim().split('\n').pop();
		const open = vscode.l10n.t('Open index');
		const show = vscode.l10n.t('Show output');
		const choice = await (result.code === 0 ? vscode.window.showInformationMessage : vscode.window.showWarningMessage)(
			'SVC: ' + summary, open, show);
		if (choice === open) vscode.env.openExternal(vscode.Uri.file(index));
		if (choice === show) output.show();
	} else {
		output.show();
		vscode.window.showErrorMessage(vscode.l10n.t('SVC: documentation failed (exit {0}); the "SVC" output says why.', result.code));
	}
}

async function showBlueprint() {
	const editor = vscode.window.activeTextEditor;
	if (!editor || editor.document.languageId !== 'svc') return;
	const document = editor.document;
	const at = blueprintAt(document.getText(), document.offsetAt(editor.selection.active));
	if (!at || !at.blueprint) {
		vscode.window.showInformationMessage(at ? vscode.l10n.t('SVC: service {0} has no blueprint.', at.service)
			: vscode.l10n.t('SVC: put the cursor in a service that has a blueprint.'));
		return;
	}
	if (document.isDirty) await document.save();
	let panel = blueprints.get(document.uri.fsPath);
	if (!panel) {
		panel = vscode.window.createWebviewPanel('svc.blueprint', vscode.l10n.t('Blueprint'), vscode.ViewColumn.Beside, { enableScripts: false });
		blueprints.set(document.uri.fsPath, panel);
		panel.onDidDispose(() => blueprints.delete(document.uri.fsPath));
	}
	panel.svcTarget = at;
	await drawBlueprint(document.uri.fsPath, panel);
}

async function drawBlueprint(file, panel) {
	const { service, blueprint } = panel.svcTarget;
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'svc-blueprint-'));
	try {
		const language = vscode.workspace.getConfiguration('svc').get('documentation.language', 'en');
		const result = await runSvc(blueprintArguments(path.dirname(file), scratch, language), path.dirname(file));
		const svg = path.join(scratch, safeName(service), 'blueprint-' + safeName(blueprint) + '.svg');
		panel.title = vscode.l10n.t('Blueprint {0} ({1})', blueprint, service);
		if (fs.existsSync(svg)) {
			const data = fs.readFileSync(svg).toString('base64');
			panel.webview.html = page(`<img alt="${escapeHtml(panel.title)}" src="data:image/svg+xml;base64,${data}">`);
		} else {
			panel.webview.html = page(`<p>${escapeHtml(vscode.l10n.t('No blueprint drawn: the model has errors (see Problems).'))}</p>`
				+ `<pre>${escapeHtml(result.stderr)}</pre>`);
		}
	} catch (e) {
		panel.webview.html = page(`<p>${escapeHtml(e.message)}</p>`);
	} finally {
		fs.rmSync(scratch, { recursive: true, force: true });
	}
}

function page(body) {
	// the SVG is an image (scripts never run in it) and the page allows nothing else
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" `
		+ `content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"><style>body{background:#fff;margin:0}`
		+ `img{display:block;max-width:none}pre{white-space:pre-wrap;color:#900;padding:1em}</style></head><body>${body}</body></html>`;
}

function escapeHtml(text) {
	return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

async function activate(context) {
	output = vscode.window.createOutputChannel('SVC');
	context.subscriptions.push(output,
		vscode.commands.registerCommand('svc.generateDocumentation', generateDocumentation),
		vscode.commands.registerCommand('svc.showBlueprint', showBlueprint),
		vscode.workspace.onDidSaveTextDocument((saved) => {
			if (saved.languageId !== 'svc') return;
			for (const [file, panel] of blueprints) {
				if (path.dirname(file) === path.dirname(saved.uri.fsPath)) drawBlueprint(file, panel);
			}
		}),
		vscode.workspace.onDidChangeConfiguration(async (change) => {
			if (change.affectsConfiguration('svc.server.path')) {
				if (client) await client.stop();
				client = undefined;
				await startClient();
			}
		}));
	await startClient();
}

function deactivate() {
	return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
