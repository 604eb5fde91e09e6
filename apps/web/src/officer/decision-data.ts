import type { Dayjs } from 'dayjs';

/** Form values → the decision's `data`: dates as YYYY-MM-DD, empty rows and fields left out. */
export function decisionData(raw: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  const day = (value: unknown) => (value && typeof value === 'object' && 'format' in value ? (value as Dayjs).format('YYYY-MM-DD') : value);
  const rows = (value: unknown) => (Array.isArray(value) ? value.filter(Boolean).map((row: Record<string, unknown>) => ({ ...row, dueDate: day(row.dueDate) })) : undefined);
  const data: Record<string, unknown> = {
    ...raw,
    effectiveDate: day(raw.effectiveDate),
    tranches: rows(raw.tranches),
    milestones: rows(raw.milestones),
  };
  for (const key of Object.keys(data)) if (data[key] === undefined || data[key] === null || (Array.isArray(data[key]) && (data[key] as unknown[]).length === 0)) delete data[key];
  return Object.keys(data).length ? data : undefined;
}
