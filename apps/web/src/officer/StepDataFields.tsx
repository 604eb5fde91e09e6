import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatVnd, vndInput } from '../common/format';

/** The data a step's decision carries: the approved amount (budget appraisal), the contract terms (contract). */
export function StepDataFields({ step, requestedAmountVnd }: { step: string; requestedAmountVnd: number | null }) {
  const { t } = useTranslation();
  if (step === 'budget-appraisal') {
    return (
      <Form.Item
        label={t('task.approvedAmount')}
        name={['data', 'approvedAmountVnd']}
        extra={requestedAmountVnd !== null ? t('task.cap', { amount: formatVnd(requestedAmountVnd) }) : undefined}
        rules={[{ type: 'number', max: requestedAmountVnd ?? undefined, message: t('task.cap', { amount: formatVnd(requestedAmountVnd) }) }]}
      >
        <InputNumber<number> min={0} style={{ width: '100%' }} formatter={vndInput.formatter} parser={vndInput.parser} addonAfter="₫" />
      </Form.Item>
    );
  }
  if (step !== 'contract') return null;
  return (
    <>
      <Space wrap>
        <Form.Item label={t('task.effectiveDate')} name={['data', 'effectiveDate']}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item label={t('task.durationMonths')} name={['data', 'durationMonths']}>
          <InputNumber min={1} max={60} />
        </Form.Item>
      </Space>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('task.tranches')}
      </Typography.Title>
      <Form.List name={['data', 'tranches']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start">
                <Form.Item name={[field.name, 'label']} label={t('task.label')}>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'amountVnd']} label={t('task.amountVnd')}>
                  <InputNumber<number> min={0} formatter={vndInput.formatter} parser={vndInput.parser} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'dueDate']} label={t('task.dueDate')}>
                  <DatePicker format="DD/MM/YYYY" />
                </Form.Item>
                <Button aria-label={t('task.removeRow')} icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
              {t('task.addRow')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('task.milestones')}
      </Typography.Title>
      <Form.List name={['data', 'milestones']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} wrap align="start">
                <Form.Item name={[field.name, 'title']} label={t('task.milestoneTitle')}>
                  <Input style={{ width: 260 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'dueDate']} label={t('task.dueDate')}>
                  <DatePicker format="DD/MM/YYYY" />
                </Form.Item>
                <Button aria-label={t('task.removeRow')} icon={<DeleteOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
              {t('task.addRow')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
