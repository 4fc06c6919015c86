/**
 * The tray-less panel (docs/decisions/0061-no-tray-on-gnome.md): where the desktop shows no tray
 * icon, this small window holds what the tray would — the status line and the tray menu's
 * actions, drawn from the same model (main/core/trayMenu.ts, sent in the snapshot) — and says
 * once, at its top, what to install to get the tray back.
 */
import { useState } from 'react';
import type { TrayAction, TrayMenuItem } from '../../../common/desktop';
import type { LimberBridge } from '../../../common/ipc';
import { LimberMark } from '../shared/LimberMark';
import { messageOf, useSnapshot } from '../shared/useSnapshot';
import { useTheme } from '../shared/theme';

function MenuItems({ items, run }: { items: readonly TrayMenuItem[]; run: (action: TrayAction) => void }) {
  return (
    <>
      {items.map((item, index) => {
        switch (item.type) {
          case 'status':
          case 'separator':
            // The status is the heading; separators become the gaps between groups.
            return item.type === 'separator' && index > 1 ? <hr key={index} className="panel__gap" /> : null;
          case 'action':
            return (
              <button
                key={index}
                type="button"
                className={item.action.kind === 'startNow' ? 'primary panel__action' : 'panel__action'}
                disabled={!item.enabled}
                onClick={() => run(item.action)}
              >
                {item.label}
              </button>
            );
          case 'submenu':
            return (
              <fieldset key={index} className="panel__submenu">
                <legend>{item.label}</legend>
                <div className="panel__choices">
                  <MenuItems items={item.items} run={run} />
                </div>
              </fieldset>
            );
        }
      })}
    </>
  );
}

export function PanelApp({ bridge }: { bridge: LimberBridge }) {
  const { snapshot, loadError } = useSnapshot(bridge);
  const [failed, setFailed] = useState<string | null>(null);
  useTheme(snapshot?.preferences.theme);
  const run = (action: TrayAction) => {
    setFailed(null);
    bridge.runMenuAction({ action }).catch((error: unknown) => setFailed(messageOf(error)));
  };
  const panel = snapshot?.desktop.panel ?? null;
  return (
    <main className="panel">
      <header className="panel__header">
        <LimberMark size={36} />
        <div>
          <h1>Limber</h1>
          <p className="panel__status" role="status">
            {snapshot?.statusText ?? (loadError ? `Limber did not answer: ${loadError}` : 'Starting…')}
          </p>
        </div>
      </header>
      {panel ? (
        <>
          <p className="panel__hint">{panel.hint}</p>
          <nav className="panel__menu" aria-label="Limber menu">
            <MenuItems items={panel.menu} run={run} />
          </nav>
        </>
      ) : snapshot ? (
        <p className="panel__hint">Limber’s menu is in the tray.</p>
      ) : null}
      {failed ? (
        <p className="panel__failed" role="alert">
          {failed}
        </p>
      ) : null}
    </main>
  );
}
