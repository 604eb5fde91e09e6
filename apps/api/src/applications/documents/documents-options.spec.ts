import * as path from 'node:path';
import { EnvironmentError, loadEnvironment } from '../../../../../libs/config/src/environment';
import { documentsOptionsOf } from './documents-options';

describe('documentsOptionsOf', () => {
  it('keeps documents under DATA_DIR, up to 20 MiB, of the six usual types, by default', () => {
    const options = documentsOptionsOf(loadEnvironment({ DATA_DIR: '/srv/nscl' }));
    expect(options).toEqual({ dir: path.resolve('/srv/nscl/documents'), maxBytes: 20 * 1024 * 1024, allowedTypes: ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'zip'] });
  });

  it('reads the folder, the limit and the types (short names or MIME types) from the environment', () => {
    const options = documentsOptionsOf(loadEnvironment({ DOCUMENTS_DIR: '/mnt/ho-so', MAX_DOCUMENT_BYTES: '1048576', ALLOWED_DOCUMENT_TYPES: 'PDF, image/jpeg,pdf' }));
    expect(options).toEqual({ dir: '/mnt/ho-so', maxBytes: 1_048_576, allowedTypes: ['pdf', 'jpg'] });
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
