import { DomainError } from '../errors/domain-error';
import { ADMINISTRATIVE_UNITS } from '../organisation/administrative-units.seed';
import { currentSuccessor } from '../organisation/current-successor';
import { departmentsForProvince } from '../organisation/departments-for-province';
import { REORGANISATION_2025_EFFECTIVE } from '../organisation/provinces.seed';
import { PROGRAMME_PLANS } from './plans.seed';
import type { PlanTarget, ProgrammePlan } from './programme-plan';
import { targetsOf } from './targets-of';
import { TIEN_GIANG_2021_2025_TARGETS, TIEN_GIANG_224_2021 } from './tien-giang-224-2021.seed';
import { validatePlan } from './validate-plan';
import { THANH_HOA_159_2021 } from './thanh-hoa-159-2021.seed';
import { THUA_THIEN_HUE_149_2021 } from './thua-thien-hue-149-2021.seed';

function plan(code: string): ProgrammePlan {
  const found = PROGRAMME_PLANS.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no plan ${code}`);
  return found;
}

function valueOf(p: ProgrammePlan, code: string, period?: string): PlanTarget['value'] {
  const target = p.targets.find((candidate) => candidate.code === code && (period === undefined || candidate.period === period));
  if (!target) throw new Error(`no target ${code}`);
  return target.value;
}

describe('programme plan seed', () => {
  it('has the five plans of organisation.md, each valid', () => {
    expect(PROGRAMME_PLANS.map((p) => [p.historicalProvinceCode, p.number, p.issuedOn])).toEqual([
      ['thanh-hoa', '159/KH-UBND', '2021-06-30'],
      ['hung-yen', null, null],
      ['bac-kan', '1852/QĐ-UBND', '2020-10-14'],
      ['thua-thien-hue', '149/KH-UBND', '2021-04-14'],
      ['tien-giang', '224/KH-UBND', '2021-07-16'],
    ]);
    for (const p of PROGRAMME_PLANS) expect(() => validatePlan(p)).not.toThrow();
  });

  it('files each plan under the current successor of the province that issued it', () => {
    for (const p of PROGRAMME_PLANS) {
      expect(p.provinceCode).toBe(currentSuccessor(ADMINISTRATIVE_UNITS, p.historicalProvinceCode, REORGANISATION_2025_EFFECTIVE).code);
    }
    expect(plan('bac-kan/1852-qd-ubnd-2020').provinceCode).toBe('thai-nguyen');
    expect(plan('thua-thien-hue/149-kh-ubnd-2021').provinceCode).toBe('hue');
    expect(plan('tien-giang/224-kh-ubnd-2021').provinceCode).toBe('dong-thap');
  });

  it('links plan units only to departments that exist in the plan’s province', () => {
    for (const p of PROGRAMME_PLANS) {
      const codes = departmentsForProvince(p.provinceCode).map((department) => department.code);
      for (const task of p.tasks) {
        for (const unit of [task.leadUnit, ...task.cooperatingUnits]) {
          if (unit.departmentCode !== undefined) expect(codes).toContain(unit.departmentCode);
        }
      }
    }
  });

  it('keeps Thanh Hóa’s targets as written, and its 8 training classes as a task of Chi cục TĐC', () => {
    const p = plan('thanh-hoa/159-kh-ubnd-2021');
    expect(p.targets.map((target) => [target.code, target.value])).toEqual([
      ['establishments-trained', 400],
      ['enterprises-supported', 150],
      ['ocop-key-producers-standards', 100],
      ['pilot-models', 6],
      ['advisory-public-units', 1],
      ['advisory-experts', 10],
      ['training-classes', 8],
    ]);
    const classes = p.tasks.find((task) => task.code === 'training-classes');
    expect(classes?.timing.en).toBe('2022–2024');
    expect(classes?.leadUnit.departmentCode).toBe('thanh-hoa/chi-cuc-tdc');
  });

  it('keeps the ranges and words of Hưng Yên, Bắc Kạn and Thừa Thiên Huế', () => {
    const hungYen = plan('hung-yen/2021');
    expect(valueOf(hungYen, 'certified-productivity-experts')).toEqual({ min: 1, max: 2 });
    expect(valueOf(hungYen, 'organisations-supported')).toEqual({ min: 20, max: 30 });
    expect(hungYen.targets.find((t) => t.code === 'training-classes')?.comparator).toBe('about');
    expect(hungYen.targets).toHaveLength(10);

    const bacKan = plan('bac-kan/1852-qd-ubnd-2020');
    expect(valueOf(bacKan, 'certified-experts', '2021-2025')).toBe(10);
    expect(valueOf(bacKan, 'certified-experts', '2021-2030')).toBe(15);
    expect(valueOf(bacKan, 'supported-enterprises-growth')).toEqual({ min: 1, max: 1.5 });
    expect(bacKan.tasks.map((task) => task.code)).toEqual(['yearly-report', 'mid-term-review', 'final-review']);
    // "About 15 experts, about 2 at regional or international level" by 2030: the cumulative 2021–2030 period.
    expect(bacKan.periods.find((period) => period.code === '2021-2030')).toEqual({ code: '2021-2030', from: '2021-01-01', to: '2030-12-31' });
    expect(bacKan.targets.filter((t) => t.period === '2021-2030' && t.measure === 'count').map((t) => [t.code, t.comparator, t.value])).toEqual([
      ['certified-experts', 'about', 15],
      ['regional-international-experts', 'about', 2],
      ['pilot-model-enterprises', 'at-least', 1],
    ]);

    const hue = plan('thua-thien-hue/149-kh-ubnd-2021');
    expect(hue.targets.find((t) => t.code === 'labour-productivity-growth')).toMatchObject({ value: 7, comparator: 'more-than', measure: 'percent' });
    expect(valueOf(hue, 'medicinal-herb-market')).toEqual({ min: 1, max: 2 });
  });

  it('holds the tasks of the Thừa Thiên Huế and Tiền Giang appendices and Thanh Hóa §3.2, §3.3 and §3.5', () => {
    const codes = (plan: { tasks: readonly { code: string }[] }) => plan.tasks.map((task) => task.code);
    expect(codes(THANH_HOA_159_2021)).toEqual(['establishments-trained', 'enterprises-supported', 'advisory-capacity', 'training-classes', 'pilot-models']);
    expect(codes(THUA_THIEN_HUE_149_2021)).toEqual(['pilot-productivity-projects', 'productivity-quality-officers', 'iso-56000-enterprises', 'iso-56000-classes', 'medicinal-herb-market', 'research-enterprises']);
    expect(THUA_THIEN_HUE_149_2021.tasks.find((t) => t.code === 'iso-56000-classes')?.timing.vi).toBe('Năm 2021 (01 lớp)');
    expect(codes(TIEN_GIANG_224_2021)).toEqual(['yearly-report', 'training-classes', 'enterprises-applying', 'enterprises-certified', 'national-quality-award', 'mid-term-review', 'final-review']);
    // "At least" and "more than" stay as the plan words them.
    expect(TIEN_GIANG_224_2021.tasks.find((t) => t.code === 'enterprises-certified')?.content.vi).toContain('hơn 30');
    expect(TIEN_GIANG_224_2021.tasks.find((t) => t.code === 'enterprises-applying')?.content.vi).toContain('ít nhất 20');
  });

  it('derives Tiền Giang’s 2026–2030 targets (+10%, rounded up) instead of typing them', () => {
    const p = TIEN_GIANG_224_2021;
    expect(targetsOf(p, '2021-2025')).toEqual(TIEN_GIANG_2021_2025_TARGETS);
    const next = targetsOf(p, '2026-2030');
    expect(next.map((target) => [target.code, target.comparator, target.value])).toEqual([
      ['training-classes', 'about', 11],
      ['enterprises-applying', 'at-least', 22],
      ['enterprises-certified', 'more-than', 34],
      ['national-quality-award', 'at-least', null],
    ]);
    expect(next.every((target) => target.derivedFrom?.period === '2021-2025')).toBe(true);
  });
});

describe('validatePlan', () => {
  const base = plan('thanh-hoa/159-kh-ubnd-2021');
  const first = base.targets[0] as PlanTarget;

  it.each<[string, ProgrammePlan]>([
    ['a target in an unknown period', { ...base, targets: [{ ...first, period: '2031-2035' }] }],
    ['a duplicate target in one period', { ...base, targets: [first, first] }],
    ['a range value without comparator range', { ...base, targets: [{ ...first, value: { min: 1, max: 2 } }] }],
    ['comparator range with a single number', { ...base, targets: [{ ...first, comparator: 'range' }] }],
    ['a range with min ≥ max', { ...base, targets: [{ ...first, comparator: 'range', value: { min: 3, max: 2 } }] }],
    ['a fractional count', { ...base, targets: [{ ...first, value: 2.5 }] }],
    ['a negative value', { ...base, targets: [{ ...first, value: -1 }] }],
    ['an empty plan number', { ...base, number: ' ' }],
    ['an issue date outside the issue year', { ...base, issuedOn: '2020-06-30' }],
    ['a period ending before it starts', { ...base, periods: [{ code: '2021-2025', from: '2025-12-31', to: '2021-01-01' }] }],
    ['a duplicate task code', { ...base, tasks: [base.tasks[0]!, base.tasks[0]!] }],
    ['a task without English content', { ...base, tasks: [{ ...base.tasks[0]!, content: { vi: 'x', en: '' } }] }],
  ])('rejects %s', (_label, broken) => {
    expect(() => validatePlan(broken)).toThrow(DomainError);
  });
});
