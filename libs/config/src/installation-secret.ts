import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const INSTALLATION_SECRET_FILE = 'jwt-secret';

/**
 * The token-signing key of an installation without JWT_SECRET: generated once, kept in the data
 * folder (mode 600), so no two installations share a key and none is in the public source.
 * Written to a temporary file and linked into place, so processes starting together agree on one
 * key and none reads a half-written file.
 */
export function installationSecret(dataDir: string): string {
  const file = path.join(dataDir, INSTALLATION_SECRET_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(draft, randomBytes(48).toString('base64url'), { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < 32) throw new Error(`${file} holds no usable secret: delete it to have a new one generated (every session then ends).`);
  return secret;
}
