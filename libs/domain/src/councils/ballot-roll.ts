import { DomainError } from '../errors/domain-error';
import type { CouncilMember } from './council-roster';

/**
 * Checks who cast ballots: only members, only those present, one ballot each. With
 * `requireEveryPresent`, every present member must have voted, because the shares in the
 * rules ("of the ballots", "of those present") assume one ballot per present member.
 */
export function assertBallotRoll(
  voterIds: readonly string[],
  members: readonly CouncilMember[],
  present: ReadonlySet<string>,
  field: string,
  requireEveryPresent: boolean,
): void {
  const memberIds = new Set(members.map((member) => member.id));
  const seen = new Set<string>();
  voterIds.forEach((id, index) => {
    const at = `${field}[${index}].memberId`;
    if (!memberIds.has(id)) {
      throw new DomainError(
        'BALLOT_FROM_NON_MEMBER',
        { vi: `Phiếu của người không phải thành viên hội đồng: ${id}`, en: `Ballot from someone who is not a council member: ${id}` },
        at,
      );
    }
    if (!present.has(id)) {
      throw new DomainError(
        'BALLOT_FROM_ABSENT_MEMBER',
        { vi: `Phiếu của thành viên vắng mặt: ${id}`, en: `Ballot from an absent member: ${id}` },
        at,
      );
    }
    if (seen.has(id)) {
      throw new DomainError(
        'BALLOT_DUPLICATE',
        { vi: `Thành viên có hơn một phiếu: ${id}`, en: `More than one ballot from the same member: ${id}` },
        at,
      );
    }
    seen.add(id);
  });
  if (requireEveryPresent) {
    const missing = [...present].filter((id) => !seen.has(id));
    if (missing.length > 0) {
      throw new DomainError(
        'BALLOT_MISSING',
        {
          vi: `Thành viên có mặt chưa có phiếu: ${missing.join(', ')}`,
          en: `Present members without a ballot: ${missing.join(', ')}`,
        },
        field,
      );
    }
  }
}
