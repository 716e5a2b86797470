/** A count as every sentence writes it: "1,001". */
export function count(n: number): string {
  return n.toLocaleString('en-GB');
}
