import { type GroupMember, isMemberOn, todayInVietNam } from '@lantern/domain';
import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../cases/DayInput';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { VocabularyMultiSelect } from '../cases/VocabularyField';
import { useFieldErrors } from '../shared/useFieldErrors';
import { parseDong } from '../support/money';
import { memberLabel } from './MemberList';
import { useRecordMeeting } from './queries';

/** A meeting with who came: ticking a member counts them, and the count may be higher (guests, unlisted). */
export function MeetingForm({
  groupId,
  members,
  onDone,
}: {
  groupId: string;
  members: GroupMember[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordMeeting(groupId);
  const fields = useFieldErrors(record.error);
  const [heldOn, setHeldOn] = useState<string | null>(todayInVietNam());
  const [topic, setTopic] = useState('');
  const [activities, setActivities] = useState<string[]>([]);
  const [present, setPresent] = useState<string[]>([]);
  const [count, setCount] = useState('');
  const [savings, setSavings] = useState('');
  const [businesses, setBusinesses] = useState('');
  const eligible = members.filter((member) => heldOn && isMemberOn(member, heldOn));
  const attendedCount = count.trim() === '' ? present.length : (parseDong(count) ?? -1);

  const choose = (next: string[]) => {
    setPresent(next);
    if (count.trim() !== '' && (parseDong(count) ?? 0) < next.length) setCount(String(next.length));
  };

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      heldOn: heldOn ? undefined : required,
      topic: topic.trim() ? undefined : required,
      activities: activities.length > 0 ? undefined : required,
    });
    if (!ok || !heldOn) return;
    record.mutate(
      {
        heldOn,
        topic: topic.trim(),
        activities,
        attendedCount,
        attendeeIds: present.filter((id) => eligible.some((member) => member.id === id)),
        savingsVnd: savings.trim() === '' ? 0 : (parseDong(savings) ?? -1),
        businessStarts: businesses.trim() === '' ? 0 : (parseDong(businesses) ?? -1),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <PartForm title={t('groups.meetings.record')} onSubmit={submit}>
      <DayInput
        label={t('groups.meetings.heldOn')}
        value={heldOn}
        onChange={setHeldOn}
        error={fields.errorOf('heldOn')}
        required
        testId="meeting-date"
      />
      <TextInput
        label={t('groups.meetings.topic')}
        required
        {...fields.textField('topic', topic, setTopic)}
        data-testid="meeting-topic"
      />
      <VocabularyMultiSelect
        vocabulary="vn-group-activity"
        label={t('groups.meetings.activities')}
        value={activities}
        onChange={setActivities}
        error={fields.errorOf('activities') ?? fields.errorOf('activities.0')}
        required
        testId="meeting-activities"
      />
      {eligible.length > 0 && (
        <Checkbox.Group label={t('groups.meetings.who')} value={present} onChange={choose}>
          <Stack gap={6} mt={6}>
            {eligible.map((member) => (
              <Checkbox
                key={member.id}
                value={member.id}
                label={memberLabel(t, member)}
                data-testid="meeting-attendee"
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <TextInput
        label={t('groups.meetings.attendedCount')}
        inputMode="numeric"
        placeholder={String(present.length)}
        {...fields.textField('attendedCount', count, setCount)}
        dir="ltr"
        data-testid="meeting-count"
      />
      <TextInput
        label={t('groups.meetings.savings')}
        inputMode="numeric"
        {...fields.textField('savingsVnd', savings, setSavings)}
        dir="ltr"
        data-testid="meeting-savings"
      />
      <TextInput
        label={t('groups.meetings.businesses')}
        inputMode="numeric"
        {...fields.textField('businessStarts', businesses, setBusinesses)}
        dir="ltr"
      />
      <PartFormFooter
        error={record.error}
        submitLabel={t('groups.meetings.save')}
        pending={record.isPending}
        onCancel={onDone}
      />
    </PartForm>
  );
}
