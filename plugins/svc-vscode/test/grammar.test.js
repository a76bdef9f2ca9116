'use strict';
// The generated TextMate grammar, run by VS Code's engine over every example model.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { tokenize, dump } = require('./tokenize');
const { readGrammar } = require('../scripts/xtext-grammar');

const ROOT = path.join(__dirname, '../../..');
const XTEXT = path.join(ROOT, 'plugins/org.svcworkbench.svc/src/org/svcworkbench/svc/Svc.xtext');
const language = readGrammar(XTEXT);
const keywords = new Set(language.keywords);

function examples() {
	const files = [];
	const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => {
		const p = path.join(dir, e.name);
		if (e.isDirectory()) walk(p);
		else if (e.name.endsWith('.svc')) files.push(p);
	});
	walk(path.join(ROOT, 'examples'));
	return files.sort();
}

const has = (token, scope) => token.scopes.some((s) => s.startsWith(scope));
const inStringOrComment = (token) => has(token, 'string') || has(token, 'comment');

test('the grammar covers the examples', () => {
	assert.ok(examples().length >= 10, 'examples found: ' + examples().length);
});

for (const file of examples()) {
	const name = path.relative(ROOT, file);
	test(`every keyword, string, comment, number and declared name of ${name} has its scope`, async () => {
		const text = fs.readFileSync(file, 'utf8');
		const tokens = await tokenize(text);
		const problems = [];
		tokens.forEach((t, i) => {
			const where = `${name}:${t.line}:${t.start} ${JSON.stringify(t.text)} [${t.scopes.join(' ')}]`;
			if (inStringOrComment(t)) return;
			const word = t.text.trim();
			if (keywords.has(word) && !has(t, 'keyword.other') && !has(t, 'entity.name.type')) problems.push('keyword not coloured: ' + where);
			if (/^[0-9]+(\.[0-9]+)?$/.test(word) && !has(t, 'constant.numeric')) problems.push('number not coloured: ' + where);
			if (has(t, 'keyword.other') && !keywords.has(word) && !has(t, 'keyword.other.unit')) problems.push('not a keyword: ' + where);
			const firstOnLine = !tokens.some((k) => k.line === t.line && k.start < t.start && k.text.trim() !== '');
			if (language.declaring.includes(word) && has(t, 'keyword.other') && firstOnLine) {
				const next = tokens.slice(i + 1).find((n) => n.line === t.line && n.text.trim() !== '');
				if (next && !/^[{"'「“‘(]/.test(next.text) && !has(next, 'entity.name.type')) problems.push('declared name not coloured: ' + where + ' then ' + next.text);
			}
		});
		// what must be strings and comments, found by reading the text directly
		text.split(/\r?\n/).forEach((line, index) => {
			const commentAt = line.indexOf('//');
			if (commentAt === 0 || /^\s*\/\//.test(line)) {
				const t = tokens.find((k) => k.line === index + 1 && k.start > commentAt);
				if (t && !has(t, 'comment')) problems.push(`comment not coloured: ${name}:${index + 1}`);
			}
		});
		assert.deepStrictEqual(problems, []);
		// every quoted text is one string scope from its opening to its closing quote
		for (const t of tokens.filter((k) => /^["'「“‘]/.test(k.text) && !has(k, 'comment'))) {
			assert.ok(has(t, 'string'), `${name}:${t.line}:${t.start} a quote outside a string: ${t.text}`);
		}
	});
}

for (const [golden, file] of [['cafe.tokens.txt', 'examples/cafe/cafe.svc'], ['after-sales.tokens.txt', 'examples/car-repair/after-sales.svc']]) {
	test(`${file} tokenises as in test/golden/${golden}`, async () => {
		const actual = dump(await tokenize(fs.readFileSync(path.join(ROOT, file), 'utf8')));
		const expectedFile = path.join(__dirname, 'golden', golden);
		if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(expectedFile, actual);
		assert.ok(fs.existsSync(expectedFile), `no ${expectedFile}: run UPDATE_GOLDEN=1 npm test and review the diff`);
		assert.strictEqual(actual, fs.readFileSync(expectedFile, 'utf8'), 'tokens changed: rerun with UPDATE_GOLDEN=1 and review the diff');
	});
}

test('Chinese names stay whole, in every quote kind the language has, and keywords inside names are not keywords', async () => {
	const tokens = await tokenize('service 汽车售后服务 「汽车」 {\n\trole 维修技师 “技师” ‘师’ \n\tstep serviceDesk "x" customer {\n\t\ttakes 15 min\n\t\tweight 30 %\n\t}\n\t^service 2 CNY\n}\n');
	const find = (text) => tokens.find((t) => t.text === text);
	assert.ok(has(find('汽车售后服务'), 'entity.name.type'));
	assert.ok(has(find('维修技师'), 'entity.name.type'));
	assert.ok(has(find('serviceDesk'), 'entity.name.type'), 'a name that starts with a keyword is a name');
	for (const quote of ['「', '“', '‘']) assert.ok(has(find(quote), 'string'), quote);
	assert.ok(has(find('15'), 'constant.numeric') && has(find('min'), 'keyword.other.unit'));
	assert.ok(has(find('%'), 'keyword.other.unit') && has(find('CNY'), 'keyword.other.unit.currency'));
	assert.ok(has(find('^service'), 'variable.other'), 'an escaped keyword is a name');
	const beyond = await tokenize('role 𠮷野家 "x"\nrole Tiếng "y"\n');
	assert.ok(beyond.some((t) => t.text === '𠮷野家' && has(t, 'entity.name.type')), 'a letter beyond the first plane');
	assert.ok(beyond.some((t) => t.text === 'Tiếng' && has(t, 'entity.name.type')), 'a letter with a combining mark');
});
