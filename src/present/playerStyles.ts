// The player's styles as objects: the exported bundle's one-script player carries no stylesheet.
import type { CSSProperties } from 'react';

const startHint = {
  position: 'absolute',
  left: '50%',
  top: '5%',
  transform: 'translateX(-50%)',
  padding: '8px 18px',
  borderRadius: 999,
  background: 'rgba(0, 0, 0, 0.7)',
  color: '#fff',
  font: '600 18px system-ui, sans-serif',
  whiteSpace: 'nowrap',
  pointerEvents: 'none',
  opacity: 1,
  transition: 'opacity 400ms ease-out',
} satisfies CSSProperties;

export const playerStyles = {
  root: {
    position: 'fixed',
    inset: 0,
    background: '#000',
    overflow: 'hidden',
    userSelect: 'none',
    zIndex: 1000,
    // Swipes reach the player as pointer events instead of panning the page.
    touchAction: 'none',
  },
  stage: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  },
  blank: { position: 'absolute', inset: 0 },
  /** The discreet "Go to slide 12" while a slide number is typed. */
  notice: {
    position: 'absolute',
    right: 16,
    bottom: 16,
    padding: '4px 10px',
    borderRadius: 4,
    background: 'rgba(0, 0, 0, 0.6)',
    color: '#fff',
    font: '14px system-ui, sans-serif',
    pointerEvents: 'none',
  },
  /** How to start, high in the middle of the bundle's first screen (clear of the question bar), fading out (opacity only: no redraw). */
  startHint,
  startHintGone: {
    ...startHint,
    opacity: 0,
    visibility: 'hidden',
    transition: 'opacity 400ms ease-out, visibility 0s 400ms',
  },
  /** A message the presenter must read, e.g. that the presenter window was blocked. */
  alert: {
    position: 'absolute',
    left: '50%',
    bottom: 24,
    transform: 'translateX(-50%)',
    maxWidth: '80%',
    padding: '10px 16px',
    borderRadius: 6,
    background: 'rgba(20, 20, 20, 0.9)',
    color: '#fff',
    font: '16px system-ui, sans-serif',
    textAlign: 'center',
    pointerEvents: 'none',
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    margin: -1,
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
} satisfies Record<string, CSSProperties>;

const thumbnail = {
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  gap: 4,
  padding: 0,
  border: '3px solid transparent',
  borderRadius: 4,
  background: 'none',
  color: '#ccc',
  cursor: 'pointer',
  font: '13px system-ui, sans-serif',
} satisfies CSSProperties;

export const overviewStyles = {
  dialog: {
    position: 'absolute',
    inset: 0,
    overflow: 'auto',
    padding: 24,
    boxSizing: 'border-box',
    background: 'rgba(16, 16, 16, 0.96)',
    touchAction: 'pan-y',
  },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(230px, 1fr))',
    justifyItems: 'center',
    gap: 16,
  },
  thumbnail,
  currentThumbnail: { ...thumbnail, borderColor: '#ffd400', color: '#fff' },
  number: { lineHeight: 1.2 },
  /** A slide kept from the room until its answer: a plain card of the thumbnail's size. */
  covered: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: '#1d232a',
    color: '#9aa4ae',
    fontSize: 14,
  },
} satisfies Record<string, CSSProperties>;
