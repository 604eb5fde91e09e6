import type { CatalogueItem } from './catalogue-item';

/**
 * Kinds of support (nội dung hỗ trợ) [plan: Thanh Hóa §3.3, Tiền Giang §III.4, Bắc Kạn §II.3].
 * The last three come from the plans' task lists (issue #10 item 9): the National Quality Award
 * (Tiền Giang), technology transfer and trial production, and building the capacity of
 * consulting, certification and testing bodies (Hưng Yên's accreditation and testing targets,
 * Thanh Hóa's public advisory unit). An existing database gets them from the seed, which inserts
 * missing catalogue rows at every start.
 */
export const SUPPORT_KINDS: readonly CatalogueItem[] = [
  {
    kind: 'support-kinds',
    code: 'management-systems-and-tools',
    name: { vi: 'Áp dụng hệ thống quản lý, công cụ cải tiến năng suất chất lượng', en: 'Applying management systems and productivity-improvement tools' },
    description: { vi: 'Hệ thống, công cụ cơ bản và đặc thù của ngành', en: 'Basic ones and those specific to a sector' },
    active: true,
  },
  { kind: 'support-kinds', code: 'traceability', name: { vi: 'Áp dụng hệ thống truy xuất nguồn gốc', en: 'Applying traceability systems' }, active: true },
  { kind: 'support-kinds', code: 'good-agricultural-practice', name: { vi: 'Áp dụng thực hành nông nghiệp tốt (G.A.P)', en: 'Applying good agricultural practice (G.A.P)' }, active: true },
  { kind: 'support-kinds', code: 'organic-production', name: { vi: 'Sản xuất hữu cơ', en: 'Organic production' }, active: true },
  { kind: 'support-kinds', code: 'green-productivity', name: { vi: 'Năng suất xanh', en: 'Green productivity' }, active: true },
  {
    kind: 'support-kinds',
    code: 'standards-and-smart-production',
    name: {
      vi: 'Áp dụng tiêu chuẩn, quy chuẩn kỹ thuật, công cụ sản xuất thông minh, dịch vụ thông minh',
      en: 'Applying standards, technical regulations and tools for smart production and smart services',
    },
    active: true,
  },
  {
    kind: 'support-kinds',
    code: 'digital-management',
    name: {
      vi: 'Ứng dụng công nghệ thông tin, công nghệ số trong xây dựng, đổi mới hệ thống quản trị doanh nghiệp',
      en: 'Using information and digital technology to set up or modernise enterprise management',
    },
    active: true,
  },
  {
    kind: 'support-kinds',
    code: 'certification',
    name: { vi: 'Chứng nhận sản phẩm, hàng hóa, hệ thống quản lý', en: 'Certifying products, goods and management systems' },
    description: {
      vi: 'Chứng nhận sản phẩm, hàng hóa; hệ thống an toàn thực phẩm, môi trường, năng lượng, an toàn sức khỏe nghề nghiệp, truy xuất nguồn gốc theo tiêu chuẩn quốc gia, quốc tế',
      en: 'Products and goods; food-safety, environment, energy, occupational health-and-safety and traceability systems against national or international standards',
    },
    active: true,
  },
  { kind: 'support-kinds', code: 'measurement-assurance', name: { vi: 'Chương trình đảm bảo đo lường trong doanh nghiệp', en: 'Measurement assurance programmes in the enterprise' }, active: true },
  {
    kind: 'support-kinds',
    code: 'pilot-model',
    name: { vi: 'Mô hình điểm', en: 'Pilot model' },
    description: { vi: 'Áp dụng đồng bộ các nội dung trên, theo 6 bước', en: 'All of the above together, in six steps' },
    active: true,
  },
  {
    kind: 'support-kinds',
    code: 'training',
    name: { vi: 'Đào tạo', en: 'Training' },
    description: {
      vi: 'Lớp đào tạo cho doanh nghiệp, chuyên gia năng suất, "cán bộ năng suất chất lượng"',
      en: 'Classes for enterprises, productivity experts and "productivity and quality officers"',
    },
    active: true,
  },
  {
    kind: 'support-kinds',
    code: 'national-quality-award',
    name: { vi: 'Giải thưởng Chất lượng Quốc gia', en: 'National Quality Award' },
    description: { vi: 'Hỗ trợ doanh nghiệp tham gia, đạt Giải thưởng Chất lượng Quốc gia', en: 'Helping enterprises enter and win the National Quality Award' },
    active: true,
  },
  {
    kind: 'support-kinds',
    code: 'technology-transfer-and-trial-production',
    name: { vi: 'Chuyển giao công nghệ, sản xuất thử nghiệm', en: 'Technology transfer and trial production' },
    active: true,
  },
  {
    kind: 'support-kinds',
    code: 'consulting-certification-testing-capacity',
    name: { vi: 'Nâng cao năng lực tư vấn, chứng nhận, thử nghiệm', en: 'Building consulting, certification and testing capacity' },
    description: {
      vi: 'Hỗ trợ tổ chức tư vấn, chứng nhận được công nhận; đầu tư trang thiết bị cho đơn vị thử nghiệm',
      en: 'Helping consulting and certification bodies to accreditation; equipping testing units',
    },
    active: true,
  },
];
