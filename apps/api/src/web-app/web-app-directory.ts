import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Where `vite build` put the web application (apps/web → dist/web). Compiled, this file lives in
 * dist/apps/api/src/web-app; under ts-jest in apps/api/src/web-app: both reach dist/web.
 */
export function webAppDirectory(): string | undefined {
  const candidates = [process.env.WEB_DIST_DIR, path.resolve(__dirname, '../../../../web'), path.resolve(__dirname, '../../../../dist/web')];
  return candidates.find((candidate): candidate is string => candidate !== undefined && fs.existsSync(path.join(candidate, 'index.html')));
}
