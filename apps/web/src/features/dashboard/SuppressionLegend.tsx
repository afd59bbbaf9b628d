import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What "<k" means, beside every figure that may carry it. National figures always show it (any cell may be
 * hidden); own-scope figures say they are complete instead.
 */
export function SuppressionLegend({ applied, k }: { applied: boolean; k: number }) {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color={applied ? 'yellow' : 'gray'}
      c={applied ? '#4a3000' : undefined}
      p="xs"
      data-testid="suppression-legend"
    >
      {applied ? (
        <>
          {/* The mark in its own left-to-right box: inside Arabic text "<11" would otherwise read "11>". */}
          <b dir="ltr" style={{ unicodeBidi: 'isolate' }}>{`<${k}`}</b>
          {` = ${t('dashboard.suppression.legend', { k })}`}
        </>
      ) : (
        t('dashboard.suppression.none')
      )}
    </Alert>
  );
}
