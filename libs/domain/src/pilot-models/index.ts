export * from './indicator';
export * from './indicator-catalogue';
export * from './measurement';
export * from './improvement';
export * from './roll-up-improvements';
