/**
 * The domain model shared by main and renderer. The zod schemas are the
 * source of truth: IPC validation, the meeting file and the TypeScript types
 * all derive from them, so a field cannot drift between layers.
 *
 * One file per part of the domain; this one gathers them, so code may import
 * from here or from the part itself.
 */

export * from './values';
export * from './kinds';
export * from './body';
export * from './called-person';
export * from './agenda-item';
export * from './meeting';
