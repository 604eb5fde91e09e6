import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertDocumentKey, DocumentNotStoredError, DocumentStore, StoredDocument } from './document-store';

/** Where half-written files wait; a crash leaves leftovers only here, never under a key. */
const INCOMING = '.incoming';

/**
 * Keeps documents as files under `root` (DOCUMENTS_DIR), one file per key. A put streams into a
 * temporary file of the same filesystem, hashing as it goes, syncs it, then renames it into place:
 * the rename is atomic, so a key holds either nothing or the complete bytes.
 */
export class FilesystemDocumentStore implements DocumentStore {
  constructor(private readonly root: string) {}

  async put(key: string, content: Readable | Buffer): Promise<StoredDocument> {
    const target = this.pathOf(key);
    const incoming = path.join(this.root, INCOMING);
    await Promise.all([mkdir(path.dirname(target), { recursive: true }), mkdir(incoming, { recursive: true })]);
    const temporary = path.join(incoming, `${randomUUID()}.part`);

    const hash = createHash('sha256');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    try {
      const file = await open(temporary, 'wx', 0o640);
      try {
        await pipeline(Buffer.isBuffer(content) ? Readable.from([content]) : content, measure, file.createWriteStream({ autoClose: false }));
        // The bytes reach the disk before the name does: after a crash the key is whole or absent.
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await syncDirectory(path.dirname(target));
    return { size, sha256: hash.digest('hex') };
  }

  async get(key: string): Promise<Readable> {
    try {
      const file = await open(this.pathOf(key), 'r');
      return file.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DocumentNotStoredError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    assertDocumentKey(key);
    return path.join(this.root, ...key.split('/'));
  }
}

/** Makes the rename itself durable; some platforms cannot sync a directory, and lose nothing else by skipping it. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // e.g. EISDIR/EPERM on Windows: the file itself is already synced.
  }
}
