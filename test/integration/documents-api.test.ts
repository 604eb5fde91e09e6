import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/persistence/src/data-source';
import { seedReferenceData } from '../../libs/persistence/src/seed/seed-reference-data';
import { loginAs, seedDemoAccountsInto } from '../harness/auth';
import { CaseDriver } from '../harness/case-driver';
import { http } from '../harness/http';
import { startTestStack, TestStack } from '../harness/test-stack';
import { installQuietRuntime } from '../harness/time-skipping';

/** A small limit for this file's API, so "too large" needs only a few kilobytes. */
const MAX_BYTES = 16 * 1024;
const PEOPLE = ['enterprise.a', 'enterprise.b', 'officer.tdc', 'manager'];

/** A real, minimal one-page PDF (a viewer opens it), built from its bytes. */
function tinyPdf(text: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 20 50 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 20 50 Td (${text}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('application documents API on a Temporal dev server and PostgreSQL', () => {
  let stack: TestStack;
  let driver: CaseDriver;
  let headers: Record<string, Record<string, string>>;
  let documentsDir: string;

  beforeAll(async () => {
    installQuietRuntime();
    // Read by DocumentsModule when the API starts (Jest gives each test file its own process.env).
    documentsDir = await mkdtemp(path.join(tmpdir(), 'nscl-documents-api-'));
    process.env.DOCUMENTS_DIR = documentsDir;
    process.env.MAX_DOCUMENT_BYTES = String(MAX_BYTES);
    stack = await startTestStack();
    const dataSource = await new DataSource(dataSourceOptions(stack.database.url)).initialize();
    await seedReferenceData(dataSource);
    await dataSource.destroy();
    await seedDemoAccountsInto(stack.database.url);
    headers = {};
    for (const username of PEOPLE) headers[username] = await loginAs(stack.baseUrl, username);
    driver = new CaseDriver(stack, headers);
  });

  afterAll(async () => {
    await stack?.stop();
    await rm(documentsDir, { recursive: true, force: true });
  });

  const proposal = {
    title: 'Áp dụng ISO 9001 và công cụ 5S tại Công ty Cổ phần Chế biến Nông sản A',
    provinceCode: 'thanh-hoa',
    supportKind: 'management-systems',
    requestedAmountVnd: 300_000_000,
    sponsoringDepartmentCode: 'thanh-hoa/so-cong-thuong',
  };

  async function draft(): Promise<string> {
    const created = await driver.call('enterprise.a', 'POST', '/applications', proposal);
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  /** POSTs a multipart form as `username`: the file part (unless `file` is null) and the text fields. */
  async function upload(
    username: string,
    applicationId: string,
    file: { bytes: Uint8Array; name: string; type: string } | null,
    fields: Record<string, string> = {},
    extraHeaders: Record<string, string> = {},
  ): Promise<{ status: number; contentType: string; body: Record<string, unknown> }> {
    const form = new FormData();
    if (file) form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const response = await fetch(`${stack.baseUrl}/api/v1/applications/${applicationId}/documents`, { method: 'POST', headers: { ...headers[username], ...extraHeaders }, body: form });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  }

  async function download(username: string, applicationId: string, documentId: string): Promise<Response> {
    return fetch(`${stack.baseUrl}/api/v1/applications/${applicationId}/documents/${documentId}`, { headers: headers[username] });
  }

  const documentRows = (applicationId: string) => stack.sql<{ id: string; size_bytes: string; sha256: string; storage_key: string }>('SELECT * FROM documents WHERE application_id = $1', [applicationId]);

  it('stores an uploaded PDF under its Vietnamese name, serves it back byte for byte with its SHA-256, and audits the upload', async () => {
    const id = await draft();
    const pdf = tinyPdf('Thuyet minh de xuat');
    const name = 'Thuyết minh đề xuất (bản 1).pdf';
    const uploaded = await upload('enterprise.a', id, { bytes: pdf, name, type: 'application/pdf' }, { kind: 'proposal', description: 'Thuyết minh kèm dự toán' });
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      applicationId: id,
      kind: 'proposal',
      originalName: name,
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256: sha256(pdf),
      description: 'Thuyết minh kèm dự toán',
      uploadedBy: { username: 'enterprise.a' },
    });
    const documentId = uploaded.body.id as string;
    expect(uploaded.body.downloadUrl).toBe(`/api/v1/applications/${id}/documents/${documentId}`);

    const response = await download('enterprise.a', id, documentId);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(pdf)).toBe(true);
    expect(sha256(bytes)).toBe(sha256(pdf));
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(pdf.length));
    expect(response.headers.get('etag')).toBe(`"${sha256(pdf)}"`);
    expect(response.headers.get('digest')).toBe(`sha-256=${createHash('sha256').update(pdf).digest('base64')}`);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toContain('attachment; filename="Thuyet minh de xuat (ban 1).pdf"');
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(disposition)?.[1] ?? '')).toBe(name);

    const [row] = await documentRows(id);
    expect(row).toMatchObject({ id: documentId, size_bytes: String(pdf.length), sha256: sha256(pdf) });
    expect(await readFile(path.join(documentsDir, ...row.storage_key.split('/')))).toEqual(pdf);

    const audit = await stack.sql<{ action: string; subject_type: string; actor_name: string; after: Record<string, unknown> }>(
      `SELECT action, subject_type, actor_name, after FROM audit_log WHERE subject_id = $1 AND action = 'application.document-uploaded'`,
      [id],
    );
    expect(audit).toEqual([
      {
        action: 'application.document-uploaded',
        subject_type: 'application',
        actor_name: 'enterprise.a',
        after: { documentId, kind: 'proposal', originalName: name, contentType: 'application/pdf', sizeBytes: pdf.length, sha256: sha256(pdf) },
      },
    ]);

    const list = await driver.call('enterprise.a', 'GET', `/applications/${id}/documents`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 20, items: [uploaded.body] });
  });

  it('refuses files that only claim to be a PDF (415, naming the allowed types), a missing file (400) and a file over the limit (413)', async () => {
    const id = await draft();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(200, 0)]);
    const renamedExe = await upload('enterprise.a', id, { bytes: exe, name: 'ho-so.pdf', type: 'application/pdf' });
    expect(renamedExe.status).toBe(415);
    expect(renamedExe.contentType).toContain('application/problem+json');
    expect(renamedExe.body.title).toBe('Loại tệp không được chấp nhận');
    expect(renamedExe.body.detail).toContain('PDF (application/pdf), DOCX');
    expect(renamedExe.body.detail).toContain('ZIP (application/zip)');

    const text = await upload('enterprise.a', id, { bytes: Buffer.from('Báo cáo tài chính năm 2025'), name: 'bao-cao.pdf', type: 'application/pdf' }, {}, { 'accept-language': 'en' });
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({ title: 'File type not accepted', status: 415 });
    expect(text.body.detail).toContain('accepted types: PDF (application/pdf)');

    const missing = await upload('enterprise.a', id, null, { kind: 'proposal' });
    expect(missing.status).toBe(400);
    expect(missing.contentType).toContain('application/problem+json');
    expect(missing.body.type).toContain('document-file-missing');

    const justOver = Buffer.concat([tinyPdf('x'), Buffer.alloc(MAX_BYTES, 0x20)]);
    const tooLarge = await upload('enterprise.a', id, { bytes: justOver, name: 'lon.pdf', type: 'application/pdf' });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.contentType).toContain('application/problem+json');
    expect(tooLarge.body.title).toBe('Tệp quá lớn');
    expect(tooLarge.body.detail).toContain(`(${MAX_BYTES} byte)`);

    // A body announcing far more than the limit is refused before it is read.
    const huge = await upload('enterprise.a', id, { bytes: Buffer.concat([tinyPdf('x'), Buffer.alloc(1024 * 1024)]), name: 'rat-lon.pdf', type: 'application/pdf' });
    expect(huge.status).toBe(413);
    expect(huge.body.type).toContain('document-too-large');

    const atTheLimit = Buffer.concat([tinyPdf('x'), Buffer.alloc(MAX_BYTES - tinyPdf('x').length, 0x20)]);
    expect((await upload('enterprise.a', id, { bytes: atTheLimit, name: 'vua-du.pdf', type: 'application/octet-stream' })).status).toBe(201);

    // Only the accepted file left a row, and only its bytes are on disk.
    const rows = await documentRows(id);
    expect(rows).toHaveLength(1);
    expect(await readdir(path.join(documentsDir, 'applications', id))).toEqual([rows[0].id]);
  });

  it('returns the first document for a repeated Idempotency-Key and refuses the key for other bytes', async () => {
    const id = await draft();
    const pdf = tinyPdf('Bao cao tai chinh 2025');
    const key = { 'idempotency-key': `upload-${Date.now()}` };
    const first = await upload('enterprise.a', id, { bytes: pdf, name: 'Báo cáo tài chính 2025.pdf', type: 'application/pdf' }, { kind: 'financial-report' }, key);
    const second = await upload('enterprise.a', id, { bytes: pdf, name: 'Báo cáo tài chính 2025.pdf', type: 'application/pdf' }, { kind: 'financial-report' }, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);

    const other = await upload('enterprise.a', id, { bytes: tinyPdf('Ban khac'), name: 'Báo cáo tài chính 2025.pdf', type: 'application/pdf' }, { kind: 'financial-report' }, key);
    expect(other.status).toBe(422);
    expect(other.body.type).toContain('idempotency-key-reused');

    expect(await documentRows(id)).toHaveLength(1);
    const [{ count }] = await stack.sql<{ count: string }>(`SELECT count(*) FROM audit_log WHERE subject_id = $1 AND action = 'application.document-uploaded'`, [id]);
    expect(Number(count)).toBe(1);
    expect(await readdir(path.join(documentsDir, 'applications', id))).toHaveLength(1);
  });

  it('hides a case from another enterprise (404), lets the department read but not upload (403), and takes documents after submission only while a supplement is requested (409, then 201)', async () => {
    const id = await draft();
    const pdf = tinyPdf('Ho so');
    const first = await upload('enterprise.a', id, { bytes: pdf, name: 'ho-so.pdf', type: 'application/pdf' }, { kind: 'proposal' });
    expect(first.status).toBe(201);
    const documentId = first.body.id as string;

    const stranger = await upload('enterprise.b', id, { bytes: pdf, name: 'la.pdf', type: 'application/pdf' });
    expect(stranger.status).toBe(404);
    expect(stranger.body.title).toBe('Không tìm thấy hồ sơ');
    expect((await download('enterprise.b', id, documentId)).status).toBe(404);
    expect((await driver.call('enterprise.b', 'GET', `/applications/${id}/documents`)).status).toBe(404);

    expect((await driver.call('enterprise.a', 'POST', `/applications/${id}/submit`)).status).toBe(200);
    await driver.awaitStep(id, 'intake');

    // The intake officer sees the case and its documents, but the dossier is the enterprise's to fill.
    const read = await download('officer.tdc', id, documentId);
    expect(read.status).toBe(200);
    expect(sha256(Buffer.from(await read.arrayBuffer()))).toBe(sha256(pdf));
    expect((await upload('officer.tdc', id, { bytes: pdf, name: 'can-bo.pdf', type: 'application/pdf' })).status).toBe(403);
    expect((await download('officer.tdc', id, '00000000-0000-4000-8000-000000000000')).status).toBe(404);

    const afterSubmission = await upload('enterprise.a', id, { bytes: tinyPdf('Muon'), name: 'muon.pdf', type: 'application/pdf' });
    expect(afterSubmission.status).toBe(409);
    expect(afterSubmission.body.type).toContain('application-closed-for-documents');

    expect((await driver.decide(id, 'intake', 'officer.tdc', 'request-supplement', { comment: 'Bổ sung báo cáo tài chính năm 2025' })).status).toBe(200);
    await driver.awaitStep(id, 'supplement');
    const supplement = await upload('enterprise.a', id, { bytes: tinyPdf('Bo sung'), name: 'Bổ sung BCTC 2025.pdf', type: 'application/pdf' }, { kind: 'supplement' });
    expect(supplement.status).toBe(201);

    const list = await driver.call('officer.tdc', 'GET', `/applications/${id}/documents?kind=supplement`);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: supplement.body.id, originalName: 'Bổ sung BCTC 2025.pdf' }] });
    const all = await driver.call('officer.tdc', 'GET', `/applications/${id}/documents?sort=uploadedAt`);
    expect((all.body.items as { id: string }[]).map((item) => item.id)).toEqual([documentId, supplement.body.id]);
  });

  it('describes the upload as a multipart form in the OpenAPI document', async () => {
    const openApi = await http<{ paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { required: string[]; properties: Record<string, { format?: string }> } }> } }>> }>(
      stack.baseUrl,
      'GET',
      '/docs-json',
    );
    const form = openApi.body.paths['/api/v1/applications/{id}/documents'].post.requestBody?.content['multipart/form-data'].schema;
    expect(form?.required).toEqual(['file']);
    expect(form?.properties.file.format).toBe('binary');
    expect(Object.keys(form?.properties ?? {})).toEqual(['file', 'kind', 'description']);
    expect(openApi.body.paths['/api/v1/applications/{id}/documents/{documentId}'].get).toBeDefined();
  });

  it('answers malformed ids with 400 problems', async () => {
    const malformed = await http(stack.baseUrl, 'GET', '/api/v1/applications/not-a-uuid/documents', { headers: headers['enterprise.a'] });
    expect(malformed.status).toBe(400);
    expect(malformed.contentType).toContain('application/problem+json');
  });
});
