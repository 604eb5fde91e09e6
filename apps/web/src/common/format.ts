import dayjs from 'dayjs';

const vnd = new Intl.NumberFormat('vi-VN');

/** 1.500.000.000 ₫ — whole VND as Vietnamese readers write it. */
export function formatVnd(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '—' : `${vnd.format(amount)} ₫`;
}

export function formatDate(value: string | null | undefined): string {
  return value ? dayjs(value).format('DD/MM/YYYY') : '—';
}

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('DD/MM/YYYY HH:mm') : '—';
}

/** Working days from today until a due date, counting Monday–Friday (public holidays only make it sooner). */
export function workingDaysUntil(dueDate: string, today = dayjs()): number {
  let day = today.startOf('day');
  const due = dayjs(dueDate).startOf('day');
  let count = 0;
  while (day.isBefore(due)) {
    day = day.add(1, 'day');
    if (day.day() !== 0 && day.day() !== 6) count += 1;
  }
  return count;
}

/** Input formatter/parser for VND amounts: dots between thousands. */
export const vndInput = {
  formatter: (value: string | number | undefined) => (value === undefined || value === '' ? '' : vnd.format(Number(value))),
  parser: (value: string | undefined) => Number((value ?? '').replace(/\D/g, '')),
};
