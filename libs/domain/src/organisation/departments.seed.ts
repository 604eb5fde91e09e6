import type { LocalizedText } from '../errors/domain-error';
import type { DepartmentCapability, DepartmentKind } from './department';

/**
 * One department of the seed list, before it is placed in a province. Names take the province
 * title ("tỉnh Thanh Hóa" / "Thanh Hoa Province"); `slug` becomes `<province>/<slug>`.
 */
export interface DepartmentTemplate {
  readonly slug: string;
  readonly kind: DepartmentKind;
  readonly name: (province: LocalizedText) => LocalizedText;
  readonly parentSlug?: string;
  readonly capabilities: readonly DepartmentCapability[];
}

/**
 * The departments a province's instance knows (organisation.md; editable):
 * - Sở KH&CN runs the programme and signs contracts with enterprises (process.md step 7);
 *   since 2025 it also holds the former information-and-communications department [2nd].
 * - Chi cục TĐC is the standing office: it takes in applications [plan].
 * - Sở Tài chính appraises budgets; since 2025 it also holds planning and investment [2nd].
 * - The sponsoring sectors named in the plans select and endorse enterprises [plan];
 *   agriculture merged with natural resources and environment, construction with transport [2nd].
 * - UBND tỉnh approves tasks. (A delegated approval by Sở KH&CN's director is configuration.)
 * Commune People's Committees are added per commune by an administrator, not generated.
 */
export const DEPARTMENT_TEMPLATES: readonly DepartmentTemplate[] = [
  {
    slug: 'so-khcn',
    kind: 'science-technology',
    name: (p) => ({ vi: `Sở Khoa học và Công nghệ ${p.vi}`, en: `${p.en} Department of Science and Technology` }),
    capabilities: ['programme-management', 'contracting'],
  },
  {
    slug: 'chi-cuc-tdc',
    kind: 'standards-quality-unit',
    name: (p) => ({ vi: `Chi cục Tiêu chuẩn Đo lường Chất lượng ${p.vi}`, en: `${p.en} Sub-department of Standards, Metrology and Quality` }),
    parentSlug: 'so-khcn',
    capabilities: ['intake'],
  },
  {
    slug: 'so-tai-chinh',
    kind: 'finance',
    name: (p) => ({ vi: `Sở Tài chính ${p.vi}`, en: `${p.en} Department of Finance` }),
    capabilities: ['budget-appraisal'],
  },
  {
    slug: 'so-cong-thuong',
    kind: 'sponsoring-sector',
    name: (p) => ({ vi: `Sở Công Thương ${p.vi}`, en: `${p.en} Department of Industry and Trade` }),
    capabilities: ['sponsoring'],
  },
  {
    slug: 'so-nong-nghiep-moi-truong',
    kind: 'sponsoring-sector',
    name: (p) => ({ vi: `Sở Nông nghiệp và Môi trường ${p.vi}`, en: `${p.en} Department of Agriculture and Environment` }),
    capabilities: ['sponsoring'],
  },
  {
    slug: 'so-y-te',
    kind: 'sponsoring-sector',
    name: (p) => ({ vi: `Sở Y tế ${p.vi}`, en: `${p.en} Department of Health` }),
    capabilities: ['sponsoring'],
  },
  {
    slug: 'so-xay-dung',
    kind: 'sponsoring-sector',
    name: (p) => ({ vi: `Sở Xây dựng ${p.vi}`, en: `${p.en} Department of Construction` }),
    capabilities: ['sponsoring'],
  },
  {
    slug: 'so-noi-vu',
    kind: 'sponsoring-sector',
    name: (p) => ({ vi: `Sở Nội vụ ${p.vi}`, en: `${p.en} Department of Home Affairs` }),
    capabilities: ['sponsoring'],
  },
  {
    slug: 'ubnd-tinh',
    kind: 'provincial-peoples-committee',
    name: (p) => ({ vi: `Ủy ban nhân dân ${p.vi}`, en: `${p.en} People's Committee` }),
    capabilities: ['approval'],
  },
];
