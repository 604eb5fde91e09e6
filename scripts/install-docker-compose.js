#!/usr/bin/env node
// The compose-file test runs `docker compose config` (client only: no Docker engine is needed).
// When the Docker CLI has no compose plugin, build the pinned plugin with Go into .tools/docker.
// Run by npm's postinstall after the Temporal binaries; a missing Go only warns, since only
// `npm test` needs the plugin.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const COMPOSE_MODULE = 'github.com/docker/compose/v2/cmd';
const COMPOSE_VERSION = 'v2.32.4';
const root = path.resolve(__dirname, '..');
const dockerConfig = path.join(root, '.tools', 'docker');
const plugin = path.join(dockerConfig, 'cli-plugins', 'docker-compose');
const marker = path.join(dockerConfig, 'compose-version');

const log = (message) => process.stdout.write(`[docker-compose] ${message}\n`);
const works = (env) => spawnSync('docker', ['compose', 'version'], { env: { ...process.env, ...env }, stdio: 'ignore' }).status === 0;

if (works({})) {
  log('the Docker CLI already has the compose plugin');
} else if (fs.existsSync(plugin) && fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === COMPOSE_VERSION) {
  log(`reusing ${path.relative(root, plugin)}`);
} else if (spawnSync('go', ['version'], { stdio: 'ignore' }).status !== 0) {
  log(`WARNING: no compose plugin and no Go toolchain; \`npm test\` needs one of them (install Go, or the docker compose plugin).`);
} else {
  log(`building ${COMPOSE_MODULE}@${COMPOSE_VERSION} with Go (first install only; a few minutes)`);
  const bin = path.join(root, '.tools', 'go-bin');
  execFileSync('go', ['install', `${COMPOSE_MODULE}@${COMPOSE_VERSION}`], { env: { ...process.env, GOBIN: bin, GOFLAGS: '-mod=mod' }, stdio: 'inherit' });
  fs.mkdirSync(path.dirname(plugin), { recursive: true });
  fs.renameSync(path.join(bin, 'cmd'), plugin);
  fs.rmSync(bin, { recursive: true, force: true });
  fs.writeFileSync(marker, COMPOSE_VERSION);
  if (!works({ DOCKER_CONFIG: dockerConfig })) log('WARNING: the plugin was built but `docker compose version` still fails; is the Docker CLI installed?');
  else log(`installed into ${path.relative(root, plugin)}`);
}
