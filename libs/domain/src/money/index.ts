export * from './vnd';
export * from './share';
export * from './min-vnd';
export * from './format-vnd';
