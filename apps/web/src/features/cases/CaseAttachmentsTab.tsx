import {
  ATTACHMENT_MAX_BYTES,
  type AttachmentView,
  attachmentContentTypes,
  attachmentKinds,
  type CaseDetail,
} from '@lantern/domain';
import { Anchor, FileInput, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { DataTable } from '../shared/DataTable';
import { EmptyState } from '../shared/ListStates';
import shared from '../shared/shared.module.css';
import classes from './cases.module.css';
import { mayChange } from './labels';
import { PartForm, PartFormFooter } from './PartForm';
import { PartStatus } from './PartStatus';
import { attachmentUrl, useAttachments, useUploadAttachment } from './queries';

const MAX_MEGABYTES = ATTACHMENT_MAX_BYTES / (1024 * 1024);

/** "2,4 MB" / "380 KB", in the reader's number format. */
export function fileSize(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(
    locale === 'vi' ? 'vi-VN' : locale === 'ar' ? 'ar-u-nu-latn' : 'en-GB',
    {
      maximumFractionDigits: 1,
    },
  );
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / (1024 * 1024))} MB`
    : `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

export function AttachmentsTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useActiveSession();
  const attachments = useAttachments(detail.id);
  const canUpload = mayChange(detail.access, session.user.permissions, 'case.update', 'support.manage');
  const canDownload = hasPermission(session, 'case.read_identity');

  return (
    <Stack gap="md">
      {canUpload && <Upload caseId={detail.id} />}
      <Title order={2} size="h4">
        {t('casesWeb.attachments.title')}
      </Title>
      <PartStatus query={attachments}>
        {attachments.data && attachments.data.length === 0 && (
          <EmptyState>{t('casesWeb.attachments.none')}</EmptyState>
        )}
        {attachments.data && attachments.data.length > 0 && (
          <DataTable
            minWidth={640}
            className={classes.table}
            headings={[
              t('casesWeb.attachments.file'),
              t('casesWeb.attachments.kind'),
              t('casesWeb.attachments.size'),
              t('casesWeb.attachments.uploaded'),
            ]}
            rows={attachments.data}
            rowKey={(attachment: AttachmentView) => attachment.id}
            rowTestId="attachment-row"
            cells={(attachment) => (
              <>
                <Table.Td>
                  {canDownload ? (
                    <Anchor href={attachmentUrl(detail.id, attachment.id)} download fw={600} dir="auto">
                      {attachment.fileName ?? t('casesWeb.attachments.download')}
                    </Anchor>
                  ) : (
                    <Text span c="dimmed">
                      {attachment.fileName ?? t('casesWeb.attachments.nameHidden')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`casesWeb.attachments.kinds.${attachment.kind}`)}</Table.Td>
                <Table.Td>
                  <span className={classes.ltr}>{fileSize(attachment.size, locale)}</span>
                </Table.Td>
                <Table.Td>
                  {attachment.uploadedBy.displayName}
                  <Text size="sm" c="dimmed" className={classes.ltr}>
                    {formatDateTime(attachment.uploadedAt, locale)}
                  </Text>
                </Table.Td>
              </>
            )}
          />
        )}
      </PartStatus>
    </Stack>
  );
}

function Upload({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const upload = useUploadAttachment(caseId);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<AttachmentView['kind']>('document');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  // The same limits as the server, checked before a long upload on a slow connection; the server decides.
  const choose = (chosen: File | null) => {
    setDone(false);
    setFile(chosen);
    if (chosen && chosen.size > ATTACHMENT_MAX_BYTES)
      setProblem(t('casesWeb.attachments.tooLarge', { max: MAX_MEGABYTES }));
    else if (chosen?.type && !(attachmentContentTypes as readonly string[]).includes(chosen.type))
      setProblem(t('casesWeb.attachments.wrongType'));
    else setProblem(null);
  };

  const submit = () => {
    if (!file) {
      setProblem(t('casesWeb.attachments.chooseFile'));
      return;
    }
    if (problem) return;
    upload.mutate(
      { file, kind },
      {
        onSuccess: () => {
          setFile(null);
          setDone(true);
        },
      },
    );
  };

  return (
    <PartForm title={t('casesWeb.attachments.upload')} onSubmit={submit}>
      <Text size="sm">{t('casesWeb.attachments.limits', { max: MAX_MEGABYTES })}</Text>
      <Group gap="md" align="flex-start">
        <FileInput
          label={t('casesWeb.attachments.file')}
          placeholder={t('casesWeb.attachments.pick')}
          value={file}
          onChange={choose}
          accept={attachmentContentTypes.join(',')}
          error={problem}
          clearable
          clearButtonProps={{ 'aria-label': t('casesWeb.form.clear') }}
          style={{ flex: '1 1 280px' }}
          size="md"
          classNames={{ input: shared.input }}
          // Mantine's placeholder grey is below 4.5:1 on white.
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        />
        <NativeSelect
          label={t('casesWeb.attachments.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as AttachmentView['kind'])}
          data={attachmentKinds.map((known) => ({
            value: known,
            label: t(`casesWeb.attachments.kinds.${known}`),
          }))}
          size="md"
          classNames={{ input: shared.input }}
        />
      </Group>
      <PartFormFooter
        error={upload.error}
        done={done && t('casesWeb.attachments.uploadedOk')}
        submitLabel={t('casesWeb.attachments.send')}
        pending={upload.isPending}
      />
    </PartForm>
  );
}
