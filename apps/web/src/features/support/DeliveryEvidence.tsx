import { attachmentContentTypes, type DeliveryView } from '@lantern/domain';
import { Anchor, Button, FileInput, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { ChangeError } from '../cases/PartStatus';
import { attachmentUrl, useAttachments, useUploadAttachment } from '../cases/queries';
import { useLinkEvidence, useUnlinkEvidence } from './queries';

/** Money waiting for a decision or approved keeps the evidence the supervisor saw (the server says so too). */
const evidenceLocked = (status: DeliveryView['status']) => status === 'pending' || status === 'approved';

/**
 * A delivery's evidence (a receipt, a signed acknowledgement): documents of the case, uploaded through the
 * case's one attachment path and linked here; a new file is uploaded to the case's documents first, then linked.
 */
export function DeliveryEvidence({
  caseId,
  delivery,
  canChange,
}: {
  caseId: string;
  delivery: DeliveryView;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const attachments = useAttachments(caseId);
  const unlink = useUnlinkEvidence(caseId);
  const canDownload = hasPermission(session, 'case.read_identity');
  const byId = new Map((attachments.data ?? []).map((a) => [a.id, a]));
  const locked = evidenceLocked(delivery.status);
  return (
    <Stack gap={4} data-testid="delivery-evidence">
      <Text size="sm" fw={600}>
        {t('support.evidence.title')}
      </Text>
      {delivery.evidence.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('support.evidence.none')}
        </Text>
      )}
      {delivery.evidence.map((attachmentId) => {
        const name = byId.get(attachmentId)?.fileName ?? t('support.evidence.hidden');
        return (
          <Group key={attachmentId} gap="sm">
            {canDownload ? (
              <Anchor
                href={attachmentUrl(caseId, attachmentId)}
                download
                size="sm"
                dir="auto"
                style={{ overflowWrap: 'anywhere' }}
              >
                {name}
              </Anchor>
            ) : (
              <Text size="sm" dir="auto" style={{ overflowWrap: 'anywhere' }}>
                {name}
              </Text>
            )}
            {canChange && !locked && (
              <Button
                variant="subtle"
                size="compact-sm"
                loading={unlink.isPending}
                onClick={() => unlink.mutate({ deliveryId: delivery.id, attachmentId })}
              >
                {t('support.evidence.remove')}
              </Button>
            )}
          </Group>
        );
      })}
      {canChange && locked && delivery.evidence.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('support.evidence.locked')}
        </Text>
      )}
      <ChangeError error={unlink.error} />
      {canChange && (
        <AddEvidence
          caseId={caseId}
          delivery={delivery}
          choices={(attachments.data ?? []).filter((a) => !delivery.evidence.includes(a.id))}
        />
      )}
    </Stack>
  );
}

function AddEvidence({
  caseId,
  delivery,
  choices,
}: {
  caseId: string;
  delivery: DeliveryView;
  choices: { id: string; fileName: string | null }[];
}) {
  const { t } = useTranslation();
  const link = useLinkEvidence(caseId);
  const upload = useUploadAttachment(caseId);
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  if (!open)
    return (
      <Button variant="default" h={36} w="fit-content" onClick={() => setOpen(true)}>
        {t('support.evidence.add')}
      </Button>
    );
  const done = () => {
    setOpen(false);
    setPicked(null);
    setFile(null);
  };
  const submit = async () => {
    // A new file joins the case's documents through the one upload path, then becomes the evidence.
    const attachmentId = file ? (await upload.mutateAsync({ file, kind: 'document' })).id : picked;
    if (attachmentId) link.mutate({ deliveryId: delivery.id, attachmentId }, { onSuccess: done });
  };
  return (
    <Stack gap="xs">
      {choices.length > 0 && (
        <Select
          label={t('support.evidence.pick')}
          data={choices.map((c) => ({ value: c.id, label: c.fileName ?? t('support.evidence.hidden') }))}
          value={picked}
          onChange={(value) => {
            setPicked(value);
            setFile(null);
          }}
          clearable
          data-testid="evidence-pick"
        />
      )}
      <FileInput
        label={t('support.evidence.upload')}
        value={file}
        onChange={(chosen) => {
          setFile(chosen);
          setPicked(null);
        }}
        accept={attachmentContentTypes.join(',')}
        clearable
        data-testid="evidence-file"
      />
      <Group gap="sm">
        <Button
          h={44}
          disabled={!file && !picked}
          loading={link.isPending || upload.isPending}
          onClick={() => void submit().catch(() => undefined)}
        >
          {t('support.evidence.link')}
        </Button>
        <Button variant="default" h={44} onClick={done}>
          {t('common.cancel')}
        </Button>
      </Group>
      <ChangeError error={upload.error ?? link.error} />
    </Stack>
  );
}
