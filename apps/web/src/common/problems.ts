import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ProblemError } from '../api/problem';

/** The sentence to show for any failure: the API's own detail (already in the chosen language) when there is one. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ProblemError) return error.problem.detail ?? error.problem.title ?? t('errors.generic');
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.generic');
}

/**
 * Puts each field error of a validation problem on its form field; returns the message to show above
 * the form (or null when every error found its field). The values the user typed stay in the form.
 */
export function showProblemOnForm<T>(form: FormInstance<T>, error: unknown, t: TFunction, fieldNames: Record<string, (string | number)[]> = {}): string | null {
  if (!(error instanceof ProblemError) || !error.problem.errors?.length) return problemMessage(error, t);
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const placed: { name: (string | number)[]; errors: string[] }[] = [];
  const rest: string[] = [];
  for (const { field, message } of error.problem.errors) {
    const name = fieldNames[field] ?? field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (fieldNames[field] || known.has(String(name[0]))) placed.push({ name, errors: [message] });
    else rest.push(message);
  }
  form.setFields(placed as never);
  return rest.length ? [error.problem.detail, ...rest].filter(Boolean).join(' ') : (placed.length ? null : problemMessage(error, t));
}

/** Any antd form, whatever its values. */
export type FormLike = FormInstance<Record<string, unknown>>;
