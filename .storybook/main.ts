// Storybook for designers: every form, every field type, a live definition editor and the docs
// a web team needs. Workspace packages resolve to their TypeScript sources, as in the tests.
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';
import { fileURLToPath } from 'node:url';
import { perFormIndexer } from './per-form-indexer.ts';
import { designerSavePlugin } from './save-endpoint.ts';

const file = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // stories/forms.stories.ts is indexed once per definition in forms/ (see per-form-indexer.ts).
  experimental_indexers: async (existing) => [perFormIndexer(existing ?? []), ...(existing ?? [])],
  async viteFinal(cfg) {
    // Without the "source" condition, @caf-forms/* would resolve to dist/, which is not built.
    cfg.resolve = { ...cfg.resolve, conditions: ['source', ...defaultClientConditions] };
    // The editor's live validator and the form stories are large; that is expected here.
    cfg.build = { ...cfg.build, chunkSizeWarningLimit: 4000 };
    // The designer's Save (dev server only; see save-endpoint.ts).
    cfg.plugins = [
      ...(cfg.plugins ?? []),
      designerSavePlugin(file('../forms/'), {
        check: file('../packages/core/src/check/check-definition.ts'),
        format: file('../stories/designer/format-like.ts'),
      }),
    ];
    return cfg;
  },
};
export default config;
