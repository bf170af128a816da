/**
 * Whether a value that came untyped across a boundary (an IPC channel, a
 * menu command) is one of a closed list of names.
 */
export function isOneOf<Name extends string>(names: readonly Name[], value: unknown): value is Name {
  return typeof value === 'string' && (names as readonly string[]).includes(value);
}
