import { DomainError, LocalizedText } from '../../../../../libs/domain/src/errors/domain-error';
import type { Role } from '../../../../../libs/domain/src/identity/role';
import { currentProvince, knownDepartment } from '../../auth/known-organisation';

export interface NewUserScope {
  readonly roles: readonly Role[];
  readonly provinceCode?: string;
  readonly departmentCode?: string;
  readonly enterpriseId?: string;
  /** The enterprise named by enterpriseId as found in the database, or null when there is none. */
  readonly enterprise?: { readonly provinceCode: string } | null;
  readonly councilIds?: readonly string[];
  readonly isUnitHead?: boolean;
  readonly isApprover?: boolean;
}

/**
 * The scope a new account needs for its roles, so the scope rules (canView) can work on it:
 * a province for everyone but the administrator; a department of that province for officers;
 * an enterprise of that province only for enterprise users; unit head and approver only for
 * officers; councils only for council roles. Throws a 422 DomainError naming the field.
 */
export function assertNewUserScope(scope: NewUserScope): void {
  const has = (role: Role) => scope.roles.includes(role);
  if (scope.roles.length === 0) fail('roles', { vi: 'Cần ít nhất một vai trò.', en: 'At least one role is needed.' });

  if (scope.provinceCode === undefined) {
    if (!has('administrator')) fail('provinceCode', { vi: 'Cần chọn tỉnh, thành phố cho tài khoản (chỉ quản trị hệ thống không gắn với tỉnh).', en: 'A province is needed (only administrators have none).' });
  } else if (!currentProvince(scope.provinceCode)) {
    fail('provinceCode', { vi: `Không có tỉnh, thành phố mã "${scope.provinceCode}" đang có hiệu lực.`, en: `There is no province in force with code "${scope.provinceCode}".` });
  }

  if (scope.departmentCode !== undefined) {
    const department = knownDepartment(scope.departmentCode);
    if (!department || department.provinceCode !== scope.provinceCode) {
      fail('departmentCode', {
        vi: `Không có đơn vị mã "${scope.departmentCode}" thuộc tỉnh, thành phố "${scope.provinceCode ?? ''}".`,
        en: `There is no department "${scope.departmentCode}" in province "${scope.provinceCode ?? ''}".`,
      });
    }
  } else if (has('department-officer')) {
    fail('departmentCode', { vi: 'Cán bộ sở, ngành cần có đơn vị công tác.', en: 'A department officer needs a department.' });
  }

  if (scope.enterpriseId !== undefined) {
    if (!has('enterprise-user')) fail('enterpriseId', { vi: 'Chỉ người dùng doanh nghiệp mới gắn với doanh nghiệp.', en: 'Only enterprise users act for an enterprise.' });
    if (!scope.enterprise) fail('enterpriseId', { vi: `Không có doanh nghiệp mã ${scope.enterpriseId}.`, en: `There is no enterprise ${scope.enterpriseId}.` });
    if (scope.enterprise.provinceCode !== scope.provinceCode) {
      fail('enterpriseId', { vi: 'Doanh nghiệp không thuộc tỉnh, thành phố của tài khoản.', en: 'The enterprise is not in the account’s province.' });
    }
  }

  if ((scope.isUnitHead || scope.isApprover) && !has('department-officer')) {
    fail(scope.isUnitHead ? 'isUnitHead' : 'isApprover', { vi: 'Chỉ cán bộ sở, ngành mới là trưởng đơn vị hoặc người phê duyệt.', en: 'Only department officers can be unit heads or approvers.' });
  }
  if ((scope.councilIds ?? []).length > 0 && !has('council-member') && !has('council-secretary')) {
    fail('councilIds', { vi: 'Chỉ thành viên, thư ký hội đồng mới gắn với hội đồng.', en: 'Only council members and secretaries sit on councils.' });
  }
}

function fail(field: string, text: LocalizedText): never {
  throw new DomainError('USER_SCOPE_INVALID', text, field);
}
