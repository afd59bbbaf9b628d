import { describe, expect, it } from 'vitest';
import { indicatorEvents, indicatorFilters, indicatorSubjects } from '../indicators/definition';
import ar from './features/custom-indicators.ar.json' with { type: 'json' };
import en from './features/custom-indicators.en.json' with { type: 'json' };
import vi from './features/custom-indicators.vi.json' with { type: 'json' };

// The indicator composer names every subject, filter and date it offers; a subject added to the engine without
// its labels would show the administrator a raw code.
describe('indicator composer labels', () => {
  it.each([
    ['vi', vi],
    ['en', en],
    ['ar', ar],
  ])('names every subject, filter and date in %s', (_locale, file) => {
    const labels = file.indicatorAdmin as unknown as Record<string, Record<string, string>>;
    for (const subject of indicatorSubjects) {
      expect(labels.subjects?.[subject], subject).toBeTruthy();
      for (const filter of indicatorFilters[subject])
        expect(labels.filterNames?.[filter], filter).toBeTruthy();
      for (const event of indicatorEvents[subject]) expect(labels.events?.[event], event).toBeTruthy();
    }
  });
});
