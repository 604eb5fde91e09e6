import { DomainError } from '../errors/domain-error';
import { COUNCIL_ROLES, COUNCIL_ROLE_LABELS, type CouncilRole } from './council-kinds';
import { assertRuleCount } from './fraction';

export interface CouncilMember {
  readonly id: string;
  readonly role: CouncilRole;
  /** Sent by Sở Tài chính; the budget appraisal team must include such a member. */
  readonly financeDepartment?: boolean;
}

export interface RoleCount {
  readonly min: number;
  readonly max: number;
}

/** How a council must be made up; sizes are rule data because a procedure version may change them. */
export interface CouncilCompositionRules {
  readonly minMembers: number;
  readonly maxMembers: number;
  /** Roles with a required count; roles not listed are unconstrained. */
  readonly roleCounts: Readonly<Partial<Record<CouncilRole, RoleCount>>>;
}

/** Who attended the meeting. */
export interface Attendance {
  readonly presentMemberIds: readonly string[];
  /** The chair authorised the vice-chair to preside in the chair's absence. */
  readonly viceChairAuthorised?: boolean;
}

export function assertCompositionRules(rules: CouncilCompositionRules): void {
  assertRuleCount(rules.minMembers, 'minMembers', 1);
  assertRuleCount(rules.maxMembers, 'maxMembers', rules.minMembers);
  for (const role of Object.keys(rules.roleCounts) as CouncilRole[]) {
    const count = rules.roleCounts[role] as RoleCount;
    assertRuleCount(count.min, `roleCounts.${role}.min`);
    assertRuleCount(count.max, `roleCounts.${role}.max`, count.min);
  }
}

/** Rejects a council of the wrong size, with duplicate members or with a role count the rules forbid. */
export function assertCouncilComposition(members: readonly CouncilMember[], rules: CouncilCompositionRules): void {
  assertCompositionRules(rules);
  const ids = new Set<string>();
  members.forEach((member, index) => {
    if (typeof member.id !== 'string' || member.id.length === 0) {
      throw new DomainError(
        'COUNCIL_MEMBER_ID_INVALID',
        { vi: 'Mã thành viên hội đồng không hợp lệ', en: 'Invalid council member id' },
        `members[${index}].id`,
      );
    }
    if (ids.has(member.id)) {
      throw new DomainError(
        'COUNCIL_MEMBER_DUPLICATE',
        { vi: `Thành viên hội đồng bị trùng: ${member.id}`, en: `Council member listed twice: ${member.id}` },
        `members[${index}].id`,
      );
    }
    if (!(COUNCIL_ROLES as readonly string[]).includes(member.role)) {
      throw new DomainError(
        'COUNCIL_ROLE_INVALID',
        { vi: `Vai trò không hợp lệ: ${String(member.role)}`, en: `Invalid council role: ${String(member.role)}` },
        `members[${index}].role`,
      );
    }
    ids.add(member.id);
  });
  if (members.length < rules.minMembers || members.length > rules.maxMembers) {
    const range = rules.minMembers === rules.maxMembers ? `${rules.minMembers}` : `${rules.minMembers}–${rules.maxMembers}`;
    throw new DomainError(
      'COUNCIL_SIZE_INVALID',
      {
        vi: `Hội đồng phải có ${range} thành viên, hiện có ${members.length}`,
        en: `The council must have ${range} members; it has ${members.length}`,
      },
      'members',
    );
  }
  for (const role of Object.keys(rules.roleCounts) as CouncilRole[]) {
    const { min, max } = rules.roleCounts[role] as RoleCount;
    const count = members.filter((member) => member.role === role).length;
    if (count < min || count > max) {
      const range = min === max ? `${min}` : `${min}–${max}`;
      const label = COUNCIL_ROLE_LABELS[role];
      throw new DomainError(
        'COUNCIL_ROLE_COUNT_INVALID',
        {
          vi: `Hội đồng phải có ${range} ${label.vi}, hiện có ${count}`,
          en: `The council must have ${range} × ${label.en}; it has ${count}`,
        },
        'members',
      );
    }
  }
}

/** Validates attendance against the roster and returns the present member ids. */
export function assertAttendance(members: readonly CouncilMember[], attendance: Attendance): ReadonlySet<string> {
  const memberIds = new Set(members.map((member) => member.id));
  const present = new Set<string>();
  attendance.presentMemberIds.forEach((id, index) => {
    if (!memberIds.has(id)) {
      throw new DomainError(
        'ATTENDEE_NOT_MEMBER',
        { vi: `Người dự họp không phải thành viên hội đồng: ${id}`, en: `Attendee is not a council member: ${id}` },
        `attendance.presentMemberIds[${index}]`,
      );
    }
    if (present.has(id)) {
      throw new DomainError(
        'ATTENDEE_DUPLICATE',
        { vi: `Thành viên được ghi có mặt hai lần: ${id}`, en: `Attendee listed twice: ${id}` },
        `attendance.presentMemberIds[${index}]`,
      );
    }
    present.add(id);
  });
  return present;
}
