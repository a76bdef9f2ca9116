'use strict';
// Reads what the TextMate grammar needs from the Xtext grammar itself (Svc.xtext), so the
// colouring cannot drift from the language: its keywords, the keywords that declare a name,
// the time units, and the letters a name may hold.
const fs = require('fs');

/** Splits Xtext grammar text into strings, words and symbols; comments are dropped. */
function tokenize(text) {
	const tokens = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (text.startsWith('//', i)) {
			i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
		} else if (text.startsWith('/*', i)) {
			const end = text.indexOf('*/', i + 2);
			if (end < 0) throw new Error('unclosed comment in the Xtext grammar');
			i = end + 2;
		} else if (c === "'" || c === '"') {
			let j = i + 1, value = '';
			while (j < text.length && text[j] !== c) {
				if (text[j] === '\\' && text[j + 1] === 'u') {
					value += String.fromCharCode(parseInt(text.slice(j + 2, j + 6), 16));
					j += 6;
				} else if (text[j] === '\\') {
					value += unescape(text[j + 1]);
					j += 2;
				} else {
					value += text[j++];
				}
			}
			if (j >= text.length) throw new Error('unclosed string in the Xtext grammar');
			tokens.push({ kind: 'string', value });
			i = j + 1;
		} else if (/\s/.test(c)) {
			i++;
		} else if (/[A-Za-z_^]/.test(c)) {
			const word = /^\^?[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))[0];
			tokens.push({ kind: 'word', value: word });
			i += word.length;
		} else {
			tokens.push({ kind: 'symbol', value: c });
			i++;
		}
	}
	return tokens;
}

function unescape(c) {
	return { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' }[c] ?? c;
}

/** The rules of the grammar: name, whether terminal/enum/fragment, and their tokens (up to ';'). */
function rules(tokens) {
	const result = [];
	// the header (grammar, import, generate) has no ':'; the first rule is the first "Name :"
	let i = tokens.findIndex((t, k) => t.kind === 'word' && tokens[k + 1]?.value === ':');
	while (i >= 0 && i < tokens.length) {
		const modifiers = [];
		let j = i;
		while (['terminal', 'enum', 'fragment'].includes(tokens[j].value)) {
			modifiers.push(tokens[j++].value);
		}
		const name = tokens[j].value;
		let k = j + 1;
		while (k < tokens.length && tokens[k].value !== ':') k++; // "returns x::Y", "hidden(...)"
		let end = k + 1;
		while (end < tokens.length && !(tokens[end].kind === 'symbol' && tokens[end].value === ';')) end++;
		result.push({ name, modifiers, body: tokens.slice(k + 1, end) });
		i = end + 1;
	}
	return result;
}

/** What the TextMate grammar needs, read from the Xtext grammar file. */
function readGrammar(file) {
	const text = fs.readFileSync(file, 'utf8');
	const header = text.slice(0, 4000);
	if (!/^\s*grammar\s/m.test(header)) throw new Error(file + ' is not an Xtext grammar');
	const all = rules(tokenize(text));
	const keywords = new Set(), declaring = new Set(), units = [];
	let letters = null;
	for (const rule of all) {
		if (rule.modifiers.includes('terminal')) {
			if (rule.name === 'LETTER') letters = letterRanges(rule.body);
			continue;
		}
		rule.body.forEach((token, i) => {
			if (token.kind !== 'string' || !/^[A-Za-z][A-Za-z-]*$/.test(token.value)) return;
			keywords.add(token.value);
			const next = rule.body[i + 1], after = rule.body[i + 2];
			if (next && next.value === 'name' && after && after.value === '=') declaring.add(token.value);
			if (rule.modifiers.includes('enum') && rule.name === 'TimeUnit') units.push(token.value);
		});
	}
	if (!letters) throw new Error('no "terminal fragment LETTER" in ' + file);
	if (keywords.size < 50 || declaring.size === 0 || units.length === 0) {
		throw new Error('the Xtext grammar ' + file + ' did not read as expected: ' + keywords.size + ' keywords');
	}
	return { keywords: [...keywords].sort(), declaring: [...declaring].sort(), units, letters };
}

/** The LETTER fragment's alternatives as [from, to] code points. */
function letterRanges(body) {
	const ranges = [];
	for (let i = 0; i < body.length; i++) {
		if (body[i].kind !== 'string') continue;
		const from = body[i].value.codePointAt(0);
		if (body[i + 1] && body[i + 1].value === '.' && body[i + 2] && body[i + 2].value === '.' && body[i + 3]?.kind === 'string') {
			ranges.push([from, body[i + 3].value.codePointAt(0)]);
			i += 3;
		} else {
			ranges.push([from, from]);
		}
	}
	return ranges;
}

module.exports = { readGrammar, tokenize };
