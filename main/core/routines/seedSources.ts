/**
 * The five seed articles (in ../shared/seeds beside the repo) that every exercise must cite.
 * Kept here so the catalog can be typed against them and the catalog test can check both
 * directions: every cited file is in this list, and every file in this list exists.
 */
export const SEED_FILES = [
  '000_fcfb5cf64b90f60c.txt',
  '001_74d084aabcb46361.txt',
  '002_1d181e08bf826eae.txt',
  '003_309058a23b528939.txt',
  '004_577c386135b02322.txt',
] as const;
export type SeedFile = (typeof SEED_FILES)[number];

/** Short names for the catalog source lists: rolling basics, glute/QL rolling, lumbar safety, release guide, reset-restore-rebuild. */
export const [S000, S001, S002, S003, S004] = SEED_FILES;

/** What each seed is about, for the generated review document. */
export const SEED_SUMMARIES: Readonly<Record<SeedFile, string>> = {
  '000_fcfb5cf64b90f60c.txt': 'Rolling out the hips and spine: techniques, breathing, 30–90 s per area.',
  '001_74d084aabcb46361.txt': 'Foam rolling the glutes and the side of the waist instead of the lumbar spine.',
  '002_1d181e08bf826eae.txt': 'Why not to roll the lumbar spine; glutes, thoracic spine and lats instead.',
  '003_309058a23b528939.txt': 'Releasing lower back and hips: stretches, mobility, strengthening, when to seek help.',
  '004_577c386135b02322.txt': 'Reset, restore, rebuild: breathing, release, 90/90 and flexor stretches, stability.',
};
