/** The three states a status icon can show. */
export type StatusTone = 'pass' | 'warning' | 'error';

interface StatusIconProps {
  readonly tone: StatusTone;
  /** Edge length in CSS pixels. */
  readonly size?: number;
}

/**
 * A decorative state mark that differs in shape as well as colour (circle with a tick, triangle with
 * a bang, square with a cross), so it still reads in greyscale; always pair it with text.
 */
export function StatusIcon({ tone, size = 18 }: StatusIconProps) {
  return (
    <svg
      className={`status-icon status-icon-${tone}`}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      {tone === 'pass' ? (
        <>
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <path d="M5.5 10.5l3 3 6-7" fill="none" className="status-icon-mark" strokeWidth="2.2" />
        </>
      ) : null}
      {tone === 'warning' ? (
        <>
          <path d="M10 1.5L19 18H1z" fill="currentColor" />
          <path d="M10 7v5.5M10 14.5v1.8" className="status-icon-mark" strokeWidth="2.2" />
        </>
      ) : null}
      {tone === 'error' ? (
        <>
          <rect x="1.5" y="1.5" width="17" height="17" rx="3" fill="currentColor" />
          <path d="M6.5 6.5l7 7M13.5 6.5l-7 7" className="status-icon-mark" strokeWidth="2.2" />
        </>
      ) : null}
    </svg>
  );
}
