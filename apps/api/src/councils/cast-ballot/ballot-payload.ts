import {
  checkApprovedAmount,
  CRITERION_VERDICTS,
  type CouncilKind,
  type PolicyCap,
  type SelectionCouncilRules,
} from '../../../../../libs/domain/src/councils';
import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import type { CouncilEntity } from '../../../../../libs/persistence/src/entities/councils/council.entity';
import type { CastBallotDto } from './cast-ballot.dto';

/** The fields each kind's ballot uses; any other ballot field is refused as a likely mistake. */
const FIELDS: Readonly<Record<CouncilKind, readonly (keyof CastBallotDto)[]>> = {
  identification: ['verdicts', 'mode', 'comment'],
  selection: ['scores', 'comment'],
  'budget-appraisal': ['proposedVnd', 'comment'],
  acceptance: ['grade', 'comment'],
};

/**
 * Checks a ballot's shape against the council's sheet when it is cast, so a member learns of a
 * mistake at once; the domain counts (and checks again) only at closing.
 */
export function ballotPayload(council: CouncilEntity, dto: CastBallotDto): Record<string, unknown> {
  const kind = council.kind as CouncilKind;
  if (dto.kind !== undefined && dto.kind !== kind) {
    throw invalid('BALLOT_KIND_MISMATCH', { vi: `Hội đồng này thuộc loại "${kind}", không phải "${dto.kind}"`, en: `This council is a "${kind}" council, not "${dto.kind}"` }, 'kind');
  }
  for (const field of Object.keys(dto) as (keyof CastBallotDto)[]) {
    if (field !== 'kind' && dto[field] !== undefined && !FIELDS[kind].includes(field)) {
      throw invalid('BALLOT_FIELD_NOT_FOR_KIND', { vi: `Phiếu của hội đồng loại "${kind}" không có trường ${field}`, en: `A "${kind}" ballot has no field ${field}` }, field);
    }
  }
  const comment = dto.comment?.trim() ? { comment: dto.comment.trim() } : {};
  switch (kind) {
    case 'identification':
      return { ...identification(council, dto), ...comment };
    case 'selection':
      return { scores: selectionScores(council, dto), ...comment };
    case 'budget-appraisal':
      return { proposedVnd: proposedAmount(council, dto), ...comment };
    case 'acceptance':
      if (dto.grade === undefined) throw invalid('ACCEPTANCE_GRADE_MISSING', { vi: 'Phiếu nghiệm thu phải chọn xếp loại', en: 'An acceptance ballot needs a grade' }, 'grade');
      return { grade: dto.grade, ...comment };
  }
}

function identification(council: CouncilEntity, dto: CastBallotDto): Record<string, unknown> {
  const criteria = (council.criteria ?? []).map((criterion) => criterion.id);
  const verdicts = sheet(dto.verdicts, criteria, 'verdicts', (value, id) => {
    if (!(CRITERION_VERDICTS as readonly unknown[]).includes(value)) {
      throw invalid('CRITERION_VERDICT_MISSING', { vi: `Tiêu chí ${id} phải là "dat" hoặc "khong-dat"`, en: `Criterion ${id} must be "dat" or "khong-dat"` }, `verdicts.${id}`);
    }
    return value as string;
  });
  const backs = criteria.every((id) => verdicts[id] === 'dat');
  if (backs && dto.mode === undefined) {
    throw invalid(
      'ASSIGNMENT_MODE_MISSING',
      { vi: 'Phiếu tán thành phải chọn phương thức: tuyển chọn hoặc giao trực tiếp', en: 'A backing ballot must choose a mode: open selection or direct assignment' },
      'mode',
    );
  }
  // A mode on a ballot that does not back the proposal means nothing: it is not kept.
  return { verdicts, mode: backs ? dto.mode : null };
}

function selectionScores(council: CouncilEntity, dto: CastBallotDto): Record<string, number> {
  const weights = council.taskType ? (council.rules as unknown as SelectionCouncilRules).scoreWeights[council.taskType] : [];
  const weightOf = new Map(weights.map((criterion) => [criterion.id, criterion.weight]));
  return sheet(dto.scores, [...weightOf.keys()], 'scores', (value, id) => {
    const max = weightOf.get(id) as number;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
      throw invalid('SCORE_OUT_OF_RANGE', { vi: `Điểm tiêu chí ${id} phải là số nguyên từ 0 đến ${max}`, en: `The score for ${id} must be a whole number from 0 to ${max}` }, `scores.${id}`);
    }
    return value;
  });
}

function proposedAmount(council: CouncilEntity, dto: CastBallotDto): number {
  if (dto.proposedVnd === undefined) {
    throw invalid('BUDGET_PROPOSAL_MISSING', { vi: 'Phiếu thẩm định phải nêu mức kinh phí đề xuất', en: 'An appraisal ballot needs the amount proposed' }, 'proposedVnd');
  }
  const check = checkApprovedAmount(
    { requestedVnd: council.requestedVnd ?? 0, totalCostVnd: council.totalCostVnd ?? 0, caps: (council.caps ?? []) as PolicyCap[] },
    dto.proposedVnd,
  );
  if (!check.withinLimits) throw invalid('BUDGET_APPROVED_OVER_LIMIT', check.explanation, 'proposedVnd');
  return dto.proposedVnd;
}

/** Exactly one valid value per criterion of the sheet. */
function sheet<T>(given: Record<string, unknown> | undefined, criteria: readonly string[], field: string, read: (value: unknown, id: string) => T): Record<string, T> {
  if (given === undefined) throw invalid('BALLOT_SHEET_MISSING', { vi: `Phiếu thiếu ${field}`, en: `The ballot lacks ${field}` }, field);
  const unknown = Object.keys(given).find((id) => !criteria.includes(id));
  if (unknown !== undefined) {
    throw invalid('CRITERION_UNKNOWN', { vi: `Tiêu chí không có trong phiếu mẫu: ${unknown}`, en: `Unknown criterion: ${unknown}` }, `${field}.${unknown}`);
  }
  return Object.fromEntries(criteria.map((id) => [id, read(given[id], id)]));
}

function invalid(code: string, text: { vi: string; en: string }, field: string): DomainError {
  return new DomainError(code, text, field);
}
