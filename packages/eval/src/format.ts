/**
 * @module format
 * The evaluation report as plain text for a terminal: scores first, then the per-event diff.
 */
import { FIELDS } from './compare';
import type { EvalReport, EventDiff, Prf } from './evaluate';

/** Options for `formatReport`. */
export interface FormatOptions {
  /** Which passages the diff lists: those with errors (default), all, or none. */
  diff?: 'errors' | 'all' | 'none';
  /** A title line, e.g. the gold file's name. */
  title?: string;
}

const num = (x: number) => x.toFixed(3);
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);
const prfCells = (p: Prf) => `${lpad(num(p.precision), 6)} ${lpad(num(p.recall), 6)} ${lpad(num(p.f1), 6)}`;

function describe(event: EventDiff): string {
  const g = event.gold;
  const p = event.predicted;
  const goldText = g
    ? `${g.type}${g.modality === 'asserted' ? '' : ` (${g.modality})`}${g.trigger ? ` "${g.trigger}"` : ''}`
    : '';
  const predText = p
    ? `${p.id} ${p.type} "${p.trigger}" ${p.modality}, actor ${p.actor.join(', ') || '-'}, recipient ${p.recipient.join(', ') || '-'}, date ${p.date ?? '-'}, location ${p.location ?? '-'}, confidence ${p.confidence.toFixed(2)}`
    : '';
  const differing = event.fields
    .filter((f) => !f.ok)
    .map((f) => `\n        ${f.field}: expected ${f.expected}, found ${f.found}`)
    .join('');
  switch (event.status) {
    case 'matched':
      return `  ok        ${goldText}  <- ${p?.id ?? ''}`;
    case 'partial':
      return `  partial   ${goldText}  <- ${predText}${differing}`;
    case 'missed':
      return `  missed    ${goldText}`;
    case 'spurious':
      return `  spurious  ${predText}${event.note ? `\n        ${event.note}` : ''}`;
    default:
      return `  (ignored) ${goldText}: ${event.note ?? ''}`;
  }
}

/**
 * Formats a report as text.
 *
 * @param report
 *   From `evaluateEvents`.
 * @param options
 *   Which diffs to print and a title.
 */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const out: string[] = [];
  const { levels } = report;
  out.push(
    `${options.title ? `${options.title}: ` : ''}${report.passages} passages, ${report.goldEvents} gold events, ${report.predictedEvents} predicted (scope: ${report.scope === 'factual' ? 'asserted and reported events' : 'all modalities'})`,
    '',
    `level        P      R     F1    tp   fp   fn  macro-F1`,
  );
  for (const [name, scores] of [
    ['type', levels.type],
    ['type+dyad', levels.dyad],
    ['all fields', levels.full],
  ] as const) {
    const o = scores.overall;
    out.push(
      `${pad(name, 10)} ${prfCells(o)} ${lpad(o.tp, 5)} ${lpad(o.fp, 4)} ${lpad(o.fn, 4)}  ${num(scores.macroF1)}`,
    );
  }
  out.push('', `by PLOVER type   gold  pred |  type: P      R     F1 | type+dyad: P  R     F1`);
  for (const [type, t] of Object.entries(levels.type.byType)) {
    const d = levels.dyad.byType[type as keyof typeof levels.dyad.byType]!;
    out.push(
      `  ${pad(type, 14)} ${lpad(t.tp + t.fn, 4)} ${lpad(t.tp + t.fp, 5)} | ${prfCells(t)} | ${prfCells(d)}`,
    );
  }
  out.push('', 'fields, on pairs of the same type where the gold gives them:');
  for (const field of FIELDS) {
    const f = report.fields[field];
    if (f.checked) out.push(`  ${pad(field, 11)} ${num(f.accuracy)} (${f.correct}/${f.checked})`);
  }
  const loc = report.eventLocations;
  if (loc.n) {
    out.push(
      `  event location within 161 km: ${num(loc.accuracy)} (${loc.n} with gold coordinates, ${loc.resolved} given; median error ${loc.medianKm === null ? '-' : `${Math.round(loc.medianKm)} km`})`,
    );
  }
  const dates = report.eventDates;
  if (dates.n) {
    out.push(
      `  event date exact: ${num(dates.exactRate)}, overlapping: ${num(dates.overlapRate)} (${dates.n})`,
    );
  }
  const { places, times } = report.mentions;
  if (places || times) out.push('', 'mentions in the gold (places and times):');
  if (places) {
    out.push(
      `  places: ${places.found}/${places.n} found, ${num(places.accuracy)} within ${places.km} km (median error ${places.medianKm === null ? '-' : `${Math.round(places.medianKm)} km`})`,
    );
  }
  if (times) {
    out.push(
      `  times: ${times.found}/${times.n} found, exact ${num(times.exactRate)}, overlapping ${num(times.overlapRate)}`,
    );
  }
  const modalities = Object.entries(report.modality)
    .map(
      ([gold, found]) =>
        `${gold} -> ${Object.entries(found)
          .map(([m, n]) => `${m} ${n}`)
          .join(', ')}`,
    )
    .join('; ');
  if (modalities) out.push('', `modality (gold -> predicted): ${modalities}`);
  if (report.scope === 'factual') {
    out.push(`non-factual events coded as having happened: ${report.nonFactualAsFactual}`);
  }
  out.push(
    `passages where nothing happened: ${report.emptyPassages.total}, with a predicted event anyway: ${report.emptyPassages.withFalseAlarms}`,
  );
  const tags = Object.entries(report.byTag);
  if (tags.length) {
    out.push('', 'by tag (type level)      P      R     F1    tp   fp   fn');
    for (const [tag, p] of tags) {
      out.push(`  ${pad(tag, 20)} ${prfCells(p)} ${lpad(p.tp, 5)} ${lpad(p.fp, 4)} ${lpad(p.fn, 4)}`);
    }
  }
  out.push('', 'confidence    n  correct  precision');
  for (const bin of report.reliability) {
    if (bin.n) {
      out.push(
        `  ${bin.from.toFixed(1)}-${bin.to.toFixed(1)} ${lpad(bin.n, 5)} ${lpad(bin.correct, 8)} ${lpad(num(bin.precision), 10)}`,
      );
    }
  }
  const which = options.diff ?? 'errors';
  if (which !== 'none') {
    const shown = report.diffs.filter((d) => which === 'all' || d.errors > 0);
    out.push(
      '',
      `per-event diff (${which === 'all' ? 'all passages' : `${shown.length} passages with errors`}):`,
    );
    for (const d of shown) {
      const text = d.text.length > 140 ? `${d.text.slice(0, 137)}...` : d.text;
      out.push('', `${d.id} (${d.source}:${d.line}) ${text}`);
      if (d.events.length === 0) out.push('  ok        nothing happened, nothing predicted');
      for (const event of d.events) out.push(describe(event));
    }
  }
  return `${out.join('\n')}\n`;
}
