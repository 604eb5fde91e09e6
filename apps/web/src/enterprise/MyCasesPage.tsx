import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { useAuth } from '../auth/AuthContext';
import { formatDate } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { STEP_CODES } from './procedure-steps';
import { StatusTag } from './StatusTag';

type Application = components['schemas']['ApplicationView'];
type Status = Application['status'];
const STATUSES: Status[] = ['draft', 'in-progress', 'closed', 'withdrawn', 'rejected', 'terminated'];

/** "Hồ sơ của tôi": the enterprise's cases (an officer sees the cases in scope) with status, step and its due date. */
export default function MyCasesPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const [status, setStatus] = useState<Status | undefined>();
  const [step, setStep] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const { data, error, isLoading } = useQuery({
    queryKey: ['applications', { status, step, page }],
    queryFn: async () => unwrap(await api.GET('/api/v1/applications', { params: { query: { status, step, page, pageSize: 20, sort: '-updatedAt' } } })),
  });
  const enterprise = hasRole('enterprise-user');

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {enterprise ? t('cases.title') : t('cases.allTitle')}
        </Typography.Title>
        {enterprise && (
          <Link to="/applications/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('cases.newProposal')}
            </Button>
          </Link>
        )}
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <Select
          aria-label={t('cases.filterStatus')}
          placeholder={t('cases.filterStatus')}
          allowClear
          style={{ minWidth: 180 }}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={STATUSES.map((code) => ({ value: code, label: t(`status.${code}`) }))}
        />
        <Select
          aria-label={t('cases.filterStep')}
          placeholder={t('cases.filterStep')}
          allowClear
          style={{ minWidth: 220 }}
          value={step}
          onChange={(value) => {
            setStep(value);
            setPage(1);
          }}
          options={STEP_CODES.map((code) => ({ value: code, label: t(`steps.${code}`) }))}
        />
      </Space>
      <ProblemAlert error={error} />
      <Table<Application>
        rowKey="id"
        loading={isLoading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('cases.empty') }}
        scroll={{ x: true }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: t('cases.name'), dataIndex: 'title', render: (title: string, row) => <Link to={`/applications/${row.id}`}>{title}</Link> },
          { title: t('common.status'), dataIndex: 'status', render: (value: string) => <StatusTag status={value} /> },
          { title: t('cases.currentStep'), dataIndex: 'currentStep', render: (value: string | null) => (value ? t(`steps.${value}`, { defaultValue: value }) : '—') },
          {
            title: t('cases.stepDue'),
            key: 'due',
            render: (_, row) =>
              row.currentTask?.dueDate ? (
                <span>
                  {formatDate(row.currentTask.dueDate)} {row.currentTask.overdue && <Tag color="error">{t('cases.overdue')}</Tag>}
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </>
  );
}
