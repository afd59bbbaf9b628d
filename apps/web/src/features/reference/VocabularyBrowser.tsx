import { directionOf, supportedLocales } from '@lantern/domain';
import { Badge, Button, Code, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../lib/session';
import { ButtonLink } from '../shell/links';
import { CodeListSelect } from './CodeListSelect';
import { useVocabularies, useVocabulary } from './queries';
import classes from './reference.module.css';
import type { VocabularyCodeView, VocabularyResponse } from './types';

function NamespaceBadge({ namespace }: { namespace: VocabularyCodeView['namespace'] }) {
  const { t } = useTranslation();
  // Told apart by words as well as by look, never by colour alone.
  if (namespace === 'htcds') {
    return (
      <Badge variant="light" tt="none">
        {t('reference.vocabulary.badgeHtcds')}
      </Badge>
    );
  }
  if (namespace === 'gso') {
    return (
      <Badge variant="light" color="gray" tt="none">
        {t('reference.vocabulary.badgeGso')}
      </Badge>
    );
  }
  if (namespace === 'vn') {
    return (
      <Badge variant="filled" tt="none">
        {t('reference.vocabulary.badgeVn')}
      </Badge>
    );
  }
  return (
    <Badge variant="outline" tt="none">
      {t('reference.vocabulary.badgeLocal')}
    </Badge>
  );
}

function CodeItem({ entry, vocabulary }: { entry: VocabularyCodeView; vocabulary: VocabularyResponse }) {
  const { t, i18n } = useTranslation();
  const others = supportedLocales.filter((locale) => locale !== i18n.language);
  return (
    <Paper component="li" withBorder p="sm" data-testid="vocabulary-code">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600}>{entry.label}</Text>
          <NamespaceBadge namespace={entry.namespace} />
        </Group>
        <Text size="sm">
          {t('reference.vocabulary.code')}: <Code dir="ltr">{entry.code}</Code>
        </Text>
        {entry.description && entry.descriptionLanguage && (
          <Text
            size="sm"
            c="dimmed"
            lang={entry.descriptionLanguage}
            dir={directionOf(entry.descriptionLanguage)}
          >
            {entry.description}
          </Text>
        )}
        {vocabulary.source === 'htcds' && entry.namespace !== 'htcds' && (
          <Text size="sm">
            {entry.exportedAs
              ? t('reference.vocabulary.exportedAs', { code: entry.exportedAs })
              : t('reference.vocabulary.notExported')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {others.map((locale, index) => (
            <span key={locale}>
              {index > 0 && ' · '}
              <bdi>{t(`language.${locale}`)}</bdi>:{' '}
              <bdi lang={locale} dir={directionOf(locale)}>
                {entry.labels[locale]}
              </bdi>
            </span>
          ))}
        </Text>
      </Stack>
    </Paper>
  );
}

/**
 * Read-only view of the controlled vocabularies: each code in the user's language, with its origin. Retired
 * local values are not shown: they are no longer offered.
 */
export function VocabularyBrowser() {
  const { t } = useTranslation();
  const list = useVocabularies();
  const [chosen, setChosen] = useState<string | null>(null);
  const id = chosen ?? list.data?.vocabularies[0]?.id ?? null;
  const vocabulary = useVocabulary(id);
  const data = vocabulary.data;
  // Administrators add local values on their own page; everyone else only reads the lists here.
  const canManage = hasPermission(useSession().data, 'admin.vocabularies.manage');

  if (list.isError) {
    return (
      <Group>
        <Text c="red.8" role="alert">
          {t('reference.loadFailed')}
        </Text>
        <Button variant="default" onClick={() => void list.refetch()}>
          {t('reference.retry')}
        </Button>
      </Group>
    );
  }

  return (
    <Stack gap="md">
      <CodeListSelect
        vocabularies={list.data?.vocabularies}
        value={id}
        onChange={(next) => next && setChosen(next)}
        data-testid="vocabulary-select"
        style={{ maxWidth: 480 }}
      />
      {vocabulary.isError && (
        <Text c="red.8" role="alert">
          {vocabulary.error.message}
        </Text>
      )}
      {!data && !vocabulary.isError && <Skeleton height={160} aria-hidden />}
      {data && (
        <>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" size="lg" tt="none">
              {data.source === 'htcds'
                ? t('reference.vocabulary.sourceHtcds')
                : t('reference.vocabulary.sourceVn')}
            </Badge>
            <Text size="sm">
              {t('reference.vocabulary.count', { count: data.codeCount, extensions: data.extensionCount })}
              {data.localCount > 0 &&
                ` · ${t('reference.vocabulary.countLocal', { local: data.localCount })}`}
            </Text>
            <Text size="sm" c="dimmed">
              {data.multiple ? t('reference.vocabulary.multiple') : t('reference.vocabulary.single')}
            </Text>
          </Group>
          {canManage && (
            <ButtonLink
              to="/admin/vocabularies"
              search={{ id: data.id }}
              variant="light"
              w="fit-content"
              data-testid="vocabulary-manage-local"
            >
              {t('reference.vocabulary.manageLocal')}
            </ButtonLink>
          )}
          <Stack component="ul" gap="xs" className={classes.codeList} aria-label={data.label}>
            {data.codes.map((entry) => (
              <CodeItem key={entry.code} entry={entry} vocabulary={data} />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
