type ActivityFunction = (...args: never[]) => Promise<unknown>;

/**
 * Turns a Nest activity provider into the record the Worker takes: every method of its
 * class, bound to the instance so injected services stay reachable.
 */
export function activitiesOf(instance: object): Record<string, ActivityFunction> {
  const prototype = Object.getPrototypeOf(instance) as object;
  const activities: Record<string, ActivityFunction> = {};
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const member = (instance as Record<string, unknown>)[name];
    if (name !== 'constructor' && typeof member === 'function') activities[name] = (member as ActivityFunction).bind(instance);
  }
  return activities;
}
