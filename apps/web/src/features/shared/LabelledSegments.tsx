import { SegmentedControl, type SegmentedControlProps, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import classes from './labelled-segments.module.css';

/**
 * A choice among a few options shown side by side, with a visible label above that names it for screen
 * readers too (a SegmentedControl has no label of its own).
 */
export function LabelledSegments<T extends string>({
  label,
  value,
  onChange,
  data,
  ...props
}: Omit<
  SegmentedControlProps,
  'value' | 'onChange' | 'data' | 'aria-labelledby' | 'fullWidth' | 'classNames'
> & {
  label: string;
  value: T;
  onChange: (value: T) => void;
  data: readonly { value: T; label: string }[];
}) {
  const labelId = useId();
  return (
    <Stack gap={6}>
      <Text component="span" fw={500} size="sm" id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        {...props}
        aria-labelledby={labelId}
        value={value}
        onChange={(next) => onChange(next as T)}
        data={[...data]}
        fullWidth
        classNames={{ control: classes.control, label: classes.label }}
      />
    </Stack>
  );
}
