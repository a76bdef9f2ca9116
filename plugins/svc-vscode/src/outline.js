'use strict';
// Where the cursor is in a model, read from the text alone (no VS Code, no server): which service
// and which blueprint it is in, and the file names the documentation gives them.

/**
 * The declarations enclosing an offset: [{ keyword, name, depth }], outermost first. Comments and
 * strings (every quote kind of the language) are skipped; braces count depth.
 */
function enclosing(text, offset) {
	const open = []; // declarations whose block is open at the current position
	const closers = { '"': '"', "'": "'", '「': '」', '“': '”', '‘': '’' };
	let pending = null; // a declaration seen, its '{' not yet
	let depth = 0;
	const word = /\^?[\p{L}_][\p{L}\p{N}_]*/uy;
	for (let i = 0; i < Math.min(offset, text.length);) {
		const c = text[i];
		if (text.startsWith('//', i)) {
			const end = text.indexOf('\n', i);
			i = end < 0 ? text.length : end;
		} else if (text.startsWith('/*', i)) {
			const end = text.indexOf('*/', i + 2);
			i = end < 0 ? text.length : end + 2;
		} else if (closers[c]) {
			let j = i + 1;
			while (j < text.length && text[j] !== closers[c]) j += text[j] === '\\' ? 2 : 1;
			i = j + 1;
		} else if (c === '{') {
			depth++;
			if (pending) {
				open.push({ ...pending, depth });
				pending = null;
			}
			i++;
		} else if (c === '}') {
			while (open.length && open[open.length - 1].depth >= depth) open.pop();
			depth = Math.max(0, depth - 1);
			pending = null;
			i++;
		} else {
			word.lastIndex = i;
			const m = word.exec(text);
			if (!m) {
				i++;
				continue;
			}
			if ((m[0] === 'service' || m[0] === 'blueprint') && !pending) {
				const name = /\s+(\^?[\p{L}_][\p{L}\p{N}_]*)/uy;
				name.lastIndex = i + m[0].length;
				const n = name.exec(text);
				if (n) {
					pending = { keyword: m[0], name: n[1].replace(/^\^/, '') };
					i = name.lastIndex;
					continue;
				}
			}
			i += m[0].length;
		}
	}
	return open;
}

/** The service and blueprint the offset is in: { service, blueprint } (blueprint may be null). */
function blueprintAt(text, offset) {
	const open = enclosing(text, offset);
	const service = open.find((d) => d.keyword === 'service');
	const blueprint = [...open].reverse().find((d) => d.keyword === 'blueprint');
	if (service) {
		return { service: service.name, blueprint: blueprint ? blueprint.name : firstBlueprint(text, offset, service.name) };
	}
	return null;
}

/** The first blueprint declared in the service (when the cursor is in the service but not in a blueprint). */
function firstBlueprint(text, offset, serviceName) {
	const start = text.search(new RegExp('(^|[^\\p{L}\\p{N}_])service\\s+\\^?' + escape(serviceName) + '(?![\\p{L}\\p{N}_])', 'u'));
	if (start < 0) return null;
	const end = nextServiceAfter(text, start + 1);
	const found = /(^|[^\p{L}\p{N}_])blueprint\s+\^?([\p{L}_][\p{L}\p{N}_]*)/gu;
	found.lastIndex = start;
	let m;
	while ((m = found.exec(text)) && m.index < end) {
		const inside = enclosing(text, m.index + m[0].length);
		if (inside.some((d) => d.keyword === 'service' && d.name === serviceName) && !inside.some((d) => d.keyword === 'blueprint')) {
			return m[2];
		}
	}
	return null;
}

function nextServiceAfter(text, from) {
	const next = /(^|\n)\s*service\s/g;
	next.lastIndex = from;
	const m = next.exec(text);
	return m ? m.index : text.length;
}

function escape(s) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A model name as the documentation names its files and folders (FileNames.safe in the generator). */
function safeName(name) {
	let safe = [...name].slice(0, 80).map((c) => (/[\p{L}\p{Nd}\-_.]/u.test(c) ? c : '_')).join('');
	if (safe === '' || safe.startsWith('.')) safe = '_' + safe;
	return safe;
}

module.exports = { enclosing, blueprintAt, safeName };
