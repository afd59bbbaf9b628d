import {
  type CaseAction,
  type CaseDetail,
  type ClosureReason,
  closureReasons,
  type TransitionRequest,
  todayInVietNam,
} from '@lantern/domain';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from './DayInput';
import { ChangeError } from './PartStatus';
import { useTransition } from './queries';
import { VocabularySelect } from './VocabularyField';

interface TransitionDialogProps {
  detail: CaseDetail;
  action: CaseAction | null;
  onClose: () => void;
}

const needsDecision = (action: CaseAction | null) => action === 'identify' || action === 'record_not_victim';

/**
 * One step in the life of a case. A decision on victim status says who decided, when and on what legal
 * basis; closing says why; reopening needs words. The server checks the same rules and answers in words.
 */
export function TransitionDialog({ detail, action, onClose }: TransitionDialogProps) {
  return action ? <TransitionForm key={action} detail={detail} action={action} onClose={onClose} /> : null;
}

function TransitionForm({
  detail,
  action,
  onClose,
}: {
  detail: CaseDetail;
  action: CaseAction;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const today = todayInVietNam();
  const transition = useTransition(detail.id);
  const [decidedBy, setDecidedBy] = useState<string | null>(null);
  const [decidedOn, setDecidedOn] = useState<string | null>(today);
  const [legalBasis, setLegalBasis] = useState('');
  const [closureReason, setClosureReason] = useState<ClosureReason | null>(null);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});

  const submit = () => {
    const found: Record<string, string> = {};
    if (needsDecision(action)) {
      if (!decidedBy) found.decidedBy = t('casesWeb.transition.decidedByRequired');
      if (!decidedOn) found.decidedOn = t('casesWeb.transition.decidedOnRequired');
      else if (decidedOn > today) found.decidedOn = t('casesWeb.register.errors.future');
      if (legalBasis.trim().length < 3) found.legalBasis = t('casesWeb.transition.legalBasisRequired');
    }
    if (action === 'close' && !closureReason) found.closureReason = t('casesWeb.transition.closureRequired');
    if (action === 'reopen' && !reason.trim()) found.reason = t('casesWeb.transition.reasonRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const request: TransitionRequest = {
      action,
      ...(needsDecision(action) && decidedBy && decidedOn
        ? { decision: { decidedBy, decidedOn, legalBasis: legalBasis.trim() } }
        : {}),
      ...(action === 'close' && closureReason ? { closureReason } : {}),
      ...(reason.trim() ? { reason: reason.trim() } : {}),
    };
    transition.mutate(request, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`case.action.${action}`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <Stack gap="md">
        <Text>{t(`casesWeb.transition.explain.${action}`)}</Text>
        {needsDecision(action) && (
          <>
            <VocabularySelect
              vocabulary="status-deciding-organisation"
              label={t('casesWeb.transition.decidedBy')}
              value={decidedBy}
              onChange={setDecidedBy}
              error={problems.decidedBy}
              required
              testId="transition-decided-by"
            />
            <DayInput
              label={t('casesWeb.transition.decidedOn')}
              value={decidedOn}
              onChange={setDecidedOn}
              error={problems.decidedOn}
              required
            />
            <Textarea
              label={t('casesWeb.transition.legalBasis')}
              description={t('casesWeb.transition.legalBasisHelp')}
              value={legalBasis}
              onChange={(event) => setLegalBasis(event.currentTarget.value)}
              error={problems.legalBasis}
              autosize
              minRows={2}
              required
            />
          </>
        )}
        {action === 'close' && (
          <Radio.Group
            label={t('casesWeb.transition.closureReason')}
            value={closureReason ?? ''}
            onChange={(value) => setClosureReason(value as ClosureReason)}
            error={problems.closureReason}
            required
          >
            <Stack gap="xs" mt={6}>
              {closureReasons.map((known) => (
                <Radio key={known} value={known} label={t(`case.closureReason.${known}`)} size="md" />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Textarea
          label={action === 'reopen' ? t('casesWeb.transition.reopenReason') : t('casesWeb.transition.note')}
          description={action === 'reopen' ? undefined : t('casesWeb.transition.noteHelp')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={problems.reason}
          autosize
          minRows={2}
          required={action === 'reopen'}
          maxLength={1000}
        />
        <ChangeError error={transition.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={transition.isPending} onClick={submit} data-testid="transition-confirm">
            {t(`case.action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
