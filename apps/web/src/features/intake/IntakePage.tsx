import type { ContactView } from '@lantern/domain';
import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../lib/session';
import { RequireSession } from '../auth/RequireSession';
import { PageHeader } from '../shared/PageHeader';
import { ButtonLink } from '../shell/links';
import { ContactCounts } from './ContactCounts';
import { ContactForm } from './ContactForm';
import { RecentContacts } from './RecentContacts';

/** The intake screen of a one-stop support office (staff with the one_stop_intake role only). */
export function IntakePage() {
  return (
    <RequireSession anyOf={['contact.record']}>
      <Intake />
    </RequireSession>
  );
}

function Intake() {
  const { t } = useTranslation();
  const session = useSession();
  const [recorded, setRecorded] = useState<ContactView | null>(null);
  const mayScreen = hasPermission(session.data, 'screening.create');
  return (
    <Stack gap="lg" w="100%" maw={1100}>
      <PageHeader title={t('intake.title')} intro={t('intake.intro')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          {recorded ? (
            <Alert color="green" role="status" title={t('intake.next.title')} data-testid="contact-saved">
              <Group gap="sm" mt="xs">
                {mayScreen && (
                  <ButtonLink to="/screenings/new" search={{ contact: recorded.id }} size="md">
                    {t('intake.next.screen')}
                  </ButtonLink>
                )}
                <Button variant="default" size="md" onClick={() => setRecorded(null)}>
                  {t('intake.next.another')}
                </Button>
              </Group>
            </Alert>
          ) : (
            <ContactForm onRecorded={setRecorded} />
          )}
          <RecentContacts />
        </Stack>
        <ContactCounts />
      </SimpleGrid>
    </Stack>
  );
}
