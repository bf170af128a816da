import { config } from 'zod';

// Imported first by main.tsx, before any schema is made. The CSP forbids eval, so zod's
// compiled parsers never run in the renderer; without jitless, every z.object() probes
// for eval (new Function) as it is made, and that probe is a CSP violation in the console.
config({ jitless: true });
