import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { DocumentNotStoredError, InvalidDocumentKeyError } from './document-store';
import { FilesystemDocumentStore } from './filesystem-document-store';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('FilesystemDocumentStore', () => {
  let root: string;
  let store: FilesystemDocumentStore;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'nscl-documents-'));
    store = new FilesystemDocumentStore(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores a stream under its key, measuring size and SHA-256 on the way, and gives the same bytes back', async () => {
    const chunks = [Buffer.from('%PDF-1.4\n'), Buffer.alloc(70_000, 7), Buffer.from('%%EOF\n')];
    const bytes = Buffer.concat(chunks);
    const stored = await store.put('applications/a1/d1', Readable.from(chunks));
    expect(stored).toEqual({ size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(await readFile(path.join(root, 'applications', 'a1', 'd1'))).toEqual(bytes);
    expect(await readAll(await store.get('applications/a1/d1'))).toEqual(bytes);
    // Nothing half-written is left behind.
    expect(await readdir(path.join(root, '.incoming'))).toEqual([]);
  });

  it('stores a buffer too', async () => {
    const stored = await store.put('d2', Buffer.from('xin chào'));
    expect(stored.size).toBe(Buffer.byteLength('xin chào'));
    expect((await readAll(await store.get('d2'))).toString()).toBe('xin chào');
  });

  it('leaves the key empty when the source fails midway', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.alloc(1024, 1));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(store.put('applications/a1/broken', failing)).rejects.toThrow('client went away');
    await expect(store.get('applications/a1/broken')).rejects.toBeInstanceOf(DocumentNotStoredError);
    expect(await readdir(path.join(root, '.incoming'))).toEqual([]);
  });

  it('deletes, and deleting nothing is fine', async () => {
    await store.put('d3', Buffer.from('x'));
    await store.delete('d3');
    await store.delete('d3');
    await expect(store.get('d3')).rejects.toBeInstanceOf(DocumentNotStoredError);
  });

  it('refuses keys that could leave its folder', async () => {
    for (const key of ['../escape', '/etc/passwd', 'a/../../b', '', 'A/B', 'a//b']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidDocumentKeyError);
      await expect(store.get(key)).rejects.toBeInstanceOf(InvalidDocumentKeyError);
    }
  });
});
