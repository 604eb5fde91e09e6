import type { DepartmentKind } from '../../libs/domain/src/organisation/department';

/**
 * Who reports to Sở KH&CN each year (calendar.md "Yearly"; the Bắc Kạn and Tiền Giang plans):
 * every active department of every province in force on the due date, except the Sở KH&CN
 * itself, which receives the reports, and the provincial People's Committee, which receives the
 * province's own summary from Sở KH&CN. Chi cục TĐC reports: it runs intake for the programme.
 */
export const NON_REPORTING_KINDS: readonly DepartmentKind[] = ['science-technology', 'provincial-peoples-committee'];
