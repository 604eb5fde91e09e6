import { ApiProperty } from '@nestjs/swagger';
import {
  COUNCIL_KIND_LABELS,
  COUNCIL_ROLES,
  COUNCIL_ROLE_LABELS,
  evaluateQuorum,
  type CouncilCompositionRules,
  type CouncilKind,
  type QuorumRules,
  type SelectionCouncilRules,
} from '../../../../libs/domain/src/councils';
import type { BallotEntity } from '../../../../libs/persistence/src/entities/councils/ballot.entity';
import type { CouncilEntity, StoredPolicyCap } from '../../../../libs/persistence/src/entities/councils/council.entity';
import type { CouncilMemberEntity } from '../../../../libs/persistence/src/entities/councils/council-member.entity';
import type { Language } from '../problem/language';
import { attendanceOf, domainMembers } from './council-roll';

export class CouncilMemberView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'council.member1' }) username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['chair', 'vice-chair', 'secretary', 'reviewer', 'member'] }) role!: string;
  @ApiProperty({ example: 'Chủ tịch hội đồng' }) roleLabel!: string;
  @ApiProperty() financeDepartment!: boolean;
  @ApiProperty({ description: 'Có mặt tại phiên họp · present at the meeting' }) present!: boolean;
  @ApiProperty({ description: 'Đã bỏ phiếu · has cast a ballot' }) voted!: boolean;
}

export class CouncilCriterionView {
  @ApiProperty() id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Điểm tối đa (hội đồng tuyển chọn) · maximum points (selection)' }) weight!: number | null;
}

export class CouncilQuorumView {
  @ApiProperty() met!: boolean;
  @ApiProperty() memberCount!: number;
  @ApiProperty() presentCount!: number;
  @ApiProperty() minimumPresent!: number;
  @ApiProperty({ description: 'Theo ngôn ngữ người gọi · in the caller’s language' }) explanation!: string;
}

export class OwnBallotView {
  @ApiProperty({ type: Object, description: 'Nội dung phiếu · ballot content' }) payload!: Record<string, unknown>;
  @ApiProperty() castAt!: string;
}

export class CouncilResultView {
  @ApiProperty({ example: 'thuc-hien' }) outcome!: string;
  @ApiProperty({ example: 'Thực hiện' }) label!: string;
  @ApiProperty({ description: 'Giải thích theo quy tắc, theo ngôn ngữ người gọi · rule-by-rule explanation' }) explanation!: string;
  @ApiProperty({ type: Object }) detail!: Record<string, unknown>;
  @ApiProperty() closedAt!: string;
  @ApiProperty({ format: 'uuid' }) closedBy!: string;
  @ApiProperty({ description: 'Quy trình hồ sơ đã nhận kết quả · the case workflow received the result' }) delivered!: boolean;
}

/** A council as its secretary, members and the province's managers see it. */
export class CouncilView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['identification', 'selection', 'budget-appraisal', 'acceptance'] }) kind!: string;
  @ApiProperty({ example: 'Hội đồng tư vấn xác định nhiệm vụ' }) kindLabel!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty() provinceCode!: string;
  @ApiProperty({ format: 'uuid' }) secretaryUserId!: string;
  @ApiProperty({ enum: ['convened', 'closed'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-03-10' }) meetingDate!: string | null;
  @ApiProperty({ type: [CouncilCriterionView], description: 'Tiêu chí của phiếu · what a ballot marks or scores (empty for appraisal and acceptance)' })
  criteria!: CouncilCriterionView[];
  @ApiProperty({ nullable: true, type: String, enum: ['du-an', 'de-tai'] }) taskType!: string | null;
  @ApiProperty() fromTaskProposer!: boolean;
  @ApiProperty({ nullable: true, type: Number }) requestedVnd!: number | null;
  @ApiProperty({ nullable: true, type: Number }) totalCostVnd!: number | null;
  @ApiProperty({ nullable: true, type: [Object] }) caps!: StoredPolicyCap[] | null;
  @ApiProperty({ nullable: true, type: String }) contractEndOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) dossierSubmittedOn!: string | null;
  @ApiProperty() viceChairAuthorised!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Các số liệu quy tắc hội đồng áp dụng, theo phiên bản quy trình của hồ sơ (thành phần, túc số, ngưỡng…) · the council rule figures it sits under, from the case’s procedure version',
  })
  rules!: Record<string, unknown>;
  @ApiProperty({ type: [CouncilMemberView] }) members!: CouncilMemberView[];
  @ApiProperty({ type: CouncilQuorumView }) quorum!: CouncilQuorumView;
  @ApiProperty({ description: 'Số phiếu đã bỏ · ballots cast' }) ballotsCast!: number;
  @ApiProperty({ nullable: true, type: OwnBallotView, description: 'Phiếu của người gọi · the caller’s own ballot' }) ownBallot!: OwnBallotView | null;
  @ApiProperty({ nullable: true, type: CouncilResultView, description: 'Sau khi kết thúc · once closed' }) result!: CouncilResultView | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static of(
    council: CouncilEntity,
    members: readonly CouncilMemberEntity[],
    people: ReadonlyMap<string, { username: string; displayName: string }>,
    ballots: readonly BallotEntity[],
    viewerId: string,
    language: Language,
  ): CouncilView {
    const voters = new Set(ballots.map((ballot) => ballot.memberUserId));
    const own = ballots.find((ballot) => ballot.memberUserId === viewerId);
    const quorum = evaluateQuorum(domainMembers(members), attendanceOf(council, members), council.rules as unknown as CouncilCompositionRules & QuorumRules);
    return Object.assign(new CouncilView(), {
      id: council.id,
      kind: council.kind,
      kindLabel: COUNCIL_KIND_LABELS[council.kind as CouncilKind][language],
      applicationId: council.applicationId,
      provinceCode: council.provinceCode,
      secretaryUserId: council.secretaryUserId,
      status: council.status,
      meetingDate: council.meetingDate,
      criteria: criteriaOf(council, language),
      taskType: council.taskType,
      fromTaskProposer: council.fromTaskProposer,
      requestedVnd: council.requestedVnd,
      totalCostVnd: council.totalCostVnd,
      caps: council.caps,
      contractEndOn: council.contractEndOn,
      dossierSubmittedOn: council.dossierSubmittedOn,
      viceChairAuthorised: council.viceChairAuthorised,
      rules: council.rules,
      members: [...members].sort(byRoleThenUsername(people)).map((member) =>
        Object.assign(new CouncilMemberView(), {
          userId: member.userId,
          username: people.get(member.userId)?.username ?? member.userId,
          displayName: people.get(member.userId)?.displayName ?? member.userId,
          role: member.role,
          roleLabel: COUNCIL_ROLE_LABELS[member.role][language],
          financeDepartment: member.financeDepartment,
          present: member.present,
          voted: voters.has(member.userId),
        }),
      ),
      quorum: Object.assign(new CouncilQuorumView(), {
        met: quorum.met,
        memberCount: quorum.memberCount,
        presentCount: quorum.presentCount,
        minimumPresent: quorum.minimumPresent,
        explanation: quorum.explanation[language],
      }),
      ballotsCast: ballots.length,
      ownBallot: own ? Object.assign(new OwnBallotView(), { payload: own.payload, castAt: own.castAt.toISOString() }) : null,
      result:
        council.result && council.closedAt && council.closedBy
          ? Object.assign(new CouncilResultView(), {
              outcome: council.result.outcome,
              label: council.result.label[language],
              explanation: council.result.explanation[language],
              detail: council.result.detail,
              closedAt: council.closedAt.toISOString(),
              closedBy: council.closedBy,
              delivered: council.conclusionDeliveredAt !== null,
            })
          : null,
      version: council.version,
      createdAt: council.createdAt.toISOString(),
      updatedAt: council.updatedAt.toISOString(),
    });
  }
}

function criteriaOf(council: CouncilEntity, language: Language): CouncilCriterionView[] {
  if (council.kind === 'identification') {
    return (council.criteria ?? []).map((criterion) => Object.assign(new CouncilCriterionView(), { id: criterion.id, label: criterion.label[language], weight: null }));
  }
  if (council.kind === 'selection' && council.taskType) {
    const weights = (council.rules as unknown as SelectionCouncilRules).scoreWeights[council.taskType] ?? [];
    return weights.map((criterion) => Object.assign(new CouncilCriterionView(), { id: criterion.id, label: criterion.label[language], weight: criterion.weight }));
  }
  return [];
}

/** Chair first, then the roles in the domain's order, then by username: the order of a decision's annex. */
function byRoleThenUsername(people: ReadonlyMap<string, { username: string }>): (a: CouncilMemberEntity, b: CouncilMemberEntity) => number {
  const name = (member: CouncilMemberEntity) => people.get(member.userId)?.username ?? member.userId;
  return (a, b) => COUNCIL_ROLES.indexOf(a.role) - COUNCIL_ROLES.indexOf(b.role) || name(a).localeCompare(name(b));
}
