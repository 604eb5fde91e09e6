import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Divider, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { formatDate } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { type FormLike, problemMessage, showProblemOnForm } from '../common/problems';
import { useTimeline } from './queries';

type Application = components['schemas']['ApplicationView'];

/** Only what the enterprise may do now: submit a draft, answer a supplement request, report progress, withdraw. */
export function CaseActions({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const timeline = useTimeline(application.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [supplementForm] = Form.useForm<Record<string, unknown>>();
  const [withdrawForm] = Form.useForm<Record<string, unknown>>();
  const [progressForm] = Form.useForm<Record<string, unknown>>();
  const [showWithdraw, setShowWithdraw] = useState(false);
  const id = application.id;

  const run = async (name: string, form: FormLike | null, action: () => Promise<unknown>, done: string) => {
    setBusy(name);
    setProblem(null);
    try {
      await action();
      message.success(done);
      form?.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['application', id] });
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
    } catch (error) {
      setProblem(form ? showProblemOnForm(form, error, t) : problemMessage(error, t));
    } finally {
      setBusy(null);
    }
  };

  const step = application.currentStep;
  const active = application.status === 'draft' || application.status === 'in-progress';
  const request = [...(timeline.data?.items ?? [])].reverse().find((item) => item.action === 'step.intake.request-supplement');
  const milestones = application.implementation?.milestones.filter((milestone) => milestone.status === 'open') ?? [];
  const nothing = !active;

  return (
    <div>
      <ProblemAlert message={problem} />
      {nothing && <Typography.Paragraph type="secondary">{t('case.noActions')}</Typography.Paragraph>}
      {application.status === 'draft' && (
        <Button type="primary" loading={busy === 'submit'} onClick={() => void run('submit', null, async () => unwrap(await api.POST('/api/v1/applications/{id}/submit', { params: { path: { id } } })), t('case.submitted'))}>
          {t('case.submit')}
        </Button>
      )}
      {step === 'supplement' && (
        <>
          <Alert
            type="warning"
            showIcon
            data-testid="supplement-request"
            title={t('case.supplementRequested')}
            description={
              <>
                {request?.comment && <div>“{request.comment}”</div>}
                {application.currentTask?.dueDate && <strong>{t('case.supplementDue', { date: formatDate(application.currentTask.dueDate) })}</strong>}
              </>
            }
            style={{ marginBottom: 16 }}
          />
          <Form
            form={supplementForm}
            layout="vertical"
            onFinish={(values) => void run('supplement', supplementForm, async () => unwrap(await api.POST('/api/v1/applications/{id}/supplement', { params: { path: { id } }, body: { comment: values.comment as string | undefined } })), t('case.supplemented'))}
          >
            <Form.Item label={t('case.supplementComment')} name="comment">
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy === 'supplement'}>
              {t('case.supplement')}
            </Button>
          </Form>
        </>
      )}
      {step === 'implementation' && (
        <>
          <Divider>{t('case.progress')}</Divider>
          <Form
            form={progressForm}
            layout="vertical"
            onFinish={(values) =>
              void run('progress', progressForm, async () => unwrap(await api.POST('/api/v1/applications/{id}/progress', { params: { path: { id } }, body: { note: String(values.note), milestoneId: values.milestoneId as string | undefined, done: values.done === true } })), t('case.reported'))
            }
          >
            <Form.Item label={t('case.progressNote')} name="note" rules={[{ required: true, message: t('proposal.required', { field: t('case.progressNote').toLowerCase() }) }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item label={t('case.milestone')} name="milestoneId">
              <Select allowClear options={milestones.map((milestone) => ({ value: milestone.id, label: `${milestone.title} (${formatDate(milestone.dueDate)})` }))} />
            </Form.Item>
            <Form.Item name="done" valuePropName="checked">
              <Checkbox>{t('case.milestoneDone')}</Checkbox>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy === 'progress'}>
              {t('common.submit')}
            </Button>
          </Form>
        </>
      )}
      {active && (
        <>
          <Divider />
          {!showWithdraw ? (
            <Button danger onClick={() => setShowWithdraw(true)}>
              {t('case.withdraw')}
            </Button>
          ) : (
            <Form
              form={withdrawForm}
              layout="vertical"
              onFinish={(values) => void run('withdraw', withdrawForm, async () => unwrap(await api.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id } }, body: { reason: String(values.reason) } })), t('case.withdrawn'))}
            >
              <Form.Item label={t('case.withdrawReason')} name="reason" rules={[{ required: true, message: t('proposal.required', { field: t('case.withdrawReason').toLowerCase() }) }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              <Space>
                <Button danger htmlType="submit" loading={busy === 'withdraw'}>
                  {t('case.withdraw')}
                </Button>
                <Button onClick={() => setShowWithdraw(false)}>{t('common.cancel')}</Button>
              </Space>
            </Form>
          )}
        </>
      )}
    </div>
  );
}
