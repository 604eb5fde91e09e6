import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  appraiseBudget,
  assertCouncilComposition,
  dossierLateness,
  type AcceptanceCouncilRules,
  type BudgetAppraisalTeamRules,
  type CouncilKind,
  type CouncilMember,
  type CouncilRole,
  type TaskType,
} from '../../../../../libs/domain/src/councils';
import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import { canOn } from '../../../../../libs/domain/src/identity/can';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { ApplicationEntity } from '../../../../../libs/persistence/src/entities/application.entity';
import { CouncilEntity, type StoredCriterion, type StoredPolicyCap } from '../../../../../libs/persistence/src/entities/councils/council.entity';
import { CouncilMemberEntity } from '../../../../../libs/persistence/src/entities/councils/council-member.entity';
import { applicationNotFound } from '../../applications/application-not-found';
import { uniqueViolation } from '../../enterprises/unique-violation';
import type { Language } from '../../problem/language';
import { recordCouncilEvent } from '../council-audit';
import { openCouncilExists } from '../council-problems';
import { CouncilReader } from '../council-reader.service';
import { rulesOfKind } from '../council-rules-of-kind';
import { CouncilView } from '../council.view';
import { CouncilConvenedNotices } from './council-convened-notices';
import { ConveneCouncilDto } from './convene-council.dto';
import { DEFAULT_IDENTIFICATION_CRITERIA } from './identification-criteria';

/** The kind-specific part of a council row. */
type KindFields = Pick<CouncilEntity, 'criteria' | 'taskType' | 'fromTaskProposer' | 'requestedVnd' | 'totalCostVnd' | 'caps' | 'contractEndOn' | 'dossierSubmittedOn'>;

/**
 * Convenes a council for an application: the roll is checked by the domain's composition rules,
 * every member must be an active council member of the application's province, and the rules
 * in force are copied into the council. The members' and secretary's accounts get the council's
 * id (their next token carries it) in the same transaction as the council and its audit entry.
 */
@Injectable()
export class ConveneCouncilService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CouncilReader,
    private readonly notices: CouncilConvenedNotices,
  ) {}

  async convene(dto: ConveneCouncilDto, principal: Principal, language: Language): Promise<CouncilView> {
    const kind = dto.kind as CouncilKind;
    const application = await this.dataSource.getRepository(ApplicationEntity).findOneBy({ id: dto.applicationId });
    // Convening is what a case awaiting a council needs; another province's case is not revealed.
    if (!application || !canOn(principal, 'council.convene', { provinceCode: application.provinceCode, awaitingCouncil: true })) {
      throw applicationNotFound(dto.applicationId);
    }
    const rules = rulesOfKind(kind);
    const members: CouncilMember[] = dto.members.map((member) => ({ id: member.userId, role: member.role as CouncilRole, financeDepartment: member.financeDepartment === true }));
    assertCouncilComposition(members, rules);
    const fields = kindFields(kind, dto, members, rules, application);

    const id = randomUUID();
    try {
      await this.dataSource.transaction(async (manager) => {
        await assertEligibleMembers(manager, members, application.provinceCode);
        await manager.getRepository(CouncilEntity).insert({
          id,
          kind,
          applicationId: application.id,
          provinceCode: application.provinceCode,
          secretaryUserId: principal.userId,
          status: 'convened',
          meetingDate: dto.meetingDate ?? null,
          rules,
          ...fields,
        });
        await manager.getRepository(CouncilMemberEntity).insert(
          members.map((member) => ({ councilId: id, userId: member.id, role: member.role, financeDepartment: member.financeDepartment === true, present: true })),
        );
        // Access follows the roll: the next token of each member and of the secretary carries the council.
        await manager.query(
          `UPDATE users SET council_ids = array_append(council_ids, $1::uuid), updated_at = now(), version = version + 1
           WHERE id = ANY ($2::uuid[]) AND NOT ($1::uuid = ANY (council_ids))`,
          [id, [...members.map((member) => member.id), principal.userId]],
        );
        await recordCouncilEvent(manager, {
          principal,
          role: 'council-secretary',
          action: 'council.convened',
          council: { id, kind, applicationId: application.id },
          after: { status: 'convened', meetingDate: dto.meetingDate ?? null, members: members.map((member) => ({ userId: member.id, role: member.role })) },
        });
        // Last, so the notices are durable before the council commits (see council-convened-notices.ts).
        await this.notices.announce(id);
      });
    } catch (error) {
      if (uniqueViolation(error) === 'ux_councils_open_per_kind') throw openCouncilExists(application.id, kind);
      throw error;
    }
    const manager = this.dataSource.manager;
    return this.reader.view(manager, await this.reader.readable(manager, id, principal), principal, language);
  }
}

function kindFields(kind: CouncilKind, dto: ConveneCouncilDto, members: CouncilMember[], rules: ReturnType<typeof rulesOfKind>, application: ApplicationEntity): KindFields {
  const none: KindFields = { criteria: null, taskType: null, fromTaskProposer: false, requestedVnd: null, totalCostVnd: null, caps: null, contractEndOn: null, dossierSubmittedOn: null };
  switch (kind) {
    case 'identification':
      return { ...none, criteria: identificationCriteria(dto) };
    case 'selection':
      return { ...none, taskType: dto.taskType as TaskType, fromTaskProposer: dto.fromTaskProposer === true, requestedVnd: dto.requestedVnd ?? application.requestedAmountVnd ?? 0 };
    case 'budget-appraisal': {
      const requestedVnd = dto.requestedVnd ?? application.requestedAmountVnd;
      if (requestedVnd === null || requestedVnd === undefined) {
        throw new DomainError(
          'BUDGET_REQUEST_MISSING',
          { vi: 'Hồ sơ chưa có kinh phí đề nghị hỗ trợ; hãy nhập requestedVnd', en: 'The application states no requested amount; give requestedVnd' },
          'requestedVnd',
        );
      }
      const caps: StoredPolicyCap[] = (dto.caps ?? []).map((cap) => ({
        id: cap.id,
        per: cap.per,
        ...(cap.shareOfCost ? { shareOfCost: { num: cap.shareOfCost.num, den: cap.shareOfCost.den } } : {}),
        ...(cap.capVnd !== undefined ? { capVnd: cap.capVnd } : {}),
        ...(cap.label ? { label: { vi: cap.label.vi, en: cap.label.en } } : {}),
      }));
      const request = { requestedVnd, totalCostVnd: dto.totalCostVnd as number, caps };
      // A dry run of the team's rule with everyone present and nothing approved checks the
      // Finance Department seat, the request against the total cost and every cap's figures.
      appraiseBudget({ members, attendance: { presentMemberIds: members.map((member) => member.id) }, request, approvedVnd: 0 }, rules as BudgetAppraisalTeamRules);
      return { ...none, requestedVnd, totalCostVnd: request.totalCostVnd, caps };
    }
    case 'acceptance':
      // Rejects impossible dates now rather than at closing.
      dossierLateness(dto.contractEndOn as string, dto.dossierSubmittedOn as string, rules as AcceptanceCouncilRules);
      return { ...none, contractEndOn: dto.contractEndOn ?? null, dossierSubmittedOn: dto.dossierSubmittedOn ?? null };
  }
}

function identificationCriteria(dto: ConveneCouncilDto): StoredCriterion[] {
  const criteria = dto.criteria?.map((criterion) => ({ id: criterion.id, label: { vi: criterion.label.vi, en: criterion.label.en } })) ?? DEFAULT_IDENTIFICATION_CRITERIA.map((c) => ({ ...c }));
  const seen = new Set<string>();
  criteria.forEach((criterion, index) => {
    if (seen.has(criterion.id)) {
      throw new DomainError('CRITERIA_INVALID', { vi: `Tiêu chí bị trùng: ${criterion.id}`, en: `Criterion listed twice: ${criterion.id}` }, `criteria[${index}].id`);
    }
    seen.add(criterion.id);
  });
  return criteria;
}

/** Every member must be an active council-member account of the council's province. */
async function assertEligibleMembers(manager: EntityManager, members: readonly CouncilMember[], provinceCode: string): Promise<void> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM users WHERE id = ANY ($1::uuid[]) AND active AND 'council-member' = ANY (roles) AND province_code = $2`,
    [members.map((member) => member.id), provinceCode],
  );
  const eligible = new Set(rows.map((row) => row.id));
  members.forEach((member, index) => {
    if (!eligible.has(member.id)) {
      throw new DomainError(
        'COUNCIL_MEMBER_NOT_ELIGIBLE',
        {
          vi: `${member.id} không phải tài khoản thành viên hội đồng đang hoạt động của tỉnh ${provinceCode}`,
          en: `${member.id} is not an active council-member account of province ${provinceCode}`,
        },
        `members[${index}].userId`,
      );
    }
  });
}
