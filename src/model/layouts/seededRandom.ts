// Deterministic pseudo-random numbers from a text or number seed, so a scattered layout is the same every time.

/** FNV-1a: a 32-bit hash of a text, to seed the generator from ids. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mulberry32: small and good enough for jitter; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled order of 0…count-1 (Fisher–Yates); never the same order as before when count ≥ 2. */
export function seededPermutation(count: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // Shuffle must visibly change something, so an unchanged order swaps its first two.
  if (count >= 2 && order.every((value, i) => value === i)) [order[0], order[1]] = [1, 0];
  return order;
}
