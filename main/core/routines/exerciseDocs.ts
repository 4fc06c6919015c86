/**
 * Renders the catalog as one Markdown document (docs/exercises.md) that a physiotherapist can
 * review in one read: every exercise with its cues, dose, safety note and sources. Pure, so
 * the script writes it and a test compares it with the file on disk.
 */
import type { Dosage, Exercise, Phase } from '../../../common/routine';
import { CATALOG } from './catalog';
import { FORBIDDEN_CONTACT_AREAS, isDeskFriendly, needsOnlyChairOrNothing, secondsRange } from './catalogRules';
import { LENGTH_TOLERANCE_SECONDS, NO_REPEAT_WINDOW, TRANSITION_SECONDS } from './composer';
import { SEED_BASIS, type SeedPassage } from './seedBasis';
import { SEED_FILES, SEED_SUMMARIES, type SeedFile } from './seedSources';

const PHASE_TITLE: Record<Phase, string> = {
  reset: 'Reset: calm and release',
  restore: 'Restore: mobility and stretching',
  rebuild: 'Rebuild: light stability',
};

const EQUIPMENT_LABEL: Record<string, string> = {
  chair: 'chair',
  desk: 'desk',
  wall: 'wall',
  foamRoller: 'foam roller',
  massageBall: 'massage ball',
  band: 'resistance band',
};

const seedNumber = (file: string) => file.slice(0, 3);

export function formatDose(dosage: Dosage, unilateral: boolean): string {
  const perSide = unilateral ? ' per side' : '';
  const [min, max] = secondsRange(dosage);
  if (dosage.kind === 'hold') return `hold ${dosage.seconds} s${perSide} (composer range ${min}–${max} s)`;
  return (
    `${dosage.reps} reps × ${dosage.secondsPerRep} s = ${dosage.reps * dosage.secondsPerRep} s${perSide} ` +
    `(composer range ${dosage.minReps}–${dosage.maxReps} reps)`
  );
}

const equipmentList = (ex: Exercise) => (ex.equipment.length === 0 ? 'none' : ex.equipment.map((e) => EQUIPMENT_LABEL[e] ?? e).join(', '));
const sidesLabel = (ex: Exercise) => (ex.sidedness === 'unilateral' ? 'one side, then the other' : 'both sides together or alternating');
const cell = (s: string) => s.replace(/\|/g, '\\|');
const doseFrom = (ex: Exercise) => {
  const basis = SEED_BASIS[ex.id];
  if (!basis) return '?';
  return `${'none' in basis.dose ? 'no seed dose' : basis.dose.seed}${basis.reshaped ? ' (departs)' : ''}`;
};
const pointer = (q: SeedPassage) => `${q.seed} › ${q.section}: ${q.fact}`;

/** The seed passages the move and its dose rest on, so a reviewer can check each against its seed. */
function basisLines(ex: Exercise): string[] {
  const basis = SEED_BASIS[ex.id];
  if (!basis) return ['- **Rests on:** not yet recorded in seedBasis.ts'];
  const lines = [`- **Rests on:** ${basis.move.map(pointer).join('; ')}`];
  lines.push(`- **Dose from:** ${'none' in basis.dose ? `no seed states one. ${basis.dose.none}` : pointer(basis.dose)}`);
  if (basis.reshaped) lines.push(`- **Departs from the seed:** ${basis.reshaped}`);
  return lines;
}

function exerciseSection(ex: Exercise): string {
  const lines = [
    `### ${ex.name} (\`${ex.id}\`)`,
    '',
    `- **Position:** ${ex.positions.join(' or ')} · **Equipment:** ${equipmentList(ex)} · **Focus:** ${ex.focus} · **Sides:** ${sidesLabel(ex)}`,
    `- **Dose:** ${formatDose(ex.dosage, ex.sidedness === 'unilateral')}`,
    ...basisLines(ex),
    '- **Cues:**',
    ...ex.cues.map((c, i) => `  ${i + 1}. ${c}`),
    `- **Breathing:** ${ex.breathing}`,
    `- **Why:** ${ex.why}`,
    `- **Safety:** ${ex.safety ?? '—'}`,
  ];
  if (ex.contactAreas) lines.push(`- **Roller/ball presses on:** ${ex.contactAreas.join(', ')}`);
  if (ex.adaptedFrom) lines.push(`- **Adapted from:** ${ex.adaptedFrom}`);
  lines.push(`- **Sources:** ${ex.sources.map((s) => `${seedNumber(s)} (\`${s}\`)`).join(', ')}`);
  lines.push(`- **Key poses:** ${ex.poses.map((p) => `${p.label} (${p.view} view)`).join(' → ')}`);
  return lines.join('\n');
}

export function renderExerciseDocs(catalog: readonly Exercise[] = CATALOG): string {
  const count = (pred: (e: Exercise) => boolean) => catalog.filter(pred).length;
  const phases: Phase[] = ['reset', 'restore', 'rebuild'];
  const out: string[] = [
    '# Limber exercise catalog',
    '',
    '<!-- Generated from main/core/routines by `npm run docs:exercises` (scripts/generateExerciseDocs.ts).',
    '     Do not edit by hand: tests/unit/routines/exerciseDocs.test.ts fails when this file is stale. -->',
    '',
    'Every exercise Limber can put into a routine, with the cues the player shows, the default dose,',
    'the safety note and the seed articles it rests on. Written for review by a physiotherapist.',
    'Each exercise names the seed passage its move and its dose come from (seed › section: the fact, in',
    'our words; the seeds are not quoted), and says where and why Limber departs from it. Why doses are',
    'fitted to a 2–3 minute break this way: docs/decisions/0056-seed-doses-in-a-short-routine.md.',
    '',
    '## At a glance',
    '',
    `- ${catalog.length} exercises: ${phases.map((p) => `${count((e) => e.phase === p)} ${p}`).join(', ')}.`,
    `- By position: ${(['seated', 'standing', 'floor'] as const).map((p) => `${count((e) => e.positions.includes(p))} ${p}`).join(', ')}.`,
    `- ${count(needsOnlyChairOrNothing)} need only a chair or nothing and are done seated or standing; ` +
      `${count(isDeskFriendly)} fit the default settings (seated or standing, chair, desk or wall only).`,
    `- One-sided moves: ${count((e) => e.sidedness === 'unilateral')}; the routine plays them right side, "switch sides", left side.`,
    '',
    '## How a routine is built',
    '',
    '- Reset (one move) → restore (two or three moves, covering the hips **and** the upper back) → rebuild (one move).',
    `- The routine lands within ±${LENGTH_TOLERANCE_SECONDS} s of the chosen 2, 2½ or 3 minutes, transitions included: ` +
      `${TRANSITION_SECONDS.leadIn} s lead-in, ${TRANSITION_SECONDS.samePosition} s between moves ` +
      `(${TRANSITION_SECONDS.newPosition} s when the position changes), ${TRANSITION_SECONDS.switchSides} s to switch sides.`,
    '- Doses stretch or shrink only inside each exercise\'s composer range (holds in 5 s steps, reps one at a time).',
    `- No exercise from the last ${NO_REPEAT_WINDOW} routines when an alternative exists; favourites are preferred; ` +
      'a hips or upper-back focus tilts the restore block; with a balanced focus the emphasis alternates.',
    '- A routine never uses a position the user did not allow or equipment they do not own. When the settings leave too ' +
      'little, the composer bends, in this order and only as far as needed: variety (repeat a recent move), length (beyond ±10 s), ' +
      'hip/upper-back coverage, a phase (left out), an excluded move; the card says what it bent (decision 0048).',
    '',
    '## Safety rules built into the catalog (checked by tests)',
    '',
    `- No roller or ball ever presses on: ${FORBIDDEN_CONTACT_AREAS.join(', ')}. Roller work on the back stays on the ` +
      'thoracic spine, no lower than the bottom of the ribs; the sacrum takes only a gentle side-to-side tilt (000, 001, 002, 003).',
    '- Cues never tell the user to roll the lower back; a pose never shows a roller or ball under the lumbar part of the figure.',
    '- A mild stretch or "good" discomfort only, never sharp pain (000, 001, 002, 003).',
    '- Rolling is slow, 20–60 s on a tender spot (001, 002, 004) and 30–90 s per area (000); where a seed gives no time for a roll, ' +
      "000's 30–90 s per area. Static stretches hold 20–30 s (003, 004); 004's 90/90 pigeon and kneeling flexor stretches 30–60 s.",
    '- 360° breathing: 8–10 breaths (004). Strength moves: 003 asks 2–3 sets of 10–15; a 20–30 s rebuild phase holds one short set.',
    '- Chair moves ask for a steady chair with no wheels, swivel or recline, and a back up to the mid-back where the move leans on it.',
    '- Each cue asks for one action.',
    '- Stop (not "ease off") at sharp pain, pain radiating down the leg, numbness or tingling (001, 002, 003), and seek professional ' +
      'advice for those, weakness, pain that lasts or disturbs daily life or sleep, pain after an injury, or red-flag symptoms (003). ' +
      'With a disc problem or spinal stenosis, check with a professional before rolling or arching the back (002).',
    '',
    '## Sources',
    '',
    '| seed | file | about |',
    '|---|---|---|',
    ...SEED_FILES.map((f: SeedFile) => `| ${seedNumber(f)} | \`${f}\` | ${cell(SEED_SUMMARIES[f])} |`),
    '',
    '## Index',
    '',
    '| exercise | phase | position | equipment | focus | sides | default dose | dose from | seeds |',
    '|---|---|---|---|---|---|---|---|---|',
    ...catalog.map(
      (e) =>
        `| ${cell(e.name)} | ${e.phase} | ${e.positions.join(', ')} | ${equipmentList(e)} | ${e.focus} | ` +
        `${e.sidedness === 'unilateral' ? 'each side' : 'both'} | ${cell(formatDose(e.dosage, e.sidedness === 'unilateral').replace(/ \(.*\)$/, ''))} | ` +
        `${doseFrom(e)} | ${e.sources.map(seedNumber).join(', ')} |`,
    ),
    '',
  ];
  for (const phase of phases) {
    out.push(`## ${PHASE_TITLE[phase]}`, '');
    for (const ex of catalog.filter((e) => e.phase === phase)) out.push(exerciseSection(ex), '');
  }
  return out.join('\n');
}
