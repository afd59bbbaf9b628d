import { Avatar, Box, Group, Indicator, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifications } from '../../lib/notifications';
import { type Session, useSignOut } from '../../lib/session';
import classes from './AppLayout.module.css';

/**
 * "Nguyễn Thị Lan" → "NL": the given name is last in Vietnamese, so first and last initials read well.
 * Words that do not start with a letter ("(demo)") are left out.
 */
export function initialsOf(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word));
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

export function UserMenu({ session }: { session: Session }) {
  const { t } = useTranslation();
  const signOut = useSignOut();
  const [failed, setFailed] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const { user } = session;
  const notifications = useNotifications(session.stage === 'active');
  const unread = notifications.data?.filter((notification) => !notification.readAt).length ?? 0;
  return (
    <Menu position="bottom-end" width={260} withinPortal opened={opened} onChange={setOpened}>
      <Menu.Target>
        {/* Named by its content, not an aria-label: what a sighted user reads on the button (the name) is
            then exactly what a voice-control user says to press it (WCAG 2.5.3, axe label-content-name-mismatch). */}
        <UnstyledButton className={classes.userButton} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Indicator
              disabled={unread === 0}
              label={<span aria-hidden="true">{unread}</span>}
              size={16}
              color="red"
              offset={4}
            >
              <Avatar size={32} radius="xl" color="lantern" variant="filled" aria-hidden="true">
                {initialsOf(user.displayName)}
              </Avatar>
            </Indicator>
            <Text size="sm" fw={600} visibleFrom="sm" maw={160} truncate="end">
              {user.displayName}
            </Text>
            {/* On a phone only the initials show: the name is read out instead. */}
            <Box hiddenFrom="sm">
              <VisuallyHidden>{t('shell.userMenu.open', { name: user.displayName })}</VisuallyHidden>
            </Box>
            {unread > 0 && (
              <VisuallyHidden>{`. ${t('shell.userMenu.notifications', { count: unread })}`}</VisuallyHidden>
            )}
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {user.agency.name}
          </Text>
        </Menu.Label>
        {session.stage === 'active' && (
          <Menu.Item component={Link} to="/account" mih={44}>
            {t('shell.userMenu.account')}
          </Menu.Item>
        )}
        {unread > 0 && (
          <Menu.Item component={Link} to="/account" hash="notifications" mih={44} fw={600}>
            {t('shell.userMenu.notifications', { count: unread })}
          </Menu.Item>
        )}
        <Menu.Item
          mih={44}
          closeMenuOnClick={false}
          onClick={() => {
            setFailed(null);
            signOut().then(
              () => setOpened(false),
              (error: unknown) => setFailed(error instanceof Error ? error.message : String(error)),
            );
          }}
        >
          {t('shell.userMenu.signOut')}
        </Menu.Item>
        {failed && (
          <Text size="sm" c="red.8" role="alert" px="sm" pb="xs">
            {failed}
          </Text>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
