export * from './contract-terms';
export * from './yearly-inspections';
