import { ValidateIf, ValidationOptions } from 'class-validator';

/**
 * An optional field of a request body: it may be left out, but `null` is checked like any other value
 * (and refused by the field's type rule). class-validator's IsOptional also skips null, which let
 * `{"title": null}` reach a workflow and a NOT NULL column.
 */
export function IsOptionalNonNull(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, options);
}
