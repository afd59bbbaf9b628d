import { type CaseDetail, type CaseSupport, scheduleOn } from '@lantern/domain';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useActiveSession } from '../auth/RequireSession';
import { mayChange, useVocabularyLabels } from '../cases/labels';
import { PartStatus } from '../cases/PartStatus';
import { ToneBadge } from '../shell/ToneBadge';
import { DeliveryPanel } from './DeliveryPanel';
import { PlanPanel } from './PlanPanel';
import { useCaseSupport } from './queries';

/**
 * The case's support: what the person is entitled to today under the Law with what was delivered, the plans and
 * the support given. The owning agency's case and support workers plan, record and ask for approval.
 */
export function SupportTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const support = useCaseSupport(detail.id);
  const canChange = mayChange(detail.access, session.user.permissions, 'case.update', 'support.manage');
  // An agency the case was referred to records the services it is responsible for (the server decides which).
  const referred =
    detail.access === 'referral' &&
    ['case.update', 'support.manage'].some((p) => session.user.permissions.includes(p));
  return (
    <PartStatus query={support}>
      {support.data && (
        <Stack gap="lg">
          <Entitlements support={support.data} />
          <PlanPanel caseId={detail.id} support={support.data} canChange={canChange} />
          {referred && <Text c="dimmed">{t('support.responsible.onlyYours')}</Text>}
          <DeliveryPanel
            caseId={detail.id}
            support={support.data}
            canChange={canChange}
            canRecord={canChange || (referred && support.data.plans.length > 0)}
          />
        </Stack>
      )}
    </PartStatus>
  );
}

function Entitlements({ support }: { support: CaseSupport }) {
  const { t } = useTranslation();
  const regimeLabel = useVocabularyLabels('vn-support-regime');
  const locale = currentLocale();
  const intro = !support.subjectCategory
    ? t('support.entitlements.noCategory')
    : support.legalSource
      ? t('support.entitlements.intro', {
          source: scheduleOn(support.today)?.sourceLabels[locale] ?? support.legalSource,
        })
      : t('support.entitlements.noSchedule');
  return (
    <Stack gap="sm" component="section" aria-labelledby="support-entitlements">
      <Title order={2} size="h4" id="support-entitlements">
        {t('support.entitlements.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} data-testid="entitlements">
        {support.entitlements.map((entitlement) => (
          <Paper component="li" key={entitlement.regime} withBorder p="sm" data-testid="entitlement">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Stack gap={2} style={{ flex: '1 1 200px' }}>
                <Text fw={600}>{regimeLabel(entitlement.regime)}</Text>
                {entitlement.conditional && (
                  <Text size="sm" c="dimmed">
                    {t('support.entitlements.conditional')}
                  </Text>
                )}
                {entitlement.rate && (
                  <Text size="sm">
                    {entitlement.rate.amountVnd !== null &&
                      t('support.entitlements.rate', {
                        amount: formatVnd(entitlement.rate.amountVnd, locale),
                      })}
                    {entitlement.rate.amountVnd !== null && entitlement.rate.ceilingVnd !== null && ' · '}
                    {entitlement.rate.ceilingVnd !== null &&
                      t('support.entitlements.ceiling', {
                        amount: formatVnd(entitlement.rate.ceilingVnd, locale),
                      })}
                    {entitlement.rate.example && ` (${t('support.entitlements.example')})`}
                  </Text>
                )}
              </Stack>
              <Stack gap={2} align="flex-end">
                {entitlement.deliveredCount === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('support.entitlements.deliveredNone')}
                  </Text>
                ) : (
                  <>
                    {entitlement.deliveredVnd > 0 && (
                      <ToneBadge tone="positive" size="md">
                        {t('support.entitlements.delivered', {
                          amount: formatVnd(entitlement.deliveredVnd, locale),
                        })}
                      </ToneBadge>
                    )}
                    <Text size="sm">
                      {t('support.entitlements.deliveredCount', { n: entitlement.deliveredCount })}
                    </Text>
                  </>
                )}
              </Stack>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
