/**
 * @module Reader
 * The document reader. The text is rendered as React text nodes — never as HTML — cut into segments
 * at mention boundaries (highlight.ts). Times, places, actors and event triggers each have a color
 * and an underline style (so color is not the only cue); the selected event's evidence is marked
 * and scrolled into view. Hovering or focusing a mention shows its normalized value. Bidi controls
 * and zero-width characters are isolated and shown as badges, so text displays in the order it
 * was written.
 */
import { Fragment, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type Mark, type MarkKind, segmentText, splitControls } from '../highlight';
import { typeColor } from '../plover';
import type { ContractEvent, DocumentResult, EventRecord } from '../types';

/** Props of {@link Reader}. */
export interface ReaderProps {
  doc: DocumentResult;
  /** Selected event: its global id or, for a fresh POST result, its local id. */
  selected: string | null;
  onSelect: (id: string) => void;
}

/** The id an event is selected by: global when the server gave one, local otherwise. */
export function eventKey(e: EventRecord | ContractEvent): string {
  return e.id;
}

function localId(e: EventRecord | ContractEvent): string {
  return 'local' in e && e.local ? e.local : e.id;
}

const KIND_LABEL: Record<MarkKind, string> = {
  time: 'Time',
  place: 'Place',
  actor: 'Actor',
  trigger: 'Event trigger',
  evidence: 'Evidence',
};

/** The normalized value of a mark, as one line per fact, for the hover card and the title. */
function describe(doc: DocumentResult, mark: Mark): string[] {
  if (mark.kind === 'time') {
    const t = doc.mentions.times.find((m) => m.id === mark.id);
    if (!t) return [];
    const when = t.start
      ? t.end && t.end !== t.start
        ? `${t.start} – ${t.end}`
        : t.start
      : 'no date (duration)';
    return [`“${t.text}”`, `${t.kind}: ${when}`, t.precision ? `precision: ${t.precision}` : ''].filter(
      Boolean,
    );
  }
  if (mark.kind === 'place') {
    const p = doc.mentions.places.find((m) => m.id === mark.id);
    if (!p) return [];
    return [
      `“${p.text}” → ${p.name}`,
      p.lat !== null && p.lon !== null ? `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}` : 'not resolved',
      [p.admin1, p.country].filter(Boolean).join(', '),
      p.gazetteer ? `gazetteer: ${p.gazetteer}` : '',
      p.feature ? `feature: ${p.feature}` : '',
    ].filter(Boolean);
  }
  if (mark.kind === 'actor') {
    const a = doc.mentions.actors.find((m) => m.id === mark.id);
    if (!a) return [];
    return [
      `“${a.text}” → ${a.actor.name}`,
      `actor id: ${a.actor.id}`,
      [a.actor.country, a.actor.sector].filter(Boolean).join(' · '),
    ].filter(Boolean);
  }
  const e = doc.events.find((ev) => eventKey(ev) === mark.id);
  if (!e) return [];
  return [
    `${e.type}${e.mode ? ` (${e.mode})` : ''} · ${e.modality}`,
    e.date
      ? `date: ${e.date.start}${e.date.end !== e.date.start ? ` – ${e.date.end}` : ''} (${e.date.precision})`
      : '',
    e.location ? `location: ${e.location.name}` : '',
    `confidence ${e.confidence.toFixed(2)}`,
  ].filter(Boolean);
}

/** Renders text with control characters isolated and labelled; keys are offsets into the text. */
function renderText(text: string, key: string): ReactNode {
  const pieces = splitControls(text);
  if (pieces.length === 1 && pieces[0]!.control === null) return text;
  const out: ReactNode[] = [];
  let at = 0;
  for (const p of pieces) {
    const k = `${key}-${at}`;
    out.push(
      p.control ? (
        <span key={k} className="ctrl" data-ctrl={p.control} title={`invisible character ${p.control}`}>
          {p.text}
        </span>
      ) : (
        <Fragment key={k}>{p.text}</Fragment>
      ),
    );
    at += p.text.length;
  }
  return out;
}

/**
 * The reader.
 *
 * @param props
 *   The document, the selected event and the selection callback.
 */
export function Reader({ doc, selected, onSelect }: ReaderProps) {
  const text = doc.document.text ?? '';
  const [hover, setHover] = useState<Mark[] | null>(null);
  const [show, setShow] = useState<Record<MarkKind, boolean>>({
    time: true,
    place: true,
    actor: true,
    trigger: true,
    evidence: true,
  });
  const textRef = useRef<HTMLDivElement>(null);
  const selectedEvent = doc.events.find((e) => eventKey(e) === selected || localId(e) === selected) ?? null;

  const { segments, dropped } = useMemo(() => {
    const marks: Mark[] = [];
    if (show.time) for (const m of doc.mentions.times) marks.push({ kind: 'time', id: m.id, span: m.span });
    if (show.place)
      for (const m of doc.mentions.places) marks.push({ kind: 'place', id: m.id, span: m.span });
    if (show.actor)
      for (const m of doc.mentions.actors) marks.push({ kind: 'actor', id: m.id, span: m.span });
    if (show.trigger)
      for (const e of doc.events) marks.push({ kind: 'trigger', id: eventKey(e), span: e.trigger.span });
    if (show.evidence && selectedEvent)
      marks.push({ kind: 'evidence', id: eventKey(selectedEvent), span: selectedEvent.evidence.span });
    return segmentText(text.length, marks);
  }, [doc, text, show, selectedEvent]);

  useEffect(() => {
    if (!selectedEvent) return;
    const el = textRef.current?.querySelector('.m-evidence');
    el?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [selectedEvent]);

  const body = segments.map((seg) => {
    let node: ReactNode = renderText(text.slice(seg.start, seg.end), `s${seg.start}`);
    // Innermost mark last in the list: wrap from the inside out so wider marks enclose narrower ones.
    for (let i = seg.marks.length - 1; i >= 0; i--) {
      const mark = seg.marks[i]!;
      const info = describe(doc, mark);
      const isTrigger = mark.kind === 'trigger';
      const type = isTrigger ? doc.events.find((e) => eventKey(e) === mark.id)?.type : undefined;
      node = (
        // biome-ignore lint/a11y/noStaticElementInteractions: hover only mirrors the title; triggers get a button role
        <span
          className={`m m-${mark.kind}${isTrigger && mark.id === (selectedEvent && eventKey(selectedEvent)) ? ' current' : ''}`}
          data-kind={mark.kind}
          data-id={mark.id}
          title={`${KIND_LABEL[mark.kind]}: ${info.join(' · ')}`}
          style={type ? ({ '--c': typeColor(type) } as React.CSSProperties) : undefined}
          onMouseEnter={() => setHover(seg.marks)}
          onMouseLeave={() => setHover(null)}
          onFocus={() => setHover(seg.marks)}
          onBlur={() => setHover(null)}
          {...(isTrigger
            ? {
                role: 'button',
                tabIndex: 0,
                onClick: () => onSelect(mark.id),
                onKeyDown: (e: React.KeyboardEvent) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(mark.id);
                  }
                },
              }
            : {})}
        >
          {node}
        </span>
      );
    }
    return <Fragment key={seg.start}>{node}</Fragment>;
  });

  return (
    <div className="reader">
      <div className="reader-main">
        <header className="reader-head">
          <h2>{doc.document.title || doc.summary?.title || doc.document.source || doc.document.id}</h2>
          <p className="muted">
            {doc.document.published ? `published ${doc.document.published}` : 'no publication date'} ·{' '}
            {doc.document.chars.toLocaleString()} characters · {doc.events.length} events
            {doc.document.source ? ` · ${doc.document.source}` : ''}
          </p>
          <fieldset className="legend">
            <legend>Highlight</legend>
            {(Object.keys(KIND_LABEL) as MarkKind[]).map((k) => (
              <label key={k} className={`legend-item m-${k}`}>
                <input
                  type="checkbox"
                  checked={show[k]}
                  onChange={(e) => setShow({ ...show, [k]: e.target.checked })}
                />{' '}
                {KIND_LABEL[k]}
              </label>
            ))}
          </fieldset>
        </header>
        <div className="hovercard" aria-live="polite">
          {hover?.length ? (
            hover.map((m) => (
              <p key={`${m.kind}-${m.id}`}>
                <strong>{KIND_LABEL[m.kind]}</strong> {describe(doc, m).join(' · ')}
              </p>
            ))
          ) : (
            <p className="muted">Hover or focus a highlight to see its normalized value.</p>
          )}
        </div>
        <div ref={textRef} className="doc-text" data-testid="doc-text" lang="" dir="auto">
          {body}
        </div>
        {dropped.length > 0 && (
          <p className="warning">
            {dropped.length} highlight(s) could not be placed:{' '}
            {dropped.map((d) => `${d.mark.kind} ${d.mark.id}: ${d.reason}`).join('; ')}.
          </p>
        )}
      </div>
      <aside className="reader-side">
        <h3>Events ({doc.events.length})</h3>
        <ul className="event-list">
          {doc.events.map((e) => (
            <li key={eventKey(e)}>
              <button
                type="button"
                className={`event-chip${selectedEvent && eventKey(selectedEvent) === eventKey(e) ? ' selected' : ''}`}
                aria-pressed={selectedEvent !== null && eventKey(selectedEvent) === eventKey(e)}
                onClick={() => onSelect(eventKey(e))}
              >
                <span className="swatch" style={{ background: typeColor(e.type) }} />
                <strong>{e.type}</strong> “{e.trigger.text}” · {e.modality}
                {'review' in e && e.review ? ` · ${e.review.status}` : ''}
              </button>
            </li>
          ))}
        </ul>
        <h3>Messages ({doc.messages.length})</h3>
        <ul className="messages">
          {doc.messages.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages have no id and never reorder
            <li key={i} className={`msg-${m.level}`}>
              <strong>{m.level}</strong> <code>{m.code}</code> {m.text}
              {m.span ? (
                <>
                  {' '}
                  <span className="muted quote">
                    “{renderText(text.slice(m.span[0], m.span[1]), `m${i}`)}”
                  </span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
