import type { ReactNode } from 'react';
import classes from './cases.module.css';

/** Label–value pairs, as a description list (read as such by screen readers). */
export function Definitions({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <dl className={classes.definition} data-testid={testId}>
      {children}
    </dl>
  );
}

export function Definition({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'contents' }}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
