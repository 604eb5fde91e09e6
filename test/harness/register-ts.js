// Lets a child process run the product's TypeScript sources as they are (`node -r ./test/harness/register-ts.js apps/worker/src/main.ts`),
// so drills can kill and restart a real worker or API process without building dist/ first. The sources compile one file at a
// time (tsconfig's isolatedModules), which is all this does.
const fs = require('node:fs');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  experimentalDecorators: true,
  emitDecoratorMetadata: true,
  inlineSourceMap: true,
};

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
