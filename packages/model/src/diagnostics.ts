/**
 * @module diagnostics
 * Diagnostics are data (after vfile-message): a stage reports an ambiguous toponym or an
 * unparseable date as a message the user sees in the output, the API and the UI.
 */
import type { Message, Span } from './contract';

/** Message level. */
export type Level = Message['level'];

/** A message plus the stage that raised it (`source` is kept in memory, not in the contract). */
export interface Diagnostic extends Message {
  source?: string;
}

/**
 * Makes a message.
 *
 * @param level
 *   `info`, `warning` or `error`.
 * @param code
 *   A stable kebab-case code, e.g. `ambiguous-place`.
 * @param text
 *   What was found, what was expected, and what to do.
 * @param span
 *   The text it is about, when there is one.
 * @param source
 *   The stage that raised it.
 */
export function diagnostic(
  level: Level,
  code: string,
  text: string,
  span?: Span,
  source?: string,
): Diagnostic {
  const message: Diagnostic = { level, code, text };
  if (span) message.span = span;
  if (source) message.source = source;
  return message;
}

/** Collects messages for one document. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  /** Adds a message and returns it. */
  add(level: Level, code: string, text: string, span?: Span, source?: string): Diagnostic {
    const message = diagnostic(level, code, text, span, source);
    this.items.push(message);
    return message;
  }

  info(code: string, text: string, span?: Span, source?: string): Diagnostic {
    return this.add('info', code, text, span, source);
  }

  warn(code: string, text: string, span?: Span, source?: string): Diagnostic {
    return this.add('warning', code, text, span, source);
  }

  error(code: string, text: string, span?: Span, source?: string): Diagnostic {
    return this.add('error', code, text, span, source);
  }

  /** The messages as the contract has them (no `source`). */
  toJSON(): Message[] {
    return this.items.map(({ level, code, text, span }) =>
      span ? { level, code, text, span } : { level, code, text },
    );
  }
}
