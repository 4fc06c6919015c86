/**
 * Limber's general safety advice, written once from the seeds and shown by the welcome screen,
 * Preferences › About & safety, and the screen after "Stop — this hurts". In our own words:
 * - stop at sharp or radiating pain, numbness or tingling, and get advice (001, 002, 003);
 * - with a disc problem or spinal stenosis, rolling or arching the back can aggravate it (002);
 * - see someone for pain that lasts, pain after an injury, weakness, pain that disturbs daily life
 *   or sleep; urgent care for the red flags (003).
 */

/** When to stop at once. */
export const STOP_SIGNS = 'Stop if you feel sharp or spreading pain, numbness, tingling or weakness.';

/** Seed 002: pressing or arching the lower back can aggravate a disc problem or stenosis. */
export const DISC_CAUTION = 'With a disc problem or spinal stenosis, check with a physiotherapist before you roll or arch your back.';

/** When to see a doctor or physiotherapist (seed 003's list, in our words). */
export const SEE_SOMEONE_IF: readonly string[] = [
  'sharp pain, or pain that spreads down a leg',
  'numbness or tingling',
  'weakness in a leg or foot',
  'pain that began after a fall or an injury',
  'pain that lasts or gets worse despite rest',
  'pain that disturbs your daily life or your sleep',
];

/** The red flags that need urgent care (003). */
export const URGENT_CARE = 'Get urgent care for fever, unexplained weight loss, or bladder or bowel changes.';

export const NOT_MEDICAL_ADVICE = 'Limber is a reminder to move, not medical advice.';
