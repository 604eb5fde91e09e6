import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOCUMENT_TYPE_NAMES, documentTypeOfMime, isDocumentTypeName, type DocumentTypeName } from '../../storage/src/document-types';
import type { S3DocumentStoreOptions } from '../../storage/src/s3-document-store';
import { DEFAULT_YEARLY_DEADLINE_READING, YEARLY_DEADLINE_READINGS, type YearlyDeadlineReading } from '../../domain/src/deadlines/yearly-deadline-reading';

/** Everything the product reads from the environment, parsed and checked once at start. */
export interface Environment {
  nodeEnv: 'development' | 'production' | 'test';
  /** Unset means: start an embedded PostgreSQL (launcher only; the API and worker need it set). */
  databaseUrl: string | undefined;
  /** Unset means: start the Temporal dev server (launcher only). */
  temporalAddress: string | undefined;
  temporalNamespace: string;
  temporalTaskQueue: string;
  /** Frontend port of the Temporal dev server that `npm start` runs on embedded defaults. */
  temporalPort: number;
  temporalUiPort: number;
  temporalUiUrl: string | undefined;
  apiHost: string;
  apiPort: number;
  /** Which proxies' X-Forwarded-For the API believes (TRUST_PROXY, Express's "trust proxy"): the client address throttles sign-ins. */
  trustProxy: boolean | number | string;
  /** Origins whose pages may call the API across origins (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  publicBaseUrl: string;
  dataDir: string;
  embeddedPostgresPort: number;
  workflowBundlePath: string;
  demoPassword: string;
  /** JWT_SECRET; null outside production when unset (the installation's generated key is used). */
  jwtSecret: string | null;
  /** SMTP server of notification e-mails (smtp://user:pass@host:587, smtps://…); unset means `npm start` runs the embedded SMTP sink. */
  smtpUrl: string | undefined;
  /** Sender of notification e-mails, e.g. 'Hệ thống NSCL <no-reply@example.gov.vn>'. */
  mailFrom: string;
  /** Port of the embedded SMTP sink (npm start on embedded defaults). */
  smtpSinkPort: number;
  /** Folder of the embedded SMTP sink's .eml files, set by the launcher when it runs the sink; enables GET /dev/mail outside production. */
  smtpSinkDir: string | undefined;
  /** Folder of uploaded documents (DOCUMENTS_DIR, default `${DATA_DIR}/documents`). */
  documentsDir: string;
  /** Largest document accepted, in bytes (MAX_DOCUMENT_BYTES, default 20 MiB). */
  maxDocumentBytes: number;
  /** Kinds of file accepted (ALLOWED_DOCUMENT_TYPES: short names or MIME types, comma-separated; default pdf, docx, xlsx, jpg, png, zip). */
  allowedDocumentTypes: DocumentTypeName[];
  /** Where document bytes live (DOCUMENT_STORE): files under documentsDir (default) or an S3-compatible bucket. */
  documentStore: 'filesystem' | 's3';
  /** The bucket and how to reach it (S3_*), set only when documentStore is 's3'. */
  s3DocumentStore: S3DocumentStoreOptions | undefined;
  /** How the yearly report's "before 30/11" is read when 30/11 is a day off (YEARLY_REPORT_DEADLINE_READING, default 'on-the-date'). */
  yearlyReportDeadlineReading: YearlyDeadlineReading;
}

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
    this.name = 'EnvironmentError';
  }
}

/** TRUST_PROXY: true/false, a number of hops, or addresses and subnets ("loopback", "10.0.0.0/8, 127.0.0.1"). */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw.trim() === '' || /^(false|no|0)$/i.test(raw.trim())) return false;
  if (/^(true|yes)$/i.test(raw.trim())) return true;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  return raw.trim();
}

/** The folder holding package.json, whether running from sources or from dist/. */
const projectRoot = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const problems: string[] = [];

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = env[name] ?? fallback;
    if (!(allowed as readonly string[]).includes(value)) problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return value as T;
  };
  const port = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) problems.push(`${name} must be a TCP port (got "${raw}")`);
    return value;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    try {
      const parsed = new URL(raw);
      if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
    } catch {
      problems.push(`${name} is not a valid URL`);
    }
    return raw;
  };
  const positiveInteger = (name: string, fallback: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1 || value > max) problems.push(`${name} must be a whole number from 1 to ${max} (got "${raw}")`);
    return value;
  };
  const documentTypes = (name: string, fallback: readonly DocumentTypeName[]): DocumentTypeName[] => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return [...fallback];
    const names = raw.split(',').map((entry) => entry.trim().toLowerCase()).filter((entry) => entry !== '');
    const known = names.map((entry) => (isDocumentTypeName(entry) ? entry : documentTypeOfMime(entry)?.name));
    const unknown = names.filter((_entry, index) => known[index] === undefined);
    if (names.length === 0) problems.push(`${name} must list at least one type`);
    if (unknown.length > 0) problems.push(`${name} may list only ${DOCUMENT_TYPE_NAMES.join(', ')} or their MIME types (got "${unknown.join('", "')}")`);
    return [...new Set(known.filter((entry): entry is DocumentTypeName => entry !== undefined))];
  };
  const text = (name: string, fallback: string): string => (env[name] === undefined || env[name] === '' ? fallback : (env[name] as string));
  const origins = (name: string): string[] => {
    const list = (env[name] ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    for (const entry of list) {
      if (!/^https?:\/\/[^/\s]+$/.test(entry)) problems.push(`${name} must list origins such as https://portal.example.gov.vn, without a path (got "${entry}")`);
    }
    return list;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (/^(true|1|yes)$/i.test(raw)) return true;
    if (/^(false|0|no)$/i.test(raw)) return false;
    problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  };
  /** The S3_* variables, read only when DOCUMENT_STORE=s3 (they mean nothing to the filesystem store). */
  const s3DocumentStore = (): S3DocumentStoreOptions => {
    const endpoint = url('S3_ENDPOINT', ['http:', 'https:']);
    const region = text('S3_REGION', 'us-east-1');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(region)) problems.push(`S3_REGION must be a region name such as us-east-1 (got "${region}")`);
    const bucket = env.S3_BUCKET ?? '';
    if (bucket === '') problems.push('S3_BUCKET must be set when DOCUMENT_STORE=s3');
    // S3's bucket naming rules: 3-63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit.
    else if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) problems.push(`S3_BUCKET must be an S3 bucket name: 3-63 lower-case letters, digits, "." and "-" (got "${bucket}")`);
    const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
    const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
    if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) problems.push('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together (or neither, for the AWS default credential chain)');
    const prefix = (env.S3_PREFIX ?? '').replace(/^\/+|\/+$/g, '');
    if (prefix !== '' && !/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(prefix)) problems.push(`S3_PREFIX may hold only letters, digits, ".", "_", "-" and "/" between segments (got "${env.S3_PREFIX}")`);
    else if (prefix.split('/').some((segment) => segment === '.' || segment === '..')) problems.push(`S3_PREFIX must not contain "." or ".." segments (got "${env.S3_PREFIX}")`);
    return {
      bucket,
      region,
      ...(endpoint === undefined ? {} : { endpoint }),
      // S3-compatible servers (MinIO, Ceph, moto…) rarely have a DNS name per bucket; AWS prefers virtual-hosted style.
      forcePathStyle: flag('S3_FORCE_PATH_STYLE', endpoint !== undefined),
      ...(accessKeyId !== undefined && secretAccessKey !== undefined ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      ...(prefix === '' ? {} : { prefix }),
    };
  };

  const nodeEnv = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const apiPort = port('PORT', 3000);
  const apiHost = text('HOST', '127.0.0.1');
  const dataDir = path.resolve(projectRoot, text('DATA_DIR', 'data'));
  const jwtSecret = text('JWT_SECRET', '');
  if (nodeEnv === 'production' && jwtSecret.length < 32) problems.push('JWT_SECRET must be set to at least 32 characters in production');
  const documentStore = oneOf('DOCUMENT_STORE', ['filesystem', 's3'] as const, 'filesystem');
  const temporalAddress = env.TEMPORAL_ADDRESS || undefined;
  if (temporalAddress !== undefined && !/^[\w.-]+:\d+$/.test(temporalAddress)) problems.push(`TEMPORAL_ADDRESS must be host:port (got "${temporalAddress}")`);

  const environment: Environment = {
    nodeEnv,
    databaseUrl: url('DATABASE_URL', ['postgres:', 'postgresql:']),
    temporalAddress,
    temporalNamespace: text('TEMPORAL_NAMESPACE', 'default'),
    temporalTaskQueue: text('TEMPORAL_TASK_QUEUE', 'nscl'),
    temporalPort: port('TEMPORAL_PORT', 7233),
    temporalUiPort: port('TEMPORAL_UI_PORT', 8233),
    temporalUiUrl: url('TEMPORAL_UI_URL', ['http:', 'https:']),
    apiHost,
    apiPort,
    trustProxy: trustProxy(env.TRUST_PROXY),
    corsOrigins: origins('CORS_ORIGINS'),
    publicBaseUrl: url('PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://localhost:${apiPort}`,
    dataDir,
    embeddedPostgresPort: port('EMBEDDED_POSTGRES_PORT', 5433),
    workflowBundlePath: path.resolve(projectRoot, text('WORKFLOW_BUNDLE_PATH', 'dist/workflow-bundle.js')),
    demoPassword: text('DEMO_PASSWORD', 'demo-password'),
    // Unset outside production: the API uses the installation's own key (installationSecret).
    jwtSecret: jwtSecret || null,
    smtpUrl: url('SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: text('MAIL_FROM', 'Hệ thống NSCL <no-reply@nscl.localhost>'),
    smtpSinkPort: port('SMTP_SINK_PORT', 2525),
    smtpSinkDir: env.SMTP_SINK_DIR ? path.resolve(projectRoot, env.SMTP_SINK_DIR) : undefined,
    documentsDir: path.resolve(projectRoot, text('DOCUMENTS_DIR', path.join(dataDir, 'documents'))),
    // Uploads are held in memory up to this size before they are stored: keep it modest.
    maxDocumentBytes: positiveInteger('MAX_DOCUMENT_BYTES', 20 * 1024 * 1024, 256 * 1024 * 1024),
    allowedDocumentTypes: documentTypes('ALLOWED_DOCUMENT_TYPES', DOCUMENT_TYPE_NAMES),
    documentStore,
    s3DocumentStore: documentStore === 's3' ? s3DocumentStore() : undefined,
    yearlyReportDeadlineReading: oneOf('YEARLY_REPORT_DEADLINE_READING', YEARLY_DEADLINE_READINGS, DEFAULT_YEARLY_DEADLINE_READING),
  };
  if (problems.length > 0) throw new EnvironmentError(problems);
  return environment;
}

/** The API and the worker always talk to real servers: the launcher or the operator must say where. */
export function requireServers(environment: Environment): Environment & { databaseUrl: string; temporalAddress: string } {
  const problems: string[] = [];
  if (!environment.databaseUrl) problems.push('DATABASE_URL must be set (npm start sets it for you on embedded defaults)');
  if (!environment.temporalAddress) problems.push('TEMPORAL_ADDRESS must be set (npm start sets it for you on embedded defaults)');
  if (problems.length > 0) throw new EnvironmentError(problems);
  return environment as Environment & { databaseUrl: string; temporalAddress: string };
}

export { projectRoot };
