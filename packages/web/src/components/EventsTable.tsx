/**
 * @module EventsTable
 * The events table: one page of `GET /events`, sortable by date and confidence, paged with the
 * API's cursors. The selected row follows j/k (handled in App) and is scrolled into view.
 */
import { useEffect, useRef } from 'react';
import { typeColor } from '../plover';
import type { AppState, SortField } from '../state';
import type { EventRecord } from '../types';

/** Props of {@link EventsTable}. */
export interface EventsTableProps {
  items: EventRecord[];
  total: number;
  page: number;
  pageSize: number;
  hasNext: boolean;
  loading: boolean;
  error: string | null;
  sort: AppState['sort'];
  selected: string | null;
  onSort: (field: SortField) => void;
  onPage: (delta: 1 | -1) => void;
  onSelect: (id: string) => void;
}

function actors(list: EventRecord['actor']): string {
  return list.map((a) => a.name).join(', ');
}

/**
 * The table.
 *
 * @param props
 *   One page of events and the callbacks.
 */
export function EventsTable(props: EventsTableProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (!props.selected) return;
    const row = body.current?.querySelector(`tr[data-id="${CSS.escape(props.selected)}"]`);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [props.selected]);

  const header = (field: SortField, label: string) => {
    const active = props.sort.field === field;
    return (
      <th aria-sort={active ? (props.sort.desc ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort" onClick={() => props.onSort(field)}>
          {label} {active ? (props.sort.desc ? '▼' : '▲') : ''}
        </button>
      </th>
    );
  };
  const first = props.total === 0 ? 0 : props.page * props.pageSize + 1;
  const last = props.page * props.pageSize + props.items.length;

  return (
    <section className="table-wrap" aria-label="Events">
      <div className="table-head">
        <h2>Events</h2>
        <span className="muted" data-testid="events-total" aria-live="polite">
          {props.loading ? 'loading…' : `${first}–${last} of ${props.total}`}
        </span>
        <div className="pager">
          <button type="button" onClick={() => props.onPage(-1)} disabled={props.page === 0}>
            ← Previous
          </button>
          <button type="button" onClick={() => props.onPage(1)} disabled={!props.hasNext}>
            Next →
          </button>
        </div>
      </div>
      {props.error && (
        <p className="error" role="alert">
          {props.error}
        </p>
      )}
      <div className="table-scroll">
        <table className="events">
          <thead>
            <tr>
              {header('date', 'Date')}
              <th>Type</th>
              <th>Actor → recipient</th>
              <th>Location</th>
              <th>Modality</th>
              {header('confidence', 'Conf.')}
              <th>Review</th>
              <th>Evidence</th>
            </tr>
          </thead>
          <tbody ref={body}>
            {props.items.map((e) => (
              <tr
                key={e.id}
                data-id={e.id}
                data-type={e.type}
                className={e.id === props.selected ? 'selected' : undefined}
                aria-selected={e.id === props.selected}
                onClick={() => props.onSelect(e.id)}
              >
                <td className="nowrap">
                  {e.date ? e.date.start : '—'}
                  {e.date && e.date.precision !== 'day' ? <small> ({e.date.precision})</small> : null}
                </td>
                <td className="nowrap">
                  <button
                    type="button"
                    className="rowbtn"
                    onClick={(ev) => {
                      ev.stopPropagation();
                      props.onSelect(e.id);
                    }}
                    aria-label={`Open ${e.type} event ${e.id}`}
                  >
                    <span className="swatch" style={{ background: typeColor(e.type) }} />
                    {e.type}
                  </button>
                </td>
                <td>
                  {actors(e.actor) || '—'}
                  {e.recipient.length ? ` → ${actors(e.recipient)}` : ''}
                </td>
                <td>
                  {e.location
                    ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ''}`
                    : '—'}
                  {e.location?.precision && e.location.precision > 1 ? (
                    <small> (p{e.location.precision})</small>
                  ) : null}
                </td>
                <td>{e.modality}</td>
                <td className="num">{e.confidence.toFixed(2)}</td>
                <td>
                  <span className={`status status-${e.review.status}`}>{e.review.status}</span>
                </td>
                <td className="evidence-cell" dir="auto">
                  {e.evidence.text}
                </td>
              </tr>
            ))}
            {!props.loading && props.items.length === 0 && (
              <tr>
                <td colSpan={8} className="muted">
                  No events match these filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
