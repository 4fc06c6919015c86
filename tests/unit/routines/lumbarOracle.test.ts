/**
 * The lumbar rule with an oracle of its own (issue 17): written here from CONTENT.md ("Never roll
 * the lumbar spine directly; work the glutes, piriformis, hip flexors, the QL, lats, and the
 * thoracic spine…; the sacrum may take a gentle tilt"), not taken from catalogRules.ts, so a
 * change to the rules module cannot quietly widen what the catalog may press on.
 */
import { describe, expect, it } from 'vitest';
import type { ContactArea } from '../../../common/routine';
import { CATALOG } from '../../../main/core/routines/catalog';

/** Where a roller or a ball may press: soft tissue, the upper back, the sacrum's gentle tilt. */
const MAY_PRESS: readonly ContactArea[] = [
  'glutes',
  'piriformis',
  'hipFlexors',
  'adductors',
  'quadratusLumborum',
  'lats',
  'thoracicSpine',
  'betweenShoulderBlades',
  'sacrum',
];
/** Where one must never press (seeds 000, 001, 002, 003): the lumbar spine, and any joint or bone. */
const NEVER_PRESS: readonly ContactArea[] = ['lumbarSpine', 'jointOrBone'];
const TOOLS = ['foamRoller', 'massageBall'] as const;
/** An instruction that puts a tool on the low back, in the words a cue would use. */
const TOOL_ON_LOW_BACK = /\b(roll|press|place|rest|lie|set|put)\b[^.]*\b(lower back|low back|lumbar|small of (your|the) back)\b/i;
const AVOIDING = /\b(not|never|off|away|avoid|above|below|stay|keep)\b/i;

describe('no roller or ball on the lumbar spine (independent oracle)', () => {
  const withTool = CATALOG.filter((ex) => TOOLS.some((t) => ex.equipment.includes(t)));

  it('the catalog has roller and ball moves to check', () => {
    expect(withTool.length).toBeGreaterThanOrEqual(5);
  });

  // Mutation caught: adding 'lumbarSpine' to an exercise's contactAreas together with dropping
  // it from FORBIDDEN_CONTACT_AREAS in catalogRules.ts.
  it.each(withTool.filter((ex) => ex.phase === 'reset').map((ex) => [ex.id, ex] as const))('%s says where it presses', (_id, ex) => {
    expect(ex.contactAreas?.length ?? 0).toBeGreaterThan(0);
  });

  // Every phase: a restore move over a roller (thoracic extension) presses too.
  // Mutation caught: roller-thoracic-extension's contactAreas ['thoracicSpine'] → ['lumbarSpine'].
  const pressing = CATALOG.filter((ex) => (ex.contactAreas ?? []).length > 0);
  it.each(pressing.map((ex) => [ex.id, ex] as const))('%s presses only where it may, never where it must not', (_id, ex) => {
    for (const area of ex.contactAreas ?? []) {
      expect(MAY_PRESS).toContain(area);
      expect(NEVER_PRESS).not.toContain(area);
    }
  });

  it('its two lists do not overlap', () => {
    expect(MAY_PRESS.filter((a) => NEVER_PRESS.includes(a))).toEqual([]);
  });

  it.each(withTool.map((ex) => [ex.id, ex] as const))('%s never tells you to put the tool on the low back', (_id, ex) => {
    for (const cue of ex.cues) {
      if (TOOL_ON_LOW_BACK.test(cue)) expect(cue).toMatch(AVOIDING);
    }
  });
});
