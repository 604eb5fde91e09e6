/** What a document is for, in the dossier. */
export const DOCUMENT_KINDS = ['proposal', 'financial-report', 'supplement', 'progress-evidence', 'acceptance-dossier', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
