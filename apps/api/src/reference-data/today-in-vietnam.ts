/** Today's date in Vietnam (Asia/Ho_Chi_Minh) as YYYY-MM-DD: validity periods are Vietnamese calendar days. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
