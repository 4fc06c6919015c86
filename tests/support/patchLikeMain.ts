import { ipcPayloadSchemas } from '../../common/ipc';
import { applyPreferencesPatch, type Preferences } from '../../common/preferences';

/**
 * What main does with updatePreferences' payload (common/ipc.ts's schema, then the whole result
 * checked by applyPreferencesPatch), so a fake refuses what main would refuse, in main's words.
 */
export function applyPatchLikeMain(current: Preferences, patch: unknown): { ok: true; value: Preferences } | { ok: false; message: string } {
  const payload = ipcPayloadSchemas.updatePreferences.safeParse(patch);
  if (!payload.success) return { ok: false, message: `updatePreferences: invalid payload — ${payload.error.issues.map((i) => i.message).join('; ')}` };
  const next = applyPreferencesPatch(current, payload.data);
  return next.ok ? next : { ok: false, message: `updatePreferences failed: ${next.issues.map((i) => i.message).join(' ')}` };
}
