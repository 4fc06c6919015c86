import '../shared/effectTiming';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { AppSnapshot } from '../../../common/ipc';
import { getBridge } from '../shared/bridge';
import { ReminderApp } from './ReminderApp';
import './reminder.css';

/** Longest the first render waits for main's snapshot before drawing the loading screen. */
const SNAPSHOT_WAIT_MS = 1000;

const bridge = getBridge();
const root = createRoot(document.getElementById('root')!);
let shown = false;
const show = (initial: AppSnapshot | null) => {
  if (shown) return;
  shown = true;
  root.render(
    <StrictMode>
      <ReminderApp bridge={bridge} initial={initial} />
    </StrictMode>,
  );
};
// The snapshot is asked for before the first render, so that render is the card itself
// rather than a loading screen that the card replaces a frame later (the static shell in
// reminder.html covers the wait). A read that fails or hangs still renders: the app's own
// read then shows the error or the late snapshot.
bridge.getSnapshot().then(show, () => show(null));
window.setTimeout(() => show(null), SNAPSHOT_WAIT_MS);
