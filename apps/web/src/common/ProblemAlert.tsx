import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemMessage } from './problems';

/** An API problem, explained in the chosen language. */
export function ProblemAlert({ error, message }: { error?: unknown; message?: string | null }) {
  const { t } = useTranslation();
  const text = message ?? (error ? problemMessage(error, t) : null);
  if (!text) return null;
  return <Alert type="error" showIcon title={text} role="alert" style={{ marginBottom: 16 }} />;
}
