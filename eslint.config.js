import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Folder layering: each folder may import only the folders below it, and only through their index.ts.
// app -> ui -> editor -> {state, layout, export} -> i18n -> model
const layerOf = (f) => [`**/${f}`, `**/${f}/**`, `../${f}`, `../../${f}`];
const deep = (f) => [`**/${f}/*`, `!**/${f}/index`, `!**/${f}/index.ts`];
const boundary = (files, forbidden, message, allowedBarrels) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...(forbidden.length ? [{ group: forbidden, message }] : []),
          ...allowedBarrels.map((f) => ({
            group: deep(f),
            message: `import ${f}/ only through its index.ts`,
          })),
        ],
      },
    ],
  },
});

const uiLibs = [
  'react',
  'react-dom',
  'react/*',
  '@xyflow/*',
  '@mantine/*',
  'html-to-image',
  'elkjs',
  'elkjs/**',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'react/no-danger': 'off',
    },
  },
  // Playwright fixtures call their callback `use`, which is not React's hook.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  boundary(
    ['src/model/**'],
    [...uiLibs, ...['state', 'editor', 'ui', 'layout', 'export', 'app'].flatMap(layerOf)],
    'model/ is pure TypeScript at layer 0',
    [],
  ),
  boundary(
    ['src/i18n/**'],
    [
      ...uiLibs.filter((l) => l !== 'react'),
      ...['state', 'editor', 'ui', 'layout', 'export', 'app'].flatMap(layerOf),
    ],
    'i18n/ is layer 1: the model, i18next and react-i18next only',
    ['model'],
  ),
  boundary(
    ['src/layout/**'],
    [
      'react',
      'react-dom',
      '@xyflow/*',
      '@mantine/*',
      ...['state', 'editor', 'ui', 'export', 'app'].flatMap(layerOf),
    ],
    'layout/ is layer 1: model and elkjs only',
    ['model'],
  ),
  boundary(
    ['src/state/**'],
    [
      '@xyflow/*',
      '@mantine/*',
      'elkjs',
      'elkjs/**',
      ...['editor', 'ui', 'layout', 'export', 'app'].flatMap(layerOf),
    ],
    'state/ is layer 1: model, i18n, immer and zustand only',
    ['model', 'i18n'],
  ),
  boundary(
    ['src/export/**'],
    ['@mantine/*', ...['state', 'editor', 'ui', 'app'].flatMap(layerOf)],
    'export/ is layer 1',
    ['model', 'i18n'],
  ),
  boundary(['src/editor/**'], ['ui', 'app'].flatMap(layerOf), 'editor/ is layer 2', [
    'model',
    'i18n',
    'state',
    'layout',
    'export',
  ]),
  boundary(['src/ui/**'], layerOf('app'), 'ui/ is layer 3', [
    'model',
    'i18n',
    'state',
    'layout',
    'export',
    'editor',
  ]),
  boundary(['src/app/**'], [], '', ['model', 'i18n', 'state', 'layout', 'export', 'editor', 'ui']),
);
