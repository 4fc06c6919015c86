/**
 * A fingerprint of the seed articles that carries no sentence of them: the file names and a
 * short hash of every run of seven words. With it, the "facts, not sentences" check runs on a
 * plain clone that has no ../shared/seeds beside it; where the seeds exist, the check reads
 * them and a test keeps the committed fingerprint in step.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SHINGLE_WORDS = 7;
export const SEED_DIR = path.resolve(import.meta.dirname, '../../../shared/seeds');
export const FINGERPRINT_FILE = path.resolve(import.meta.dirname, '../fixtures/seeds/fingerprint.json');

export interface SeedFingerprint {
  readonly files: readonly string[];
  /** Sorted 12-hex-digit prefixes of the SHA-256 of each seven-word run. */
  readonly shingles: readonly string[];
}

export function words(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
}

export function hashShingle(run: readonly string[]): string {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 12);
}

export function shinglesOf(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.push(hashShingle(w.slice(i, i + SHINGLE_WORDS)));
  return out;
}

export function seedsPresent(): boolean {
  return existsSync(SEED_DIR);
}

/** Computed from the seed files themselves. */
export function fingerprintFromSeeds(dir: string = SEED_DIR): SeedFingerprint {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const all = new Set<string>();
  for (const f of files) for (const s of shinglesOf(readFileSync(path.join(dir, f), 'utf8'))) all.add(s);
  return { files, shingles: [...all].sort() };
}

export function committedFingerprint(): SeedFingerprint {
  return JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as SeedFingerprint;
}

/** The seeds where they are beside the repo, else the committed fingerprint. */
export function currentFingerprint(): { readonly from: 'seeds' | 'fingerprint'; readonly value: SeedFingerprint } {
  return seedsPresent() ? { from: 'seeds', value: fingerprintFromSeeds() } : { from: 'fingerprint', value: committedFingerprint() };
}
