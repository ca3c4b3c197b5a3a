/**
 * @module EventPanel
 * The selected event: what was extracted and why, its review (accept / reject / edit with a note),
 * the edit form (type, mode, modality, actors from the dictionary, date, location from the
 * gazetteer or a map click) and the audit history. Every change goes through `PATCH /events/{id}`.
 */
import { useEffect, useState } from 'react';
import { type ApiError, api } from '../api';
import { GEO_PRECISION, MODALITIES, oneOf, PLOVER_TYPES, PRECISIONS, typeColor } from '../plover';
import type { ActorRef, AuditEntry, EventRecord, Page, ReviewPatch } from '../types';

/** Props of {@link EventPanel}. */
export interface EventPanelProps {
  event: EventRecord;
  /** Bumped by the parent after a review so the history reloads. */
  version: number;
  editing: boolean;
  setEditing: (on: boolean) => void;
  onReview: (patch: ReviewPatch) => Promise<void>;
  onOpenDocument: (docId: string, eventId: string) => void;
  /** Asks the map for a click; the callback receives the picked point. */
  onPickOnMap: ((pick: ((lon: number, lat: number) => void) | null) => void) | null;
  canWrite: boolean;
}

function actorsText(actors: ActorRef[]): string {
  return actors.length ? actors.map((a) => `${a.name} (${a.id})`).join(', ') : '—';
}

/**
 * Search-as-you-type for the editors: asks `search` 200 ms after the last keystroke once the query
 * has two characters, and keeps the latest hits or the server's explanation of what went wrong.
 */
function useSearch<T>(
  q: string,
  search: (q: string) => Promise<Page<T>>,
): { hits: T[]; error: string | null } {
  const [hits, setHits] = useState<T[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (q.trim().length < 2) {
      setHits([]);
      return;
    }
    const timer = setTimeout(() => {
      search(q.trim()).then(
        (page) => {
          setHits(page.items);
          setError(null);
        },
        (e: ApiError) => setError(e.message),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [q, search]);
  return { hits, error };
}

/** An actor list editor with dictionary search. */
function ActorPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: ActorRef[];
  onChange: (a: ActorRef[]) => void;
}) {
  const [q, setQ] = useState('');
  const { hits, error } = useSearch(q, api.actors);
  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      <ul className="chips">
        {value.map((a) => (
          <li key={a.id}>
            {a.name} <code>{a.id}</code>{' '}
            <button
              type="button"
              aria-label={`Remove ${a.name}`}
              onClick={() => onChange(value.filter((x) => x.id !== a.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        type="search"
        placeholder="Search the actor dictionary…"
        aria-label={`Search actors to add as ${label.toLowerCase()}`}
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {error && <p className="error">{error}</p>}
      {hits.length > 0 && (
        <ul className="hits">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                onClick={() => {
                  if (!value.some((a) => a.id === h.id))
                    onChange([...value, { id: h.id, name: h.name, country: h.country, sector: h.sector }]);
                  setQ('');
                }}
              >
                {h.name} <code>{h.id}</code> {h.country ?? ''} {h.sector ?? ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

type LocationValue = NonNullable<ReviewPatch['location']>;

/** Location editor: gazetteer search, map click, or clear. */
function LocationPicker({
  value,
  onChange,
  onPickOnMap,
}: {
  value: LocationValue | null;
  onChange: (l: LocationValue | null) => void;
  onPickOnMap: EventPanelProps['onPickOnMap'];
}) {
  const [q, setQ] = useState('');
  const [picking, setPicking] = useState(false);
  const { hits, error } = useSearch(q, api.places);
  useEffect(() => () => onPickOnMap?.(null), [onPickOnMap]);
  return (
    <fieldset className="picker">
      <legend>Location</legend>
      <p>
        {value
          ? `${value.name} (${value.lat?.toFixed(4)}, ${value.lon?.toFixed(4)}) · precision ${value.precision ?? '—'}`
          : 'none'}{' '}
        {value && (
          <button type="button" onClick={() => onChange(null)}>
            Clear
          </button>
        )}
      </p>
      {value && (
        <label>
          Precision{' '}
          <select
            value={value.precision ?? 1}
            onChange={(e) => onChange({ ...value, precision: Number(e.target.value) as 1 | 2 | 3 })}
          >
            {[1, 2, 3].map((p) => (
              <option key={p} value={p}>
                {p} — {GEO_PRECISION[p]}
              </option>
            ))}
          </select>
        </label>
      )}
      <input
        type="search"
        placeholder="Search the gazetteer…"
        aria-label="Search the gazetteer for the event location"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      {onPickOnMap && (
        <button
          type="button"
          aria-pressed={picking}
          onClick={() => {
            if (picking) {
              setPicking(false);
              onPickOnMap(null);
              return;
            }
            setPicking(true);
            onPickOnMap((lon, lat) => {
              setPicking(false);
              onPickOnMap(null);
              onChange({
                name: `${lat.toFixed(4)}, ${lon.toFixed(4)}`,
                lat: Math.round(lat * 1e5) / 1e5,
                lon: Math.round(lon * 1e5) / 1e5,
                country: value?.country ?? null,
                admin1: value?.admin1 ?? null,
                admin2: null,
                precision: 1,
              });
            });
          }}
        >
          {picking ? 'Cancel map pick' : 'Pick on map'}
        </button>
      )}
      {error && <p className="error">{error}</p>}
      {hits.length > 0 && (
        <ul className="hits">
          {hits.map((h) => (
            <li key={`${h.gazetteer}-${h.lat}-${h.lon}`}>
              <button
                type="button"
                onClick={() => {
                  onChange({
                    name: h.name,
                    lat: h.lat,
                    lon: h.lon,
                    country: h.country,
                    admin1: h.admin1,
                    admin2: h.admin2,
                    precision:
                      h.feature === 'admin1' || h.feature === 'country' || h.feature === 'region' ? 3 : 1,
                  });
                  setQ('');
                }}
              >
                {h.name}, {[h.admin1, h.country].filter(Boolean).join(', ')}{' '}
                <span className="muted">{h.feature}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

/** The edit form; submits only the fields that changed. */
function EditForm({
  event,
  onSubmit,
  onCancel,
  onPickOnMap,
}: {
  event: EventRecord;
  onSubmit: (patch: ReviewPatch) => Promise<void>;
  onCancel: () => void;
  onPickOnMap: EventPanelProps['onPickOnMap'];
}) {
  const [type, setType] = useState(event.type);
  const [mode, setMode] = useState(event.mode ?? '');
  const [modality, setModality] = useState(event.modality);
  const [actor, setActor] = useState<ActorRef[]>(event.actor);
  const [recipient, setRecipient] = useState<ActorRef[]>(event.recipient);
  const [start, setStart] = useState(event.date?.start ?? '');
  const [end, setEnd] = useState(event.date?.end ?? '');
  const [precision, setPrecision] = useState(event.date?.precision ?? 'day');
  const [location, setLocation] = useState<LocationValue | null>(
    event.location
      ? {
          name: event.location.name,
          lat: event.location.lat,
          lon: event.location.lon,
          country: event.location.country ?? null,
          admin1: event.location.admin1 ?? null,
          admin2: event.location.admin2 ?? null,
          precision: event.location.precision,
        }
      : null,
  );
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const patch: ReviewPatch = { note: note.trim() || null };
    if (type !== event.type) patch.type = type;
    if ((mode || null) !== (event.mode ?? null)) patch.mode = mode || null;
    if (modality !== event.modality) patch.modality = modality;
    if (JSON.stringify(actor) !== JSON.stringify(event.actor)) patch.actor = actor;
    if (JSON.stringify(recipient) !== JSON.stringify(event.recipient)) patch.recipient = recipient;
    const date = start ? { start, end: end || start, precision } : null;
    const before = event.date
      ? { start: event.date.start, end: event.date.end, precision: event.date.precision }
      : null;
    if (JSON.stringify(date) !== JSON.stringify(before)) patch.date = date;
    const loc = event.location;
    const beforeLoc = loc
      ? {
          name: loc.name,
          lat: loc.lat,
          lon: loc.lon,
          country: loc.country ?? null,
          admin1: loc.admin1 ?? null,
          admin2: loc.admin2 ?? null,
          precision: loc.precision,
        }
      : null;
    if (JSON.stringify(location) !== JSON.stringify(beforeLoc)) patch.location = location;
    setBusy(true);
    try {
      await onSubmit(patch);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={submit} aria-label="Edit event">
      <label>
        Type{' '}
        <select value={type} onChange={(e) => setType(oneOf(PLOVER_TYPES, e.target.value, type))}>
          {PLOVER_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Mode{' '}
        <input
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          placeholder="PLOVER mode, e.g. demonstrate"
        />
      </label>
      <label>
        Modality{' '}
        <select value={modality} onChange={(e) => setModality(oneOf(MODALITIES, e.target.value, modality))}>
          {MODALITIES.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </select>
      </label>
      <ActorPicker label="Actor" value={actor} onChange={setActor} />
      <ActorPicker label="Recipient" value={recipient} onChange={setRecipient} />
      <fieldset className="picker">
        <legend>Date</legend>
        <label>
          Start <input type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          End <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
        <label>
          Precision{' '}
          <select
            value={precision}
            onChange={(e) => setPrecision(oneOf(PRECISIONS, e.target.value, precision))}
          >
            {PRECISIONS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
      </fieldset>
      <LocationPicker value={location} onChange={setLocation} onPickOnMap={onPickOnMap} />
      <label className="note">
        Note{' '}
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          placeholder="Why this change"
        />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Save edit
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The event panel.
 *
 * @param props
 *   The event and the review callbacks.
 */
export function EventPanel(props: EventPanelProps) {
  const { event } = props;
  const [history, setHistory] = useState<AuditEntry[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  const [note, setNote] = useState('');

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when a review bumped the version
  useEffect(() => {
    let cancelled = false;
    setHistory(null);
    api.history(event.id).then(
      (h) => !cancelled && setHistory(Array.isArray(h) ? h : h.items),
      (e: ApiError) => !cancelled && setHistoryError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [event.id, props.version]);

  const status = event.review.status;
  const act = (s: 'accepted' | 'rejected' | 'pending') =>
    props.onReview({ status: s, note: note.trim() || null }).then(() => setNote(''));

  return (
    <article
      className="event-panel"
      aria-label="Selected event"
      data-testid="event-panel"
      data-status={status}
    >
      <header>
        <h2>
          <span className="swatch" style={{ background: typeColor(event.type) }} /> {event.type}
          {event.mode ? <small> · {event.mode}</small> : null}
        </h2>
        <p>
          <span className={`status status-${status}`} data-testid="review-status">
            {status}
          </span>{' '}
          <span className="muted">
            {event.modality} · confidence {event.confidence.toFixed(2)}
            {event.acled ? ` · ACLED ${event.acled.event_type} / ${event.acled.sub_event_type}` : ''}
            {event.cameo ? ` · CAMEO ${event.cameo}` : ''}
          </span>
        </p>
      </header>
      <dl className="facts">
        <dt>Actor</dt>
        <dd>{actorsText(event.actor)}</dd>
        <dt>Recipient</dt>
        <dd>{actorsText(event.recipient)}</dd>
        <dt>Date</dt>
        <dd>
          {event.date
            ? `${event.date.start}${event.date.end !== event.date.start ? ` – ${event.date.end}` : ''} (${event.date.precision})`
            : '—'}
        </dd>
        <dt>Location</dt>
        <dd>
          {event.location
            ? `${event.location.name}${event.location.admin1 ? `, ${event.location.admin1}` : ''}${event.location.country ? `, ${event.location.country}` : ''}${event.location.lat !== null && event.location.lon !== null ? ` (${event.location.lat.toFixed(3)}, ${event.location.lon.toFixed(3)})` : ''} · ${event.location.precision ? GEO_PRECISION[event.location.precision] : 'precision unknown'}`
            : '—'}
        </dd>
        {event.fatalities !== null && event.fatalities !== undefined && (
          <>
            <dt>Fatalities</dt>
            <dd>{event.fatalities}</dd>
          </>
        )}
        {event.attribution && (
          <>
            <dt>Claimed by</dt>
            <dd>{actorsText([event.attribution])}</dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          <button
            type="button"
            className="linklike"
            onClick={() => props.onOpenDocument(event.document.id, event.id)}
            data-testid="open-document"
          >
            {event.document.title || event.document.source || event.document.id}
          </button>
          {event.document.published ? <span className="muted"> · {event.document.published}</span> : null}
        </dd>
      </dl>
      <blockquote className="evidence" dir="auto">
        {event.evidence.text}
      </blockquote>
      {event.why?.length ? (
        <details>
          <summary>Why ({event.why.length})</summary>
          <ul className="why">
            {event.why.map((w) => (
              <li key={w}>
                <code>{w}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      {props.canWrite ? (
        props.editing ? (
          <EditForm
            event={event}
            onSubmit={async (patch) => {
              await props.onReview(patch);
              props.setEditing(false);
            }}
            onCancel={() => props.setEditing(false)}
            onPickOnMap={props.onPickOnMap}
          />
        ) : (
          <div className="review">
            <label className="note">
              Note{' '}
              <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Optional: why" />
            </label>
            <div className="actions">
              <button type="button" className="accept" onClick={() => act('accepted')} aria-keyshortcuts="a">
                Accept <kbd>a</kbd>
              </button>
              <button type="button" className="reject" onClick={() => act('rejected')} aria-keyshortcuts="r">
                Reject <kbd>r</kbd>
              </button>
              <button type="button" onClick={() => props.setEditing(true)} aria-keyshortcuts="e">
                Edit <kbd>e</kbd>
              </button>
              {status !== 'pending' && (
                <button type="button" onClick={() => act('pending')}>
                  Reset to pending
                </button>
              )}
            </div>
          </div>
        )
      ) : (
        <p className="muted">Sign in with the link printed by `sitrep serve` to review.</p>
      )}

      <section className="history">
        <h3>History</h3>
        {historyError && <p className="error">{historyError}</p>}
        {history === null && !historyError ? (
          <p className="muted">Loading…</p>
        ) : history?.length ? (
          <ol>
            {history.map((h) => (
              <li key={h.seq}>
                <time dateTime={h.at}>{h.at.replace('T', ' ').slice(0, 19)}</time> <strong>{h.action}</strong>{' '}
                by {h.by}
                {h.note ? <> — “{h.note}”</> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No review yet.</p>
        )}
      </section>
    </article>
  );
}
