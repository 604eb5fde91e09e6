export * from './page-query.dto';
export * from './page';
export * from './order-by';
