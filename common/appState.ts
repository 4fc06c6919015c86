/**
 * What Limber remembers besides preferences and history. Declared once, here: the composition
 * root reads and saves it (main/app), the store keeps it on disk (main/platform/appStateStore.ts).
 */
import type { Emphasis } from './routine';

// A type alias, not an interface: the stores constrain their value to Record<string, unknown>.
export type AppState = {
  /** The welcome screen was completed (it is then shown again only on request). */
  firstRunComplete: boolean;
  /** The scheduler's persisted snapshot, opaque here; main/core/scheduler parses it on start. */
  scheduler: unknown;
  /** Which area the last routine emphasised, so the next one alternates. */
  lastEmphasis: Emphasis | null;
  /** The update notice (decision 0047): when GitHub last answered a check (epoch ms); absent until one has. */
  updateCheckedMs?: number;
  /** The version the user was last told of, so each is announced once. */
  updateAnnounced?: string;
};
