// Jest on Node 20 cannot require() ES modules, and NestJS 12 ships only ES modules (Node's
// own require(esm) loads them in production). For tests, compile those packages to CommonJS.
'use strict';
const crypto = require('node:crypto');
const ts = require('typescript');

const IMPORT_META_URL = /\bimport\.meta\.url\b/g;
// `const require = createRequire(import.meta.url)` is CommonJS's own `require`: drop the redeclaration.
const OWN_REQUIRE = /^\s*(?:const|let|var)\s+require\s*=\s*createRequire\(import\.meta\.url\);?\s*$/gm;

module.exports = {
  process(sourceText, sourcePath) {
    const source = sourceText.replace(OWN_REQUIRE, '').replace(IMPORT_META_URL, "require('node:url').pathToFileURL(__filename).href");
    const { outputText, sourceMapText } = ts.transpileModule(source, {
      fileName: sourcePath,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, allowJs: true, esModuleInterop: true, sourceMap: true, inlineSources: false },
    });
    return { code: outputText, map: sourceMapText };
  },
  getCacheKey(sourceText, sourcePath) {
    return crypto.createHash('sha256').update('v2').update(ts.version).update(sourcePath).update(sourceText).digest('hex');
  },
};
