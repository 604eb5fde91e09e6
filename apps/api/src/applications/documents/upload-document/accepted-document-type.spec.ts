import { acceptedDocumentType } from './accepted-document-type';

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const exe = Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
const all = ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'zip'] as const;

describe('acceptedDocumentType', () => {
  it('accepts bytes of an allowed type declared as that type, an alias of it, or as nothing in particular', () => {
    expect(acceptedDocumentType('application/pdf', pdf, all)?.mimeType).toBe('application/pdf');
    expect(acceptedDocumentType('application/x-pdf', pdf, all)?.name).toBe('pdf');
    expect(acceptedDocumentType('application/octet-stream', pdf, all)?.name).toBe('pdf');
    expect(acceptedDocumentType(undefined, png, all)?.mimeType).toBe('image/png');
  });

  it('refuses bytes that are not what the client declared', () => {
    expect(acceptedDocumentType('application/pdf', exe, all)).toBeUndefined();
    expect(acceptedDocumentType('application/pdf', new TextEncoder().encode('chỉ là văn bản'), all)).toBeUndefined();
    expect(acceptedDocumentType('image/png', pdf, all)).toBeUndefined();
    expect(acceptedDocumentType('text/plain', pdf, all)).toBeUndefined();
  });

  it('refuses a type the configuration does not allow, whatever is declared', () => {
    expect(acceptedDocumentType('image/png', png, ['pdf'])).toBeUndefined();
    expect(acceptedDocumentType('application/octet-stream', png, ['pdf'])).toBeUndefined();
  });
});
