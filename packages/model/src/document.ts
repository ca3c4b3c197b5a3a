/**
 * @module document
 * A document under extraction: its metadata, its one unchanging text, the standoff layers stages
 * add to it, and the messages they raise.
 */
import { createHash } from 'node:crypto';
import type { ActorMention, DocumentMeta, Event, PlaceMention, TimeMention } from './contract';
import { assertIsoDate } from './dates';
import { Diagnostics } from './diagnostics';
import { type Locator, locator } from './locator';

/**
 * The layer registry. `model` declares the contract's layers; every other stage adds its own with
 * declaration merging, so `doc.layer('nlp')` is typed and `model` never imports a stage:
 *
 * ```ts
 * declare module '@sitrep/model' {
 *   interface LayerMap { nlp: Analysis }
 * }
 * ```
 */
export interface LayerMap {
  times: TimeMention[];
  places: PlaceMention[];
  actors: ActorMention[];
  events: Event[];
}

/** A layer name. */
export type LayerName = keyof LayerMap;

/** What a reader or caller knows about a document before extraction. */
export interface DocumentInput {
  /** The text, exactly as read (a leading BOM removed). Spans index it. */
  text: string;
  /** The caller's id; else one is derived from the content hash. */
  id?: string | null;
  source?: string | null;
  title?: string | null;
  /** Publication date `YYYY-MM-DD`; relative dates resolve against it. */
  published?: string | null;
  /** sha256 (hex) of the original bytes; defaults to the sha256 of the UTF-8 text. */
  sha256?: string | null;
}

/** Thrown when a stage asks for a layer no earlier stage produced. */
export class MissingLayerError extends Error {
  constructor(name: string, present: string[]) {
    super(
      `layer "${name}" has not been produced yet (present: ${present.join(', ') || 'none'}); run the stage that provides it first`,
    );
    this.name = 'MissingLayerError';
  }
}

/** Hex sha256 of bytes or of a string's UTF-8 encoding. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The id given to a document that has none: derived from its content hash. */
export function idFromHash(sha256: string): string {
  return `sha256:${sha256.slice(0, 16)}`;
}

/**
 * A document being processed. Layers are set once each, by the stage that provides them.
 *
 * @example
 *   const doc = new Doc({ text: 'Fictional: talks resumed.', published: '2024-05-02' });
 *   doc.id; // 'sha256:…'
 */
export class Doc {
  readonly text: string;
  readonly id: string;
  readonly source: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly sha256: string;
  readonly messages = new Diagnostics();
  readonly #layers = new Map<string, unknown>();
  #locator: Locator | undefined;

  constructor(input: DocumentInput) {
    if (typeof input.text !== 'string') {
      throw new TypeError(`expected document text as a string, found ${typeof input.text}`);
    }
    this.text = input.text;
    this.sha256 = input.sha256 ?? sha256Hex(input.text);
    this.id = input.id?.trim() ? input.id : idFromHash(this.sha256);
    this.source = input.source ?? null;
    this.title = input.title ?? null;
    this.published = input.published ? assertIsoDate(input.published, `published date of ${this.id}`) : null;
  }

  /** The layer a stage produced; throws `MissingLayerError` when it is not there. */
  layer<K extends LayerName>(name: K): LayerMap[K] {
    if (!this.#layers.has(name)) throw new MissingLayerError(name, [...this.#layers.keys()]);
    return this.#layers.get(name) as LayerMap[K];
  }

  /** The layer, or undefined when no stage produced it. */
  maybe<K extends LayerName>(name: K): LayerMap[K] | undefined {
    return this.#layers.get(name) as LayerMap[K] | undefined;
  }

  has(name: LayerName): boolean {
    return this.#layers.has(name);
  }

  /** Sets a layer. */
  set<K extends LayerName>(name: K, value: LayerMap[K]): void {
    this.#layers.set(name, value);
  }

  /** Names of the layers present, in the order they were added. */
  layerNames(): string[] {
    return [...this.#layers.keys()];
  }

  /** Line/column lookups, built on first use. */
  get locator(): Locator {
    this.#locator ??= locator(this.text);
    return this.#locator;
  }

  /** The contract's `document` record. */
  meta(withText = false): DocumentMeta {
    const meta: DocumentMeta = {
      id: this.id,
      source: this.source,
      title: this.title,
      published: this.published,
      sha256: this.sha256,
      chars: this.text.length,
    };
    if (withText) meta.text = this.text;
    return meta;
  }
}
