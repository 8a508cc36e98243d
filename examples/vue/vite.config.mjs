// @ts-check
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Without this Vue tries to resolve <sabba-comment-form> as a Vue component and warns.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sabba-') } },
    }),
  ],
});
