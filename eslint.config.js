// ESLint: typescript-eslint's recommended rules plus React hooks; Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The folders of src/; `app/` (the root component) may import them all. */
const FOLDERS = [
  'model',
  'store',
  'media',
  'storage',
  'slide',
  'present',
  'bundle',
  'worker',
  'session',
  'words',
  'player',
  'ui',
  'home',
  'editor',
  'app',
];

/**
 * One import rule per folder of src/: it may import only the folders listed (and itself), plus nothing named in
 * `also`. Written with `**` patterns so that sub-folders (src/model/layouts, src/editor/canvas/keys) are held
 * to the same rule. Loops between folders, which no per-file rule sees, are caught by scripts/checkFolders.mjs.
 */
function boundaries(table) {
  return Object.entries(table).map(([folder, { may, also = [] }]) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...also.map((name) => ({ group: [name], message: `src/${folder} does not use ${name}.` })),
            ...FOLDERS.filter((other) => other !== folder && !may.includes(other)).map((other) => ({
              group: [`**/${other}/*`, `**/${other}/**`],
              message: `src/${folder} may import only ${may.length ? may.join(', ') : 'itself'} (see docs/ARCHITECTURE.md).`,
            })),
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='alert']", message: 'Show an alert element, never alert().' },
      ],
    },
  },
  {
    // Konva's full entry brings every shape and filter: the app takes the core and its few shapes from
    // src/slide/konva.ts and react-konva's components from src/slide/reactKonva.ts (types may come from anywhere).
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'konva', allowTypeImports: true, message: 'Import Konva from src/slide/konva.ts.' },
            {
              name: 'react-konva',
              allowTypeImports: true,
              message: "Import react-konva's components from src/slide/reactKonva.ts.",
            },
          ],
        },
      ],
    },
  },
  ...boundaries({
    // The deck document: plain data and pure functions, no React, Konva or other part of the app.
    model: { may: [], also: ['react', 'react-*', 'konva', 'konva/*'] },
    store: { may: ['model'] },
    media: { may: ['model'] },
    storage: { may: ['model'] },
    slide: { may: ['model'] },
    present: { may: ['model', 'slide'] },
    bundle: { may: ['model', 'slide', 'present', 'media'] },
    // The app's one worker script: it runs the jobs of media and bundle off the page's thread.
    worker: { may: ['model', 'media', 'bundle'], also: ['react', 'react-*', 'konva', 'konva/*'] },
    // The words for what went wrong: problems come as data from model, media and bundle, words leave here.
    words: { may: ['model', 'media', 'bundle'], also: ['react', 'react-*', 'konva', 'konva/*'] },
    // The page of an exported bundle: plays the deck it embeds.
    player: { may: ['model', 'slide', 'present', 'bundle', 'words'] },
    // The editing session without React: autosave, one tab per deck, boot, safe start.
    session: { may: ['model', 'store', 'storage'] },
    ui: { may: ['model'] },
    home: { may: ['model', 'storage', 'session', 'slide', 'ui', 'words', 'editor'] },
    editor: {
      may: ['model', 'store', 'media', 'storage', 'slide', 'present', 'bundle', 'session', 'ui', 'words'],
    },
  }),
);
