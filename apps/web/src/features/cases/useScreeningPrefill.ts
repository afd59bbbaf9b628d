import type { Instrument } from '@lantern/domain';
import { type Dispatch, type SetStateAction, useEffect, useMemo, useRef } from 'react';
import { useInstrumentDefinitions } from '../screening/queries';
import { type CaseForm, prefillFromScreening, withPrefill } from './model';
import { useScreeningFor } from './queries';

/**
 * A registration opened from a screening: the screening's answers pre-fill the trafficking details, once,
 * without counting as typing (leaving then does not ask). Returns the screening, for the notice that names it.
 */
export function useScreeningPrefill(
  screeningId: string | undefined,
  setForm: Dispatch<SetStateAction<CaseForm>>,
) {
  const screening = useScreeningFor(screeningId);
  const screeningData = screening.data;
  const wanted = useMemo(
    () =>
      (screeningData?.responses ?? []).map((response) => ({
        id: response.instrumentId,
        version: response.instrumentVersion,
      })),
    [screeningData],
  );
  const { definitions, pending: definitionsPending } = useInstrumentDefinitions(wanted);
  const prefilled = useRef(false);
  useEffect(() => {
    if (prefilled.current || !screeningData || definitionsPending) return;
    prefilled.current = true;
    setForm((current) =>
      withPrefill(
        current,
        prefillFromScreening(screeningData, definitions as ReadonlyMap<string, Instrument>),
      ),
    );
  }, [screeningData, definitions, definitionsPending, setForm]);
  return screening;
}
