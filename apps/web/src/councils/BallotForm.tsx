import { App, Button, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';
import { formatDateTime, vndInput } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { showProblemOnForm } from '../common/problems';

type Council = components['schemas']['CouncilView'];

/** The ballot of the council's kind: Đạt/Không đạt per criterion, weighted scores out of 100, or an acceptance grade. */
export function BallotForm({ council, onCast }: { council: Council; onCast: () => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: Record<string, unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      unwrap(await api.POST('/api/v1/councils/{id}/ballots', { params: { path: { id: council.id } }, body: values as never }));
      message.success(t('councils.castDone'));
      await onCast();
    } catch (error) {
      setProblem(showProblemOnForm(form, error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={onFinish}>
      <ProblemAlert message={problem} />
      {council.ownBallot && <Typography.Paragraph type="secondary">{t('councils.yourBallot', { at: formatDateTime(council.ownBallot.castAt) })}</Typography.Paragraph>}
      {council.kind === 'identification' && (
        <Form.Item label={t('councils.mode')} name="mode" initialValue="tuyen-chon">
          <Radio.Group options={(['tuyen-chon', 'giao-truc-tiep'] as const).map((mode) => ({ value: mode, label: t(`councils.modes.${mode}`) }))} />
        </Form.Item>
      )}
      {council.kind === 'identification' &&
        council.criteria.map((criterion) => (
          <Form.Item key={criterion.id} label={criterion.label} name={['verdicts', criterion.id]} rules={[{ required: true, message: criterion.label }]}>
            <Radio.Group
              options={[
                { value: 'dat', label: t('councils.pass') },
                { value: 'khong-dat', label: t('councils.fail') },
              ]}
            />
          </Form.Item>
        ))}
      {council.kind === 'selection' && (
        <>
          {council.criteria.map((criterion) => (
            <Form.Item
              key={criterion.id}
              label={`${criterion.label}${criterion.weight !== null ? ` (${t('councils.weight', { weight: criterion.weight })})` : ''}`}
              name={['scores', criterion.id]}
              rules={[{ required: true, message: t('councils.score') }]}
            >
              <InputNumber min={0} max={100} aria-label={`${criterion.label} — ${t('councils.score')}`} />
            </Form.Item>
          ))}
        </>
      )}
      {council.kind === 'budget-appraisal' && (
        <Form.Item label={t('councils.proposedVnd')} name="proposedVnd" rules={[{ required: true, message: t('councils.proposedVnd') }]}>
          <InputNumber<number> min={0} style={{ width: '100%' }} formatter={vndInput.formatter} parser={vndInput.parser} />
        </Form.Item>
      )}
      {council.kind === 'acceptance' && (
        <Form.Item label={t('councils.grade')} name="grade" rules={[{ required: true, message: t('councils.grade') }]}>
          <Radio.Group options={(['xuat-sac', 'dat', 'khong-dat'] as const).map((grade) => ({ value: grade, label: t(`councils.grades.${grade}`) }))} />
        </Form.Item>
      )}
      <Form.Item label={t('councils.comment')} name="comment">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('councils.cast')}
      </Button>
    </Form>
  );
}
