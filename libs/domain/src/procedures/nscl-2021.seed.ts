import type { ProcedureDefinition } from './procedure-definition';
import { DEFAULT_REMINDERS } from './reminder-policy';
import { calendarDays, workingDays } from './time-limit';

/**
 * NSCL support-application lifecycle, version 2021 (process.md §A, the circulars in force before
 * the 2025 law: 06/2023, 20/2023, 04/2015, 11/2014 of MOST [law]). Every figure is a default an
 * administrator changes by publishing a new version. Figures marked [?] are not in the sources:
 * sensible defaults, configurable.
 */
export const NSCL_2021: ProcedureDefinition = {
  code: 'nscl',
  version: '2021',
  name: {
    vi: 'Hồ sơ đề nghị hỗ trợ nâng cao năng suất chất lượng (đề xuất đặt hàng nhiệm vụ KH&CN cấp tỉnh)',
    en: 'Productivity and quality support application (proposal of a provincial S&T task)',
  },
  effectiveFrom: '2021-01-01',
  reminders: DEFAULT_REMINDERS,
  steps: [
    {
      code: 'draft',
      order: 0,
      name: { vi: 'Soạn hồ sơ', en: 'Draft' },
      actor: { kind: 'enterprise' },
      outcomes: [
        { code: 'submit', label: { vi: 'Nộp hồ sơ', en: 'Submit' }, next: 'intake' },
        { code: 'discard', label: { vi: 'Hủy hồ sơ nháp', en: 'Discard' }, next: 'withdrawn' },
      ],
      timeLimit: null,
    },
    {
      code: 'intake',
      order: 1,
      name: { vi: 'Tiếp nhận, kiểm tra tính hợp lệ', en: 'Intake and completeness check' },
      actor: { kind: 'department', capability: 'intake' },
      outcomes: [
        { code: 'accept', label: { vi: 'Tiếp nhận', en: 'Accept' }, next: 'endorsement' },
        {
          code: 'request-supplement',
          label: { vi: 'Yêu cầu bổ sung', en: 'Request supplement' },
          next: 'supplement',
          requiresComment: true,
          pausesClock: true,
        },
        { code: 'reject', label: { vi: 'Từ chối (không đủ điều kiện)', en: 'Reject as ineligible' }, next: 'rejected', requiresComment: true },
      ],
      timeLimit: workingDays(7),
    },
    {
      code: 'supplement',
      order: 2,
      name: { vi: 'Bổ sung hồ sơ', en: 'Supplement' },
      actor: { kind: 'enterprise' },
      outcomes: [
        { code: 'resubmit', label: { vi: 'Nộp lại hồ sơ', en: 'Resubmit' }, next: 'intake' },
        { code: 'withdraw', label: { vi: 'Rút hồ sơ', en: 'Withdraw' }, next: 'withdrawn' },
        { code: 'lapse', label: { vi: 'Quá hạn bổ sung, hồ sơ bị rút', en: 'Supplement lapsed; application withdrawn' }, next: 'withdrawn', automatic: true },
      ],
      // [2nd: chosen, configurable] when it lapses the application is withdrawn automatically, with notice.
      timeLimit: workingDays(10),
      onLapse: 'lapse',
    },
    {
      code: 'endorsement',
      order: 3,
      name: { vi: 'Đơn vị đề xuất đặt hàng xác nhận', en: 'Endorsement by the sponsoring department' },
      actor: { kind: 'department', capability: 'sponsoring' },
      outcomes: [
        { code: 'endorse', label: { vi: 'Xác nhận', en: 'Endorse' }, next: 'identification-council' },
        { code: 'return', label: { vi: 'Trả lại', en: 'Return' }, next: 'intake', requiresComment: true },
        { code: 'reject', label: { vi: 'Không xác nhận', en: 'Reject' }, next: 'rejected', requiresComment: true },
      ],
      timeLimit: workingDays(5), // [?] configurable
      returnableTo: ['intake'],
    },
    {
      code: 'identification-council',
      order: 4,
      name: { vi: 'Hội đồng tư vấn xác định nhiệm vụ', en: 'Task identification council' },
      actor: { kind: 'council', councilKind: 'identification' },
      outcomes: [
        { code: 'carry-out-selection', label: { vi: 'Thực hiện — tuyển chọn', en: 'Carry out — open selection' }, next: 'selection-council' },
        { code: 'carry-out-direct', label: { vi: 'Thực hiện — giao trực tiếp', en: 'Carry out — direct assignment' }, next: 'selection-council' },
        { code: 'not-carry-out', label: { vi: 'Không thực hiện', en: 'Do not carry out' }, next: 'rejected', requiresComment: true },
      ],
      // [?] configurable: the sources only fix the parts below; 20 NLV covers convening, papers and conclusions.
      timeLimit: workingDays(20),
      subDeadlines: [
        { code: 'papers', label: { vi: 'Gửi tài liệu cho thành viên trước phiên họp', en: 'Papers to members before the meeting' }, limit: workingDays(5), bound: 'at-least', from: 'meeting' },
        { code: 'conclusions', label: { vi: 'Kết luận của hội đồng', en: 'Council conclusions' }, limit: workingDays(5), from: 'meeting' },
      ],
    },
    {
      code: 'selection-council',
      order: 5,
      name: { vi: 'Hội đồng tuyển chọn, giao trực tiếp', en: 'Selection / direct assignment council' },
      actor: { kind: 'council', councilKind: 'selection' },
      outcomes: [
        { code: 'selected', label: { vi: 'Được tuyển chọn', en: 'Selected' }, next: 'budget-appraisal' },
        { code: 'revise', label: { vi: 'Hoàn thiện hồ sơ theo kết luận hội đồng', en: 'Revise per the council' }, next: 'revision', requiresComment: true },
        { code: 'not-selected', label: { vi: 'Không được tuyển chọn', en: 'Not selected' }, next: 'rejected', requiresComment: true },
      ],
      timeLimit: workingDays(20), // [?] configurable, as for the identification council
      subDeadlines: [
        { code: 'papers', label: { vi: 'Gửi tài liệu cho thành viên trước phiên họp', en: 'Papers to members before the meeting' }, limit: workingDays(7), bound: 'at-least', from: 'meeting' },
      ],
    },
    {
      code: 'revision',
      order: 6,
      name: { vi: 'Hoàn thiện thuyết minh, dự toán', en: 'Revised proposal' },
      actor: { kind: 'enterprise' },
      outcomes: [
        { code: 'resubmit', label: { vi: 'Nộp hồ sơ đã hoàn thiện', en: 'Submit the revised proposal' }, next: 'budget-appraisal' },
        { code: 'withdraw', label: { vi: 'Rút hồ sơ', en: 'Withdraw' }, next: 'withdrawn' },
      ],
      timeLimit: calendarDays(20),
    },
    {
      code: 'budget-appraisal',
      order: 7,
      name: { vi: 'Thẩm định kinh phí', en: 'Budget appraisal' },
      // The appraisal team (5 members, Sở Tài chính among them) reports through Sở Tài chính.
      actor: { kind: 'department', capability: 'budget-appraisal' },
      outcomes: [
        { code: 'approved', label: { vi: 'Thông qua kinh phí (không vượt đề nghị và mức trần)', en: 'Amount approved (≤ requested, ≤ caps)' }, next: 'approval' },
        { code: 'return', label: { vi: 'Trả lại để hoàn thiện', en: 'Return for revision' }, next: 'revision', requiresComment: true },
      ],
      // Meets within 10 days of the revised proposal; the host concludes within 15 days.
      timeLimit: calendarDays(25),
      returnableTo: ['revision'],
      subDeadlines: [
        { code: 'meeting', label: { vi: 'Tổ thẩm định họp', en: 'Team meets' }, limit: calendarDays(10), from: 'step-start' },
        { code: 'conclusion', label: { vi: 'Cơ quan chủ trì kết luận', en: 'Host concludes' }, limit: calendarDays(15), from: 'meeting' },
      ],
    },
    {
      code: 'approval',
      order: 8,
      name: { vi: 'Quyết định phê duyệt', en: 'Approval decision' },
      actor: { kind: 'department', capability: 'approval' },
      outcomes: [
        { code: 'approve', label: { vi: 'Phê duyệt (tổ chức, chủ nhiệm, kinh phí, thời gian)', en: 'Approve (organisation, lead, budget, duration)' }, next: 'contract' },
        { code: 'refuse', label: { vi: 'Không phê duyệt', en: 'Refuse' }, next: 'rejected', requiresComment: true },
      ],
      timeLimit: calendarDays(15),
    },
    {
      code: 'contract',
      order: 9,
      name: { vi: 'Ký hợp đồng', en: 'Contract' },
      actor: { kind: 'department', capability: 'contracting' },
      outcomes: [{ code: 'signed', label: { vi: 'Đã ký (ngày hiệu lực, thời hạn, các đợt tạm ứng)', en: 'Signed (effective date, duration, tranches)' }, next: 'implementation' }],
      timeLimit: workingDays(10), // [?] configurable
    },
    {
      code: 'implementation',
      order: 10,
      name: { vi: 'Thực hiện', en: 'Implementation' },
      // The enterprise reports progress; Sở KH&CN inspects and records the end of the phase.
      actor: { kind: 'department', capability: 'programme-management' },
      outcomes: [
        { code: 'completed', label: { vi: 'Hoàn thành, nộp hồ sơ nghiệm thu', en: 'Completed; acceptance dossier submitted' }, next: 'acceptance' },
        { code: 'terminate', label: { vi: 'Chấm dứt hợp đồng, thu hồi kinh phí', en: 'Terminate and recover funds' }, next: 'terminated', requiresComment: true },
      ],
      timeLimit: null,
      dueBy: 'contract-end',
      childProcedure: { code: 'pilot-model', forSupportKind: 'pilot-model' },
    },
    {
      code: 'acceptance',
      order: 11,
      name: { vi: 'Đánh giá nghiệm thu', en: 'Acceptance' },
      actor: { kind: 'council', councilKind: 'acceptance' },
      outcomes: [
        { code: 'excellent', label: { vi: 'Xuất sắc', en: 'Excellent' }, next: 'settlement' },
        { code: 'pass', label: { vi: 'Đạt', en: 'Pass' }, next: 'settlement' },
        { code: 'fail', label: { vi: 'Không đạt', en: 'Fail' }, next: 'settlement', requiresComment: true },
      ],
      // [?] configurable overall limit: 3 + 15 NLV to check and form the council, then 30 days to meet.
      timeLimit: calendarDays(60),
      subDeadlines: [
        { code: 'validity-check', label: { vi: 'Kiểm tra tính hợp lệ của hồ sơ', en: 'Dossier validity check' }, limit: workingDays(3), from: 'step-start' },
        { code: 'fixes', label: { vi: 'Hoàn thiện hồ sơ nghiệm thu', en: 'Dossier fixes' }, limit: workingDays(5), from: 'request' },
        { code: 'council-formed', label: { vi: 'Thành lập hội đồng', en: 'Council formed' }, limit: workingDays(15), from: 'step-start' },
        { code: 'meeting', label: { vi: 'Hội đồng họp', en: 'Council meets' }, limit: calendarDays(30), from: 'council-formed' },
      ],
    },
    {
      code: 'settlement',
      order: 12,
      name: { vi: 'Công nhận kết quả, thanh lý, quyết toán', en: 'Recognition and settlement' },
      actor: { kind: 'department', capability: 'programme-management' },
      // Sở KH&CN and Sở Tài chính, each from its own inbox: both settle, or either orders the refund.
      deciders: { actors: [{ kind: 'department', capability: 'programme-management' }, { kind: 'department', capability: 'budget-appraisal' }], rule: 'all-approve', approve: 'settled' },
      outcomes: [
        { code: 'settled', label: { vi: 'Công nhận kết quả, thanh lý hợp đồng', en: 'Recognised and settled' }, next: 'closed' },
        { code: 'refund-ordered', label: { vi: 'Thu hồi kinh phí (Không đạt)', en: 'Refund ordered (failed)' }, next: 'closed', requiresComment: true },
      ],
      timeLimit: workingDays(10), // recognition within 10 NLV of complete documents
    },
  ],
  councilRules: {
    identification: {
      members: { min: 7, max: 11 },
      reviewers: 2,
      quorumAtLeast: { num: 2, den: 3 },
      quorumMustInclude: ['chair', 'reviewer', 'reviewer', 'secretary'],
      recommendShareAbove: { num: 3, den: 4 },
      papersBeforeMeeting: workingDays(5),
      conclusionsWithin: workingDays(5),
    },
    selection: {
      members: { min: 7, max: 9 },
      reviewers: 2,
      quorumAtLeast: { num: 2, den: 3 },
      maxScore: 100,
      outlierDeviationAbove: { num: 1, den: 5 },
      passMeanAtLeast: 70,
      zeroScoreShareAbove: { num: 1, den: 4 },
      proposerBonus: { num: 1, den: 10 },
      papersBeforeMeeting: workingDays(7),
      revisionWithin: calendarDays(20),
      weights: {
        project: {
          overview: 8,
          content: 20,
          'novelty-feasibility': 12,
          'socio-economic-effect': 12,
          products: 16,
          'financial-plan': 16,
          capacity: 16,
        },
        'applied-research': {
          'state-of-the-art': 12,
          'content-methods': 24,
          products: 16,
          applicability: 16,
          'plan-budget': 16,
          capacity: 16,
        },
      },
    },
    'budget-appraisal': {
      members: { min: 5, max: 5 },
      quorumAtLeast: { num: 4, den: 5 },
      meetsWithin: calendarDays(10),
      concludesWithin: calendarDays(15),
    },
    acceptance: {
      members: { min: 9, max: 9 },
      reviewers: 2,
      excellentShareAtLeast: { num: 3, den: 4 },
      failShareAbove: { num: 1, den: 3 },
      lateDossierFailsAfterMonths: 6,
    },
  },
  implementationRules: {
    inspectionNoticeAtLeast: workingDays(5),
    inspectionFindingsWithin: workingDays(10),
    inspectionEveryMonths: 12, // [?] "yearly": configurable
    extension: {
      maxCount: 1,
      longTaskAboveMonths: 24,
      maxMonthsLongTask: 12,
      maxMonthsShortTask: 6,
      requestAtLeastMonthsBeforeEnd: 1,
      decidedWithin: calendarDays(30),
    },
    acceptanceDossierWithin: calendarDays(30),
  },
};
