// What a caught error says, for the words around it: its message, or the thrown value as text. Never throws,
// even for a hostile value whose toString throws.
export function errorText(cause: unknown): string {
  try {
    return cause instanceof Error ? cause.message : String(cause);
  } catch {
    return 'unknown error';
  }
}
