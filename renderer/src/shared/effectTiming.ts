/**
 * When the windows' effects run. The windows run on Preact's compat layer (decision 0022), which
 * by default runs effects after the next animation frame, or 35 ms of setTimeout if no frame
 * comes. A tray app's windows are often not painting (shown inactive, behind others, throttled
 * in the background), and a player's countdown and voice start from effects: waiting for a
 * frame there means a late first cue. React runs them from a MessageChannel task once the
 * commit is done; this does the same, so effects follow the work, not the frame rate.
 * Imported first by every window's entry.
 */
import { options } from 'preact';

const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => {
  for (const run of queued.splice(0)) run();
};

options.requestAnimationFrame = (run: () => void) => {
  queued.push(run);
  if (queued.length === 1) channel.port2.postMessage(null);
};
