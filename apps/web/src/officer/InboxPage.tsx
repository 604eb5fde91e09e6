import { Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/schema';
import { formatDate, workingDaysUntil } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { useTasks } from './useTasks';

type Task = components['schemas']['TaskView'];

/** "Hộp việc": open decisions by due date; overdue in red, due within 3 working days in amber. */
export default function InboxPage() {
  const { t } = useTranslation();
  const { data, error, isLoading } = useTasks();
  const [step, setStep] = useState<string | undefined>();
  const tasks = useMemo(() => [...(data?.items ?? [])].sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999')), [data]);
  const steps = useMemo(() => [...new Map(tasks.map((task) => [task.step.code, task.step.name])).entries()], [tasks]);
  const shown = step ? tasks.filter((task) => task.step.code === step) : tasks;

  const urgency = (task: Task) => (task.overdue ? 'overdue' : task.dueDate && workingDaysUntil(task.dueDate) <= 3 ? 'soon' : 'normal');
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('inbox.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('inbox.filterStep')}
          placeholder={t('inbox.filterStep')}
          allowClear
          style={{ minWidth: 260 }}
          value={step}
          onChange={setStep}
          options={steps.map(([code, name]) => ({ value: code, label: name }))}
        />
      </Space>
      <ProblemAlert error={error} />
      <Table<Task>
        rowKey="id"
        loading={isLoading}
        dataSource={shown}
        locale={{ emptyText: t('inbox.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        rowClassName={(task) => `task-${urgency(task)}`}
        columns={[
          { title: t('inbox.subject'), key: 'subject', render: (_, task) => <Link to={`/tasks/${task.id}`}>{task.subject.title}</Link> },
          { title: t('inbox.step'), key: 'step', render: (_, task) => task.step.name },
          {
            title: t('inbox.due'),
            key: 'due',
            render: (_, task) => {
              const level = urgency(task);
              return (
                <span>
                  {formatDate(task.dueDate)}{' '}
                  {level === 'overdue' && <Tag color="error">{t('inbox.overdue')}</Tag>}
                  {level === 'soon' && <Tag color="warning">{t('inbox.dueSoon')}</Tag>}
                </span>
              );
            },
          },
          { title: t('common.status'), key: 'claimed', render: (_, task) => (task.assignee.claimedBy ? <Tag>{t('inbox.claimed')}</Tag> : null) },
        ]}
      />
    </>
  );
}
