import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to, and probes for it when the
// first object schema is built. The app runs under a CSP without 'unsafe-eval', where even the
// caught probe is reported as a violation; so every schema file imports this module first.
z.config({ jitless: true });
