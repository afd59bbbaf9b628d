import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../reference/dates';
import { useCountries } from './queries';

interface Stop {
  country?: string;
  from?: string;
  to?: string;
}

/** Where the person was recruited and exploited, and when they came back, in words. */
export function JourneyText({ journey, none }: { journey: Record<string, unknown>; none: ReactNode }) {
  const { t } = useTranslation();
  const countries = useCountries();
  const name = (code?: string) =>
    code ? (countries.data?.countries.find((country) => country.code === code)?.name ?? code) : '';
  const recruitment = journey.recruitment as Stop | undefined;
  const exploitation = (journey.exploitation as Stop[] | undefined) ?? [];
  const returnedOn = journey.returnedOn as string | undefined;
  const lines: string[] = [];
  if (recruitment?.country)
    lines.push(t('casesWeb.details.recruitedIn', { place: name(recruitment.country) }));
  for (const stop of exploitation) {
    const dates = [stop.from, stop.to]
      .filter(Boolean)
      .map((day) => formatDayMonthYear(day as string))
      .join(' – ');
    lines.push(t('casesWeb.details.exploitedIn', { place: name(stop.country) || '—', dates: dates || '—' }));
  }
  if (returnedOn) lines.push(t('casesWeb.details.returnedOn', { date: formatDayMonthYear(returnedOn) }));
  if (lines.length === 0) return <>{none}</>;
  return (
    <>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
    </>
  );
}
