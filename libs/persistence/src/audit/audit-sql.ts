/** timestamptz as UTC text with microseconds: JavaScript's Date would drop the last three digits. */
export const utcMicrosText = (expression: string): string => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Key of the transaction-scoped advisory lock that serialises appends ("nsclaudi" in ASCII):
 * without it two transactions could read the same last row and fork the chain.
 */
export const AUDIT_CHAIN_LOCK_KEY = '7958814283636499561';
