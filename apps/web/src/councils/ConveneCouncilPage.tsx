import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, authorizedFetch } from '../api/client';
import { ProblemError, unwrap, type Problem } from '../api/problem';
import type { components } from '../api/schema';
import { formatDate } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { problemMessage, showProblemOnForm } from '../common/problems';

type Kind = components['schemas']['ConveneCouncilDto']['kind'];
type Role = components['schemas']['CouncilMemberDto']['role'];
const KINDS: Kind[] = ['identification', 'selection', 'budget-appraisal', 'acceptance'];
const ROLES: Role[] = ['chair', 'vice-chair', 'secretary', 'reviewer', 'member'];

/**
 * GET /councils/roster is being added to the API; until the typed client is regenerated with it,
 * this is the one shape read by hand (replace with components['schemas'] then).
 */
interface RosterPerson {
  userId: string;
  displayName: string;
  username?: string;
  role?: string;
  unit?: string;
}

async function fetchRoster(): Promise<RosterPerson[]> {
  const response = await authorizedFetch('/api/v1/councils/roster');
  const body = (await response.json().catch(() => ({}))) as { items?: RosterPerson[] } & Partial<Problem>;
  if (!response.ok) throw new ProblemError({ ...body, status: response.status });
  return body.items ?? [];
}

/** The secretary convenes a council: kind, case, members from the roster with their seats, a meeting date after the papers rule. */
export default function ConveneCouncilPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<{ kind: Kind; applicationId: string; meetingDate?: Dayjs }>();
  const [seats, setSeats] = useState<Record<string, Role | undefined>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const roster = useQuery({ queryKey: ['councils', 'roster'], queryFn: fetchRoster });
  // Papers reach members at least 5 working days before the meeting: the earliest meeting date.
  const earliest = useQuery({
    queryKey: ['calendar', 'due-date', 5],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/calendar/due-date', { params: { query: { from: dayjs().format('YYYY-MM-DD'), amount: 5, unit: 'working' } as never } })) as { dueDate: string },
  });

  const onFinish = async (values: { kind: Kind; applicationId: string; meetingDate?: Dayjs }) => {
    setBusy(true);
    setProblem(null);
    try {
      const members = Object.entries(seats)
        .filter((entry): entry is [string, Role] => entry[1] !== undefined)
        .map(([userId, role]) => ({ userId, role, financeDepartment: false }));
      const council = unwrap(
        await api.POST('/api/v1/councils', {
          params: { header: { 'accept-language': 'vi' } } as never,
          body: { kind: values.kind, applicationId: values.applicationId.trim(), members, meetingDate: values.meetingDate?.format('YYYY-MM-DD'), fromTaskProposer: false },
        }),
      );
      message.success(t('councils.convened'));
      void navigate(`/councils/${council.id}`);
    } catch (error) {
      setProblem(showProblemOnForm(form, error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('councils.convene')}
      </Typography.Title>
      <ProblemAlert message={problem} />
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ kind: 'identification', applicationId: params.get('application') ?? '' }}>
        <Form.Item label={t('councils.kind')} name="kind">
          <Select options={KINDS.map((kind) => ({ value: kind, label: t(`councils.kinds.${kind}`) }))} />
        </Form.Item>
        <Form.Item label={t('councils.application')} name="applicationId" rules={[{ required: true, message: t('proposal.required', { field: t('councils.application').toLowerCase() }) }]}>
          <Input />
        </Form.Item>
        <Form.Item
          label={t('councils.meetingDate')}
          name="meetingDate"
          extra={earliest.data ? t('councils.meetingRule', { date: formatDate(earliest.data.dueDate) }) : undefined}
          rules={[{ validator: async (_, value?: Dayjs) => { if (value && earliest.data && value.isBefore(dayjs(earliest.data.dueDate), 'day')) throw new Error(t('councils.meetingRule', { date: formatDate(earliest.data.dueDate) })); } }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t('councils.members')}
        </Typography.Title>
        {roster.error ? <ProblemAlert message={problemMessage(roster.error, t)} /> : null}
        <Table<RosterPerson>
          rowKey="userId"
          size="small"
          loading={roster.isLoading}
          dataSource={roster.data ?? []}
          pagination={false}
          scroll={{ x: true }}
          columns={[
            { title: t('councils.members'), dataIndex: 'displayName' },
            { title: t('shell.user'), key: 'unit', render: (_, row) => [row.role, row.unit].filter(Boolean).join(' · ') },
            {
              title: t('councils.role'),
              key: 'seat',
              render: (_, row) => (
                <Select
                  aria-label={`${t('councils.role')}: ${row.displayName}`}
                  allowClear
                  style={{ minWidth: 160 }}
                  value={seats[row.userId]}
                  onChange={(role?: Role) => setSeats((current) => ({ ...current, [row.userId]: role }))}
                  options={ROLES.map((role) => ({ value: role, label: t(`councils.memberRoles.${role}`) }))}
                />
              ),
            },
          ]}
        />
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>
          {t('councils.convene')}
        </Button>
      </Form>
    </Card>
  );
}
