// Vite config for the editor app; the bundle's standalone player is built by the bundlePlayer plugin.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { bundlePlayer } from './vite-plugins/bundlePlayer.ts';

/**
 * The lead opens the editor at the venue, often with no network: a service worker precaches the whole
 * built app on the first visit. Only the build gets one (devOptions stay off), so the dev server, Vitest
 * and the bench never run a service worker that could serve them stale modules.
 */
const offlineEditor = VitePWA({
  strategies: 'generateSW',
  // A script tag in the built index.html registers /sw.js; the source (src/main.tsx) needs no change.
  injectRegister: 'script',
  registerType: 'autoUpdate',
  manifest: {
    name: 'Common Thread',
    short_name: 'Common Thread',
    description: 'Photo-collage slideshows with a quiz-style reveal.',
    background_color: '#14181d',
    theme_color: '#14181d',
    icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  },
  // The glob below already takes favicon.svg (and the plugin adds the manifest): listing it twice is noise.
  includeManifestIcons: false,
  workbox: {
    // Every file of the build, including the chunks loaded only on demand (the bundle's player script, the
    // HEIC decoder, JSZip, the import worker) and the slide fonts: offline, nothing can be fetched later.
    globPatterns: ['**/*.{js,css,html,woff2,svg}'],
    // The libheif chunks are ~1.99 MB, just under Workbox's 2 MiB default, which leaves a bigger file out of
    // the cache without failing the build: room to grow.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    // A new build takes over at the next load instead of waiting for every editor tab to close.
    skipWaiting: true,
    clientsClaim: true,
  },
});

export default defineConfig({
  plugins: [react(), bundlePlayer(), offlineEditor],
  server: { host: '127.0.0.1' },
  // Module workers, so the HEIC decoder stays a chunk the import worker loads only when a HEIC arrives.
  worker: { format: 'es' },
  preview: { host: '127.0.0.1' },
  // The exported bundle's player is one ~910 kB script by design (react-dom + konva + inlined fonts).
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1000 },
});
