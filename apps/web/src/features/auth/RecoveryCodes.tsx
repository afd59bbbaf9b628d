import { Alert, Button, Checkbox, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyTextButton } from '../shell/CopyTextButton';
import classes from './auth.module.css';
import { recoveryCodesText } from './codes';

interface RecoveryCodesProps {
  codes: readonly string[];
  onDone: () => Promise<void>;
}

/** The ten recovery codes, shown this once: copy, print or save them, and say so before going on. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState<string | undefined>();
  const text = recoveryCodesText(codes, t('mfa.recovery.fileHeading'));

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'lantern-recovery-codes.txt';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <Stack maw={520} mx="auto" gap="lg">
      <Title order={1}>{t('mfa.recovery.title')}</Title>
      <Text>{t('mfa.recovery.intro')}</Text>
      <Alert color="orange" variant="outline" title={t('mfa.recovery.onceTitle')}>
        {t('mfa.recovery.onceText')}
      </Alert>
      <Paper withBorder p="md">
        <ol className={classes.codes} data-testid="recovery-codes" aria-label={t('mfa.recovery.listLabel')}>
          {codes.map((code) => (
            <li key={code}>
              <Code dir="ltr" translate="no">
                {code}
              </Code>
            </li>
          ))}
        </ol>
      </Paper>
      <Group gap="sm" className={classes.noPrint}>
        <CopyTextButton value={text} label={t('mfa.recovery.copy')} />
        <Button variant="light" onClick={() => window.print()}>
          {t('mfa.recovery.print')}
        </Button>
        <Button variant="light" onClick={download}>
          {t('mfa.recovery.download')}
        </Button>
      </Group>
      <Stack gap="md" className={classes.noPrint}>
        <Checkbox
          size="md"
          label={t('mfa.recovery.savedLabel')}
          checked={saved}
          onChange={(event) => setSaved(event.currentTarget.checked)}
        />
        {failed && (
          <Alert color="red" role="alert">
            {failed}
          </Alert>
        )}
        <Button
          disabled={!saved}
          loading={leaving}
          fullWidth
          onClick={() => {
            setLeaving(true);
            setFailed(undefined);
            onDone().catch((error: unknown) => {
              setLeaving(false);
              setFailed(error instanceof Error ? error.message : String(error));
            });
          }}
        >
          {t('mfa.recovery.continue')}
        </Button>
      </Stack>
    </Stack>
  );
}
