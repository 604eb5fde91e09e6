export * from './tax-code-check-digit';
export * from './tax-code';
export * from './sector';
export * from './size-class';
export * from './size-thresholds';
export * from './classify-size';
