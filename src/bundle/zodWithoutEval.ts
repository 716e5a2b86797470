// Must be the player's first import: zod probes for eval (new Function) when a schema is built, at module
// load, and the bundle's Content-Security-Policy forbids eval, so the refused probe would be reported as
// a policy violation on every open. With jitless, zod never probes (it then parses without compiled code).
import { z } from 'zod';

z.config({ jitless: true });

export {};
