import * as fs from 'node:fs';
import * as path from 'node:path';
import { timelineLabel } from './timeline-labels';

const FOLDER = path.resolve(__dirname, '..', '..', '..', '..', '..', 'workflows', 'support-application');

/** Action codes the case workflow writes as literals; `step.<step>.<outcome>` comes from the procedure, and `code: '…'` names a task's step, not an action. */
function actionLiteralsInSources(): string[] {
  const found = new Set<string>();
  for (const file of fs.readdirSync(FOLDER).filter((name) => name.endsWith('.ts'))) {
    for (const match of fs.readFileSync(path.join(FOLDER, file), 'utf8').matchAll(/(?<!code: )'((?:application|implementation)\.[a-z-]+)'/g)) found.add(match[1]);
  }
  return [...found].sort();
}

describe('application timeline labels', () => {
  it('labels every action the case workflow records, in Vietnamese and English', () => {
    const actions = [...actionLiteralsInSources(), 'implementation.inspection.satisfactory', 'implementation.inspection.adjustment-required', 'application.closed', 'application.terminated'];
    expect(actions).toEqual(expect.arrayContaining(['application.submitted', 'implementation.started', 'implementation.inspection-notified']));
    for (const action of actions) {
      const label = timelineLabel(action);
      expect({ action, vi: label.vi !== action, en: label.en !== action }).toEqual({ action, vi: true, en: true });
    }
  });

  it('names procedure steps and outcomes as the procedure does, and shows an unknown code rather than hiding it', () => {
    expect(timelineLabel('step.contract.signed').vi).toBe('Ký hợp đồng: Đã ký (ngày hiệu lực, thời hạn, các đợt tạm ứng)');
    expect(timelineLabel('step.intake.opened')).toEqual({ vi: 'Tiếp nhận, kiểm tra tính hợp lệ: bắt đầu', en: expect.stringContaining('started') });
    expect(timelineLabel('step.settlement.partly-decided')).toEqual({
      vi: 'Công nhận kết quả, thanh lý, quyết toán: một bên đã quyết định, chờ bên còn lại',
      en: 'Recognition and settlement: one decider has decided, awaiting the others',
    });
    expect(timelineLabel('something.new')).toEqual({ vi: 'something.new', en: 'something.new' });
    expect(timelineLabel('toString')).toEqual({ vi: 'toString', en: 'toString' });
  });
});
