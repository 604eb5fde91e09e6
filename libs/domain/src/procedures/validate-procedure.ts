import { DomainError } from '../errors/domain-error';
import { isRole } from '../identity/role';
import { DEPARTMENT_CAPABILITIES } from '../organisation/department';
import type { CouncilRulesData, RuleShare } from './council-rules-data';
import { PROCEDURE_COUNCIL_KINDS, isTerminalState, type ProcedureDefinition, type ProcedureStep, type StepActor } from './procedure-definition';
import { assertProcedureDate } from './procedure-date';
import { DECIDER_RULES } from './step-deciders';
import { TIME_UNITS, type TimeLimit } from './time-limit';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function problem(definition: ProcedureDefinition, field: string, vi: string, en: string): DomainError {
  const name = `${definition.code} ${definition.version}`;
  return new DomainError('PROCEDURE_INVALID', { vi: `Quy trình "${name}": ${vi}`, en: `Procedure "${name}": ${en}` }, field);
}

function positiveInteger(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

function text(value: { vi: string; en: string } | undefined): boolean {
  return value !== undefined && value.vi.trim() !== '' && value.en.trim() !== '';
}

/**
 * Checks a procedure version before it is published: slug codes and real dates (`effectiveFrom`
 * before `effectiveTo`); unique step codes and orders; actors complete; outcome codes unique per
 * step, each pointing at an existing step or a terminal state; `returnableTo` and `onLapse` refer
 * to what exists; every time limit a positive whole number of working or calendar days; every
 * step reachable from the first and able to reach an end; council figures coherent.
 */
export function validateProcedure(definition: ProcedureDefinition): void {
  const fail = (field: string, vi: string, en: string): never => {
    throw problem(definition, field, vi, en);
  };
  const limit = (value: TimeLimit | null, field: string) => {
    if (value === null) return;
    if (!positiveInteger(value.amount) || !TIME_UNITS.includes(value.unit)) {
      fail(field, `thời hạn phải là số ngày nguyên dương, làm việc hoặc lịch (${field})`, `time limits must be positive whole working or calendar days (${field})`);
    }
  };
  const actor = (value: StepActor, field: string) => {
    const ok =
      value.kind === 'enterprise' ||
      (value.kind === 'department' && DEPARTMENT_CAPABILITIES.includes(value.capability)) ||
      (value.kind === 'council' && PROCEDURE_COUNCIL_KINDS.includes(value.councilKind)) ||
      (value.kind === 'role' && isRole(value.role));
    if (!ok) fail(field, `người thực hiện không hợp lệ (${field})`, `invalid actor (${field})`);
  };

  if (!SLUG.test(definition.code)) fail('code', 'mã quy trình phải dạng slug', 'code must be a slug');
  if (definition.version.trim() === '') fail('version', 'thiếu phiên bản', 'missing version');
  if (!text(definition.name)) fail('name', 'thiếu tên tiếng Việt hoặc tiếng Anh', 'missing Vietnamese or English name');
  assertProcedureDate(definition.effectiveFrom, 'effectiveFrom');
  if (definition.effectiveTo !== undefined) {
    assertProcedureDate(definition.effectiveTo, 'effectiveTo');
    if (definition.effectiveTo <= definition.effectiveFrom) fail('effectiveTo', 'ngày hết hiệu lực phải sau ngày có hiệu lực', 'effectiveTo must be after effectiveFrom');
  }
  if (definition.steps.length === 0) fail('steps', 'cần ít nhất một bước', 'needs at least one step');

  const codes = new Set<string>();
  const orders = new Set<number>();
  for (const step of definition.steps) {
    if (!SLUG.test(step.code) || isTerminalState(step.code)) fail('steps', `mã bước "${step.code}" không hợp lệ`, `invalid step code "${step.code}"`);
    if (codes.has(step.code)) fail('steps', `mã bước "${step.code}" bị trùng`, `duplicate step code "${step.code}"`);
    if (!Number.isSafeInteger(step.order) || step.order < 0 || orders.has(step.order)) {
      fail('steps', `thứ tự bước "${step.code}" không hợp lệ hoặc bị trùng`, `step "${step.code}" has an invalid or duplicate order`);
    }
    codes.add(step.code);
    orders.add(step.order);
  }

  for (const step of definition.steps) {
    const at = `steps.${step.code}`;
    if (!text(step.name)) fail(at, `bước "${step.code}" thiếu tên`, `step "${step.code}" lacks a name`);
    actor(step.actor, `${at}.actor`);
    (step.consulted ?? []).forEach((other, index) => actor(other, `${at}.consulted.${index}`));
    limit(step.timeLimit, `${at}.timeLimit`);
    if (step.deciders) checkDeciders(step, at, actor, fail);
    if (step.submission) {
      actor(step.submission.by, `${at}.submission.by`);
      const groups = step.submission.itemGroups ?? [];
      if (!Array.isArray(groups)) fail(`${at}.submission.itemGroups`, 'nhóm mục phải là một danh sách', 'item groups must be a list');
      groups.forEach((group, index) => {
        if (!group || !SLUG.test(group.code) || !text(group.label) || !Array.isArray(group.catalogues) || group.catalogues.length === 0 || !positiveInteger(group.min)) {
          fail(`${at}.submission.itemGroups.${index}`, `nhóm mục "${group.code}" cần mã, tên, danh mục và số tối thiểu nguyên dương`, `item group "${group.code}" needs a code, a label, catalogues and a positive minimum`);
        }
      });
      limit(step.submission.timeLimit, `${at}.submission.timeLimit`);
      if (!text(step.submission.deliverable)) fail(at, `bước "${step.code}" thiếu mô tả sản phẩm nộp`, `step "${step.code}" lacks a deliverable`);
    }
    for (const sub of step.subDeadlines ?? []) {
      limit(sub.limit, `${at}.subDeadlines.${sub.code}`);
      if (!text(sub.label) || sub.from.trim() === '') fail(at, `mốc "${sub.code}" thiếu tên hoặc mốc tính`, `sub-deadline "${sub.code}" lacks a label or start event`);
    }
    if (step.outcomes.length === 0) fail(at, `bước "${step.code}" không có kết quả nào`, `step "${step.code}" has no outcomes`);
    const outcomeCodes = new Set<string>();
    for (const outcome of step.outcomes) {
      if (!SLUG.test(outcome.code) || outcomeCodes.has(outcome.code)) {
        fail(at, `kết quả "${outcome.code}" của bước "${step.code}" không hợp lệ hoặc bị trùng`, `outcome "${outcome.code}" of step "${step.code}" is invalid or duplicate`);
      }
      outcomeCodes.add(outcome.code);
      if (!text(outcome.label)) fail(at, `kết quả "${outcome.code}" thiếu nhãn`, `outcome "${outcome.code}" lacks a label`);
      if (!codes.has(outcome.next) && !isTerminalState(outcome.next)) {
        fail(at, `kết quả "${outcome.code}" dẫn tới bước không có "${outcome.next}"`, `outcome "${outcome.code}" leads to unknown step "${outcome.next}"`);
      }
    }
    if (!step.outcomes.some((outcome) => outcome.automatic !== true)) fail(at, `bước "${step.code}" không có kết quả do người quyết định`, `step "${step.code}" has no human outcome`);
    for (const target of step.returnableTo ?? []) {
      if (!codes.has(target)) fail(at, `bước "${step.code}" trả về bước không có "${target}"`, `step "${step.code}" returns to unknown step "${target}"`);
    }
    if (step.onLapse !== undefined && (!outcomeCodes.has(step.onLapse) || step.timeLimit === null)) {
      fail(at, `bước "${step.code}": kết quả khi quá hạn phải là một kết quả của bước và bước phải có thời hạn`, `step "${step.code}": onLapse must name one of its outcomes, and the step needs a time limit`);
    }
    // Only the opening step (a draft) may wait without limit; others need a limit or a due date from the case.
    if (step.timeLimit === null && step.dueBy === undefined && step.order !== Math.min(...orders)) {
      fail(at, `bước "${step.code}" không có thời hạn`, `step "${step.code}" has no time limit`);
    }
    if (step.childProcedure && (!SLUG.test(step.childProcedure.code) || step.childProcedure.forSupportKind.trim() === '')) {
      fail(at, `quy trình con của bước "${step.code}" không hợp lệ`, `invalid child procedure on step "${step.code}"`);
    }
  }

  checkFlow(definition, fail);
  checkReminders(definition, fail);
  checkCouncilRules(definition.councilRules, fail);
}

type Fail = (field: string, vi: string, en: string) => never;

/**
 * Several deciders: at least two distinct departments or roles (a council votes on its own, the
 * enterprise submits), the step's `actor` among them, a known rule, an approving outcome the
 * step has, and no lapse outcome (which one task would take it for all?).
 */
function checkDeciders(step: ProcedureStep, at: string, actor: (value: StepActor, field: string) => void, fail: Fail): void {
  const deciders = step.deciders as NonNullable<ProcedureStep['deciders']>;
  if (!Array.isArray(deciders.actors)) fail(`${at}.deciders.actors`, `bước "${step.code}": danh sách người quyết định không hợp lệ`, `step "${step.code}": deciders must be a list`);
  const keys = deciders.actors.map((value) => JSON.stringify(value));
  deciders.actors.forEach((value, index) => {
    actor(value, `${at}.deciders.actors.${index}`);
    if (value.kind !== 'department' && value.kind !== 'role') fail(`${at}.deciders.actors.${index}`, 'người quyết định song song phải là một đơn vị hoặc một vai trò', 'parallel deciders must be departments or roles');
  });
  if (deciders.actors.length < 2 || new Set(keys).size !== keys.length) fail(`${at}.deciders`, `bước "${step.code}" cần ít nhất hai người quyết định khác nhau`, `step "${step.code}" needs at least two distinct deciders`);
  if (!keys.includes(JSON.stringify(step.actor))) fail(`${at}.deciders`, `người thực hiện bước "${step.code}" phải nằm trong danh sách người quyết định`, `the actor of step "${step.code}" must be one of its deciders`);
  if (!DECIDER_RULES.includes(deciders.rule)) fail(`${at}.deciders.rule`, `quy tắc quyết định "${deciders.rule}" không hợp lệ`, `unknown decider rule "${deciders.rule}"`);
  if (!step.outcomes.some((outcome) => outcome.code === deciders.approve && outcome.automatic !== true)) {
    fail(`${at}.deciders.approve`, `kết quả chấp thuận "${deciders.approve}" không phải kết quả của bước`, `approving outcome "${deciders.approve}" is not an outcome of the step`);
  }
  if (step.onLapse !== undefined) fail(`${at}.deciders`, `bước có nhiều người quyết định không thể tự kết thúc khi quá hạn`, 'a step with several deciders cannot take an outcome on lapse');
}

/** Every step reachable from the first; from every step some end reachable. */
function checkFlow(definition: ProcedureDefinition, fail: Fail): void {
  const next = new Map(definition.steps.map((step) => [step.code, step.outcomes.map((outcome) => outcome.next)]));
  const start = [...definition.steps].sort((a, b) => a.order - b.order)[0]?.code as string;
  const reached = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const target of next.get(queue.shift() as string) ?? []) {
      if (!isTerminalState(target) && !reached.has(target)) {
        reached.add(target);
        queue.push(target);
      }
    }
  }
  for (const step of definition.steps) {
    if (!reached.has(step.code)) fail('steps', `không tới được bước "${step.code}"`, `step "${step.code}" cannot be reached`);
  }
  const ending = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [code, targets] of next) {
      if (!ending.has(code) && targets.some((target) => isTerminalState(target) || ending.has(target))) {
        ending.add(code);
        grew = true;
      }
    }
  }
  for (const step of definition.steps) {
    if (!ending.has(step.code)) fail('steps', `từ bước "${step.code}" không thể kết thúc hồ sơ`, `no end can be reached from step "${step.code}"`);
  }
}

function checkReminders(definition: ProcedureDefinition, fail: Fail): void {
  const { reminders } = definition;
  const ok =
    reminders.unit === 'working' &&
    reminders.beforeDue.every(positiveInteger) &&
    reminders.beforeDue.every((days, index) => index === 0 || days < (reminders.beforeDue[index - 1] as number)) &&
    positiveInteger(reminders.escalateToHeadAfter) &&
    positiveInteger(reminders.escalateToManagerAfter) &&
    positiveInteger(reminders.repeatEvery);
  if (!ok) fail('reminders', 'lịch nhắc việc phải là số ngày làm việc nguyên dương, giảm dần trước hạn', 'reminders must be positive whole working days, decreasing before the due date');
}

function checkCouncilRules(rules: CouncilRulesData, fail: Fail): void {
  const share = (value: RuleShare, field: string) => {
    if (!positiveInteger(value.den) || !Number.isSafeInteger(value.num) || value.num < 0 || value.num > value.den) {
      fail(`councilRules.${field}`, `tỷ lệ không hợp lệ (${field})`, `invalid share (${field})`);
    }
  };
  const members = (value: { min: number; max: number }, field: string) => {
    if (!positiveInteger(value.min) || value.max < value.min || !Number.isSafeInteger(value.max)) {
      fail(`councilRules.${field}`, `số thành viên không hợp lệ (${field})`, `invalid member count (${field})`);
    }
  };
  const time = (value: TimeLimit, field: string) => {
    if (!positiveInteger(value.amount) || !TIME_UNITS.includes(value.unit)) fail(`councilRules.${field}`, `thời hạn không hợp lệ (${field})`, `invalid time limit (${field})`);
  };
  if (rules.identification) {
    const r = rules.identification;
    members(r.members, 'identification.members');
    share(r.quorumAtLeast, 'identification.quorumAtLeast');
    share(r.recommendShareAbove, 'identification.recommendShareAbove');
    time(r.papersBeforeMeeting, 'identification.papersBeforeMeeting');
    time(r.conclusionsWithin, 'identification.conclusionsWithin');
  }
  if (rules.selection) {
    const r = rules.selection;
    members(r.members, 'selection.members');
    share(r.quorumAtLeast, 'selection.quorumAtLeast');
    share(r.outlierDeviationAbove, 'selection.outlierDeviationAbove');
    share(r.zeroScoreShareAbove, 'selection.zeroScoreShareAbove');
    share(r.proposerBonus, 'selection.proposerBonus');
    time(r.papersBeforeMeeting, 'selection.papersBeforeMeeting');
    time(r.revisionWithin, 'selection.revisionWithin');
    if (!positiveInteger(r.maxScore) || r.passMeanAtLeast <= 0 || r.passMeanAtLeast > r.maxScore) {
      fail('councilRules.selection', 'điểm tối đa hoặc điểm đạt không hợp lệ', 'invalid maximum or pass score');
    }
    for (const [kind, weights] of Object.entries(r.weights)) {
      const total = Object.values(weights).reduce((sum, weight) => sum + weight, 0);
      if (total !== r.maxScore || !Object.values(weights).every(positiveInteger)) {
        fail(`councilRules.selection.weights.${kind}`, `trọng số "${kind}" phải là số nguyên dương, tổng bằng ${r.maxScore}`, `weights "${kind}" must be positive whole numbers summing to ${r.maxScore}`);
      }
    }
  }
  const budget = rules['budget-appraisal'];
  if (budget) {
    members(budget.members, 'budget-appraisal.members');
    share(budget.quorumAtLeast, 'budget-appraisal.quorumAtLeast');
    time(budget.meetsWithin, 'budget-appraisal.meetsWithin');
    time(budget.concludesWithin, 'budget-appraisal.concludesWithin');
  }
  if (rules.acceptance) {
    const r = rules.acceptance;
    members(r.members, 'acceptance.members');
    share(r.excellentShareAtLeast, 'acceptance.excellentShareAtLeast');
    share(r.failShareAbove, 'acceptance.failShareAbove');
    if (!positiveInteger(r.lateDossierFailsAfterMonths)) fail('councilRules.acceptance', 'số tháng chậm nộp không hợp lệ', 'invalid late-dossier months');
  }
}
