/**
 * @module Filters
 * The filter panel. Text fields apply on Enter or blur (not on every keystroke, which would query the
 * server per letter); checkboxes and selects apply at once. Every filter lives in the URL.
 */
import { useEffect, useState } from 'react';
import { ACLED_TYPES, MODALITIES, PLOVER_TYPES, REVIEW_STATUSES, typeColor } from '../plover';
import { EMPTY_FILTERS, type Filters, hasFilters } from '../state';

/** Props of {@link FilterPanel}. */
export interface FilterPanelProps {
  filters: Filters;
  onChange: (f: Filters) => void;
  /** Counts per type for the current filter (from /stats), shown beside each type. */
  typeCounts: Record<string, number>;
}

function TextFilter({
  label,
  value,
  onCommit,
  placeholder,
  type = 'text',
}: {
  label: string;
  value: string | null;
  onCommit: (v: string | null) => void;
  placeholder?: string;
  type?: string;
}) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const commit = () => {
    const v = draft.trim() || null;
    if (v !== value) onCommit(v);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type={type}
        value={draft}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}

function toggle(list: string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/**
 * The filter panel.
 *
 * @param props
 *   Current filters, the change callback and per-type counts.
 */
export function FilterPanel({ filters, onChange, typeCounts }: FilterPanelProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <form className="filters" aria-label="Event filters" onSubmit={(e) => e.preventDefault()}>
      <div className="filters-head">
        <h2>Filters</h2>
        {hasFilters(filters) && (
          <button type="button" onClick={() => onChange(EMPTY_FILTERS)}>
            Clear all
          </button>
        )}
      </div>
      <TextFilter
        label="Full text"
        value={filters.q}
        onCommit={(q) => set({ q })}
        placeholder="words in the evidence"
        type="search"
      />
      <div className="row">
        <label className="field">
          <span>From</span>
          <input
            type="date"
            value={filters.from ?? ''}
            onChange={(e) => set({ from: e.target.value || null })}
          />
        </label>
        <label className="field">
          <span>To</span>
          <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || null })} />
        </label>
      </div>
      <fieldset className="types">
        <legend>PLOVER type</legend>
        {PLOVER_TYPES.map((t) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              name="type"
              value={t}
              checked={filters.types.includes(t)}
              onChange={() => set({ types: toggle(filters.types, t) })}
            />
            <span className="swatch" style={{ background: typeColor(t) }} />
            {t}
            {typeCounts[t] ? <span className="count">{typeCounts[t]}</span> : null}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>ACLED type</span>
        <select value={filters.acled ?? ''} onChange={(e) => set({ acled: e.target.value || null })}>
          <option value="">any</option>
          {ACLED_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <TextFilter
        label="Actor id"
        value={filters.actor}
        onCommit={(actor) => set({ actor })}
        placeholder="e.g. syr.gov"
      />
      <div className="row">
        <TextFilter
          label="Country"
          value={filters.country}
          onCommit={(c) => set({ country: c && /^[A-Za-z]{2}$/.test(c) ? c.toUpperCase() : null })}
          placeholder="SY"
        />
        <TextFilter
          label="Admin-1"
          value={filters.admin1}
          onCommit={(admin1) => set({ admin1 })}
          placeholder="Idlib"
        />
      </div>
      <fieldset>
        <legend>Modality</legend>
        {MODALITIES.map((m) => (
          <label key={m} className="check">
            <input
              type="checkbox"
              checked={filters.modality.includes(m)}
              onChange={() => set({ modality: toggle(filters.modality, m) })}
            />
            {m}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Review</span>
        <select
          value={filters.status ?? ''}
          onChange={(e) => set({ status: (e.target.value || null) as Filters['status'] })}
          aria-label="Review status"
        >
          <option value="">any</option>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === 'pending' ? 'pending (unreviewed only)' : s}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>
          Min. confidence {filters.minConfidence !== null ? filters.minConfidence.toFixed(2) : 'any'}
        </span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={filters.minConfidence ?? 0}
          onChange={(e) => {
            const n = Number(e.target.value);
            set({ minConfidence: n > 0 ? n : null });
          }}
        />
      </label>
      {filters.bbox && (
        <p className="muted">
          Map extent: {filters.bbox.map((n) => n.toFixed(2)).join(', ')}{' '}
          <button type="button" onClick={() => set({ bbox: null })}>
            Remove
          </button>
        </p>
      )}
    </form>
  );
}
