import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { DocumentNotStoredError, InvalidDocumentKeyError } from '../../libs/storage/src/document-store';
import { S3DocumentStore, type S3DocumentStoreOptions } from '../../libs/storage/src/s3-document-store';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { CaseDriver } from '../harness/case-driver';
import { startTestS3Server, TestS3Server } from '../harness/s3-server';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

const BUCKET = 'nscl-documents';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

let s3: TestS3Server;

beforeAll(async () => {
  s3 = await startTestS3Server();
  await s3.createBucket(BUCKET);
});

afterAll(async () => {
  await s3?.stop();
});

describe('S3DocumentStore on a real S3-compatible server (moto)', () => {
  const stores: S3DocumentStore[] = [];
  const storeWith = (options: Partial<S3DocumentStoreOptions> = {}) => {
    const store = new S3DocumentStore({ bucket: BUCKET, region: s3.region, endpoint: s3.endpoint, forcePathStyle: true, credentials: s3.credentials, ...options });
    stores.push(store);
    return store;
  };
  const objectKeys = async (prefix: string) =>
    ((await s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }))).Contents ?? []).map((object) => object.Key);

  afterAll(() => {
    for (const store of stores) store.onModuleDestroy();
  });

  it('stores a stream under its key, measuring size and SHA-256, keeps the checksum with the object, and gives the same bytes back', async () => {
    const store = storeWith();
    const chunks = [Buffer.from('%PDF-1.4\n'), Buffer.alloc(70_000, 7), Buffer.from('%%EOF\n')];
    const bytes = Buffer.concat(chunks);

    const stored = await store.put('applications/a1/d1', Readable.from(chunks));
    expect(stored).toEqual({ size: bytes.length, sha256: sha256(bytes) });

    const head = await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'applications/a1/d1', ChecksumMode: 'ENABLED' }));
    expect(head.ContentLength).toBe(bytes.length);
    expect(head.ChecksumSHA256).toBe(createHash('sha256').update(bytes).digest('base64'));
    expect(head.Metadata).toEqual({ sha256: sha256(bytes) });
    expect(await readAll(await store.get('applications/a1/d1'))).toEqual(bytes);
  });

  it('stores a buffer too, and a second put under the key replaces the bytes', async () => {
    const store = storeWith();
    const first = Buffer.from('xin chào');
    expect(await store.put('d2', first)).toEqual({ size: Buffer.byteLength('xin chào'), sha256: sha256(first) });
    expect((await readAll(await store.get('d2'))).toString()).toBe('xin chào');

    const second = Buffer.from('bản sửa đổi');
    expect((await store.put('d2', second)).sha256).toBe(sha256(second));
    expect(await readAll(await store.get('d2'))).toEqual(second);
  });

  it('rejects a missing key with DocumentNotStoredError, but a missing bucket with the server error', async () => {
    const store = storeWith();
    const missing = store.get('applications/a1/never-stored');
    await expect(missing).rejects.toBeInstanceOf(DocumentNotStoredError);
    await expect(missing).rejects.toMatchObject({ key: 'applications/a1/never-stored' });

    const noBucket = storeWith({ bucket: 'no-such-bucket-here' }).get('applications/a1/d1');
    await expect(noBucket).rejects.toMatchObject({ name: 'NoSuchBucket' });
    await expect(noBucket).rejects.not.toBeInstanceOf(DocumentNotStoredError);
  });

  it('deletes, and deleting nothing is fine', async () => {
    const store = storeWith();
    await store.put('d3', Buffer.from('x'));
    await store.delete('d3');
    await expect(store.get('d3')).rejects.toBeInstanceOf(DocumentNotStoredError);
    await expect(store.delete('d3')).resolves.toBeUndefined();
    await expect(store.delete('never/there')).resolves.toBeUndefined();
    expect(await objectKeys('d3')).toEqual([]);
  });

  it('refuses keys that could escape or need escaping, before anything reaches the server', async () => {
    const store = storeWith({ prefix: 'refused' });
    for (const key of ['../etc/passwd', '/absolute', 'Upper/case', 'a//b', 'with space', '']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toBeInstanceOf(InvalidDocumentKeyError);
      await expect(store.get(key)).rejects.toBeInstanceOf(InvalidDocumentKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidDocumentKeyError);
    }
    expect(await objectKeys('refused')).toEqual([]);
  });

  it('puts every key under its prefix, and another prefix does not see it', async () => {
    const thanhHoa = storeWith({ prefix: 'tenants/thanh-hoa/' });
    const ngheAn = storeWith({ prefix: 'tenants/nghe-an' });
    const bytes = Buffer.from('Thuyết minh đề xuất');
    await thanhHoa.put('applications/a9/d9', bytes);

    expect(await objectKeys('tenants/')).toEqual(['tenants/thanh-hoa/applications/a9/d9']);
    expect(await readAll(await thanhHoa.get('applications/a9/d9'))).toEqual(bytes);
    await expect(ngheAn.get('applications/a9/d9')).rejects.toBeInstanceOf(DocumentNotStoredError);
    await expect(storeWith().get('applications/a9/d9')).rejects.toBeInstanceOf(DocumentNotStoredError);

    await thanhHoa.delete('applications/a9/d9');
    expect(await objectKeys('tenants/')).toEqual([]);
  });

  it('fails the read when the stored bytes do not match their stored checksum', async () => {
    // moto keeps whatever checksum it is told (AWS would refuse this upload): the store must still not hand the bytes out as good.
    const bytes = Buffer.from('nội dung đã bị thay đổi');
    await s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'tampered', Body: bytes, ChecksumAlgorithm: 'SHA256', ChecksumSHA256: createHash('sha256').update('nội dung gốc').digest('base64') }),
    );
    await expect(storeWith().get('tampered').then(readAll)).rejects.toThrow(/checksum/i);
  });
});

describe('documents API with DOCUMENT_STORE=s3', () => {
  const PREFIX = 'api-test';
  let stack: TestStack;
  let driver: CaseDriver;
  let headers: Record<string, string>;
  let documentsDir: string;

  beforeAll(async () => {
    installQuietRuntime();
    // Read by DocumentsModule when the API starts (Jest gives each test file its own process.env).
    documentsDir = await mkdtemp(path.join(tmpdir(), 'nscl-documents-s3-'));
    Object.assign(process.env, {
      DOCUMENTS_DIR: documentsDir,
      DOCUMENT_STORE: 's3',
      S3_ENDPOINT: s3.endpoint,
      S3_REGION: s3.region,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: s3.credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
      S3_PREFIX: PREFIX,
    });
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    await seedDemoAccountsInto(stack.database.url);
    headers = await loginAs(stack.baseUrl, 'enterprise.a');
    driver = new CaseDriver(stack, { 'enterprise.a': headers });
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(documentsDir, { recursive: true, force: true });
  });

  it('keeps an uploaded document in the bucket under the prefix and serves it back byte for byte', async () => {
    const created = await driver.call('enterprise.a', 'POST', '/applications', {
      title: 'Áp dụng ISO 9001 tại Công ty Cổ phần Chế biến Nông sản A',
      provinceCode: 'thanh-hoa',
      supportKind: 'management-systems',
      requestedAmountVnd: 300_000_000,
      sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
    });
    expect(created.status).toBe(201);
    const applicationId = created.body.id as string;

    // A PNG signature and a few bytes: enough for the content sniffing, and not text.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('0000000dIHDR', 'latin1'), Buffer.alloc(4096, 0xab)]);
    const form = new FormData();
    form.append('file', new Blob([png], { type: 'image/png' }), 'Sơ đồ nhà xưởng.png');
    form.append('kind', 'proposal');
    const uploaded = await fetch(`${stack.baseUrl}/api/v1/applications/${applicationId}/documents`, { method: 'POST', headers, body: form });
    const body = (await uploaded.json()) as Record<string, unknown>;
    expect(uploaded.status).toBe(201);
    expect(body).toMatchObject({ sizeBytes: png.length, sha256: sha256(png), contentType: 'image/png' });

    const [row] = await stack.sql<{ storage_key: string; sha256: string }>('SELECT storage_key, sha256 FROM documents WHERE id = $1', [body.id]);
    expect(row.sha256).toBe(sha256(png));
    const object = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}/${row.storage_key}` }));
    expect(Buffer.from(await object.Body!.transformToByteArray())).toEqual(png);
    expect(object.Metadata).toEqual({ sha256: sha256(png) });
    // Nothing went to the filesystem store's folder.
    expect(await readdir(documentsDir)).toEqual([]);

    const downloaded = await fetch(`${stack.baseUrl}/api/v1/applications/${applicationId}/documents/${body.id as string}`, { headers });
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-length')).toBe(String(png.length));
    const bytes = Buffer.from(await downloaded.arrayBuffer());
    expect(bytes.equals(png)).toBe(true);
  });
});
