import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { useAuth } from '../auth/AuthContext';
import { formatDate, formatDateTime } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { problemMessage } from '../common/problems';
import { PageSpinner } from '../shell/PageSpinner';
import { BallotForm } from './BallotForm';
import { useCouncil } from './useCouncil';

type Member = components['schemas']['CouncilMemberView'];

/** A council: members and attendance, the secretary's close, the member's ballot, the result explained. */
export default function CouncilPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { data: council, error, isLoading } = useCouncil(id);
  const [present, setPresent] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (isLoading) return <PageSpinner />;
  if (!council) return <ProblemAlert error={error} />;

  const secretary = council.secretaryUserId === me?.user.id;
  const member = council.members.some((item) => item.userId === me?.user.id);
  const presentIds = present ?? council.members.filter((item) => item.present).map((item) => item.userId);
  const reload = () => queryClient.invalidateQueries({ queryKey: ['council', id] });
  const act = async (name: string, action: () => Promise<unknown>, done: string) => {
    setBusy(name);
    setProblem(null);
    try {
      await action();
      message.success(done);
      setPresent(null);
      await reload();
    } catch (failure) {
      setProblem(problemMessage(failure, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 4 }}>
          {council.kindLabel}
        </Typography.Title>
        <Tag color={council.status === 'closed' ? 'default' : 'success'}>{t(`councils.status.${council.status}`)}</Tag>
        <Link to={`/applications/${council.applicationId}`}>{t('task.openCase')}</Link>
      </div>
      <ProblemAlert message={problem} />
      <Card title={<h2 className="card-title">{t('councils.members')}</h2>}>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
          <Descriptions.Item label={t('councils.meetingDate')}>{formatDate(council.meetingDate)}</Descriptions.Item>
          <Descriptions.Item label={t('councils.ballots')}>{council.ballotsCast}</Descriptions.Item>
          <Descriptions.Item label={t('councils.quorum')}>{council.quorum.explanation}</Descriptions.Item>
        </Descriptions>
        <Table<Member>
          rowKey="userId"
          size="small"
          pagination={false}
          dataSource={council.members}
          scroll={{ x: true }}
          columns={[
            { title: t('councils.members'), dataIndex: 'displayName' },
            { title: t('councils.role'), dataIndex: 'roleLabel' },
            {
              title: t('councils.present'),
              key: 'present',
              render: (_, row) => (
                <Checkbox
                  aria-label={`${t('councils.present')}: ${row.displayName}`}
                  checked={presentIds.includes(row.userId)}
                  disabled={!secretary || council.status === 'closed'}
                  onChange={(event) => setPresent(event.target.checked ? [...presentIds, row.userId] : presentIds.filter((userId) => userId !== row.userId))}
                />
              ),
            },
            { title: t('councils.voted'), key: 'voted', render: (_, row) => (row.voted ? '✓' : '') },
          ]}
        />
        {secretary && council.status !== 'closed' && (
          <Space wrap style={{ marginTop: 16 }}>
            <Button
              loading={busy === 'attendance'}
              onClick={() =>
                void act('attendance', async () => unwrap(await api.PUT('/api/v1/councils/{id}/attendance', { params: { path: { id }, header: { 'accept-language': 'vi' } }, body: { presentUserIds: presentIds, viceChairAuthorised: false } })), t('councils.attendanceSaved'))
              }
            >
              {t('councils.saveAttendance')}
            </Button>
            <Button type="primary" loading={busy === 'close'} onClick={() => void act('close', async () => unwrap(await api.POST('/api/v1/councils/{id}/close', { params: { path: { id }, header: { 'accept-language': 'vi' } }, body: {} })), t('councils.closed'))}>
              {t('councils.close')}
            </Button>
          </Space>
        )}
      </Card>
      {council.result && (
        <Card title={<h2 className="card-title">{t('councils.result')}</h2>}>
          <Alert type={council.result.outcome.startsWith('not') ? 'warning' : 'success'} showIcon title={council.result.label} description={council.result.explanation} data-testid="council-result" />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {formatDateTime(council.result.closedAt)}
          </Typography.Paragraph>
        </Card>
      )}
      {member && council.status !== 'closed' && (
        <Card title={<h2 className="card-title">{t('councils.ballot')}</h2>}>
          <BallotForm council={council} onCast={reload} />
        </Card>
      )}
    </Space>
  );
}
