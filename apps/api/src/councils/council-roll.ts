import type { Attendance, CouncilMember } from '../../../../libs/domain/src/councils';
import type { Principal } from '../../../../libs/domain/src/identity/principal';
import { canOn } from '../../../../libs/domain/src/identity/can';
import type { Action } from '../../../../libs/domain/src/identity/action';
import type { CouncilEntity } from '../../../../libs/persistence/src/entities/councils/council.entity';
import type { CouncilMemberEntity } from '../../../../libs/persistence/src/entities/councils/council-member.entity';

/** The roll as the domain rules read it: members are identified by user id. */
export function domainMembers(members: readonly CouncilMemberEntity[]): CouncilMember[] {
  return members.map((member) => ({ id: member.userId, role: member.role, financeDepartment: member.financeDepartment }));
}

export function attendanceOf(council: CouncilEntity, members: readonly CouncilMemberEntity[]): Attendance {
  return { presentMemberIds: members.filter((member) => member.present).map((member) => member.userId), viceChairAuthorised: council.viceChairAuthorised };
}

/**
 * Whether the caller may do `action` on this council. Membership is read from the council's roll,
 * not from the token: a token issued before the council was convened does not carry its id yet.
 */
export function mayActOn(principal: Principal, action: Action, council: CouncilEntity, members: readonly CouncilMemberEntity[]): boolean {
  const sits = council.secretaryUserId === principal.userId || members.some((member) => member.userId === principal.userId);
  const onRoll: Principal = { ...principal, councilIds: sits ? [council.id] : [] };
  return canOn(onRoll, action, { provinceCode: council.provinceCode, councilIds: [council.id] });
}
