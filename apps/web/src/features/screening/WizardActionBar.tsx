import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import classes from './screening.module.css';

interface WizardActionBarProps {
  declined: boolean;
  first: boolean;
  last: boolean;
  submitting: boolean;
  /** Consent is given and the step's questions have arrived. */
  canGoOn: boolean;
  onReconsider: () => void;
  onFinishDeclined: () => void;
  onBack: () => void;
  onNext: () => void;
  onSubmit: () => void;
}

/** The sticky bar under the thumb: back and next, submit on the last step, finish when the person declined. */
export function WizardActionBar({
  declined,
  first,
  last,
  submitting,
  canGoOn,
  onReconsider,
  onFinishDeclined,
  onBack,
  onNext,
  onSubmit,
}: WizardActionBarProps) {
  const { t } = useTranslation();
  return (
    <div className={`${shared.actionBar} ${classes.noPrint}`}>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        {declined ? (
          <>
            <Button variant="default" className={classes.actionButton} onClick={onReconsider}>
              {t('screeningWeb.wizard.back')}
            </Button>
            <Button className={classes.actionButton} onClick={onFinishDeclined}>
              {t('screeningWeb.declined.finish')}
            </Button>
          </>
        ) : (
          <>
            <Button
              variant="default"
              className={classes.actionButton}
              onClick={onBack}
              disabled={first || submitting}
            >
              {t('screeningWeb.wizard.back')}
            </Button>
            {last ? (
              <Button className={classes.actionButton} onClick={onSubmit} loading={submitting}>
                {t('screeningWeb.wizard.submit')}
              </Button>
            ) : (
              <Button className={classes.actionButton} onClick={onNext} disabled={!canGoOn}>
                {t('screeningWeb.wizard.next')}
              </Button>
            )}
          </>
        )}
      </Group>
    </div>
  );
}
