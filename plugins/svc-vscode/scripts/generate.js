'use strict';
// Writes the TextMate grammar (syntaxes/svc.tmLanguage.json) and the language configuration
// (language-configuration.json) from the Xtext grammar, and the snippets from the language's
// templates (SvcTemplates.java). The build runs it; none of these files is kept in Git, so none can
// drift from the language. Usage: node scripts/generate.js [Svc.xtext] [folder] [SvcTemplates.java]
const fs = require('fs');
const path = require('path');
const { readGrammar } = require('./xtext-grammar');

const DEFAULT_XTEXT = path.join(__dirname, '../../org.svcworkbench.svc/src/org/svcworkbench/svc/Svc.xtext');
const TEMPLATES = path.join(__dirname, '../../org.svcworkbench.svc.ide/src/org/svcworkbench/svc/ide/contentassist/SvcTemplates.java');

/**
 * An Oniguruma character class of the letters a name may hold: the grammar's LETTER (ASCII) and,
 * as the lexers read them (parser/UnicodeNames), every Unicode letter and letter number.
 */
function letterClass(ranges) {
	const hex = (c) => '\\x{' + c.toString(16).toUpperCase().padStart(4, '0') + '}';
	return '[' + ranges.map(([from, to]) => (from === to ? hex(from) : hex(from) + '-' + hex(to))).join('') + '\\p{L}\\p{Nl}]';
}

function alternatives(words) {
	// longest first, so that "working-days" wins over "working" and "minutes" over "min"
	return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b))
		.map((w) => w.replace(/[-]/g, '\\-')).join('|');
}

function tmLanguage(grammar) {
	const L = letterClass(grammar.letters);
	const notAfterWord = `(?<!${L}|[0-9])(?<![A-Za-z]-)`;
	const notBeforeWord = `(?!${L}|[0-9]|-[A-Za-z])`;
	const name = `\\^?${L}(?:${L}|[0-9]|\\p{Nd}|\\p{M})*`;
	const number = '[0-9]+(?:\\.[0-9]+)?';
	const quoted = (scope, open, close) => ({
		name: scope, begin: open, end: close,
		beginCaptures: { 0: { name: 'punctuation.definition.string.begin.svc' } },
		endCaptures: { 0: { name: 'punctuation.definition.string.end.svc' } },
		patterns: [{ name: 'constant.character.escape.svc', match: '\\\\.' }],
	});
	return {
		$schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
		name: 'SVC',
		scopeName: 'source.svc',
		comment: 'Generated from Svc.xtext by plugins/svc-vscode/scripts/generate.js; do not edit.',
		fileTypes: ['svc'],
		patterns: [
			{ include: '#comments' }, { include: '#strings' }, { include: '#declarations' },
			{ include: '#quantities' }, { include: '#numbers' }, { include: '#escaped-names' },
			{ include: '#keywords' }, { include: '#names' },
		],
		repository: {
			comments: {
				patterns: [
					{ name: 'comment.block.svc', begin: '/\\*', end: '\\*/',
						captures: { 0: { name: 'punctuation.definition.comment.svc' } } },
					{ name: 'comment.line.double-slash.svc', begin: '//', end: '$',
						beginCaptures: { 0: { name: 'punctuation.definition.comment.svc' } } },
				],
			},
			strings: {
				patterns: [
					quoted('string.quoted.double.svc', '"', '"'),
					quoted('string.quoted.single.svc', "'", "'"),
					quoted('string.quoted.other.corner-bracket.svc', '「', '」'),
					quoted('string.quoted.other.curly-double.svc', '“', '”'),
					quoted('string.quoted.other.curly-single.svc', '‘', '’'),
				],
			},
			declarations: {
				comment: 'A keyword that declares a name, first on its line as every declaration is, and the name it declares '
					+ '(a keyword may be a name: channel app).',
				match: `^\\s*(${alternatives(grammar.declaring)})${notBeforeWord}\\s+(${name})`,
				captures: { 1: { name: 'keyword.other.svc' }, 2: { name: 'entity.name.type.svc' } },
			},
			quantities: {
				comment: 'A number with its unit: a duration, a percentage, an amount of money.',
				patterns: [
					{ match: `${notAfterWord}(${number})\\s*(%)`,
						captures: { 1: { name: 'constant.numeric.svc' }, 2: { name: 'keyword.other.unit.svc' } } },
					{ match: `${notAfterWord}(${number})\\s+(${alternatives(grammar.units)})${notBeforeWord}`,
						captures: { 1: { name: 'constant.numeric.svc' }, 2: { name: 'keyword.other.unit.svc' } } },
					{ match: `${notAfterWord}(${number})\\s+([A-Z]{3})${notBeforeWord}`,
						captures: { 1: { name: 'constant.numeric.svc' }, 2: { name: 'keyword.other.unit.currency.svc' } } },
				],
			},
			numbers: { match: `${notAfterWord}${number}${notBeforeWord}`, name: 'constant.numeric.svc' },
			'escaped-names': {
				comment: 'A leading ^ makes a keyword a name: ^service.',
				match: `\\^${L}(?:${L}|[0-9])*`, name: 'variable.other.svc',
			},
			keywords: {
				match: `${notAfterWord}(?:${alternatives(grammar.keywords)})${notBeforeWord}`,
				name: 'keyword.other.svc',
			},
			names: { match: name, name: 'variable.other.svc' },
		},
	};
}

/** The same letters as a JavaScript class (with the u flag), for the language configuration's word pattern. */
function wordPattern(grammar) {
	const u = (c) => '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
	const cls = '[' + grammar.letters.map(([f, t]) => (f === t ? u(f) : u(f) + '-' + u(t))).join('') + '\\p{L}\\p{Nl}]';
	return { pattern: `(-?\\d+(?:\\.\\d+)?)|(\\^?${cls}(?:${cls}|[0-9]|\\p{Nd}|\\p{M})*(?:-${cls}+)*)`, flags: 'u' };
}

/** Comments, brackets, pairs and indentation as the formatter lays a model out (a tab per brace). */
function languageConfiguration(grammar) {
	const quotes = [['"', '"'], ["'", "'"], ['「', '」'], ['“', '”'], ['‘', '’']];
	return {
		comments: { lineComment: '//', blockComment: ['/*', '*/'] },
		brackets: [['{', '}'], ['(', ')']],
		autoClosingPairs: [
			{ open: '{', close: '}' }, { open: '(', close: ')' },
			...quotes.map(([open, close]) => ({ open, close, notIn: ['string', 'comment'] })),
			{ open: '/*', close: ' */', notIn: ['string'] },
		],
		surroundingPairs: [['{', '}'], ['(', ')'], ...quotes],
		indentationRules: {
			increaseIndentPattern: '\\{\\s*(?://.*)?$',
			decreaseIndentPattern: '^\\s*\\}',
		},
		wordPattern: wordPattern(grammar),
	};
}

/**
 * The snippets: the templates the Eclipse editor and the language server offer (SvcTemplates.java),
 * read from their source, so VS Code offers the same skeletons.
 */
function snippets(javaSource) {
	const result = {};
	const templates = javaSource.split('new Template(').slice(1);
	for (const template of templates) {
		const literals = [];
		const literal = /"((?:[^"\\]|\\.)*)"/g;
		let m;
		while ((m = literal.exec(template))) {
			literals.push(m[1].replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16))
				: { n: '\n', t: '\t', '"': '"', '\\': '\\', r: '\r' }[e] ?? e)));
		}
		const [keyword, name, description, ...parts] = literals;
		if (!keyword || parts.length === 0) throw new Error('SvcTemplates.java did not read as expected near: ' + template.slice(0, 80));
		result[name] = { prefix: keyword, description, body: parts.join('').split('\n') };
	}
	if (Object.keys(result).length < 4) throw new Error('SvcTemplates.java: expected at least 4 templates, read ' + Object.keys(result).length);
	return result;
}

/** Writes a file whole or not at all. */
function writeAtomically(file, text) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file + '.tmp', text);
	fs.renameSync(file + '.tmp', file);
}

function main() {
	const source = process.argv[2] || DEFAULT_XTEXT;
	const folder = process.argv[3] || path.join(__dirname, '..');
	const grammar = readGrammar(source);
	writeAtomically(path.join(folder, 'syntaxes/svc.tmLanguage.json'), JSON.stringify(tmLanguage(grammar), null, '\t') + '\n');
	writeAtomically(path.join(folder, 'language-configuration.json'), JSON.stringify(languageConfiguration(grammar), null, '\t') + '\n');
	const templates = snippets(fs.readFileSync(process.argv[4] || TEMPLATES, 'utf8'));
	writeAtomically(path.join(folder, 'snippets/svc.code-snippets'), JSON.stringify(templates, null, '\t') + '\n');
	console.log(`generated the TextMate grammar and the language configuration from ${path.basename(source)}: `
		+ `${grammar.keywords.length} keywords, ${grammar.declaring.length} declaring a name, ${grammar.units.length} time units; `
		+ `${Object.keys(templates).length} snippets from SvcTemplates.java`);
}

if (require.main === module) {
	main();
}

module.exports = { tmLanguage, languageConfiguration, wordPattern, snippets };
