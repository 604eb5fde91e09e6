import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { useAuth } from '../auth/AuthContext';
import { vndInput } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { showProblemOnForm } from '../common/problems';
import { useSponsoringDepartments, useSupportKinds } from './queries';

interface ProposalForm {
  title: string;
  supportKind: string;
  requestedAmountVnd: number;
  sponsoringDepartmentCode: string;
}

/** A new proposal, saved as a draft; documents and submission follow on the case page. */
export default function NewProposalPage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProposalForm>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per form: a double click or a retry after a lost answer never makes a second draft.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const kinds = useSupportKinds();
  const departments = useSponsoringDepartments(me?.province?.code);

  const onFinish = async (values: ProposalForm) => {
    setBusy(true);
    setProblem(null);
    try {
      const created = unwrap(
        await api.POST('/api/v1/applications', {
          body: { ...values, title: values.title.trim(), provinceCode: me?.province?.code ?? '' },
          params: { header: { 'idempotency-key': idempotencyKey } },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      message.success(t('proposal.created'));
      void navigate(`/applications/${created.id}`);
    } catch (error) {
      setProblem(showProblemOnForm(form, error, t));
    } finally {
      setBusy(false);
    }
  };

  const required = (field: string) => [{ required: true, message: t('proposal.required', { field: field.toLowerCase() }) }];
  return (
    <Card style={{ maxWidth: 720 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('proposal.title')}
      </Typography.Title>
      <ProblemAlert message={problem} />
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark>
        <Form.Item label={t('proposal.name')} name="title" rules={required(t('proposal.name'))}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item label={t('proposal.supportKind')} name="supportKind" rules={required(t('proposal.supportKind'))}>
          <Select loading={kinds.isLoading} options={kinds.data?.items.map((item) => ({ value: item.code, label: item.name[language] }))} />
        </Form.Item>
        <Form.Item label={t('proposal.amount')} name="requestedAmountVnd" rules={required(t('proposal.amount'))}>
          <InputNumber<number> min={0} step={1_000_000} style={{ width: '100%' }} formatter={vndInput.formatter} parser={vndInput.parser} addonAfter="₫" />
        </Form.Item>
        <Form.Item label={t('proposal.department')} name="sponsoringDepartmentCode" rules={required(t('proposal.department'))}>
          <Select loading={departments.isLoading} options={departments.data?.items.map((item) => ({ value: item.code, label: item.name[language] }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('proposal.saveDraft')}
        </Button>
      </Form>
    </Card>
  );
}
