import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'nscl:isPublic';

/** Marks a route that answers without a signed-in user (health, login, reference lists). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
