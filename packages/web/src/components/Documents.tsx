/**
 * @module Documents
 * The stored documents, newest first, with full-text search (`GET /documents?q=`); a row opens the
 * reader.
 */
import { useEffect, useState } from 'react';
import { type ApiError, api } from '../api';
import type { DocumentSummary } from '../types';

/** Props of {@link Documents}. */
export interface DocumentsProps {
  onOpen: (docId: string) => void;
  /** Bumped after an upload so the list reloads. */
  version: number;
}

const PAGE = 50;

/**
 * The documents view.
 *
 * @param props
 *   `onOpen` and the reload counter.
 */
export function Documents({ onOpen, version }: DocumentsProps) {
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState(0);
  const [data, setData] = useState<{ items: DocumentSummary[]; total: number; next: string | null } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version reloads after an upload
  useEffect(() => {
    let cancelled = false;
    api.documents(q, PAGE, cursors[page] ?? null).then(
      (r) => {
        if (cancelled) return;
        setData(r);
        setError(null);
      },
      (e: ApiError) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [q, page, cursors, version]);

  return (
    <section className="documents" aria-label="Documents">
      <div className="table-head">
        <h2>Documents</h2>
        <span className="muted" data-testid="documents-total">
          {data ? `${data.total} stored` : 'loading…'}
        </span>
        <form
          className="doc-search"
          onSubmit={(e) => {
            e.preventDefault();
            setCursors([null]);
            setPage(0);
            setQ(draft.trim());
          }}
        >
          <input
            type="search"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder="Search titles and text"
            aria-label="Search documents"
          />
          <button type="submit">Search</button>
        </form>
        <div className="pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            ← Previous
          </button>
          <button
            type="button"
            disabled={!data?.next}
            onClick={() => {
              if (!data?.next) return;
              const next = data.next;
              setCursors((c) => [...c.slice(0, page + 1), next]);
              setPage(page + 1);
            }}
          >
            Next →
          </button>
        </div>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="table-scroll">
        <table className="events">
          <thead>
            <tr>
              <th>Title</th>
              <th>Published</th>
              <th>Events</th>
              <th>Format</th>
              <th>Source</th>
              <th>Added</th>
            </tr>
          </thead>
          <tbody>
            {data?.items.map((d) => (
              <tr key={d.id} data-id={d.id} onClick={() => onOpen(d.id)}>
                <td dir="auto">
                  <button
                    type="button"
                    className="rowbtn"
                    onClick={(e) => {
                      e.stopPropagation();
                      onOpen(d.id);
                    }}
                  >
                    {d.title || d.id}
                  </button>
                </td>
                <td className="nowrap">{d.published ?? '—'}</td>
                <td className="num">{d.events}</td>
                <td>{d.format ?? '—'}</td>
                <td className="evidence-cell">{d.source ?? '—'}</td>
                <td className="nowrap">{d.ingested.slice(0, 10)}</td>
              </tr>
            ))}
            {data && data.items.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  No documents{q ? ` match “${q}”` : ' yet: add one'}.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
