import { config } from 'zod';

/*
 * Imported first by main.tsx, before any module builds a schema. zod 4 compiles object parsers
 * with `new Function` when it may, and finds out by trying it once as each object schema is built.
 * The built page's Content-Security-Policy (vite.config.ts) allows no 'unsafe-eval', so that probe
 * is refused and reported as a violation. Interpreted parsing costs little: opening the 5,000-unit
 * benchmark document (2 MB) took about 140 ms instead of 120 ms in Node.
 */
config({ jitless: true });
