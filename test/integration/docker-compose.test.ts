import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const projectRoot = path.resolve(__dirname, '..', '..');
const composeFile = path.join(projectRoot, 'docker-compose.yml');

/** `docker compose`, from the Docker CLI's own plugins or the one `npm install` built into .tools/docker. */
function dockerCompose(args: string[], env: Record<string, string>) {
  const plain = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0;
  const dockerConfig = plain ? {} : { DOCKER_CONFIG: path.join(projectRoot, '.tools', 'docker') };
  const result = spawnSync('docker', ['compose', '-f', composeFile, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...dockerConfig, ...env },
    encoding: 'utf8',
  });
  if (result.error) throw new Error(`docker is not installed: ${result.error.message}`);
  return result;
}

describe('docker-compose.yml (checked by the Docker client; no engine needed)', () => {
  const secret = { JWT_SECRET: 'x'.repeat(40) };

  it('is a valid compose file with the production topology', () => {
    const result = dockerCompose(['config', '--format', 'json'], secret);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const config = JSON.parse(result.stdout) as { services: Record<string, { environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; command?: string[] }> };
    expect(Object.keys(config.services).sort()).toEqual(['api', 'postgres', 'setup', 'temporal', 'temporal-ui', 'worker']);
    expect(config.services.worker.environment).toMatchObject({ TEMPORAL_ADDRESS: 'temporal:7233', NODE_ENV: 'production' });
    expect(config.services.api.environment?.DATABASE_URL).toMatch(/^postgres:\/\/nscl:.*@postgres:5432\/nscl$/);
    expect(config.services.api.depends_on?.setup.condition).toBe('service_completed_successfully');
    expect(config.services.temporal.depends_on?.postgres.condition).toBe('service_healthy');
    expect(config.services.setup.command).toEqual(['node', 'dist/scripts/setup.js']);
  });

  it('refuses to start production without a JWT secret', () => {
    const result = dockerCompose(['config', '-q'], {});
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('JWT_SECRET');
  });
});
