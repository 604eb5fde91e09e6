import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { ProblemError, unwrap } from '../api/problem';
import { useAuth } from '../auth/AuthContext';
import { formatDate, formatVnd } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { problemMessage, showProblemOnForm } from '../common/problems';
import { CaseSteps } from '../enterprise/CaseSteps';
import { DocumentsPanel } from '../enterprise/DocumentsPanel';
import { useApplication } from '../enterprise/queries';
import { PageSpinner } from '../shell/PageSpinner';
import { decisionData } from './decision-data';
import { ManagerActions } from './ManagerActions';
import { StepDataFields } from './StepDataFields';
import { useTasks } from './useTasks';

/** One decision: the case, its documents, claim, and one button per allowed outcome. */
export default function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { me, hasRole } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const tasks = useTasks();
  const task = tasks.data?.items.find((item) => item.id === id);
  const applicationId = task?.subject.type === 'application' ? task.subject.id : '';
  const application = useApplication(applicationId);
  const [form] = Form.useForm<{ comment?: string; data?: Record<string, unknown> }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  if (tasks.isLoading) return <PageSpinner />;
  if (!task) {
    return (
      <>
        <ProblemAlert error={tasks.error} />
        <ProblemAlert message={problem} />
        <Alert type="info" showIcon title={t('task.gone')} />
      </>
    );
  }

  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    if (applicationId) await queryClient.invalidateQueries({ queryKey: ['application', applicationId] });
  };

  const claim = async () => {
    setBusy('claim');
    setProblem(null);
    try {
      unwrap(await api.POST('/api/v1/tasks/{id}/claim', { params: { path: { id } } }));
      message.success(t('task.claimedMsg'));
      await reload();
    } catch (error) {
      setProblem(problemMessage(error, t));
    } finally {
      setBusy(null);
    }
  };

  const decide = async (outcome: string, requiresComment: boolean) => {
    setProblem(null);
    const values = form.getFieldsValue(true) as { comment?: string; data?: Record<string, unknown> };
    if (requiresComment && !values.comment?.trim()) {
      form.setFields([{ name: 'comment', errors: [t('task.commentRequired')] }]);
      return;
    }
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setBusy(outcome);
    try {
      unwrap(await api.POST('/api/v1/tasks/{id}/decision', { params: { path: { id } }, body: { outcome, comment: values.comment?.trim() || undefined, data: decisionData(values.data) as never } }));
      message.success(t('task.decided'));
      await reload();
    } catch (error) {
      if (error instanceof ProblemError && error.problem.status === 409) {
        // Someone decided first: say so, and show the page as it is now.
        message.warning(t('task.conflict'));
        setProblem(`${t('task.conflict')} ${error.problem.detail ?? ''}`);
        await reload();
      } else {
        setProblem(showProblemOnForm(form, error, t, { comment: ['comment'] }));
      }
    } finally {
      setBusy(null);
    }
  };

  const app = application.data;
  const claimedByMe = task.assignee.claimedBy === me?.user.id;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 4 }}>
          {t('task.title', { step: task.step.name })}
        </Typography.Title>
        <Typography.Text>{task.subject.title}</Typography.Text>
      </div>
      <ProblemAlert message={problem} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Card title={<h2 className="card-title">{t('case.summary')}</h2>} extra={applicationId && <Link to={`/applications/${applicationId}`}>{t('task.openCase')}</Link>}>
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label={t('inbox.step')}>{task.step.name}</Descriptions.Item>
                <Descriptions.Item label={t('inbox.due')}>{formatDate(task.dueDate)}</Descriptions.Item>
                {app && <Descriptions.Item label={t('case.requested')}>{formatVnd(app.requestedAmountVnd)}</Descriptions.Item>}
                {app?.approvedAmountVnd != null && <Descriptions.Item label={t('case.approved')}>{formatVnd(app.approvedAmountVnd)}</Descriptions.Item>}
              </Descriptions>
            </Card>
            {applicationId && (
              <Card title={<h2 className="card-title">{t('documents.title')}</h2>}>
                <DocumentsPanel applicationId={applicationId} canUpload={false} />
              </Card>
            )}
            <Card title={<h2 className="card-title">{t('task.decision')}</h2>}>
              {!claimedByMe && (
                <Button onClick={() => void claim()} loading={busy === 'claim'} style={{ marginBottom: 16 }}>
                  {t('task.claim')}
                </Button>
              )}
              <Form form={form} layout="vertical">
                <StepDataFields step={task.step.code} requestedAmountVnd={app?.requestedAmountVnd ?? null} />
                <Form.Item label={t('task.comment')} name="comment" extra={task.allowedOutcomes.some((outcome) => outcome.requiresComment) ? t('task.commentRequired') : undefined}>
                  <Input.TextArea rows={3} maxLength={4000} />
                </Form.Item>
                <Space wrap>
                  {task.allowedOutcomes.map((outcome) => (
                    <Button
                      key={outcome.code}
                      type={outcome.requiresComment ? 'default' : 'primary'}
                      danger={['reject', 'refuse', 'not-carry-out', 'not-selected'].includes(outcome.code)}
                      loading={busy === outcome.code}
                      disabled={busy !== null}
                      data-outcome={outcome.code}
                      onClick={() => void decide(outcome.code, outcome.requiresComment)}
                    >
                      {outcome.label}
                    </Button>
                  ))}
                </Space>
              </Form>
            </Card>
            {hasRole('programme-manager') && <ManagerActions taskId={id} onDone={reload} />}
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          {app && (
            <Card title={<h2 className="card-title">{t('case.procedure')}</h2>}>
              <CaseSteps application={app} />
            </Card>
          )}
        </Col>
      </Row>
    </Space>
  );
}
