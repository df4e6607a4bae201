import { OSCAL_NS } from '@/schema/oscal-format';
import { decodePropText } from '@/schema/oscal-text';

/** A JSON object as read from a file: any keys, unknown values. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Thrown inside the reader when the document lacks what our export always writes; caught by the importer. */
export class NotOurs extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The objects of a list field, or none when the field is absent. */
export function objectsOf(value: unknown, path: string): JsonObject[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isObject)) throw new NotOurs(path);
  return value;
}

/** An object field that must be there. */
export function objectAt(parent: JsonObject, key: string, path: string): JsonObject {
  const value = parent[key];
  if (!isObject(value)) throw new NotOurs(`${path}.${key}`);
  return value;
}

/** Our props of an object (those in our namespace), in order. */
export interface OurProps {
  /** Every value of a prop, decoded. */
  all(name: string): string[];
  /** The one value of a prop, or undefined when it is absent. */
  optional(name: string): string | undefined;
  /** The one value of a prop, which must be there. */
  required(name: string): string;
  /** The value of a prop with a given class. */
  byClass(name: string, cls: string): string | undefined;
}

/** Reads the props in our namespace of an OSCAL object. */
export function ourProps(owner: JsonObject, path: string): OurProps {
  const props = objectsOf(owner.props, `${path}.props`).filter((p) => p.ns === OSCAL_NS);
  const decoded = props.map((p) => {
    const value = typeof p.value === 'string' ? decodePropText(p.value) : undefined;
    if (typeof p.name !== 'string' || value === undefined) throw new NotOurs(`${path}.props`);
    return { name: p.name, value, cls: typeof p.class === 'string' ? p.class : undefined };
  });
  const all = (name: string) => decoded.filter((p) => p.name === name).map((p) => p.value);
  return {
    all,
    optional: (name) => all(name)[0],
    required: (name) => {
      const [value] = all(name);
      if (value === undefined) throw new NotOurs(`${path}.props[${name}]`);
      return value;
    },
    byClass: (name, cls) => decoded.find((p) => p.name === name && p.cls === cls)?.value,
  };
}
