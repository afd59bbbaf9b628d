import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Grey blocks in the shape of what is loading (a page or one part of it), so the layout does not jump when
 * it arrives; a screen reader hears "loading" once (role="status").
 */
export function LoadingSkeleton({
  blocks,
  maw,
  gap = 'md',
}: {
  /** From the top: each block's height, and its width when it is narrower than the column (a heading). */
  blocks: readonly { height: number; width?: string }[];
  maw?: number;
  gap?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={gap} maw={maw} role="status" aria-label={t('common.loading')}>
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the blocks are fixed per screen and never reorder
        <Skeleton key={index} height={block.height} width={block.width} />
      ))}
    </Stack>
  );
}
