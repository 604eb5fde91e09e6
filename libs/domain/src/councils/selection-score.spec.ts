import fc from 'fast-check';
import { DomainError } from '../errors/domain-error';
import type { CouncilRole } from './council-kinds';
import type { CouncilMember } from './council-roster';
import { PROJECT_SCORE_WEIGHTS, TOPIC_SCORE_WEIGHTS, type ScoreWeights } from './score-weights';
import {
  DEFAULT_SELECTION_COUNCIL_RULES,
  SELECTION_OUTCOME_LABELS,
  selectProposals,
  type ProposalScore,
  type ScoreBallot,
  type SelectionInput,
  type SelectionProposal,
  type SelectionResult,
} from './selection-score';

/** A ballot totalling `total`: `zeros` get 0, every other criterion at least 1, the rest filled in order. */
function scoresFor(total: number, weights: ScoreWeights = PROJECT_SCORE_WEIGHTS, zeros: readonly string[] = []): Record<string, number> {
  const scores: Record<string, number> = {};
  let left = total;
  for (const c of weights) {
    scores[c.id] = zeros.includes(c.id) ? 0 : 1;
    left -= scores[c.id] as number;
  }
  for (const c of weights) {
    if (zeros.includes(c.id)) continue;
    const add = Math.min(left, c.weight - (scores[c.id] as number));
    scores[c.id] = (scores[c.id] as number) + add;
    left -= add;
  }
  if (left !== 0) throw new Error(`cannot make ${total}`);
  return scores;
}

/** m1–m2 reviewers, then ordinary members. */
const council = (size: number): CouncilMember[] =>
  (['reviewer', 'reviewer', ...Array<CouncilRole>(size - 2).fill('member')] as CouncilRole[]).map((role, i) => ({ id: `m${i + 1}`, role }));

function proposal(id: string, totals: readonly number[], extra: Partial<SelectionProposal> = {}, zerosByBallot: readonly (readonly string[])[] = []): SelectionProposal {
  return {
    id,
    stateBudgetRequestVnd: 500_000_000,
    fromTaskProposer: false,
    ballots: totals.map((total, i) => ({ memberId: `m${i + 1}`, scores: scoresFor(total, PROJECT_SCORE_WEIGHTS, zerosByBallot[i] ?? []) })),
    ...extra,
  };
}

/** Everyone in a council of `size` attends (size = number of ballots per proposal). */
function input(size: number, proposals: SelectionProposal[]): SelectionInput {
  const members = council(size);
  return { members, attendance: { presentMemberIds: members.map((m) => m.id) }, taskType: 'du-an', proposals };
}

function scored(result: SelectionResult): Extract<SelectionResult, { status: 'scored' }> {
  if (result.status !== 'scored') throw new Error('expected scores');
  return result;
}
const only = (result: SelectionResult): ProposalScore => scored(result).proposals[0] as ProposalScore;
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
  throw new Error('expected a DomainError');
};

describe('selectProposals — one proposal', () => {
  it('a mean of exactly 70 passes', () => {
    const p = only(selectProposals(input(7, [proposal('A', [70, 70, 70, 70, 70, 70, 70])])));
    expect(p).toMatchObject({ passed: true, mean: { num: 70, den: 1 }, meanHundredths: 7000, failures: [], outcome: 'duoc-chon', rank: 1 });
  });

  it('a mean just under 70 (489/7 ≈ 69.86) fails', () => {
    const p = only(selectProposals(input(7, [proposal('A', [70, 70, 70, 70, 70, 70, 69])])));
    expect(p.passed).toBe(false);
    expect(p.mean).toEqual({ num: 489, den: 7 });
    expect(p.meanHundredths).toBe(6986);
    expect(p.failures).toEqual([expect.objectContaining({ code: 'mean-below-pass', criterionId: null })]);
    expect(p.failures[0]?.text.vi).toBe('Điểm trung bình 69.86 thấp hơn 70');
    expect(p.outcome).toBe('khong-duoc-chon');
    expect(p.rank).toBeNull();
  });

  describe('outliers', () => {
    it('a ballot exactly 20% from the mean is kept (72 vs mean 90)', () => {
      const p = only(selectProposals(input(7, [proposal('A', [72, 93, 93, 93, 93, 93, 93])])));
      expect(p.meanOfAll).toEqual({ num: 90, den: 1 });
      expect(p.ballots.every((b) => !b.setAside)).toBe(true);
      expect(p.mean).toEqual({ num: 90, den: 1 });
    });

    it('a ballot just over 20% away is set aside and the mean recomputed (71 vs mean 629/7)', () => {
      const p = only(selectProposals(input(7, [proposal('A', [71, 93, 93, 93, 93, 93, 93])])));
      expect(p.meanOfAll).toEqual({ num: 629, den: 7 });
      expect(p.ballots.map((b) => b.setAside)).toEqual([true, false, false, false, false, false, false]);
      expect(p.mean).toEqual({ num: 93, den: 1 });
    });

    it('sets aside high outliers too, which can sink a proposal', () => {
      const p = only(selectProposals(input(7, [proposal('A', [100, 66, 66, 66, 66, 66, 66])])));
      expect(p.ballots[0]?.setAside).toBe(true);
      expect(p.mean).toEqual({ num: 66, den: 1 });
      expect(p.passed).toBe(false);
    });

    it('uses the mean of ALL ballots to find outliers, in one pass', () => {
      // mean of all = 560/7 = 80; 64 and 96 are exactly 16 (20%) away → kept.
      const p = only(selectProposals(input(7, [proposal('A', [64, 96, 80, 80, 80, 80, 80])])));
      expect(p.ballots.filter((b) => b.setAside)).toEqual([]);
      expect(p.mean).toEqual({ num: 80, den: 1 });
    });

    it('fails when every ballot is set aside', () => {
      const p = only(selectProposals(input(7, [proposal('A', [100, 100, 100, 10, 10, 10, 10])])));
      expect(p.ballots.every((b) => b.setAside)).toBe(true);
      expect(p).toMatchObject({ passed: false, mean: null, meanHundredths: null, finalScore: null });
      expect(p.failures.map((f) => f.code)).toEqual(['no-kept-ballots']);
    });
  });

  describe('zeros', () => {
    it('a criterion zeroed by exactly 1/4 of those present (2 of 8) is fine', () => {
      const p = only(selectProposals(input(8, [proposal('A', Array(8).fill(80), {}, [['overview'], ['overview']])])));
      expect(p.zeroCounts['overview']).toBe(2);
      expect(p.passed).toBe(true);
    });

    it('more than 1/4 (3 of 8) fails the proposal, whatever the mean', () => {
      const p = only(selectProposals(input(8, [proposal('A', Array(8).fill(80), {}, [['overview'], ['overview'], ['overview']])])));
      expect(p.passed).toBe(false);
      expect(p.failures).toEqual([expect.objectContaining({ code: 'criterion-zero-too-often', criterionId: 'overview' })]);
      expect(p.failures[0]?.text.vi).toBe('Tiêu chí "Tổng quan" bị 3/8 thành viên có mặt cho 0 điểm (quá 1/4)');
    });

    it('counts zeros on set-aside ballots, since the rule counts members present', () => {
      // 7 present, 2/7 ≤ 1/4 is false (2·4 = 8 > 7): two zeros on one criterion already fail.
      const p = only(selectProposals(input(7, [proposal('A', [40, 40, 85, 85, 85, 85, 85], {}, [['overview'], ['overview']])])));
      expect(p.ballots[0]?.setAside).toBe(true);
      expect(p.zeroCounts['overview']).toBe(2);
      expect(p.failures.map((f) => f.code)).toEqual(['criterion-zero-too-often']);
    });

    it('reports both a low mean and zeros', () => {
      const p = only(selectProposals(input(7, [proposal('A', Array(7).fill(50), {}, [['capacity'], ['capacity']])])));
      expect(p.failures.map((f) => f.code)).toEqual(['mean-below-pass', 'criterion-zero-too-often']);
    });
  });

  describe('proposer bonus', () => {
    it('adds 10% when the mean is exactly 70', () => {
      const p = only(selectProposals(input(7, [proposal('A', Array(7).fill(70), { fromTaskProposer: true })])));
      expect(p).toMatchObject({ bonusApplied: true, finalScore: { num: 77, den: 1 }, finalScoreHundredths: 7700 });
    });

    it('does not apply below 70', () => {
      const p = only(selectProposals(input(7, [proposal('A', [70, 70, 70, 70, 70, 70, 69], { fromTaskProposer: true })])));
      expect(p).toMatchObject({ bonusApplied: false, finalScore: { num: 489, den: 7 }, passed: false });
    });

    it('does not apply to other organisations', () => {
      const p = only(selectProposals(input(7, [proposal('A', Array(7).fill(80))])));
      expect(p).toMatchObject({ bonusApplied: false, finalScoreHundredths: 8000 });
    });

    it('is exact, with hundredths rounded half up for display (491/7 × 1.1 = 77.157…)', () => {
      const p = only(selectProposals(input(7, [proposal('A', [71, 70, 70, 70, 70, 70, 70], { fromTaskProposer: true })])));
      expect(p.mean).toEqual({ num: 491, den: 7 });
      expect(p.meanHundredths).toBe(7014);
      expect(p.finalScore).toEqual({ num: 5401, den: 70 });
      expect(p.finalScoreHundredths).toBe(7716);
    });
  });
});

describe('selectProposals — several proposals', () => {
  it('the best passing proposal wins; the bonus counts in the ranking', () => {
    const result = scored(
      selectProposals(
        input(7, [
          proposal('A', Array(7).fill(80)),
          proposal('B', Array(7).fill(75), { fromTaskProposer: true }), // 82.5
          proposal('C', Array(7).fill(60)),
        ]),
      ),
    );
    expect(result.winnerId).toBe('B');
    expect(result.ranking).toEqual(['B', 'A']);
    expect(result.proposals.map((p) => [p.proposalId, p.outcome, p.rank])).toEqual([
      ['A', 'khong-duoc-chon', 2],
      ['B', 'duoc-chon', 1],
      ['C', 'khong-duoc-chon', null],
    ]);
    expect(result.explanation.vi).toBe('Hồ sơ B được tuyển chọn với 82.50 điểm');
  });

  it('an equal score goes to the smaller state-budget request', () => {
    const result = scored(
      selectProposals(
        input(7, [
          proposal('A', Array(7).fill(80), { stateBudgetRequestVnd: 500_000_000 }),
          proposal('B', Array(7).fill(80), { stateBudgetRequestVnd: 450_000_000 }),
        ]),
      ),
    );
    expect(result.winnerId).toBe('B');
    expect(result.ranking).toEqual(['B', 'A']);
    expect(result.unresolvedTieIds).toEqual([]);
    expect(result.explanation.vi).toBe('Hồ sơ B được tuyển chọn với 80 điểm (bằng điểm, đề nghị ngân sách nhỏ hơn: 450.000.000 đ)');
  });

  it('the budget only breaks exact ties: a higher score beats a smaller request', () => {
    const result = scored(
      selectProposals(
        input(7, [
          proposal('A', [81, 80, 80, 80, 80, 80, 80], { stateBudgetRequestVnd: 900_000_000 }),
          proposal('B', Array(7).fill(80), { stateBudgetRequestVnd: 100_000_000 }),
        ]),
      ),
    );
    expect(result.winnerId).toBe('A');
  });

  it('equal score and equal request: no winner, the tie is reported', () => {
    const result = scored(selectProposals(input(7, [proposal('A', Array(7).fill(80)), proposal('B', Array(7).fill(80)), proposal('C', Array(7).fill(75))])));
    expect(result.winnerId).toBeNull();
    expect(result.unresolvedTieIds).toEqual(['A', 'B']);
    expect(result.proposals.map((p) => p.rank)).toEqual([1, 1, 3]);
    expect(result.explanation.en).toContain('tie on score and budget request');
  });

  it('no winner when nothing passes', () => {
    const result = scored(selectProposals(input(7, [proposal('A', Array(7).fill(60)), proposal('B', Array(7).fill(69))])));
    expect(result.winnerId).toBeNull();
    expect(result.ranking).toEqual([]);
    expect(result.explanation.vi).toBe('Không có hồ sơ nào đạt yêu cầu');
  });

  it('lists proposals the rules cannot separate by id, not by input order (CI counterexample)', () => {
    // P: kept [71] → 71; Q: kept [65, 80, 68] → 71; both +10% → 78.1, same request: an exact tie.
    const p = proposal('P', [97, 71, 33, 45, 38, 89, 42], { fromTaskProposer: true, stateBudgetRequestVnd: 300 });
    const q = proposal('Q', [65, 82, 85, 80, 68, 48, 39], { fromTaskProposer: true, stateBudgetRequestVnd: 300 });
    for (const order of [[p, q], [q, p]]) {
      const result = scored(selectProposals(input(7, order)));
      expect(result.proposals.map((x) => x.finalScore)).toEqual([{ num: 781, den: 10 }, { num: 781, den: 10 }]);
      expect(result.winnerId).toBeNull();
      expect(result.ranking).toEqual(['P', 'Q']);
      expect(result.unresolvedTieIds).toEqual(['P', 'Q']);
      expect(result.proposals.map((x) => x.rank)).toEqual([1, 1]);
    }
  });

  it('does not depend on the order of proposals or ballots', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(fc.integer({ min: 7, max: 100 }), { minLength: 7, maxLength: 7 }), fc.boolean(), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 4 }),
        (specs) => {
          const proposals = specs.map(([totals, proposer, budget], i) => proposal(`P${i}`, totals, { fromTaskProposer: proposer, stateBudgetRequestVnd: budget * 100 }));
          const forward = scored(selectProposals(input(7, proposals)));
          const reversed = scored(selectProposals(input(7, [...proposals].reverse().map((p) => ({ ...p, ballots: [...p.ballots].reverse() })))));
          expect(reversed.winnerId).toBe(forward.winnerId);
          expect(reversed.ranking).toEqual(forward.ranking);
          expect(reversed.unresolvedTieIds).toEqual(forward.unresolvedTieIds);
          expect(reversed.explanation).toEqual(forward.explanation);
          const byId = (r: typeof forward) => Object.fromEntries(r.proposals.map((p) => [p.proposalId, [p.rank, p.outcome, p.finalScore]]));
          expect(byId(reversed)).toEqual(byId(forward));
          for (const p of forward.proposals) {
            const kept = p.ballots.filter((b) => !b.setAside).map((b) => b.total);
            if (p.mean !== null) {
              expect(p.mean.num).toBeGreaterThanOrEqual(Math.min(...kept) * p.mean.den);
              expect(p.mean.num).toBeLessThanOrEqual(Math.max(...kept) * p.mean.den);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('selectProposals — task types, quorum and invalid input', () => {
  it('scores an applied R&D topic on its own criteria', () => {
    const members = council(7);
    const ballots: ScoreBallot[] = members.map((m) => ({ memberId: m.id, scores: scoresFor(90, TOPIC_SCORE_WEIGHTS) }));
    const result = selectProposals({ members, attendance: { presentMemberIds: members.map((m) => m.id) }, taskType: 'de-tai', proposals: [{ id: 'T', stateBudgetRequestVnd: 1, fromTaskProposer: false, ballots }] });
    expect(only(result)).toMatchObject({ passed: true, meanHundredths: 9000 });
    expect(Object.keys(only(result).zeroCounts)).toEqual(TOPIC_SCORE_WEIGHTS.map((c) => c.id));
    const wrongSheet = { ...input(7, [proposal('A', Array(7).fill(80))]), taskType: 'de-tai' as const };
    expect(codeOf(() => selectProposals(wrongSheet))).toBe('CRITERION_UNKNOWN');
  });

  it('is not computed without quorum', () => {
    const members = council(9);
    const result = selectProposals({ members, attendance: { presentMemberIds: ['m1', 'm2', 'm3', 'm4', 'm5'] }, taskType: 'du-an', proposals: [{ id: 'A', stateBudgetRequestVnd: 0, fromTaskProposer: false, ballots: [] }] });
    expect(result.status).toBe('no-quorum');
  });

  it('counts the members present, not the whole council (6 of 7 present)', () => {
    const members = council(7);
    const present = members.slice(0, 6).map((m) => m.id);
    const p = proposal('A', Array(6).fill(80), {}, [['overview']]);
    const result = selectProposals({ members, attendance: { presentMemberIds: present }, taskType: 'du-an', proposals: [p] });
    expect(only(result)).toMatchObject({ passed: true });
  });

  const base = (): SelectionInput => input(7, [proposal('A', Array(7).fill(80))]);
  const withScores = (scores: Record<string, number>): SelectionInput => {
    const i = base();
    const p = i.proposals[0] as SelectionProposal;
    return { ...i, proposals: [{ ...p, ballots: [{ memberId: 'm1', scores }, ...p.ballots.slice(1)] }] };
  };

  it('rejects a score above the criterion weight', () => {
    const err = (() => {
      try {
        selectProposals(withScores({ ...scoresFor(80), overview: 9 }));
      } catch (error) {
        return error as DomainError;
      }
      throw new Error('expected a DomainError');
    })();
    expect(err.code).toBe('SCORE_OUT_OF_RANGE');
    expect(err.field).toBe('proposals[0].ballots[0].scores.overview');
    expect(err.text.vi).toBe('Điểm "Tổng quan" của m1 phải là số nguyên từ 0 đến 8 (nhận: 9)');
  });

  it.each([[-1], [7.5], [Number.NaN]])('rejects a score of %p', (score) => {
    expect(codeOf(() => selectProposals(withScores({ ...scoresFor(80), overview: score })))).toBe('SCORE_OUT_OF_RANGE');
  });

  it('rejects a ballot missing a criterion or scoring an unknown one', () => {
    const missing = scoresFor(80);
    delete missing['capacity'];
    expect(codeOf(() => selectProposals(withScores(missing)))).toBe('SCORE_OUT_OF_RANGE');
    expect(codeOf(() => selectProposals(withScores({ ...scoresFor(80), charm: 1 })))).toBe('CRITERION_UNKNOWN');
  });

  it('rejects ballots from non-members, duplicates and missing ballots', () => {
    const i = base();
    const p = i.proposals[0] as SelectionProposal;
    const set = (ballots: ScoreBallot[]): SelectionInput => ({ ...i, proposals: [{ ...p, ballots }] });
    expect(codeOf(() => selectProposals(set([...p.ballots, { memberId: 'x', scores: scoresFor(80) }])))).toBe('BALLOT_FROM_NON_MEMBER');
    expect(codeOf(() => selectProposals(set([...p.ballots, p.ballots[0] as ScoreBallot])))).toBe('BALLOT_DUPLICATE');
    expect(codeOf(() => selectProposals(set(p.ballots.slice(1))))).toBe('BALLOT_MISSING');
  });

  it('rejects an empty list, duplicate ids, a bad budget and a wrong council size', () => {
    expect(codeOf(() => selectProposals({ ...base(), proposals: [] }))).toBe('PROPOSALS_EMPTY');
    const p = base().proposals[0] as SelectionProposal;
    expect(codeOf(() => selectProposals({ ...base(), proposals: [p, p] }))).toBe('PROPOSAL_ID_INVALID');
    expect(codeOf(() => selectProposals({ ...base(), proposals: [{ ...p, stateBudgetRequestVnd: 1.5 }] }))).toBe('VND_INVALID');
    expect(codeOf(() => selectProposals(input(10, [proposal('A', Array(10).fill(80))])))).toBe('COUNCIL_SIZE_INVALID');
    expect(codeOf(() => selectProposals({ ...base(), taskType: 'x' as 'du-an' }))).toBe('TASK_TYPE_INVALID');
  });

  it('rejects score weights that do not add up to the maximum', () => {
    const broken = { ...DEFAULT_SELECTION_COUNCIL_RULES, scoreWeights: { ...DEFAULT_SELECTION_COUNCIL_RULES.scoreWeights, 'du-an': PROJECT_SCORE_WEIGHTS.slice(1) } };
    expect(codeOf(() => selectProposals(base(), broken))).toBe('SCORE_WEIGHTS_INVALID');
  });

  it('applies thresholds from another procedure version', () => {
    const stricter = { ...DEFAULT_SELECTION_COUNCIL_RULES, passMeanScore: 85, outlierShare: { num: 1, den: 10 } };
    const p = only(selectProposals(input(7, [proposal('A', [72, 93, 93, 93, 93, 93, 93])]), stricter));
    expect(p.ballots[0]?.setAside).toBe(true);
    expect(p.passed).toBe(true);
    expect(only(selectProposals(input(7, [proposal('A', Array(7).fill(80))]), stricter)).passed).toBe(false);
  });

  it('has labels for its outcomes', () => {
    expect(SELECTION_OUTCOME_LABELS['duoc-chon'].vi).toBe('Được tuyển chọn');
    expect(SELECTION_OUTCOME_LABELS['khong-duoc-chon'].en).toBe('Not selected');
  });
});
