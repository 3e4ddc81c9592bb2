// `npm start`: serves the demo straight from the TypeScript sources.
import { esbuildPlugin } from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  appIndex: 'demo/index.html',
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })],
};
