import type { Role } from '@/model/roles';

/** The big picture of the current scenario, or a small multiple of the shift view. */
export type StackVariant = 'full' | 'compact';

/** A line under a layer's name: its position, a coverage warning, or the changed mark. */
export interface LabelLine {
  readonly kind: 'hint' | 'warning' | 'changed';
  readonly text: string;
}

/** The words of one band, already translated; the layout only places them. */
export interface BandText {
  readonly id: string;
  readonly name: string;
  readonly label: readonly LabelLine[];
  /** Owners side by side; a part without a role stands for a layer nobody owns. */
  readonly parts: readonly {
    readonly role: Role | null;
    readonly title: string;
    readonly detail: string;
  }[];
  readonly supporters: readonly { readonly role: Role; readonly text: string }[];
  readonly changed: boolean;
  readonly boundary: boolean;
}

/** What a line of text is, which sets its size and weight. */
export type TextKind = 'name' | LabelLine['kind'] | 'title' | 'detail' | 'pill';

/** One line of text at its baseline. */
export interface TextRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly kind: TextKind;
}

/** A rectangle in the picture's user units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An owner's part of a band: a patterned swatch with the role's letter, then its words. */
export interface PartGeometry extends Box {
  readonly role: Role | null;
  readonly swatch: Box;
  readonly runs: readonly TextRun[];
}

/** A supporter's tag under the owners: a small patterned mark, then its words. */
export interface PillGeometry extends Box {
  readonly role: Role;
  readonly mark: { readonly cx: number; readonly cy: number; readonly r: number };
  readonly strip: Box;
  readonly runs: readonly TextRun[];
}

/** One placed band. */
export interface BandGeometry extends Box {
  readonly id: string;
  readonly changed: boolean;
  readonly boundary: boolean;
  readonly runs: readonly TextRun[];
  readonly parts: readonly PartGeometry[];
  readonly pills: readonly PillGeometry[];
}

/** A whole stack, ready to draw. */
export interface StackGeometry {
  readonly width: number;
  readonly height: number;
  readonly bands: readonly BandGeometry[];
}
