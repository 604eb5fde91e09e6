import { EnvironmentError, loadEnvironment, requireServers } from './environment';

describe('loadEnvironment', () => {
  it('falls back to embedded defaults when nothing is set', () => {
    const environment = loadEnvironment({});
    expect(environment.databaseUrl).toBeUndefined();
    expect(environment.temporalAddress).toBeUndefined();
    expect(environment.apiPort).toBe(3000);
    expect(environment.temporalTaskQueue).toBe('nscl');
    expect(environment.demoPassword).toBe('demo-password');
    expect(environment.dataDir).toMatch(/data$/);
  });

  it('reads the yearly report deadline as a fixed date unless told to move it to the next working day', () => {
    expect(loadEnvironment({}).yearlyReportDeadlineReading).toBe('on-the-date');
    expect(loadEnvironment({ YEARLY_REPORT_DEADLINE_READING: 'next-working-day' }).yearlyReportDeadlineReading).toBe('next-working-day');
    expect(() => loadEnvironment({ YEARLY_REPORT_DEADLINE_READING: 'sometimes' })).toThrow(/YEARLY_REPORT_DEADLINE_READING/);
  });

  it('lists every problem at once', () => {
    let caught: unknown;
    try {
      loadEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', TEMPORAL_ADDRESS: 'no-port' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvironmentError);
    const problems = (caught as EnvironmentError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('DATABASE_URL');
    expect(problems).toContain('NODE_ENV');
    expect(problems).toContain('TEMPORAL_ADDRESS');
  });

  it('demands a real JWT secret in production', () => {
    expect(() => loadEnvironment({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(loadEnvironment({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toBe('x'.repeat(32));
    // Elsewhere an unset secret means the installation's own generated key, never a shared one.
    expect(loadEnvironment({}).jwtSecret).toBeNull();
  });

  it('reads TRUST_PROXY as Express does: off by default, a flag, a number of hops, or addresses', () => {
    expect(loadEnvironment({}).trustProxy).toBe(false);
    expect(loadEnvironment({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadEnvironment({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadEnvironment({ TRUST_PROXY: ' loopback, 10.0.0.0/8 ' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  });

  it('reads CORS_ORIGINS as a list of origins, none by default', () => {
    expect(loadEnvironment({}).corsOrigins).toEqual([]);
    expect(loadEnvironment({ CORS_ORIGINS: 'https://dvc.thanhhoa.gov.vn, http://localhost:5173' }).corsOrigins).toEqual(['https://dvc.thanhhoa.gov.vn', 'http://localhost:5173']);
    expect(() => loadEnvironment({ CORS_ORIGINS: 'https://example.gov.vn/path' })).toThrow(/CORS_ORIGINS/);
  });

  it('requires both servers for the API and the worker', () => {
    expect(() => requireServers(loadEnvironment({}))).toThrow(/DATABASE_URL[\s\S]*TEMPORAL_ADDRESS/);
    const ready = requireServers(loadEnvironment({ DATABASE_URL: 'postgres://u:p@localhost:5432/db', TEMPORAL_ADDRESS: 'localhost:7233' }));
    expect(ready.temporalAddress).toBe('localhost:7233');
  });

  describe('document store', () => {
    const problemsOf = (env: NodeJS.ProcessEnv): string => {
      try {
        loadEnvironment(env);
      } catch (error) {
        if (error instanceof EnvironmentError) return error.problems.join('\n');
        throw error;
      }
      throw new Error('expected an EnvironmentError');
    };

    it('keeps files under the data folder unless DOCUMENT_STORE says otherwise', () => {
      const environment = loadEnvironment({ S3_BUCKET: 'ignored-bucket' });
      expect(environment.documentStore).toBe('filesystem');
      expect(environment.s3DocumentStore).toBeUndefined();
      expect(environment.documentsDir).toMatch(/data[/\\]documents$/);
    });

    it('reads an S3-compatible server: path style by default, explicit keys, a trimmed prefix', () => {
      const environment = loadEnvironment({
        DOCUMENT_STORE: 's3',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_REGION: 'ap-southeast-1',
        S3_BUCKET: 'nscl.documents',
        S3_ACCESS_KEY_ID: 'minio',
        S3_SECRET_ACCESS_KEY: 'minio-secret',
        S3_PREFIX: '/nscl/thanh-hoa/',
      });
      expect(environment.documentStore).toBe('s3');
      expect(environment.s3DocumentStore).toEqual({
        bucket: 'nscl.documents',
        region: 'ap-southeast-1',
        endpoint: 'http://127.0.0.1:9000',
        forcePathStyle: true,
        credentials: { accessKeyId: 'minio', secretAccessKey: 'minio-secret' },
        prefix: 'nscl/thanh-hoa',
      });
    });

    it('reads AWS itself: us-east-1, virtual-hosted style and the SDK credential chain by default', () => {
      expect(loadEnvironment({ DOCUMENT_STORE: 's3', S3_BUCKET: 'nscl-documents' }).s3DocumentStore).toEqual({ bucket: 'nscl-documents', region: 'us-east-1', forcePathStyle: false });
    });

    it('lets S3_FORCE_PATH_STYLE override the default either way', () => {
      expect(loadEnvironment({ DOCUMENT_STORE: 's3', S3_BUCKET: 'abc', S3_FORCE_PATH_STYLE: 'true' }).s3DocumentStore?.forcePathStyle).toBe(true);
      expect(loadEnvironment({ DOCUMENT_STORE: 's3', S3_BUCKET: 'abc', S3_ENDPOINT: 'https://s3.example.vn', S3_FORCE_PATH_STYLE: 'false' }).s3DocumentStore?.forcePathStyle).toBe(false);
      expect(loadEnvironment({ DOCUMENT_STORE: 's3', S3_BUCKET: 'abc', S3_ENDPOINT: 'https://s3.example.vn', S3_FORCE_PATH_STYLE: '0' }).s3DocumentStore?.forcePathStyle).toBe(false);
    });

    it('refuses an unknown store', () => {
      expect(problemsOf({ DOCUMENT_STORE: 'ftp' })).toContain('DOCUMENT_STORE must be one of filesystem, s3 (got "ftp")');
    });

    it('demands a bucket for s3', () => {
      expect(problemsOf({ DOCUMENT_STORE: 's3' })).toContain('S3_BUCKET must be set when DOCUMENT_STORE=s3');
    });

    it('lists every S3 problem at once', () => {
      const problems = problemsOf({
        DOCUMENT_STORE: 's3',
        S3_ENDPOINT: 'ftp://files.example.vn',
        S3_REGION: 'Hà Nội',
        S3_BUCKET: 'Ho_So',
        S3_ACCESS_KEY_ID: 'only-the-id',
        S3_FORCE_PATH_STYLE: 'maybe',
        S3_PREFIX: 'nscl/../etc',
      });
      expect(problems).toContain('S3_ENDPOINT must use http: or https:');
      expect(problems).toContain('S3_REGION');
      expect(problems).toContain('S3_BUCKET must be an S3 bucket name');
      expect(problems).toContain('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together');
      expect(problems).toContain('S3_FORCE_PATH_STYLE must be true or false (got "maybe")');
      expect(problems).toContain('S3_PREFIX must not contain "." or ".." segments');
      expect(problemsOf({ DOCUMENT_STORE: 's3', S3_BUCKET: 'abc', S3_ENDPOINT: 'not a url' })).toContain('S3_ENDPOINT is not a valid URL');
      expect(problemsOf({ DOCUMENT_STORE: 's3', S3_BUCKET: 'abc', S3_PREFIX: 'tài liệu' })).toContain('S3_PREFIX may hold only');
      expect(problemsOf({ DOCUMENT_STORE: 's3', S3_BUCKET: 'abc', S3_SECRET_ACCESS_KEY: 'only-the-secret' })).toContain('must be set together');
    });
  });
});
