import type { ContactView, RecordContactInput } from '@lantern/domain';
import {
  Button,
  Collapse,
  MultiSelect,
  Paper,
  Stack,
  Switch,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { ChangeError } from '../cases/PartStatus';
import { emptyLocation, LocationPicker, type LocationValue } from '../reference/LocationPicker';
import { useFieldErrors } from '../shared/useFieldErrors';
import { ChoiceCards } from './ChoiceCards';
import classes from './intake.module.css';
import { contactOptions, needOptions } from './labels';
import { useRecordContact } from './queries';

/** The device's local time as a datetime-local value (yyyy-MM-ddTHH:mm). */
const localNow = () => {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

interface Draft {
  channel: string;
  caller: string;
  anonymous: boolean;
  outcome: string;
  contactedAt: string;
  concerns: string[];
  location: LocationValue;
  referredAgencyName: string;
  note: string;
}

const freshDraft = (): Draft => ({
  channel: 'walk_in',
  caller: 'person',
  anonymous: true,
  outcome: 'information_given',
  contactedAt: localNow(),
  concerns: [],
  location: emptyLocation('2025'),
  referredAgencyName: '',
  note: '',
});

const DETAIL_FIELDS = [
  'contactedAt',
  'concerns',
  'provinceCode',
  'communeCode',
  'referredAgencyName',
  'note',
];

function submission(draft: Draft): RecordContactInput {
  return {
    contactedAt: new Date(draft.contactedAt).toISOString(),
    channel: draft.channel as RecordContactInput['channel'],
    caller: draft.caller as RecordContactInput['caller'],
    anonymous: draft.anonymous,
    concerns: draft.concerns,
    outcome: draft.outcome as RecordContactInput['outcome'],
    provinceCode: draft.location.provinceCode,
    communeCode: draft.location.communeCode,
    ...(draft.referredAgencyName.trim() ? { referredAgencyName: draft.referredAgencyName.trim() } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
  };
}

/**
 * A contact in three taps (channel, who, outcome) and a save; the rest waits under "More details". A failed
 * save keeps everything typed and shows the server's words next to the field.
 */
export function ContactForm({ onRecorded }: { onRecorded: (contact: ContactView) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const record = useRecordContact();
  const [draft, setDraft] = useState<Draft>(freshDraft);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const { errorOf, serverError } = useFieldErrors(record.error);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));
  const detailError = DETAIL_FIELDS.some((field) => serverError?.fieldError(field));
  const save = () =>
    record.mutate(submission(draft), {
      onSuccess: (contact) => {
        setDraft(freshDraft());
        setDetailsOpen(false);
        onRecorded(contact);
      },
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="contact-form-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        noValidate
      >
        <Stack gap="lg">
          <Title order={2} size="h3" id="contact-form-title">
            {t('intake.form.title')}
          </Title>
          <ChoiceCards
            name="channel"
            label={t('intake.form.channel')}
            value={draft.channel}
            onChange={set('channel')}
            options={contactOptions('channel', locale)}
            error={errorOf('channel')}
          />
          <ChoiceCards
            name="caller"
            label={t('intake.form.caller')}
            value={draft.caller}
            onChange={set('caller')}
            options={contactOptions('caller', locale)}
            error={errorOf('caller')}
          />
          <Switch
            size="md"
            label={t('intake.form.anonymous')}
            description={t('intake.form.anonymousHelp')}
            checked={draft.anonymous}
            onChange={(event) => set('anonymous')(event.currentTarget.checked)}
          />
          <ChoiceCards
            name="outcome"
            label={t('intake.form.outcome')}
            value={draft.outcome}
            onChange={set('outcome')}
            options={contactOptions('outcome', locale)}
            error={errorOf('outcome')}
          />
          <Button
            variant="subtle"
            onClick={() => setDetailsOpen((open) => !open)}
            aria-expanded={detailsOpen || detailError}
            aria-controls="contact-details"
            style={{ alignSelf: 'flex-start' }}
          >
            {t('intake.form.more')}
          </Button>
          <Collapse expanded={detailsOpen || detailError} id="contact-details">
            <Stack gap="md">
              <TextInput
                type="datetime-local"
                size="md"
                label={t('intake.form.contactedAt')}
                value={draft.contactedAt}
                onChange={(event) => set('contactedAt')(event.currentTarget.value)}
                error={errorOf('contactedAt')}
              />
              <MultiSelect
                size="md"
                label={t('intake.form.concerns')}
                data={needOptions(locale)}
                value={draft.concerns}
                onChange={set('concerns')}
                searchable
                error={errorOf('concerns')}
              />
              <LocationPicker
                value={draft.location}
                onChange={set('location')}
                legend={t('intake.form.province')}
              />
              <TextInput
                size="md"
                label={t('intake.form.referredTo')}
                description={t('intake.form.referredToHelp')}
                value={draft.referredAgencyName}
                maxLength={200}
                onChange={(event) => set('referredAgencyName')(event.currentTarget.value)}
                error={errorOf('referredAgencyName') ?? errorOf('referredAgencyId')}
              />
              <Textarea
                size="md"
                label={t('intake.form.note')}
                description={t('intake.form.noteHelp')}
                value={draft.note}
                maxLength={4000}
                autosize
                minRows={2}
                onChange={(event) => set('note')(event.currentTarget.value)}
                error={errorOf('note')}
              />
            </Stack>
          </Collapse>
          <ChangeError error={record.error} />
          <div className={classes.actionBar}>
            <Button type="submit" size="lg" fullWidth loading={record.isPending}>
              {t('intake.form.save')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
