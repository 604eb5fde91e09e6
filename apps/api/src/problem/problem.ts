import { LocalizedText } from '../../../../libs/domain/src/errors/domain-error';

export interface FieldProblem {
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error of the API is returned. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
}

export interface LocalizedFieldProblem {
  field: string;
  message: LocalizedText;
}

/** An error the API raises on purpose: already says, in both languages, what is wrong. */
export class ProblemException extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: LocalizedText,
    readonly detail: LocalizedText,
    readonly errors: LocalizedFieldProblem[] = [],
  ) {
    super(detail.en);
    this.name = 'ProblemException';
  }
}
