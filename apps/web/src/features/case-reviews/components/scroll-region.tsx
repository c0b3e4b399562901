import type { ReactNode } from 'react';

/**
 * A table wider than the screen scrolls inside this region, which takes keyboard focus itself when
 * the table has no links or fields (else a keyboard could not scroll it, WCAG 2.1.1). The table
 * inside sets `style={{ minWidth: 'max-content' }}` instead of its own scroll.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region without links or fields must take focus itself, or a keyboard cannot scroll it (WCAG 2.1.1)
    <section aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </section>
  );
}
