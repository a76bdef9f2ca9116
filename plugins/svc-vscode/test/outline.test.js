'use strict';
// The service and blueprint under the cursor, and the file names the documentation gives them.
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const { blueprintAt, safeName } = require('../src/outline');

const ROOT = path.join(__dirname, '../../..');
const cafe = fs.readFileSync(path.join(ROOT, 'examples/cafe/cafe.svc'), 'utf8');
const carRepair = fs.readFileSync(path.join(ROOT, 'examples/car-repair/after-sales.svc'), 'utf8');
const at = (text, needle, shift = 0) => blueprintAt(text, text.indexOf(needle) + shift);

test('in a blueprint: that blueprint', () => {
	assert.deepStrictEqual(at(cafe, 'blueprint grab', 50), { service: 'Cafe', blueprint: 'grab' });
	assert.deepStrictEqual(at(cafe, 'blueprint stay', 50), { service: 'Cafe', blueprint: 'stay' });
});

test('elsewhere in a service: its first blueprint; outside every service: none', () => {
	assert.deepStrictEqual(at(cafe, 'orientation'), { service: 'Cafe', blueprint: 'stay' });
	assert.strictEqual(blueprintAt(cafe, 0), null);
});

test('Chinese names, and braces inside strings and comments do not count', () => {
	const found = at(carRepair, 'blueprint 业务接待', 30);
	assert.deepStrictEqual(found, { service: '汽车售后服务', blueprint: '业务接待' });
	const tricky = 'service A {\n\tdescription "a } brace" // }\n\t/* } */ blueprint b {\n\t\tstep s "「}」" customer\n\t}\n}\nservice B {\n}\n';
	assert.deepStrictEqual(blueprintAt(tricky, tricky.indexOf('step')), { service: 'A', blueprint: 'b' });
	assert.deepStrictEqual(blueprintAt(tricky, tricky.indexOf('service B') + 11), { service: 'B', blueprint: null });
});

test('file names as the generator makes them (FileNames.safe)', () => {
	assert.strictEqual(safeName('汽车售后服务'), '汽车售后服务');
	assert.strictEqual(safeName('a b/c'), 'a_b_c');
	assert.strictEqual(safeName('.hidden'), '_.hidden');
});
