import * as path from 'node:path';
import { EnvironmentError, loadEnvironment } from '../../../../../libs/config/src/environment';
import { documentsOptionsOf } from './documents-options';

describe('documentsOptionsOf', () => {
  it('keeps documents as files under DATA_DIR, up to 20 MiB, of the six usual types, by default', () => {
    const options = documentsOptionsOf(loadEnvironment({ DATA_DIR: '/srv/nscl' }));
    expect(options).toEqual({
      store: { kind: 'filesystem', dir: path.resolve('/srv/nscl/documents') },
      maxBytes: 20 * 1024 * 1024,
      allowedTypes: ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'zip'],
    });
  });

  it('reads the folder, the limit and the types (short names or MIME types) from the environment', () => {
    const options = documentsOptionsOf(loadEnvironment({ DOCUMENTS_DIR: '/mnt/ho-so', MAX_DOCUMENT_BYTES: '1048576', ALLOWED_DOCUMENT_TYPES: 'PDF, image/jpeg,pdf' }));
    expect(options).toEqual({ store: { kind: 'filesystem', dir: '/mnt/ho-so' }, maxBytes: 1_048_576, allowedTypes: ['pdf', 'jpg'] });
  });

  it('keeps the filesystem store when DOCUMENT_STORE says so, whatever S3_* variables are lying around', () => {
    const options = documentsOptionsOf(loadEnvironment({ DOCUMENT_STORE: 'filesystem', DOCUMENTS_DIR: '/mnt/ho-so', S3_BUCKET: 'Not A Bucket' }));
    expect(options.store).toEqual({ kind: 'filesystem', dir: '/mnt/ho-so' });
  });

  it('describes the bucket when DOCUMENT_STORE=s3, with the same limits', () => {
    const options = documentsOptionsOf(
      loadEnvironment({ DOCUMENT_STORE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'nscl-ho-so', S3_PREFIX: 'thanh-hoa', MAX_DOCUMENT_BYTES: '1048576' }),
    );
    expect(options).toEqual({
      store: { kind: 's3', s3: { bucket: 'nscl-ho-so', region: 'us-east-1', endpoint: 'http://minio:9000', forcePathStyle: true, prefix: 'thanh-hoa' } },
      maxBytes: 1_048_576,
      allowedTypes: ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'zip'],
    });
  });

  it('refuses a limit that is not a positive whole number, and types it cannot check', () => {
    let caught: unknown;
    try {
      loadEnvironment({ MAX_DOCUMENT_BYTES: '20MB', ALLOWED_DOCUMENT_TYPES: 'pdf,exe,text/plain' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvironmentError);
    const problems = (caught as EnvironmentError).problems.join('\n');
    expect(problems).toContain('MAX_DOCUMENT_BYTES');
    expect(problems).toContain('"exe", "text/plain"');
    expect(() => loadEnvironment({ MAX_DOCUMENT_BYTES: '0' })).toThrow(/MAX_DOCUMENT_BYTES/);
    expect(() => loadEnvironment({ ALLOWED_DOCUMENT_TYPES: ' , ' })).toThrow(/at least one/);
  });
});
