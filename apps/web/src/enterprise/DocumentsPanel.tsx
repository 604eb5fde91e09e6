import { InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Space, Table, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accessToken, authorizedFetch } from '../api/client';
import type { components } from '../api/schema';
import { formatDateTime } from '../common/format';
import { ProblemAlert } from '../common/ProblemAlert';
import { useDocuments } from './queries';

type DocumentView = components['schemas']['DocumentView'];
type Kind = DocumentView['kind'];
const KINDS: Kind[] = ['proposal', 'financial-report', 'supplement', 'other'];
const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED = ['.pdf', '.docx', '.xlsx', '.jpg', '.jpeg', '.png', '.zip'];

/** The case's documents: open or download each; drop new ones when `canUpload`, with progress and errors at the file. */
export function DocumentsPanel({ applicationId, canUpload, defaultKind = 'proposal' }: { applicationId: string; canUpload: boolean; defaultKind?: Kind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const documents = useDocuments(applicationId);
  const [kind, setKind] = useState<Kind>(defaultKind);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [token, setToken] = useState<string | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);

  const rejectAtFile = (file: File, text: string) => {
    setFiles((current) => [...current, { uid: `${Date.now()}-${file.name}`, name: file.name, status: 'error', response: text, error: new Error(text) }]);
  };

  const open = async (document: DocumentView, download: boolean) => {
    setOpenError(null);
    try {
      const response = await authorizedFetch(document.downloadUrl);
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = window.document.createElement('a');
      link.href = url;
      if (download) link.download = document.originalName;
      else link.target = '_blank';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setOpenError(error);
    }
  };

  return (
    <div>
      <ProblemAlert error={openError} />
      {canUpload && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Space wrap>
            <label htmlFor="document-kind">{t('documents.kind')}</label>
            <Select id="document-kind" value={kind} onChange={setKind} style={{ minWidth: 200 }} options={KINDS.map((code) => ({ value: code, label: t(`documents.kinds.${code}`) }))} />
          </Space>
          <Upload.Dragger
            name="file"
            multiple
            accept={ACCEPTED.join(',')}
            action={`/api/v1/applications/${applicationId}/documents`}
            headers={token ? { Authorization: `Bearer ${token}` } : {}}
            data={{ kind }}
            fileList={files}
            beforeUpload={async (file) => {
              const extension = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
              if (!ACCEPTED.includes(extension)) {
                rejectAtFile(file, t('documents.badType', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              if (file.size > MAX_BYTES) {
                rejectAtFile(file, t('documents.tooLarge', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              setToken(await accessToken());
              return true;
            }}
            onChange={({ file, fileList }) => {
              setFiles(
                fileList.map((item) =>
                  // The API's problem detail, shown at the file.
                  item.status === 'error' && item.response && typeof item.response === 'object' ? { ...item, response: (item.response as { detail?: string }).detail ?? t('errors.generic') } : item,
                ),
              );
              if (file.status === 'done') {
                message.success(t('documents.uploaded', { name: file.name }));
                void queryClient.invalidateQueries({ queryKey: ['application', applicationId, 'documents'] });
              }
            }}
            itemRender={(node, file) => (
              <div data-testid="upload-item">
                {node}
                {file.status === 'error' && (
                  <Typography.Text type="danger" role="alert">
                    {String(file.response ?? t('errors.generic'))}
                  </Typography.Text>
                )}
              </div>
            )}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('documents.drop')}</p>
            <p className="ant-upload-hint">{t('documents.hint')}</p>
          </Upload.Dragger>
        </Space>
      )}
      <Table<DocumentView>
        rowKey="id"
        size="small"
        loading={documents.isLoading}
        dataSource={documents.data?.items ?? []}
        locale={{ emptyText: t('documents.empty') }}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('documents.name'), dataIndex: 'originalName' },
          { title: t('documents.kind'), dataIndex: 'kind', render: (value: Kind) => t(`documents.kinds.${value}`) },
          { title: t('documents.size'), dataIndex: 'sizeBytes', render: (value: number) => `${Math.max(1, Math.round(value / 1024))} KB` },
          { title: t('documents.uploadedAt'), dataIndex: 'uploadedAt', render: formatDateTime },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, row) => (
              <Space>
                <Button size="small" onClick={() => void open(row, false)} aria-label={`${t('common.open')} ${row.originalName}`}>
                  {t('common.open')}
                </Button>
                <Button size="small" onClick={() => void open(row, true)} aria-label={`${t('common.download')} ${row.originalName}`}>
                  {t('common.download')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
