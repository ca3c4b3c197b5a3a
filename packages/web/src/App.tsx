/**
 * @module App
 * The app shell: state from the URL (state.ts), data from the API (api.ts), and the linked views —
 * filters, map, timeline and table on the events view; the reader; the add-document form — plus
 * the review shortcuts (j/k/a/r/e/o/?).
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, api, exportUrl } from './api';
import { AddDocument } from './components/AddDocument';
import { Documents } from './components/Documents';
import { EventPanel } from './components/EventPanel';
import { EventsTable } from './components/EventsTable';
import { FilterPanel } from './components/Filters';
import { Help } from './components/Help';
import { Reader } from './components/Reader';
import { Timeline } from './components/Timeline';
import { featuresToMapEvents, type MapEvent } from './mapdata';
import {
  type AppState,
  type Filters,
  filterQuery,
  hasFilters,
  parseState,
  type SortField,
  sortParam,
  stateToSearch,
} from './state';
import type { Dated } from './timeline';
import type { DocumentResult, EventRecord, ReviewPatch, Session } from './types';

const PAGE_SIZE = 50;

// MapLibre is about 1 MB of the app: loaded as its own chunk so the table and timeline render first.
const MapView = lazy(() => import('./components/MapView').then((m) => ({ default: m.MapView })));

function useUrlState(): [AppState, (next: AppState, push?: boolean) => void, string[]] {
  const [parsed, setParsed] = useState(() => parseState(window.location.search));
  useEffect(() => {
    const onPop = () => setParsed(parseState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((next: AppState, push = false) => {
    const search = stateToSearch(next);
    const url = `${window.location.pathname}${search ? `?${search}` : ''}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setParsed({ state: next, ignored: [] });
  }, []);
  return [parsed.state, update, parsed.ignored];
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The app. */
export function App() {
  const [state, setState, ignored] = useUrlState();
  const [session, setSession] = useState<Session | null>(null);
  const [sessionError, setSessionError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [editing, setEditing] = useState(false);
  const [trackExtent, setTrackExtent] = useState(state.filters.bbox !== null);
  const [pick, setPick] = useState<((lon: number, lat: number) => void) | null>(null);
  const [filtersOpen] = useState(() => window.matchMedia?.('(min-width: 821px)').matches ?? true);

  const query = filterQuery(state.filters);
  const sort = sortParam(state.sort);

  // Sign-in: a `token` in the URL (someone pasted the printed link onto `/`) is exchanged for the
  // session cookie and removed from the address bar; then the session is read.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const token = params.get('token');
    const go = async () => {
      if (token) {
        params.delete('token');
        const rest = params.toString();
        window.history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest}` : ''}`);
        await api.signIn(token);
      }
      setSession(await api.session());
    };
    go().catch((e: ApiError) => setSessionError(e.message));
  }, []);
  const canWrite = session?.authenticated === true;

  // Events table: one page; cursors of the pages seen so far allow going back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);
  const [table, setTable] = useState<{ items: EventRecord[]; total: number; next: string | null }>({
    items: [],
    total: 0,
    next: null,
  });
  const [tableLoading, setTableLoading] = useState(true);
  const [tableError, setTableError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter or sort starts at page one
  useEffect(() => {
    setCursors([null]);
    setPage(0);
  }, [query, sort]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads after a review or an upload
  useEffect(() => {
    let cancelled = false;
    setTableLoading(true);
    api.events(query, sort, PAGE_SIZE, cursors[page] ?? null).then(
      (r) => {
        if (cancelled) return;
        setTable(r);
        setTableError(null);
        setTableLoading(false);
      },
      (e: ApiError) => {
        if (cancelled) return;
        setTableError(e.message);
        setTableLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [query, sort, page, cursors, version]);

  // Map: every located event under the filter except the map's own extent.
  const mapQuery = filterQuery(state.filters, ['bbox']);
  const [mapEvents, setMapEvents] = useState<MapEvent[]>([]);
  const [mapError, setMapError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads after a review or an upload
  useEffect(() => {
    let cancelled = false;
    api.geojson(mapQuery).then(
      (fc) => {
        if (cancelled) return;
        setMapEvents(featuresToMapEvents(fc));
        setMapError(null);
      },
      (e: ApiError) => !cancelled && setMapError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [mapQuery, version]);

  // Timeline: counts per day and type, under every filter except its own date range, in one
  // /stats call (byDayType).
  const timeQuery = filterQuery(state.filters, ['from', 'to']);
  const [dated, setDated] = useState<Dated[]>([]);
  const [typeCounts, setTypeCounts] = useState<Record<string, number>>({});
  const [timeLoading, setTimeLoading] = useState(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads after a review or an upload
  useEffect(() => {
    let cancelled = false;
    setTimeLoading(true);
    const run = async () => {
      const stats = await api.stats(timeQuery);
      if (cancelled) return;
      setDated(stats.byDayType.map((b) => ({ date: b.day, type: b.type, count: b.count })));
      setTimeLoading(false);
    };
    run().catch((e: ApiError) => {
      if (!cancelled) {
        setNotice(`Timeline: ${e.message}`);
        setTimeLoading(false);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [timeQuery, version]);
  // Type counts beside the type checkboxes: under every filter except the types themselves.
  const typeQuery = filterQuery(state.filters, ['types']);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads after a review or an upload
  useEffect(() => {
    let cancelled = false;
    api.stats(typeQuery).then(
      (s) => !cancelled && setTypeCounts(Object.fromEntries(s.byType.map((b) => [b.key, b.count]))),
      () => undefined, // the timeline reports stats errors; the counts are decoration
    );
    return () => {
      cancelled = true;
    };
  }, [typeQuery, version]);

  // The selected event (it may be on another page, or come from the map or the reader).
  const [selectedEvent, setSelectedEvent] = useState<EventRecord | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads after a review
  useEffect(() => {
    if (!state.event) {
      setSelectedEvent(null);
      return;
    }
    let cancelled = false;
    const fromTable = table.items.find((e) => e.id === state.event);
    if (fromTable) setSelectedEvent(fromTable);
    api.event(state.event).then(
      (e) => !cancelled && setSelectedEvent(e),
      (e: ApiError) => !cancelled && setNotice(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [state.event, version]);

  // The open document.
  const [doc, setDoc] = useState<DocumentResult | null>(null);
  const [docError, setDocError] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads after a review
  useEffect(() => {
    if (!state.doc) {
      setDoc(null);
      return;
    }
    let cancelled = false;
    api.document(state.doc).then(
      (d) => {
        if (cancelled) return;
        setDoc(d);
        setDocError(null);
      },
      (e: ApiError) => !cancelled && setDocError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [state.doc, version]);

  const setFilters = (filters: Filters) => setState({ ...state, filters });
  const select = (id: string | null) => {
    setEditing(false);
    setState({ ...state, event: id });
  };
  const openDocument = (docId: string, eventId: string | null) =>
    setState({ ...state, view: 'document', doc: docId, event: eventId }, true);

  const review = async (patch: ReviewPatch) => {
    if (!selectedEvent) return;
    try {
      const updated = await api.review(selectedEvent.id, patch);
      setSelectedEvent(updated);
      setTable((t) => ({ ...t, items: t.items.map((e) => (e.id === updated.id ? updated : e)) }));
      setNotice(`${updated.type} event ${updated.review.status}.`);
      setVersion((v) => v + 1);
    } catch (e) {
      setNotice((e as ApiError).message);
      throw e;
    }
  };

  // Keyboard review. A ref keeps the handler current without re-binding per render.
  const keys = useRef<(e: KeyboardEvent) => void>(() => undefined);
  keys.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    if (document.querySelector('dialog[open]') && e.key !== '?') return;
    // j/k walk the table, or the open document's events in the reader.
    const items: { id: string }[] = state.view === 'document' && doc ? doc.events : table.items;
    const index = items.findIndex((x) => x.id === state.event);
    switch (e.key) {
      case 'j':
      case 'k': {
        if (!items.length) return;
        const next = e.key === 'j' ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1);
        select(items[next]!.id);
        break;
      }
      case 'a':
        // `review` already shows a failure in the notice bar; nothing more to do with it here.
        if (selectedEvent && canWrite) review({ status: 'accepted' }).catch(() => undefined);
        break;
      case 'r':
        if (selectedEvent && canWrite) review({ status: 'rejected' }).catch(() => undefined);
        break;
      case 'e':
        if (selectedEvent && canWrite) setEditing(true);
        break;
      case 'o':
        if (selectedEvent) openDocument(selectedEvent.document.id, selectedEvent.id);
        break;
      case '?':
        setHelp((h) => !h);
        break;
      case 'Escape':
        if (editing) setEditing(false);
        else if (state.view !== 'events') setState({ ...state, view: 'events', doc: null });
        break;
      default:
        return;
    }
    e.preventDefault();
  };
  useEffect(() => {
    const handler = (e: KeyboardEvent) => keys.current(e);
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, []);

  const onSort = (field: SortField) =>
    setState({
      ...state,
      sort: { field, desc: state.sort.field === field ? !state.sort.desc : true },
    });
  const onPage = (delta: 1 | -1) => {
    if (delta === 1 && table.next) {
      setCursors((c) => {
        const copy = c.slice(0, page + 1);
        copy.push(table.next);
        return copy;
      });
      setPage(page + 1);
    } else if (delta === -1 && page > 0) setPage(page - 1);
  };

  const pickOnMap = useCallback((cb: ((lon: number, lat: number) => void) | null) => setPick(() => cb), []);

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          <a
            href="/"
            onClick={(e) => {
              e.preventDefault();
              setState({ ...state, view: 'events', doc: null }, true);
            }}
          >
            sitrep
          </a>
        </h1>
        <nav aria-label="Views">
          <button
            type="button"
            aria-current={state.view === 'events' ? 'page' : undefined}
            onClick={() => setState({ ...state, view: 'events', doc: null }, true)}
          >
            Events
          </button>
          {state.doc && (
            <button
              type="button"
              aria-current={state.view === 'document' ? 'page' : undefined}
              onClick={() => setState({ ...state, view: 'document' }, true)}
            >
              Document
            </button>
          )}
          <button
            type="button"
            aria-current={state.view === 'documents' ? 'page' : undefined}
            onClick={() => setState({ ...state, view: 'documents' }, true)}
          >
            Documents
          </button>
          <button
            type="button"
            aria-current={state.view === 'add' ? 'page' : undefined}
            onClick={() => setState({ ...state, view: 'add' }, true)}
          >
            Add document
          </button>
        </nav>
        <div className="exports">
          <a href={exportUrl('csv', query)} download="sitrep-events.csv" data-testid="export-csv">
            Export CSV
          </a>
          <a href={exportUrl('geojson', query)} download="sitrep-events.geojson" data-testid="export-geojson">
            Export GeoJSON
          </a>
          <button
            type="button"
            onClick={() => {
              navigator.clipboard?.writeText(window.location.href).then(
                () => setNotice('Link to this view copied.'),
                () => setNotice(`Copy this link: ${window.location.href}`),
              );
            }}
          >
            Copy link
          </button>
        </div>
        <div className="session">
          {sessionError ? (
            <span className="error">{sessionError}</span>
          ) : session ? (
            session.authenticated ? (
              <span>signed in{session.name ? ` as ${session.name}` : ''}</span>
            ) : (
              <span className="warning" title="Reviews and uploads need a session">
                read-only: open the link printed by <code>sitrep serve</code>
              </span>
            )
          ) : null}
          <button
            type="button"
            onClick={() => setHelp(true)}
            aria-label="Keyboard shortcuts"
            aria-keyshortcuts="?"
          >
            ?
          </button>
        </div>
      </header>
      {(notice || ignored.length > 0) && (
        <div className="notice" role="status">
          {notice}
          {ignored.length > 0 && ` Ignored in the link: ${ignored.join(', ')}.`}
          <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}

      {state.view === 'documents' ? (
        <main className="single">
          <Documents version={version} onOpen={(id) => openDocument(id, null)} />
        </main>
      ) : state.view === 'add' ? (
        <main className="single">
          <AddDocument
            canWrite={canWrite}
            onAdded={() => setVersion((v) => v + 1)}
            onOpen={(id) => openDocument(id, null)}
          />
        </main>
      ) : (
        <main className={`layout${state.view === 'document' ? ' with-doc' : ''}`}>
          <aside className="side">
            {/* Collapsible so that on a phone the filters do not push the events a screen down. */}
            <details className="filters-toggle" open={filtersOpen}>
              <summary>Filters{hasFilters(state.filters) ? ' (active)' : ''}</summary>
              <FilterPanel filters={state.filters} onChange={setFilters} typeCounts={typeCounts} />
            </details>
          </aside>
          <div className="center">
            {state.view === 'document' ? (
              docError ? (
                <p className="error">{docError}</p>
              ) : doc ? (
                <Reader doc={doc} selected={state.event} onSelect={(id) => select(id)} />
              ) : (
                <p className="muted">Loading the document…</p>
              )
            ) : (
              <>
                <div className="viz">
                  <div className="map-col">
                    <Suspense fallback={<div className="map map-loading">Loading the map…</div>}>
                      <MapView
                        events={mapEvents}
                        selected={state.event}
                        onSelect={(id) => select(id)}
                        trackExtent={trackExtent}
                        initialBBox={state.filters.bbox}
                        onExtent={(bbox) => setFilters({ ...state.filters, bbox })}
                        onPick={pick}
                      />
                    </Suspense>
                    <label className="extent-toggle">
                      <input
                        type="checkbox"
                        checked={trackExtent}
                        onChange={(e) => {
                          setTrackExtent(e.target.checked);
                          if (!e.target.checked) setFilters({ ...state.filters, bbox: null });
                        }}
                      />{' '}
                      Limit the table to the map extent
                    </label>
                    {mapError && <p className="error">{mapError}</p>}
                  </div>
                  <Timeline
                    items={dated}
                    loading={timeLoading}
                    range={{ from: state.filters.from, to: state.filters.to }}
                    onBrush={(r) =>
                      setFilters({ ...state.filters, from: r ? r.from : null, to: r ? r.to : null })
                    }
                  />
                </div>
                <EventsTable
                  items={table.items}
                  total={table.total}
                  page={page}
                  pageSize={PAGE_SIZE}
                  hasNext={table.next !== null}
                  loading={tableLoading}
                  error={tableError}
                  sort={state.sort}
                  selected={state.event}
                  onSort={onSort}
                  onPage={onPage}
                  onSelect={(id) => select(id)}
                />
              </>
            )}
          </div>
          <aside className="detail" aria-label="Event detail">
            {selectedEvent ? (
              <EventPanel
                event={selectedEvent}
                version={version}
                editing={editing}
                setEditing={setEditing}
                onReview={review}
                canWrite={canWrite}
                onOpenDocument={(d, e) => openDocument(d, e)}
                onPickOnMap={state.view === 'events' ? pickOnMap : null}
              />
            ) : (
              <p className="muted">
                Select an event in the table, on the map or in a document. Press <kbd>?</kbd> for shortcuts.
              </p>
            )}
          </aside>
        </main>
      )}
      {help && <Help onClose={() => setHelp(false)} />}
    </div>
  );
}
