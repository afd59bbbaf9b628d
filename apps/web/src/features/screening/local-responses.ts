import { type Instrument, type InstrumentSummary, type Locale, scoreScreening } from '@lantern/domain';
import { type ScreeningDraft, screeningSubmission } from './model';
import { type ExplainedResponse, explainResponses } from './ResultExplanation';

/** The answers scored on this device, to show while a screening waits for a connection. */
export function localResponses(
  draft: ScreeningDraft,
  definitions: ReadonlyMap<string, Instrument>,
  summaries: readonly InstrumentSummary[],
  locale: Locale,
): ExplainedResponse[] {
  const submission = screeningSubmission(draft, definitions);
  return explainResponses(
    submission.responses.map((response) => {
      const instrument = definitions.get(response.instrumentId) ?? null;
      let result = null;
      try {
        result = instrument ? scoreScreening(instrument, response.answers) : null;
      } catch {
        // The server will say what is wrong; the local preview is only a courtesy.
      }
      return {
        instrumentId: response.instrumentId,
        instrument,
        summary: summaries.find(
          (s) => s.id === response.instrumentId && s.version === response.instrumentVersion,
        ),
        result,
      };
    }),
    locale,
  );
}
