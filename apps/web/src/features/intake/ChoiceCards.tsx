import { Radio, SimpleGrid, Text } from '@mantine/core';
import classes from './intake.module.css';

/** One tap among a few options: large radio cards with a visible legend and the field's error under it. */
export function ChoiceCards({
  name,
  label,
  value,
  onChange,
  options,
  error,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
}) {
  return (
    <Radio.Group name={name} label={label} value={value} onChange={onChange} error={error}>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt="xs">
        {options.map((option) => (
          <Radio.Card key={option.value} value={option.value} className={classes.choice}>
            <Radio.Indicator />
            <Text span className={classes.choiceLabel}>
              {option.label}
            </Text>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
