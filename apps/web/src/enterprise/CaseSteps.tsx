import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatDate } from '../common/format';
import { SIDE_STEPS, STEP_CODES } from './procedure-steps';

type Application = components['schemas']['ApplicationView'];

/** The procedure as steps: where the case stands, and until when. */
export function CaseSteps({ application }: { application: Application }) {
  const { t } = useTranslation();
  const current = application.currentStep ?? (application.status === 'closed' ? 'settlement' : 'draft');
  const mainStep = SIDE_STEPS[current] ?? current;
  const index = Math.max(0, STEP_CODES.indexOf(mainStep as (typeof STEP_CODES)[number]));
  const finished = application.status === 'closed';
  const failed = ['rejected', 'withdrawn', 'terminated'].includes(application.status);
  return (
    <Steps
      direction="vertical"
      size="small"
      current={index}
      status={failed ? 'error' : finished ? 'finish' : 'process'}
      items={STEP_CODES.map((code, position) => ({
        title: position === index && current !== mainStep ? `${t(`steps.${code}`)} — ${t(`steps.${current}`)}` : t(`steps.${code}`),
        description:
          position === index && application.currentTask?.dueDate ? (
            <span data-testid="current-step-due">{t('case.until', { date: formatDate(application.currentTask.dueDate) })}</span>
          ) : undefined,
      }))}
    />
  );
}
