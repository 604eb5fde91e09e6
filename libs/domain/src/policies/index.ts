export * from './support-policy';
export * from './policies-in-force';
export * from './max-support';
export * from './decree-80-policies';
export * from './cap-in-force';
export * from './cap-exceeded';
