import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
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
    try {
      const file = await open(temporary, 'wx', 0o640);
      try {
        // Awaiting each write is the back-pressure: the source is read no faster than the disk takes it.
        for await (const chunk of Buffer.isBuffer(content) ? [content] : content) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
          hash.update(bytes);
          size += bytes.length;
          for (let written = 0; written < bytes.length; ) written += (await file.write(bytes, written)).bytesWritten;
        }
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
