import type { CaseCandidates } from '@lantern/domain';
import { type AddMemberInput, todayInVietNam } from '@lantern/domain';
import { Radio, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { DayInput } from '../cases/DayInput';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { formatDayMonthYear } from '../reference/dates';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useAddMember } from './queries';

/** Adds a survivor, found by case number among the reader's visible cases, or a community member by name. */
export function AddMemberForm({ groupId, onDone }: { groupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddMember(groupId);
  const fields = useFieldErrors(add.error);
  const [kind, setKind] = useState<'survivor' | 'community'>('survivor');
  const [code, setCode] = useState('');
  const [caseId, setCaseId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [joinedOn, setJoinedOn] = useState<string | null>(todayInVietNam());
  const typed = code.trim();
  const candidates = useQuery({
    queryKey: ['groups', 'candidates', groupId, typed],
    queryFn: () =>
      api<CaseCandidates>(
        `/api/groups/${encodeURIComponent(groupId)}/case-candidates?code=${encodeURIComponent(typed)}`,
      ),
    enabled: kind === 'survivor' && typed.length >= 3,
  });

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      caseId: kind === 'survivor' && !caseId ? required : undefined,
      name: kind === 'community' && !name.trim() ? required : undefined,
      joinedOn: joinedOn ? undefined : required,
    });
    if (!ok || !joinedOn) return;
    const input: AddMemberInput =
      kind === 'survivor'
        ? { kind, caseId: caseId as string, joinedOn }
        : { kind, name: name.trim(), joinedOn };
    add.mutate(input, { onSuccess: onDone });
  };

  return (
    <PartForm title={t('groups.members.add')} onSubmit={submit}>
      <Radio.Group
        label={t('groups.members.kindLabel')}
        value={kind}
        onChange={(value) => setKind(value as typeof kind)}
      >
        <Stack gap={6} mt={6}>
          <Radio
            value="survivor"
            label={t('groups.members.kind.survivor')}
            data-testid="member-kind-survivor"
          />
          <Radio
            value="community"
            label={t('groups.members.kind.community')}
            data-testid="member-kind-community"
          />
        </Stack>
      </Radio.Group>
      {kind === 'survivor' ? (
        <Stack gap={6}>
          <TextInput
            label={t('groups.members.searchCase')}
            description={t('groups.members.searchHint')}
            value={code}
            onChange={(event) => {
              setCode(event.currentTarget.value);
              setCaseId(null);
            }}
            error={fields.errorOf('caseId')}
            dir="ltr"
            data-testid="member-case-search"
          />
          {candidates.data?.items.length === 0 && <Text size="sm">{t('groups.members.noCase')}</Text>}
          <Radio.Group value={caseId} onChange={setCaseId} aria-label={t('groups.members.searchCase')}>
            <Stack gap={6}>
              {candidates.data?.items.map((item) => (
                <Radio
                  key={item.id}
                  value={item.id}
                  disabled={item.member}
                  label={
                    <UnstyledButton component="span" dir="ltr">
                      {item.code} · {formatDayMonthYear(item.receivedOn)}
                    </UnstyledButton>
                  }
                  data-testid="member-case-option"
                />
              ))}
            </Stack>
          </Radio.Group>
        </Stack>
      ) : (
        <TextInput label={t('groups.members.name')} required {...fields.textField('name', name, setName)} />
      )}
      <DayInput
        label={t('groups.members.joinedOn')}
        value={joinedOn}
        onChange={setJoinedOn}
        error={fields.errorOf('joinedOn')}
        required
      />
      <PartFormFooter
        error={add.error}
        submitLabel={t('groups.members.save')}
        pending={add.isPending}
        onCancel={onDone}
      />
    </PartForm>
  );
}
