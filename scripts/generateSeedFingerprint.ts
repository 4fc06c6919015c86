// Writes tests/fixtures/seeds/fingerprint.json from ../shared/seeds (hashes only, no text), so
// the catalog's source checks run on a clone with no seeds beside it. A test fails when stale.
import { writeFileSync } from 'node:fs';
import { FINGERPRINT_FILE, fingerprintFromSeeds } from '../tests/support/seedFingerprint';

const fp = fingerprintFromSeeds();
writeFileSync(FINGERPRINT_FILE, `${JSON.stringify(fp)}\n`);
console.log(`${FINGERPRINT_FILE}: ${fp.files.length} files, ${fp.shingles.length} shingles`);
