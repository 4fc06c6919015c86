import { useState } from 'react';
import type { LimberBridge } from '../../../common/ipc';
import type { ExportFormat } from '../../../common/stats';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly format: ExportFormat }
  | { readonly kind: 'saved'; readonly path: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** Export to CSV or JSON: main shows the save dialog; this says where it went, or that it didn't. */
export function ExportPanel({ bridge }: { readonly bridge: LimberBridge }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const run = async (format: ExportFormat) => {
    setState({ kind: 'busy', format });
    try {
      const { path } = await bridge.exportHistory({ format });
      setState(path === null ? { kind: 'cancelled' } : { kind: 'saved', path });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const busy = state.kind === 'busy';
  return (
    <section className="export" aria-labelledby="export-heading">
      <div className="export__row">
        <h2 id="export-heading">Export your history</h2>
        <div className="export__buttons">
          <button type="button" onClick={() => void run('csv')} disabled={busy}>
            Export CSV
          </button>
          <button type="button" onClick={() => void run('json')} disabled={busy}>
            Export JSON
          </button>
        </div>
      </div>
      <p className="export__status" role="status">
        {state.kind === 'busy' && 'Choose where to save…'}
        {state.kind === 'saved' && (
          <>
            Saved to <span className="export__path">{state.path}</span>
          </>
        )}
        {state.kind === 'cancelled' && 'Export cancelled: nothing was saved.'}
        {state.kind === 'idle' && 'Every break and routine Limber has kept, for a spreadsheet or your own tools. It stays on this computer.'}
      </p>
      {state.kind === 'failed' && (
        <p className="export__error" role="alert">
          Could not export: {state.message}
        </p>
      )}
    </section>
  );
}
