import { App, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { ProblemAlert } from '../common/ProblemAlert';
import { showProblemOnForm } from '../common/problems';

type AssigneeKind = 'user' | 'department' | 'role';

/** A programme manager moves a task to someone else or gives it more time. */
export function ManagerActions({ taskId, onDone }: { taskId: string; onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reassignForm] = Form.useForm<{ kind: AssigneeKind; id: string; reason?: string }>();
  const [extendForm] = Form.useForm<{ amount: number; unit: 'working' | 'calendar'; reason: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const required = (field: string) => [{ required: true, message: t('proposal.required', { field: field.toLowerCase() }) }];

  return (
    <Card title={<h2 className="card-title">{t('task.manager')}</h2>}>
      <ProblemAlert message={problem} />
      <Form
        form={reassignForm}
        layout="vertical"
        initialValues={{ kind: 'department' }}
        onFinish={async (values) => {
          setProblem(null);
          try {
            unwrap(await api.POST('/api/v1/tasks/{id}/reassign', { params: { path: { id: taskId } }, body: { to: { kind: values.kind, id: values.id.trim() }, reason: values.reason } }));
            message.success(t('task.reassigned'));
            await onDone();
          } catch (error) {
            setProblem(showProblemOnForm(reassignForm, error, t, { 'to.id': ['id'], 'to.kind': ['kind'] }));
          }
        }}
      >
        <Space wrap align="start">
          <Form.Item label={t('task.assigneeKind')} name="kind">
            <Select style={{ width: 180 }} options={(['user', 'department', 'role'] as const).map((kind) => ({ value: kind, label: t(`task.assigneeKinds.${kind}`) }))} />
          </Form.Item>
          <Form.Item label={t('task.reassignTo')} name="id" rules={required(t('task.reassignTo'))}>
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item label={t('task.reason')} name="reason">
            <Input style={{ width: 260 }} />
          </Form.Item>
        </Space>
        <Button htmlType="submit">{t('task.reassign')}</Button>
      </Form>
      <Form
        form={extendForm}
        layout="vertical"
        initialValues={{ unit: 'working', amount: 5 }}
        style={{ marginTop: 24 }}
        onFinish={async (values) => {
          setProblem(null);
          try {
            unwrap(await api.POST('/api/v1/tasks/{id}/extend', { params: { path: { id: taskId } }, body: values }));
            message.success(t('task.extended'));
            await onDone();
          } catch (error) {
            setProblem(showProblemOnForm(extendForm, error, t));
          }
        }}
      >
        <Space wrap align="start">
          <Form.Item label={t('task.extendAmount')} name="amount" rules={required(t('task.extendAmount'))}>
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Form.Item label={t('task.extendUnit')} name="unit">
            <Select
              style={{ width: 180 }}
              options={[
                { value: 'working', label: t('common.workingDays') },
                { value: 'calendar', label: t('common.calendarDays') },
              ]}
            />
          </Form.Item>
          <Form.Item label={t('task.reason')} name="reason" rules={required(t('task.reason'))}>
            <Input style={{ width: 260 }} />
          </Form.Item>
        </Space>
        <Button htmlType="submit">{t('task.extend')}</Button>
      </Form>
    </Card>
  );
}
