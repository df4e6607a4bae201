import { type ReactNode, useId, useState } from 'react';
import './disclosure.css';

interface DisclosureProps {
  /** The visible name of the section, which is also the button's name. */
  readonly title: string;
  /** Heading level of the title, so the section sits right in the page outline. */
  readonly level?: 2 | 3 | 4;
  readonly defaultOpen?: boolean;
  readonly children: ReactNode;
}

/**
 * A section that opens and closes: a heading holding a button with `aria-expanded` (the WAI-ARIA
 * disclosure pattern). Chosen over <details> because a heading inside <summary> loses its role in
 * some screen readers, while here the section stays reachable by heading navigation.
 */
export function Disclosure({ title, level = 3, defaultOpen = false, children }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const contentId = useId();
  const Heading = `h${level}` as const;
  return (
    <div className="disclosure">
      <Heading className="disclosure-heading">
        <button
          type="button"
          className="disclosure-button"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((was) => !was)}
        >
          <svg
            className="disclosure-chevron"
            width="16"
            height="16"
            viewBox="0 0 16 16"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span>{title}</span>
        </button>
      </Heading>
      <div id={contentId} className="disclosure-content" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
