/**
 * @module AddDocument
 * Add a document: paste text or upload a file (txt, html, pdf, docx) with an optional title and
 * publication date; the extraction result shows at once in the reader.
 */
import { useState } from 'react';
import { type ApiError, api } from '../api';
import type { DocumentResult } from '../types';
import { Reader } from './Reader';

/** Props of {@link AddDocument}. */
export interface AddDocumentProps {
  onAdded: () => void;
  onOpen: (docId: string) => void;
  canWrite: boolean;
}

/**
 * The add-document view.
 *
 * @param props
 *   Callbacks after a document was stored.
 */
export function AddDocument({ onAdded, onOpen, canWrite }: AddDocumentProps) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<DocumentResult | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  // Bumped after a successful upload: re-mounts the file input, the only way to empty it.
  const [fileKey, setFileKey] = useState(0);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!file && !text.trim()) {
      setError('Paste some text or choose a file first.');
      return;
    }
    setBusy(true);
    try {
      const fields = { ...(title ? { title } : {}), ...(published ? { published } : {}) };
      const r = file ? await api.addFile(file, fields) : await api.addText({ text, ...fields });
      setResult(r);
      setSelected(r.events[0]?.id ?? null);
      // Ready for the next document; the result stays below.
      setText('');
      setFile(null);
      setTitle('');
      setPublished('');
      setFileKey((k) => k + 1);
      onAdded();
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="add-doc">
      <form onSubmit={submit} aria-label="Add a document">
        <h2>Add a document</h2>
        {!canWrite && (
          <p className="warning">Adding needs a session: open the link printed by `sitrep serve`.</p>
        )}
        <label className="field">
          <span>Text</span>
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={8}
            placeholder="Paste a report here…"
            disabled={file !== null}
          />
        </label>
        <label className="field">
          <span>…or a file (txt, html, pdf, docx)</span>
          <input
            key={fileKey}
            type="file"
            accept=".txt,.text,.md,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <div className="row">
          <label className="field">
            <span>Title (optional)</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label className="field">
            <span>Published (optional; relative dates resolve against it)</span>
            <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} />
          </label>
        </div>
        <button type="submit" className="primary" disabled={busy || !canWrite}>
          {busy ? 'Extracting…' : 'Extract and store'}
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {result && (
        <section className="add-result" aria-label="Extraction result">
          <p>
            Stored <code>{result.document.id}</code>: {result.events.length} events,{' '}
            {result.mentions.places.length} places, {result.mentions.times.length} times,{' '}
            {result.mentions.actors.length} actors.{' '}
            <button type="button" onClick={() => onOpen(result.document.id)}>
              Open in the reader
            </button>
          </p>
          <Reader doc={result} selected={selected} onSelect={setSelected} />
        </section>
      )}
    </div>
  );
}
