import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { formatDate, formatVnd } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { PageSpinner } from '../shell/PageSpinner';
import { CaseActions } from './CaseActions';
import { CaseSteps } from './CaseSteps';
import { CaseTimeline } from './CaseTimeline';
import { DocumentsPanel } from './DocumentsPanel';
import { useApplication, useSupportKinds } from './queries';
import { StatusTag } from './StatusTag';

/** A case: the procedure and where it stands, what the user may do now, its documents and timeline. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { hasRole } = useAuth();
  const { data: application, error, isLoading } = useApplication(id);
  const kinds = useSupportKinds();
  if (isLoading) return <PageSpinner />;
  if (!application) return <ProblemAlert error={error} />;
  const enterprise = hasRole('enterprise-user');
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const kind = kinds.data?.items.find((item) => item.code === application.supportKind)?.name[language] ?? application.supportKind;
  const canUpload = enterprise && (application.status === 'draft' || application.currentStep === 'supplement' || application.currentStep === 'revision');

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 4 }}>
          {application.title}
        </Typography.Title>
        <StatusTag status={application.status} />
        {!enterprise && application.currentTask && (
          <Link to={`/tasks/${application.currentTask.id}`}>{t('nav.inbox')} →</Link>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Card title={<h2 className="card-title">{t('case.summary')}</h2>}>
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label={t('common.status')}>{t(`status.${application.status}`)}</Descriptions.Item>
                <Descriptions.Item label={t('cases.currentStep')}>{application.currentStep ? t(`steps.${application.currentStep}`, { defaultValue: application.currentStep }) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('cases.stepDue')}>{formatDate(application.currentTask?.dueDate)}</Descriptions.Item>
                <Descriptions.Item label={t('case.supportKind')}>{kind ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('case.requested')}>{formatVnd(application.requestedAmountVnd)}</Descriptions.Item>
                {application.approvedAmountVnd !== null && <Descriptions.Item label={t('case.approved')}>{formatVnd(application.approvedAmountVnd)}</Descriptions.Item>}
              </Descriptions>
            </Card>
            {enterprise && (
              <Card title={<h2 className="card-title">{t('case.actions')}</h2>}>
                <CaseActions application={application} />
              </Card>
            )}
            <Card title={<h2 className="card-title">{t('documents.title')}</h2>}>
              <DocumentsPanel applicationId={application.id} canUpload={canUpload} defaultKind={application.currentStep === 'supplement' ? 'supplement' : 'proposal'} />
            </Card>
            {application.implementation && (
              <Card title={<h2 className="card-title">{t('case.milestones')}</h2>}>
                <Descriptions column={1} size="small">
                  {application.implementation.milestones.map((milestone) => (
                    <Descriptions.Item key={milestone.id} label={milestone.title}>
                      {formatDate(milestone.dueDate)} · {milestone.status === 'done' ? '✓' : '…'}
                    </Descriptions.Item>
                  ))}
                  {application.implementation.tranches.map((tranche) => (
                    <Descriptions.Item key={tranche.label} label={`${t('case.tranches')}: ${tranche.label}`}>
                      {formatVnd(tranche.amountVnd)} · {formatDate(tranche.dueDate)}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <Card title={<h2 className="card-title">{t('case.procedure')}</h2>}>
              <CaseSteps application={application} />
            </Card>
            <Card title={<h2 className="card-title">{t('case.timeline')}</h2>}>
              <CaseTimeline applicationId={application.id} />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
