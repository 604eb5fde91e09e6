import { CATALOGUE_KINDS } from '../../../../libs/domain/src/catalogues/catalogue-item';
import { ProblemException } from '../problem/problem';

const NOT_FOUND = { vi: 'Không tìm thấy', en: 'Not found' };

export function catalogueKindUnknown(kind: string): ProblemException {
  const kinds = CATALOGUE_KINDS.join(', ');
  return new ProblemException(
    404,
    'catalogue-kind-unknown',
    { vi: 'Không có danh mục này', en: 'Unknown catalogue' },
    { vi: `Không có danh mục "${kind}". Các danh mục: ${kinds}.`, en: `There is no catalogue "${kind}". Catalogues: ${kinds}.` },
    [{ field: 'kind', message: { vi: `kind phải là một trong: ${kinds}`, en: `kind must be one of: ${kinds}` } }],
  );
}

export function notFound(slug: string, what: { vi: string; en: string }, key: string): ProblemException {
  return new ProblemException(404, slug, NOT_FOUND, { vi: `Không tìm thấy ${what.vi} "${key}".`, en: `There is no ${what.en} "${key}".` });
}

export function alreadyExists(slug: string, what: { vi: string; en: string }, key: string): ProblemException {
  return new ProblemException(
    409,
    slug,
    { vi: 'Đã tồn tại', en: 'Already exists' },
    { vi: `${what.vi} "${key}" đã tồn tại.`, en: `${what.en} "${key}" already exists.` },
  );
}

/** Optimistic locking: the caller edited a copy someone else has changed since. */
export function staleVersion(what: { vi: string; en: string }, key: string, sent: number | undefined, current: number): ProblemException {
  return new ProblemException(
    409,
    'stale-version',
    { vi: 'Dữ liệu đã bị người khác thay đổi', en: 'Changed by someone else' },
    {
      vi: `${what.vi} "${key}" đang ở phiên bản ${current}, khác phiên bản gửi lên (${sent ?? 'không có'}). Hãy tải lại rồi sửa.`,
      en: `${what.en} "${key}" is at version ${current}, not the version sent (${sent ?? 'none'}). Reload and edit again.`,
    },
    [{ field: 'version', message: { vi: `version phải là ${current}`, en: `version must be ${current}` } }],
  );
}
