import type { LocalizedText } from '../errors/domain-error';
import type { ItemGroup } from './item-groups';
import type { ProcedureDefinition, ProcedureStep, StepActor } from './procedure-definition';
import { DEFAULT_REMINDERS } from './reminder-policy';
import { calendarDays, workingDays, type TimeLimit } from './time-limit';

const STANDING_OFFICE: StepActor = { kind: 'department', capability: 'intake' }; // Chi cục TĐC / Sở KH&CN
const SO_KHCN: StepActor = { kind: 'department', capability: 'programme-management' };
const ENTERPRISE: StepActor = { kind: 'enterprise' };
const SPONSORING: StepActor = { kind: 'department', capability: 'sponsoring' };

/** What a pilot model applies together (áp dụng đồng bộ, process.md §B): at least one item of each group. */
const COMBINED_GROUPS: readonly ItemGroup[] = [
  {
    code: 'management',
    label: { vi: 'Hệ thống quản lý, công cụ cải tiến hoặc chứng nhận thực hành tốt', en: 'Management systems, improvement tools or good-practice certification' },
    catalogues: ['management-systems', 'improvement-tools', 'certifications'],
    min: 1,
  },
  { code: 'standards', label: { vi: 'Tiêu chuẩn, quy chuẩn kỹ thuật', en: 'Standards and technical regulations' }, catalogues: ['standards'], min: 1 },
  { code: 'measurement', label: { vi: 'Đảm bảo đo lường', en: 'Measurement assurance' }, catalogues: ['measurement-contents'], min: 1 },
  { code: 'technology', label: { vi: 'Công nghệ cao, công nghệ số', en: 'High or digital technology' }, catalogues: ['technology'], min: 1 },
];

interface PilotStep {
  code: string;
  name: LocalizedText;
  deliverable: LocalizedText;
  reviewer: StepActor;
  /** Reviewers beside `reviewer`, each with a task of their own; every one must approve, any may return. */
  alsoReviewedBy?: readonly StepActor[];
  itemGroups?: readonly ItemGroup[];
  consulted?: readonly StepActor[];
  submitWithin: TimeLimit | null;
  reviewWithin: TimeLimit;
  next: string;
}

/** Every step: the enterprise submits; the reviewer approves or returns it with comments (loop). */
function step(order: number, s: PilotStep): ProcedureStep {
  return {
    code: s.code,
    order,
    name: s.name,
    actor: s.reviewer,
    ...(s.alsoReviewedBy ? { deciders: { actors: [s.reviewer, ...s.alsoReviewedBy], rule: 'all-approve' as const, approve: 'approve' } } : {}),
    ...(s.consulted ? { consulted: s.consulted } : {}),
    submission: { by: ENTERPRISE, deliverable: s.deliverable, timeLimit: s.submitWithin, ...(s.itemGroups ? { itemGroups: s.itemGroups } : {}) },
    outcomes: [
      { code: 'approve', label: { vi: 'Chấp thuận', en: 'Approve' }, next: s.next },
      { code: 'return', label: { vi: 'Trả lại, yêu cầu chỉnh sửa', en: 'Return with comments' }, next: s.code, requiresComment: true },
    ],
    timeLimit: s.reviewWithin,
    returnableTo: [s.code],
    ...(s.submitWithin === null ? { dueBy: 'plan-milestones' as const } : {}),
  };
}

/**
 * The six-step pilot model (mô hình điểm), version 2021 [plan: Thanh Hóa 159/KH-UBND §3.4]; run
 * as a child of the NSCL implementation step. The sources fix no time limits: every limit below
 * is a product default, configurable by publishing a new version —
 * submissions: assess 20 NLV, select 10 NLV, plan 10 NLV, implement by the plan's milestones,
 * evaluate 60 days (certification audits), re-evaluate 90 days (figures measured after);
 * reviews: 5 NLV, 10 NLV for the evaluation (certificates checked, council where none exists).
 */
export const PILOT_MODEL_2021: ProcedureDefinition = {
  code: 'pilot-model',
  version: '2021',
  name: { vi: 'Xây dựng mô hình điểm (6 bước)', en: 'Pilot model (six steps)' },
  effectiveFrom: '2021-01-01',
  reminders: DEFAULT_REMINDERS,
  steps: [
    step(1, {
      code: 'assess',
      name: { vi: 'Đánh giá thực trạng', en: 'Assess the current state' },
      deliverable: {
        vi: 'Số liệu nền: năng suất, chất lượng sản phẩm; hệ thống quản lý, công cụ cải tiến, tiêu chuẩn sản phẩm, thực hành đo lường và công nghệ đang áp dụng',
        en: 'Baseline: productivity and product quality figures; management systems, improvement tools, product standards, measurement practice and technology in use',
      },
      reviewer: STANDING_OFFICE,
      submitWithin: workingDays(20),
      reviewWithin: workingDays(5),
      next: 'select',
    }),
    step(2, {
      code: 'select',
      name: { vi: 'Lựa chọn', en: 'Select' },
      deliverable: {
        vi: 'Hệ thống quản lý, công cụ cải tiến, tiêu chuẩn áp dụng; nội dung đảm bảo đo lường (Quyết định 510/QĐ-BKHCN); công nghệ cao, công nghệ số — mỗi mục chọn từ danh mục, có lý do',
        en: 'Management systems, improvement tools and standards to apply; measurement-assurance contents (Decision 510/QĐ-BKHCN); high or digital technology — each from the catalogues, with a reason',
      },
      // Reviewed by the standing office with the sponsoring department, in parallel (process.md §B).
      reviewer: STANDING_OFFICE,
      alsoReviewedBy: [SPONSORING],
      itemGroups: COMBINED_GROUPS,
      submitWithin: workingDays(10),
      reviewWithin: workingDays(5),
      next: 'plan',
    }),
    step(3, {
      code: 'plan',
      name: { vi: 'Xây dựng kế hoạch', en: 'Plan' },
      deliverable: {
        vi: 'Kế hoạch cụ thể: một hoặc nhiều mốc cho mỗi mục đã chọn, có người phụ trách, hạn hoàn thành và dòng kinh phí',
        en: 'A concrete plan: one or more milestones per selected item, with owner, due date and budget line',
      },
      reviewer: STANDING_OFFICE,
      submitWithin: workingDays(10),
      reviewWithin: workingDays(5),
      next: 'implement',
    }),
    step(4, {
      code: 'implement',
      name: { vi: 'Tổ chức thực hiện', en: 'Implement' },
      deliverable: {
        vi: 'Tiến độ từng mốc kèm bằng chứng (tài liệu, hình ảnh, hồ sơ)',
        en: 'Progress on each milestone with evidence (documents, photos, records)',
      },
      reviewer: STANDING_OFFICE,
      submitWithin: null, // the plan's milestones carry their own due dates and reminders
      reviewWithin: workingDays(5),
      next: 'evaluate',
    }),
    step(5, {
      code: 'evaluate',
      name: { vi: 'Đánh giá, công nhận', en: 'Evaluate and recognise' },
      deliverable: {
        vi: 'Với mỗi mục đã chọn: giấy chứng nhận (số, tổ chức chứng nhận, ngày cấp, ngày hết hạn) hoặc quyết định công nhận',
        en: 'For each selected item: a certificate (number, body, issue and expiry dates) or a recognition decision',
      },
      // Sở KH&CN checks the certification body's evidence; a council recognises items without a certificate.
      reviewer: SO_KHCN,
      submitWithin: calendarDays(60),
      reviewWithin: workingDays(10),
      next: 're-evaluate',
    }),
    step(6, {
      code: 're-evaluate',
      name: { vi: 'Đánh giá năng suất, chất lượng sau áp dụng', en: 'Re-evaluate' },
      deliverable: {
        vi: 'Các số liệu như bước 1, đo sau khi áp dụng; mức thay đổi so với số liệu nền và kết luận',
        en: 'The same figures as step 1, measured after; the change against the baseline and the conclusion',
      },
      reviewer: SO_KHCN,
      submitWithin: calendarDays(90),
      reviewWithin: workingDays(5),
      next: 'closed',
    }),
  ],
  councilRules: {},
};
