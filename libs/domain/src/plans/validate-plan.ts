import { DomainError } from '../errors/domain-error';
import { TARGET_COMPARATORS, type PlanTarget, type ProgrammePlan } from './programme-plan';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLAN_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

function invalid(plan: ProgrammePlan, field: string, vi: string, en: string): DomainError {
  return new DomainError('PLAN_INVALID', { vi: `Kế hoạch "${plan.code}": ${vi}`, en: `Plan "${plan.code}": ${en}` }, field);
}

function hasText(text: { vi: string; en: string }): boolean {
  return text.vi.trim() !== '' && text.en.trim() !== '';
}

function checkValue(plan: ProgrammePlan, target: PlanTarget): void {
  const where = `${target.code} (${target.period})`;
  const bad = (vi: string, en: string) => invalid(plan, 'targets', `${where}: ${vi}`, `${where}: ${en}`);
  const amount = (value: number) => {
    if (!Number.isFinite(value) || value < 0) throw bad('giá trị phải là số không âm', 'value must be a non-negative number');
    if (target.measure === 'count' && !Number.isInteger(value)) {
      throw bad('số đếm phải là số nguyên', 'a count must be a whole number');
    }
  };
  if (!TARGET_COMPARATORS.includes(target.comparator)) throw bad('cách so sánh không hợp lệ', 'unknown comparator');
  const { value } = target;
  if (value === null) return;
  if (typeof value === 'number') {
    if (target.comparator === 'range') throw bad('"range" cần giá trị {min, max}', "'range' needs a { min, max } value");
    amount(value);
    return;
  }
  if (target.comparator !== 'range') throw bad('giá trị {min, max} chỉ dùng với "range"', "a { min, max } value needs comparator 'range'");
  amount(value.min);
  amount(value.max);
  if (value.min >= value.max) throw bad('min phải nhỏ hơn max', 'min must be below max');
}

/**
 * Checks a plan an administrator edits: codes, real dates, periods in order, targets unique per
 * (code, period) in a known period with a value that fits its comparator, unique task codes,
 * and both languages everywhere a person reads.
 */
export function validatePlan(plan: ProgrammePlan): void {
  if (!PLAN_CODE.test(plan.code)) throw invalid(plan, 'code', 'mã phải dạng "<tỉnh>/<số-hiệu>"', 'code must look like "<province>/<number-slug>"');
  if (!SLUG.test(plan.provinceCode) || !SLUG.test(plan.historicalProvinceCode)) throw invalid(plan, 'provinceCode', 'mã tỉnh không hợp lệ', 'invalid province code');
  if (!hasText(plan.issuer)) throw invalid(plan, 'issuer', 'thiếu cơ quan ban hành', 'missing issuer');
  if (plan.number !== null && plan.number.trim() === '') throw invalid(plan, 'number', 'số hiệu rỗng (dùng null khi chưa biết)', 'empty number (use null when unknown)');
  if (plan.issuedOn !== null && (!ISO_DATE.test(plan.issuedOn) || Number(plan.issuedOn.slice(0, 4)) !== plan.issuedYear)) {
    throw invalid(plan, 'issuedOn', 'ngày ban hành không hợp lệ hoặc khác năm ban hành', 'issue date invalid or not in the issue year');
  }

  const periods = new Set<string>();
  for (const period of plan.periods) {
    if (periods.has(period.code)) throw invalid(plan, 'periods', `giai đoạn "${period.code}" bị trùng`, `duplicate period "${period.code}"`);
    if (!ISO_DATE.test(period.from) || !ISO_DATE.test(period.to) || period.from > period.to) {
      throw invalid(plan, 'periods', `giai đoạn "${period.code}" có ngày không hợp lệ`, `period "${period.code}" has invalid dates`);
    }
    periods.add(period.code);
  }
  if (periods.size === 0) throw invalid(plan, 'periods', 'cần ít nhất một giai đoạn', 'needs at least one period');

  const targets = new Set<string>();
  for (const target of plan.targets) {
    const key = `${target.code}@${target.period}`;
    if (!SLUG.test(target.code)) throw invalid(plan, 'targets', `mã chỉ tiêu "${target.code}" không hợp lệ`, `invalid target code "${target.code}"`);
    if (targets.has(key)) throw invalid(plan, 'targets', `chỉ tiêu "${key}" bị trùng`, `duplicate target "${key}"`);
    if (!periods.has(target.period)) throw invalid(plan, 'targets', `chỉ tiêu "${key}" thuộc giai đoạn không có`, `target "${key}" is in an unknown period`);
    if (!hasText(target.indicator) || !hasText(target.unit)) throw invalid(plan, 'targets', `chỉ tiêu "${key}" thiếu tên hoặc đơn vị`, `target "${key}" lacks an indicator or unit`);
    checkValue(plan, target);
    targets.add(key);
  }

  const tasks = new Set<string>();
  for (const task of plan.tasks) {
    if (!SLUG.test(task.code) || tasks.has(task.code)) throw invalid(plan, 'tasks', `mã nhiệm vụ "${task.code}" không hợp lệ hoặc bị trùng`, `task code "${task.code}" invalid or duplicate`);
    if (!hasText(task.content) || !hasText(task.timing) || !hasText(task.leadUnit.name) || !task.cooperatingUnits.every((unit) => hasText(unit.name))) {
      throw invalid(plan, 'tasks', `nhiệm vụ "${task.code}" thiếu nội dung, thời gian hoặc đơn vị`, `task "${task.code}" lacks content, timing or a unit name`);
    }
    tasks.add(task.code);
  }
}
