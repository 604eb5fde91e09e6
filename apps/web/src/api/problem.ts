/** An RFC 9457 problem as the API sends it (`application/problem+json`), title and detail already in the caller's language. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }
}

/** The data of an openapi-fetch answer, or a ProblemError carrying the API's explanation. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = (result.error ?? {}) as Partial<Problem>;
  throw new ProblemError({ ...body, status: result.response.status });
}
