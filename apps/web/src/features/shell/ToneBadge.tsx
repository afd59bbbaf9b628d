import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

export type Tone = 'positive' | 'warning' | 'negative' | 'neutral' | 'info';

// Mantine's light badges draw text in shade 6, below 4.5:1 for teal and orange; these darker texts stay
// above 4.5:1 on the tinted background, also on a striped table row.
const tones: Record<Tone, { color: string; text: string }> = {
  positive: { color: 'teal', text: '#075e46' },
  warning: { color: 'yellow', text: '#4a3000' },
  negative: { color: 'red', text: '#9b1c1c' },
  neutral: { color: 'gray', text: '#212529' },
  info: { color: 'lantern', text: '#0f3a63' },
};

/** A state in words, tinted to help the eye but never relying on the colour (ui.md). */
export function ToneBadge({ tone, children, ...props }: { tone: Tone; children: ReactNode } & BadgeProps) {
  const { color, text } = tones[tone];
  return (
    <Badge
      variant="light"
      color={color}
      c={text}
      tt="none"
      size="lg"
      // Long states ("Two-step verification not set up") wrap instead of being cut off.
      fw={600}
      styles={{
        root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 2 },
        label: { whiteSpace: 'normal' },
      }}
      {...props}
    >
      {children}
    </Badge>
  );
}
