/**
 * Bundled into the page by useFakeBridge (tests/support/fakeBridge.ts): the real preference
 * schema, so the fake bridge checks a patch synchronously exactly as main does.
 */
// First, as in every page: zod must not try eval under the pages' CSP.
import '../../renderer/src/shared/zodJitless';
import { applyPatchLikeMain } from './patchLikeMain';

(window as unknown as { __limberApplyPatch: typeof applyPatchLikeMain }).__limberApplyPatch = applyPatchLikeMain;
