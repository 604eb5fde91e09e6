import { isPlainDate } from '../../libs/domain/src/calendar/plain-date';
import { DomainError } from '../../libs/domain/src/errors/domain-error';
import { computeImprovement, Improvement } from '../../libs/domain/src/pilot-models/improvement';
import { IndicatorDirection } from '../../libs/domain/src/pilot-models/indicator';
import { findIndicator } from '../../libs/domain/src/pilot-models/indicator-catalogue';
import { missingItemGroups } from '../../libs/domain/src/procedures/item-groups';
import { reject } from '../common/reject';
import {
  AssessDeliverable,
  EvaluateDeliverable,
  ImplementDeliverable,
  MeasurementInput,
  PilotModelData,
  PilotModelRejection,
  PilotStepCode,
  PlanDeliverable,
  ReEvaluateDeliverable,
  SelectDeliverable,
  StepDeliverable,
} from './messages';

/** Catalogues a step-2 pick may come from; 'technology' is free text (no catalogue exists for it yet). */
const CATALOGUE_BACKED = ['management-systems', 'improvement-tools', 'standards', 'measurement-contents', 'certifications'];

function invalid(vi: string, en: string): never {
  reject(PilotModelRejection.invalidDeliverable, vi, en);
}

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The direction an indicator is judged in: given, or the typical indicator's. */
export function directionOf(measurement: MeasurementInput): IndicatorDirection {
  return measurement.direction ?? (findIndicator(measurement.indicator)?.direction as IndicatorDirection);
}

function checkMeasurements(list: unknown, label: string): asserts list is MeasurementInput[] {
  if (!Array.isArray(list) || list.length === 0) invalid(`Cần ít nhất một chỉ tiêu ${label}.`, `At least one ${label} figure is needed.`);
  const seen = new Set<string>();
  for (const measurement of list as MeasurementInput[]) {
    if (!measurement || !text(measurement.indicator) || !text(measurement.unit) || typeof measurement.value !== 'number' || !Number.isFinite(measurement.value) || !isPlainDate(measurement.date) || !text(measurement.source)) {
      invalid('Mỗi chỉ tiêu cần mã, đơn vị, giá trị số, ngày đo (YYYY-MM-DD) và nguồn số liệu.', 'Each figure needs an indicator, a unit, a numeric value, a date (YYYY-MM-DD) and a source.');
    }
    if (seen.has(measurement.indicator)) invalid(`Chỉ tiêu "${measurement.indicator}" bị lặp.`, `Indicator "${measurement.indicator}" appears twice.`);
    seen.add(measurement.indicator);
    if (!directionOf(measurement)) {
      invalid(`Chỉ tiêu "${measurement.indicator}" không thuộc danh mục: cần ghi chiều đánh giá.`, `Indicator "${measurement.indicator}" is not a typical one: give its direction.`);
    }
  }
}

/** Step 6: every baseline indicator measured again in the same unit; the domain's UNIT_MISMATCH becomes a rejection. */
export function improvementsOf(baseline: MeasurementInput[], after: MeasurementInput[]): Improvement[] {
  const missing = baseline.filter((base) => !after.some((candidate) => candidate.indicator === base.indicator)).map((base) => base.indicator);
  const extra = after.filter((candidate) => !baseline.some((base) => base.indicator === candidate.indicator)).map((candidate) => candidate.indicator);
  if (missing.length > 0 || extra.length > 0) {
    invalid(
      `Số liệu sau phải đo đúng các chỉ tiêu của số liệu nền (thiếu: ${missing.join(', ') || '—'}; thừa: ${extra.join(', ') || '—'}).`,
      `The after figures must measure the baseline's indicators (missing: ${missing.join(', ') || '—'}; extra: ${extra.join(', ') || '—'}).`,
    );
  }
  return baseline.map((base) => {
    const next = after.find((candidate) => candidate.indicator === base.indicator) as MeasurementInput;
    try {
      return computeImprovement(base, next, directionOf(base));
    } catch (error) {
      if (error instanceof DomainError) reject(PilotModelRejection.invalidDeliverable, `${error.text.vi} [${error.code}]`, `${error.text.en} [${error.code}]`);
      throw error;
    }
  });
}

/** Checks a step's deliverable against the rules of that step and what earlier steps decided. */
export function assertDeliverable(step: PilotStepCode, deliverable: StepDeliverable, state: PilotModelData): void {
  if (!deliverable || typeof deliverable !== 'object') invalid('Thiếu nội dung sản phẩm của bước.', 'The deliverable is missing.');
  switch (step) {
    case 'assess':
      checkMeasurements((deliverable as AssessDeliverable).measurements, 'số liệu nền');
      return;
    case 'select': {
      const items = (deliverable as SelectDeliverable).items;
      if (!Array.isArray(items) || items.length === 0) invalid('Cần chọn ít nhất một mục.', 'Select at least one item.');
      const groups = state.procedure?.steps.find((candidate) => candidate.code === 'select')?.submission?.itemGroups;
      if (groups) {
        // Applied together (áp dụng đồng bộ): the version in force says which groups, and how many items each.
        const missing = missingItemGroups(groups, items);
        if (missing.length > 0) {
          invalid(
            `Mô hình phải áp dụng đồng bộ; còn thiếu: ${missing.map(({ group, found }) => `${group.label.vi} (cần ít nhất ${group.min}, đã chọn ${found})`).join('; ')}.`,
            `A pilot model applies its items together; still missing: ${missing.map(({ group, found }) => `${group.label.en} (at least ${group.min}, ${found} selected)`).join('; ')}.`,
          );
        }
      } else if (!items.some((item) => item.catalogue === 'management-systems' || item.catalogue === 'improvement-tools')) {
        invalid('Cần chọn ít nhất một hệ thống quản lý hoặc công cụ cải tiến.', 'Select at least one management system or improvement tool.');
      }
      for (const item of items) {
        if (!text(item.reason)) invalid(`Mục "${item.code}" cần nêu lý do lựa chọn.`, `Item "${item.code}" needs a reason.`);
        if (item.catalogue === 'technology') {
          if (!text(item.code)) invalid('Công nghệ được chọn cần có tên/mã.', 'A selected technology needs a code.');
        } else if (!CATALOGUE_BACKED.includes(item.catalogue) || !(state.catalogue[item.catalogue] ?? []).includes(item.code)) {
          invalid(`Không có mục "${item.code}" trong danh mục ${item.catalogue}.`, `No item "${item.code}" in catalogue ${item.catalogue}.`);
        }
      }
      if (new Set(items.map((item) => item.code)).size !== items.length) invalid('Có mục được chọn hai lần.', 'An item is selected twice.');
      return;
    }
    case 'plan': {
      const milestones = (deliverable as PlanDeliverable).milestones;
      if (!Array.isArray(milestones) || milestones.length === 0) invalid('Kế hoạch cần ít nhất một mốc.', 'The plan needs at least one milestone.');
      const selected = (state.selection ?? []).map((item) => item.code);
      for (const milestone of milestones) {
        if (!selected.includes(milestone.itemCode)) invalid(`Mốc "${milestone.title}" không gắn với mục đã chọn.`, `Milestone "${milestone.title}" is not for a selected item.`);
        if (!text(milestone.title) || !text(milestone.owner) || !text(milestone.budgetLine) || !isPlainDate(milestone.dueDate)) {
          invalid('Mỗi mốc cần tên, người phụ trách, hạn hoàn thành (YYYY-MM-DD) và dòng kinh phí.', 'Each milestone needs a title, an owner, a due date (YYYY-MM-DD) and a budget line.');
        }
      }
      const uncovered = selected.filter((code) => !milestones.some((milestone) => milestone.itemCode === code));
      if (uncovered.length > 0) invalid(`Chưa có mốc cho: ${uncovered.join(', ')}.`, `No milestone for: ${uncovered.join(', ')}.`);
      return;
    }
    case 'implement':
      if (!text((deliverable as ImplementDeliverable).report)) invalid('Cần báo cáo thực hiện.', 'An implementation report is needed.');
      return;
    case 'evaluate': {
      const recognitions = (deliverable as EvaluateDeliverable).recognitions;
      if (!Array.isArray(recognitions)) invalid('Thiếu danh sách chứng nhận, công nhận.', 'The certificates and recognitions are missing.');
      for (const item of state.selection ?? []) {
        const found = recognitions.filter((recognition) => recognition.itemCode === item.code);
        if (found.length !== 1) invalid(`Mục "${item.code}" cần đúng một giấy chứng nhận hoặc quyết định công nhận.`, `Item "${item.code}" needs exactly one certificate or recognition decision.`);
      }
      for (const recognition of recognitions) {
        if (recognition.kind === 'certificate') {
          if (!text(recognition.number) || !text(recognition.body) || !isPlainDate(recognition.issuedOn) || !isPlainDate(recognition.expiresOn) || recognition.expiresOn <= recognition.issuedOn) {
            invalid('Giấy chứng nhận cần số, tổ chức chứng nhận, ngày cấp và ngày hết hạn sau ngày cấp.', 'A certificate needs a number, a body, an issue date and a later expiry date.');
          }
        } else if (recognition.kind === 'recognition') {
          if (!text(recognition.decisionNumber) || !text(recognition.decidedBy) || !isPlainDate(recognition.decidedOn)) {
            invalid('Quyết định công nhận cần số, cơ quan và ngày ký.', 'A recognition decision needs a number, an authority and a date.');
          }
        } else {
          invalid('Mỗi mục là giấy chứng nhận hoặc quyết định công nhận.', 'Each item is a certificate or a recognition decision.');
        }
      }
      return;
    }
    case 're-evaluate': {
      const after = deliverable as ReEvaluateDeliverable;
      checkMeasurements(after.measurements, 'sau áp dụng');
      if (!text(after.conclusion)) invalid('Cần kết luận.', 'A conclusion is needed.');
      improvementsOf(state.baseline ?? [], after.measurements);
      return;
    }
  }
}
