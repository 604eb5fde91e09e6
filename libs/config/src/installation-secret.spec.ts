import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { INSTALLATION_SECRET_FILE, installationSecret } from './installation-secret';

describe('installationSecret', () => {
  const folders: string[] = [];
  const freshDataDir = () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'nscl-secret-'));
    folders.push(folder);
    return path.join(folder, 'data');
  };
  afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

  it('generates a long random key once, readable by its owner only, and keeps it', () => {
    const dataDir = freshDataDir();
    const first = installationSecret(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(fs.statSync(path.join(dataDir, INSTALLATION_SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(installationSecret(dataDir)).toBe(first);
    expect(fs.readdirSync(dataDir)).toEqual([INSTALLATION_SECRET_FILE]);
  });

  it('differs between installations', () => {
    expect(installationSecret(freshDataDir())).not.toBe(installationSecret(freshDataDir()));
  });

  it('refuses an emptied key file with a message that says what to do', () => {
    const dataDir = freshDataDir();
    installationSecret(dataDir);
    fs.writeFileSync(path.join(dataDir, INSTALLATION_SECRET_FILE), '');
    expect(() => installationSecret(dataDir)).toThrow(/delete it/);
  });
});
