// Two Vitest projects: `unit` runs in Node, `browser` runs in Debian's Chromium through Playwright.
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { bundlePlayer } from './vite-plugins/bundlePlayer.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';

// The shared real photos beside the repository; browser tests fetch them through Vite's /@fs/ route.
const fixturesDir = path.resolve(import.meta.dirname, '../shared/fixtures');
const haveFixtures = existsSync(fixturesDir);

export default defineConfig({
  plugins: [react(), bundlePlayer()],
  server: { fs: { allow: ['.', ...(haveFixtures ? [fixturesDir] : [])] } },
  // Pre-bundle every browser dependency up front: if Vite discovers one mid-run it re-optimizes and the
  // page can end up with two copies of React (seen once here as "Cannot read properties of null (useRef)").
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'react-konva',
      'react-konva/lib/ReactKonvaCore',
      'konva',
      'konva/lib/Core',
      'konva/lib/Layer',
      'konva/lib/Util',
      'konva/lib/shapes/Rect',
      'konva/lib/shapes/Text',
      'konva/lib/shapes/Image',
      'konva/lib/shapes/Line',
      'konva/lib/shapes/Transformer',
      'zustand',
      'zustand/vanilla',
      'immer',
      'idb',
      'jszip',
      'exifr',
      'zod',
      'smartcrop',
      'libheif-js/wasm-bundle',
      'canvas-confetti',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          provide: { fixturesDir: haveFixtures ? fixturesDir : '' },
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
