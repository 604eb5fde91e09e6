import type { ProgrammePlan } from './programme-plan';
import { COMMUNE_PEOPLES_COMMITTEES, DEPARTMENTS_AND_SECTORS, DISTRICT_PEOPLES_COMMITTEES } from './plan-units';

const PERIOD = '2021-2025';

/** Thanh Hóa, 159/KH-UBND, 30/6/2021 — 2021–2025 [plan]. */
export const THANH_HOA_159_2021: ProgrammePlan = {
  code: 'thanh-hoa/159-kh-ubnd-2021',
  provinceCode: 'thanh-hoa',
  historicalProvinceCode: 'thanh-hoa',
  issuer: { vi: 'Ủy ban nhân dân tỉnh Thanh Hóa', en: "Thanh Hoa Province People's Committee" },
  number: '159/KH-UBND',
  issuedOn: '2021-06-30',
  issuedYear: 2021,
  periods: [{ code: PERIOD, from: '2021-01-01', to: '2025-12-31' }],
  targets: [
    {
      code: 'establishments-trained',
      indicator: {
        vi: 'Cơ sở sản xuất, kinh doanh được đào tạo (ưu tiên sản phẩm OCOP, sản phẩm chủ lực)',
        en: 'Production and business establishments trained (OCOP and key products first)',
      },
      unit: { vi: 'cơ sở', en: 'establishments' },
      measure: 'count',
      value: 400,
      comparator: 'exactly',
      period: PERIOD,
    },
    {
      code: 'enterprises-supported',
      indicator: {
        vi: 'Doanh nghiệp được hỗ trợ áp dụng, duy trì hệ thống quản lý (ISO 9001, ISO 22000, HACCP, GAP/VietGAP), công cụ cải tiến (5S, TPM, Lean, KPIs), đảm bảo đo lường, công nghệ cao, công nghệ số',
        en: 'Enterprises helped to apply and keep management systems (ISO 9001, ISO 22000, HACCP, GAP/VietGAP), improvement tools (5S, TPM, Lean, KPIs), measurement assurance, high or digital technology',
      },
      unit: { vi: 'doanh nghiệp', en: 'enterprises' },
      measure: 'count',
      value: 150,
      comparator: 'exactly',
      period: PERIOD,
    },
    {
      code: 'ocop-key-producers-standards',
      indicator: {
        vi: 'Cơ sở sản xuất sản phẩm OCOP, sản phẩm chủ lực được hỗ trợ áp dụng tiêu chuẩn',
        en: 'OCOP and key-product producers helped to apply standards',
      },
      unit: { vi: '% số cơ sở', en: '% of producers' },
      measure: 'percent',
      value: 100,
      comparator: 'exactly',
      period: PERIOD,
    },
    {
      code: 'pilot-models',
      indicator: { vi: 'Mô hình điểm (6 doanh nghiệp)', en: 'Pilot models (6 enterprises)' },
      unit: { vi: 'mô hình', en: 'models' },
      measure: 'count',
      value: 6,
      comparator: 'exactly',
      period: PERIOD,
    },
    {
      code: 'advisory-public-units',
      indicator: { vi: 'Đơn vị sự nghiệp công lập đủ năng lực tư vấn cho doanh nghiệp', en: 'Public units able to advise enterprises' },
      unit: { vi: 'đơn vị', en: 'units' },
      measure: 'count',
      value: 1,
      comparator: 'exactly',
      period: PERIOD,
    },
    {
      code: 'advisory-experts',
      indicator: { vi: 'Chuyên gia đủ năng lực tư vấn cho doanh nghiệp', en: 'Experts able to advise enterprises' },
      unit: { vi: 'chuyên gia', en: 'experts' },
      measure: 'count',
      value: 10,
      comparator: 'exactly',
      period: PERIOD,
    },
    {
      code: 'training-classes',
      indicator: { vi: 'Lớp đào tạo (khoảng 50 người/lớp, giai đoạn 2022–2024)', en: 'Training classes (about 50 people each, 2022–2024)' },
      unit: { vi: 'lớp', en: 'classes' },
      measure: 'count',
      value: 8,
      comparator: 'exactly',
      period: PERIOD,
    },
  ],
  // §3.2 training, §3.3 support to enterprises (catalogues.md cites §3.3 for the kinds of support),
  // §3.4 pilot models, §3.5 advisory capacity; wording restates the plan's targets [plan], the lead is
  // Sở KH&CN (its Chi cục TĐC the standing office) as the plan sets it.
  tasks: [
    {
      code: 'establishments-trained',
      content: {
        vi: 'Đào tạo, tập huấn về năng suất chất lượng cho 400 cơ sở sản xuất, kinh doanh, ưu tiên cơ sở có sản phẩm OCOP, sản phẩm chủ lực',
        en: 'Train 400 production and business establishments in productivity and quality, OCOP and key-product producers first',
      },
      timing: { vi: '2021–2025', en: '2021–2025' },
      leadUnit: {
        name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
        departmentCode: 'thanh-hoa/so-khcn',
      },
      cooperatingUnits: [DEPARTMENTS_AND_SECTORS, DISTRICT_PEOPLES_COMMITTEES],
    },
    {
      code: 'enterprises-supported',
      content: {
        vi: 'Hỗ trợ 150 doanh nghiệp áp dụng, duy trì hệ thống quản lý (ISO 9001, ISO 22000, HACCP, GAP/VietGAP), công cụ cải tiến (5S, TPM, Lean, KPI), chương trình đảm bảo đo lường, công nghệ cao, công nghệ số; hỗ trợ 100% cơ sở sản xuất sản phẩm OCOP, sản phẩm chủ lực áp dụng tiêu chuẩn',
        en: 'Help 150 enterprises apply and keep management systems (ISO 9001, ISO 22000, HACCP, GAP/VietGAP), improvement tools (5S, TPM, Lean, KPIs), measurement assurance, high or digital technology; help every OCOP and key-product producer apply standards',
      },
      timing: { vi: '2021–2025', en: '2021–2025' },
      leadUnit: {
        name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
        departmentCode: 'thanh-hoa/so-khcn',
      },
      cooperatingUnits: [DEPARTMENTS_AND_SECTORS, DISTRICT_PEOPLES_COMMITTEES],
    },
    {
      code: 'advisory-capacity',
      content: {
        vi: 'Xây dựng 01 đơn vị sự nghiệp công lập và 10 chuyên gia đủ năng lực tư vấn năng suất chất lượng cho doanh nghiệp',
        en: 'Build 1 public unit and 10 experts able to advise enterprises on productivity and quality',
      },
      timing: { vi: '2021–2025', en: '2021–2025' },
      leadUnit: {
        name: {
          vi: 'Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)',
          en: 'Department of Science and Technology (Sub-department of Standards, Metrology and Quality)',
        },
        departmentCode: 'thanh-hoa/chi-cuc-tdc',
      },
      cooperatingUnits: [],
    },
    {
      code: 'training-classes',
      content: {
        vi: 'Tổ chức 8 lớp đào tạo, khoảng 50 người/lớp: 2 lớp về hệ thống quản lý, 2 lớp về công cụ cải tiến, 2 lớp về tiêu chuẩn và quy chuẩn kỹ thuật, 2 lớp về đảm bảo đo lường',
        en: 'Run 8 training classes of about 50 people: two each on management systems, improvement tools, standards and technical regulations, and measurement assurance',
      },
      timing: { vi: '2022–2024', en: '2022–2024' },
      leadUnit: {
        name: {
          vi: 'Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)',
          en: 'Department of Science and Technology (Sub-department of Standards, Metrology and Quality)',
        },
        departmentCode: 'thanh-hoa/chi-cuc-tdc',
      },
      cooperatingUnits: [],
    },
    {
      code: 'pilot-models',
      content: {
        vi: 'Xây dựng 6 mô hình điểm theo 6 bước (mục 3.4): đánh giá thực trạng, lựa chọn, xây dựng kế hoạch, tổ chức thực hiện, đánh giá công nhận, đánh giá năng suất chất lượng sau áp dụng',
        en: 'Build 6 pilot models in the six steps of §3.4: assess, select, plan, implement, evaluate and recognise, re-evaluate',
      },
      timing: { vi: '2021–2025', en: '2021–2025' },
      leadUnit: {
        name: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
        departmentCode: 'thanh-hoa/so-khcn',
      },
      // The sectors and local authorities choose and guide the enterprises (§3.4).
      cooperatingUnits: [DEPARTMENTS_AND_SECTORS, DISTRICT_PEOPLES_COMMITTEES, COMMUNE_PEOPLES_COMMITTEES],
    },
  ],
};
