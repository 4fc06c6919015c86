/**
 * The one options object of each store (schema, defaults, migrations, file name): built once
 * here and given to electron-store in the app and to plain `conf` on temp folders in tests.
 *
 * The JSON schema is generated from the zod schema in common/preferences.ts, so there is one
 * source of truth. JSON schema cannot say everything zod says (steps of 5 minutes, overlapping
 * ranges, flexMin ≤ flexMax), so conf's check is a coarse net under the real one: zod, in the
 * store, the IPC handler and the form.
 */
import { z } from 'zod';
import type { Options as ConfOptions, Schema } from 'conf';
import { DEFAULT_PREFERENCES, preferencesSchema, type Preferences } from '../../common/preferences';
import { PREFERENCES_FORMAT_VERSION, PREFERENCES_MIGRATIONS } from '../../common/preferencesMigrations';

export const PREFERENCES_CONFIG_NAME = 'preferences';
export const APP_STATE_CONFIG_NAME = 'state';
export const APP_STATE_FORMAT_VERSION = '1.0.0';

type StoreOptions<T extends Record<string, unknown>> = ConfOptions<T> & { readonly cwd: string; readonly configName: string };

/**
 * Ajv's options for both stores. Ajv checks a schema against the draft 2020-12 meta-schema
 * before compiling it, and compiling that meta-schema was over a third of Limber's cold start
 * (about 100 ms before the tray could appear, docs/decisions/0076). Our two schemas are fixed at
 * build time, so that check runs in the tests instead (preferencesStore.test.ts); the data is
 * validated against them exactly as before. Without the check Ajv needs no meta-schemas at all
 * (`meta: false`: nothing of ours refers to one). Nor does Ajv optimise the code it generates:
 * that pass cost more at start than it could ever save on a handful of writes a day; it renames
 * and folds, and validates the same.
 */
export const STORE_AJV_OPTIONS = { validateSchema: false, meta: false, code: { optimize: false } } as const;

/** The `properties` of the preferences' JSON schema (draft 2020-12, which conf's Ajv uses). */
export function preferencesJsonSchema(): Schema<Preferences> {
  const schema = z.toJSONSchema(preferencesSchema, { io: 'input', target: 'draft-2020-12' }) as { properties: Schema<Preferences> };
  return schema.properties;
}

export function createPreferencesStoreOptions(cwd: string): StoreOptions<Preferences> {
  return {
    cwd,
    configName: PREFERENCES_CONFIG_NAME,
    // The file's format version, not the app's: migrations run when the format changes.
    projectVersion: PREFERENCES_FORMAT_VERSION,
    schema: preferencesJsonSchema(),
    rootSchema: { additionalProperties: false },
    defaults: structuredClone(DEFAULT_PREFERENCES),
    migrations: Object.fromEntries(
      PREFERENCES_MIGRATIONS.map((step) => [
        step.version,
        // The same pure step the pre-flight check runs; conf records the version it reached.
        (store: { store: Preferences }) => {
          store.store = step.migrate(store.store) as Preferences;
        },
      ]),
    ),
    // Never: conf would replace a damaged file with the defaults and lose every valid setting.
    // The pre-flight check (storeRecovery.ts) keeps the file aside and repairs it first.
    clearInvalidConfig: false,
    // Keys are whole settings; "workHours.days.mon" must not be read as a path by accident.
    accessPropertiesByDotNotation: false,
    watch: false,
    ajvOptions: STORE_AJV_OPTIONS,
  };
}

import type { AppState } from '../../common/appState';

export type { AppState };

export function createAppStateStoreOptions(cwd: string): StoreOptions<AppState> {
  return {
    cwd,
    configName: APP_STATE_CONFIG_NAME,
    projectVersion: APP_STATE_FORMAT_VERSION,
    schema: {
      firstRunComplete: { type: 'boolean' },
      scheduler: {},
      lastEmphasis: { enum: ['hips', 'thoracic', null] },
      updateCheckedMs: { type: 'number' },
      updateAnnounced: { type: 'string', maxLength: 40 },
    },
    rootSchema: { additionalProperties: false },
    defaults: { firstRunComplete: false, scheduler: null, lastEmphasis: null },
    migrations: {},
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
    ajvOptions: STORE_AJV_OPTIONS,
  };
}
