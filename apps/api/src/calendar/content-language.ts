import type { Response } from 'express';
import type { Language } from '../problem/language';

/** Says which language the texts of the answer are in, and that caches must key on Accept-Language. */
export function answerIn(response: Response, language: Language): void {
  response.setHeader('Content-Language', language);
  response.vary('Accept-Language');
}
