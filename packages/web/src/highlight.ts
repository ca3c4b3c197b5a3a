/**
 * @module highlight
 * Cuts a document's text into segments for the reader: every boundary of every mention span starts
 * a new segment, and each segment knows all the marks (time, place, actor, trigger, evidence) that
 * cover it, so overlapping and nested spans render as nested highlights without losing characters.
 * Also finds the invisible characters (bidi controls, zero-width spaces) that the reader shows
 * as visible badges instead of letting them reorder or hide text.
 */

/** What a highlighted span is. `evidence` is the selected event's sentence(s). */
export type MarkKind = 'time' | 'place' | 'actor' | 'trigger' | 'evidence';

/** A span to highlight; `span` is half-open UTF-16 offsets into the text (shared/CONTRACT.md). */
export interface Mark {
  kind: MarkKind;
  /** Mention or event id, for the hover card and for selecting. */
  id: string;
  span: [number, number];
}

/** A run of text `[start, end)` and the marks covering all of it. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/** The result of segmenting: the segments, and marks that could not be placed (with the reason). */
export interface Segmentation {
  segments: Segment[];
  dropped: { mark: Mark; reason: string }[];
}

/** Drawing order: wider marks first so narrower ones nest inside them. */
const KIND_ORDER: Record<MarkKind, number> = { evidence: 0, place: 1, actor: 2, time: 3, trigger: 4 };

/**
 * Partitions `[0, length)` into segments at every mark boundary. Segments cover the text exactly,
 * in order, with no gaps, so concatenating `text.slice(s.start, s.end)` rebuilds the text.
 * Marks outside the text or empty are dropped and reported, never thrown: a stale result
 * must not make the document unreadable.
 *
 * @param length
 *   The text's length in UTF-16 code units.
 * @param marks
 *   Spans to highlight, in any order, overlapping freely.
 * @example
 *   segmentText(10, [{ kind: 'place', id: 'p1', span: [2, 5] }]).segments.map((s) => [s.start, s.end])
 *   // [[0, 2], [2, 5], [5, 10]]
 */
export function segmentText(length: number, marks: readonly Mark[]): Segmentation {
  const dropped: Segmentation['dropped'] = [];
  const valid: Mark[] = [];
  for (const mark of marks) {
    const [start, end] = mark.span;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      dropped.push({ mark, reason: 'span offsets are not integers' });
    } else if (start < 0 || end > length) {
      dropped.push({ mark, reason: `span [${start}, ${end}] lies outside the text (length ${length})` });
    } else if (start >= end) {
      dropped.push({ mark, reason: `span [${start}, ${end}] is empty` });
    } else valid.push(mark);
  }
  const cuts = new Set<number>([0, length]);
  for (const m of valid) {
    cuts.add(m.span[0]);
    cuts.add(m.span[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: marks sorted by start enter the active list as the sweep passes their start and
  // leave when it passes their end; O((n + m) · active) and active is small in real documents.
  const byStart = [...valid].sort((a, b) => a.span[0] - b.span[0]);
  let next = 0;
  let active: Mark[] = [];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.span[1] > start);
    while (next < byStart.length && byStart[next]!.span[0] <= start) {
      const m = byStart[next++]!;
      if (m.span[1] > start) active.push(m);
    }
    const covering = active
      .filter((m) => m.span[0] <= start && m.span[1] >= end)
      .sort(
        (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.span[1] - b.span[0] - (a.span[1] - a.span[0]),
      );
    segments.push({ start, end, marks: covering });
  }
  return { segments, dropped };
}

/**
 * Invisible characters the reader makes visible. Bidi embeddings/overrides/isolates and marks can
 * make text display in another order than it is written (the "Trojan Source" trick); zero-width
 * spaces, word joiners and BOMs hide inside words. ZWJ and ZWNJ are left alone: Persian, Indic
 * scripts and emoji sequences need them and they cannot reorder anything.
 */
export const CONTROL_NAMES: Readonly<Record<string, string>> = {
  '\u061c': 'ALM',
  '\u200b': 'ZWSP',
  '\u200e': 'LRM',
  '\u200f': 'RLM',
  '\u202a': 'LRE',
  '\u202b': 'RLE',
  '\u202c': 'PDF',
  '\u202d': 'LRO',
  '\u202e': 'RLO',
  '\u2060': 'WJ',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\ufeff': 'BOM',
};

const CONTROL_RE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** A piece of a segment's text: plain text, or one control character with its short name. */
export interface TextPiece {
  text: string;
  control: string | null;
}

/**
 * Splits text into plain runs and single control characters (see {@link CONTROL_NAMES}).
 * Concatenating the pieces' `text` gives back the input exactly.
 *
 * @param text
 *   Any text.
 * @example
 *   splitControls('a\u202eb') // [{ text: 'a', control: null }, { text: '\u202e', control: 'RLO' }, { text: 'b', control: null }]
 */
export function splitControls(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTROL_RE)) {
    const at = match.index;
    if (at > last) pieces.push({ text: text.slice(last, at), control: null });
    pieces.push({ text: match[0], control: CONTROL_NAMES[match[0]] ?? 'CTRL' });
    last = at + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), control: null });
  return pieces;
}
