import { OSCAL_NS } from '@/schema/oscal-format';
import { encodePropText } from '@/schema/oscal-text';

/** An OSCAL prop in our namespace. */
export interface OscalProp {
  readonly name: string;
  readonly ns: string;
  readonly value: string;
  readonly class?: string;
}

/** A prop of a closed value (an id of ours, a catalogue value). */
export function prop(name: string, value: string, cls?: string): OscalProp {
  return cls === undefined
    ? { name, ns: OSCAL_NS, value }
    : { name, ns: OSCAL_NS, value, class: cls };
}

/** A prop of a user's text or id, encoded so it comes back exactly. */
export function textProp(name: string, text: string, cls?: string): OscalProp {
  return prop(name, encodePropText(text), cls);
}

/** A prop only when the value is set. */
export function optionalTextProp(name: string, text: string | null | undefined): OscalProp[] {
  return text === null || text === undefined ? [] : [textProp(name, text)];
}

/** The field only when the list has items: OSCAL arrays may not be empty. */
export function nonEmpty<K extends string, T>(
  key: K,
  items: readonly T[],
): Partial<Record<K, T[]>> {
  return items.length > 0 ? ({ [key]: [...items] } as Partial<Record<K, T[]>>) : {};
}
