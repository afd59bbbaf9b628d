import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../../lib/session';

/** "Not you? Sign out" on the pages between password and second factor. */
export function SignOutLink() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="subtle"
      w="fit-content"
      loading={pending}
      onClick={() => {
        setPending(true);
        signOut().finally(() => setPending(false));
      }}
    >
      {t('auth.cancelSignIn')}
    </Button>
  );
}
