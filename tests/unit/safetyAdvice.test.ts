/**
 * The general safety advice says what the seeds say (issue 14, item 4), checked with wording of
 * this test's own: stop at the warning signs (001, 002, 003), the disc / stenosis caution (002),
 * when to see someone, including pain that disturbs daily life or sleep (003), and the red flags.
 * The browser tests (welcome.spec, player.spec) show the screens render it.
 */
import { describe, expect, it } from 'vitest';
import { DISC_CAUTION, NOT_MEDICAL_ADVICE, SEE_SOMEONE_IF, STOP_SIGNS, URGENT_CARE } from '../../common/safetyAdvice';
import { currentFingerprint, shinglesOf } from '../support/seedFingerprint';

describe('general safety advice', () => {
  it('says "stop" for sharp or spreading pain, numbness, tingling and weakness', () => {
    expect(STOP_SIGNS).toMatch(/^Stop\b/);
    for (const sign of [/sharp/, /spreading|radiating/, /numbness/, /tingling/, /weakness/]) expect(STOP_SIGNS).toMatch(sign);
    expect(STOP_SIGNS).not.toMatch(/ease (off|up)/i);
  });

  // Mutation caught: dropping 'stenosis' (or the disc) from DISC_CAUTION.
  it('warns people with a disc problem or spinal stenosis before rolling or arching the back (002)', () => {
    expect(DISC_CAUTION).toMatch(/\bdisc\b/i);
    expect(DISC_CAUTION).toMatch(/\bstenosis\b/i);
    expect(DISC_CAUTION).toMatch(/\broll\b/i);
    expect(DISC_CAUTION).toMatch(/\barch\b/i);
    expect(DISC_CAUTION).toMatch(/physiotherapist|doctor|health professional/i);
  });

  // Mutation caught: the daily-life-or-sleep line removed from SEE_SOMEONE_IF.
  it("lists seed 003's reasons to see someone, daily life and sleep included", () => {
    const list = SEE_SOMEONE_IF.join('\n');
    for (const reason of [/sharp pain/, /down a leg/, /numbness/, /tingling/, /weakness/, /injury/, /lasts|worse/, /daily life[^\n]*sleep/]) {
      expect(list).toMatch(reason);
    }
    for (const flag of [/fever/, /weight loss/, /bladder/, /bowel/]) expect(URGENT_CARE).toMatch(flag);
    expect(URGENT_CARE).toMatch(/urgent/i);
  });

  it('carries facts, not sentences: no run of 7 words copied from a seed', () => {
    const shingles = new Set(currentFingerprint().value.shingles);
    const texts = [STOP_SIGNS, DISC_CAUTION, URGENT_CARE, NOT_MEDICAL_ADVICE, ...SEE_SOMEONE_IF];
    expect(texts.filter((t) => shinglesOf(t).some((s) => shingles.has(s)))).toEqual([]);
  });
});
