'use strict';
// Tokenises .svc text with VS Code's own TextMate engine (vscode-textmate, vscode-oniguruma) and
// the grammar the build generated.
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const GRAMMAR = path.join(__dirname, '../syntaxes/svc.tmLanguage.json');

let loaded;
function grammar() {
	if (!loaded) {
		if (!fs.existsSync(GRAMMAR)) throw new Error(GRAMMAR + ' is missing: run "node scripts/generate.js" (the build does) first');
		const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
		const onigLib = oniguruma.loadWASM(wasm).then(() => ({
			createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (s) => new oniguruma.OnigString(s),
		}));
		const registry = new vsctm.Registry({
			onigLib,
			loadGrammar: async (scopeName) => (scopeName === 'source.svc'
				? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
		});
		loaded = registry.loadGrammar('source.svc');
	}
	return loaded;
}

/** Every token of the text: { line, start, end, text, scopes } (line and start from 1, as editors count). */
async function tokenize(text) {
	const g = await grammar();
	const tokens = [];
	let stack = vsctm.INITIAL;
	text.split(/\r?\n/).forEach((line, index) => {
		const result = g.tokenizeLine(line, stack);
		for (const t of result.tokens) {
			tokens.push({ line: index + 1, start: t.startIndex + 1, end: t.endIndex, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
		}
		stack = result.ruleStack;
	});
	return tokens;
}

/** The tokens as a readable dump, one per line: "line:column scope text" (whitespace-only tokens left out). */
function dump(tokens) {
	return tokens.filter((t) => t.text.trim() !== '')
		.map((t) => `${t.line}:${t.start} ${t.scopes.slice(1).join(' ') || '-'} ${JSON.stringify(t.text)}`).join('\n') + '\n';
}

module.exports = { tokenize, dump };
