import ar from './ar.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import accountRecoveryAr from './features/account-recovery.ar.json' with { type: 'json' };
import accountRecoveryEn from './features/account-recovery.en.json' with { type: 'json' };
import accountRecoveryVi from './features/account-recovery.vi.json' with { type: 'json' };
import auditLabelsAr from './features/audit-labels.ar.json' with { type: 'json' };
import auditLabelsEn from './features/audit-labels.en.json' with { type: 'json' };
import auditLabelsVi from './features/audit-labels.vi.json' with { type: 'json' };
import auditTrailAr from './features/audit-trail.ar.json' with { type: 'json' };
import auditTrailEn from './features/audit-trail.en.json' with { type: 'json' };
import auditTrailVi from './features/audit-trail.vi.json' with { type: 'json' };
import caseWorkAr from './features/case-work.ar.json' with { type: 'json' };
import caseWorkEn from './features/case-work.en.json' with { type: 'json' };
import caseWorkVi from './features/case-work.vi.json' with { type: 'json' };
import casesAr from './features/cases.ar.json' with { type: 'json' };
import casesEn from './features/cases.en.json' with { type: 'json' };
import casesVi from './features/cases.vi.json' with { type: 'json' };
import casesWebAr from './features/cases-web.ar.json' with { type: 'json' };
import casesWebEn from './features/cases-web.en.json' with { type: 'json' };
import casesWebVi from './features/cases-web.vi.json' with { type: 'json' };
import consentSharingAr from './features/consent-sharing.ar.json' with { type: 'json' };
import consentSharingEn from './features/consent-sharing.en.json' with { type: 'json' };
import consentSharingVi from './features/consent-sharing.vi.json' with { type: 'json' };
import contactsAr from './features/contacts.ar.json' with { type: 'json' };
import contactsEn from './features/contacts.en.json' with { type: 'json' };
import contactsVi from './features/contacts.vi.json' with { type: 'json' };
import coordinationAr from './features/coordination.ar.json' with { type: 'json' };
import coordinationEn from './features/coordination.en.json' with { type: 'json' };
import coordinationVi from './features/coordination.vi.json' with { type: 'json' };
import customIndicatorsAr from './features/custom-indicators.ar.json' with { type: 'json' };
import customIndicatorsEn from './features/custom-indicators.en.json' with { type: 'json' };
import customIndicatorsVi from './features/custom-indicators.vi.json' with { type: 'json' };
import dashboardAr from './features/dashboard.ar.json' with { type: 'json' };
import dashboardEn from './features/dashboard.en.json' with { type: 'json' };
import dashboardVi from './features/dashboard.vi.json' with { type: 'json' };
import directoryAr from './features/directory.ar.json' with { type: 'json' };
import directoryEn from './features/directory.en.json' with { type: 'json' };
import directoryVi from './features/directory.vi.json' with { type: 'json' };
import directoryWebAr from './features/directory-web.ar.json' with { type: 'json' };
import directoryWebEn from './features/directory-web.en.json' with { type: 'json' };
import directoryWebVi from './features/directory-web.vi.json' with { type: 'json' };
import groupsAr from './features/groups.ar.json' with { type: 'json' };
import groupsEn from './features/groups.en.json' with { type: 'json' };
import groupsVi from './features/groups.vi.json' with { type: 'json' };
import handoffAr from './features/handoff.ar.json' with { type: 'json' };
import handoffEn from './features/handoff.en.json' with { type: 'json' };
import handoffVi from './features/handoff.vi.json' with { type: 'json' };
import holidaysAr from './features/holidays.ar.json' with { type: 'json' };
import holidaysEn from './features/holidays.en.json' with { type: 'json' };
import holidaysVi from './features/holidays.vi.json' with { type: 'json' };
import identityAr from './features/identity.ar.json' with { type: 'json' };
import identityEn from './features/identity.en.json' with { type: 'json' };
import identityVi from './features/identity.vi.json' with { type: 'json' };
import identityEditAr from './features/identity-edit.ar.json' with { type: 'json' };
import identityEditEn from './features/identity-edit.en.json' with { type: 'json' };
import identityEditVi from './features/identity-edit.vi.json' with { type: 'json' };
import indicatorsAr from './features/indicators.ar.json' with { type: 'json' };
import indicatorsEn from './features/indicators.en.json' with { type: 'json' };
import indicatorsVi from './features/indicators.vi.json' with { type: 'json' };
import inputEdgeAr from './features/input-edge.ar.json' with { type: 'json' };
import inputEdgeEn from './features/input-edge.en.json' with { type: 'json' };
import inputEdgeVi from './features/input-edge.vi.json' with { type: 'json' };
import installationAr from './features/installation.ar.json' with { type: 'json' };
import installationEn from './features/installation.en.json' with { type: 'json' };
import installationVi from './features/installation.vi.json' with { type: 'json' };
import networkEdgeAr from './features/network-edge.ar.json' with { type: 'json' };
import networkEdgeEn from './features/network-edge.en.json' with { type: 'json' };
import networkEdgeVi from './features/network-edge.vi.json' with { type: 'json' };
import programmeAr from './features/programme.ar.json' with { type: 'json' };
import programmeEn from './features/programme.en.json' with { type: 'json' };
import programmeVi from './features/programme.vi.json' with { type: 'json' };
import receivingAgenciesAr from './features/receiving-agencies.ar.json' with { type: 'json' };
import receivingAgenciesEn from './features/receiving-agencies.en.json' with { type: 'json' };
import receivingAgenciesVi from './features/receiving-agencies.vi.json' with { type: 'json' };
import referenceAr from './features/reference.ar.json' with { type: 'json' };
import referenceEn from './features/reference.en.json' with { type: 'json' };
import referenceVi from './features/reference.vi.json' with { type: 'json' };
import referralRoutingAr from './features/referral-routing.ar.json' with { type: 'json' };
import referralRoutingEn from './features/referral-routing.en.json' with { type: 'json' };
import referralRoutingVi from './features/referral-routing.vi.json' with { type: 'json' };
import referralsAr from './features/referrals.ar.json' with { type: 'json' };
import referralsEn from './features/referrals.en.json' with { type: 'json' };
import referralsVi from './features/referrals.vi.json' with { type: 'json' };
import referralsWebAr from './features/referrals-web.ar.json' with { type: 'json' };
import referralsWebEn from './features/referrals-web.en.json' with { type: 'json' };
import referralsWebVi from './features/referrals-web.vi.json' with { type: 'json' };
import reintegrationAr from './features/reintegration.ar.json' with { type: 'json' };
import reintegrationEn from './features/reintegration.en.json' with { type: 'json' };
import reintegrationVi from './features/reintegration.vi.json' with { type: 'json' };
import reintegrationPlanAr from './features/reintegration-plan.ar.json' with { type: 'json' };
import reintegrationPlanEn from './features/reintegration-plan.en.json' with { type: 'json' };
import reintegrationPlanVi from './features/reintegration-plan.vi.json' with { type: 'json' };
import reportsAr from './features/reports.ar.json' with { type: 'json' };
import reportsEn from './features/reports.en.json' with { type: 'json' };
import reportsVi from './features/reports.vi.json' with { type: 'json' };
import roughEdgesAr from './features/rough-edges.ar.json' with { type: 'json' };
import roughEdgesEn from './features/rough-edges.en.json' with { type: 'json' };
import roughEdgesVi from './features/rough-edges.vi.json' with { type: 'json' };
import screeningAr from './features/screening.ar.json' with { type: 'json' };
import screeningEn from './features/screening.en.json' with { type: 'json' };
import screeningVi from './features/screening.vi.json' with { type: 'json' };
import screeningWebAr from './features/screening-web.ar.json' with { type: 'json' };
import screeningWebEn from './features/screening-web.en.json' with { type: 'json' };
import screeningWebVi from './features/screening-web.vi.json' with { type: 'json' };
import supportAr from './features/support.ar.json' with { type: 'json' };
import supportEn from './features/support.en.json' with { type: 'json' };
import supportVi from './features/support.vi.json' with { type: 'json' };
import supportGapsAr from './features/support-gaps.ar.json' with { type: 'json' };
import supportGapsEn from './features/support-gaps.en.json' with { type: 'json' };
import supportGapsVi from './features/support-gaps.vi.json' with { type: 'json' };
import survivorVoiceAr from './features/survivor-voice.ar.json' with { type: 'json' };
import survivorVoiceEn from './features/survivor-voice.en.json' with { type: 'json' };
import survivorVoiceVi from './features/survivor-voice.vi.json' with { type: 'json' };
import voiceAr from './features/voice.ar.json' with { type: 'json' };
import voiceEn from './features/voice.en.json' with { type: 'json' };
import voiceVi from './features/voice.vi.json' with { type: 'json' };
import worklistAr from './features/worklist.ar.json' with { type: 'json' };
import worklistEn from './features/worklist.en.json' with { type: 'json' };
import worklistVi from './features/worklist.vi.json' with { type: 'json' };
import { defaultLocale, type Locale } from './locales';
import vi from './vi.json' with { type: 'json' };

export type Catalog = { [key: string]: string | Catalog };

/** Deep-merges feature catalogues into the base one; a feature owns its own top-level sections. */
function merge(...parts: Catalog[]): Catalog {
  const result: Catalog = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = result[key];
      result[key] =
        typeof value === 'object' && typeof existing === 'object'
          ? merge(existing, value)
          : (value as string | Catalog);
    }
  }
  return result;
}

// One catalogue per language, assembled from the base file and one file per feature (features/<name>.<lang>.json).
export const catalogs: Record<Locale, Catalog> = {
  vi: merge(
    vi,
    identityVi,
    casesVi,
    caseWorkVi,
    referenceVi,
    screeningVi,
    screeningWebVi,
    casesWebVi,
    auditTrailVi,
    networkEdgeVi,
    inputEdgeVi,
    installationVi,
    consentSharingVi,
    accountRecoveryVi,
    directoryVi,
    directoryWebVi,
    referralsVi,
    referralsWebVi,
    referralRoutingVi,
    handoffVi,
    worklistVi,
    coordinationVi,
    identityEditVi,
    roughEdgesVi,
    auditLabelsVi,
    receivingAgenciesVi,
    supportVi,
    supportGapsVi,
    reintegrationVi,
    groupsVi,
    reintegrationPlanVi,
    indicatorsVi,
    reportsVi,
    customIndicatorsVi,
    contactsVi,
    dashboardVi,
    programmeVi,
    voiceVi,
    survivorVoiceVi,
    holidaysVi,
  ),
  en: merge(
    en,
    identityEn,
    casesEn,
    caseWorkEn,
    referenceEn,
    screeningEn,
    screeningWebEn,
    casesWebEn,
    auditTrailEn,
    networkEdgeEn,
    inputEdgeEn,
    installationEn,
    consentSharingEn,
    accountRecoveryEn,
    directoryEn,
    directoryWebEn,
    referralsEn,
    referralsWebEn,
    referralRoutingEn,
    handoffEn,
    worklistEn,
    coordinationEn,
    identityEditEn,
    roughEdgesEn,
    auditLabelsEn,
    receivingAgenciesEn,
    supportEn,
    supportGapsEn,
    reintegrationEn,
    groupsEn,
    reintegrationPlanEn,
    indicatorsEn,
    reportsEn,
    customIndicatorsEn,
    contactsEn,
    dashboardEn,
    programmeEn,
    voiceEn,
    survivorVoiceEn,
    holidaysEn,
  ),
  ar: merge(
    ar,
    identityAr,
    casesAr,
    caseWorkAr,
    referenceAr,
    screeningAr,
    screeningWebAr,
    casesWebAr,
    auditTrailAr,
    networkEdgeAr,
    inputEdgeAr,
    installationAr,
    consentSharingAr,
    accountRecoveryAr,
    directoryAr,
    directoryWebAr,
    referralsAr,
    referralsWebAr,
    referralRoutingAr,
    handoffAr,
    worklistAr,
    coordinationAr,
    identityEditAr,
    roughEdgesAr,
    auditLabelsAr,
    receivingAgenciesAr,
    supportAr,
    supportGapsAr,
    reintegrationAr,
    groupsAr,
    reintegrationPlanAr,
    indicatorsAr,
    reportsAr,
    customIndicatorsAr,
    contactsAr,
    dashboardAr,
    programmeAr,
    voiceAr,
    survivorVoiceAr,
    holidaysAr,
  ),
};

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Translates a dotted key with {{name}} interpolation (the same syntax i18next uses in the web app).
 * A key missing in the requested language falls back to Vietnamese, then to the key itself, so a
 * user always sees words, never an empty message.
 */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const template = lookup(catalogs[locale], key) ?? lookup(catalogs[defaultLocale], key) ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Every leaf key of a catalog, dotted. Used by the test that keeps the three languages in step. */
export function catalogKeys(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : catalogKeys(value, `${prefix}${key}.`),
  );
}
