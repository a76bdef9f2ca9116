'use strict';
// Which `svc` command runs the language server and the documentation: the setting svc.server.path
// (a file, or a folder holding `svc`; relative to the workspace folder; ~ for the home folder), or
// the `svc` on PATH. Pure functions over an injected file system, so they are tested without VS Code.
const nodePath = require('path');

/**
 * The svc command to run: { command } or { error } with a message that says what to do.
 * @param {string} setting svc.server.path ('' when not set)
 * @param {{ env: object, platform: string, home: string, workspace: string|undefined,
 *           isFile: (p: string) => boolean, isDirectory: (p: string) => boolean,
 *           t?: (message: string, ...args: any[]) => string }} where t: the messages' translation (vscode.l10n.t)
 */
function resolveSvc(setting, where) {
	const t = where.t || format;
	const path = where.platform === 'win32' ? nodePath.win32 : nodePath.posix;
	const names = where.platform === 'win32' ? ['svc.cmd', 'svc.bat', 'svc.exe', 'svc'] : ['svc'];
	const configured = (setting || '').trim();
	if (configured) {
		let candidate = configured.startsWith('~') ? path.join(where.home, configured.slice(1)) : configured;
		if (!path.isAbsolute(candidate)) {
			if (!where.workspace) {
				return { error: t('SVC: "svc.server.path" is the relative path "{0}" but no folder is open: '
						+ 'set it to an absolute path to the svc command of SVC Workbench.', configured) };
			}
			candidate = path.join(where.workspace, candidate);
		}
		if (where.isDirectory(candidate)) {
			const inside = names.map((n) => path.join(candidate, n)).find((p) => where.isFile(p));
			if (inside) return { command: inside };
			return { error: t('SVC: "svc.server.path" is the folder {0}, which holds no svc command: '
					+ 'point it at the svc script in your SVC Workbench checkout (the folder with README.md and ./build).', candidate) };
		}
		if (where.isFile(candidate)) return { command: candidate };
		return { error: t('SVC: "svc.server.path" is {0}, and there is no such file: '
				+ 'point it at the svc script of SVC Workbench, or leave it empty to use the svc on PATH.', candidate) };
	}
	const pathVariable = where.env.PATH || where.env.Path || '';
	for (const dir of pathVariable.split(where.platform === 'win32' ? ';' : ':').filter(Boolean)) {
		const found = names.map((n) => path.join(dir, n)).find((p) => where.isFile(p));
		if (found) return { command: found };
	}
	return { error: t('SVC: no svc command on PATH, so the language server cannot start. Set "svc.server.path" '
			+ 'to the svc script of SVC Workbench (e.g. ~/svc-workbench/svc), or add its folder to PATH.') };
}

/** A message with its {0}, {1}, ... filled in: the English of vscode.l10n.t, for callers without VS Code. */
function format(message, ...args) {
	return message.replace(/\{(\d+)\}/g, (whole, index) => (index < args.length ? String(args[index]) : whole));
}

/** The command line that documents a folder (svc generate), as the README gives it. */
function generateArguments(folder, output, language) {
	return ['generate', folder, '-o', output, '--lang', language === 'zh' ? 'zh' : 'en'];
}

/** The command line that draws a folder's blueprints as SVG into a scratch folder. */
function blueprintArguments(folder, output, language) {
	return ['generate', folder, '-o', output, '--format', 'svg', '--diagram', 'blueprint', '--lang', language === 'zh' ? 'zh' : 'en', '-q'];
}

module.exports = { resolveSvc, generateArguments, blueprintArguments, format };
