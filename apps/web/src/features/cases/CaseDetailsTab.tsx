import type { CaseDetail } from '@lantern/domain';
import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useActiveSession } from '../auth/RequireSession';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { Definition, Definitions } from './Definitions';
import { JourneyText } from './JourneyText';
import { mayChange, useVocabularyLabels } from './labels';
import type { CaseForm } from './model';
import { PartFormFooter } from './PartForm';
import { type CaseDetailsChange, useUpdateDetails } from './queries';
import { VocabularyMultiSelect, VocabularySelect } from './VocabularyField';

type Editable = Pick<
  CaseForm,
  | 'subjectCategory'
  | 'exploitationTypes'
  | 'controlMethods'
  | 'recruitmentMethods'
  | 'recruitmentPlatforms'
  | 'relationshipToRecruiter'
>;

function editableOf(detail: CaseDetail): Editable {
  return {
    subjectCategory: detail.subjectCategory,
    exploitationTypes: detail.exploitationTypes,
    controlMethods: detail.controlMethods,
    recruitmentMethods: detail.recruitmentMethods,
    recruitmentPlatforms: detail.recruitmentPlatforms,
    relationshipToRecruiter: detail.relationshipToRecruiter,
  };
}

export function DetailsTab({ detail }: { detail: CaseDetail }) {
  const session = useActiveSession();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const canEdit = mayChange(detail.access, session.user.permissions, 'case.update');
  return editing ? (
    <DetailsForm
      detail={detail}
      onDone={(changed) => {
        setEditing(false);
        setSaved(changed);
      }}
    />
  ) : (
    <DetailsView
      detail={detail}
      saved={saved}
      onEdit={
        canEdit
          ? () => {
              setSaved(false);
              setEditing(true);
            }
          : undefined
      }
    />
  );
}

function DetailsView({
  detail,
  saved,
  onEdit,
}: {
  detail: CaseDetail;
  saved: boolean;
  onEdit?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const labels = {
    intake: useVocabularyLabels('vn-intake-route'),
    subject: useVocabularyLabels('vn-subject-category'),
    exploitation: useVocabularyLabels('exploitation-type'),
    control: useVocabularyLabels('control-method'),
    recruitment: useVocabularyLabels('recruitment-method'),
    platform: useVocabularyLabels('online-platform'),
    relationship: useVocabularyLabels('relationship-to-trafficker'),
  };
  const none = (
    <Text span c="dimmed">
      {t('casesWeb.notRecorded')}
    </Text>
  );
  const list = (codes: readonly string[], label: (code: string) => string) =>
    codes.length > 0 ? formatList(codes.map(label), currentLocale()) : none;
  return (
    <Stack gap="md">
      {saved && (
        <Alert color="teal" role="status">
          {t('casesWeb.details.saved')}
        </Alert>
      )}
      <Definitions testId="case-details">
        <Definition label={t('casesWeb.register.intakeRoute')}>
          {detail.intakeRoute ? labels.intake(detail.intakeRoute) : none}
        </Definition>
        <Definition label={t('casesWeb.register.subjectCategory')}>
          {detail.subjectCategory ? labels.subject(detail.subjectCategory) : none}
        </Definition>
        <Definition label={t('casesWeb.register.exploitationTypes')}>
          {list(detail.exploitationTypes, labels.exploitation)}
        </Definition>
        <Definition label={t('casesWeb.register.controlMethods')}>
          {list(detail.controlMethods, labels.control)}
        </Definition>
        <Definition label={t('casesWeb.register.recruitmentMethods')}>
          {list(detail.recruitmentMethods, labels.recruitment)}
        </Definition>
        <Definition label={t('casesWeb.register.platforms')}>
          {list(detail.recruitmentPlatforms, labels.platform)}
        </Definition>
        <Definition label={t('casesWeb.register.relationship')}>
          {detail.relationshipToRecruiter ? labels.relationship(detail.relationshipToRecruiter) : none}
        </Definition>
        <Definition label={t('casesWeb.register.journey')}>
          <JourneyText journey={detail.journey} none={none} />
        </Definition>
      </Definitions>
      {onEdit && (
        <Group>
          <Button h={44} variant="default" onClick={onEdit}>
            {t('casesWeb.details.edit')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function DetailsForm({ detail, onDone }: { detail: CaseDetail; onDone: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateDetails(detail.id);
  const [initial] = useState(() => editableOf(detail));
  const [form, setForm] = useState(initial);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  useLeaveGuard(dirty && !update.isSuccess);
  const set = (change: Partial<Editable>) => setForm((current) => ({ ...current, ...change }));

  const save = () => {
    const change: CaseDetailsChange = { ...form };
    update.mutate(change, { onSuccess: () => onDone(true) });
  };

  return (
    <Stack
      gap="md"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <VocabularySelect
          vocabulary="vn-subject-category"
          label={t('casesWeb.register.subjectCategory')}
          value={form.subjectCategory}
          onChange={(subjectCategory) => set({ subjectCategory })}
        />
        <VocabularySelect
          vocabulary="relationship-to-trafficker"
          label={t('casesWeb.register.relationship')}
          value={form.relationshipToRecruiter}
          onChange={(relationshipToRecruiter) => set({ relationshipToRecruiter })}
        />
      </SimpleGrid>
      <VocabularyMultiSelect
        vocabulary="exploitation-type"
        label={t('casesWeb.register.exploitationTypes')}
        value={form.exploitationTypes}
        onChange={(exploitationTypes) => set({ exploitationTypes })}
      />
      <VocabularyMultiSelect
        vocabulary="control-method"
        label={t('casesWeb.register.controlMethods')}
        value={form.controlMethods}
        onChange={(controlMethods) => set({ controlMethods })}
      />
      <VocabularyMultiSelect
        vocabulary="recruitment-method"
        label={t('casesWeb.register.recruitmentMethods')}
        value={form.recruitmentMethods}
        onChange={(recruitmentMethods) => set({ recruitmentMethods })}
      />
      <VocabularyMultiSelect
        vocabulary="online-platform"
        label={t('casesWeb.register.platforms')}
        value={form.recruitmentPlatforms}
        onChange={(recruitmentPlatforms) => set({ recruitmentPlatforms })}
      />
      <PartFormFooter
        error={update.error}
        submitLabel={t('common.saveChanges')}
        pending={update.isPending}
        disabled={!dirty}
        onCancel={() => onDone(false)}
      />
    </Stack>
  );
}
