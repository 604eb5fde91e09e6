import type { LocalizedText } from '../../../../../libs/domain/src/errors/domain-error';

/** What the database counts for one province, department and step (cancelled tasks left out). */
export interface StepTally {
  readonly provinceCode: string;
  readonly provinceName: LocalizedText;
  readonly departmentCode: string;
  readonly departmentName: LocalizedText;
  readonly stepCode: string;
  readonly stepName: LocalizedText;
  readonly open: number;
  /** Open and past their due time. */
  readonly overdue: number;
  readonly decided: number;
  /** Decided tasks that had a due time; the base of the on-time share. */
  readonly decidedWithDue: number;
  /** Of those, decided at or before the due time. */
  readonly decidedOnTime: number;
  /** Working days each decided task took. */
  readonly turnaroundWorkingDays: readonly number[];
}

export interface TaskFigures {
  open: number;
  overdue: number;
  decided: number;
  /** Share of decided tasks (with a due time) decided in time, one decimal; null when there are none. */
  onTimePercent: number | null;
  /** Median working days of decided tasks; null when none is decided. */
  medianTurnaroundWorkingDays: number | null;
}

export interface StepSummary extends TaskFigures {
  stepCode: string;
  stepName: string;
}

export interface DepartmentSummary {
  departmentCode: string;
  departmentName: string;
  /** All the department's steps together. */
  totals: TaskFigures;
  steps: StepSummary[];
}

export interface ProvinceSummary {
  provinceCode: string;
  provinceName: string;
  departments: DepartmentSummary[];
}

/** Groups the tallies province → department → step, in code order, and works out the shares and medians. */
export function summariseDepartmentTasks(tallies: readonly StepTally[], language: 'vi' | 'en'): ProvinceSummary[] {
  const provinces = new Map<string, { name: LocalizedText; departments: Map<string, { name: LocalizedText; steps: StepTally[] }> }>();
  for (const tally of tallies) {
    const province = provinces.get(tally.provinceCode) ?? { name: tally.provinceName, departments: new Map() };
    provinces.set(tally.provinceCode, province);
    const department = province.departments.get(tally.departmentCode) ?? { name: tally.departmentName, steps: [] };
    province.departments.set(tally.departmentCode, department);
    department.steps.push(tally);
  }
  return [...provinces.entries()].sort(byKey).map(([provinceCode, province]) => ({
    provinceCode,
    provinceName: province.name[language],
    departments: [...province.departments.entries()].sort(byKey).map(([departmentCode, department]) => {
      const steps = mergeSteps(department.steps).sort((a, b) => compare(a.stepCode, b.stepCode));
      return {
        departmentCode,
        departmentName: department.name[language],
        totals: figuresOf(mergeAll(steps)),
        steps: steps.map((step) => ({ stepCode: step.stepCode, stepName: step.stepName[language], ...figuresOf(step) })),
      };
    }),
  }));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `part` of `whole` as a percent with one decimal; null when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}

function figuresOf(tally: Omit<StepTally, 'provinceCode' | 'provinceName' | 'departmentCode' | 'departmentName' | 'stepCode' | 'stepName'>): TaskFigures {
  return {
    open: tally.open,
    overdue: tally.overdue,
    decided: tally.decided,
    onTimePercent: percent(tally.decidedOnTime, tally.decidedWithDue),
    medianTurnaroundWorkingDays: median(tally.turnaroundWorkingDays),
  };
}

/** The same step may come twice (e.g. from the tasks of two procedure versions): add them up. */
function mergeSteps(steps: readonly StepTally[]): StepTally[] {
  const byCode = new Map<string, StepTally>();
  for (const step of steps) {
    const seen = byCode.get(step.stepCode);
    byCode.set(step.stepCode, seen ? { ...seen, ...add(seen, step) } : step);
  }
  return [...byCode.values()];
}

function mergeAll(steps: readonly StepTally[]) {
  return steps.reduce(add, { open: 0, overdue: 0, decided: 0, decidedWithDue: 0, decidedOnTime: 0, turnaroundWorkingDays: [] as readonly number[] });
}

type Counts = Pick<StepTally, 'open' | 'overdue' | 'decided' | 'decidedWithDue' | 'decidedOnTime' | 'turnaroundWorkingDays'>;

function add(a: Counts, b: Counts): Counts {
  return {
    open: a.open + b.open,
    overdue: a.overdue + b.overdue,
    decided: a.decided + b.decided,
    decidedWithDue: a.decidedWithDue + b.decidedWithDue,
    decidedOnTime: a.decidedOnTime + b.decidedOnTime,
    turnaroundWorkingDays: [...a.turnaroundWorkingDays, ...b.turnaroundWorkingDays],
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => compare(a, b);
