'use strict';
// Finding the svc command, and the messages a user sees when it is not there.
const test = require('node:test');
const assert = require('node:assert');
const path = require('path');
const { resolveSvc, generateArguments, blueprintArguments } = require('../src/server');

function machine(files, dirs = [], extra = {}) {
	return {
		env: { PATH: '/usr/local/bin:/usr/bin' }, platform: 'linux', home: '/home/ann', workspace: '/work/models',
		isFile: (p) => files.includes(p), isDirectory: (p) => dirs.includes(p), ...extra,
	};
}

test('without a setting, the svc on PATH', () => {
	assert.deepStrictEqual(resolveSvc('', machine(['/usr/bin/svc'])), { command: '/usr/bin/svc' });
	assert.deepStrictEqual(resolveSvc('  ', machine(['/usr/local/bin/svc', '/usr/bin/svc'])), { command: '/usr/local/bin/svc' });
});

test('no svc anywhere: a message that names the setting and an example', () => {
	const { error } = resolveSvc('', machine([]));
	assert.match(error, /no svc command on PATH/);
	assert.match(error, /"svc\.server\.path"/);
});

test('a setting: a file, a folder holding svc, relative to the workspace, or under ~', () => {
	assert.deepStrictEqual(resolveSvc('/opt/svc-workbench/svc', machine(['/opt/svc-workbench/svc'])), { command: '/opt/svc-workbench/svc' });
	assert.deepStrictEqual(resolveSvc('/opt/svc-workbench', machine(['/opt/svc-workbench/svc'], ['/opt/svc-workbench'])), { command: '/opt/svc-workbench/svc' });
	assert.deepStrictEqual(resolveSvc('tools/svc', machine(['/work/models/tools/svc'])), { command: path.join('/work/models', 'tools/svc') });
	assert.deepStrictEqual(resolveSvc('~/svc-workbench/svc', machine(['/home/ann/svc-workbench/svc'])), { command: '/home/ann/svc-workbench/svc' });
});

test('a setting that points nowhere says so, and does not fall back to PATH silently', () => {
	const { error } = resolveSvc('/opt/nothing/svc', machine(['/usr/bin/svc']));
	assert.match(error, /is \/opt\/nothing\/svc, and there is no such file/);
	assert.match(resolveSvc('/opt/empty', machine([], ['/opt/empty'])).error, /the folder \/opt\/empty, which holds no svc command/);
	assert.match(resolveSvc('tools/svc', machine([], [], { workspace: undefined })).error, /no folder is open/);
});

test('on Windows, PATH is split on ; and svc.cmd is found', () => {
	const where = machine(['C:\\svc\\svc.cmd'], [], { platform: 'win32', env: { Path: 'C:\\Windows;C:\\svc' }, });
	assert.ok(resolveSvc('', where).command.endsWith('svc.cmd'));
});

test('the command lines are the README\'s', () => {
	assert.deepStrictEqual(generateArguments('/m', '/m/svc-docs', 'zh'), ['generate', '/m', '-o', '/m/svc-docs', '--lang', 'zh']);
	assert.deepStrictEqual(generateArguments('/m', '/o', 'fr'), ['generate', '/m', '-o', '/o', '--lang', 'en']);
	assert.deepStrictEqual(blueprintArguments('/m', '/t', 'en'), ['generate', '/m', '-o', '/t', '--format', 'svg', '--diagram', 'blueprint', '--lang', 'en', '-q']);
});
