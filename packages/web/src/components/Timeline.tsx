/**
 * @module Timeline
 * Events per day or week, stacked by type, as an SVG bar chart. Dragging across it (the brush) sets
 * the date range that filters the table and the map; the date inputs in the filter panel are the
 * keyboard equivalent, and "Clear" removes the range.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { PLOVER_TYPES, typeColor } from '../plover';
import { type BinUnit, binDated, brushRange, type Dated, stackBin } from '../timeline';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  items: Dated[];
  /** The current date filter, drawn as the brushed band. */
  range: { from: string | null; to: string | null };
  onBrush: (range: { from: string; to: string } | null) => void;
  loading: boolean;
}

const HEIGHT = 110;
const AXIS = 18;

/**
 * The timeline view.
 *
 * @param props
 *   Dated counts, the current range and the brush callback.
 */
export function Timeline({ items, range, onBrush, loading }: TimelineProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  const [unit, setUnit] = useState<BinUnit | 'auto'>('auto');
  const [drag, setDrag] = useState<{ x0: number; x1: number } | null>(null);

  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const binned = useMemo(() => binDated(items, unit === 'auto' ? undefined : unit), [items, unit]);
  const { bins, max } = binned;
  const step = bins.length ? width / bins.length : width;
  const plot = HEIGHT - AXIS;
  const y = (n: number) => plot - (max ? (n / max) * (plot - 6) : 0);

  let band: { x: number; w: number } | null = null;
  if (drag) band = { x: Math.min(drag.x0, drag.x1), w: Math.abs(drag.x1 - drag.x0) };
  else if ((range.from || range.to) && bins.length) {
    const first = range.from ? bins.findIndex((b) => b.end >= range.from!) : 0;
    let last = bins.length - 1;
    if (range.to) {
      last = -1;
      for (let i = 0; i < bins.length; i++) if (bins[i]!.start <= range.to) last = i;
    }
    if (first >= 0 && last >= first) band = { x: first * step, w: (last - first + 1) * step };
  }

  const local = (e: React.PointerEvent) => {
    const rect = (e.currentTarget as SVGElement).getBoundingClientRect();
    return Math.max(0, Math.min(width, e.clientX - rect.left));
  };
  const ticks = useMemo(() => {
    if (!bins.length) return [];
    const every = Math.max(1, Math.ceil(bins.length / Math.max(1, Math.floor(width / 90))));
    return bins.map((b, i) => ({ i, label: b.start })).filter((t) => t.i % every === 0);
  }, [bins, width]);

  return (
    <section className="timeline" aria-label="Timeline of events">
      <div className="timeline-head">
        <h2>Timeline</h2>
        <span className="muted">
          {binned.unit === 'day' ? 'per day' : 'per ISO week'}, stacked by type
          {binned.skipped ? ` · ${binned.skipped} without a usable date not shown` : ''}
        </span>
        <label>
          Bars{' '}
          <select value={unit} onChange={(e) => setUnit(e.target.value as BinUnit | 'auto')}>
            <option value="auto">auto</option>
            <option value="day">day</option>
            <option value="week">week</option>
          </select>
        </label>
        {(range.from || range.to) && (
          <button type="button" onClick={() => onBrush(null)}>
            Clear dates
          </button>
        )}
      </div>
      <div ref={wrap} className="timeline-chart">
        {loading && bins.length === 0 ? (
          <p className="muted">Loading…</p>
        ) : bins.length === 0 ? (
          <p className="muted">No dated events for these filters.</p>
        ) : (
          <svg
            width={width}
            height={HEIGHT}
            role="img"
            aria-label={`Events ${binned.unit === 'day' ? 'per day' : 'per week'} from ${bins[0]!.start} to ${bins.at(-1)!.end}; drag to filter by date`}
            onPointerDown={(e) => {
              (e.currentTarget as SVGElement).setPointerCapture(e.pointerId);
              const x = local(e);
              setDrag({ x0: x, x1: x });
            }}
            onPointerMove={(e) => drag && setDrag({ ...drag, x1: local(e) })}
            onPointerUp={(e) => {
              if (!drag) return;
              const x1 = local(e);
              setDrag(null);
              const r = brushRange(bins, width, drag.x0, x1);
              if (r) onBrush(r);
            }}
          >
            {bins.map((bin, i) => (
              <g key={bin.start} transform={`translate(${i * step},0)`}>
                <title>{`${bin.start}${bin.end !== bin.start ? ` – ${bin.end}` : ''}: ${bin.total} event${bin.total === 1 ? '' : 's'}${Object.entries(
                  bin.counts,
                )
                  .map(([t, n]) => `\n${t}: ${n}`)
                  .join('')}`}</title>
                <rect x={0} y={0} width={step} height={plot} fill="transparent" />
                {stackBin(bin, PLOVER_TYPES).map((s) => (
                  <rect
                    key={s.type}
                    className="bar"
                    data-type={s.type}
                    x={Math.min(1, step * 0.1)}
                    width={Math.max(1, step - Math.max(1, step * 0.2))}
                    y={y(s.y1)}
                    height={Math.max(0.5, y(s.y0) - y(s.y1))}
                    fill={typeColor(s.type)}
                  />
                ))}
              </g>
            ))}
            {band && (
              <rect
                className="brush"
                x={band.x}
                y={0}
                width={Math.max(2, band.w)}
                height={plot}
                pointerEvents="none"
              />
            )}
            <line x1={0} x2={width} y1={plot} y2={plot} stroke="#999" />
            {ticks.map((t) => (
              <text
                key={t.i}
                x={t.i * step + 2 > width - 70 ? width - 2 : t.i * step + 2}
                textAnchor={t.i * step + 2 > width - 70 ? 'end' : 'start'}
                y={HEIGHT - 4}
                className="tick"
              >
                {t.label}
              </text>
            ))}
            <text x={width - 4} y={12} textAnchor="end" className="tick">
              max {max}
            </text>
          </svg>
        )}
      </div>
    </section>
  );
}
