/** A message a person reads, Vietnamese first, English available. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/**
 * A broken business rule. The API maps it to an HTTP problem (default 422) and picks the
 * message by the caller's language; `field` names the input at fault when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly text: LocalizedText,
    readonly field?: string,
    readonly status: number = 422,
  ) {
    super(text.en);
    this.name = 'DomainError';
  }
}
