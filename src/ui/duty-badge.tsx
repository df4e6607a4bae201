import './duty-badge.css';

/** The letter mark of a duty, so a cell reads without colour. */
export function DutyBadge({ duty, letter }: { duty: 'owner' | 'supporter'; letter: string }) {
  return (
    <span className={`duty-badge duty-badge-${duty}`} aria-hidden="true">
      {letter}
    </span>
  );
}
