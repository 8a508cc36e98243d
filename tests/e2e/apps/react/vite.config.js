import { defineConfig } from 'vite';

// Vite compiles JSX itself; @vitejs/plugin-react only adds Fast Refresh for the dev server.
export default defineConfig({
  base: './',
  build: { rolldownOptions: { input: ['loader.html', 'define.html', 'components.html'] } },
});
