import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { assertDocumentKey, DocumentNotStoredError, DocumentStore, StoredDocument } from './document-store';

/** Where an S3-compatible store keeps documents (DOCUMENT_STORE=s3 and the S3_* variables). */
export interface S3DocumentStoreOptions {
  bucket: string;
  region: string;
  /** Unset means AWS itself; e.g. `http://minio:9000` for an S3-compatible server. */
  endpoint?: string;
  /** `bucket` in the path instead of the host name: what MinIO and most S3-compatible servers need. */
  forcePathStyle: boolean;
  /** Unset means the SDK's default chain (environment, shared config, instance role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Put before every key, e.g. `nscl/production` → `nscl/production/applications/<case>/<doc>`. */
  prefix?: string;
}

/**
 * Keeps documents as objects of one bucket, one object per key. A PutObject is atomic (readers see
 * the previous object or the whole new one), which gives the same guarantee as the filesystem's rename.
 *
 * Integrity: the SHA-256 we measured goes with the upload as the object's checksum (`ChecksumSHA256`,
 * which AWS verifies against the bytes it receives and keeps with the object); reads ask for it back
 * (`ChecksumMode`), and the SDK fails the stream at its end if the bytes do not match. Servers that
 * ignore flexible checksums still store the object, so the hex digest is also kept as metadata
 * (`x-amz-meta-sha256`), where any tool can compare it with the database row.
 */
export class S3DocumentStore implements DocumentStore {
  private readonly client: S3Client;
  private readonly prefix: string;

  constructor(private readonly options: S3DocumentStoreOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
    });
    this.prefix = (options.prefix ?? '').replace(/^\/+|\/+$/g, '');
  }

  async put(key: string, content: Readable | Buffer): Promise<StoredDocument> {
    const objectKey = this.objectKeyOf(key);
    // Uploads are bounded by MAX_DOCUMENT_BYTES: holding one in memory lets us send its length and checksum up front.
    const bytes = Buffer.isBuffer(content) ? content : await readAll(content);
    const digest = createHash('sha256').update(bytes).digest();
    const sha256 = digest.toString('hex');
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.options.bucket,
        Key: objectKey,
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: 'application/octet-stream',
        // Naming the algorithm is what makes servers keep the checksum (moto ignores a bare ChecksumSHA256).
        ChecksumAlgorithm: 'SHA256',
        ChecksumSHA256: digest.toString('base64'),
        Metadata: { sha256 },
      }),
    );
    return { size: bytes.length, sha256 };
  }

  async get(key: string): Promise<Readable> {
    const objectKey = this.objectKeyOf(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: objectKey, ChecksumMode: 'ENABLED' }));
      if (!(object.Body instanceof Readable)) throw new Error(`S3 returned no readable body for "${objectKey}"`);
      return object.Body;
    } catch (error) {
      if (isMissingObject(error)) throw new DocumentNotStoredError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // DeleteObject succeeds whether or not the object exists.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKeyOf(key) }));
  }

  /** Closes the client's connections; Nest calls it when the application closes. */
  onModuleDestroy(): void {
    this.client.destroy();
  }

  private objectKeyOf(key: string): string {
    assertDocumentKey(key);
    return this.prefix === '' ? key : `${this.prefix}/${key}`;
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A missing object, not a missing bucket or a refused request (those are configuration faults and stay errors). */
function isMissingObject(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === 'NoSuchKey' || (error.$metadata.httpStatusCode === 404 && error.name !== 'NoSuchBucket');
}
