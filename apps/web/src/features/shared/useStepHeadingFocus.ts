import { useEffect, useRef } from 'react';

/**
 * In a flow done in steps, each new step's heading takes the focus (and the page scrolls to the top), so a
 * screen reader hears where it is. Not on the first step: opening the page keeps the browser's own focus.
 * `stepKey` changes whenever a different step (or screen) is shown.
 */
export function useStepHeadingFocus(stepKey: string) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [stepKey]);
  return headingRef;
}
