import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The status filter of the administrators' lists: active first (what an administrator looks after), then
 * disabled, then all; a list may add its own choices after "active" (users without a second factor).
 */
export function StatusFilterSelect<Status extends string>({
  value,
  onChange,
  extra = [],
}: {
  value: Status;
  onChange: (status: Status) => void;
  extra?: ReadonlyArray<{ value: Status; label: string }>;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('admin.status.label')}
      size="md"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as Status)}
      data={[
        { value: 'active', label: t('admin.status.active') },
        ...extra,
        { value: 'disabled', label: t('admin.status.disabled') },
        { value: 'all', label: t('admin.status.all') },
      ]}
    />
  );
}
