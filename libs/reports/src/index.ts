export * from './csv';
export * from './store-zip';
export * from './table';
export * from './xlsx';
export * from './read-stored-zip';
