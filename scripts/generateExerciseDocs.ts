/**
 * Writes docs/exercises.md from the exercise catalog (npm run docs:exercises).
 *
 *   tsx scripts/generateExerciseDocs.ts           write the file
 *   tsx scripts/generateExerciseDocs.ts --check   exit 1 if the file is missing or stale
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderExerciseDocs } from '../main/core/routines/exerciseDocs';

const target = path.resolve(import.meta.dirname, '..', 'docs', 'exercises.md');
const expected = renderExerciseDocs();

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== expected) {
    console.error(`${path.relative(process.cwd(), target)} is out of date: run npm run docs:exercises`);
    process.exit(1);
  }
  console.log(`${path.relative(process.cwd(), target)} is up to date`);
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, expected);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
