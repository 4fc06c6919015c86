import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../main/core/routines/catalog';
import { renderExerciseDocs } from '../../../main/core/routines/exerciseDocs';

const docsFile = path.resolve(import.meta.dirname, '../../../docs/exercises.md');

describe('docs/exercises.md', () => {
  it('is up to date with the catalog (run npm run docs:exercises)', () => {
    expect(readFileSync(docsFile, 'utf8')).toBe(renderExerciseDocs());
  });

  it('shows every exercise with all of its cues, its safety note and its sources', () => {
    const doc = renderExerciseDocs();
    for (const ex of CATALOG) {
      expect(doc).toContain(`(\`${ex.id}\`)`);
      for (const cue of ex.cues) expect(doc).toContain(cue);
      if (ex.safety) expect(doc).toContain(ex.safety);
      for (const s of ex.sources) expect(doc).toContain(s);
    }
  });
});
