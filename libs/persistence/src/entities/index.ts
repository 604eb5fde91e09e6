import { ApplicationEntity } from './application.entity';

export { ApplicationEntity };

export const entities = [ApplicationEntity];
