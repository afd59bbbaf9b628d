import type { ContactView } from '@lantern/domain';
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission, useSession } from '../../lib/session';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { AnchorLink } from '../shell/links';
import { contactLabel, needLabel } from './labels';
import { useRecentContacts } from './queries';

function ContactLine({ contact, mayScreen }: { contact: ContactView; mayScreen: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const referredTo = contact.referredAgency?.name ?? contact.referredAgencyName;
  return (
    <Paper component="li" withBorder p="sm" data-testid="contact">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{contactLabel('channel', contact.channel, locale)}</Text>
          <Text size="sm" c="dimmed" dir="ltr">
            {formatDateTime(contact.contactedAt, locale)}
          </Text>
        </Group>
        <Group gap={6}>
          <Badge variant="light" color="gray">
            {contactLabel('caller', contact.caller, locale)}
          </Badge>
          <Badge variant="light">{contactLabel('outcome', contact.outcome, locale)}</Badge>
          <Badge variant="outline" color="gray">
            {t(contact.anonymous ? 'intake.recent.anonymous' : 'intake.recent.identified')}
          </Badge>
          {contact.hasNote && (
            <Badge variant="outline" color="gray">
              {t('intake.recent.hasNote')}
            </Badge>
          )}
        </Group>
        {contact.concerns.length > 0 && (
          <Text size="sm">{contact.concerns.map((id) => needLabel(id, locale)).join(', ')}</Text>
        )}
        {referredTo && <Text size="sm">{t('intake.recent.referredTo', { agency: referredTo })}</Text>}
        {contact.screeningId ? (
          <AnchorLink to="/screenings/$id" params={{ id: contact.screeningId }} size="sm">
            {t('intake.recent.openScreening')}
          </AnchorLink>
        ) : (
          mayScreen && (
            <AnchorLink to="/screenings/new" search={{ contact: contact.id }} size="sm">
              {t('intake.recent.startScreening')}
            </AnchorLink>
          )
        )}
      </Stack>
    </Paper>
  );
}

/** The office's last contacts, each with the next step it may take: a screening, or the one it led to. */
export function RecentContacts() {
  const { t } = useTranslation();
  const session = useSession();
  const contacts = useRecentContacts();
  const mayScreen = hasPermission(session.data, 'screening.create');
  return (
    <Stack gap="sm" component="section" aria-labelledby="recent-contacts-title">
      <Title order={2} size="h3" id="recent-contacts-title">
        {t('intake.recent.title')}
      </Title>
      {contacts.isPending && <LoadingSkeleton gap="sm" blocks={[{ height: 80 }, { height: 80 }]} />}
      {contacts.isError && (
        <LoadFailed message={contacts.error.message} onRetry={() => void contacts.refetch()} />
      )}
      {contacts.data?.items.length === 0 && <Text c="dimmed">{t('intake.recent.empty')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {contacts.data?.items.map((contact) => (
          <ContactLine key={contact.id} contact={contact} mayScreen={mayScreen} />
        ))}
      </Stack>
    </Stack>
  );
}
