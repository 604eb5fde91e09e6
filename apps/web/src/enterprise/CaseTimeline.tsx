import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { useTimeline } from './queries';

/** Every step, decision, reminder and escalation, oldest first, with who and when. */
export function CaseTimeline({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const { data, error } = useTimeline(applicationId);
  return (
    <>
      <ProblemAlert error={error} />
      <Timeline
        items={(data?.items ?? []).map((item, index) => ({
          key: index,
          children: (
            <>
              <Typography.Text strong>{item.label}</Typography.Text>
              {item.step && <Typography.Text type="secondary"> · {t(`steps.${item.step}`, { defaultValue: item.step })}</Typography.Text>}
              <div>
                <Typography.Text type="secondary">
                  {formatDateTime(item.at)} · {item.actor.name}
                </Typography.Text>
              </div>
              {item.comment && <div>“{item.comment}”</div>}
            </>
          ),
        }))}
      />
    </>
  );
}
