import { PlainDate } from '../calendar/plain-date';
import { SizeClass } from '../enterprises';
import { Share, toVnd } from '../money';
import { SupportPer, SupportPolicy } from './support-policy';

/**
 * Decree 80/2021/NĐ-CP took effect on 2021-10-15 (its effective-date article; confirmed by secondary
 * summaries, e.g. huongdanketoan.com "có hiệu lực từ 15/10/2021 thay thế Nghị định 39/2018").
 */
export const DECREE_80_EFFECTIVE_DATE: PlainDate = '2021-10-15';

const DECREE = 'Nghị định 80/2021/NĐ-CP';
const DECREE_EN = 'Decree 80/2021/NĐ-CP';
const HALF: Share = { num: 1, den: 2 };
const ALL: Share = { num: 1, den: 1 };
const THIRTY_PERCENT: Share = { num: 3, den: 10 };
const SME: readonly SizeClass[] = ['micro', 'small', 'medium'];
const MILLION = 1_000_000;

/*
 * Which support kinds (catalogue `support-kinds`) each Decree 80 row caps. The reference gives the
 * caps but not this mapping, so it is the product's reading, editable by an administrator
 * (PUT /admin/policies/{code}, field supportKinds):
 * - Art. 11 digital-transformation consulting and digital solutions cap "digital-management";
 * - Art. 11 technology-transfer consulting caps "technology-transfer-and-trial-production";
 * - Art. 11 intellectual-property consulting matches no programme support kind: mapped to none;
 * - Art. 13 consulting through the advisor network is consulting on management and production,
 *   the programme's "management-systems-and-tools".
 * Kinds with no row (certification, training, pilot models…) are financed at the levels of
 * Circular 35/2021/TT-BTC and the province's resolutions, which the reference does not give: an
 * administrator adds those rows; until then only the requested amount bounds the approval.
 */
const DIGITAL: readonly string[] = ['digital-management'];
const TECH_TRANSFER: readonly string[] = ['technology-transfer-and-trial-production'];
const ADVISOR: readonly string[] = ['management-systems-and-tools'];
const NONE: readonly string[] = [];

interface Row {
  code: string;
  vi: string;
  en: string;
  article: string;
  articleEn: string;
  /** Support kinds (catalogue codes) the row caps; see the mapping above. */
  supportKinds: readonly string[];
  share: Share;
  capMillions: number;
  per: SupportPer;
  sizeClasses: readonly SizeClass[];
  supersedes?: string;
}

function row(r: Row): SupportPolicy {
  return {
    code: r.code,
    name: { vi: r.vi, en: r.en },
    legalBasis: `${DECREE}, ${r.article}`,
    legalBasisEn: `${DECREE_EN}, ${r.articleEn}`,
    supportKinds: r.supportKinds,
    shareOfCost: r.share,
    capVnd: toVnd(r.capMillions * MILLION, 'capVnd'),
    per: r.per,
    sizeClasses: r.sizeClasses,
    ...(r.supersedes === undefined ? {} : { womenOrSocialEnterpriseOnly: true, supersedes: r.supersedes }),
    validFrom: DECREE_80_EFFECTIVE_DATE,
  };
}

/**
 * National caps of Decree 80/2021 for SMEs, as seed rows an administrator may edit or close.
 * Numbers are those of `catalogues.md` "Support caps". Provincial levels (Circular 35/2021/TT-BTC,
 * People's Council resolutions) are not seeded: they are entered as their own rows.
 *
 * Art. 11 shares are "up to 50%". DX consulting is capped "per contract per year" (Art. 11(1),
 * quoted in secondary sources as "triệu đồng/hợp đồng/năm"); renting or buying digital solutions
 * is capped per year ("triệu đồng/năm"), hence 'enterprise-year'.
 * Art. 13(2) caps are "per year per enterprise"; the higher caps apply to enterprises owned by
 * women, employing many women, or social enterprises and replace the base row for them.
 */
export const DECREE_80_POLICIES: readonly SupportPolicy[] = [
  row({
    code: 'D80-A11-DX-CONSULTING-SMALL',
    supportKinds: DIGITAL,
    vi: 'Tư vấn giải pháp chuyển đổi số (doanh nghiệp nhỏ)',
    en: 'Digital-transformation consulting (small enterprise)',
    article: 'Điều 11, khoản 1',
    articleEn: 'Article 11(1)',
    share: HALF,
    capMillions: 50,
    per: 'contract-year',
    sizeClasses: ['small'],
  }),
  row({
    code: 'D80-A11-DX-CONSULTING-MEDIUM',
    supportKinds: DIGITAL,
    vi: 'Tư vấn giải pháp chuyển đổi số (doanh nghiệp vừa)',
    en: 'Digital-transformation consulting (medium enterprise)',
    article: 'Điều 11, khoản 1',
    articleEn: 'Article 11(1)',
    share: HALF,
    capMillions: 100,
    per: 'contract-year',
    sizeClasses: ['medium'],
  }),
  row({
    code: 'D80-A11-DX-SOLUTIONS-MICRO',
    supportKinds: DIGITAL,
    vi: 'Thuê, mua giải pháp chuyển đổi số (doanh nghiệp siêu nhỏ)',
    en: 'Renting or buying digital solutions (micro enterprise)',
    article: 'Điều 11',
    articleEn: 'Article 11',
    share: HALF,
    capMillions: 20,
    per: 'enterprise-year',
    sizeClasses: ['micro'],
  }),
  row({
    code: 'D80-A11-DX-SOLUTIONS-SMALL',
    supportKinds: DIGITAL,
    vi: 'Thuê, mua giải pháp chuyển đổi số (doanh nghiệp nhỏ)',
    en: 'Renting or buying digital solutions (small enterprise)',
    article: 'Điều 11',
    articleEn: 'Article 11',
    share: HALF,
    capMillions: 50,
    per: 'enterprise-year',
    sizeClasses: ['small'],
  }),
  row({
    code: 'D80-A11-DX-SOLUTIONS-MEDIUM',
    supportKinds: DIGITAL,
    vi: 'Thuê, mua giải pháp chuyển đổi số (doanh nghiệp vừa)',
    en: 'Renting or buying digital solutions (medium enterprise)',
    article: 'Điều 11',
    articleEn: 'Article 11',
    share: HALF,
    capMillions: 100,
    per: 'enterprise-year',
    sizeClasses: ['medium'],
  }),
  row({
    code: 'D80-A11-IP-CONSULTING',
    supportKinds: NONE,
    vi: 'Tư vấn về sở hữu trí tuệ',
    en: 'Intellectual-property consulting',
    article: 'Điều 11',
    articleEn: 'Article 11',
    share: HALF,
    capMillions: 100,
    per: 'contract-year',
    sizeClasses: SME,
  }),
  row({
    code: 'D80-A11-TECH-TRANSFER-CONSULTING',
    supportKinds: TECH_TRANSFER,
    vi: 'Tư vấn chuyển giao công nghệ',
    en: 'Technology-transfer consulting',
    article: 'Điều 11',
    articleEn: 'Article 11',
    share: HALF,
    capMillions: 100,
    per: 'contract-year',
    sizeClasses: SME,
  }),
  row({
    code: 'D80-A13-ADVISOR-MICRO',
    supportKinds: ADVISOR,
    vi: 'Tư vấn qua mạng lưới tư vấn viên (doanh nghiệp siêu nhỏ)',
    en: 'Consulting through the advisor network (micro enterprise)',
    article: 'Điều 13, khoản 2',
    articleEn: 'Article 13(2)',
    share: ALL,
    capMillions: 50,
    per: 'enterprise-year',
    sizeClasses: ['micro'],
  }),
  row({
    code: 'D80-A13-ADVISOR-SMALL',
    supportKinds: ADVISOR,
    vi: 'Tư vấn qua mạng lưới tư vấn viên (doanh nghiệp nhỏ)',
    en: 'Consulting through the advisor network (small enterprise)',
    article: 'Điều 13, khoản 2',
    articleEn: 'Article 13(2)',
    share: HALF,
    capMillions: 100,
    per: 'enterprise-year',
    sizeClasses: ['small'],
  }),
  row({
    code: 'D80-A13-ADVISOR-MEDIUM',
    supportKinds: ADVISOR,
    vi: 'Tư vấn qua mạng lưới tư vấn viên (doanh nghiệp vừa)',
    en: 'Consulting through the advisor network (medium enterprise)',
    article: 'Điều 13, khoản 2',
    articleEn: 'Article 13(2)',
    share: THIRTY_PERCENT,
    capMillions: 150,
    per: 'enterprise-year',
    sizeClasses: ['medium'],
  }),
  row({
    code: 'D80-A13-ADVISOR-MICRO-WOMEN-SOCIAL',
    supportKinds: ADVISOR,
    vi: 'Tư vấn qua mạng lưới tư vấn viên (doanh nghiệp siêu nhỏ do phụ nữ làm chủ, sử dụng nhiều lao động nữ hoặc doanh nghiệp xã hội)',
    en: 'Consulting through the advisor network (micro enterprise owned by women, employing many women, or social enterprise)',
    article: 'Điều 13, khoản 2',
    articleEn: 'Article 13(2)',
    share: ALL,
    capMillions: 70,
    per: 'enterprise-year',
    sizeClasses: ['micro'],
    supersedes: 'D80-A13-ADVISOR-MICRO',
  }),
  row({
    code: 'D80-A13-ADVISOR-SMALL-WOMEN-SOCIAL',
    supportKinds: ADVISOR,
    vi: 'Tư vấn qua mạng lưới tư vấn viên (doanh nghiệp nhỏ do phụ nữ làm chủ, sử dụng nhiều lao động nữ hoặc doanh nghiệp xã hội)',
    en: 'Consulting through the advisor network (small enterprise owned by women, employing many women, or social enterprise)',
    article: 'Điều 13, khoản 2',
    articleEn: 'Article 13(2)',
    share: HALF,
    capMillions: 150,
    per: 'enterprise-year',
    sizeClasses: ['small'],
    supersedes: 'D80-A13-ADVISOR-SMALL',
  }),
  row({
    code: 'D80-A13-ADVISOR-MEDIUM-WOMEN-SOCIAL',
    supportKinds: ADVISOR,
    vi: 'Tư vấn qua mạng lưới tư vấn viên (doanh nghiệp vừa do phụ nữ làm chủ, sử dụng nhiều lao động nữ hoặc doanh nghiệp xã hội)',
    en: 'Consulting through the advisor network (medium enterprise owned by women, employing many women, or social enterprise)',
    article: 'Điều 13, khoản 2',
    articleEn: 'Article 13(2)',
    share: THIRTY_PERCENT,
    capMillions: 200,
    per: 'enterprise-year',
    sizeClasses: ['medium'],
    supersedes: 'D80-A13-ADVISOR-MEDIUM',
  }),
];
