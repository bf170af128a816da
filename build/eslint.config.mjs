// Lint zones: the layers of DEVELOPERS.md are enforced here and by the
// separate tsconfigs (shared/ has neither DOM nor Node types; renderer/ has
// no Node types), so a wrong import fails both lint and typecheck.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises',
  'http', 'https', 'net', 'os', 'path', 'process', 'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm',
  'worker_threads', 'zlib',
];
const nodeAndNative = {
  paths: [...NODE_BUILTINS, 'electron', 'better-sqlite3', 'docx', 'playwright-core'].map((name) => ({
    name,
    message: 'Detta lager får inte använda Node, Electron eller inbyggda moduler.',
  })),
  patterns: [{ group: ['node:*'], message: 'Node-moduler hör hemma i electron/.' }],
};

/** The import rule of a layer without Node or native modules, with the layer's own bans added. */
function importsWithoutNode({ paths = [], patterns = [] }) {
  return [
    'error',
    { paths: [...nodeAndNative.paths, ...paths], patterns: [...nodeAndNative.patterns, ...patterns] },
  ];
}
const PURE_TS = 'shared/ är ren TypeScript utan DOM och ramverk.';
const OTHER_LAYERS = { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ beror inte på andra lager.' };

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'Fokuserade tester får inte checkas in.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'Överhoppade tester får inte checkas in.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': importsWithoutNode({
        paths: ['react', 'react-dom', 'lexical'].map((name) => ({ name, message: PURE_TS })),
        patterns: [{ ...OTHER_LAYERS, group: ['@lexical/*', ...OTHER_LAYERS.group] }],
      }),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require'],
    },
  },
  {
    // The one Lexical registry (node kinds, Markdown transformers) that the
    // editor and the Markdown importer share: the only place in shared/ that
    // may import Lexical, and only its DOM-free core, never its React bindings.
    files: ['shared/notes/lexical/**/*.ts'],
    rules: {
      'no-restricted-imports': importsWithoutNode({
        paths: [
          ...['react', 'react-dom'].map((name) => ({ name, message: PURE_TS })),
          { name: '@lexical/react', message: 'Lexicals React-delar hör hemma i renderer/.' },
        ],
        patterns: [
          { group: ['@lexical/react/*'], message: 'Lexicals React-delar hör hemma i renderer/.' },
          { group: ['@lexical/headless/dom'], message: 'shared/ har ingen DOM, inte heller en låtsad.' },
          OTHER_LAYERS,
        ],
      }),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': importsWithoutNode({
        patterns: [{ group: ['**/electron/**'], message: 'renderer/ når main bara via IPC-kontraktet.' }],
      }),
      'no-restricted-globals': ['error', 'process', 'require'],
    },
  },
  {
    // Only the API client may touch the preload's global.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api/client.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'anteckna', message: 'Använd renderer/api/client.ts.' }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'main når renderer bara via IPC.' }] },
      ],
    },
  },
  {
    // Services run in plain Node (CLI, browser host, tests): no Electron.
    files: ['electron/services/**/*.ts', 'electron/ipc/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Tjänster tar sina beroenden som argument och körs utan Electron.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'main når renderer bara via IPC.' },
            { group: ['../main/*', '../../main/*', '**/electron/main/*'], message: 'Tjänster får inte bero på Electron-limmet.' },
          ],
        },
      ],
    },
  },
);
