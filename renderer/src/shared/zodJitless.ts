/**
 * zod 4 probes for eval (`new Function`) before its first object parse, to compile faster
 * parsers. The CSP refuses eval, so the probe only produces a CSP violation; tell zod not to
 * try. Imported first by every page that validates with common/ schemas.
 */
import { z } from 'zod';

z.config({ jitless: true });
