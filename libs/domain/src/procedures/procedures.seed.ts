import { NSCL_2021 } from './nscl-2021.seed';
import { PILOT_MODEL_2021 } from './pilot-model-2021.seed';
import type { ProcedureDefinition } from './procedure-definition';

/** The procedure versions a new instance starts with. */
export const PROCEDURE_DEFINITIONS: readonly ProcedureDefinition[] = [NSCL_2021, PILOT_MODEL_2021];
