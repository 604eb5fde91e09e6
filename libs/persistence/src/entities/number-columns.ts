import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns bigint and numeric as strings; VND amounts, sizes and plan figures stay within safe integers / doubles. */
export const nullableNumber: ValueTransformer = {
  to: (value?: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export const requiredNumber: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string) => Number(value),
};
